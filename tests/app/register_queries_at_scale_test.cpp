// The register's fast paths (issue 14) give the rows of their definitions, in the same order, on a demo
// department large enough for each path to be taken: the first search page (ranked from the indexes, the
// wide prefix walked in list order) against the general ranked query, a search count from the full-text
// index against the rows, abroad by country against posting_countries, overdue reports against their
// definition in SQL, and a period's statistics against an aggregate written in SQL.
#include "app/demo_generator.h"
#include "app/session.h"
#include "core/enum_codes.h"
#include "storage/member_query.h"
#include "storage/register_queries.h"
#include "support/test_support.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <tuple>

using namespace orec;
using namespace orec::test;

namespace {

const QDate kAsOf(2026, 3, 1);
constexpr int kMembers = 2000;

class RegisterQueriesAtScaleTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TempDir;
        s_clock = new FixedClock(QDateTime(kAsOf, QTime(9, 0), Qt::UTC));
        auto created = createDatabase(s_dir->file(QStringLiteral("scale.orec")), kAdmin, kAdminPassphrase,
                                      fastOptions(s_clock));
        s_session = new app::Session(std::move(created.database));
        app::DemoOptions options;
        options.members = kMembers;
        options.seed = 14;
        options.asOf = kAsOf;
        auto summary = app::DemoGenerator(*s_session, options).generate();
        ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_session;
        delete s_clock;
        delete s_dir;
    }

    static Database& db() { return s_session->database(); }

    static QList<qint64> ids(const QList<MemberRow>& rows)
    {
        QList<qint64> out;
        for (const MemberRow& r : rows)
            out.append(r.id);
        return out;
    }
    static QList<qint64> column(const std::string& sql)
    {
        auto stmt = db().connection().prepare(sql);
        EXPECT_TRUE(stmt.ok()) << sql;
        QList<qint64> out;
        while (stmt.ok() && *stmt->step())
            out.append(stmt->int64(0));
        return out;
    }
    static qint64 single(const std::string& sql) { return *db().connection().queryInt(sql); }

    static inline TempDir* s_dir = nullptr;
    static inline FixedClock* s_clock = nullptr;
    static inline app::Session* s_session = nullptr;
};

const QStringList kTyped = {QStringLiteral("n"),
                            QStringLiteral("ng"),
                            QStringLiteral("nguyen"),
                            QStringLiteral("nguyen "),
                            QStringLiteral("nguyen v"),
                            QStringLiteral("nguyen van"),
                            QStringLiteral("nguyen van d"),
                            QStringLiteral("tran thi"),
                            QStringLiteral("le minh"),
                            QStringLiteral("h"),
                            QStringLiteral("duc"),
                            QStringLiteral("van duc"),
                            QStringLiteral("thi huong"),
                            QStringLiteral("Phạm Thị Thu"),
                            QStringLiteral("anh"),
                            QStringLiteral("t"),
                            QStringLiteral("hoang duc anh"),
                            QStringLiteral("zzz"),
                            QStringLiteral("0"),
                            QStringLiteral("00"),
                            QStringLiteral("1")};

} // namespace

TEST_F(RegisterQueriesAtScaleTest, TheFirstSearchPageIsTheGeneralRankedQuerysFirstPage)
{
    // "n" starts more names than the bound at which the prefix is walked in list order (member_query.cpp).
    const qint64 startWithN =
        single("SELECT count(*) FROM members WHERE name_folded >= 'n' AND name_folded < 'o'");
    ASSERT_GT(startWithN, 2 * std::sqrt(50.0 * kMembers));
    const MemberSort relevance{MemberSortKey::Relevance, false};
    for (const QString& typed : kTyped) {
        SCOPED_TRACE(typed.toStdString());
        auto first = MemberQuery(db()).search(typed, 50);
        ASSERT_TRUE(first.ok());
        MemberFilter f;
        f.text = typed;
        f.today = kAsOf;
        // From the second row on, the general query (every rank as one SQL expression, sorted by SQLite).
        auto rest = MemberQuery(db()).page(f, relevance, 1, 49);
        ASSERT_TRUE(rest.ok());
        if (first->isEmpty()) {
            EXPECT_TRUE(rest->isEmpty());
            continue;
        }
        EXPECT_EQ(ids(*first).mid(1), ids(*rest));
        for (qsizetype i = 1; i < first->size() && i - 1 < rest->size(); ++i)
            EXPECT_EQ(first->at(i).matchRank, rest->at(i - 1).matchRank) << "row " << i;
    }
}

TEST_F(RegisterQueriesAtScaleTest, ASearchCountIsTheNumberOfRowsTheSearchLists)
{
    for (const QString& typed : kTyped + QStringList{QStringLiteral("100"), QStringLiteral("--")}) {
        SCOPED_TRACE(typed.toStdString());
        MemberFilter f;
        f.text = typed;
        f.today = kAsOf;
        auto all = MemberQuery(db()).page(f, {MemberSortKey::Name, false}, 0, kMembers + 1);
        ASSERT_TRUE(all.ok());
        EXPECT_EQ(*MemberQuery(db()).count(f), all->size());
    }
}

