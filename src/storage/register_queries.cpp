#include "storage/register_queries.h"

#include "core/result_try.h"
#include "core/text_folding.h"
#include "storage/member_query.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/report_repository.h"
#include "storage/repository_support.h"
#include "storage/sql_builder.h"
#include "storage/transfer_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <array>
#include <map>
#include <vector>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

struct DuePlan
{
    SqlBuilder params;
    std::string from;
};

// `withMembers`: the page shows names and postings; a count needs the members only to filter by home unit or
// search text. `cellIds`: the overseas cells the search text names (cellsNamed()).
DuePlan duePlan(const ReportDueFilter& filter, const QDate& today, bool withMembers,
                const QList<qint64>& cellIds)
{
    DuePlan p;
    // "received_date IS NULL" first and verbatim: it is what lets SQLite use the partial index of
    // reports not yet received.
    std::string where = "r.received_date IS NULL AND r.due_date IS NOT NULL";
    if (filter.overdueOnly) {
        where += " AND r.due_date < " + p.params.param(today);
    } else {
        where += " AND r.due_date <= " + p.params.param(today.addDays(std::max(0, filter.withinDays)));
        if (!filter.includeOverdue)
            where += " AND r.due_date >= " + p.params.param(today);
    }
    if (filter.kind)
        where += " AND r.kind = " + p.params.param(codeName(*filter.kind));
    if (filter.memberId != 0)
        where += " AND r.member_id = " + p.params.param(static_cast<long long>(filter.memberId));
    if (filter.homeUnitId != 0)
        where +=
            " AND m.home_unit_id IN (WITH RECURSIVE sub(id) AS (SELECT " +
            p.params.param(static_cast<long long>(filter.homeUnitId)) +
            " UNION SELECT u.id FROM party_units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)";
    const bool hasText = !filter.text.trimmed().isEmpty();
    if (hasText) {
        const MemberQuery::SearchTerms terms = MemberQuery::parseSearchText(filter.text);
        std::string any;
        if (!terms.number.isEmpty()) {
            const std::string n = p.params.param(terms.number);
            const std::string length = p.params.param(static_cast<long long>(terms.number.size()));
            any = "substr(m.party_card_no, 1, " + length + ") = " + n + " OR substr(m.citizen_id, 1, " +
                  length + ") = " + n;
        } else {
            // Every word begins a word of the folded name, in any order (as the member list's Contains rank).
            std::string all;
            for (const QString& word : terms.words.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                all += std::string(all.empty() ? "" : " AND ") + "instr(' ' || m.name_folded, ' ' || " +
                       p.params.param(word) + ") > 0";
            any = all.empty() ? "0" : all;
        }
        for (qint64 cell : cellIds)
            any += " OR p.overseas_cell_id = " + p.params.param(static_cast<long long>(cell));
        where += " AND (" + any + ")";
    }
    // A cancelled trip owes nothing (cancelling clears the due dates; this guards rows written
    // otherwise). The cancelled postings are read once from the status index into a set, so no report
    // costs a lookup in the postings table: a count touches thousands of reports.
    // A page reads the posting of its hundred rows anyway, so it asks the joined posting instead: the
    // set of every cancelled posting (12,000 at 100,000 members) took longer to build than the page.
    if (withMembers)
        where += " AND (r.posting_id IS NULL OR p.status IS NOT 'cancelled')";
    else
        where += " AND (r.posting_id IS NULL OR r.posting_id NOT IN (SELECT id FROM postings WHERE status = "
                 "'cancelled'))";
    // INDEXED BY: the partial index holds only reports not yet received; a covering index over every
    // report (reports_due_received, schema v5) looks cheaper to the planner but walks all of them.
    p.from =
        std::string("FROM reports r INDEXED BY reports_open_due ") +
        (withMembers || filter.homeUnitId != 0 || hasText ? "JOIN members m ON m.id = r.member_id " : "") +
        (withMembers || !cellIds.isEmpty() ? "LEFT JOIN postings p ON p.id = r.posting_id " : "") + "WHERE " +
        where;
    return p;
}

} // namespace

