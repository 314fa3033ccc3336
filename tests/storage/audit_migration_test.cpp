// Audit chain tamper detection and schema migrations from every earlier version.
#include "storage/backup.h"
#include "storage/member_repository.h"
#include "storage/migrations.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/report_repository.h"
#include "storage/user_repository.h"
#include "support/test_support.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

// Writes a few audited changes so the chain has several rows.
void addUsers(Database& db, int count)
{
    for (int i = 0; i < count; ++i) {
        WriteScope scope(db, Permission::ManageUsers);
        ASSERT_TRUE(scope.status().ok());
        ASSERT_TRUE(UserRepository(db).insert(scope, QStringLiteral("user%1").arg(i), Role::Clerk).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
}

} // namespace

TEST(AuditLog, EveryChangeIsRecordedWithWhoWhatAndValues)
{
    TempDir dir;
    FixedClock clock(QDateTime(QDate(2026, 3, 8), QTime(9, 30), Qt::UTC));
    auto created =
        createDatabase(dir.file(QStringLiteral("a.orec")), kAdmin, kAdminPassphrase, fastOptions(&clock));
    Database& db = *created.database;
    addUsers(db, 1);
    auto entries = db.auditLog().query({});
    ASSERT_TRUE(entries.ok());
    // database create, the rules version the schema wrote taken into the log, admin create, the copies of
    // the exchange keys for the administrator and the recovery key (schema 10), user0 create (newest first)
    ASSERT_EQ(entries->size(), 6);
    const AuditEntry& e = entries->first();
    EXPECT_EQ(e.user, kAdmin);
    EXPECT_EQ(e.entity, QStringLiteral("user"));
    EXPECT_EQ(e.entityId, QStringLiteral("user0"));
    EXPECT_EQ(e.action, QStringLiteral("create"));
    EXPECT_TRUE(e.beforeJson.isEmpty());
    EXPECT_TRUE(e.afterJson.contains(QStringLiteral("\"role\":\"clerk\"")));
    EXPECT_EQ(e.at, clock.nowUtc());
}

TEST(AuditLog, RolledBackChangeLeavesNoAuditRow)
{
    TempDir dir;
    auto created = createDatabase(dir.file(QStringLiteral("rb.orec")));
    Database& db = *created.database;
    {
        WriteScope scope(db, Permission::ManageUsers);
        ASSERT_TRUE(UserRepository(db).insert(scope, QStringLiteral("ghost"), Role::Clerk).ok());
    }
    EXPECT_EQ(db.auditLog().query({})->size(), 5); // the creation's: ghost's is not there
    EXPECT_FALSE(UserRepository(db).find(QStringLiteral("ghost"))->has_value());
    EXPECT_TRUE(db.auditLog().verify()->intact);
}

TEST(AuditLog, AuditorCannotWrite)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("aud.orec"));
    {
        auto created = createDatabase(path);
        Database& db = *created.database;
        WriteScope scope(db, Permission::ManageUsers);
        ASSERT_TRUE(UserRepository(db).insert(scope, QStringLiteral("kiemtra"), Role::Auditor).ok());
        ASSERT_TRUE(db.setUserPassphrase(scope, QStringLiteral("kiemtra"),
                                         SecureBytes::fromUtf8(QStringLiteral("chỉ đọc thôi nhé")))
                        .ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    auto auditor = unlock(path, QStringLiteral("kiemtra"), QStringLiteral("chỉ đọc thôi nhé"));
    WriteScope scope(*auditor);
    EXPECT_EQ(scope.status().code(), ErrorCode::PermissionDenied);
    EXPECT_TRUE(auditor->can(Permission::ReadAuditLog));
}

TEST(AuditLog, AlteredRowIsNamed)
{
    TempDir dir;
    auto created = createDatabase(dir.file(QStringLiteral("t.orec")));
    Database& db = *created.database;
    addUsers(db, 5);
    ASSERT_TRUE(db.auditLog().verify()->intact);
    ASSERT_TRUE(db.connection().exec("UPDATE audit_log SET user_name = 'someone' WHERE id = 4").ok());
    auto v = db.auditLog().verify();
    ASSERT_TRUE(v.ok());
    EXPECT_FALSE(v->intact);
    EXPECT_EQ(v->firstBadRow, 4);
    EXPECT_TRUE(v->problem.contains(QStringLiteral("4")));
}

TEST(AuditLog, RemovedMiddleRowIsNamed)
{
    TempDir dir;
    auto created = createDatabase(dir.file(QStringLiteral("t.orec")));
    Database& db = *created.database;
    addUsers(db, 5);
    ASSERT_TRUE(db.connection().exec("DELETE FROM audit_log WHERE id = 3").ok());
    auto v = db.auditLog().verify();
    EXPECT_FALSE(v->intact);
    EXPECT_EQ(v->firstBadRow, 3);
}

TEST(AuditLog, RemovedLastRowsAreDetected)
{
    TempDir dir;
    auto created = createDatabase(dir.file(QStringLiteral("t.orec")));
    Database& db = *created.database;
    addUsers(db, 5);
    ASSERT_TRUE(db.connection().exec("DELETE FROM audit_log WHERE id >= 6").ok());
    auto v = db.auditLog().verify();
    EXPECT_FALSE(v->intact);
    EXPECT_EQ(v->firstBadRow, 6);
}

TEST(AuditLog, RecomputedRowStillBreaksTheNextLink)
{
    TempDir dir;
    auto created = createDatabase(dir.file(QStringLiteral("t.orec")));
    Database& db = *created.database;
    addUsers(db, 3);
    // Alter row 2 and give it a hash that looks right on its own: row 3's link no longer matches.
    auto rows = db.auditLog().query({});
    ASSERT_TRUE(db.connection().exec("UPDATE audit_log SET hash = zeroblob(32) WHERE id = 2").ok());
    auto v = db.auditLog().verify();
    EXPECT_FALSE(v->intact);
    EXPECT_EQ(v->firstBadRow, 2);
}

TEST(Migrations, EveryEarlierVersionMigratesToTheLatest)
{
    for (int version = 1; version < latestSchemaVersion(); ++version) {
        SCOPED_TRACE(version);
        TempDir dir;
        const QString path = dir.file(QStringLiteral("v%1.orec").arg(version));
        DatabaseOptions old = fastOptions();
        old.schemaVersion = version;
        {
            auto created = createDatabase(path, kAdmin, kAdminPassphrase, old);
            sql::Connection& c = created.database->connection();
            EXPECT_EQ(*schemaVersion(c), version);
            // Data written with the columns that existed at that version; from the signed audit on
            // (version 8) a row written behind the program's back is reported by check(), so the
            // user is added the program's way there.
            if (version < 8) {
                ASSERT_TRUE(c.exec("INSERT INTO users (uuid, name, role, created_at) VALUES "
                                   "('u-1', 'user1', 'clerk', '2020-01-01T00:00:00.000Z')")
                                .ok());
            } else {
                WriteScope scope(*created.database, Permission::ManageUsers);
                ASSERT_TRUE(scope.status().ok());
                ASSERT_TRUE(UserRepository(*created.database)
                                .insert(scope, QStringLiteral("user1"), Role::Clerk)
                                .ok());
                ASSERT_TRUE(scope.commit().ok());
            }
            // From the register's version on, register records too, written through the repositories
            // (audited) while the file is at that version: they must come through the later migrations.
            if (version >= 3) {
                Database& db = *created.database;
                WriteScope scope(db);
                ASSERT_TRUE(scope.status().ok());
                PartyUnit cell;
                cell.code = QStringLiteral("CB-JP");
                cell.name = QStringLiteral("Chi bộ lưu học sinh Tokyo");
                cell.kind = UnitKind::Cell;
                cell.overseas = true;
                cell.cellType = CellType::Student;
                cell.countryCode = QStringLiteral("JP");
                ASSERT_TRUE(PartyUnitRepository(db).insert(scope, cell).ok());
                Member m;
                m.fullName = QStringLiteral("Nguyễn Thị Thu Hà");
                m.partyCardNumber = QStringLiteral("10000042");
                m.dateOfBirth = QDate(1995, 4, 2);
                m.admissionDate = QDate(2016, 5, 19);
                m.fullMembershipDate = QDate(2017, 5, 19);
                ASSERT_TRUE(MemberRepository(db).insert(scope, m).ok());
                Posting p;
                p.memberId = m.id;
                p.purpose = PostingPurpose::Study;
                p.countryCodes = {QStringLiteral("JP")};
                p.status = PostingStatus::InOverseasCell;
                p.plannedDeparture = p.actualDeparture = QDate(2024, 9, 1);
                p.plannedReturn = QDate(2027, 9, 1);
                p.overseasCellId = cell.id;
                ASSERT_TRUE(PostingRepository(db).insert(scope, p).ok());
                Report r;
                r.kind = ReportKind::PreDeparture;
                r.memberId = m.id;
                r.postingId = p.id;
                r.dueDate = QDate(2024, 8, 25);
                r.receivedDate = QDate(2024, 8, 20);
                r.ruleSetVersion = 1;
                ASSERT_TRUE(ReportRepository(db).insert(scope, r).ok());
                ASSERT_TRUE(scope.commit().ok());
            }
        }
        auto db = unlock(path); // migrates, backing up first
        EXPECT_EQ(*schemaVersion(db->connection()), latestSchemaVersion());
        EXPECT_TRUE(UserRepository(*db).find(QStringLiteral("user1"))->has_value());
        if (version >= 3) {
            auto m = MemberRepository(*db).findByPartyCard(QStringLiteral("10000042"));
            ASSERT_TRUE(m.ok() && m->has_value());
            EXPECT_EQ((*m)->fullName, QStringLiteral("Nguyễn Thị Thu Hà"));
            auto postings = PostingRepository(*db).listForMember((*m)->id);
            ASSERT_TRUE(postings.ok());
            ASSERT_EQ(postings->size(), 1);
            EXPECT_EQ(postings->first().status, PostingStatus::InOverseasCell);
            EXPECT_EQ(
                *db->connection().queryInt("SELECT count(*) FROM reports WHERE received_date = '2024-08-20'"),
                1);
            EXPECT_EQ(*db->connection().queryInt(
                          "SELECT count(*) FROM member_search WHERE member_search MATCH 'thu ha'"),
                      1);
        }
        auto report = db->check();
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->ok()) << report->audit.problem.toStdString()
                                  << " records: " << report->audit.recordProblemCount;
        const QStringList backups =
            QDir(dir.path()).entryList({QStringLiteral("v%1.orec.pre-v%1-*.orecbak").arg(version)});
        ASSERT_EQ(backups.size(), 1);
        auto header = backup::inspect(dir.file(backups.first()));
        ASSERT_TRUE(header.ok()) << header.error().toString().toStdString();
        EXPECT_EQ(header->schemaVersion, version);
    }
}

TEST(Migrations, NewerFileIsRefused)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("future.orec"));
    {
        auto created = createDatabase(path);
        ASSERT_TRUE(created.database->connection().exec("PRAGMA user_version = 999").ok());
    }
    auto result = Database::unlock(path, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.code(), ErrorCode::NotADatabase);
}

TEST(Migrations, VersionsAreNumberedWithoutGaps)
{
    int expected = 1;
    for (const Migration& m : allMigrations())
        EXPECT_EQ(m.version, expected++);
}
