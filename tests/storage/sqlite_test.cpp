// The SQLCipher wrapper: round trips, constraints, transactions, typed errors, refusal of plain SQLite.
#include "storage/sqlite.h"
#include "support/test_support.h"

#include <QFile>
#include <gtest/gtest.h>
#include <vector>

using namespace orec;
using namespace orec::test;

namespace {

sql::Connection openNew(const QString& path, const SecureBytes& key)
{
    sql::OpenOptions options;
    options.mode = sql::OpenMode::ReadWriteCreate;
    auto c = sql::Connection::open(path, key, options);
    EXPECT_TRUE(c.ok()) << (c.ok() ? "" : c.error().toString().toStdString());
    return std::move(*c);
}

} // namespace

TEST(Sqlite, RoundTripsEveryStorageType)
{
    TempDir dir;
    const SecureBytes key = SecureBytes::random(32);
    sql::Connection c = openNew(dir.file(QStringLiteral("t.db")), key);
    ASSERT_TRUE(c.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, d TEXT, n TEXT)").ok());
    auto insert = c.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)");
    ASSERT_TRUE(insert.ok());
    const QByteArray blob("\x00\x01\xff binary", 10);
    const QString text = QStringLiteral("Nguyễn Thị Ánh Tuyết — Đảng viên");
    insert->bind(1, static_cast<long long>(9007199254740993LL))
        .bind(2, 3.25)
        .bind(3, text)
        .bindBlob(4, blob)
        .bind(5, QDate(2024, 2, 29))
        .bind(6, QString());
    ASSERT_TRUE(insert->run().ok());

    auto select = c.prepare("SELECT i, r, s, b, d, n FROM t");
    ASSERT_TRUE(select.ok());
    auto row = select->step();
    ASSERT_TRUE(row.ok() && *row);
    EXPECT_EQ(select->int64(0), 9007199254740993LL);
    EXPECT_DOUBLE_EQ(select->real(1), 3.25);
    EXPECT_EQ(select->text(2), text);
    EXPECT_EQ(select->blob(3), blob);
    EXPECT_EQ(select->date(4), QDate(2024, 2, 29));
    EXPECT_TRUE(select->isNull(5));
    EXPECT_TRUE(select->text(5).isNull());
    EXPECT_FALSE(*select->step());
}

TEST(Sqlite, TextsOfEveryLengthRoundTrip)
{
    // Short texts are encoded on the stack, long ones on the heap: both must arrive intact,
    // including three-byte letters at the buffer's edge, a surrogate pair and an empty text.
    TempDir dir;
    sql::Connection c = openNew(dir.file(QStringLiteral("texts.db")), SecureBytes::random(32));
    ASSERT_TRUE(c.exec("CREATE TABLE t (k INTEGER PRIMARY KEY, s TEXT)").ok());
    std::vector<QString> texts{
        QStringLiteral(""),           QStringLiteral("Đ"),
        QString(256, QChar(0x1EBF)),  QString(257, QChar(0x1EBF)),
        QString(5000, QChar(0x1EA1)), QStringLiteral("Hồ Chí Minh \U0001F1FB\U0001F1F3")};
    for (std::size_t i = 0; i < texts.size(); ++i) {
        auto insert = c.cached("INSERT INTO t (k, s) VALUES (?, ?)");
        ASSERT_TRUE(insert.ok());
        (*insert)->bind(1, static_cast<long long>(i)).bind(2, texts[i]);
        ASSERT_TRUE((*insert)->run().ok());
    }
    for (std::size_t i = 0; i < texts.size(); ++i) {
        auto select = c.cached("SELECT s, length(s) FROM t WHERE k = ?");
        ASSERT_TRUE(select.ok());
        (*select)->bind(1, static_cast<long long>(i));
        ASSERT_TRUE(*(*select)->step());
        EXPECT_EQ((*select)->text(0), texts[i]) << "text " << i;
        EXPECT_FALSE((*select)->text(0).isNull()) << "text " << i;
        EXPECT_EQ((*select)->int64(1), texts[i].toUcs4().size()) << "text " << i;
    }
}

TEST(Sqlite, ForeignKeysAreEnforced)
{
    TempDir dir;
    sql::Connection c = openNew(dir.file(QStringLiteral("fk.db")), SecureBytes::random(32));
    ASSERT_TRUE(
        c.exec(
             "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
             "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));")
            .ok());
    Status s = c.exec("INSERT INTO child (parent_id) VALUES (42)");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), ErrorCode::Constraint);
    EXPECT_EQ(*c.queryInt("SELECT count(*) FROM child"), 0);
}

TEST(Sqlite, UniqueViolationIsAConstraintError)
{
    TempDir dir;
    sql::Connection c = openNew(dir.file(QStringLiteral("u.db")), SecureBytes::random(32));
    ASSERT_TRUE(c.exec("CREATE TABLE m (card TEXT UNIQUE); INSERT INTO m VALUES ('12345678')").ok());
    // Bound, as the program binds every value: a failed statement's text goes to the log.
    auto again = c.prepare("INSERT INTO m VALUES (?)");
    ASSERT_TRUE(again.ok());
    again->bind(1, "12345678");
    EXPECT_EQ(again->run().code(), ErrorCode::Constraint);
}

