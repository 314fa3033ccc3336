// `orec` commands that check, back up and restore a database.
#include "app/audit_service.h"
#include "app/maintenance_service.h"
#include "cli/context.h"
#include "cli/register_output.h"
#include "storage/audit_verifier.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace orec::cli {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::cli)
};

QString recordKindName(RecordProblem::Kind kind)
{
    switch (kind) {
    case RecordProblem::Kind::Altered:
        return QStringLiteral("altered");
    case RecordProblem::Kind::Unaudited:
        return QStringLiteral("unaudited");
    case RecordProblem::Kind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

int checkCommand(CliContext& c)
{
    Database::CheckOptions options;
    options.full = c.hasOption(QStringLiteral("full"));
    if (c.hasOption(QStringLiteral("checkpoint"))) {
        options.checkpoint = Checkpoint::parse(c.option(QStringLiteral("checkpoint")));
        if (!options.checkpoint)
            return c.fail(Error(
                ErrorCode::Invalid,
                Texts::tr("A checkpoint reads like 1234-ABCDE-FGHJK-MNPQR-STVWX (the entry number, then "
                          "four groups of five), as `orec audit checkpoint` prints it."),
                c.option(QStringLiteral("checkpoint"))));
    }
    return withSession(c, [&](app::Session& session) -> int {
        auto report = app::MaintenanceService(session).check(options);
        if (!report)
            return c.fail(report.error());
        const ChainVerification& audit = report->audit;
        if (c.json) {
            QJsonArray records;
            for (const RecordProblem& p : audit.records)
                records.append(QJsonObject{{QStringLiteral("kind"), recordKindName(p.kind)},
                                           {QStringLiteral("table"), p.table},
                                           {QStringLiteral("row_id"), p.rowId},
                                           {QStringLiteral("record_id"), p.recordId},
                                           {QStringLiteral("audit_id"), p.auditId},
                                           {QStringLiteral("message"), p.message}});
            c.printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("ok"), report->ok()},
                {QStringLiteral("mode"), report->full ? QStringLiteral("full") : QStringLiteral("quick")},
                {QStringLiteral("milliseconds"), report->milliseconds},
                {QStringLiteral("schema_version"), report->schemaVersion},
                {QStringLiteral("integrity_problems"), QJsonArray::fromStringList(report->integrityProblems)},
                {QStringLiteral("foreign_key_problems"),
                 QJsonArray::fromStringList(report->foreignKeyProblems)},
                {QStringLiteral("key_file_problems"), QJsonArray::fromStringList(report->keyFileProblems)},
                {QStringLiteral("audit_rows_checked"), audit.rowsChecked},
                {QStringLiteral("audit_signatures_checked"), audit.sealsChecked},
                {QStringLiteral("audit_legacy_entries"), audit.legacyEntries},
                {QStringLiteral("audit_intact"), audit.intact},
                {QStringLiteral("audit_first_bad_row"), audit.firstBadRow},
                {QStringLiteral("audit_problem"), audit.problem},
                {QStringLiteral("audit_problems"), QJsonArray::fromStringList(audit.problems)},
                {QStringLiteral("checkpoint_checked"), audit.checkpointChecked},
                {QStringLiteral("users_on_issued_keys"), QJsonArray::fromStringList(audit.usersOnIssuedKeys)},
                {QStringLiteral("records_checked"), audit.recordsChecked},
                {QStringLiteral("record_problem_count"), audit.recordProblemCount},
                {QStringLiteral("record_problems"), records}}));
        } else {
            QTextStream& out = c.out();
            out << Texts::tr("Schema version: %1").arg(report->schemaVersion) << "\n";
            for (const QString& line : app::MaintenanceService::describe(*report, options.checkpoint))
                out << line << "\n";
            out << Texts::tr("Checked in %1 s.").arg(QString::number(report->milliseconds / 1000.0, 'f', 1))
                << "\n";
        }
        c.out().flush();
        if (!report->ok()) {
            QString why = !report->integrityProblems.isEmpty() || !report->foreignKeyProblems.isEmpty()
                              ? Texts::tr("the database file is damaged.")
                          : !report->keyFileProblems.isEmpty() ? report->keyFileProblems.first()
                          : !audit.intact
                              ? Texts::tr("the audit log was tampered with: %1").arg(audit.problem)
                              : audit.records.value(0).message;
            c.err() << "orec: " << why << "\n";
            return ExitCorrupt;
        }
        return ExitOk;
    });
}