Result<QList<qint64>> RegisterQueries::cellsNamed(const QString& text)
{
    const QString folded = foldForSearch(text).trimmed();
    if (folded.isEmpty())
        return QList<qint64>{};
    // Overseas cells are tens, not thousands: folded in C++ as the member names are in their column.
    PartyUnitFilter overseas;
    overseas.overseas = true;
    auto cells = PartyUnitRepository(m_database).list(overseas);
    if (!cells)
        return cells.error();
    QList<qint64> ids;
    for (const PartyUnit& cell : *cells) {
        if (foldForSearch(cell.name).contains(folded) || foldForSearch(cell.code).contains(folded))
            ids.append(cell.id);
    }
    return ids;
}

Result<qint64> RegisterQueries::countReportsDue(const ReportDueFilter& filter)
{
    const QDate today = filter.today.isValid() ? filter.today : m_database.clock().today();
    OREC_TRY_ASSIGN(auto cells, cellsNamed(filter.text));
    DuePlan p = duePlan(filter, today, false, cells);
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().prepare("SELECT count(*) " + p.from));
    p.params.bindAll(stmt);
    OREC_TRY_ASSIGN(auto row, stmt.step());
    return static_cast<qint64>(row ? stmt.int64(0) : 0);
}

Result<QList<ReportDueRow>> RegisterQueries::reportsDue(const ReportDueFilter& filter, qint64 offset,
                                                        int limit)
{
    const QDate today = filter.today.isValid() ? filter.today : m_database.clock().today();
    auto cells = cellsNamed(filter.text);
    if (!cells)
        return cells.error();
    DuePlan p = duePlan(filter, today, true, *cells);
    const std::string sql =
        "SELECT r.id, r.uuid, r.kind, r.due_date, r.rule_set_version, m.id, m.full_name, m.party_card_no, p.id, "
        "p.status, p.purpose, p.main_country " +
        p.from + " ORDER BY r.due_date, m.name_sort, r.id LIMIT " +
        p.params.param(static_cast<long long>(limit)) + " OFFSET " +
        p.params.param(static_cast<long long>(std::max<qint64>(0, offset)));
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().prepare(sql));
    p.params.bindAll(stmt);
    return repo::collectRows<ReportDueRow>(stmt, [&](const sql::Statement& s) {
        ReportDueRow r;
        r.reportId = s.int64(0);
        r.reportUuid = s.text(1);
        r.kind = fromCodeName<ReportKind>(s.text(2)).value_or(ReportKind::Return);
        r.dueDate = s.date(3);
        r.daysLate = static_cast<int>(r.dueDate.daysTo(today));
        r.ruleSetVersion = s.integer(4);
        r.memberId = s.int64(5);
        r.memberName = s.text(6);
        r.partyCardNumber = s.text(7);
        r.postingId = repo::idAt(s, 8);
        if (r.postingId != 0) {
            r.postingStatus = fromCodeName<PostingStatus>(s.text(9)).value_or(PostingStatus::Planned);
            r.purpose = fromCodeName<PostingPurpose>(s.text(10)).value_or(PostingPurpose::OfficialMission);
            r.countryCode = s.text(11);
        }
        return r;
    });
}

