// RegisterQueries: the lists a committee works from: reports due and overdue, a member's history,
// statistics for a period, probation ending, departures without approval.
#pragma once

#include "core/result.h"
#include "storage/database.h"
#include "storage/register_query_types.h"

#include <QHash>
#include <QList>

namespace orec {

class RegisterQueries
{
public:
    explicit RegisterQueries(Database& database) : m_database(database) {}

    // Reports not yet received, by due date (the most overdue first), then name. Page with
    // countReportsDue + reportsDue(offset, limit) like MemberQuery.
    Result<qint64> countReportsDue(const ReportDueFilter& filter);
    Result<QList<ReportDueRow>> reportsDue(const ReportDueFilter& filter, qint64 offset = 0,
                                           int limit = 1000);

    // The overseas cells whose name or code holds the text, folded (no diacritics, any case).
    Result<QList<qint64>> cellsNamed(const QString& text);

    Result<MemberHistory> memberHistory(qint64 memberId);

    // Counts of postings abroad at some time in [from, to], by main country × overseas cell type and
    // by purpose, with departures and returns inside the period.
    Result<RegisterStatistics> statistics(const QDate& from, const QDate& to);

    // Probationary members whose probation (admission + `probationMonths`) ends on or before
    // today + withinDays, those already past it included; by end date.
    Result<QList<ProbationRow>> probationEnding(int withinDays, int probationMonths, bool abroadOnly = false,
                                                const QDate& today = {});

    // Postings recorded as departed without approval, latest departure first; an invalid bound is open.
    Result<QList<UnapprovedDepartureRow>> departuresWithoutApproval(const QDate& from = {},
                                                                    const QDate& to = {});

    // For each overseas cell, up to `perCell` full members in it now (by posting), in the order they
    // were recorded: who can be its secretary and deputy.
    Result<QHash<qint64, QList<qint64>>> fullMembersInCellsNow(int perCell);

    // Postings that left (departuresIn) or came back (returnsIn) on a day in [from, to], by that day
    // and then by name: one range of the departure or return index, never a pass over every posting.
    Result<QList<PostingMovementRow>> departuresIn(const QDate& from, const QDate& to);
    Result<QList<PostingMovementRow>> returnsIn(const QDate& from, const QDate& to);

    // The reports due in [from, to]: received on time, late, overdue or not yet due on `asOf`
    // (invalid = the database clock's today). A range of the due-date index (schema v5).
    Result<ReportTimelinessCounts> reportTimeliness(const QDate& from, const QDate& to,
                                                    const QDate& asOf = {});

private:
    Result<QList<PostingMovementRow>> movementsIn(const char* dateColumn, const QDate& from, const QDate& to);

    Database& m_database;
};

} // namespace orec
