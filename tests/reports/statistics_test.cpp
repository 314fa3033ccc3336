// The storage queries behind the movements list and the statistical report (departures and returns in a
// period, reports on time and late), and the statistical PDF with its figures and a dashboard chart.
#include "app/print_service.h"
#include "pdf_tools.h"
#include "register_fixture.h"
#include "storage/member_repository.h"
#include "storage/posting_repository.h"
#include "storage/register_queries.h"
#include "storage/report_repository.h"
#include "support/test_support.h"

#include <QImage>
#include <QPainter>
#include <gtest/gtest.h>

namespace orec::app {
namespace {

const QDate kToday(2026, 11, 29);

class StatisticsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0), Qt::UTC));
        auto created = test::createDatabase(m_dir.file(QStringLiteral("s.orec")), test::kAdmin,
                                            test::kAdminPassphrase, test::fastOptions(m_clock.get()));
        m_session = std::make_unique<Session>(std::move(created.database));
        m_seeded = test::seedRegister(db(), 60, kToday);
    }

    Database& db() { return m_session->database(); }

    // Reports of one posting with the dates given; returns the posting.
    Posting postingWithReports(int memberIndex, PostingStatus status,
                               const QList<std::pair<QDate, QDate>>& dueAndReceived)
    {
        WriteScope scope(db());
        EXPECT_TRUE(scope.status().ok());
        Posting p;
        p.memberId = m_seeded.memberIds.at(memberIndex);
        p.purpose = PostingPurpose::Tourism;
        p.countryCodes = {QStringLiteral("TH"), QStringLiteral("LA")};
        p.plannedDeparture = QDate(2031, 1, 1);
        p.plannedReturn = QDate(2031, 1, 10);
        p.status = status;
        if (status == PostingStatus::Cancelled)
            p.cancelledDate = QDate(2030, 12, 1);
        EXPECT_TRUE(PostingRepository(db()).insert(scope, p).ok());
        ReportRepository reports(db());
        for (const auto& [due, received] : dueAndReceived) {
            Report r;
            r.kind = ReportKind::Return;
            r.postingId = p.id;
            r.memberId = p.memberId;
            r.dueDate = due;
            r.receivedDate = received;
            EXPECT_TRUE(reports.insert(scope, r).ok());
        }
        EXPECT_TRUE(scope.commit().ok());
        return p;
    }

    test::TempDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Session> m_session;
    test::SeededRegister m_seeded;
};

