// What the rules table says about a posting: report deadlines, party-activity arrangement, documents
// required.
#pragma once

#include "core/posting.h"
#include "core/report.h"
#include "core/result.h"
#include "core/rule_set.h"
#include "core/working_calendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace orec {

// A deadline together with the rule that produced it.
struct DueDate
{
    QDate date;             // invalid: not determined yet (e.g. return report before the return)
    int ruleSetVersion = 0; // the RuleSet version it was computed with
    QString ruleKey;        // the rule that set it; empty when none applies

    bool isValid() const { return date.isValid(); }
};

// Due date of a report of `kind` for `posting`:
//  - private-trip application, relatives commitment, pre-departure report: the planned departure
//    less the rule's lead days;
//  - return report: the actual return plus 7 working days after a private trip, 15 days after
//    any other (by default);
// each counted in the unit its rule has in `rules` (an admin may switch a deadline between
// calendar days and working days; working days skip weekends and the calendar's holidays);
//  - self-review and cell remarks: the actual return plus their days;
//  - event reports: `eventDate` plus their days;
//  - annual rating: none (set by the committee's yearly calendar).
DueDate computeDueDate(ReportKind kind, const Posting& posting, const RuleSet& rules,
                       const WorkingCalendar& calendar, const QDate& eventDate = {});

// Whether assignDueDate may replace the rule-set version a report already carries.
enum class RuleVersionPolicy {
    KeepReportVersion, // refuse when `rules` is not the version the report was computed with
    AdoptNewVersion,   // an explicit decision to move the report to `rules`
};

// Sets report.dueDate and report.ruleSetVersion. A report that already records a rule-set version
// keeps it: recomputing it (after the actual return date is known, say) must be given that same
// version (RuleSet::findVersion), so a later change of the rules never silently moves an old
// deadline; passing another version is refused unless the policy says to adopt it.
Status assignDueDate(Report& report, const Posting& posting, const RuleSet& rules,
                     const WorkingCalendar& calendar,
                     RuleVersionPolicy policy = RuleVersionPolicy::KeepReportVersion);

// The facts the recommended arrangement depends on.
struct StayFacts
{
    QDate departure;
    QDate plannedReturn;
    int delegationSize = 1;         // party members travelling together, this member included
    int delegationFullMembers = -1; // of those, full members; -1 = same as delegationSize
    bool partyUnitNearby = false;   // an overseas cell or unit the member can join where they stay

    static StayFacts fromPosting(const Posting& posting, bool partyUnitNearby);
};

struct ArrangementAdvice
{
    PartyActivityArrangement arrangement = PartyActivityArrangement::StaysWithHomeCell;
    AttendanceMode attendance = AttendanceMode::InCell;
    bool formCellOrGroup = false; // the committee should form a group or cell inside the delegation
    QString ruleKey;              // the threshold that decided it
    QString explanation;          // translated, for the clerk
};

// The arrangement the rules call for (the committee decides; this is the suggestion):
//  - under the temporary-group minimum (1 month): stays with the home cell;
//  - from 1 month up to the temporary-transfer threshold: a temporary group when the delegation has 3+
//  members; otherwise stays
//    with the home cell, exempted from meetings for the stay;
//  - from 3 (or over 3, as arrangement.temporary_transfer.includes_threshold says) and under 12
//    months: temporary transfer;
//  - 12 months or more: official transfer (the "up to 12 months" of one source and the "12 months
//    or more" of Guidance 01-HD/TW overlap at 12; the central guidance wins).
// For transfers the member attends a nearby unit; with none nearby, a delegation of 3+ full members
// forms a cell, and anyone else attends individually under the overseas committee.
ArrangementAdvice recommendArrangement(const StayFacts& facts, const RuleSet& rules);

// The documents a posting calls for, in the order they fall due: those the rule of its purpose
// lists (rule_key::documentsFor: by default a private-trip application for private purposes, a
// pre-departure report and a return report for every purpose), plus, whatever the list says, a
// commitment on relatives abroad (visits including relatives, when that rule is on), a self-review
// (transfers of party activity, and a probationary member whose probation ends during the stay)
// and cell remarks (transfers where the member was in an overseas cell).
QList<ReportKind> requiredDocuments(const Posting& posting, const RuleSet& rules);

} // namespace orec
