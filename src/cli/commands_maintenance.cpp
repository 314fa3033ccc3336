// `orec` commands that check, back up and restore a database.
#include "app/audit_service.h"
#include "app/maintenance_service.h"
#include "cli/context.h"
#include "cli/register_output.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace orec::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("orec::cli", text, disambiguation, n);
}

int checkCommand(CliContext& c)
{
    auto session = c.openSession();
    if (!session)
        return c.fail(session.error());
    auto report = app::MaintenanceService(**session).check();
    if (!report)
        return c.fail(report.error());
    if (c.json) {
        c.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("ok"), report->ok()},
            {QStringLiteral("schema_version"), report->schemaVersion},
            {QStringLiteral("integrity_problems"), QJsonArray::fromStringList(report->integrityProblems)},
            {QStringLiteral("foreign_key_problems"), QJsonArray::fromStringList(report->foreignKeyProblems)},
            {QStringLiteral("audit_rows_checked"), report->audit.rowsChecked},
            {QStringLiteral("audit_intact"), report->audit.intact},
            {QStringLiteral("audit_first_bad_row"), report->audit.firstBadRow},
            {QStringLiteral("audit_problem"), report->audit.problem}}));
    } else {
        c.out() << tr("Schema version: %1").arg(report->schemaVersion) << "\n";
        c.out() << (report->integrityProblems.isEmpty() ? tr("File integrity: ok")
                                                        : tr("File integrity: DAMAGED"))
                << "\n";
        for (const QString& p : report->integrityProblems)
            c.out() << "  " << p << "\n";
        for (const QString& p : report->foreignKeyProblems)
            c.out() << "  " << p << "\n";
        if (report->audit.intact)
            c.out() << tr("Audit log: %n row(s), chain intact", nullptr,
                          static_cast<int>(report->audit.rowsChecked))
                    << "\n";
        else
            c.out() << tr("Audit log: TAMPERED") << "\n  " << report->audit.problem << "\n";
    }
    c.out().flush();
    if (!report->ok()) {
        c.err() << "orec: "
                << (report->audit.intact
                        ? tr("the database file is damaged.")
                        : tr("the audit log was tampered with: %1").arg(report->audit.problem))
                << "\n";
        return ExitCorrupt;
    }
    return ExitOk;
}

backup::IfExists ifExists(const CliContext& c)
{
    return c.hasOption(QStringLiteral("overwrite")) ? backup::IfExists::Replace : backup::IfExists::Refuse;
}

int backupCommand(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(tr("Usage: backup OUT [--overwrite]"));
    const QString out = c.positional.first();
    // Refused before any passphrase is asked or any key derived.
    if (ifExists(c) == backup::IfExists::Refuse && QFileInfo::exists(out) && !QFileInfo(out).isDir())
        return c.fail(Error(ErrorCode::Invalid,
                            tr("The file already exists; it was not replaced. Give "
                               "--overwrite to replace it."),
                            out));
    auto session = c.openSession();
    if (!session)
        return c.fail(session.error());
    Status s = app::MaintenanceService(**session).backup(out, ifExists(c));
    if (!s)
        return c.fail(s.error());
    if (!c.json)
        c.out()
            << tr("Backup written to %1: the encrypted database and its key file, which names no user and "
                  "whose keys open only with a passphrase.")
                   .arg(out)
            << "\n";
    return ExitOk;
}

int restoreCommand(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(tr("Usage: restore IN [--overwrite]"));
    if (ifExists(c) == backup::IfExists::Refuse) {
        // Refused before any passphrase is asked; a file that is no sound backup is named first.
        for (const QString& existing : {c.dbPath, KeyStore::slotFilePath(c.dbPath)})
            if (QFileInfo::exists(existing) && !QFileInfo(existing).isDir()) {
                if (auto header = app::MaintenanceService::inspect(c.positional.first()); !header)
                    return c.fail(header.error());
                return c.fail(
                    Error(ErrorCode::Invalid,
                          tr("The file already exists; it was not replaced. Give --overwrite to replace "
                             "it (what it replaces is kept beside it)."),
                          existing));
            }
    }
    auto pass = c.passphrase();
    if (!pass)
        return c.fail(pass.error());
    auto result = app::MaintenanceService::restore(c.positional.first(), c.dbPath, c.effectiveUser(), *pass,
                                                   c.databaseOptions, ifExists(c));
    wipeString(*pass);
    if (!result)
        return c.fail(result.error());
    if (c.json) {
        c.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("restored"), c.dbPath},
                        {QStringLiteral("backup_created_at"), result->header.createdAt.toString(Qt::ISODate)},
                        {QStringLiteral("previous_copy"), result->previousCopy}}));
        return ExitOk;
    }
    c.out() << tr("Restored %1 from the backup of %2.")
                   .arg(c.dbPath,
                        QLocale().toString(result->header.createdAt.toLocalTime(), QLocale::ShortFormat))
            << "\n";
    if (!result->previousCopy.isEmpty())
        c.out() << tr("What it replaced was saved as %1.").arg(result->previousCopy) << "\n";
    return ExitOk;
}

