// repo::collectRows: every row in order, nothing for an empty result, and a failed step's error in place
// of the rows read before it.
#include "storage/repository_support.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

sql::Connection openWithNumbers(const QString& path)
{
    sql::OpenOptions options;
    options.mode = sql::OpenMode::ReadWriteCreate;
    auto c = sql::Connection::open(path, SecureBytes::random(32), options);
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().toString().toStdString());
    EXPECT_TRUE(c->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER, s TEXT);"
                        "INSERT INTO t (v, s) VALUES (3, 'c'), (1, 'a'), (2, 'b');")
                    .ok());
    return std::move(*c);
}

} // namespace

TEST(CollectRows, ReadsEveryRowInOrder)
{
    TempDir dir;
    sql::Connection c = openWithNumbers(dir.file(QStringLiteral("t.db")));
    auto stmt = c.prepare("SELECT v, s FROM t ORDER BY v");
    ASSERT_TRUE(stmt.ok());
    auto rows = repo::collectRows<QString>(
        *stmt, [](const sql::Statement& s) { return QString::number(s.int64(0)) + s.text(1); });
    ASSERT_TRUE(rows.ok()) << rows.error().toString().toStdString();
    EXPECT_EQ(*rows, (QList<QString>{QStringLiteral("1a"), QStringLiteral("2b"), QStringLiteral("3c")}));
}

TEST(CollectRows, EmptyResultIsAnEmptyList)
{
    TempDir dir;
    sql::Connection c = openWithNumbers(dir.file(QStringLiteral("t.db")));
    auto stmt = c.prepare("SELECT id FROM t WHERE v > 10");
    ASSERT_TRUE(stmt.ok());
    auto rows = repo::collectRows<qint64>(*stmt, [](const sql::Statement& s) { return s.int64(0); });
    ASSERT_TRUE(rows.ok());
    EXPECT_TRUE(rows->isEmpty());
}

TEST(CollectRows, AFailedStepGivesItsErrorNotThePartialList)
{
    TempDir dir;
    sql::Connection c = openWithNumbers(dir.file(QStringLiteral("t.db")));
    ASSERT_TRUE(c.exec("INSERT INTO t (v, s) VALUES (-9223372036854775807 - 1, 'min')").ok());
    // abs() of the smallest integer overflows: the fourth step fails after three good rows.
    auto stmt = c.prepare("SELECT abs(v) FROM t ORDER BY id");
    ASSERT_TRUE(stmt.ok());
    int calls = 0;
    auto rows = repo::collectRows<qint64>(*stmt, [&calls](const sql::Statement& s) {
        ++calls;
        return s.int64(0);
    });
    EXPECT_FALSE(rows.ok());
    EXPECT_EQ(calls, 3);
}
