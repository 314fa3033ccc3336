// The register of issued documents: numbers per kind in the committee's register, reprints byte for byte,
// drafts without a number, no number ever reused, the 36-HD/VPTW header, reminder letters, and who may issue.
#include "app/account_service.h"
#include "app/audit_service.h"
#include "app/document_register_service.h"
#include "app/print_service.h"
#include "pdf_tools.h"
#include "register_fixture.h"
#include "storage/register_queries.h"
#include "support/test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace orec::app {
namespace {

const QDate kToday(2026, 11, 29);
const QString kClerk = QStringLiteral("vanthu");
const QString kAuditor = QStringLiteral("kiemtra");
const QString kOtherPassphrase = QStringLiteral("Mật khẩu khác thử nghiệm 2026");

class DocumentRegisterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0), Qt::UTC));
        auto created = test::createDatabase(path(), test::kAdmin, test::kAdminPassphrase,
                                            test::fastOptions(m_clock.get()));
        m_session = std::make_unique<Session>(std::move(created.database));
        m_seeded = test::seedRegister(m_session->database(), 60, kToday);
    }

    // Whatever a test did, the register passes `orec check`: every document as its audit entry says.
    void TearDown() override
    {
        if (!m_session)
            return;
        auto report = m_session->database().check(Database::CheckOptions{});
        ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
        QStringList problems = report->integrityProblems + report->audit.problems;
        for (const RecordProblem& p : report->audit.records)
            problems << p.message;
        EXPECT_TRUE(report->ok()) << problems.join(QLatin1Char('\n')).toStdString();
    }

    QString path() const { return m_dir.file(QStringLiteral("r.orec")); }

    void setIdentity()
    {
        CommitteeIdentity id;
        id.superiorUnit = QStringLiteral("Đảng bộ Khối các cơ quan Trung ương");
        id.issuingUnit = QStringLiteral("Đảng ủy Bộ Ngoại giao");
        id.symbol = QStringLiteral("ĐU");
        id.place = QStringLiteral("Hà Nội");
        id.signerName = QStringLiteral("Lê Hoàng Quân");
        const Status saved = DocumentRegisterService(*m_session).setIdentity(id);
        ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    }

    static PrintRequest request(PrintKind kind)
    {
        PrintRequest r;
        r.kind = kind;
        r.asOf = kToday;
        r.from = kToday.addDays(-90);
        r.to = kToday;
        return r;
    }

    IssuedDocument issueOne(PrintKind kind)
    {
        auto batch = DocumentRegisterService(*m_session).issue(request(kind));
        EXPECT_TRUE(batch.ok()) << (batch.ok() ? std::string() : batch.error().toString().toStdString());
        if (!batch.ok() || batch->documents.isEmpty())
            return {};
        return batch->documents.first();
    }

    QString textOf(const QByteArray& pdf, const QString& name)
    {
        const QString file = m_dir.file(name);
        QFile out(file);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(pdf);
        out.close();
        return test::pdfText(file).simplified();
    }

    int registerSize()
    {
        auto all = DocumentRegisterService(*m_session).list();
        EXPECT_TRUE(all.ok());
        return all.ok() ? static_cast<int>(all->size()) : -1;
    }

    // Reopens the register as another user (the lock file admits one session at a time).
    void reopenAs(const QString& user, const QString& passphrase)
    {
        m_session.reset();
        m_session = std::make_unique<Session>(
            test::unlock(path(), user, passphrase, test::fastOptions(m_clock.get())));
    }

    test::TempDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Session> m_session;
    test::SeededRegister m_seeded;
};