Result<MemberHistory> RegisterQueries::memberHistory(qint64 memberId)
{
    MemberHistory h;
    auto member = MemberRepository(m_database).get(memberId);
    if (!member)
        return member.error();
    h.member = *member;
    PartyUnitRepository units(m_database);
    const auto unitName = [&](qint64 id) -> QString {
        if (id == 0)
            return {};
        auto u = units.get(id);
        return u ? u->name : QString();
    };
    h.homeUnitName = unitName(h.member.homeUnitId);

    OREC_TRY_ASSIGN(auto postings, PostingRepository(m_database).listForMember(memberId));
    ReportRepository reports(m_database);
    TransferRepository transfers(m_database);
    QSet<qint64> postingTransferIds;
    for (const Posting& p : postings) {
        PostingHistory ph;
        ph.posting = p;
        ph.cellName = unitName(p.overseasCellId);
        ph.approvingCommitteeName = unitName(p.approvingCommitteeId);
        OREC_TRY_ASSIGN(auto rs, reports.listForPosting(p.id));
        ph.reports = rs;
        OREC_TRY_ASSIGN(auto ts, transfers.listForPosting(p.id));
        ph.transfers = ts;
        for (const Transfer& t : ph.transfers)
            postingTransferIds.insert(t.id);
        h.postings.append(ph);
    }
    OREC_TRY_ASSIGN(auto own, reports.listForMember(memberId));
    for (const Report& r : own) {
        if (r.postingId == 0)
            h.memberReports.append(r);
    }
    OREC_TRY_ASSIGN(auto letters, transfers.listForMember(memberId));
    for (const Transfer& t : letters) {
        if (!postingTransferIds.contains(t.id))
            h.otherTransfers.append(t);
    }
    AuditFilter changes;
    changes.entity = QStringLiteral("member");
    changes.entityId = h.member.uuid;
    OREC_TRY_ASSIGN(auto audit, m_database.auditLog().query(changes));
    h.recordChanges = audit;
    return h;
}

