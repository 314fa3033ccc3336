// Filters and result rows of the register's queries: plain values a table model or a printed list can hold.
#pragma once

#include "core/member.h"
#include "core/party_unit.h"
#include "core/posting.h"
#include "core/report.h"
#include "core/transfer.h"
#include "storage/audit_log.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace orec {

// Where a member is now, derived from their postings on a given day.
enum class MemberPresence {
    Any,          // no filter (as a filter only)
    AtHome,       // no posting abroad, lost contact or did-not-return
    Abroad,       // abroad now: abroad, in an overseas cell, or lost contact (overdue ones included)
    Overdue,      // abroad or in a cell past the planned return (after extensions)
    LostContact,  // lost contact
    DidNotReturn, // did not return
};

// What the member list can be ordered by. Posting columns order members at home last.
enum class MemberSortKey {
    Relevance, // search rank (exact, prefix, contains), then name; name when there is no search text
    Name,      // Vietnamese list order (given name first), person_name.h
    PartyCard,
    DateOfBirth,
    AdmissionDate,
    Country,       // main country of the current posting
    PlannedReturn, // of the current posting; the most overdue first when ascending
};

struct MemberSort
{
    MemberSortKey key = MemberSortKey::Relevance;
    bool descending = false;
};

// Everything the member list filters by; empty fields do not filter. The posting filters (country,
// cell, cell type, purpose) apply to the posting the member is on now and so imply Abroad unless
// another presence than Any or AtHome is asked for (AtHome with a posting filter finds nobody).
struct MemberFilter
{
    MemberPresence presence = MemberPresence::Any;
    QString countryCode; // among the countries of the current posting
    qint64 cellId = 0;   // the overseas cell joined
    std::optional<CellType> cellType;
    std::optional<PostingPurpose> purpose;
    qint64 homeUnitId = 0;         // the unit or any unit under it
    bool probationaryOnly = false; // admitted, not yet full
    // Part of a name, typed with or without diacritics in any case (every word must begin a word of
    // the name, in any order), or the start of a party card number or citizen ID.
    QString text;
    QDate today; // the day "overdue" is judged on; invalid = the database clock's today

    bool hasPostingFilter() const
    {
        return !countryCode.isEmpty() || cellId != 0 || cellType.has_value() || purpose.has_value();
    }
};

// How well a member matched the search text.
enum class MatchRank {
    None = -1,     // no search text
    Exact = 0,     // the whole folded name, card number or citizen ID
    Prefix = 1,    // the folded name, card number or citizen ID starts with the text
    GivenName = 2, // the name ends with the text's words: "duc" finds Nguyễn Văn Đức here
    Word = 3,      // the text's words stand whole, in order, inside the name: "duc" finds Đỗ Đức Anh
    Contains = 4,  // every word of the text begins some word of the name
};

// One line of the member list.
struct MemberRow
{
    qint64 id = 0;
    QString uuid;
    QString fullName;
    Gender gender = Gender::Unspecified;
    QDate dateOfBirth;
    QString partyCardNumber;
    QString citizenId;
    QDate admissionDate;
    QDate fullMembershipDate;
    qint64 homeUnitId = 0;
    QString homeUnitCode;
    QString homeUnitName;

    MemberPresence presence = MemberPresence::AtHome;
    // The posting that has the member abroad now (0 when at home).
    qint64 postingId = 0;
    PostingStatus postingStatus = PostingStatus::Planned;
    PostingPurpose purpose = PostingPurpose::OfficialMission;
    QString countryCode; // main country
    QString city;
    qint64 cellId = 0;
    QString cellCode;
    QString cellName;
    std::optional<CellType> cellType;
    QDate departure;
    QDate plannedReturn; // after extensions
    int daysOverdue = 0; // > 0 when past the planned return

    MatchRank matchRank = MatchRank::None;
    // The earlier card number the search text matched, when it matched none of the current numbers
    // (app::QueryService fills it in).
    QString earlierCardMatch;

    bool isProbationary() const { return admissionDate.isValid() && !fullMembershipDate.isValid(); }
};

struct ReportDueFilter
{
    int withinDays = 30;        // due from today to today + withinDays
    bool includeOverdue = true; // and those already past due
    bool overdueOnly = false;   // only those past due
    std::optional<ReportKind> kind;
    qint64 memberId = 0;
    qint64 homeUnitId = 0; // the member's home unit or any unit under it
    // A search as on the member list: every word the start of a word of the member's name (with or without
    // diacritics), or the start of their party card number or citizen ID; or part of the name or code of the
    // posting's overseas cell.
    QString text;
    QDate today; // invalid = the database clock's today
};

