// The register's queries against a small hand-built department with exact expected answers: the member
// list with every filter, search with and without diacritics, reports due, statistics, probation,
// departures without approval and a member's history.
#include "storage/member_query.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/register_queries.h"
#include "storage/report_repository.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

// Today is Monday 2 March 2026.
const QDate kToday(2026, 3, 2);

class RegisterQueriesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_created = std::make_unique<Database::Created>(createDatabase(
            m_dir.file(QStringLiteral("q.orec")), kAdmin, kAdminPassphrase, fastOptions(&m_clock)));
        WriteScope scope(db());
        ASSERT_TRUE(scope.status().ok());
        build(scope);
        ASSERT_TRUE(scope.commit().ok());
    }

    Database& db() { return *m_created->database; }

    qint64 unit(WriteScope& scope, const QString& code, UnitKind kind, qint64 parent,
                std::optional<CellType> type = {}, const QString& country = {})
    {
        PartyUnit u;
        u.code = code;
        u.name = QStringLiteral("Đơn vị ") + code;
        u.kind = kind;
        u.parentId = parent;
        u.cellType = type;
        u.countryCode = country;
        u.overseas = type.has_value() || code == QLatin1String("DUBNG");
        EXPECT_TRUE(PartyUnitRepository(db()).insert(scope, u).ok());
        m_units.insert(code, u.id);
        return u.id;
    }

    qint64 member(WriteScope& scope, const QString& name, const QString& card, const QString& citizen,
                  qint64 home, QDate admitted = QDate(2010, 1, 5), QDate full = QDate(2011, 1, 5))
    {
        Member m;
        m.fullName = name;
        m.partyCardNumber = card;
        m.citizenId = citizen;
        m.homeUnitId = home;
        m.dateOfBirth = QDate(1980, 6, 1);
        m.admissionDate = admitted;
        m.fullMembershipDate = full;
        EXPECT_TRUE(MemberRepository(db()).insert(scope, m).ok());
        return m.id;
    }

    qint64 posting(WriteScope& scope, qint64 memberId, PostingPurpose purpose, const QString& country,
                   PostingStatus status, QDate departed, QDate plannedReturn, QDate returned = {},
                   qint64 cell = 0)
    {
        Posting p;
        p.memberId = memberId;
        p.purpose = purpose;
        p.countryCodes = {country};
        p.status = status;
        p.plannedDeparture = departed.isValid() ? departed : QDate(2026, 3, 5);
        p.plannedReturn = plannedReturn;
        p.actualDeparture = departed;
        p.actualReturn = returned;
        p.overseasCellId = cell;
        if (status == PostingStatus::LostContact)
            p.lostContactSince = departed.addDays(200);
        EXPECT_TRUE(PostingRepository(db()).insert(scope, p).ok());
        return p.id;
    }

    qint64 report(WriteScope& scope, ReportKind kind, qint64 memberId, qint64 postingId, QDate due,
                  QDate received = {})
    {
        Report r;
        r.kind = kind;
        r.memberId = memberId;
        r.postingId = postingId;
        r.dueDate = due;
        r.ruleSetVersion = 1;
        r.receivedDate = received;
        EXPECT_TRUE(ReportRepository(db()).insert(scope, r).ok());
        return r.id;
    }

    void build(WriteScope& scope)
    {
        const qint64 duT = unit(scope, QStringLiteral("DU-T"), UnitKind::Committee, 0);
        const qint64 cbA = unit(scope, QStringLiteral("CB-A"), UnitKind::Cell, duT);
        const qint64 cbB = unit(scope, QStringLiteral("CB-B"), UnitKind::Cell, duT);
        const qint64 duX = unit(scope, QStringLiteral("DU-X"), UnitKind::Committee, 0);
        const qint64 cbX = unit(scope, QStringLiteral("CB-X"), UnitKind::Cell, duX);
        const qint64 bng = unit(scope, QStringLiteral("DUBNG"), UnitKind::Committee, 0);
        const qint64 jp = unit(scope, QStringLiteral("CB-JP-LHS"), UnitKind::Cell, bng, CellType::Student,
                               QStringLiteral("JP"));
        unit(scope, QStringLiteral("CB-KR-LD"), UnitKind::Cell, bng, CellType::Labour, QStringLiteral("KR"));
        const qint64 la = unit(scope, QStringLiteral("CB-LA-CG"), UnitKind::Cell, bng, CellType::Expert,
                               QStringLiteral("LA"));

        m_duc = member(scope, QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("10000001"),
                       QStringLiteral("001085000001"), cbA);
        m_lan = member(scope, QStringLiteral("Trần Thị Lan"), QStringLiteral("10000002"),
                       QStringLiteral("001190000002"), cbA);
        m_leDuc = member(scope, QStringLiteral("Lê Văn Đức"), QStringLiteral("10000003"),
                         QStringLiteral("001085000003"), cbB);
        m_anh = member(scope, QStringLiteral("Phạm Thị Ánh"), QString(), QStringLiteral("001195000004"), cbB,
                       QDate(2025, 4, 10), QDate());
        m_doAnh = member(scope, QStringLiteral("Đỗ Đức Anh"), QStringLiteral("10000005"), QString(), cbX);
        m_hoangDuc =
            member(scope, QStringLiteral("Hoàng Minh Đức"), QStringLiteral("10000006"), QString(), cbX);
        m_nguyenDuc = member(scope, QStringLiteral("Nguyễn Đức"), QStringLiteral("20000007"), QString(), cbX);
        m_ducAnh =
            member(scope, QStringLiteral("Nguyễn Văn Đức Anh"), QStringLiteral("20000008"), QString(), cbX);

        m_ducPosting = posting(scope, m_duc, PostingPurpose::Study, QStringLiteral("JP"),
                               PostingStatus::InOverseasCell, QDate(2024, 9, 2), QDate(2026, 9, 1), {}, jp);
        report(scope, ReportKind::PreDeparture, m_duc, m_ducPosting, QDate(2024, 9, 1), QDate(2024, 8, 25));
        m_lanPosting = posting(scope, m_lan, PostingPurpose::Labour, QStringLiteral("KR"),
                               PostingStatus::Abroad, QDate(2024, 1, 15), QDate(2026, 1, 15));
        report(scope, ReportKind::Return, m_lan, m_lanPosting, QDate());
        posting(scope, m_leDuc, PostingPurpose::Expert, QStringLiteral("LA"), PostingStatus::LostContact,
                QDate(2025, 1, 10), QDate(2027, 1, 10), {}, la);
        // Đỗ Đức Anh: a private trip back on Friday 20 February (due 7 working days later, 3 March) and an
        // official one back on 10 January whose report (due 25 January) never came.
        m_tripA =
            posting(scope, m_doAnh, PostingPurpose::Tourism, QStringLiteral("TH"), PostingStatus::Returned,
                    QDate(2026, 2, 14), QDate(2026, 2, 20), QDate(2026, 2, 20));
        m_reportA = report(scope, ReportKind::Return, m_doAnh, m_tripA, QDate(2026, 3, 3));
        m_tripB =
            posting(scope, m_doAnh, PostingPurpose::OfficialMission, QStringLiteral("FR"),
                    PostingStatus::Returned, QDate(2025, 12, 20), QDate(2026, 1, 10), QDate(2026, 1, 10));
        m_reportB = report(scope, ReportKind::Return, m_doAnh, m_tripB, QDate(2026, 1, 25));
        report(scope, ReportKind::PreDeparture, m_doAnh, m_tripB, QDate(2025, 12, 20), QDate(2025, 12, 15));
        // Hoàng Minh Đức left for China without approval.
        Posting unapproved;
        unapproved.memberId = m_hoangDuc;
        unapproved.purpose = PostingPurpose::FamilyVisit;
        unapproved.countryCodes = {QStringLiteral("CN")};
        unapproved.status = PostingStatus::Abroad;
        unapproved.plannedDeparture = QDate(2026, 2, 1);
        unapproved.plannedReturn = QDate(2026, 3, 20);
        unapproved.actualDeparture = QDate(2026, 2, 1);
        unapproved.departedWithoutApproval = true;
        ASSERT_TRUE(PostingRepository(db()).insert(scope, unapproved).ok());
        m_unapproved = unapproved.id;
        // A cancelled trip owes nothing, even with a report that would be due.
        const qint64 cancelled = posting(scope, m_nguyenDuc, PostingPurpose::Tourism, QStringLiteral("SG"),
                                         PostingStatus::Cancelled, QDate(), QDate(2026, 3, 12));
        report(scope, ReportKind::PreDeparture, m_nguyenDuc, cancelled, QDate(2026, 3, 5));
        // The probationary member's annual rating, dated by hand.
        Report rating;
        rating.kind = ReportKind::AnnualRating;
        rating.memberId = m_anh;
        rating.dueDate = QDate(2026, 3, 20);
        ASSERT_TRUE(ReportRepository(db()).insert(scope, rating).ok());
        m_rating = rating.id;
    }

    QList<qint64> ids(const QList<MemberRow>& rows)
    {
        QList<qint64> out;
        for (const MemberRow& r : rows)
            out.append(r.id);
        return out;
    }

    QList<qint64> list(MemberFilter filter, MemberSort sort = {MemberSortKey::Name, false})
    {
        filter.today = kToday;
        auto rows = MemberQuery(db()).page(filter, sort, 0, 100);
        EXPECT_TRUE(rows.ok());
        auto n = MemberQuery(db()).count(filter);
        EXPECT_TRUE(n.ok());
        EXPECT_EQ(*n, rows->size());
        return ids(*rows);
    }

    QList<qint64> search(const QString& text)
    {
        auto rows = MemberQuery(db()).search(text, 50);
        EXPECT_TRUE(rows.ok());
        return ids(*rows);
    }

    TempDir m_dir;
    FixedClock m_clock{QDateTime(kToday, QTime(8, 0), Qt::UTC)};
    std::unique_ptr<Database::Created> m_created;
    QHash<QString, qint64> m_units;
    qint64 m_duc = 0, m_lan = 0, m_leDuc = 0, m_anh = 0, m_doAnh = 0, m_hoangDuc = 0, m_nguyenDuc = 0,
           m_ducAnh = 0;
    qint64 m_ducPosting = 0, m_lanPosting = 0, m_tripA = 0, m_tripB = 0, m_unapproved = 0;
    qint64 m_reportA = 0, m_reportB = 0, m_rating = 0;
};

} // namespace

