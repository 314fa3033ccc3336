// Two connections issuing documents from the same register at once never take the same number: BEGIN
// IMMEDIATE makes the second wait for the first's commit, and the unique index refuses a duplicate anyway.
#include "core/result_try.h"
#include "storage/document_register_repository.h"
#include "support/test_support.h"

#include <QCryptographicHash>
#include <QSet>
#include <QUuid>
#include <gtest/gtest.h>
#include <mutex>
#include <thread>

namespace orec {
namespace {

// What the repository's issue() does on a connection, without the audit (a second connection has no
// session): read the next number and insert it inside one immediate transaction.
Result<int> issueRaw(sql::Connection& c, const QString& kind)
{
    OREC_TRY(c.exec("BEGIN IMMEDIATE"));
    auto next = DocumentRegisterRepository::nextNumber(c, 1, kind, QDate());
    if (!next) {
        (void)c.exec("ROLLBACK");
        return next.error();
    }
    auto stmt =
        c.prepare("INSERT INTO document_register (uuid, committee_id, issuing_unit, committee_symbol, "
                  "kind_symbol, number, number_text, issue_date, print_kind, title, request_json, "
                  "issued_by, issued_at, pdf, pdf_sha256) VALUES (?, 1, 'U', 'ĐU', ?, ?, '', "
                  "?, 'abroad', 't', '{}', 'x', 'now', x'25', x'00')");
    if (!stmt) {
        (void)c.exec("ROLLBACK");
        return stmt.error();
    }
    stmt->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, kind)
        .bind(3, *next)
        .bind(4, QDate(2026, 11, 29));
    if (Status inserted = stmt->run(); !inserted) {
        (void)c.exec("ROLLBACK");
        return inserted.error();
    }
    OREC_TRY(c.exec("COMMIT"));
    return *next;
}

class DocumentRegisterConcurrencyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.file(QStringLiteral("r.orec"));
        auto created = test::createDatabase(m_path);
        m_db = std::move(created.database);
    }
    Result<sql::Connection> second(int busyTimeoutMs)
    {
        sql::OpenOptions options;
        options.busyTimeoutMs = busyTimeoutMs;
        return sql::Connection::open(m_path, m_db->dataKey(), options);
    }

    test::TempDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

TEST_F(DocumentRegisterConcurrencyTest, ASecondConnectionWaitsForTheFirstsNumberAndTakesTheNext)
{
    auto other = second(0);
    ASSERT_TRUE(other.ok()) << other.error().toString().toStdString();

    // The program's connection issues number 1 and has not committed yet.
    {
        WriteScope scope(*m_db);
        ASSERT_TRUE(scope.status().ok());
        IssuedDocument d;
        d.committeeId = 1;
        d.issuingUnit = QStringLiteral("Đảng ủy Bộ Ngoại giao");
        d.committeeSymbol = QStringLiteral("ĐU");
        d.kindSymbol = QStringLiteral("DS");
        d.issueDate = QDate(2026, 11, 29);
        d.printKind = QStringLiteral("abroad");
        d.title = QStringLiteral("Danh sách");
        ASSERT_TRUE(DocumentRegisterRepository(*m_db)
                        .issue(scope, d,
                               [](const IssuedDocument&) -> Result<QByteArray> {
                                   return QByteArray("%PDF-1.4 test");
                               })
                        .ok());
        EXPECT_EQ(d.number, 1);
        // Meanwhile the other connection cannot even start: its immediate transaction is refused.
        EXPECT_EQ(other->exec("BEGIN IMMEDIATE").code(), ErrorCode::Locked);
        ASSERT_TRUE(scope.commit().ok());
    }
    // Once the first has committed, the other takes the next number.
    auto next = issueRaw(*other, QStringLiteral("DS"));
    ASSERT_TRUE(next.ok()) << next.error().toString().toStdString();
    EXPECT_EQ(*next, 2);

    // And a number already issued cannot be inserted again, by any connection.
    // Values bound, not written into the SQL: the log names statements, never values.
    auto duplicate =
        other->prepare("INSERT INTO document_register (uuid, committee_id, issuing_unit, "
                       "committee_symbol, kind_symbol, number, number_text, issue_date, print_kind, "
                       "title, request_json, issued_by, issued_at, pdf, pdf_sha256) VALUES (?, 1, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ASSERT_TRUE(duplicate.ok());
    duplicate->bind(1, QStringLiteral("dup"))
        .bind(2, QStringLiteral("U"))
        .bind(3, QStringLiteral("ĐU"))
        .bind(4, QStringLiteral("DS"))
        .bind(5, 2)
        .bind(6, QStringLiteral("Số 02-DS/ĐU"))
        .bind(7, QDate(2026, 11, 29))
        .bind(8, QStringLiteral("abroad"))
        .bind(9, QStringLiteral("t"))
        .bind(10, QStringLiteral("{}"))
        .bind(11, QStringLiteral("x"))
        .bind(12, QStringLiteral("now"))
        .bindBlob(13, QByteArray("%"))
        .bindBlob(14, QByteArray(1, '\0'));
    EXPECT_EQ(duplicate->run().code(), ErrorCode::Constraint);
}

TEST_F(DocumentRegisterConcurrencyTest, TwoConnectionsIssuingAtOnceNeverDuplicateANumber)
{
    // Both connections race in threads of their own; SQLite's busy timeout makes each wait its turn.
    auto a = second(60000);
    auto b = second(60000);
    ASSERT_TRUE(a.ok() && b.ok());
    constexpr int kEach = 25;
    QList<int> fromA, fromB;
    QStringList errors;
    std::mutex errorsLock;
    const auto run = [&](sql::Connection& c, QList<int>& out) {
        for (int i = 0; i < kEach; ++i) {
            auto n = issueRaw(c, QStringLiteral("CV"));
            if (!n) {
                std::lock_guard<std::mutex> lock(errorsLock);
                errors << n.error().toString();
                continue;
            }
            out << *n;
        }
    };
    std::thread ta([&] { run(*a, fromA); });
    std::thread tb([&] { run(*b, fromB); });
    ta.join();
    tb.join();
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
    QSet<int> all;
    for (int n : fromA + fromB)
        all.insert(n);
    EXPECT_EQ(all.size(), 2 * kEach); // no number twice
    for (int n = 1; n <= 2 * kEach; ++n)
        EXPECT_TRUE(all.contains(n)) << n; // and no gap
}

} // namespace
} // namespace orec
