// Earlier party card numbers in storage (schema 14): a register from before them migrates and its members
// take new numbers with the old ones kept; the rows are part of the member's record, so a row changed
// behind the program's back fails the check.
#include "storage/database.h"
#include "storage/member_repository.h"
#include "storage/migrations.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

TEST(EarlierCards, ARegisterFromBeforeThemMigratesAndKeepsTheOldNumberOfANewCard)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v11.orec"));
    DatabaseOptions old = fastOptions();
    old.schemaVersion = latestSchemaVersion() - 1;
    qint64 id = 0;
    {
        auto created = createDatabase(path, kAdmin, kAdminPassphrase, old);
        Database& db = *created.database;
        WriteScope scope(db);
        ASSERT_TRUE(scope.status().ok());
        Member m;
        m.fullName = QStringLiteral("Nguyễn Thị Thu Hà");
        m.partyCardNumber = QStringLiteral("10000042");
        ASSERT_TRUE(MemberRepository(db).insert(scope, m).ok());
        ASSERT_TRUE(scope.commit().ok());
        id = m.id;
    }
    auto db = unlock(path);
    ASSERT_TRUE(db);
    MemberRepository members(*db);
    Member m = *members.get(id);
    m.partyCardNumber = QStringLiteral("20000042");
    {
        WriteScope scope(*db);
        ASSERT_TRUE(scope.status().ok());
        ASSERT_TRUE(members.update(scope, m, QDate(2025, 9, 2)).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    EXPECT_EQ(*members.earlierCardNumbers(id),
              (QList<EarlierCardNumber>{{QStringLiteral("10000042"), QDate(2025, 9, 2)}}));
    auto holder = members.findByEarlierCard(QStringLiteral("1000 0042"));
    ASSERT_TRUE(holder.ok() && holder->has_value());
    EXPECT_EQ((*holder)->member.id, id);
    EXPECT_EQ(
        *db->connection().queryInt("SELECT count(*) FROM member_search WHERE member_search MATCH '10000042'"),
        1);
    auto report = db->check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << report->audit.problem.toStdString();

    // An earlier number changed behind the program's back: the member's record no longer checks.
    ASSERT_TRUE(db->connection().exec("UPDATE member_earlier_cards SET party_card_no = '10000043'").ok());
    auto tampered = db->check();
    ASSERT_TRUE(tampered.ok());
    EXPECT_FALSE(tampered->ok());
    EXPECT_GE(tampered->audit.recordProblemCount, 1);
}