TEST_F(RegisterQueriesAtScaleTest, AbroadInACountryAreThoseWhosePostingListsIt)
{
    const QList<QString> countries = [] {
        QList<QString> out;
        auto stmt =
            db().connection().prepare("SELECT DISTINCT country_code FROM posting_countries ORDER BY 1");
        while (*stmt->step())
            out.append(stmt->text(0));
        return out;
    }();
    ASSERT_GT(countries.size(), 5);
    // Made so: a trip abroad now that also covers a second country (the demo's long stays have one).
    ASSERT_TRUE(db().connection()
                    .exec("INSERT INTO posting_countries (posting_id, position, country_code) SELECT id, 1, "
                          "CASE main_country WHEN 'JP' THEN 'KR' ELSE 'JP' END FROM postings WHERE status IN "
                          "('abroad', 'in_overseas_cell') ORDER BY id LIMIT 3")
                    .ok());
    ASSERT_GT(single("SELECT count(*) FROM posting_countries WHERE position > 0"), 0);
    int laterCountryOnly = 0;
    for (const MemberPresence presence : {MemberPresence::Abroad, MemberPresence::Overdue,
                                          MemberPresence::LostContact, MemberPresence::DidNotReturn}) {
        for (const QString& cc : countries) {
            SCOPED_TRACE((cc + QLatin1Char(' ') + QString::number(static_cast<int>(presence))).toStdString());
            MemberFilter f;
            f.presence = presence;
            f.countryCode = cc;
            f.today = kAsOf;
            const std::string status =
                presence == MemberPresence::Abroad
                    ? "p.status IN ('abroad', 'in_overseas_cell', 'lost_contact')"
                : presence == MemberPresence::Overdue
                    ? "p.status IN ('abroad', 'in_overseas_cell') AND p.effective_planned_return < '2026-03-01'"
                : presence == MemberPresence::LostContact
                    ? "p.status = 'lost_contact'"
                    : "p.status = 'did_not_return' AND m.id NOT IN (SELECT member_id FROM postings WHERE status IN "
                      "('abroad', 'in_overseas_cell', 'lost_contact'))";
            const std::string where =
                " FROM postings p JOIN members m ON m.id = p.member_id WHERE " + status +
                " AND EXISTS (SELECT 1 FROM posting_countries pc WHERE pc.posting_id = p.id "
                "AND pc.country_code = '" +
                cc.toStdString() + "')";
            EXPECT_EQ(*MemberQuery(db()).count(f), single("SELECT count(*)" + where));
            auto rows = MemberQuery(db()).page(f, {MemberSortKey::Name, false}, 0, kMembers);
            ASSERT_TRUE(rows.ok());
            EXPECT_EQ(ids(*rows), column("SELECT m.id" + where + " ORDER BY m.name_sort, m.id"));
            laterCountryOnly += static_cast<int>(
                single("SELECT count(*)" + where + " AND p.main_country != '" + cc.toStdString() + "'"));
        }
    }
    EXPECT_GT(laterCountryOnly, 0); // trips found by a second or later country, not the first
}

TEST_F(RegisterQueriesAtScaleTest, OverdueAndDueReportsAreThoseTheirDefinitionSelects)
{
    // Made so: one posting cancelled with its open reports left due, which the lists must not show.
    ASSERT_TRUE(
        db().connection()
            .exec("UPDATE postings SET status = 'cancelled' WHERE id = (SELECT r.posting_id FROM reports r "
                  "WHERE r.received_date IS NULL AND r.due_date < '2026-03-01' AND r.posting_id IS NOT NULL "
                  "ORDER BY r.id LIMIT 1)")
            .ok());
    const std::string open =
        "FROM reports r JOIN members m ON m.id = r.member_id WHERE r.received_date IS NULL "
        "AND r.due_date IS NOT NULL AND (r.posting_id IS NULL OR r.posting_id NOT IN "
        "(SELECT id FROM postings WHERE status = 'cancelled')) AND ";
    struct Case
    {
        ReportDueFilter filter;
        std::string where;
    };
    ReportDueFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = kAsOf;
    ReportDueFilter soon;
    soon.withinDays = 30;
    soon.includeOverdue = false;
    soon.today = kAsOf;
    ReportDueFilter both = soon;
    both.includeOverdue = true;
    for (const Case& c : {Case{overdue, "r.due_date < '2026-03-01'"},
                          Case{soon, "r.due_date >= '2026-03-01' AND r.due_date <= '2026-03-31'"},
                          Case{both, "r.due_date <= '2026-03-31'"}}) {
        SCOPED_TRACE(c.where);
        const qint64 expected = single("SELECT count(*) " + open + c.where);
        ASSERT_GT(expected, 0);
        EXPECT_EQ(*RegisterQueries(db()).countReportsDue(c.filter), expected);
        auto page = RegisterQueries(db()).reportsDue(c.filter, 0, 100);
        ASSERT_TRUE(page.ok());
        QList<qint64> got;
        for (const ReportDueRow& r : *page)
            got.append(r.reportId);
        EXPECT_EQ(got, column("SELECT r.id " + open + c.where +
                              " ORDER BY r.due_date, m.name_sort, r.id LIMIT 100"));
    }
}