Result<RegisterStatistics> RegisterQueries::statistics(const QDate& from, const QDate& to)
{
    RegisterStatistics stats;
    stats.from = from;
    stats.to = to;
    if (!from.isValid() || !to.isValid() || to < from)
        return Error(ErrorCode::Invalid, Texts::tr("The period needs a start and an end, "
                                                   "the end not before the start."));
    // The cell types of the units (a few thousand), so that each posting needs no lookup of its cell.
    QHash<qint64, int> cellTypeOf; // unit id -> CellType
    {
        OREC_TRY_ASSIGN(auto units, m_database.connection().prepare(
                                        "SELECT id, cell_type FROM party_units WHERE cell_type IS NOT NULL"));
        OREC_TRY(repo::forEachRow(units, [&](sql::Statement& s) {
            if (const auto type = fromCodeName<CellType>(s.text(1)))
                cellTypeOf.insert(s.int64(0), static_cast<int>(*type));
            return true;
        }));
    }
    // Three ranges of the covering indexes instead of one scan of every posting ever made: departures
    // inside the period, stays that began before it and ended in it or later, and stays that began
    // before it and have not ended (still abroad, lost contact, or did not return after it began).
    SqlBuilder q;
    const std::string f = q.param(from);
    const std::string t = q.param(to);
    const std::string columns =
        "SELECT p.member_id, p.main_country, p.overseas_cell_id, p.purpose, "
        "p.actual_departure, p.actual_return, p.departed_without_approval FROM postings p WHERE ";
    const std::string sql = columns + "p.actual_departure >= " + f + " AND p.actual_departure <= " + t +
                            " UNION ALL " + columns + "p.actual_return >= " + f +
                            " AND p.actual_departure < " + f + " UNION ALL " + columns +
                            "p.actual_return IS NULL AND p.actual_departure < " + f +
                            " AND coalesce(p.did_not_return_date, '9999-12-31') >= " + f;
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().prepare(sql));
    q.bindAll(stmt);

    // Rows are about a hundred thousand for a year of a department (a million for a province), so the
    // loop does no allocation per row and no lookup in a tree: a country code is a slot in a flat table,
    // a group (country, cell type) and a purpose are small integers, and every row leaves one 64-bit key
    // (member, group, purpose). Distinct members are counted from those keys sorted once, member by
    // member, instead of sorting (group, member) pairs three times.
    constexpr int kNoCell = 7;
    constexpr int kCellBits = 3;    // cell types 0..5 and kNoCell
    constexpr int kPurposeBits = 4; // purposes 0..9
    constexpr int kGroupBits = 19;  // up to 65,536 country slots x 8 cell types
    const auto countryKey = [](std::string_view code) {
        return code.size() == 2 ? (static_cast<int>(static_cast<unsigned char>(code[0])) << 8) |
                                      static_cast<unsigned char>(code[1])
                                : 0;
    };
    const std::string fromText = from.toString(Qt::ISODate).toStdString();
    const std::string toText = to.toString(Qt::ISODate).toStdString();
    std::vector<int> slotOfCountry(1 << 16, -1);
    std::vector<int> countryOfSlot;
    std::vector<int> groupPostings; // by group = slot << kCellBits | cell type
    struct PurposeTotals
    {
        int postings = 0;
        int departures = 0;
        int returns = 0;
    };
    std::array<PurposeTotals, 1 << kPurposeBits> purposeTotals{};
    std::array<bool, 1 << kPurposeBits> purposeSeen{};
    std::vector<quint64> keys; // member << (group + purpose bits) | group << purpose bits | purpose
    keys.reserve(1 << 16);
    const auto purposeCodes = EnumCodes<PostingPurpose>::table();
    for (;;) {
        OREC_TRY_ASSIGN(const bool has, stmt.step());
        if (!has)
            break;
        const qint64 member = stmt.int64(0);
        const qint64 cell = stmt.isNull(2) ? 0 : stmt.int64(2);
        const int cellType = cell != 0 ? cellTypeOf.value(cell, kNoCell) : kNoCell;
        const int country = countryKey(stmt.textView(1));
        int& slot = slotOfCountry[static_cast<std::size_t>(country)];
        if (slot < 0) {
            slot = static_cast<int>(countryOfSlot.size());
            countryOfSlot.push_back(country);
            groupPostings.resize(countryOfSlot.size() << kCellBits, 0);
        }
        const int group = (slot << kCellBits) | cellType;
        int purpose = 0;
        const std::string_view purposeCode = stmt.textView(3);
        for (const auto& entry : purposeCodes) {
            if (purposeCode == entry.code) {
                purpose = static_cast<int>(entry.value);
                break;
            }
        }
        // ISO dates compare as text.
        const std::string_view departure = stmt.textView(4);
        const std::string_view returned = stmt.textView(5);
        const bool departedIn = departure >= fromText && departure <= toText;
        const bool returnedIn = !returned.empty() && returned >= fromText && returned <= toText;
        ++groupPostings[static_cast<std::size_t>(group)];
        PurposeTotals& pt = purposeTotals[static_cast<std::size_t>(purpose)];
        purposeSeen[static_cast<std::size_t>(purpose)] = true;
        ++pt.postings;
        pt.departures += departedIn ? 1 : 0;
        pt.returns += returnedIn ? 1 : 0;
        keys.push_back((static_cast<quint64>(member) << (kGroupBits + kPurposeBits)) |
                       (static_cast<quint64>(group) << kPurposeBits) | static_cast<quint64>(purpose));
        ++stats.postings;
        stats.departures += departedIn ? 1 : 0;
        stats.returns += returnedIn ? 1 : 0;
        if (departedIn && stmt.int64(6) != 0)
            ++stats.unapprovedDepartures;
    }
    std::sort(keys.begin(), keys.end());
    std::vector<int> groupMembers(groupPostings.size(), 0);
    std::array<int, 1 << kPurposeBits> purposeMembers{};
    {
        // One member's keys are adjacent and few (the postings of one member in one period): their
        // distinct groups and purposes are found among them by looking back within the run.
        std::size_t runStart = 0;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const quint64 member = keys[i] >> (kGroupBits + kPurposeBits);
            if (i == 0 || member != keys[i - 1] >> (kGroupBits + kPurposeBits)) {
                runStart = i;
                ++stats.members;
            }
            const quint64 group = (keys[i] >> kPurposeBits) & ((1U << kGroupBits) - 1);
            const quint64 purpose = keys[i] & ((1U << kPurposeBits) - 1);
            bool groupBefore = false;
            bool purposeBefore = false;
            for (std::size_t j = runStart; j < i; ++j) {
                groupBefore = groupBefore || ((keys[j] >> kPurposeBits) & ((1U << kGroupBits) - 1)) == group;
                purposeBefore = purposeBefore || (keys[j] & ((1U << kPurposeBits) - 1)) == purpose;
            }
            if (!groupBefore)
                ++groupMembers[group];
            if (!purposeBefore)
                ++purposeMembers[purpose];
        }
    }
    // Groups by country code, then cell type, as the tree of (country << 4 | cell type) gave them.
    std::vector<std::pair<int, int>> groups; // (country << 4 | cell type, group)
    for (std::size_t g = 0; g < groupPostings.size(); ++g) {
        if (groupPostings[g] > 0)
            groups.emplace_back((countryOfSlot[g >> kCellBits] << 4) |
                                    static_cast<int>(g & ((1U << kCellBits) - 1)),
                                static_cast<int>(g));
    }
    std::sort(groups.begin(), groups.end());
    for (const auto& [key, group] : groups) {
        CountryCellTypeCount c;
        const int country = key >> 4;
        c.countryCode = country ? QString(QChar(country >> 8)) + QChar(country & 0xFF) : QString();
        if ((key & 0xF) != kNoCell)
            c.cellType = static_cast<CellType>(key & 0xF);
        c.postings = groupPostings[static_cast<std::size_t>(group)];
        c.members = groupMembers[static_cast<std::size_t>(group)];
        stats.byCountryAndCellType.append(c);
    }
    // By country, then by cell type in code order as the list has always been, with "no cell" first.
    std::stable_sort(stats.byCountryAndCellType.begin(), stats.byCountryAndCellType.end(),
                     [](const CountryCellTypeCount& a, const CountryCellTypeCount& b) {
                         if (a.countryCode != b.countryCode)
                             return a.countryCode < b.countryCode;
                         const QString ta = a.cellType ? codeName(*a.cellType) : QString();
                         const QString tb = b.cellType ? codeName(*b.cellType) : QString();
                         return ta < tb;
                     });
    for (std::size_t purpose = 0; purpose < purposeTotals.size(); ++purpose) {
        if (!purposeSeen[purpose])
            continue;
        const PurposeTotals& totals = purposeTotals[purpose];
        PurposeCount c;
        c.purpose = static_cast<PostingPurpose>(purpose);
        c.postings = totals.postings;
        c.members = purposeMembers[purpose];
        c.departures = totals.departures;
        c.returns = totals.returns;
        stats.byPurpose.append(c);
    }
    return stats;
}