TEST(Sqlite, RolledBackTransactionLeavesNothing)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("tx.db"));
    const SecureBytes key = SecureBytes::random(32);
    {
        sql::Connection c = openNew(path, key);
        ASSERT_TRUE(c.exec("CREATE TABLE t (x INTEGER)").ok());
        {
            sql::Transaction tx(c);
            ASSERT_TRUE(tx.beginStatus().ok());
            ASSERT_TRUE(c.exec("INSERT INTO t VALUES (1); INSERT INTO t VALUES (2)").ok());
            // no commit: destructor rolls back
        }
        EXPECT_EQ(*c.queryInt("SELECT count(*) FROM t"), 0);
        {
            sql::Transaction tx(c);
            ASSERT_TRUE(c.exec("INSERT INTO t VALUES (3)").ok());
            ASSERT_TRUE(tx.commit().ok());
        }
    }
    auto reopened = sql::Connection::open(path, key);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(*reopened->queryInt("SELECT count(*) FROM t"), 1);
    EXPECT_EQ(*reopened->queryInt("SELECT x FROM t"), 3);
}

TEST(Sqlite, WrongKeyFailsAtOpenWithTypedErrorAndLeavesFileUnchanged)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("k.db"));
    {
        sql::Connection c = openNew(path, SecureBytes::random(32));
        ASSERT_TRUE(c.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)").ok());
    }
    const QByteArray before = sha256OfFile(path);
    auto wrong = sql::Connection::open(path, SecureBytes::random(32));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.code(), ErrorCode::WrongKey);
    EXPECT_EQ(sha256OfFile(path), before);
}

TEST(Sqlite, RefusesPlainSqliteFiles)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("plain.db"));
    {
        sql::OpenOptions options;
        options.mode = sql::OpenMode::ReadWriteCreate;
        options.allowUnencryptedForBaseline = true;
        auto plain = sql::Connection::openUnencrypted(path, options);
        ASSERT_TRUE(plain.ok());
        ASSERT_TRUE(plain->exec("CREATE TABLE t (x)").ok());
    }
    ASSERT_TRUE(readAll(path).startsWith("SQLite format 3"));
    auto refused = sql::Connection::open(path, SecureBytes::random(32));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::NotADatabase);
    // And the application path never opens without a key.
    EXPECT_FALSE(sql::Connection::openUnencrypted(path).ok());
}

TEST(Sqlite, GarbageFileIsNotOpened)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("garbage.db"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto result = sql::Connection::open(path, SecureBytes::random(32));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.code() == ErrorCode::WrongKey || result.code() == ErrorCode::NotADatabase);
}

TEST(Sqlite, CipherIsSqlcipherWithExplicitSettings)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("c.db"));
    const SecureBytes key = SecureBytes::random(32);
    {
        sql::Connection c = openNew(path, key);
        ASSERT_TRUE(c.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)").ok());
    }
    auto reopened = sql::Connection::open(path, key);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString().toStdString();
    sql::Connection& c = *reopened;
    EXPECT_TRUE(c.cipherVersion().startsWith(QStringLiteral("3.4."))) << c.cipherVersion().toStdString();
    // Every cipher setting SQLCipher 3.4 can report, as docs/security.md lists them.
    EXPECT_EQ(c.queryText("PRAGMA cipher")->toLower(), QStringLiteral("aes-256-cbc"));
    EXPECT_EQ(*c.queryInt("PRAGMA cipher_page_size"), 4096);
    EXPECT_EQ(*c.queryInt("PRAGMA kdf_iter"), 64000);
    EXPECT_EQ(*c.queryInt("PRAGMA fast_kdf_iter"), 2);
    EXPECT_EQ(*c.queryInt("PRAGMA cipher_use_hmac"), 1);
    // The rest of the connection's settings.
    EXPECT_EQ(*c.queryInt("PRAGMA foreign_keys"), 1);
    EXPECT_EQ(*c.queryInt("PRAGMA secure_delete"), 1);
    EXPECT_EQ(*c.queryInt("PRAGMA temp_store"), 2);  // MEMORY
    EXPECT_EQ(*c.queryInt("PRAGMA synchronous"), 2); // FULL
    EXPECT_EQ(c.queryText("PRAGMA journal_mode")->toLower(), QStringLiteral("delete"));
    EXPECT_EQ(*c.queryInt("PRAGMA page_size"), 4096);
}

TEST(Sqlite, CachedStatementsAreReusable)
{
    TempDir dir;
    sql::Connection c = openNew(dir.file(QStringLiteral("s.db")), SecureBytes::random(32));
    ASSERT_TRUE(c.exec("CREATE TABLE t (x INTEGER)").ok());
    for (int i = 0; i < 5; ++i) {
        auto stmt = c.cached("INSERT INTO t VALUES (?)");
        ASSERT_TRUE(stmt.ok());
        (*stmt)->bind(1, i);
        ASSERT_TRUE((*stmt)->run().ok());
    }
    EXPECT_EQ(*c.queryInt("SELECT sum(x) FROM t"), 10);
}