TEST_F(DocumentRegisterTest, TwoListsPrintedTheSameDayGetTwoConsecutiveNumbersUnderTheCommitteesHeader)
{
    setIdentity();
    const IssuedDocument first = issueOne(PrintKind::Abroad);
    const IssuedDocument second = issueOne(PrintKind::ReportsDue);
    EXPECT_EQ(first.numberText, QStringLiteral("Số 01-DS/ĐU"));
    EXPECT_EQ(second.numberText, QStringLiteral("Số 02-DS/ĐU"));
    EXPECT_EQ(first.issueDate, kToday);
    EXPECT_EQ(second.issueDate, kToday);
    // Another kind has its own numbers.
    EXPECT_EQ(issueOne(PrintKind::Statistics).numberText, QStringLiteral("Số 01-BC/ĐU"));

    // The header as 36-HD/VPTW sets it: superior unit, committee, the asterisk, number; title; place and
    // date.
    const QString text = textOf(first.pdf, QStringLiteral("first.pdf"));
    for (const QString& expected :
         {QStringLiteral("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG"), QStringLiteral("ĐẢNG ỦY BỘ NGOẠI GIAO"),
          QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("Số 01-DS/ĐU"),
          QStringLiteral("Hà Nội, ngày 29 tháng 11 năm 2026"), QStringLiteral("Lê Hoàng Quân")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.left(600).toStdString();
    // The asterisk on a line of its own between the committee and the number (the date line may come between
    // in the text's order, being on the right).
    const QString raw = test::pdfText(m_dir.file(QStringLiteral("first.pdf")));
    EXPECT_TRUE(raw.contains(QRegularExpression(
        QStringLiteral("ĐẢNG ỦY BỘ NGOẠI GIAO\\s*\\n(.*\\n)?[ \\t]*\\*[ \\t]*\\n[ \\t]*Số 01-DS/ĐU"))))
        << raw.left(600).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("BẢN NHÁP")));

    // Each number is in the signed audit log with what was issued.
    AuditFilter filter;
    filter.entity = QStringLiteral("document");
    auto entries = AuditService(*m_session).entries(filter);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 3);
    QStringList numbers;
    for (const AuditEntry& e : *entries) {
        EXPECT_EQ(e.action, QStringLiteral("issue"));
        EXPECT_EQ(e.user, test::kAdmin);
        numbers << e.afterJson;
    }
    EXPECT_TRUE(numbers.join(QLatin1Char(' ')).contains(QStringLiteral("Số 02-DS/ĐU")));
}

TEST_F(DocumentRegisterTest, AReprintKeepsItsNumberAndItsBytes)
{
    const IssuedDocument issued = issueOne(PrintKind::Abroad);
    ASSERT_FALSE(issued.pdf.isEmpty());
    EXPECT_EQ(issued.pdfSha256, QCryptographicHash::hash(issued.pdf, QCryptographicHash::Sha256));
    m_clock->set(QDateTime(kToday.addDays(3), QTime(10, 0), Qt::UTC)); // reprinted another day

    DocumentRegisterService service(*m_session);
    auto found = service.find(QStringLiteral("01-ds/đu"));
    ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
    EXPECT_EQ(found->numberText, QStringLiteral("Số 01-DS/ĐU"));
    const QString copy = m_dir.file(QStringLiteral("copy.pdf"));
    ASSERT_TRUE(service.reprint(found->id, copy).ok());
    EXPECT_EQ(test::readAll(copy), issued.pdf);
    EXPECT_EQ(test::fileMode(copy), 0600);
    EXPECT_TRUE(test::pdfText(copy).contains(QStringLiteral("ngày 29 tháng 11 năm 2026")));
    EXPECT_EQ(registerSize(), 1); // a reprint takes no new number
    // The next one continues the register.
    EXPECT_EQ(issueOne(PrintKind::Abroad).numberText, QStringLiteral("Số 02-DS/ĐU"));
}

TEST_F(DocumentRegisterTest, ADraftSaysBanNhapOnEveryPageAndTakesNoNumber)
{
    PrintRequest r = request(PrintKind::Abroad);
    r.draft = true;
    r.issuer.documentNumber = QStringLiteral("Số 25-DS/ĐU"); // a draft prints no number, whatever is asked
    const QString file = m_dir.file(QStringLiteral("draft.pdf"));
    ASSERT_TRUE(PrintService(*m_session).writePdf(r, file).ok());
    const int pages = test::pdfPageCount(file);
    ASSERT_GE(pages, 2);
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(test::pdfText(file, page).contains(QStringLiteral("BẢN NHÁP"))) << page;
    EXPECT_FALSE(test::pdfText(file).contains(QStringLiteral("25-DS")));
    EXPECT_EQ(registerSize(), 0);
    EXPECT_EQ(issueOne(PrintKind::Abroad).numberText, QStringLiteral("Số 01-DS/ĐU"));
}