Result<QList<ProbationRow>> RegisterQueries::probationEnding(int withinDays, int probationMonths,
                                                             bool abroadOnly, const QDate& today)
{
    const QDate day = today.isValid() ? today : m_database.clock().today();
    const QDate horizon = day.addDays(std::max(0, withinDays));
    // Admission dates that can end by the horizon, with a margin for month lengths; the exact end is
    // computed below with the same rule as Member::expectedFullMembershipDate.
    const QDate latestAdmission = horizon.addMonths(-probationMonths).addDays(4);
    OREC_TRY_ASSIGN(
        auto stmt,
        m_database.connection().prepare(
            "SELECT m.id, m.full_name, m.party_card_no, m.admission_date, m.home_unit_id, hu.name, m.full_membership_date "
            "FROM members m LEFT JOIN party_units hu ON hu.id = m.home_unit_id "
            "WHERE m.full_membership_date IS NULL AND m.admission_date <= ? ORDER BY m.admission_date, m.name_sort"));
    stmt.bind(1, latestAdmission);
    QList<ProbationRow> rows;
    OREC_TRY(repo::forEachRow(stmt, [&](sql::Statement& s) {
        Member m;
        m.admissionDate = s.date(3);
        const QDate end = m.expectedFullMembershipDate(probationMonths);
        if (!end.isValid() || end > horizon)
            return true;
        ProbationRow r;
        r.memberId = s.int64(0);
        r.fullName = s.text(1);
        r.partyCardNumber = s.text(2);
        r.admissionDate = m.admissionDate;
        r.probationEnd = end;
        r.daysLeft = static_cast<int>(day.daysTo(end));
        r.homeUnitId = repo::idAt(s, 4);
        r.homeUnitName = s.text(5);
        rows.append(r);
        return true;
    }));
    OREC_TRY_ASSIGN(
        auto current,
        m_database.connection().prepare(
            "SELECT id, main_country, probation_decision FROM postings WHERE member_id = ? AND status IN "
            "('abroad', 'in_overseas_cell', 'lost_contact') ORDER BY actual_departure DESC LIMIT 1"));
    QList<ProbationRow> out;
    for (ProbationRow& r : rows) {
        current.reset();
        current.bind(1, static_cast<long long>(r.memberId));
        OREC_TRY_ASSIGN(auto has, current.step());
        if (has) {
            r.postingId = current.int64(0);
            r.countryCode = current.text(1);
            r.decision =
                fromCodeName<ProbationDecision>(current.text(2)).value_or(ProbationDecision::Pending);
        }
        if (!abroadOnly || r.postingId != 0)
            out.append(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const ProbationRow& a, const ProbationRow& b) {
        return a.probationEnd < b.probationEnd;
    });
    return out;
}

