// QueryService: the register's lists and counts for windows and the command line, read-only.
#pragma once

#include "app/session.h"
#include "core/result.h"
#include "storage/register_query_types.h"

#include <QList>

namespace orec::app {

// The figures a start screen shows.
struct RegisterSummary
{
    qint64 members = 0;
    qint64 abroad = 0;  // abroad now, lost contact included
    qint64 overdue = 0; // past the planned return
    qint64 lostContact = 0;
    qint64 reportsOverdue = 0;      // not received by their due date
    qint64 reportsDueSoon = 0;      // due within the next 14 days
    qint64 probationEndingSoon = 0; // within the next 30 days or already past
    qint64 unapprovedDepartures = 0;
};

class QueryService
{
public:
    explicit QueryService(Session& session) : m_session(session) {}

    // The member list, paged: see storage/member_query.h.
    Result<qint64> countMembers(const MemberFilter& filter);
    Result<QList<MemberRow>> members(const MemberFilter& filter, const MemberSort& sort, qint64 offset,
                                     int limit);
    Result<QList<MemberRow>> search(const QString& text, int limit = 50);
    Result<MemberRow> memberRow(qint64 memberId);

    // Who is abroad now, filtered like the member list (presence Abroad unless the filter says
    // otherwise), by name.
    Result<QList<MemberRow>> abroadNow(MemberFilter filter, qint64 offset = 0, int limit = 1000);
    // Abroad past the planned return, the longest overdue first.
    Result<QList<MemberRow>> overdueToReturn(qint64 offset = 0, int limit = 1000);

    Result<qint64> countReportsDue(const ReportDueFilter& filter);
    Result<QList<ReportDueRow>> reportsDue(const ReportDueFilter& filter, qint64 offset = 0,
                                           int limit = 1000);

    Result<MemberHistory> memberHistory(qint64 memberId);
    Result<RegisterStatistics> statistics(const QDate& from, const QDate& to);
    // Probation length from the rules in force today.
    Result<QList<ProbationRow>> probationEnding(int withinDays, bool abroadOnly = false);
    Result<QList<UnapprovedDepartureRow>> departuresWithoutApproval(const QDate& from = {},
                                                                    const QDate& to = {});

    Result<RegisterSummary> summary();

private:
    Database& db() { return m_session.database(); }

    Session& m_session;
};

} // namespace orec::app