TEST_F(RegisterQueriesTest, EveryoneInVietnameseListOrder)
{
    // Given names first (Anh, Ánh, Đức, Lan), then family and middle names word by word.
    EXPECT_EQ(list({}),
              (QList<qint64>{m_doAnh, m_ducAnh, m_anh, m_hoangDuc, m_leDuc, m_nguyenDuc, m_duc, m_lan}));
    MemberSort descending{MemberSortKey::Name, true};
    EXPECT_EQ(list({}, descending),
              (QList<qint64>{m_lan, m_duc, m_nguyenDuc, m_leDuc, m_hoangDuc, m_anh, m_ducAnh, m_doAnh}));
}

TEST_F(RegisterQueriesTest, PagesAreSlicesOfTheWholeList)
{
    MemberFilter filter;
    filter.today = kToday;
    auto page = MemberQuery(db()).page(filter, {MemberSortKey::Name, false}, 2, 3);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(ids(*page), (QList<qint64>{m_anh, m_hoangDuc, m_leDuc}));
    EXPECT_TRUE(MemberQuery(db()).page(filter, {MemberSortKey::Name, false}, 8, 3)->isEmpty());
}

TEST_F(RegisterQueriesTest, WhereEachMemberIsNow)
{
    MemberFilter f;
    f.presence = MemberPresence::Abroad;
    EXPECT_EQ(list(f), (QList<qint64>{m_hoangDuc, m_leDuc, m_duc, m_lan}));
    f.presence = MemberPresence::Overdue;
    EXPECT_EQ(list(f), QList<qint64>{m_lan});
    f.presence = MemberPresence::LostContact;
    EXPECT_EQ(list(f), QList<qint64>{m_leDuc});
    f.presence = MemberPresence::AtHome;
    EXPECT_EQ(list(f), (QList<qint64>{m_doAnh, m_ducAnh, m_anh, m_nguyenDuc}));

    auto lan = MemberQuery(db()).row(m_lan, kToday);
    ASSERT_TRUE(lan.ok());
    EXPECT_EQ(lan->presence, MemberPresence::Overdue);
    EXPECT_EQ(lan->daysOverdue, 46); // planned return 15 January
    EXPECT_EQ(lan->countryCode, QStringLiteral("KR"));
    auto duc = MemberQuery(db()).row(m_duc, kToday);
    EXPECT_EQ(duc->presence, MemberPresence::Abroad);
    EXPECT_EQ(duc->cellCode, QStringLiteral("CB-JP-LHS"));
    EXPECT_EQ(duc->cellType, CellType::Student);
    EXPECT_EQ(duc->homeUnitCode, QStringLiteral("CB-A"));
    EXPECT_EQ(MemberQuery(db()).row(m_doAnh, kToday)->presence, MemberPresence::AtHome);
}