Result<QList<UnapprovedDepartureRow>> RegisterQueries::departuresWithoutApproval(const QDate& from,
                                                                                 const QDate& to)
{
    SqlBuilder q;
    std::string sql =
        "SELECT p.id, p.uuid, m.id, m.full_name, m.party_card_no, p.purpose, p.main_country, p.actual_departure, "
        "p.actual_return, p.approval_date, p.status FROM postings p JOIN members m ON m.id = p.member_id "
        "WHERE p.departed_without_approval = 1";
    if (from.isValid())
        sql += " AND p.actual_departure >= " + q.param(from);
    if (to.isValid())
        sql += " AND p.actual_departure <= " + q.param(to);
    sql += " ORDER BY p.actual_departure DESC, p.id DESC";
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().prepare(sql));
    q.bindAll(stmt);
    return repo::collectRows<UnapprovedDepartureRow>(stmt, [](const sql::Statement& s) {
        UnapprovedDepartureRow r;
        r.postingId = s.int64(0);
        r.postingUuid = s.text(1);
        r.memberId = s.int64(2);
        r.fullName = s.text(3);
        r.partyCardNumber = s.text(4);
        r.purpose = fromCodeName<PostingPurpose>(s.text(5)).value_or(PostingPurpose::OfficialMission);
        r.countryCode = s.text(6);
        r.departure = s.date(7);
        r.returnDate = s.date(8);
        r.approvalDate = s.date(9);
        r.status = fromCodeName<PostingStatus>(s.text(10)).value_or(PostingStatus::Abroad);
        return r;
    });
}

Result<QHash<qint64, QList<qint64>>> RegisterQueries::fullMembersInCellsNow(int perCell)
{
    OREC_TRY_ASSIGN(
        auto stmt,
        m_database.connection().prepare(
            "SELECT p.overseas_cell_id, p.member_id FROM postings p JOIN members m ON m.id = p.member_id "
            "WHERE p.status = 'in_overseas_cell' AND m.full_membership_date IS NOT NULL ORDER BY p.id"));
    QHash<qint64, QList<qint64>> inCell;
    OREC_TRY(repo::forEachRow(stmt, [&](sql::Statement& s) {
        QList<qint64>& list = inCell[s.int64(0)];
        if (list.size() < perCell)
            list.append(s.int64(1));
        return true;
    }));
    return inCell;
}

Result<QList<PostingMovementRow>> RegisterQueries::departuresIn(const QDate& from, const QDate& to)
{
    return movementsIn("actual_departure", from, to);
}

Result<QList<PostingMovementRow>> RegisterQueries::returnsIn(const QDate& from, const QDate& to)
{
    return movementsIn("actual_return", from, to);
}

