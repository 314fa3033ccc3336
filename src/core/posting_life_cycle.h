// The posting life-cycle as an explicit state machine: which transitions exist, when each is refused, and
// what it changes.
#pragma once

#include "core/party_unit.h"
#include "core/posting.h"
#include "core/report.h"
#include "core/result.h"
#include "core/rule_set.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace orec {

// planned ─approve→ approved ─depart→ abroad ─join cell→ in overseas cell; extend keeps the
// status; abroad/in cell ─return home→ returned ─close→ closed; planned/approved ─cancel→
// cancelled; abroad/in cell ─mark lost contact→ lost contact ─found→ abroad, or ─mark did not
// return→ did not return. A departure for a posting never approved (or before its approval) is
// only recorded through RecordUnapprovedDeparture, which flags the posting for the committee.
enum class PostingTransition {
    Approve,                   // approve
    Depart,                    // depart
    RecordUnapprovedDeparture, // record_unapproved_departure
    JoinCell,                  // join_cell
    Extend,                    // extend
    ReturnHome,                // return_home
    Close,                     // close: the reports are in
    Cancel,                    // cancel
    MarkLostContact,           // mark_lost_contact
    Found,                     // found: contact restored, back to abroad
    MarkDidNotReturn,          // mark_did_not_return
};

template <> struct EnumCodes<PostingTransition>
{
    static const char* context() { return "orec::PostingTransition"; }
    static std::span<const EnumCode<PostingTransition>> table();
};

enum class RefusalReason {
    None,
    WrongStatus,                // the transition does not start from the posting's status
    MissingDate,                // the input lacks the date of the event
    DateInFuture,               // the event cannot have happened yet
    IncompletePosting,          // the posting fails validation (approve)
    MissingCommittee,           // no approving committee
    DisciplinaryReview,         // the member is under disciplinary review (rule)
    OverdueReturnReport,        // a return report of an earlier trip is overdue (rule)
    RelativesCommitmentMissing, // a visit to relatives without the commitment received (rule)
    NotApproved,                // an ordinary departure for a posting not approved
    DepartureBeforeApproval,    // an ordinary departure dated before the approval
    DepartureAfterApproval,     // an "unapproved" departure that was in fact approved
    MissingCell,                // join a cell: none given or not stored
    NotAnOverseasCell,
    CellInactive,
    CellCountryNotInPosting,
    BeforeDeparture,        // an event dated before the departure
    BeforeReturn,           // closing before the return
    BeforeLostContact,      // found before contact was lost
    MissingExtension,       // extend: decision number, date or new return missing
    ExtensionDoesNotExtend, // the new planned return is not later
    ReturnReportMissing,
    SelfReviewNotConfirmed,
    TransferLetterBackMissing,
    NotOverdue,   // did not return while still within the planned stay
    PaperMissing, // a paper the rules table makes the step wait for (papers_before.blocking) is missing
};

template <> struct EnumCodes<RefusalReason>
{
    static const char* context() { return "orec::RefusalReason"; }
    static std::span<const EnumCode<RefusalReason>> table();
};

// What a transition needs from the person recording it. Only the fields of the transition at
// hand are read.
struct TransitionInput
{
    QDate date;                         // when it happened (approval, departure, joining, return, closing...)
    qint64 committeeId = 0;             // Approve: the approving committee (else the posting's own)
    QString decisionNumber;             // Approve: the sending decision, when not on the posting yet
    QDate decisionDate;                 // Approve
    QString decisionBody;               // Approve
    std::optional<PartyUnit> cell;      // JoinCell: the overseas cell joined
    std::optional<Extension> extension; // Extend
    QString reason;                     // Cancel, MarkDidNotReturn
};

// What the state machine needs to know beyond the posting itself; the app layer loads it.
struct TransitionContext
{
    QDate today;
    RuleSet rules = RuleSet::defaults();
    bool memberUnderDisciplinaryReview = false;
    QList<Report> reports;              // this posting's reports
    QList<Report> earlierReturnReports; // return reports of the member's other postings
};

// OK, or a refusal with its reason and a translated message.
class TransitionVerdict
{
public:
    static TransitionVerdict allow() { return {}; }
    static TransitionVerdict refuse(RefusalReason reason, QString message, QString field = {});

    bool isAllowed() const { return m_reason == RefusalReason::None; }
    explicit operator bool() const { return isAllowed(); }
    RefusalReason reason() const { return m_reason; }
    const QString& message() const { return m_message; }
    const QString& field() const { return m_field; } // input field the refusal is about, if any
    Error toError() const;                           // ErrorCode::Invalid with the message

private:
    RefusalReason m_reason = RefusalReason::None;
    QString m_message;
    QString m_field;
};

// Checks that depend only on the posting's status and the context, not on the input: what a
// window uses to enable an action and to explain, in a tooltip, why it is disabled.
TransitionVerdict checkAvailability(PostingTransition transition, const Posting& posting,
                                    const TransitionContext& context);

// The transitions available now (checkAvailability allows them), in declaration order.
QList<PostingTransition> allowedTransitions(const Posting& posting, const TransitionContext& context);

// Everything: availability, then the input (dates, cell, extension).
TransitionVerdict check(PostingTransition transition, const Posting& posting, const TransitionInput& input,
                        const TransitionContext& context);

// The posting after the transition; the refusal as an Error (ErrorCode::Invalid) otherwise.
// Identity and version are left alone: storage bumps the version when it writes.
Result<Posting> apply(PostingTransition transition, const Posting& posting, const TransitionInput& input,
                      const TransitionContext& context);

} // namespace orec