TEST_F(StatisticsTest, DeparturesAndReturnsInAPeriodAreExactlyThoseOfTheRegisterByDayThenName)
{
    const QDate from = kToday.addDays(-90);
    RegisterQueries queries(db());
    auto departures = queries.departuresIn(from, kToday);
    auto returns = queries.returnsIn(from, kToday);
    ASSERT_TRUE(departures.ok());
    ASSERT_TRUE(returns.ok());
    EXPECT_EQ(departures->size(), m_seeded.departedInPeriod);
    EXPECT_EQ(returns->size(), m_seeded.returnedInPeriod);
    ASSERT_GT(departures->size(), 3);
    ASSERT_GT(returns->size(), 3);

    // The same answer as a pass over every posting.
    QSet<qint64> left, back;
    ASSERT_TRUE(PostingRepository(db())
                    .forEach([&](const Posting& p) {
                        if (p.actualDeparture.isValid() && p.actualDeparture >= from &&
                            p.actualDeparture <= kToday)
                            left.insert(p.id);
                        if (p.actualReturn.isValid() && p.actualReturn >= from && p.actualReturn <= kToday)
                            back.insert(p.id);
                        return true;
                    })
                    .ok());
    QSet<qint64> gotLeft, gotBack;
    for (const PostingMovementRow& r : *departures)
        gotLeft.insert(r.postingId);
    for (const PostingMovementRow& r : *returns)
        gotBack.insert(r.postingId);
    EXPECT_EQ(gotLeft, left);
    EXPECT_EQ(gotBack, back);

    for (qsizetype i = 1; i < departures->size(); ++i)
        EXPECT_LE(departures->at(i - 1).departure, departures->at(i).departure);
    for (qsizetype i = 1; i < returns->size(); ++i)
        EXPECT_LE(returns->at(i - 1).actualReturn, returns->at(i).actualReturn);
    const PostingMovementRow& r = returns->first();
    auto member = MemberRepository(db()).get(r.memberId);
    ASSERT_TRUE(member.ok());
    EXPECT_EQ(r.fullName, member->fullName);
    EXPECT_EQ(r.partyCardNumber, member->partyCardNumber);
    EXPECT_FALSE(r.homeUnitName.isEmpty());
    EXPECT_EQ(r.status, PostingStatus::Returned);
    EXPECT_FALSE(r.decisionNumber.isEmpty());
    EXPECT_TRUE(r.plannedReturn.isValid());

    // A trip to several countries lists them in order; an empty or reversed period lists nothing.
    const Posting two = postingWithReports(3, PostingStatus::Planned, {});
    Posting moved = *PostingRepository(db()).get(two.id);
    moved.actualDeparture = QDate(2031, 1, 2);
    moved.status = PostingStatus::Abroad;
    moved.approvalDate = QDate(2030, 12, 20);
    moved.approvingCommitteeId = m_seeded.committeeId;
    {
        WriteScope scope(db());
        ASSERT_TRUE(PostingRepository(db()).update(scope, moved).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    auto far = queries.departuresIn(QDate(2031, 1, 1), QDate(2031, 1, 31));
    ASSERT_TRUE(far.ok());
    ASSERT_EQ(far->size(), 1);
    EXPECT_EQ(far->first().countryCodes, (QStringList{QStringLiteral("TH"), QStringLiteral("LA")}));
    EXPECT_TRUE(queries.departuresIn(kToday, from)->isEmpty());
}

TEST_F(StatisticsTest, ReportsDueInAPeriodCountedOnTimeLateOverdueAndNotYetDue)
{
    // In a period of its own (2031), so the seeded register adds nothing.
    postingWithReports(1, PostingStatus::Returned,
                       {{QDate(2031, 2, 1), QDate(2031, 1, 30)},                     // on time
                        {QDate(2031, 2, 10), QDate(2031, 2, 10)},                    // on time: on the day
                        {QDate(2031, 2, 15), QDate(2031, 2, 20)},                    // late
                        {QDate(2031, 3, 1), QDate()},                                // overdue on 15/03
                        {QDate(2031, 3, 20), QDate()},                               // not yet due on 15/03
                        {QDate(2031, 4, 2), QDate()}});                              // after the period
    postingWithReports(2, PostingStatus::Cancelled, {{QDate(2031, 2, 5), QDate()}}); // owes nothing
    RegisterQueries queries(db());
    auto c = queries.reportTimeliness(QDate(2031, 1, 1), QDate(2031, 3, 31), QDate(2031, 3, 15));
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->due, 5);
    EXPECT_EQ(c->receivedOnTime, 2);
    EXPECT_EQ(c->receivedLate, 1);
    EXPECT_EQ(c->overdue, 1);
    EXPECT_EQ(c->notYetDue, 1);
    // Judged later, the one not yet due is overdue too.
    EXPECT_EQ(queries.reportTimeliness(QDate(2031, 1, 1), QDate(2031, 3, 31), QDate(2031, 6, 1))->overdue, 2);
    EXPECT_FALSE(queries.reportTimeliness(QDate(2031, 3, 31), QDate(2031, 1, 1)).ok());

    // The seeded register: returned postings owe a return report 15 days after return, every other
    // one received three days early.
    auto seeded = queries.reportTimeliness(QDate(2000, 1, 1), kToday, kToday);
    ASSERT_TRUE(seeded.ok());
    EXPECT_EQ(seeded->receivedLate, 0);
    EXPECT_EQ(seeded->overdue, m_seeded.overdueReports);
    EXPECT_GT(seeded->receivedOnTime, 0);
}

TEST_F(StatisticsTest, TheStatisticalPdfShowsDeparturesReturnsAndReportsOnTimeAndLate)
{
    postingWithReports(
        1, PostingStatus::Returned,
        {{kToday.addDays(-30), kToday.addDays(-31)}, {kToday.addDays(-20), kToday.addDays(-2)}});
    PrintRequest request;
    request.kind = PrintKind::Statistics;
    request.asOf = kToday;
    request.from = kToday.addDays(-90);
    request.to = kToday;
    auto counts = RegisterQueries(db()).reportTimeliness(request.from, request.to, kToday);
    ASSERT_TRUE(counts.ok());
    ASSERT_EQ(counts->receivedLate, 1);
    auto stats = RegisterQueries(db()).statistics(request.from, request.to);
    ASSERT_TRUE(stats.ok());

    const QString pdf = m_dir.file(QStringLiteral("statistics.pdf"));
    const Status written = PrintService(*m_session).writePdf(request, pdf);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    const QString text = test::pdfText(pdf).simplified();
    const auto line = [&](const QString& label, int n) {
        EXPECT_TRUE(text.contains(label + QLatin1Char(' ') + QString::number(n)))
            << label.toStdString() << " " << n << "\n"
            << text.left(1500).toStdString();
    };
    line(QStringLiteral("Lượt đi nước ngoài trong kỳ"), m_seeded.departedInPeriod);
    line(QStringLiteral("Lượt về nước trong kỳ"), m_seeded.returnedInPeriod);
    EXPECT_EQ(stats->departures, m_seeded.departedInPeriod);
    EXPECT_EQ(stats->returns, m_seeded.returnedInPeriod);
    line(QStringLiteral("– nộp đúng hạn"), counts->receivedOnTime);
    line(QStringLiteral("– nộp muộn"), counts->receivedLate);
    line(QStringLiteral("– quá hạn chưa nộp"), counts->overdue);
}

TEST_F(StatisticsTest, AChartSavedFromTheDashboardAppearsInTheStatisticalPdf)
{
    // What the dashboard saves: a PNG of its chart. A colour no drawn chart uses makes it findable.
    QImage chart(900, 450, QImage::Format_RGB32);
    chart.fill(Qt::white);
    {
        QPainter painter(&chart);
        painter.fillRect(QRect(100, 100, 700, 250), QColor(0, 200, 0));
    }
    const QString png = m_dir.file(QStringLiteral("dashboard-chart.png"));
    ASSERT_TRUE(chart.save(png));

    PrintRequest request;
    request.kind = PrintKind::Statistics;
    request.asOf = kToday;
    request.from = kToday.addDays(-365);
    request.to = kToday;
    const auto greenPages = [&](const QString& pdf) {
        int pages = 0;
        for (int page = 1; page <= test::pdfPageCount(pdf); ++page) {
            const QImage image(test::pdfPagePng(pdf, page, 40));
            int green = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    green += (c.green() > 150 && c.red() < 60 && c.blue() < 60) ? 1 : 0;
                }
            }
            pages += green > 200 ? 1 : 0;
        }
        return pages;
    };
    const QString drawn = m_dir.file(QStringLiteral("drawn.pdf"));
    ASSERT_TRUE(PrintService(*m_session).writePdf(request, drawn).ok());
    EXPECT_EQ(greenPages(drawn), 0);

    request.dashboardChart = QImage(png);
    ASSERT_FALSE(request.dashboardChart.isNull());
    auto doc = PrintService(*m_session).document(request);
    ASSERT_TRUE(doc.ok());
    int images = 0;
    for (const reports::DocumentBlock& b : doc->blocks)
        images += b.kind == reports::BlockKind::Image ? 1 : 0;
    EXPECT_EQ(images, 1);
    const QString saved = m_dir.file(QStringLiteral("with-chart.pdf"));
    ASSERT_TRUE(PrintService(*m_session).writePdf(request, saved).ok());
    EXPECT_EQ(greenPages(saved), 1);
    EXPECT_TRUE(test::pdfText(saved).contains(QStringLiteral("IV. BIỂU ĐỒ")));
}

} // namespace
} // namespace orec::app
