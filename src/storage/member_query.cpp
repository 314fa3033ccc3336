#include "storage/member_query.h"

#include "core/result_try.h"
#include "core/text_folding.h"
#include "storage/repository_support.h"
#include "storage/sql_builder.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

// Statuses that put a member somewhere other than at home.
constexpr const char* kAwayStatuses = "('abroad', 'in_overseas_cell', 'lost_contact', 'did_not_return')";
constexpr const char* kAbroadStatuses = "('abroad', 'in_overseas_cell', 'lost_contact')";

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

MemberPresence presenceOf(PostingStatus status, const QDate& plannedReturn, const QDate& today)
{
    switch (status) {
    case PostingStatus::Abroad:
    case PostingStatus::InOverseasCell:
        return plannedReturn.isValid() && plannedReturn < today ? MemberPresence::Overdue
                                                                : MemberPresence::Abroad;
    case PostingStatus::LostContact:
        return MemberPresence::LostContact;
    case PostingStatus::DidNotReturn:
        return MemberPresence::DidNotReturn;
    default:
        return MemberPresence::AtHome;
    }
}

// The FROM and WHERE of the member list for one filter, shared by count and page.
struct Plan
{
    SqlBuilder params;
    std::string from; // "FROM ... WHERE ..."
    std::string rank; // SQL expression of MatchRank, or "-1"
    bool postingDriven = false;
    bool empty = false; // the filter contradicts itself: no rows
    // A count needs less than the page: postings alone when no condition reads the member (every
    // posting has one: member_id is NOT NULL and a foreign key), and the search index alone when the
    // text is the whole filter (it holds one row per member, docid = members.id).
    std::string countFrom;
    std::string searchMatch; // the full-text query's placeholder when the text is the whole filter
};