TEST_F(DocumentRegisterTest, AFailedIssueNeverGivesANumberTwice)
{
    DocumentRegisterService service(*m_session);
    EXPECT_EQ(issueOne(PrintKind::Abroad).number, 1);

    // Bad input takes no number and writes nothing.
    PrintRequest noPeriod = request(PrintKind::Movements);
    noPeriod.from = QDate();
    EXPECT_EQ(service.issue(noPeriod).code(), ErrorCode::Usage);
    EXPECT_EQ(registerSize(), 1);

    // The printout fails after the number was issued: the number stays taken and the document can be
    // reprinted; the next document takes the next number.
    auto lost =
        service.issueToFile(request(PrintKind::Abroad), m_dir.file(QStringLiteral("no/such/dir/x.pdf")));
    ASSERT_FALSE(lost.ok());
    EXPECT_EQ(lost.code(), ErrorCode::Io);
    EXPECT_EQ(registerSize(), 2);
    auto second = service.find(QStringLiteral("Số 02-DS/ĐU"));
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second->pdf.isEmpty());
    EXPECT_EQ(issueOne(PrintKind::Abroad).number, 3);
}

TEST_F(DocumentRegisterTest, NumbersStartAgainFromOneInANewTerm)
{
    EXPECT_EQ(issueOne(PrintKind::Abroad).number, 1);
    EXPECT_EQ(issueOne(PrintKind::Abroad).number, 2);
    CommitteeIdentity id;
    id.termStart = kToday; // the new committee's term starts today (36-HD/VPTW: numbers per term)
    id.symbol = QStringLiteral("ĐUBNG");
    ASSERT_TRUE(DocumentRegisterService(*m_session).setIdentity(id).ok());
    EXPECT_EQ(issueOne(PrintKind::Abroad).numberText, QStringLiteral("Số 01-DS/ĐUBNG"));
    // A symbol that is not capitals or digits is refused and nothing changes.
    id.symbol = QStringLiteral("đu?");
    EXPECT_EQ(DocumentRegisterService(*m_session).setIdentity(id).code(), ErrorCode::Invalid);
    EXPECT_EQ(DocumentRegisterService(*m_session).identity()->symbol, QStringLiteral("ĐUBNG"));
}

