// RegisterService: the register's use cases: members, units, postings through their life-cycle, reports
// with their deadlines, transfer letters and the rules table, each change one audited transaction.
#pragma once

#include "app/session.h"
#include "core/member.h"
#include "core/party_unit.h"
#include "core/posting.h"
#include "core/posting_life_cycle.h"
#include "core/posting_rules.h"
#include "core/report.h"
#include "core/result.h"
#include "core/rule_set.h"
#include "core/transfer.h"
#include "core/working_calendar.h"
#include "storage/party_unit_repository.h"
#include "storage/rule_repository.h"

#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace orec::app {

// What a clerk records when a report or document comes in.
struct ReportFiling
{
    QDate receivedDate;       // required
    QVariantMap fields;       // merged into the report's content (keys of report_field)
    QString cellOpinion;      // kept when empty
    QString committeeOpinion; // kept when empty
    QString committeeDecision;
    QDate decisionDate;
    std::optional<bool> confirmed; // self-review confirmed by the cell or mission
};

class RegisterService
{
public:
    explicit RegisterService(Session& session) : m_session(session) {}

    // ---- members --------------------------------------------------------------------------------
    // Validation errors refuse the change (ErrorCode::Invalid, every field named in Error::where);
    // warnings do not: call validate() from core/validation.h to show them before saving.
    Result<Member> addMember(Member member);
    Result<Member> updateMember(Member member);
    Result<Member> member(qint64 id);
    // A row id, a uuid, a party card number or a citizen ID.
    Result<Member> findMember(const QString& key);

    // ---- party units ----------------------------------------------------------------------------
    Result<PartyUnit> addUnit(PartyUnit unit);
    Result<PartyUnit> updateUnit(PartyUnit unit);
    Result<PartyUnit> unit(qint64 id);
    // A row id, a code or a name naming exactly one unit.
    Result<PartyUnit> findUnit(const QString& key);
    Result<QList<PartyUnit>> units(const PartyUnitFilter& filter = {});

    // ---- postings -------------------------------------------------------------------------------
    // A new posting is always planned. A probationary member's end of probation is filled in from
    // the rules; the documents the posting calls for (posting_rules.h requiredDocuments) are created
    // with their due dates under the rules in force today.
    Result<Posting> createPosting(Posting posting);
    // Edits the plan (not the status: that changes through transitions only); deadlines follow.
    Result<Posting> updatePosting(Posting posting);
    Result<Posting> posting(qint64 id);
    // A row id or a uuid.
    Result<Posting> findPosting(const QString& key);
    Result<QList<Posting>> postingsOfMember(qint64 memberId);
    // The arrangement of party activity the rules suggest for the posting's planned stay; whether a
    // cell is nearby is read from the active overseas cells of its countries.
    Result<ArrangementAdvice> adviseArrangement(const Posting& posting);

    // What the state machine needs, read from the database: today, the rules in force, the member's
    // disciplinary review, this posting's reports and the return reports of the member's other trips.
    Result<TransitionContext> transitionContext(const Posting& posting);
    // Transitions possible now, for enabling buttons.
    Result<QList<PostingTransition>> availableTransitions(qint64 postingId);
    struct TransitionOptions
    {
        QList<PostingTransition> offered;
        // Steps that would start from the posting's status but a rule or a missing record blocks now
        // (an overdue return report of an earlier trip, a disciplinary review, the return report not
        // in yet...), each with core's reason: what a window shows beside the steps it offers.
        QList<std::pair<PostingTransition, QString>> blocked;
    };
    // Both from one reading of the posting and its context.
    Result<TransitionOptions> transitionOptions(qint64 postingId);
    // Checks (the state machine's preconditions plus: a member already abroad on another posting
    // cannot depart again), applies, stores with the audit action "transition:<code>", and brings
    // the posting's documents and deadlines up to date (a return sets the return report's due date).
    Result<Posting> applyTransition(qint64 postingId, PostingTransition transition, TransitionInput input);
    // Records the committee's decision on a probationary member's full membership during a posting.
    // Admitted also records the member's full-membership date (the end of probation, else `date`)
    // when the member record has none yet. Refused (ErrorCode::Invalid, field "date") when `date` is
    // after today, or for Admitted while probation has not ended: no full membership dated ahead.
    Result<Posting> recordProbationDecision(qint64 postingId, ProbationDecision decision,
                                            const QString& reference, const QDate& date);

    // ---- reports --------------------------------------------------------------------------------
    Result<QList<Report>> reportsOfPosting(qint64 postingId);
    // The report of `kind` for the posting, created (with its due date) when the rules did not call
    // for it; then marked received with what the clerk entered.
    Result<Report> fileReport(qint64 postingId, ReportKind kind, const ReportFiling& filing);
    // A report of the member not tied to a posting (annual rating, or an event abroad with its date).
    Result<Report> addMemberReport(Report report);

    // ---- transfer letters -----------------------------------------------------------------------
    // Numbers the letter in the issuing committee's register and, for a posting, links it as the
    // letter out or back. The member's card and dossier numbers are copied when left empty.
    Result<Transfer> issueTransfer(Transfer transfer);
    // One committee's transfer register (10-SHĐ) in number order; year 0 = every year.
    Result<QList<Transfer>> transferRegister(qint64 issuingCommitteeId, int year = 0);

    // ---- rules ----------------------------------------------------------------------------------
    Result<RuleSet> rulesInForce(const QDate& day = {});
    Result<QList<RuleSet>> ruleVersions();
    // A new version with one rule changed, in force from `effectiveDate` (today when invalid);
    // administrators only (Permission::EditRules). `value` is typed for the rule's unit or text to
    // read as it (a number, on/off, document codes); an invalid QVariant keeps the value, so that
    // only `unit` changes. `unit` switches a deadline between days and working days. Deadlines and
    // documents already set keep their version.
    Result<RuleSet> setRule(const QString& key, const QVariant& value, const QDate& effectiveDate = {},
                            std::optional<RuleUnit> unit = std::nullopt);
    // Holidays beyond the fixed solar ones, for deadlines in working days (administrators only).
    Result<QList<Holiday>> holidays();
    Status addHoliday(const Holiday& holiday);

private:
    Database& db() { return m_session.database(); }
    QDate today() const { return m_session.clock().today(); }
    Status checkMember(const Member& member);
    Status checkUnit(const PartyUnit& unit);
    Result<WorkingCalendar> calendar();
    Status syncReports(WriteScope& scope, const Posting& posting);

    Session& m_session;
};

} // namespace orec::app