int checkpointCommand(CliContext& c)
{
    return withSession(c, [&](app::Session& session) -> int {
        auto head = app::MaintenanceService(session).checkpoint();
        if (!head)
            return c.fail(head.error());
        if (c.json) {
            c.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("checkpoint"), head->checkpoint.text()},
                            {QStringLiteral("entry"), head->checkpoint.entryId},
                            {QStringLiteral("code"), head->checkpoint.code},
                            {QStringLiteral("hash"), QString::fromLatin1(head->hash.toHex())},
                            {QStringLiteral("database_id"), session.database().databaseId()},
                            {QStringLiteral("signer"), head->signer},
                            {QStringLiteral("public_key"), QString::fromLatin1(head->publicKey.toBase64())},
                            {QStringLiteral("signature"), QString::fromLatin1(head->signature.toBase64())}}));
        } else {
            c.out() << head->checkpoint.text() << "\n";
            c.err()
                << Texts::tr(
                       "Write this code in the committee's records. `orec check --checkpoint CODE` later fails if "
                       "the audit log no longer extends it (history cut back, reordered or rewritten).")
                << "\n";
        }
        return ExitOk;
    });
}

backup::IfExists ifExists(const CliContext& c)
{
    return c.hasOption(QStringLiteral("overwrite")) ? backup::IfExists::Replace : backup::IfExists::Refuse;
}

int backupCommand(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: backup OUT [--overwrite]"));
    const QString out = c.positional.first();
    // Refused before any passphrase is asked or any key derived.
    if (ifExists(c) == backup::IfExists::Refuse && QFileInfo::exists(out) && !QFileInfo(out).isDir())
        return c.fail(Error(ErrorCode::Invalid,
                            Texts::tr("The file already exists; it was not replaced. Give "
                                      "--overwrite to replace it."),
                            out));
    return withSession(c, [&](app::Session& session) -> int {
        Status s = app::MaintenanceService(session).backup(out, ifExists(c));
        if (!s)
            return c.fail(s.error());
        if (!c.json)
            c.out()
                << Texts::tr(
                       "The register passed its check and was backed up to %1: the encrypted database and its key "
                       "file, which names no user and whose keys open only with a passphrase, with the signed head "
                       "of the audit log that a restore verifies.")
                       .arg(out)
                << "\n";
        return ExitOk;
    });
}

