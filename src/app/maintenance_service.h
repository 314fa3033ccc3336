// MaintenanceService: integrity and audit-chain checks, backups and restores.
#pragma once

#include "app/session.h"
#include "storage/backup.h"

namespace orec::app {

class MaintenanceService
{
public:
    explicit MaintenanceService(Session& session) : m_session(session) {}

    Result<Database::CheckReport> check(const Database::CheckOptions& options = {});
    // A check's findings as lines a person reads, the command line and the desktop alike: a heading per
    // part, each problem under it indented by two spaces. `checkpoint` is the code the check was given.
    static QStringList describe(const Database::CheckReport& report,
                                const std::optional<Checkpoint>& checkpoint);
    // The head of the audit log as a short code, signed by the user: for the committee's paper
    // records, and to compare later with `check --checkpoint`.
    Result<Database::SignedHead> checkpoint();
    // Replace by default for the desktop, whose save dialog has already asked before it returns the
    // name of an existing file; the command line refuses unless --overwrite is given.
    Status backup(const QString& outPath, backup::IfExists ifExists = backup::IfExists::Replace);
    // Checks a backup's container and checksums; no key needed.
    static Result<backup::Header> inspect(const QString& backupPath) { return backup::inspect(backupPath); }
    // Never replaces an existing database (or key file) unless asked to.
    static Result<backup::RestoreResult> restore(const QString& backupPath, const QString& targetPath,
                                                 const QString& user, const QString& passphrase,
                                                 const DatabaseOptions& options = {},
                                                 backup::IfExists ifExists = backup::IfExists::Refuse);

private:
    Session& m_session;
};

} // namespace orec::app