TEST_F(RegisterQueriesTest, AbroadByCountryCellTypePurposeAndHomeUnit)
{
    MemberFilter f;
    f.countryCode = QStringLiteral("jp");
    EXPECT_EQ(list(f), QList<qint64>{m_duc});
    f = {};
    f.cellType = CellType::Expert;
    EXPECT_EQ(list(f), QList<qint64>{m_leDuc});
    f = {};
    f.purpose = PostingPurpose::Labour;
    EXPECT_EQ(list(f), QList<qint64>{m_lan});
    f = {};
    f.cellId = m_units.value(QStringLiteral("CB-JP-LHS"));
    EXPECT_EQ(list(f), QList<qint64>{m_duc});
    f = {};
    f.homeUnitId = m_units.value(QStringLiteral("DU-T")); // the committee and its two cells
    EXPECT_EQ(list(f), (QList<qint64>{m_anh, m_leDuc, m_duc, m_lan}));
    f.presence = MemberPresence::Abroad;
    EXPECT_EQ(list(f), (QList<qint64>{m_leDuc, m_duc, m_lan}));
    f = {};
    f.presence = MemberPresence::AtHome;
    f.countryCode = QStringLiteral("JP"); // nobody at home is in Japan
    EXPECT_TRUE(list(f).isEmpty());
    f = {};
    f.probationaryOnly = true;
    EXPECT_EQ(list(f), QList<qint64>{m_anh});
    f = {};
    f.presence = MemberPresence::Abroad;
    EXPECT_EQ(list(f, {MemberSortKey::PlannedReturn, false}),
              (QList<qint64>{m_lan, m_hoangDuc, m_duc, m_leDuc}));
    EXPECT_EQ(list(f, {MemberSortKey::Country, false}), (QList<qint64>{m_hoangDuc, m_duc, m_lan, m_leDuc}));
}