Plan plan(const MemberFilter& filter, const QDate& today)
{
    Plan p;
    const MemberQuery::SearchTerms terms = MemberQuery::parseSearchText(filter.text);
    const bool hasText = !filter.text.trimmed().isEmpty();
    if (hasText && terms.match.isEmpty()) {
        p.empty = true; // only punctuation: nothing can match
        return p;
    }
    if (filter.presence == MemberPresence::AtHome && filter.hasPostingFilter()) {
        p.empty = true;
        return p;
    }
    p.postingDriven = filter.presence == MemberPresence::Abroad ||
                      filter.presence == MemberPresence::Overdue ||
                      filter.presence == MemberPresence::LostContact ||
                      filter.presence == MemberPresence::DidNotReturn || filter.hasPostingFilter();

    // The rank expression comes first in the statement, so its parameters are numbered first.
    if (hasText) {
        const std::string q = p.params.param(terms.folded);
        const std::string qLength = p.params.param(static_cast<long long>(terms.folded.size()));
        const std::string n = terms.number.isEmpty() ? p.params.paramNull() : p.params.param(terms.number);
        const std::string nLength = p.params.param(static_cast<long long>(terms.number.size()));
        const std::string w = p.params.param(terms.phrase);
        // The ranks of MatchRank, in its order (searchFirstPage takes the same ranks from the indexes).
        p.rank = "CASE WHEN m.name_folded = " + q + " OR m.party_card_no = " + n + " OR m.citizen_id = " + n +
                 " THEN 0 WHEN substr(m.name_folded, 1, " + qLength + ") = " + q +
                 " OR substr(m.party_card_no, 1, " + nLength + ") = " + n + " OR substr(m.citizen_id, 1, " +
                 nLength + ") = " + n + " THEN 1 WHEN length(" + w +
                 ") > 0 AND substr(m.name_folded, -length(" + w + ")) = " + w +
                 " AND substr(m.name_folded, -length(" + w + ") - 1, 1) = ' ' THEN 2 WHEN length(" + w +
                 ") > 0 AND instr(' ' || m.name_folded || ' ', ' ' || " + w +
                 " || ' ') > 0 THEN 3 ELSE 4 END";
    } else {
        p.rank = "-1";
    }

    std::string where;
    if (p.postingDriven) {
        p.from = "FROM postings p JOIN members m ON m.id = p.member_id";
        switch (filter.presence) {
        case MemberPresence::Overdue:
            where = "p.status IN ('abroad', 'in_overseas_cell') AND p.effective_planned_return < " +
                    p.params.param(today);
            break;
        case MemberPresence::LostContact:
            where = "p.status = 'lost_contact'";
            break;
        case MemberPresence::DidNotReturn:
            // Someone who did not return and is since abroad again shows with the newer posting.
            where =
                "p.status = 'did_not_return' AND p.member_id NOT IN (SELECT member_id FROM postings WHERE "
                "status IN " +
                std::string(kAbroadStatuses) + ")";
            break;
        default:
            where = "p.status IN " + std::string(kAbroadStatuses);
            break;
        }
        if (!filter.countryCode.isEmpty()) {
            // The first country is main_country (beside the status in postings_status); the later ones
            // of trips to several countries come from their partial index (schema v12), read once.
            const std::string cc = p.params.param(filter.countryCode.trimmed().toUpper());
            where += " AND (p.main_country = " + cc +
                     " OR p.id IN (SELECT posting_id FROM posting_countries WHERE country_code = " + cc +
                     " AND position > 0))";
        }
        if (filter.cellId != 0)
            where += " AND p.overseas_cell_id = " + p.params.param(static_cast<long long>(filter.cellId));
        if (filter.cellType)
            where += " AND p.overseas_cell_id IN (SELECT id FROM party_units WHERE cell_type = " +
                     p.params.param(codeName(*filter.cellType)) + ")";
        if (filter.purpose)
            where += " AND p.purpose = " + p.params.param(codeName(*filter.purpose));
    } else {
        p.from = "FROM members m";
        where = "1";
        if (filter.presence == MemberPresence::AtHome)
            where += " AND m.id NOT IN (SELECT member_id FROM postings WHERE status IN " +
                     std::string(kAwayStatuses) + ")";
    }
    const bool memberConditions = filter.homeUnitId != 0 || filter.probationaryOnly || hasText;
    if (p.postingDriven && !memberConditions)
        p.countFrom = "FROM postings p WHERE " + where;
    if (filter.homeUnitId != 0)
        where +=
            " AND m.home_unit_id IN (WITH RECURSIVE sub(id) AS (SELECT " +
            p.params.param(static_cast<long long>(filter.homeUnitId)) +
            " UNION SELECT u.id FROM party_units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)";
    if (filter.probationaryOnly)
        where += " AND m.admission_date IS NOT NULL AND m.full_membership_date IS NULL";
    if (hasText) {
        const std::string match = p.params.param(terms.match);
        where += " AND m.id IN (SELECT docid FROM member_search WHERE member_search MATCH " + match + ")";
        if (!p.postingDriven && filter.presence == MemberPresence::Any && filter.homeUnitId == 0 &&
            !filter.probationaryOnly)
            p.searchMatch = match;
    }
    p.from += " WHERE " + where;
    if (p.countFrom.empty())
        p.countFrom = p.from;
    return p;
}

std::string orderBy(const MemberSort& sort, const Plan& p, bool hasText)
{
    const std::string dir = sort.descending ? " DESC" : "";
    const auto nullsLast = [&](const std::string& column) {
        return column + " IS NULL, " + column + dir + ", m.name_sort, m.id";
    };
    switch (sort.key) {
    case MemberSortKey::Relevance:
        if (hasText)
            return p.rank + dir + ", m.name_sort, m.id";
        return "m.name_sort" + dir + ", m.id" + dir;
    case MemberSortKey::Name:
        return "m.name_sort" + dir + ", m.id" + dir;
    case MemberSortKey::PartyCard:
        return nullsLast("m.party_card_no");
    case MemberSortKey::DateOfBirth:
        return nullsLast("m.date_of_birth");
    case MemberSortKey::AdmissionDate:
        return nullsLast("m.admission_date");
    case MemberSortKey::Country:
        if (p.postingDriven)
            return "p.main_country" + dir + ", m.name_sort, m.id";
        return "m.name_sort" + dir + ", m.id" + dir;
    case MemberSortKey::PlannedReturn:
        if (p.postingDriven)
            return nullsLast("p.effective_planned_return");
        return "m.name_sort" + dir + ", m.id" + dir;
    }
    return "m.name_sort, m.id";
}

} // namespace

