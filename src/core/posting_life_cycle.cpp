#include "core/posting_life_cycle.h"

#include "core/step_papers.h"
#include "core/validation.h"

#include <QCoreApplication>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::PostingLifeCycle)
};

constexpr EnumCode<PostingTransition> kTransitions[] = {
    {PostingTransition::Approve, "approve", nullptr, QT_TRANSLATE_NOOP("orec::PostingTransition", "Approve")},
    {PostingTransition::Depart, "depart", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingTransition", "Record departure")},
    {PostingTransition::RecordUnapprovedDeparture, "record_unapproved_departure", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingTransition", "Record departure without approval")},
    {PostingTransition::JoinCell, "join_cell", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingTransition", "Join an overseas cell")},
    {PostingTransition::Extend, "extend", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingTransition", "Extend the stay")},
    {PostingTransition::ReturnHome, "return_home", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingTransition", "Record return")},
    {PostingTransition::Close, "close", nullptr, QT_TRANSLATE_NOOP("orec::PostingTransition", "Close")},
    {PostingTransition::Cancel, "cancel", nullptr, QT_TRANSLATE_NOOP("orec::PostingTransition", "Cancel")},
    {PostingTransition::MarkLostContact, "mark_lost_contact", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingTransition", "Mark as lost contact")},
    {PostingTransition::Found, "found", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingTransition", "Contact restored")},
    {PostingTransition::MarkDidNotReturn, "mark_did_not_return", nullptr,
     QT_TRANSLATE_NOOP("orec::PostingTransition", "Mark as did not return")},
};

constexpr EnumCode<RefusalReason> kReasons[] = {
    {RefusalReason::None, "none", nullptr, QT_TRANSLATE_NOOP("orec::RefusalReason", "Allowed")},
    {RefusalReason::WrongStatus, "wrong_status", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Not possible in this status")},
    {RefusalReason::MissingDate, "missing_date", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Date missing")},
    {RefusalReason::DateInFuture, "date_in_future", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Date in the future")},
    {RefusalReason::IncompletePosting, "incomplete_posting", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "The posting is incomplete")},
    {RefusalReason::MissingCommittee, "missing_committee", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Approving committee missing")},
    {RefusalReason::DisciplinaryReview, "disciplinary_review", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Member under disciplinary review")},
    {RefusalReason::OverdueReturnReport, "overdue_return_report", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Return report of an earlier trip overdue")},
    {RefusalReason::RelativesCommitmentMissing, "relatives_commitment_missing", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Commitment on relatives abroad missing")},
    {RefusalReason::NotApproved, "not_approved", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Not approved")},
    {RefusalReason::DepartureBeforeApproval, "departure_before_approval", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Departure before approval")},
    {RefusalReason::DepartureAfterApproval, "departure_after_approval", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Departure was approved")},
    {RefusalReason::MissingCell, "missing_cell", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Cell missing")},
    {RefusalReason::NotAnOverseasCell, "not_an_overseas_cell", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Not an overseas cell")},
    {RefusalReason::CellInactive, "cell_inactive", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Cell inactive")},
    {RefusalReason::CellCountryNotInPosting, "cell_country_not_in_posting", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Cell in another country")},
    {RefusalReason::BeforeDeparture, "before_departure", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Before the departure")},
    {RefusalReason::BeforeReturn, "before_return", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Before the return")},
    {RefusalReason::BeforeLostContact, "before_lost_contact", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Before contact was lost")},
    {RefusalReason::MissingExtension, "missing_extension", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Extension incomplete")},
    {RefusalReason::ExtensionDoesNotExtend, "extension_does_not_extend", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Extension does not extend")},
    {RefusalReason::ReturnReportMissing, "return_report_missing", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Return report not received")},
    {RefusalReason::SelfReviewNotConfirmed, "self_review_not_confirmed", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Self-review not confirmed")},
    {RefusalReason::TransferLetterBackMissing, "transfer_letter_back_missing", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Transfer letter home missing")},
    {RefusalReason::NotOverdue, "not_overdue", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "Still within the planned stay")},
    {RefusalReason::PaperMissing, "paper_missing", nullptr,
     QT_TRANSLATE_NOOP("orec::RefusalReason", "A paper the step waits for is missing")},
};

QString fmt(const QDate& d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

TransitionVerdict refuse(RefusalReason reason, const QString& message, const char* field = nullptr)
{
    return TransitionVerdict::refuse(reason, message, field ? QString::fromLatin1(field) : QString());
}

bool hasStatus(const Posting& p, std::initializer_list<PostingStatus> statuses)
{
    for (PostingStatus s : statuses) {
        if (p.status == s)
            return true;
    }
    return false;
}

TransitionVerdict wrongStatus(PostingTransition t, const Posting& p)
{
    return refuse(RefusalReason::WrongStatus,
                  Texts::tr("\"%1\" is not possible for a posting that is \"%2\".")
                      .arg(displayName(t), displayName(p.status)));
}

const Report* findReport(const QList<Report>& reports, ReportKind kind, bool mustBeReceived)
{
    const Report* found = nullptr;
    for (const Report& r : reports) {
        if (r.kind != kind)
            continue;
        if (r.isReceived())
            return &r;
        if (!mustBeReceived && !found)
            found = &r;
    }
    return found;
}

// A date every event needs: present, and not after today.
TransitionVerdict checkEventDate(const QDate& date, const QDate& today, const QString& what)
{
    if (!date.isValid())
        return refuse(RefusalReason::MissingDate, Texts::tr("Enter the date of %1.").arg(what), "date");
    if (today.isValid() && date > today)
        return refuse(RefusalReason::DateInFuture,
                      Texts::tr("The date of %1 (%2) is in the future; record it once it has happened.")
                          .arg(what, fmt(date)),
                      "date");
    return TransitionVerdict::allow();
}

TransitionVerdict notBeforeDeparture(const Posting& p, const QDate& date, const QString& what)
{
    if (p.actualDeparture.isValid() && date < p.actualDeparture)
        return refuse(RefusalReason::BeforeDeparture,
                      Texts::tr("The date of %1 (%2) is before the departure (%3).")
                          .arg(what, fmt(date), fmt(p.actualDeparture)),
                      "date");
    return TransitionVerdict::allow();
}

// A paper the rules table makes the step wait for (papers_before.blocking): refused, naming them all.
TransitionVerdict blockingPapers(PostingTransition t, const Posting& p, const TransitionContext& ctx)
{
    QList<MissingPaper> missing = missingPapersBefore(t, p, ctx.rules, ctx.reports);
    missing.removeIf([](const MissingPaper& paper) { return !paper.blocks; });
    if (missing.isEmpty())
        return TransitionVerdict::allow();
    return refuse(RefusalReason::PaperMissing, describeMissingPapers(t, missing));
}

TransitionVerdict availability(PostingTransition t, const Posting& p, const TransitionContext& ctx)
{
    using S = PostingStatus;
    switch (t) {
    case PostingTransition::Approve: {
        if (!hasStatus(p, {S::Planned}))
            return wrongStatus(t, p);
        if (ctx.memberUnderDisciplinaryReview &&
            ctx.rules.flag(rule_key::kBlockApprovalUnderDisciplinaryReview))
            return refuse(
                RefusalReason::DisciplinaryReview,
                Texts::tr(
                    "The member is under disciplinary review or investigation and may not be sent abroad."));
        if (ctx.rules.flag(rule_key::kBlockApprovalWhileReturnReportOverdue)) {
            for (const Report& r : ctx.earlierReturnReports) {
                if (r.kind == ReportKind::Return && r.postingId != p.id &&
                    r.stateOn(ctx.today) == ReportState::Overdue)
                    return refuse(
                        RefusalReason::OverdueReturnReport,
                        Texts::tr(
                            "The return report of an earlier trip was due on %1 and has not been received; "
                            "a new trip is approved once it is in.")
                            .arg(fmt(r.dueDate)));
            }
        }
        if (p.includesVisitingRelatives() && ctx.rules.flag(rule_key::kRelativesCommitmentRequired) &&
            !findReport(ctx.reports, ReportKind::RelativesCommitment, true))
            return refuse(
                RefusalReason::RelativesCommitmentMissing,
                Texts::tr(
                    "The trip includes visiting relatives abroad: the commitment on relatives abroad must "
                    "be received before approval."));
        const FieldErrors problems = errorsOnly(validate(p, ctx.today));
        if (!problems.isEmpty())
            return TransitionVerdict::refuse(RefusalReason::IncompletePosting, problems.first().message,
                                             problems.first().field);
        return blockingPapers(t, p, ctx);
    }
    case PostingTransition::Depart:
        if (p.status == S::Planned)
            return refuse(
                RefusalReason::NotApproved,
                Texts::tr("The posting has not been approved. If the member left anyway, record a departure "
                          "without approval, which flags it for the committee."));
        if (!hasStatus(p, {S::Approved}))
            return wrongStatus(t, p);
        return blockingPapers(t, p, ctx);
    case PostingTransition::RecordUnapprovedDeparture:
        if (!hasStatus(p, {S::Planned, S::Approved}))
            return wrongStatus(t, p);
        return TransitionVerdict::allow();
    case PostingTransition::JoinCell:
    case PostingTransition::Extend:
    case PostingTransition::ReturnHome:
    case PostingTransition::MarkLostContact:
        if (!hasStatus(p, {S::Abroad, S::InOverseasCell}))
            return wrongStatus(t, p);
        return TransitionVerdict::allow();
    case PostingTransition::Close: {
        if (!hasStatus(p, {S::Returned}))
            return wrongStatus(t, p);
        if (!findReport(ctx.reports, ReportKind::Return, true))
            return refuse(
                RefusalReason::ReturnReportMissing,
                Texts::tr("The return report has not been received; the posting stays open until it is."));
        if (isTransfer(p.arrangement)) {
            const Report* review = findReport(ctx.reports, ReportKind::SelfReview, true);
            if (!review || !review->confirmed)
                return refuse(
                    RefusalReason::SelfReviewNotConfirmed,
                    Texts::tr(
                        "Party activity was transferred abroad: the member's self-review must be received "
                        "and confirmed by the overseas cell or the mission."));
            if (p.transferLetterBackId == 0)
                return refuse(
                    RefusalReason::TransferLetterBackMissing,
                    Texts::tr("Party activity was transferred abroad: the transfer letter home is missing."));
        }
        return blockingPapers(t, p, ctx);
    }
    case PostingTransition::Cancel:
        if (!hasStatus(p, {S::Planned, S::Approved}))
            return wrongStatus(t, p);
        return TransitionVerdict::allow();
    case PostingTransition::Found:
        if (!hasStatus(p, {S::LostContact}))
            return wrongStatus(t, p);
        return TransitionVerdict::allow();
    case PostingTransition::MarkDidNotReturn:
        if (p.status == S::LostContact)
            return TransitionVerdict::allow();
        if (!hasStatus(p, {S::Abroad, S::InOverseasCell}))
            return wrongStatus(t, p);
        if (!p.isOverdueAbroad(ctx.today))
            return refuse(RefusalReason::NotOverdue,
                          Texts::tr("The member is still within the planned stay (until %1).")
                              .arg(fmt(p.effectivePlannedReturn())));
        return TransitionVerdict::allow();
    }
    return wrongStatus(t, p);
}

TransitionVerdict inputCheck(PostingTransition t, const Posting& p, const TransitionInput& in,
                             const TransitionContext& ctx)
{
    switch (t) {
    case PostingTransition::Approve: {
        if (auto v = checkEventDate(in.date, ctx.today, Texts::tr("approval")); !v)
            return v;
        if (in.committeeId == 0 && p.approvingCommitteeId == 0)
            return refuse(RefusalReason::MissingCommittee,
                          Texts::tr("Choose the committee that approves the posting."), "committee");
        return TransitionVerdict::allow();
    }
    case PostingTransition::Depart: {
        if (auto v = checkEventDate(in.date, ctx.today, Texts::tr("departure")); !v)
            return v;
        if (p.approvalDate.isValid() && in.date < p.approvalDate)
            return refuse(
                RefusalReason::DepartureBeforeApproval,
                Texts::tr("The departure (%1) is before the approval (%2). Record it as a departure without "
                          "approval, which flags it for the committee.")
                    .arg(fmt(in.date), fmt(p.approvalDate)),
                "date");
        return TransitionVerdict::allow();
    }
    case PostingTransition::RecordUnapprovedDeparture: {
        if (auto v = checkEventDate(in.date, ctx.today, Texts::tr("departure")); !v)
            return v;
        if (p.status == PostingStatus::Approved && p.approvalDate.isValid() && in.date >= p.approvalDate)
            return refuse(
                RefusalReason::DepartureAfterApproval,
                Texts::tr(
                    "The posting was approved on %1, before this departure; record an ordinary departure.")
                    .arg(fmt(p.approvalDate)),
                "date");
        return TransitionVerdict::allow();
    }
    case PostingTransition::JoinCell: {
        if (auto v = checkEventDate(in.date, ctx.today, Texts::tr("joining the cell")); !v)
            return v;
        if (auto v = notBeforeDeparture(p, in.date, Texts::tr("joining the cell")); !v)
            return v;
        if (!in.cell || in.cell->id == 0)
            return refuse(RefusalReason::MissingCell, Texts::tr("Choose the overseas cell the member joins."),
                          "cell");
        const PartyUnit& cell = *in.cell;
        if (!cell.isOverseasCell())
            return refuse(RefusalReason::NotAnOverseasCell,
                          Texts::tr("\"%1\" is not an overseas cell.").arg(cell.name), "cell");
        if (!cell.active)
            return refuse(RefusalReason::CellInactive,
                          Texts::tr("The cell \"%1\" is no longer active.").arg(cell.name), "cell");
        if (!p.includesCountry(cell.countryCode))
            return refuse(
                RefusalReason::CellCountryNotInPosting,
                Texts::tr("The cell \"%1\" is in %2, which is not among the countries of this posting (%3).")
                    .arg(cell.name, cell.countryCode, p.countryCodes.join(QStringLiteral(", "))),
                "cell");
        return TransitionVerdict::allow();
    }
    case PostingTransition::Extend: {
        if (!in.extension)
            return refuse(RefusalReason::MissingExtension, Texts::tr("Enter the extension decision."),
                          "extension");
        const Extension& e = *in.extension;
        if (e.decisionNumber.trimmed().isEmpty())
            return refuse(RefusalReason::MissingExtension,
                          Texts::tr("Enter the number of the extension decision."), "decision_no");
        if (auto v = checkEventDate(e.decisionDate, ctx.today, Texts::tr("the extension decision")); !v)
            return TransitionVerdict::refuse(v.reason(), v.message(), QStringLiteral("decision_date"));
        if (!e.newPlannedReturn.isValid())
            return refuse(RefusalReason::MissingExtension, Texts::tr("Enter the new planned return date."),
                          "new_planned_return");
        const QDate current = p.effectivePlannedReturn();
        if (current.isValid() && e.newPlannedReturn <= current)
            return refuse(RefusalReason::ExtensionDoesNotExtend,
                          Texts::tr("The new planned return (%1) is not after the current one (%2).")
                              .arg(fmt(e.newPlannedReturn), fmt(current)),
                          "new_planned_return");
        return TransitionVerdict::allow();
    }
    case PostingTransition::ReturnHome: {
        if (auto v = checkEventDate(in.date, ctx.today, Texts::tr("return")); !v)
            return v;
        return notBeforeDeparture(p, in.date, Texts::tr("return"));
    }
    case PostingTransition::Close: {
        if (auto v = checkEventDate(in.date, ctx.today, Texts::tr("closing")); !v)
            return v;
        if (p.actualReturn.isValid() && in.date < p.actualReturn)
            return refuse(RefusalReason::BeforeReturn,
                          Texts::tr("The posting cannot be closed (%1) before the return (%2).")
                              .arg(fmt(in.date), fmt(p.actualReturn)),
                          "date");
        return TransitionVerdict::allow();
    }
    case PostingTransition::Cancel:
        return checkEventDate(in.date, ctx.today, Texts::tr("cancellation"));
    case PostingTransition::MarkLostContact: {
        if (auto v = checkEventDate(in.date, ctx.today, Texts::tr("losing contact")); !v)
            return v;
        return notBeforeDeparture(p, in.date, Texts::tr("losing contact"));
    }
    case PostingTransition::Found: {
        if (auto v = checkEventDate(in.date, ctx.today, Texts::tr("restored contact")); !v)
            return v;
        if (p.lostContactSince && in.date < *p.lostContactSince)
            return refuse(RefusalReason::BeforeLostContact,
                          Texts::tr("Contact cannot be restored (%1) before it was lost (%2).")
                              .arg(fmt(in.date), fmt(*p.lostContactSince)),
                          "date");
        return TransitionVerdict::allow();
    }
    case PostingTransition::MarkDidNotReturn: {
        if (auto v =
                checkEventDate(in.date, ctx.today, Texts::tr("the finding that the member did not return"));
            !v)
            return v;
        return notBeforeDeparture(p, in.date, Texts::tr("the finding that the member did not return"));
    }
    }
    return TransitionVerdict::allow();
}

} // namespace

std::span<const EnumCode<PostingTransition>> EnumCodes<PostingTransition>::table()
{
    return kTransitions;
}

std::span<const EnumCode<RefusalReason>> EnumCodes<RefusalReason>::table()
{
    return kReasons;
}

TransitionVerdict TransitionVerdict::refuse(RefusalReason reason, QString message, QString field)
{
    TransitionVerdict v;
    v.m_reason = reason;
    v.m_message = std::move(message);
    v.m_field = std::move(field);
    return v;
}

Error TransitionVerdict::toError() const
{
    if (isAllowed())
        return Error(ErrorCode::Ok, QString());
    return Error(ErrorCode::Invalid, m_message, m_field);
}

TransitionVerdict checkAvailability(PostingTransition transition, const Posting& posting,
                                    const TransitionContext& context)
{
    return availability(transition, posting, context);
}

QList<PostingTransition> allowedTransitions(const Posting& posting, const TransitionContext& context)
{
    QList<PostingTransition> out;
    for (PostingTransition t : allValues<PostingTransition>()) {
        if (availability(t, posting, context))
            out.append(t);
    }
    return out;
}

TransitionVerdict check(PostingTransition transition, const Posting& posting, const TransitionInput& input,
                        const TransitionContext& context)
{
    if (auto v = availability(transition, posting, context); !v)
        return v;
    return inputCheck(transition, posting, input, context);
}

Result<Posting> apply(PostingTransition transition, const Posting& posting, const TransitionInput& input,
                      const TransitionContext& context)
{
    if (const TransitionVerdict v = check(transition, posting, input, context); !v)
        return v.toError();
    Posting p = posting;
    switch (transition) {
    case PostingTransition::Approve:
        p.status = PostingStatus::Approved;
        p.approvalDate = input.date;
        if (input.committeeId != 0)
            p.approvingCommitteeId = input.committeeId;
        if (!input.decisionNumber.isEmpty())
            p.decisionNumber = input.decisionNumber;
        if (input.decisionDate.isValid())
            p.decisionDate = input.decisionDate;
        if (!input.decisionBody.isEmpty())
            p.decisionBody = input.decisionBody;
        break;
    case PostingTransition::Depart:
        p.status = PostingStatus::Abroad;
        p.actualDeparture = input.date;
        break;
    case PostingTransition::RecordUnapprovedDeparture:
        p.status = PostingStatus::Abroad;
        p.actualDeparture = input.date;
        p.departedWithoutApproval = true;
        break;
    case PostingTransition::JoinCell:
        p.status = PostingStatus::InOverseasCell;
        p.overseasCellId = input.cell->id;
        break;
    case PostingTransition::Extend:
        p.extensions.append(*input.extension);
        break;
    case PostingTransition::ReturnHome:
        p.status = PostingStatus::Returned;
        p.actualReturn = input.date;
        break;
    case PostingTransition::Close:
        p.status = PostingStatus::Closed;
        p.closedDate = input.date;
        break;
    case PostingTransition::Cancel:
        p.status = PostingStatus::Cancelled;
        p.cancelledDate = input.date;
        p.statusReason = input.reason;
        break;
    case PostingTransition::MarkLostContact:
        p.status = PostingStatus::LostContact;
        p.lostContactSince = input.date;
        break;
    case PostingTransition::Found:
        // The overseas cell stays recorded; rejoining it is a separate, explicit step.
        p.status = PostingStatus::Abroad;
        p.lostContactSince.reset();
        break;
    case PostingTransition::MarkDidNotReturn:
        p.status = PostingStatus::DidNotReturn;
        p.didNotReturnDate = input.date;
        p.statusReason = input.reason;
        break;
    }
    return p;
}

} // namespace orec