TEST_F(RegisterQueriesTest, SearchFindsTheSameMembersWithOrWithoutDiacriticsInAnyCaseAndForm)
{
    const QList<qint64> expected{m_duc, m_ducAnh}; // exact first, then the name that starts with it
    EXPECT_EQ(search(QStringLiteral("nguyen van duc")), expected);
    EXPECT_EQ(search(QStringLiteral("NGUYEN VAN DUC")), expected);
    EXPECT_EQ(search(QStringLiteral("Nguyễn Văn Đức")), expected);
    EXPECT_EQ(search(QStringLiteral("Nguyễn Văn Đức").normalized(QString::NormalizationForm_D)), expected);
    EXPECT_EQ(search(QStringLiteral("  nguyễn   VĂN đức ")), expected);

    auto rows = MemberQuery(db()).search(QStringLiteral("nguyen van duc"));
    EXPECT_EQ(rows->at(0).matchRank, MatchRank::Exact);
    EXPECT_EQ(rows->at(1).matchRank, MatchRank::Prefix);
}

TEST_F(RegisterQueriesTest, SearchRanksExactPrefixGivenNameWordContainsAndNamesWithinEachRank)
{
    // Nobody is called just "Đức": those whose given name is Đức come first (in list order), then
    // those with Đức as a middle name.
    EXPECT_EQ(search(QStringLiteral("duc")),
              (QList<qint64>{m_hoangDuc, m_leDuc, m_nguyenDuc, m_duc, m_doAnh, m_ducAnh}));
    EXPECT_EQ(search(QStringLiteral("van duc")), (QList<qint64>{m_leDuc, m_duc, m_ducAnh}));
    EXPECT_EQ(search(QStringLiteral("du")),
              (QList<qint64>{m_doAnh, m_ducAnh, m_hoangDuc, m_leDuc, m_nguyenDuc, m_duc}));
    {
        auto rows = MemberQuery(db()).search(QStringLiteral("Đức"), 50);
        ASSERT_TRUE(rows.ok());
        ASSERT_EQ(rows->size(), 6);
        EXPECT_EQ(rows->at(0).matchRank, MatchRank::GivenName);
        EXPECT_EQ(rows->at(4).matchRank, MatchRank::Word);
    }
    // The general page query (a later page, or a search with a filter) ranks the same way.
    MemberFilter f;
    f.text = QStringLiteral("duc");
    f.today = kToday;
    auto later = MemberQuery(db()).page(f, {MemberSortKey::Relevance, false}, 1, 100);
    ASSERT_TRUE(later.ok());
    EXPECT_EQ(ids(*later), (QList<qint64>{m_leDuc, m_nguyenDuc, m_duc, m_doAnh, m_ducAnh}));
    EXPECT_EQ(later->at(3).matchRank, MatchRank::Word);
    // "nguyen duc": the exact name first; "Nguyễn Văn Đức" and "… Đức Anh" contain both words.
    EXPECT_EQ(search(QStringLiteral("nguyen duc")), (QList<qint64>{m_nguyenDuc, m_ducAnh, m_duc}));
    // Words in any order, each as the start of a word.
    EXPECT_EQ(search(QStringLiteral("lan tr")), QList<qint64>{m_lan});
    EXPECT_EQ(search(QStringLiteral("ng")), (QList<qint64>{m_ducAnh, m_nguyenDuc, m_duc}));
    EXPECT_TRUE(search(QStringLiteral("xyz")).isEmpty());
    EXPECT_TRUE(search(QStringLiteral("--")).isEmpty());
}