MemberQuery::SearchTerms MemberQuery::parseSearchText(const QString& text)
{
    SearchTerms terms;
    terms.folded = foldForSearch(text);
    // Words as the full-text index cuts them (its "simple" tokenizer: ASCII letters and digits, and
    // every character beyond ASCII), each searched as a prefix.
    QStringList words;
    QString word;
    for (const QChar c : terms.folded) {
        if (isAsciiAlnum(c) || c.unicode() > 127) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    for (const QString& w : words)
        terms.match += (terms.match.isEmpty() ? QString() : QStringLiteral(" ")) + w + QLatin1Char('*');
    terms.words = words.join(QLatin1Char(' '));
    terms.phrase = terms.words;
    // A number may be typed with spaces or dots in it (a citizen ID read out in groups).
    QString digits;
    bool onlyDigits = !terms.folded.isEmpty();
    for (const QChar c : terms.folded) {
        if (c.isDigit())
            digits.append(c);
        else if (!c.isSpace() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            onlyDigits = false;
    }
    if (onlyDigits && !digits.isEmpty()) {
        terms.number = digits;
        terms.match = digits + QLatin1Char('*');
        terms.words.clear();
        terms.phrase.clear();
    }
    return terms;
}

Result<qint64> MemberQuery::count(const MemberFilter& filter)
{
    const QDate today = filter.today.isValid() ? filter.today : m_database.clock().today();
    Plan p = plan(filter, today);
    if (p.empty)
        return qint64(0);
    if (!p.searchMatch.empty()) {
        // Text alone: the rows of the search index that match, without looking up each member. The
        // rank's parameters come first in the builder; this statement uses only the match (same number).
        OREC_TRY_ASSIGN(auto stmt,
                        m_database.connection().prepare(
                            "SELECT count(*) FROM member_search WHERE member_search MATCH " + p.searchMatch));
        p.params.bindAll(stmt);
        OREC_TRY_ASSIGN(auto row, stmt.step());
        return static_cast<qint64>(row ? stmt.int64(0) : 0);
    }
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().prepare("SELECT count(*) " + p.countFrom));
    p.params.bindAll(stmt);
    OREC_TRY_ASSIGN(auto row, stmt.step());
    return static_cast<qint64>(row ? stmt.int64(0) : 0);
}

Result<QList<MemberRow>> MemberQuery::page(const MemberFilter& filter, const MemberSort& sort, qint64 offset,
                                           int limit)
{
    const QDate today = filter.today.isValid() ? filter.today : m_database.clock().today();
    // The first page of a plain search, as a list shows it while the clerk types: rank by rank from
    // the indexes (the same rows, in the same order, as the general query below gives).
    const bool plainSearch = !filter.text.trimmed().isEmpty() && filter.presence == MemberPresence::Any &&
                             !filter.hasPostingFilter() && filter.homeUnitId == 0 && !filter.probationaryOnly;
    if (plainSearch && offset <= 0 && sort.key == MemberSortKey::Relevance && !sort.descending)
        return searchFirstPage(filter.text, limit, today);
    Plan p = plan(filter, today);
    QList<MemberRow> rows;
    if (p.empty || limit <= 0)
        return rows;
    const bool hasText = p.rank != "-1";
    // Phase 1 picks the page's members with nothing but the filter and the order; phase 2 reads the
    // details of those few, so a deep page costs no more than the first.
    std::string sql = "SELECT m.id, " + std::string(p.postingDriven ? "p.id" : "0") + ", " + p.rank + " " +
                      p.from + " ORDER BY " + orderBy(sort, p, hasText) + " LIMIT " +
                      p.params.param(static_cast<long long>(limit)) + " OFFSET " +
                      p.params.param(static_cast<long long>(std::max<qint64>(0, offset)));
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().prepare(sql));
    p.params.bindAll(stmt);
    struct Picked
    {
        qint64 member;
        qint64 posting;
        int rank;
    };
    auto picked = repo::collectRows<Picked>(stmt, [](const sql::Statement& s) {
        return Picked{s.int64(0), s.int64(1), s.integer(2)};
    });
    if (!picked)
        return picked.error();
    rows.reserve(picked->size());
    for (const Picked& pick : *picked) {
        OREC_TRY_ASSIGN(auto r, details(pick.member, p.postingDriven ? pick.posting : -1, today));
        r.matchRank = hasText ? static_cast<MatchRank>(pick.rank) : MatchRank::None;
        rows.append(std::move(r));
    }
    return rows;
}