// A report not yet received whose due date has come or is near. Reports of cancelled postings are
// never listed.
struct ReportDueRow
{
    qint64 reportId = 0;
    QString reportUuid;
    ReportKind kind = ReportKind::Return;
    QDate dueDate;
    int daysLate = 0; // > 0: days past due; <= 0: days left (0 = due today)
    int ruleSetVersion = 0;
    qint64 memberId = 0;
    QString memberName;
    QString partyCardNumber;
    qint64 postingId = 0; // 0 for the member's own reports
    PostingStatus postingStatus = PostingStatus::Planned;
    PostingPurpose purpose = PostingPurpose::OfficialMission;
    QString countryCode;
};

// One posting of a member with everything attached to it.
struct PostingHistory
{
    Posting posting;
    QString cellName;
    QString approvingCommitteeName;
    QList<Report> reports;
    QList<Transfer> transfers;
};

// A member's whole record: who they are, every posting with its reports and letters, their own
// reports (ratings, events) and the changes made to the member record itself.
struct MemberHistory
{
    Member member;
    QString homeUnitName;
    QList<PostingHistory> postings;  // latest first
    QList<Report> memberReports;     // not tied to a posting
    QList<Transfer> otherTransfers;  // not tied to a posting
    QList<AuditEntry> recordChanges; // newest first
};

// Postings abroad at some time in [from, to] (departed on or before `to`, not back before `from`),
// counted by main country and overseas cell type (none when not in an overseas cell).
struct CountryCellTypeCount
{
    QString countryCode;
    std::optional<CellType> cellType;
    int postings = 0;
    int members = 0;
};

struct PurposeCount
{
    PostingPurpose purpose = PostingPurpose::OfficialMission;
    int postings = 0; // abroad at some time in the period
    int members = 0;
    int departures = 0; // departed in the period
    int returns = 0;    // came back in the period
};

struct RegisterStatistics
{
    QDate from;
    QDate to;
    QList<CountryCellTypeCount> byCountryAndCellType; // by country, then cell type
    QList<PurposeCount> byPurpose;                    // in the order of PostingPurpose
    int postings = 0;
    int members = 0;
    int departures = 0;
    int returns = 0;
    int unapprovedDepartures = 0;
};

// A probationary member whose probation ends soon or has ended without a recorded decision.
struct ProbationRow
{
    qint64 memberId = 0;
    QString fullName;
    QString partyCardNumber;
    QDate admissionDate;
    QDate probationEnd;
    int daysLeft = 0; // negative: ended that many days ago
    qint64 homeUnitId = 0;
    QString homeUnitName;
    qint64 postingId = 0; // abroad now; 0 at home
    QString countryCode;
    ProbationDecision decision = ProbationDecision::Pending;
};

// A departure recorded without approval: flagged for the committee (Regulation 69-QĐ/TW art. 34).
struct UnapprovedDepartureRow
{
    qint64 postingId = 0;
    QString postingUuid;
    qint64 memberId = 0;
    QString fullName;
    QString partyCardNumber;
    PostingPurpose purpose = PostingPurpose::OfficialMission;
    QString countryCode;
    QDate departure;
    QDate returnDate;
    QDate approvalDate; // when it was approved after all, else invalid
    PostingStatus status = PostingStatus::Abroad;
};

} // namespace orec

namespace orec {

// A departure or a return inside a period, for the printed list of movements.
struct PostingMovementRow
{
    qint64 postingId = 0;
    qint64 memberId = 0;
    QString fullName;
    QString partyCardNumber;
    qint64 homeUnitId = 0;
    QString homeUnitName;
    QStringList countryCodes; // in the posting's order, the main country first
    PostingPurpose purpose = PostingPurpose::OfficialMission;
    PostingStatus status = PostingStatus::Abroad;
    QString decisionNumber;
    QDate departure;     // actual
    QDate plannedReturn; // after extensions
    QDate actualReturn;  // invalid while abroad
};

// The reports whose due date falls in a period, by what became of them. Reports of cancelled
// postings owe nothing and are not counted; reports without a due date have no deadline to meet.
struct ReportTimelinessCounts
{
    QDate from;
    QDate to;
    QDate asOf;             // the day "overdue" and "not yet due" are judged on
    int due = 0;            // due in [from, to]: the four below add up to it
    int receivedOnTime = 0; // received on or before the due date
    int receivedLate = 0;   // received after it
    int overdue = 0;        // not received, due before asOf
    int notYetDue = 0;      // not received, due on or after asOf
};

} // namespace orec