TEST_F(RegisterQueriesTest, SearchByPartyCardNumberAndCitizenId)
{
    EXPECT_EQ(search(QStringLiteral("10000002")), QList<qint64>{m_lan});
    EXPECT_EQ(search(QStringLiteral("001 190 000 002")), QList<qint64>{m_lan});
    EXPECT_EQ(search(QStringLiteral("1000000")),
              (QList<qint64>{m_doAnh, m_hoangDuc, m_leDuc, m_duc, m_lan})); // card prefixes, by name
    auto rows = MemberQuery(db()).search(QStringLiteral("001195000004"));
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().id, m_anh);
    EXPECT_EQ(rows->first().matchRank, MatchRank::Exact);
    // Search combines with the other filters and counts the same rows it pages.
    MemberFilter f;
    f.text = QStringLiteral("duc");
    f.presence = MemberPresence::Abroad;
    EXPECT_EQ(list(f, {MemberSortKey::Relevance, false}), (QList<qint64>{m_hoangDuc, m_leDuc, m_duc}));
}

TEST_F(RegisterQueriesTest, SearchFollowsEditsOfNamesAndNumbers)
{
    WriteScope scope(db());
    auto lan = MemberRepository(db()).get(m_lan);
    lan->fullName = QStringLiteral("Trần Thị Ngọc Lan");
    lan->partyCardNumber = QStringLiteral("30000002");
    ASSERT_TRUE(MemberRepository(db()).update(scope, *lan).ok());
    ASSERT_TRUE(scope.commit().ok());
    EXPECT_EQ(search(QStringLiteral("ngoc lan")), QList<qint64>{m_lan});
    EXPECT_EQ(search(QStringLiteral("30000002")), QList<qint64>{m_lan});
    // The number she held before is kept as an earlier card number (schema 14) and still finds her.
    EXPECT_EQ(search(QStringLiteral("10000002")), QList<qint64>{m_lan});
    EXPECT_TRUE(search(QStringLiteral("10000003")).isEmpty() ||
                !search(QStringLiteral("10000003")).contains(m_lan));
}

TEST_F(RegisterQueriesTest, ReportsDueAndOverdueWithDaysLate)
{
    RegisterQueries q(db());
    ReportDueFilter f;
    f.today = kToday;
    f.withinDays = 30;
    auto rows = q.reportsDue(f);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 3); // the cancelled trip's report is not among them
    EXPECT_EQ(rows->at(0).reportId, m_reportB);
    EXPECT_EQ(rows->at(0).daysLate, 36);
    EXPECT_EQ(rows->at(0).countryCode, QStringLiteral("FR"));
    EXPECT_EQ(rows->at(1).reportId, m_reportA);
    EXPECT_EQ(rows->at(1).daysLate, -1);
    EXPECT_EQ(rows->at(1).memberName, QStringLiteral("Đỗ Đức Anh"));
    EXPECT_EQ(rows->at(2).reportId, m_rating);
    EXPECT_EQ(rows->at(2).daysLate, -18);
    EXPECT_EQ(rows->at(2).postingId, 0);
    EXPECT_EQ(*q.countReportsDue(f), 3);

    f.overdueOnly = true;
    rows = q.reportsDue(f);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().reportId, m_reportB);

    f.overdueOnly = false;
    f.includeOverdue = false;
    f.withinDays = 1;
    rows = q.reportsDue(f);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().reportId, m_reportA);

    f = {};
    f.today = kToday;
    f.homeUnitId = m_units.value(QStringLiteral("DU-T"));
    rows = q.reportsDue(f);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().reportId, m_rating);
}