Result<QList<MemberRow>> MemberQuery::search(const QString& text, int limit)
{
    return searchFirstPage(text, limit, m_database.clock().today());
}

Result<QList<MemberRow>> MemberQuery::searchFirstPage(const QString& text, int limit, const QDate& today)
{
    // The first page of page(text, Relevance) taken rank by rank, each from the index that answers it
    // and stopping once the page is full: a keystroke that matches half the register ("n") costs one
    // index range, not half the register sorted.
    QList<MemberRow> rows;
    const SearchTerms terms = parseSearchText(text);
    if (text.trimmed().isEmpty() || terms.match.isEmpty() || limit <= 0)
        return rows;
    sql::Connection& c = m_database.connection();
    // Past every key that starts with the text, for ranges over the BINARY-ordered text columns.
    const QChar beyond(0xFFFF);
    QSet<qint64> seen;
    const auto take = [&](const std::string& sql, const std::vector<QString>& params,
                          MatchRank rank) -> Status {
        if (rows.size() >= limit)
            return {};
        OREC_TRY_ASSIGN(auto stmt, c.prepare(sql));
        int i = 1;
        for (const QString& p : params)
            stmt.bind(i++, p);
        stmt.bind(i, static_cast<long long>(limit + seen.size()));
        auto ids = repo::collectRows<qint64>(stmt, [](const sql::Statement& s) { return s.int64(0); });
        if (!ids)
            return ids.error();
        for (qint64 id : *ids) {
            if (rows.size() >= limit || seen.contains(id))
                continue;
            seen.insert(id);
            OREC_TRY_ASSIGN(auto row, details(id, -1, today));
            row.matchRank = rank;
            rows.append(std::move(row));
        }
        return {};
    };
    // Whether a range holds at least 2 * sqrt(50 * members) rows, counted no further: then walking the names
    // in list order finds a page within about as many rows as sorting the range would read, and far fewer
    // as the range widens; under it, the range sorted is the cheaper.
    const auto wideRange = [&](const char* countSql, const QString& lo, const QString& hi) -> Result<bool> {
        const std::int64_t members = c.queryInt("SELECT max(id) FROM members").valueOr(1);
        const auto bound = static_cast<long long>(
            2 * std::sqrt(50.0 * static_cast<double>(std::max<std::int64_t>(1, members))));
        OREC_TRY_ASSIGN(auto inRange, c.cached(countSql));
        inRange->bind(1, lo).bind(2, hi).bind(3, bound);
        OREC_TRY_ASSIGN(auto counted, inRange->step());
        const bool wide = counted && inRange->int64(0) >= bound;
        inRange->reset();
        return wide;
    };
    if (!terms.number.isEmpty()) {
        const QString n = terms.number;
        const QString hi = n + beyond;
        OREC_TRY(
            take("SELECT id FROM members WHERE party_card_no = ?1 OR citizen_id = ?1 ORDER BY name_sort, id "
                 "LIMIT ?2",
                 {n}, MatchRank::Exact));
        // "0" starts every citizen ID: as for a short name prefix below, a range wider than the bound is
        // walked in list order instead of sorted whole.
        OREC_TRY_ASSIGN(const bool wide,
                        wideRange("SELECT count(*) FROM (SELECT 1 FROM members WHERE (party_card_no > ?1 AND "
                                  "party_card_no < ?2) OR (citizen_id > ?1 AND citizen_id < ?2) LIMIT ?3)",
                                  n, hi));
        OREC_TRY(
            take(std::string("SELECT id FROM members ") + (wide ? "INDEXED BY members_name_sort " : "") +
                     "WHERE (party_card_no > ?1 AND party_card_no < ?2) OR (citizen_id > ?1 AND citizen_id "
                     "< ?2) ORDER BY name_sort, id LIMIT ?3",
                 {n, hi}, MatchRank::Prefix));
        // An earlier card number (schema 14), as the general query finds it through member_search.
        OREC_TRY(
            take("SELECT e.member_id FROM member_earlier_cards e JOIN members m ON m.id = e.member_id "
                 "WHERE e.party_card_no >= ?1 AND e.party_card_no < ?2 ORDER BY m.name_sort, m.id LIMIT ?3",
                 {n, hi}, MatchRank::Contains));
        return rows;
    }
    const QString q = terms.folded;
    const QString hi = q + beyond;
    OREC_TRY(take("SELECT id FROM members WHERE name_folded = ?1 ORDER BY name_sort, id LIMIT ?2", {q},
                  MatchRank::Exact));
    if (rows.size() < limit) {
        // Names that start with the text, by name. A short text ("n", "ng") starts a third of the
        // register: sorting that range to keep 50 grows with the register, while walking the names in
        // list order finds 50 within a few hundred. The range is counted up to a bound first: under
        // it, the range sorted; over it, the walk, which then needs at most about bound rows too.
        OREC_TRY_ASSIGN(const bool wide,
                        wideRange("SELECT count(*) FROM (SELECT 1 FROM members WHERE name_folded > ?1 AND "
                                  "name_folded < ?2 LIMIT ?3)",
                                  q, hi));
        OREC_TRY(take(wide ? "SELECT id FROM members INDEXED BY members_name_sort WHERE name_folded > ?1 AND "
                             "name_folded < ?2 ORDER BY name_sort, id LIMIT ?3"
                           : "SELECT id FROM members WHERE name_folded > ?1 AND name_folded < ?2 ORDER BY "
                             "name_sort, id LIMIT ?3",
                      {q, hi}, MatchRank::Prefix));
    }
    if (rows.size() >= limit)
        return rows;
    // The ranks after the prefix, in one pass over the full-text index (each typed word a prefix of a
    // word of the name): the whole words at the end of the name (the given name), the whole words
    // anywhere, then the rest. A name that holds the words whole also holds them as prefixes, so one
    // match and a rank per row give the rows three queries gave, in the same order; the names that
    // start with the text were all taken above (or the page is full).
    OREC_TRY_ASSIGN(
        auto ranked,
        c.prepare("SELECT m.id, CASE WHEN length(?2) > 0 AND substr(m.name_folded, -length(?2)) = ?2 "
                  "AND substr(m.name_folded, -length(?2) - 1, 1) = ' ' THEN 2 WHEN length(?2) > 0 AND "
                  "instr(' ' || m.name_folded || ' ', ' ' || ?2 || ' ') > 0 THEN 3 ELSE 4 END AS rank "
                  "FROM members m WHERE m.id IN (SELECT docid FROM member_search WHERE member_search "
                  "MATCH ?1) AND NOT (m.name_folded >= ?3 AND m.name_folded < ?4) "
                  "ORDER BY rank, m.name_sort, m.id LIMIT ?5"));
    ranked.bind(1, terms.match).bind(2, terms.phrase).bind(3, q).bind(4, hi);
    ranked.bind(5, static_cast<long long>(limit + seen.size()));
    struct Ranked
    {
        qint64 id;
        int rank;
    };
    OREC_TRY_ASSIGN(auto found, repo::collectRows<Ranked>(ranked, [](const sql::Statement& s) {
                        return Ranked{s.int64(0), s.integer(1)};
                    }));
    for (const Ranked& r : found) {
        if (rows.size() >= limit || seen.contains(r.id))
            continue;
        seen.insert(r.id);
        OREC_TRY_ASSIGN(auto row, details(r.id, -1, today));
        row.matchRank = static_cast<MatchRank>(r.rank);
        rows.append(std::move(row));
    }
    return rows;
}

