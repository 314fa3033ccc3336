#include "app/query_service.h"

#include "core/result_try.h"
#include "storage/member_query.h"
#include "storage/member_repository.h"
#include "storage/register_queries.h"
#include "storage/rule_repository.h"

namespace orec::app {

namespace {

// A member found by a number that begins none of their current ones was found by an earlier card
// number: the list says which, so the clerk knows the card in hand is an old one.
Status markEarlierCards(Database& db, const QString& text, QList<MemberRow>& rows)
{
    const QString number = MemberQuery::parseSearchText(text).number;
    if (number.isEmpty())
        return {};
    MemberRepository members(db);
    for (MemberRow& row : rows) {
        if (row.partyCardNumber.startsWith(number) || row.citizenId.startsWith(number))
            continue;
        OREC_TRY_ASSIGN(auto earlier, members.earlierCardNumbers(row.id));
        for (const EarlierCardNumber& e : earlier) {
            if (e.number.startsWith(number)) {
                row.earlierCardMatch = e.number;
                break;
            }
        }
    }
    return {};
}

} // namespace

Result<qint64> QueryService::countMembers(const MemberFilter& filter)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return MemberQuery(db()).count(filter);
}

Result<QList<MemberRow>> QueryService::members(const MemberFilter& filter, const MemberSort& sort,
                                               qint64 offset, int limit)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    OREC_TRY_ASSIGN(auto rows, MemberQuery(db()).page(filter, sort, offset, limit));
    OREC_TRY(markEarlierCards(db(), filter.text, rows));
    return rows;
}

Result<QList<MemberRow>> QueryService::search(const QString& text, int limit)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    OREC_TRY_ASSIGN(auto rows, MemberQuery(db()).search(text, limit));
    OREC_TRY(markEarlierCards(db(), text, rows));
    return rows;
}

Result<MemberRow> QueryService::memberRow(qint64 memberId)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return MemberQuery(db()).row(memberId);
}

Result<QList<MemberRow>> QueryService::abroadNow(MemberFilter filter, qint64 offset, int limit)
{
    if (filter.presence == MemberPresence::Any || filter.presence == MemberPresence::AtHome)
        filter.presence = MemberPresence::Abroad;
    return members(filter, MemberSort{MemberSortKey::Name, false}, offset, limit);
}

Result<QList<MemberRow>> QueryService::overdueToReturn(qint64 offset, int limit)
{
    MemberFilter filter;
    filter.presence = MemberPresence::Overdue;
    return members(filter, MemberSort{MemberSortKey::PlannedReturn, false}, offset, limit);
}

Result<qint64> QueryService::countReportsDue(const ReportDueFilter& filter)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return RegisterQueries(db()).countReportsDue(filter);
}

Result<QList<ReportDueRow>> QueryService::reportsDue(const ReportDueFilter& filter, qint64 offset, int limit)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return RegisterQueries(db()).reportsDue(filter, offset, limit);
}

Result<MemberHistory> QueryService::memberHistory(qint64 memberId)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return RegisterQueries(db()).memberHistory(memberId);
}

Result<RegisterStatistics> QueryService::statistics(const QDate& from, const QDate& to)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return RegisterQueries(db()).statistics(from, to);
}

Result<QList<ProbationRow>> QueryService::probationEnding(int withinDays, bool abroadOnly)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    auto rules = RuleRepository(db()).inForceOn(m_session.clock().today());
    if (!rules)
        return rules.error();
    return RegisterQueries(db()).probationEnding(withinDays, rules->intValue(rule_key::kProbationMonths),
                                                 abroadOnly);
}

Result<QList<UnapprovedDepartureRow>> QueryService::departuresWithoutApproval(const QDate& from,
                                                                              const QDate& to)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return RegisterQueries(db()).departuresWithoutApproval(from, to);
}

Result<RegisterSummary> QueryService::summary()
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    RegisterSummary s;
    MemberQuery members(db());
    const auto countWhere = [&](MemberPresence presence) -> Result<qint64> {
        MemberFilter filter;
        filter.presence = presence;
        return members.count(filter);
    };
    auto all = countWhere(MemberPresence::Any);
    if (!all)
        return all.error();
    s.members = *all;
    auto abroad = countWhere(MemberPresence::Abroad);
    if (!abroad)
        return abroad.error();
    s.abroad = *abroad;
    auto overdue = countWhere(MemberPresence::Overdue);
    if (!overdue)
        return overdue.error();
    s.overdue = *overdue;
    auto lost = countWhere(MemberPresence::LostContact);
    if (!lost)
        return lost.error();
    s.lostContact = *lost;
    RegisterQueries queries(db());
    ReportDueFilter late;
    late.overdueOnly = true;
    auto reportsLate = queries.countReportsDue(late);
    if (!reportsLate)
        return reportsLate.error();
    s.reportsOverdue = *reportsLate;
    ReportDueFilter soon;
    soon.withinDays = 14;
    soon.includeOverdue = false;
    auto reportsSoon = queries.countReportsDue(soon);
    if (!reportsSoon)
        return reportsSoon.error();
    s.reportsDueSoon = *reportsSoon;
    auto probation = probationEnding(30);
    if (!probation)
        return probation.error();
    s.probationEndingSoon = probation->size();
    auto unapproved = queries.departuresWithoutApproval();
    if (!unapproved)
        return unapproved.error();
    s.unapprovedDepartures = unapproved->size();
    return s;
}

} // namespace orec::app