TEST_F(RegisterQueriesAtScaleTest, StatisticsAreTheAggregateOfThePostingsAbroadInThePeriod)
{
    for (const auto& [from, to] :
         {std::pair{QDate(2025, 1, 1), QDate(2025, 12, 31)}, std::pair{QDate(2026, 1, 1), QDate(2026, 3, 1)},
          std::pair{QDate(2014, 1, 1), QDate(2026, 3, 1)},
          std::pair{QDate(2024, 7, 14), QDate(2024, 7, 14)}}) {
        SCOPED_TRACE(from.toString(Qt::ISODate).toStdString());
        auto stats = RegisterQueries(db()).statistics(from, to);
        ASSERT_TRUE(stats.ok());
        const std::string f = "'" + from.toString(Qt::ISODate).toStdString() + "'";
        const std::string t = "'" + to.toString(Qt::ISODate).toStdString() + "'";
        // Abroad at some time in [from, to], written as one condition rather than the query's three ranges.
        const std::string abroad =
            "FROM postings p LEFT JOIN party_units c ON c.id = p.overseas_cell_id WHERE "
            "p.actual_departure IS NOT NULL AND p.actual_departure <= " +
            t + " AND (p.actual_departure >= " + f + " OR p.actual_return >= " + f +
            " OR (p.actual_return IS NULL AND coalesce(p.did_not_return_date, "
            "'9999-12-31') >= " +
            f + "))";
        ASSERT_GT(single("SELECT count(*) " + abroad), 0);
        EXPECT_EQ(stats->postings, single("SELECT count(*) " + abroad));
        EXPECT_EQ(stats->members, single("SELECT count(DISTINCT p.member_id) " + abroad));
        EXPECT_EQ(stats->departures, single("SELECT count(*) " + abroad + " AND p.actual_departure >= " + f));
        EXPECT_EQ(stats->returns, single("SELECT count(*) " + abroad + " AND p.actual_return >= " + f +
                                         " AND p.actual_return <= " + t));
        EXPECT_EQ(stats->unapprovedDepartures,
                  single("SELECT count(*) " + abroad + " AND p.actual_departure >= " + f +
                         " AND p.departed_without_approval = 1"));
        // By country and cell type, in the list's order: country, then the cell type's code, no cell first.
        QStringList expected;
        {
            auto stmt =
                db().connection().prepare("SELECT p.main_country, coalesce(c.cell_type, ''), count(*), "
                                          "count(DISTINCT p.member_id) " +
                                          abroad + " GROUP BY 1, 2 ORDER BY 1, 2");
            while (*stmt->step())
                expected.append(stmt->text(0) + QLatin1Char('/') + stmt->text(1) + QLatin1Char('/') +
                                QString::number(stmt->int64(2)) + QLatin1Char('/') +
                                QString::number(stmt->int64(3)));
        }
        QStringList got;
        for (const CountryCellTypeCount& c : stats->byCountryAndCellType)
            got.append(c.countryCode + QLatin1Char('/') + (c.cellType ? codeName(*c.cellType) : QString()) +
                       QLatin1Char('/') + QString::number(c.postings) + QLatin1Char('/') +
                       QString::number(c.members));
        EXPECT_EQ(got, expected);
        // By purpose, in the order of PostingPurpose.
        std::map<int, std::tuple<int, int, int, int>> byPurpose;
        {
            auto stmt = db().connection().prepare(
                "SELECT p.purpose, count(*), count(DISTINCT p.member_id), sum(p.actual_departure >= " + f +
                "), sum(p.actual_return >= " + f + " AND p.actual_return <= " + t + ") " + abroad +
                " GROUP BY 1");
            while (*stmt->step())
                byPurpose[static_cast<int>(*fromCodeName<PostingPurpose>(stmt->text(0)))] = {
                    static_cast<int>(stmt->int64(1)), static_cast<int>(stmt->int64(2)),
                    static_cast<int>(stmt->int64(3)), static_cast<int>(stmt->int64(4))};
        }
        ASSERT_EQ(stats->byPurpose.size(), static_cast<qsizetype>(byPurpose.size()));
        auto expectedPurpose = byPurpose.begin();
        for (const PurposeCount& c : stats->byPurpose) {
            EXPECT_EQ(static_cast<int>(c.purpose), expectedPurpose->first);
            EXPECT_EQ(std::make_tuple(c.postings, c.members, c.departures, c.returns),
                      expectedPurpose->second);
            ++expectedPurpose;
        }
    }
}
