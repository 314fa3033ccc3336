#include "app/maintenance_service.h"

namespace orec::app {

Result<Database::CheckReport> MaintenanceService::check(const Database::CheckOptions& options)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return m_session.database().check(options);
}

Result<Database::SignedHead> MaintenanceService::checkpoint()
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return m_session.database().signedHead();
}

Status MaintenanceService::backup(const QString& outPath, backup::IfExists ifExists)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return backup::write(m_session.database(), outPath, ifExists);
}

Result<backup::RestoreResult> MaintenanceService::restore(const QString& backupPath,
                                                          const QString& targetPath, const QString& user,
                                                          const QString& passphrase,
                                                          const DatabaseOptions& options,
                                                          backup::IfExists ifExists)
{
    return backup::restore(backupPath, targetPath, user, SecureBytes::fromUtf8(passphrase), options,
                           ifExists);
}

} // namespace orec::app