TEST_F(RegisterQueriesTest, ReportsDueSearchByNameWithOrWithoutDiacriticsCardAndCell)
{
    RegisterQueries q(db());
    const auto found = [&](const QString& text) {
        ReportDueFilter f;
        f.today = kToday;
        f.withinDays = 30;
        f.text = text;
        QList<qint64> ids;
        auto rows = q.reportsDue(f);
        auto count = q.countReportsDue(f);
        EXPECT_TRUE(rows.ok() && count.ok()) << text.toStdString();
        if (!rows.ok() || !count.ok())
            return ids;
        for (const ReportDueRow& r : *rows)
            ids.append(r.reportId);
        EXPECT_EQ(*count, ids.size()) << text.toStdString();
        return ids;
    };
    const QList<qint64> doAnh{m_reportB, m_reportA}; // by due date, as without a search
    EXPECT_EQ(found(QStringLiteral("do duc")), doAnh);
    EXPECT_EQ(found(QStringLiteral("Đỗ Đức")), doAnh);
    EXPECT_EQ(found(QStringLiteral("DUC DO")), doAnh); // words in any order
    // "anh" begins a word of Đỗ Đức Anh and of Phạm Thị Ánh.
    EXPECT_EQ(found(QStringLiteral("anh")), (QList<qint64>{m_reportB, m_reportA, m_rating}));
    EXPECT_EQ(found(QStringLiteral("10000005")), doAnh);
    EXPECT_EQ(found(QStringLiteral("001195")), QList<qint64>{m_rating}); // the start of a citizen ID
    EXPECT_TRUE(found(QStringLiteral("uc")).isEmpty());                  // not the inside of a word
    EXPECT_TRUE(found(QStringLiteral("khong co ai")).isEmpty());

    // By the overseas cell of the posting, its name or code typed without diacritics.
    qint64 inTokyo = 0;
    {
        WriteScope scope(db());
        inTokyo = report(scope, ReportKind::Return, m_duc, m_ducPosting, QDate(2026, 3, 10));
        ASSERT_TRUE(scope.commit().ok());
    }
    EXPECT_EQ(found(QStringLiteral("cb-jp")), QList<qint64>{inTokyo});
    EXPECT_EQ(found(QStringLiteral("don vi cb-jp-lhs")), QList<qint64>{inTokyo});
    EXPECT_EQ(found(QStringLiteral("nguyen van duc")), QList<qint64>{inTokyo});
}

TEST_F(RegisterQueriesTest, StatisticsForAPeriodByCountryCellTypeAndPurpose)
{
    auto stats = RegisterQueries(db()).statistics(QDate(2026, 1, 1), QDate(2026, 3, 2));
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->postings, 6);
    EXPECT_EQ(stats->members, 5);
    EXPECT_EQ(stats->departures, 2);
    EXPECT_EQ(stats->returns, 2);
    EXPECT_EQ(stats->unapprovedDepartures, 1);
    QStringList cells;
    for (const CountryCellTypeCount& c : stats->byCountryAndCellType)
        cells.append(QStringLiteral("%1/%2/%3/%4")
                         .arg(c.countryCode, c.cellType ? codeName(*c.cellType) : QStringLiteral("-"))
                         .arg(c.postings)
                         .arg(c.members));
    EXPECT_EQ(cells, (QStringList{"CN/-/1/1", "FR/-/1/1", "JP/student/1/1", "KR/-/1/1", "LA/expert/1/1",
                                  "TH/-/1/1"}));
    QStringList purposes;
    for (const PurposeCount& p : stats->byPurpose)
        purposes.append(QStringLiteral("%1/%2/%3/%4")
                            .arg(codeName(p.purpose))
                            .arg(p.postings)
                            .arg(p.departures)
                            .arg(p.returns));
    EXPECT_EQ(purposes, (QStringList{"official_mission/1/0/1", "study/1/0/0", "labour/1/0/0", "expert/1/0/0",
                                     "family_visit/1/1/0", "tourism/1/1/1"}));

    // A period before anyone left counts nothing; a reversed period is refused.
    EXPECT_EQ(RegisterQueries(db()).statistics(QDate(2020, 1, 1), QDate(2020, 12, 31))->postings, 0);
    EXPECT_FALSE(RegisterQueries(db()).statistics(QDate(2026, 3, 1), QDate(2026, 1, 1)).ok());
}

