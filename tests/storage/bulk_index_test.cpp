// BulkIndexSuspension: a bulk insert drops the table's plain indexes and builds the same ones again;
// unique indexes stay and still refuse duplicates; a rolled-back scope leaves the schema as it was.
#include "storage/bulk_index_suspension.h"
#include "storage/member_repository.h"
#include "storage/repository_support.h"
#include "support/test_support.h"

#include <QSet>
#include <QUuid>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

class BulkIndexTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_created = std::make_unique<Database::Created>(createDatabase(
            m_dir.file(QStringLiteral("bulk.orec")), kAdmin, kAdminPassphrase, fastOptions(&m_clock)));
    }
    Database& db() { return *m_created->database; }

    // Every index of the members table with its definition, as the schema holds them.
    QStringList memberIndexes()
    {
        QStringList out;
        auto s = db().connection().prepare(
            "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' AND "
            "tbl_name = 'members' ORDER BY name");
        EXPECT_TRUE(s.ok());
        while (*s->step())
            out << s->text(0);
        return out;
    }

    Member member(int i)
    {
        Member m;
        m.fullName = QStringLiteral("Nguyễn Văn Đức %1").arg(i);
        m.partyCardNumber = QString::number(10000000 + i);
        return m;
    }

    TempDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database::Created> m_created;
};

} // namespace

TEST_F(BulkIndexTest, PlainIndexesAreDroppedForTheInsertAndBuiltAgainTheSame)
{
    const QStringList before = memberIndexes();
    ASSERT_GE(before.size(), 5);
    {
        WriteScope scope(db());
        BulkIndexSuspension bulk(scope, "members", 50);
        ASSERT_TRUE(bulk.status().ok());
        EXPECT_TRUE(bulk.suspended());
        // Only the unique ones (and SQLite's own) are left while rows go in.
        for (const QString& index : memberIndexes())
            EXPECT_TRUE(index.contains(QLatin1String("UNIQUE")) || index.endsWith(QLatin1String(": ")))
                << index.toStdString();
        MemberRepository repo(db());
        for (int i = 0; i < 50; ++i) {
            Member m = member(i);
            ASSERT_TRUE(repo.insert(scope, m).ok());
        }
        // A duplicate card number is still refused while the plain indexes are away.
        Member twin = member(7);
        EXPECT_FALSE(repo.insert(scope, twin).ok());
        ASSERT_TRUE(bulk.restore().ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    EXPECT_EQ(memberIndexes(), before);
    auto check = db().connection().queryText("PRAGMA integrity_check");
    ASSERT_TRUE(check.ok());
    EXPECT_EQ(*check, QStringLiteral("ok"));
}

TEST_F(BulkIndexTest, FewRowsIntoALargerTableLeaveTheIndexesAlone)
{
    {
        WriteScope scope(db());
        MemberRepository repo(db());
        for (int i = 0; i < 20; ++i) {
            Member m = member(i);
            ASSERT_TRUE(repo.insert(scope, m).ok());
        }
        ASSERT_TRUE(scope.commit().ok());
    }
    const QStringList before = memberIndexes();
    WriteScope scope(db());
    BulkIndexSuspension bulk(scope, "members", 5);
    EXPECT_FALSE(bulk.suspended());
    EXPECT_EQ(memberIndexes(), before);
}

TEST_F(BulkIndexTest, AnAbandonedScopeLeavesTheSchemaAsItWas)
{
    const QStringList before = memberIndexes();
    {
        WriteScope scope(db());
        BulkIndexSuspension bulk(scope, "members", 1000);
        ASSERT_TRUE(bulk.suspended());
        // No restore, no commit: an import that failed half way.
    }
    EXPECT_EQ(memberIndexes(), before);
}

TEST(Uuid, NewUuidsAreVersion7AndIncreaseWithTime)
{
    const QString a = repo::newUuid();
    const QUuid parsed = QUuid::fromString(a);
    ASSERT_FALSE(parsed.isNull());
    // xxxxxxxx-xxxx-7xxx-[89ab]xxx-xxxxxxxxxxxx (Qt 6.4's QUuid::version() predates version 7).
    EXPECT_EQ(a.at(14), QLatin1Char('7')) << a.toStdString();
    EXPECT_EQ(parsed.variant(), QUuid::DCE);
    QStringList many;
    for (int i = 0; i < 1000; ++i)
        many << repo::newUuid();
    EXPECT_EQ(QSet<QString>(many.begin(), many.end()).size(), 1000);
    // The first 48 bits are the time in milliseconds: never decreasing.
    for (int i = 1; i < many.size(); ++i)
        EXPECT_LE(many[i - 1].left(13), many[i].left(13));
}