// The audit log, newest first: administrators and auditors only.
int auditList(CliContext& c)
{
    AuditFilter filter;
    filter.user = c.option(QStringLiteral("by"));
    filter.entity = c.option(QStringLiteral("entity"));
    filter.entityId = c.option(QStringLiteral("id"));
    auto from = dateOption(c, QStringLiteral("from"));
    auto to = dateOption(c, QStringLiteral("to"));
    auto limit = intOption(c, QStringLiteral("limit"), 100);
    if (!from)
        return c.fail(from.error());
    if (!to)
        return c.fail(to.error());
    if (!limit)
        return c.fail(limit.error());
    if (*limit < 1)
        return c.invalid(tr("--limit needs a number of entries, at least 1."));
    if (from->isValid())
        filter.from = QDateTime(*from, QTime(0, 0), Qt::UTC);
    if (to->isValid())
        filter.to = QDateTime(to->addDays(1), QTime(0, 0), Qt::UTC);
    filter.limit = *limit;
    auto session = c.openSession();
    if (!session)
        return c.fail(session.error());
    auto entries = app::AuditService(**session).entries(filter);
    if (!entries)
        return c.fail(entries.error());
    if (c.json) {
        QJsonArray array;
        for (const AuditEntry& e : *entries)
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("user"), e.user},
                                     {QStringLiteral("entity"), e.entity},
                                     {QStringLiteral("entity_id"), e.entityId},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("before"), e.beforeJson},
                                     {QStringLiteral("after"), e.afterJson}});
        c.printJson(QJsonDocument(array));
        return ExitOk;
    }
    for (const AuditEntry& e : *entries)
        c.out() << QString::number(e.id).rightJustified(8) << "  " << e.at.toLocalTime().toString(Qt::ISODate)
                << "  " << e.user.leftJustified(16) << " " << e.entity << " " << e.entityId << "  "
                << e.action << "\n";
    c.out() << tr("%n entry(ies).", nullptr, static_cast<int>(entries->size())) << "\n";
    return ExitOk;
}

} // namespace

void registerMaintenanceCommands(QList<Command>& commands)
{
    Command check;
    check.name = QStringLiteral("check");
    check.synopsis = QStringLiteral("check [--json]");
    check.summary = tr("Check the file's integrity and the audit log's hash chain.");
    check.help =
        tr("Runs SQLite's integrity and foreign-key checks and verifies every link of the audit chain. "
           "Exit code 5 when anything is wrong; the message names the first altered or removed audit "
           "row.");
    check.run = checkCommand;
    commands << reads(check);

    Command backup;
    backup.name = QStringLiteral("backup");
    backup.synopsis = QStringLiteral("backup OUT [--overwrite]");
    backup.summary = tr("Write a backup of the database and its key slots to one file.");
    backup.help =
        tr("OUT holds the encrypted database and its key file together, with checksums, so a restore "
           "never lacks the key slots. The same passphrases and recovery key open it. An existing OUT "
           "is not replaced (exit code 2) unless --overwrite is given.");
    backup.flags = {QStringLiteral("overwrite")};
    backup.run = backupCommand;
    commands << backup;

    Command restore;
    restore.name = QStringLiteral("restore");
    restore.synopsis = QStringLiteral("restore IN [--overwrite]");
    restore.summary = tr("Restore a backup as the database (--db), after proving you administer it.");
    restore.help =
        tr("--user must be an administrator in the backup; the passphrase is theirs in the backup. "
           "The checksums are verified and the restored copy is integrity-checked before it is put in "
           "place. An existing database (or key file) at --db is not replaced (exit code 2) unless "
           "--overwrite is given; the database it replaces is then kept beside it.");
    restore.flags = {QStringLiteral("overwrite")};
    restore.run = restoreCommand;
    commands << restore;

    Command audit;
    audit.name = QStringLiteral("audit list");
    audit.synopsis = QStringLiteral(
        "audit list [--by USER] [--entity E] [--id ID] [--from DATE] [--to DATE] [--limit N] [--json]");
    audit.summary = tr("Show the audit log, newest first (administrators and auditors only).");
    audit.help =
        tr("--by USER       changes made by that user\n--entity E      member, posting, report, "
           "transfer, party_unit, user...\n--id ID         one record (its uuid or name)\n--from DATE "
           "--to DATE   the days the changes were made\n--limit N       at most N entries (default "
           "100)\nWith --json each entry has its values before and after.");
    audit.valueOptions = {QStringLiteral("by"),   QStringLiteral("entity"), QStringLiteral("id"),
                          QStringLiteral("from"), QStringLiteral("to"),     QStringLiteral("limit")};
    audit.run = auditList;
    commands << needs(audit, {Permission::ReadAuditLog}, app::Where::Anywhere, true);
}

} // namespace orec::cli