Result<MemberRow> MemberQuery::row(qint64 memberId, const QDate& today)
{
    return details(memberId, -1, today.isValid() ? today : m_database.clock().today());
}

// postingId: the posting that has the member away (from phase 1), or -1 to look it up.
Result<MemberRow> MemberQuery::details(qint64 memberId, qint64 postingId, const QDate& today)
{
    sql::Connection& c = m_database.connection();
    auto member = c.cached(
        "SELECT m.id, m.uuid, m.full_name, m.gender, m.date_of_birth, m.party_card_no, m.citizen_id, "
        "m.admission_date, m.full_membership_date, m.home_unit_id, hu.code, hu.name "
        "FROM members m LEFT JOIN party_units hu ON hu.id = m.home_unit_id WHERE m.id = ?");
    if (!member)
        return member.error();
    sql::Statement& s = **member;
    s.bind(1, static_cast<long long>(memberId));
    OREC_TRY_ASSIGN(auto found, s.step());
    if (!found)
        return repo::notFoundError(Texts::tr("member"), QString::number(memberId));
    MemberRow r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.fullName = s.text(2);
    r.gender = fromCodeName<Gender>(s.text(3)).value_or(Gender::Unspecified);
    r.dateOfBirth = s.date(4);
    r.partyCardNumber = s.text(5);
    r.citizenId = s.text(6);
    r.admissionDate = s.date(7);
    r.fullMembershipDate = s.date(8);
    r.homeUnitId = repo::idAt(s, 9);
    r.homeUnitCode = s.text(10);
    r.homeUnitName = s.text(11);
    s.reset();

    if (postingId < 0) {
        OREC_TRY_ASSIGN(
            auto current,
            c.cached("SELECT id FROM postings WHERE member_id = ? AND status IN " +
                     std::string(kAwayStatuses) +
                     " ORDER BY status = 'did_not_return', actual_departure DESC, id DESC LIMIT 1"));
        current->bind(1, static_cast<long long>(memberId));
        auto has = current->step();
        if (!has)
            return has.error();
        postingId = *has ? current->int64(0) : 0;
        current->reset();
    }
    if (postingId <= 0)
        return r;

    OREC_TRY_ASSIGN(
        auto posting,
        c.cached(
            "SELECT p.id, p.status, p.purpose, p.main_country, p.city, p.overseas_cell_id, c.code, c.name, c.cell_type, "
            "p.actual_departure, p.effective_planned_return FROM postings p "
            "LEFT JOIN party_units c ON c.id = p.overseas_cell_id WHERE p.id = ?"));
    sql::Statement& ps = *posting;
    ps.bind(1, static_cast<long long>(postingId));
    OREC_TRY_ASSIGN(auto has, ps.step());
    if (has) {
        r.postingId = ps.int64(0);
        r.postingStatus = fromCodeName<PostingStatus>(ps.text(1)).value_or(PostingStatus::Abroad);
        r.purpose = fromCodeName<PostingPurpose>(ps.text(2)).value_or(PostingPurpose::OfficialMission);
        r.countryCode = ps.text(3);
        r.city = ps.text(4);
        r.cellId = repo::idAt(ps, 5);
        r.cellCode = ps.text(6);
        r.cellName = ps.text(7);
        if (!ps.isNull(8))
            r.cellType = fromCodeName<CellType>(ps.text(8));
        r.departure = ps.date(9);
        r.plannedReturn = ps.date(10);
        r.presence = presenceOf(r.postingStatus, r.plannedReturn, today);
        if (r.presence == MemberPresence::Overdue)
            r.daysOverdue = static_cast<int>(r.plannedReturn.daysTo(today));
    }
    ps.reset();
    return r;
}

} // namespace orec
