// MaintenanceService: integrity and audit-chain checks, backups and restores.
#pragma once

#include "app/session.h"
#include "storage/backup.h"

namespace orec::app {

class MaintenanceService
{
public:
    explicit MaintenanceService(Session& session) : m_session(session) {}

    Result<Database::CheckReport> check();
    Status backup(const QString& outPath);
    static Result<backup::RestoreResult> restore(const QString& backupPath, const QString& targetPath,
                                                 const QString& user, const QString& passphrase,
                                                 const DatabaseOptions& options = {});

private:
    Session& m_session;
};

} // namespace orec::app