Result<QList<PostingMovementRow>> RegisterQueries::movementsIn(const char* dateColumn, const QDate& from,
                                                               const QDate& to)
{
    QList<PostingMovementRow> rows;
    if (!from.isValid() || !to.isValid() || to < from)
        return rows;
    // The range on the indexed date column comes first and alone in the WHERE clause so the planner
    // walks postings_departure or postings_return; the member and home unit are primary-key lookups.
    const std::string column = std::string("p.") + dateColumn;
    OREC_TRY_ASSIGN(
        auto stmt,
        m_database.connection().prepare(
            "SELECT p.id, p.member_id, m.full_name, m.party_card_no, m.home_unit_id, hu.name, p.purpose, p.status, "
            "p.decision_no, p.actual_departure, coalesce(p.effective_planned_return, p.planned_return), p.actual_return, "
            "p.main_country FROM postings p JOIN members m ON m.id = p.member_id "
            "LEFT JOIN party_units hu ON hu.id = m.home_unit_id WHERE " +
            column + " >= ?1 AND " + column + " <= ?2 ORDER BY " + column + ", m.name_sort, p.id"));
    stmt.bind(1, from);
    stmt.bind(2, to);
    QList<qint64> multiCountry;
    OREC_TRY(repo::forEachRow(stmt, [&](sql::Statement& s) {
        PostingMovementRow r;
        r.postingId = s.int64(0);
        r.memberId = s.int64(1);
        r.fullName = s.text(2);
        r.partyCardNumber = s.text(3);
        r.homeUnitId = repo::idAt(s, 4);
        r.homeUnitName = s.text(5);
        r.purpose = fromCodeName<PostingPurpose>(s.text(6)).value_or(PostingPurpose::OfficialMission);
        r.status = fromCodeName<PostingStatus>(s.text(7)).value_or(PostingStatus::Abroad);
        r.decisionNumber = s.text(8);
        r.departure = s.date(9);
        r.plannedReturn = s.date(10);
        r.actualReturn = s.date(11);
        r.countryCodes = QStringList{s.text(12)};
        rows.append(r);
        return true;
    }));
    // The countries in their order (a trip may cover several): one seek of the primary key each.
    OREC_TRY_ASSIGN(auto countries,
                    m_database.connection().prepare(
                        "SELECT country_code FROM posting_countries WHERE posting_id = ? ORDER BY position"));
    for (PostingMovementRow& r : rows) {
        countries.reset();
        countries.bind(1, static_cast<long long>(r.postingId));
        auto codes = repo::collectRows<QString>(countries, [](const sql::Statement& s) { return s.text(0); });
        if (!codes)
            return codes.error();
        if (!codes->isEmpty())
            r.countryCodes = *codes;
    }
    return rows;
}

Result<ReportTimelinessCounts> RegisterQueries::reportTimeliness(const QDate& from, const QDate& to,
                                                                 const QDate& asOf)
{
    ReportTimelinessCounts c;
    c.from = from;
    c.to = to;
    c.asOf = asOf.isValid() ? asOf : m_database.clock().today();
    if (!from.isValid() || !to.isValid() || to < from)
        return Error(ErrorCode::Invalid, Texts::tr("The period needs a start and an end, "
                                                   "the end not before the start."));
    // reports_due_received (schema v5) covers the due date, the received date and the posting: the
    // period is one range of it, and only the posting's status is looked up (a cancelled trip owes
    // nothing). ISO dates compare as text.
    OREC_TRY_ASSIGN(
        auto stmt,
        m_database.connection().prepare(
            "SELECT r.received_date, r.due_date FROM reports r "
            "LEFT JOIN postings p ON p.id = r.posting_id "
            "WHERE r.due_date >= ?1 AND r.due_date <= ?2 AND (r.posting_id IS NULL OR p.status != 'cancelled')"));
    stmt.bind(1, from);
    stmt.bind(2, to);
    const QString today = c.asOf.toString(Qt::ISODate);
    OREC_TRY(repo::forEachRow(stmt, [&](sql::Statement& s) {
        const QString received = s.text(0);
        const QString due = s.text(1);
        ++c.due;
        if (!received.isEmpty())
            ++(received <= due ? c.receivedOnTime : c.receivedLate);
        else
            ++(due < today ? c.overdue : c.notYetDue);
        return true;
    }));
    return c;
}

} // namespace orec