TEST_F(RegisterQueriesTest, ProbationEndingAndDeparturesWithoutApproval)
{
    auto soon = RegisterQueries(db()).probationEnding(40, 12, false, kToday);
    ASSERT_TRUE(soon.ok());
    ASSERT_EQ(soon->size(), 1);
    EXPECT_EQ(soon->first().memberId, m_anh);
    EXPECT_EQ(soon->first().probationEnd, QDate(2026, 4, 10));
    EXPECT_EQ(soon->first().daysLeft, 39);
    EXPECT_TRUE(RegisterQueries(db()).probationEnding(30, 12, false, kToday)->isEmpty());
    EXPECT_TRUE(RegisterQueries(db()).probationEnding(40, 12, true, kToday)->isEmpty()); // she is at home

    auto unapproved = RegisterQueries(db()).departuresWithoutApproval();
    ASSERT_TRUE(unapproved.ok());
    ASSERT_EQ(unapproved->size(), 1);
    EXPECT_EQ(unapproved->first().postingId, m_unapproved);
    EXPECT_EQ(unapproved->first().memberId, m_hoangDuc);
    EXPECT_EQ(unapproved->first().countryCode, QStringLiteral("CN"));
    EXPECT_TRUE(RegisterQueries(db()).departuresWithoutApproval(QDate(2026, 2, 2), {})->isEmpty());
}

TEST_F(RegisterQueriesTest, MemberHistoryHoldsEveryPostingWithItsReports)
{
    auto h = RegisterQueries(db()).memberHistory(m_doAnh);
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(h->member.fullName, QStringLiteral("Đỗ Đức Anh"));
    EXPECT_EQ(h->homeUnitName, QStringLiteral("Đơn vị CB-X"));
    ASSERT_EQ(h->postings.size(), 2);
    EXPECT_EQ(h->postings[0].posting.id, m_tripA); // latest first
    EXPECT_EQ(h->postings[0].reports.size(), 1);
    EXPECT_EQ(h->postings[1].posting.id, m_tripB);
    ASSERT_EQ(h->postings[1].reports.size(), 2);
    EXPECT_EQ(h->postings[1].reports[0].kind, ReportKind::PreDeparture); // by due date
    EXPECT_EQ(h->recordChanges.size(), 1);                               // created once
    EXPECT_EQ(h->recordChanges.first().action, QStringLiteral("create"));

    auto anh = RegisterQueries(db()).memberHistory(m_anh);
    ASSERT_EQ(anh->memberReports.size(), 1);
    EXPECT_EQ(anh->memberReports.first().kind, ReportKind::AnnualRating);
    EXPECT_EQ(RegisterQueries(db()).memberHistory(9999).code(), ErrorCode::NotFound);
}

TEST_F(RegisterQueriesTest, TheFirstSearchPageAndTheFollowingPagesAgree)
{
    // The first page comes rank by rank from the indexes, the next ones from the general query: the
    // two must line up into one list.
    MemberFilter f;
    f.text = QStringLiteral("duc");
    f.today = kToday;
    const MemberSort relevance{MemberSortKey::Relevance, false};
    auto first = MemberQuery(db()).page(f, relevance, 0, 3);
    auto second = MemberQuery(db()).page(f, relevance, 3, 3);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(ids(*first) + ids(*second), search(QStringLiteral("duc")));
    EXPECT_EQ(*MemberQuery(db()).count(f), 6);
    f.text = QStringLiteral("nguyen duc");
    EXPECT_EQ(ids(*MemberQuery(db()).page(f, relevance, 0, 1)) +
                  ids(*MemberQuery(db()).page(f, relevance, 1, 5)),
              search(QStringLiteral("nguyen duc")));
}
