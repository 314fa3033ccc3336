#include "app/maintenance_service.h"

#include <QCoreApplication>

namespace orec::app {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};
} // namespace

QStringList MaintenanceService::describe(const Database::CheckReport& report,
                                         const std::optional<Checkpoint>& checkpoint)
{
    const ChainVerification& audit = report.audit;
    const QString indent = QStringLiteral("  ");
    QStringList lines;
    lines << (report.integrityProblems.isEmpty()
                  ? (report.full ? Texts::tr("File integrity (full check): ok")
                                 : Texts::tr("File integrity (quick check): ok"))
                  : Texts::tr("File integrity: DAMAGED"));
    for (const QString& p : report.integrityProblems + report.foreignKeyProblems)
        lines << indent + p;
    lines << (report.keyFileProblems.isEmpty() ? Texts::tr("Key file: authentic")
                                               : Texts::tr("Key file: ALTERED"));
    for (const QString& p : report.keyFileProblems)
        lines << indent + p;
    if (audit.intact) {
        lines
            << Texts::tr(
                   "Audit log: %1 entries, %2 signatures, chain intact, each change signed by a user entitled to "
                   "it")
                   .arg(audit.rowsChecked)
                   .arg(audit.sealsChecked);
        if (audit.legacyEntries > 0)
            lines << indent +
                         Texts::tr(
                             "%1 entries from before signing began are protected by the hash chain only.")
                             .arg(audit.legacyEntries);
        if (checkpoint)
            lines << Texts::tr("Checkpoint %1: the log extends it.").arg(checkpoint->text());
    } else {
        lines << Texts::tr("Audit log: TAMPERED");
        for (const QString& p : audit.problems)
            lines << indent + p;
    }
    if (audit.recordProblemCount == 0) {
        lines
            << Texts::tr("Records: %1 checked, each as its last audit entry says").arg(audit.recordsChecked);
    } else {
        lines << Texts::tr("Records: %1 checked, %2 NOT as the audit log says")
                     .arg(audit.recordsChecked)
                     .arg(audit.recordProblemCount);
        for (const RecordProblem& p : audit.records)
            lines << indent + p.message;
        if (audit.recordProblemCount > audit.records.size())
            lines << indent +
                         Texts::tr("... and %1 more.").arg(audit.recordProblemCount - audit.records.size());
    }
    if (!audit.usersOnIssuedKeys.isEmpty())
        lines
            << Texts::tr(
                   "Still signing with a key an administrator issued (until they change their passphrase): %1")
                   .arg(audit.usersOnIssuedKeys.join(QStringLiteral(", ")));
    return lines;
}

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
