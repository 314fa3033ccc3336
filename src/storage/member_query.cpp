#include "storage/member_query.h"

#include "core/result_try.h"
#include "core/text_folding.h"
#include "storage/repository_support.h"
#include "storage/sql_builder.h"

#include <QCoreApplication>
#include <QSet>

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
                "p.status = 'did_not_return' AND m.id NOT IN (SELECT member_id FROM postings WHERE status IN " +
                std::string(kAbroadStatuses) + ")";
            break;
        default:
            where = "p.status IN " + std::string(kAbroadStatuses);
            break;
        }
        if (!filter.countryCode.isEmpty())
            where += " AND EXISTS (SELECT 1 FROM posting_countries pc WHERE pc.posting_id = p.id AND "
                     "pc.country_code = " +
                     p.params.param(filter.countryCode.trimmed().toUpper()) + ")";
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
    if (filter.homeUnitId != 0)
        where +=
            " AND m.home_unit_id IN (WITH RECURSIVE sub(id) AS (SELECT " +
            p.params.param(static_cast<long long>(filter.homeUnitId)) +
            " UNION SELECT u.id FROM party_units u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)";
    if (filter.probationaryOnly)
        where += " AND m.admission_date IS NOT NULL AND m.full_membership_date IS NULL";
    if (hasText)
        where += " AND m.id IN (SELECT docid FROM member_search WHERE member_search MATCH " +
                 p.params.param(terms.match) + ")";
    p.from += " WHERE " + where;
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
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().prepare("SELECT count(*) " + p.from));
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
    if (!terms.number.isEmpty()) {
        const QString n = terms.number;
        const QString hi = n + beyond;
        OREC_TRY(
            take("SELECT id FROM members WHERE party_card_no = ?1 OR citizen_id = ?1 ORDER BY name_sort, id "
                 "LIMIT ?2",
                 {n}, MatchRank::Exact));
        OREC_TRY(take("SELECT id FROM members WHERE (party_card_no > ?1 AND party_card_no < ?2) OR "
                      "(citizen_id > ?1 AND citizen_id < ?2) ORDER BY name_sort, id LIMIT ?3",
                      {n, hi}, MatchRank::Prefix));
        // An earlier card number (schema 12), as the general query finds it through member_search.
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
    OREC_TRY(take(
        "SELECT id FROM members WHERE name_folded > ?1 AND name_folded < ?2 ORDER BY name_sort, id LIMIT ?3",
        {q, hi}, MatchRank::Prefix));
    if (!terms.words.isEmpty()) {
        // Whole words from the index, then where they stand: at the end of the name (the given name),
        // or anywhere in it.
        OREC_TRY(take(
            "SELECT m.id FROM members m WHERE m.id IN (SELECT docid FROM member_search WHERE member_search "
            "MATCH ?1) AND substr(m.name_folded, -length(?2)) = ?2 AND "
            "substr(m.name_folded, -length(?2) - 1, 1) = ' ' ORDER BY m.name_sort, m.id LIMIT ?3",
            {terms.words, terms.phrase}, MatchRank::GivenName));
        OREC_TRY(take(
            "SELECT m.id FROM members m WHERE m.id IN (SELECT docid FROM member_search WHERE member_search "
            "MATCH ?1) AND instr(' ' || m.name_folded || ' ', ' ' || ?2 || ' ') > 0 "
            "ORDER BY m.name_sort, m.id LIMIT ?3",
            {terms.words, terms.phrase}, MatchRank::Word));
    }
    OREC_TRY(take(
        "SELECT m.id FROM members m WHERE m.id IN (SELECT docid FROM member_search WHERE member_search "
        "MATCH ?1) AND NOT (m.name_folded >= ?2 AND m.name_folded < ?3) ORDER BY m.name_sort, m.id LIMIT ?4",
        {terms.match, q, hi}, MatchRank::Contains));
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
