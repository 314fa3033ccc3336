#include "storage/migrations.h"

#include "storage/schema.h"

#include <QCoreApplication>
#include <string>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::migrate)
};

} // namespace

const std::vector<Migration>& allMigrations()
{
    // Append only. A released migration is never edited: write a new one instead.
    static const std::vector<Migration> migrations = {
        {1, "base: meta, users, audit log", &schema::v1Base},
        {2, "settings table, user full names", &schema::v2Settings},
        {3, "register: party units, members, postings, reports, transfers, rules", &schema::v3Register},
        {4, "field exchange: identity, peers, package sequences, field outbox", &schema::v4Exchange},
        {5, "reports by due and received date, for timeliness in a period", &schema::v5ReportTimeliness},
        {6, "attachments: scanned documents of reports, inside the encrypted file", &schema::v6Attachments},
        {7, "cell secretaries named by an import before their member is in the register",
         &schema::v7PendingSecretaries},
        {8, "signed audit log: record digests, seals, users' registered keys", &schema::v8AuditSignatures},
        {9, "field exchange format 2: short-lived receive keys, the keys peers announced",
         &schema::v9ExchangeKeys},
        {10, "exchange secret keys sealed to the users who hold the right to sign as home",
         &schema::v10ExchangeVault},
        {11, "field privacy: base records, peers' audit heads, the audit log's anchor",
         &schema::v11FieldPrivacy},
        {12, "document register: issued documents' numbers and PDFs; committee identity settings",
         &schema::v12DocumentRegister},
        {13, "indexes that answer the daily lists alone: open reports, later countries of a trip",
         &schema::v13QuerySpeed},
        {14, "earlier party card numbers of members (the 2025 re-issue of cards)", &schema::v14EarlierCards},
        {15, "party units' level (province, district, grassroots, cell); members' alias",
         &schema::v15UnitLevels},
    };
    return migrations;
}

int versionOf(Status (*apply)(sql::Connection&))
{
    for (const Migration& m : allMigrations()) {
        if (m.apply == apply)
            return m.version;
    }
    return 1 << 30;
}

bool schemaIncludes(int targetVersion, Status (*apply)(sql::Connection&))
{
    return targetVersion < 0 || targetVersion >= versionOf(apply);
}

int latestSchemaVersion()
{
    return allMigrations().back().version;
}

Result<int> schemaVersion(sql::Connection& connection)
{
    auto version = connection.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    return static_cast<int>(*version);
}

Status migrate(sql::Connection& connection, int targetVersion)
{
    const int latest = latestSchemaVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    auto current = schemaVersion(connection);
    if (!current)
        return current.error();
    if (*current > latest)
        return Error(ErrorCode::NotADatabase,
                     Texts::tr("The database was written by a newer version of the program "
                               "(schema %1; this program knows up to %2). Update the program.")
                         .arg(*current)
                         .arg(latest));
    for (const Migration& migration : allMigrations()) {
        if (migration.version <= *current || migration.version > targetVersion)
            continue;
        sql::Transaction transaction(connection);
        OREC_TRY(transaction.beginStatus());
        OREC_TRY(migration.apply(connection));
        OREC_TRY(connection.exec("PRAGMA user_version = " + std::to_string(migration.version)));
        OREC_TRY(transaction.commit());
    }
    return {};
}

} // namespace orec