int restoreCommand(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: restore IN [--overwrite]"));
    if (ifExists(c) == backup::IfExists::Refuse) {
        // Refused before any passphrase is asked; a file that is no sound backup is named first.
        for (const QString& existing : {c.dbPath, KeyStore::slotFilePath(c.dbPath)})
            if (QFileInfo::exists(existing) && !QFileInfo(existing).isDir()) {
                if (auto header = app::MaintenanceService::inspect(c.positional.first()); !header)
                    return c.fail(header.error());
                return c.fail(Error(
                    ErrorCode::Invalid,
                    Texts::tr("The file already exists; it was not replaced. Give --overwrite to replace "
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
    c.out() << Texts::tr("Restored %1 from the backup of %2.")
                   .arg(c.dbPath,
                        QLocale().toString(result->header.createdAt.toLocalTime(), QLocale::ShortFormat))
            << "\n";
    if (!result->previousCopy.isEmpty())
        c.out() << Texts::tr("What it replaced was saved as %1.").arg(result->previousCopy) << "\n";
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
        return c.invalid(Texts::tr("--limit needs a number of entries, at least 1."));
    if (from->isValid())
        filter.from = QDateTime(*from, QTime(0, 0), Qt::UTC);
    if (to->isValid())
        filter.to = QDateTime(to->addDays(1), QTime(0, 0), Qt::UTC);
    filter.limit = *limit;
    return withSession(c, [&](app::Session& session) -> int {
        auto entries = app::AuditService(session).entries(filter);
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
            c.out() << QString::number(e.id).rightJustified(8) << "  "
                    << e.at.toLocalTime().toString(Qt::ISODate) << "  " << e.user.leftJustified(16) << " "
                    << e.entity << " " << e.entityId << "  " << e.action << "\n";
        c.out() << Texts::tr("%n entry(ies).", nullptr, static_cast<int>(entries->size())) << "\n";
        return ExitOk;
    });
}

} // namespace

void registerMaintenanceCommands(QList<Command>& commands)
{
    Command check;
    check.name = QStringLiteral("check");
    check.synopsis = QStringLiteral("check [--full] [--checkpoint CODE] [--json]");
    check.summary =
        Texts::tr("Check the file, the signed audit log and that every record is what the log says.");
    check.help = Texts::tr(
        "Verifies every link of the audit chain and every signature (each change signed by a user whose "
        "role allowed it), the key file's authentication, and that every record of the register is "
        "exactly what its last audit entry says: a row changed, added or deleted behind the program's "
        "back is named with its table and id. The quick check (default, for every day) runs SQLite's "
        "quick_check; --full runs its integrity and foreign-key checks too. --checkpoint CODE also "
        "fails when the log no longer extends a checkpoint printed by `orec audit checkpoint`. Exit "
        "code 5 when anything is wrong.");
    check.flags = {QStringLiteral("full")};
    check.valueOptions = {QStringLiteral("checkpoint")};
    check.run = checkCommand;
    commands << reads(check);

    Command checkpoint;
    checkpoint.name = QStringLiteral("audit checkpoint");
    checkpoint.synopsis = QStringLiteral("audit checkpoint [--json]");
    checkpoint.summary =
        Texts::tr("Print a short code of the audit log's head, for the committee's paper records.");
    checkpoint.help = Texts::tr(
        "Prints the entry number and a 20-character code of the chain's hash there, e.g. "
        "1234-ABCDE-FGHJK-MNPQR-STVWX. Kept outside the file (on paper, in minutes), it lets `orec check "
        "--checkpoint CODE` prove later that nobody cut back, reordered or recomputed the history since. "
        "--json adds the full hash and the user's signature of it.");
    checkpoint.run = checkpointCommand;
    commands << reads(checkpoint);

    Command backup;
    backup.name = QStringLiteral("backup");
    backup.synopsis = QStringLiteral("backup OUT [--overwrite]");
    backup.summary = Texts::tr("Write a backup of the database and its key slots to one file.");
    backup.help =
        Texts::tr("OUT holds the encrypted database and its key file together, with checksums, so a restore "
                  "never lacks the key slots. The same passphrases and recovery key open it. An existing OUT "
                  "is not replaced (exit code 2) unless --overwrite is given.");
    backup.flags = {QStringLiteral("overwrite")};
    backup.run = backupCommand;
    commands << backup;

    Command restore;
    restore.name = QStringLiteral("restore");
    restore.synopsis = QStringLiteral("restore IN [--overwrite]");
    restore.summary = Texts::tr("Restore a backup as the database (--db), after proving you administer it.");
    restore.help =
        Texts::tr("--user must be an administrator in the backup; the passphrase is theirs in the backup. "
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
    audit.summary = Texts::tr("Show the audit log, newest first (administrators and auditors only).");
    audit.help =
        Texts::tr("--by USER       changes made by that user\n--entity E      member, posting, report, "
                  "transfer, party_unit, user...\n--id ID         one record (its uuid or name)\n--from DATE "
                  "--to DATE   the days the changes were made\n--limit N       at most N entries (default "
                  "100)\nWith --json each entry has its values before and after.");
    audit.valueOptions = {QStringLiteral("by"),   QStringLiteral("entity"), QStringLiteral("id"),
                          QStringLiteral("from"), QStringLiteral("to"),     QStringLiteral("limit")};
    audit.run = auditList;
    commands << needs(audit, {Permission::ReadAuditLog}, app::Where::Anywhere, true);
}

} // namespace orec::cli