TEST_F(DocumentRegisterTest, ReminderLettersAskEachMemberThroughTheirCellOneLetterPerPage)
{
    ASSERT_GT(m_seeded.overdueReports, 1);
    PrintRequest r = request(PrintKind::Reminders);
    r.draft = true;
    auto letters = PrintService(*m_session).documents(r);
    ASSERT_TRUE(letters.ok()) << letters.error().toString().toStdString();
    const int count = static_cast<int>(letters->size());
    EXPECT_EQ(count, m_seeded.overdueReports);
    const QString file = m_dir.file(QStringLiteral("reminders.pdf"));
    ASSERT_TRUE(PrintService(*m_session).writePdf(r, file).ok());
    EXPECT_EQ(test::pdfPageCount(file), count);
    const QString first = test::pdfText(file, 1).simplified();
    for (const QString& expected :
         {QStringLiteral("BẢN NHÁP"), QStringLiteral("Kính gửi: Đồng chí"),
          QStringLiteral(", qua Chi ủy chi bộ"), QStringLiteral("đã quá hạn"),
          QStringLiteral("V/v đôn đốc nộp"),
          // the top committee is district level: its standing committee signs
          QStringLiteral("T/M BAN THƯỜNG VỤ"), QStringLiteral("trước ngày 09/12/2026")})
        EXPECT_TRUE(first.contains(expected)) << expected.toStdString() << "\n" << first.toStdString();

    // Issued: one CV number per letter, in one transaction; the batch PDF holds every letter.
    auto batch = DocumentRegisterService(*m_session).issue(request(PrintKind::Reminders));
    ASSERT_TRUE(batch.ok()) << batch.error().toString().toStdString();
    ASSERT_EQ(batch->documents.size(), count);
    for (int i = 0; i < count; ++i) {
        EXPECT_EQ(batch->documents.at(i).number, i + 1);
        EXPECT_TRUE(batch->documents.at(i).numberText.endsWith(QStringLiteral("-CV/ĐU")));
    }
    const QString all = textOf(batch->pdf, QStringLiteral("issued.pdf"));
    EXPECT_TRUE(all.contains(QStringLiteral("Số 01-CV/ĐU")));
    EXPECT_TRUE(all.contains(QStringLiteral("Số 02-CV/ĐU")));
    EXPECT_FALSE(all.contains(QStringLiteral("BẢN NHÁP")));
    // Each letter alone in the register, as its own paper.
    const QString second = textOf(batch->documents.at(1).pdf, QStringLiteral("second.pdf"));
    EXPECT_TRUE(second.contains(QStringLiteral("Số 02-CV/ĐU")));
    EXPECT_FALSE(second.contains(QStringLiteral("Số 01-CV/ĐU")));

    // The rows chosen on screen only: one letter, to that member.
    ReportDueFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = kToday;
    auto rows = RegisterQueries(m_session->database()).reportsDue(overdue);
    ASSERT_TRUE(rows.ok());
    ASSERT_GT(rows->size(), 1);
    PrintRequest chosen = request(PrintKind::Reminders);
    chosen.draft = true;
    chosen.reportIds = {rows->at(1).reportId};
    const QString one = m_dir.file(QStringLiteral("one.pdf"));
    ASSERT_TRUE(PrintService(*m_session).writePdf(chosen, one).ok());
    EXPECT_EQ(test::pdfPageCount(one), 1);
    EXPECT_TRUE(test::pdfText(one).simplified().contains(
        QStringLiteral("Kính gửi: Đồng chí %1, qua").arg(rows->at(1).memberName)));
    EXPECT_TRUE(test::pdfText(one).simplified().contains(
        QStringLiteral("đã quá hạn %1 ngày").arg(rows->at(1).daysLate)));
}

TEST_F(DocumentRegisterTest, AnAuditorReadsTheRegisterButMayNotIssueOrSetTheIdentity)
{
    AccountService accounts(*m_session);
    ASSERT_TRUE(accounts.addUser(kAuditor, Role::Auditor, kOtherPassphrase).ok());
    ASSERT_TRUE(accounts.addUser(kClerk, Role::Clerk, kOtherPassphrase).ok());
    EXPECT_EQ(issueOne(PrintKind::Abroad).number, 1);

    reopenAs(kAuditor, kOtherPassphrase);
    {
        DocumentRegisterService service(*m_session);
        const auto before = test::tableChecksums(m_session->database());
        EXPECT_EQ(service.issue(request(PrintKind::Abroad)).code(), ErrorCode::PermissionDenied);
        // Refused before anything is read: even a request that names nothing gets the refusal.
        PrintRequest noPeriod;
        noPeriod.kind = PrintKind::Movements;
        EXPECT_EQ(service.issue(noPeriod).code(), ErrorCode::PermissionDenied);
        EXPECT_EQ(service.setIdentity(CommitteeIdentity{}).code(), ErrorCode::PermissionDenied);
        EXPECT_EQ(test::tableChecksums(m_session->database()), before);
        auto listed = service.list();
        ASSERT_TRUE(listed.ok());
        EXPECT_EQ(listed->size(), 1);
        EXPECT_TRUE(service.reprint(listed->first().id, m_dir.file(QStringLiteral("a.pdf"))).ok());
    }

    reopenAs(kClerk, kOtherPassphrase);
    {
        DocumentRegisterService service(*m_session);
        EXPECT_EQ(service.setIdentity(CommitteeIdentity{}).code(), ErrorCode::PermissionDenied);
        EXPECT_EQ(issueOne(PrintKind::Abroad).number, 2); // a clerk issues
    }
}

} // namespace
} // namespace orec::app
