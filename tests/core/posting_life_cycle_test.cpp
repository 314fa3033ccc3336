#include "core/posting_life_cycle.h"

#include <gtest/gtest.h>

using namespace orec;

namespace {

const QDate kToday(2025, 6, 10);

Posting planned(PostingPurpose purpose = PostingPurpose::OfficialMission)
{
    Posting p;
    p.id = 100;
    p.memberId = 7;
    p.purpose = purpose;
    p.countryCodes = {QStringLiteral("JP"), QStringLiteral("KR")};
    p.plannedDeparture = QDate(2025, 5, 1);
    p.plannedReturn = QDate(2025, 5, 20);
    p.politicalConclusionRef = QStringLiteral("45-KL/ĐU");
    return p;
}

TransitionContext context()
{
    TransitionContext ctx;
    ctx.today = kToday;
    return ctx;
}

TransitionInput on(QDate date)
{
    TransitionInput in;
    in.date = date;
    return in;
}

TransitionInput approvalOn(QDate date, qint64 committee = 3)
{
    TransitionInput in = on(date);
    in.committeeId = committee;
    return in;
}

PartyUnit cell(const char* country, qint64 id = 55)
{
    PartyUnit u;
    u.id = id;
    u.code = QStringLiteral("CB-%1").arg(QLatin1String(country));
    u.name = QStringLiteral("Chi bộ %1").arg(QLatin1String(country));
    u.kind = UnitKind::Cell;
    u.overseas = true;
    u.cellType = CellType::Embassy;
    u.countryCode = QString::fromLatin1(country);
    return u;
}

Report received(ReportKind kind, QDate date = QDate(2025, 6, 1))
{
    Report r;
    r.kind = kind;
    r.postingId = 100;
    r.memberId = 7;
    r.receivedDate = date;
    return r;
}

// Applies and asserts success, for walking a posting through its life.
Posting step(PostingTransition t, const Posting& p, const TransitionInput& in, const TransitionContext& ctx)
{
    Result<Posting> next = apply(t, p, in, ctx);
    EXPECT_TRUE(next.ok()) << codeName(t).toStdString() << ": "
                           << (next.ok() ? std::string() : next.error().message.toStdString());
    return next.ok() ? *next : p;
}

RefusalReason reasonOf(PostingTransition t, const Posting& p, const TransitionInput& in,
                       const TransitionContext& ctx)
{
    const TransitionVerdict v = check(t, p, in, ctx);
    if (!v.isAllowed()) {
        EXPECT_FALSE(v.message().isEmpty()) << codeName(t).toStdString();
    }
    return v.reason();
}

} // namespace

TEST(PostingLifeCycle, HappyPathThroughEveryStatus)
{
    const TransitionContext ctx = context();
    Posting p = planned();
    EXPECT_EQ(
        allowedTransitions(p, ctx),
        (QList<PostingTransition>{PostingTransition::Approve, PostingTransition::RecordUnapprovedDeparture,
                                  PostingTransition::Cancel}));

    p = step(PostingTransition::Approve, p, approvalOn(QDate(2025, 4, 20)), ctx);
    EXPECT_EQ(p.status, PostingStatus::Approved);
    EXPECT_EQ(p.approvalDate, QDate(2025, 4, 20));
    EXPECT_EQ(p.approvingCommitteeId, 3);
    EXPECT_EQ(
        allowedTransitions(p, ctx),
        (QList<PostingTransition>{PostingTransition::Depart, PostingTransition::RecordUnapprovedDeparture,
                                  PostingTransition::Cancel}));

    p = step(PostingTransition::Depart, p, on(QDate(2025, 5, 1)), ctx);
    EXPECT_EQ(p.status, PostingStatus::Abroad);
    EXPECT_EQ(p.actualDeparture, QDate(2025, 5, 1));
    EXPECT_FALSE(p.departedWithoutApproval);
    // Past the planned return (20 May) on 10 June, so did-not-return is on offer too.
    EXPECT_EQ(allowedTransitions(p, ctx),
              (QList<PostingTransition>{PostingTransition::JoinCell, PostingTransition::Extend,
                                        PostingTransition::ReturnHome, PostingTransition::MarkLostContact,
                                        PostingTransition::MarkDidNotReturn}));

    TransitionInput join = on(QDate(2025, 5, 3));
    join.cell = cell("JP");
    p = step(PostingTransition::JoinCell, p, join, ctx);
    EXPECT_EQ(p.status, PostingStatus::InOverseasCell);
    EXPECT_EQ(p.overseasCellId, 55);

    TransitionInput extend;
    extend.extension = Extension{QStringLiteral("88-QĐ/ĐU"), QDate(2025, 5, 15), QDate(2025, 5, 30),
                                 QStringLiteral("negotiations continue")};
    p = step(PostingTransition::Extend, p, extend, ctx);
    EXPECT_EQ(p.status, PostingStatus::InOverseasCell);
    ASSERT_EQ(p.extensions.size(), 1);
    EXPECT_EQ(p.effectivePlannedReturn(), QDate(2025, 5, 30));

    p = step(PostingTransition::ReturnHome, p, on(QDate(2025, 5, 29)), ctx);
    EXPECT_EQ(p.status, PostingStatus::Returned);
    EXPECT_EQ(p.actualReturn, QDate(2025, 5, 29));

    TransitionContext withReport = ctx;
    withReport.reports = {received(ReportKind::Return)};
    EXPECT_EQ(allowedTransitions(p, withReport), (QList<PostingTransition>{PostingTransition::Close}));
    p = step(PostingTransition::Close, p, on(QDate(2025, 6, 2)), withReport);
    EXPECT_EQ(p.status, PostingStatus::Closed);
    EXPECT_EQ(p.closedDate, QDate(2025, 6, 2));
    EXPECT_TRUE(allowedTransitions(p, withReport).isEmpty());
}

TEST(PostingLifeCycle, ApplyLeavesIdentityAndVersionAlone)
{
    Posting p = planned();
    p.uuid = QStringLiteral("3f1c2a4e-0000-4000-8000-000000000001");
    p.version = 4;
    const Posting next = step(PostingTransition::Approve, p, approvalOn(QDate(2025, 4, 20)), context());
    EXPECT_EQ(next.uuid, p.uuid);
    EXPECT_EQ(next.id, p.id);
    EXPECT_EQ(next.version, 4);
}

TEST(PostingLifeCycle, EveryTransitionRefusedFromTheWrongStatus)
{
    const TransitionContext ctx = context();
    const QList<PostingStatus> all = allValues<PostingStatus>();
    // Where each transition may start (MarkDidNotReturn from abroad only once overdue; see below).
    const QList<std::pair<PostingTransition, QList<PostingStatus>>> from{
        {PostingTransition::Approve, {PostingStatus::Planned}},
        {PostingTransition::Depart, {PostingStatus::Approved}},
        {PostingTransition::RecordUnapprovedDeparture, {PostingStatus::Planned, PostingStatus::Approved}},
        {PostingTransition::JoinCell, {PostingStatus::Abroad, PostingStatus::InOverseasCell}},
        {PostingTransition::Extend, {PostingStatus::Abroad, PostingStatus::InOverseasCell}},
        {PostingTransition::ReturnHome, {PostingStatus::Abroad, PostingStatus::InOverseasCell}},
        {PostingTransition::Close, {PostingStatus::Returned}},
        {PostingTransition::Cancel, {PostingStatus::Planned, PostingStatus::Approved}},
        {PostingTransition::MarkLostContact, {PostingStatus::Abroad, PostingStatus::InOverseasCell}},
        {PostingTransition::Found, {PostingStatus::LostContact}},
        {PostingTransition::MarkDidNotReturn,
         {PostingStatus::LostContact, PostingStatus::Abroad, PostingStatus::InOverseasCell}},
    };
    ASSERT_EQ(from.size(), allValues<PostingTransition>().size());
    for (const auto& [transition, starts] : from) {
        for (PostingStatus status : all) {
            Posting p = planned();
            p.status = status;
            const TransitionVerdict v = checkAvailability(transition, p, ctx);
            if (starts.contains(status))
                continue;
            EXPECT_FALSE(v.isAllowed())
                << codeName(transition).toStdString() << " from " << codeName(status).toStdString();
            if (transition == PostingTransition::Depart && status == PostingStatus::Planned)
                EXPECT_EQ(v.reason(), RefusalReason::NotApproved);
            else
                EXPECT_EQ(v.reason(), RefusalReason::WrongStatus)
                    << codeName(transition).toStdString() << " from " << codeName(status).toStdString();
            EXPECT_FALSE(v.message().isEmpty());
            EXPECT_FALSE(apply(transition, p, on(QDate(2025, 6, 1)), ctx).ok());
        }
    }
}

TEST(PostingLifeCycle, ApprovalRefusals)
{
    TransitionContext ctx = context();
    const Posting p = planned();

    EXPECT_EQ(reasonOf(PostingTransition::Approve, p, approvalOn(QDate()), ctx), RefusalReason::MissingDate);
    EXPECT_EQ(reasonOf(PostingTransition::Approve, p, approvalOn(kToday.addDays(1)), ctx),
              RefusalReason::DateInFuture);
    EXPECT_EQ(reasonOf(PostingTransition::Approve, p, approvalOn(QDate(2025, 4, 20), 0), ctx),
              RefusalReason::MissingCommittee);
    Posting withCommittee = p;
    withCommittee.approvingCommitteeId = 4; // the posting's own committee is enough
    EXPECT_TRUE(check(PostingTransition::Approve, withCommittee, approvalOn(QDate(2025, 4, 20), 0), ctx));

    Posting incomplete = p;
    incomplete.countryCodes.clear();
    const TransitionVerdict v =
        check(PostingTransition::Approve, incomplete, approvalOn(QDate(2025, 4, 20)), ctx);
    EXPECT_EQ(v.reason(), RefusalReason::IncompletePosting);
    EXPECT_EQ(v.field(), QStringLiteral("country"));

    ctx.memberUnderDisciplinaryReview = true;
    EXPECT_EQ(reasonOf(PostingTransition::Approve, p, approvalOn(QDate(2025, 4, 20)), ctx),
              RefusalReason::DisciplinaryReview);
    EXPECT_FALSE(allowedTransitions(p, ctx).contains(PostingTransition::Approve));
    ASSERT_TRUE(ctx.rules.setValue(rule_key::kBlockApprovalUnderDisciplinaryReview, false).ok());
    EXPECT_TRUE(check(PostingTransition::Approve, p, approvalOn(QDate(2025, 4, 20)), ctx));
}

TEST(PostingLifeCycle, ApprovalBlockedWhileAnEarlierReturnReportIsOverdue)
{
    TransitionContext ctx = context();
    const Posting p = planned();
    Report earlier;
    earlier.kind = ReportKind::Return;
    earlier.postingId = 42;
    earlier.dueDate = QDate(2025, 3, 20);
    ctx.earlierReturnReports = {earlier};

    // Off by default (no source was found; a committee's own policy): the overdue report does not block.
    EXPECT_TRUE(check(PostingTransition::Approve, p, approvalOn(QDate(2025, 4, 20)), ctx));
    // A committee that turns it on blocks approval until the report is in.
    ASSERT_TRUE(ctx.rules.setValue(rule_key::kBlockApprovalWhileReturnReportOverdue, true).ok());
    const TransitionVerdict v = check(PostingTransition::Approve, p, approvalOn(QDate(2025, 4, 20)), ctx);
    EXPECT_EQ(v.reason(), RefusalReason::OverdueReturnReport);
    EXPECT_TRUE(v.message().contains(QStringLiteral("20/03/2025")));

    // Not yet due: no block.
    ctx.earlierReturnReports.first().dueDate = kToday;
    EXPECT_TRUE(check(PostingTransition::Approve, p, approvalOn(QDate(2025, 4, 20)), ctx));
    // Received late: no longer blocks.
    ctx.earlierReturnReports.first().dueDate = QDate(2025, 3, 20);
    ctx.earlierReturnReports.first().receivedDate = QDate(2025, 4, 2);
    EXPECT_TRUE(check(PostingTransition::Approve, p, approvalOn(QDate(2025, 4, 20)), ctx));
    // The admin can turn the rule off.
    ctx.earlierReturnReports.first().receivedDate = QDate();
    ASSERT_TRUE(ctx.rules.setValue(rule_key::kBlockApprovalWhileReturnReportOverdue, false).ok());
    EXPECT_TRUE(check(PostingTransition::Approve, p, approvalOn(QDate(2025, 4, 20)), ctx));
}

TEST(PostingLifeCycle, VisitingRelativesNeedsTheCommitment)
{
    TransitionContext ctx = context();
    Posting visit = planned(PostingPurpose::FamilyVisit);
    EXPECT_EQ(reasonOf(PostingTransition::Approve, visit, approvalOn(QDate(2025, 4, 20)), ctx),
              RefusalReason::RelativesCommitmentMissing);

    // An official trip that includes relatives needs it too.
    Posting mission = planned();
    mission.visitsRelatives = true;
    EXPECT_EQ(reasonOf(PostingTransition::Approve, mission, approvalOn(QDate(2025, 4, 20)), ctx),
              RefusalReason::RelativesCommitmentMissing);

    // Filed but not received yet still blocks; received clears it.
    Report commitment = received(ReportKind::RelativesCommitment);
    commitment.receivedDate = QDate();
    ctx.reports = {commitment};
    EXPECT_EQ(reasonOf(PostingTransition::Approve, visit, approvalOn(QDate(2025, 4, 20)), ctx),
              RefusalReason::RelativesCommitmentMissing);
    ctx.reports = {received(ReportKind::RelativesCommitment, QDate(2025, 4, 15))};
    EXPECT_TRUE(check(PostingTransition::Approve, visit, approvalOn(QDate(2025, 4, 20)), ctx));

    // Rule off: not required.
    TransitionContext relaxed = context();
    ASSERT_TRUE(relaxed.rules.setValue(rule_key::kRelativesCommitmentRequired, false).ok());
    EXPECT_TRUE(check(PostingTransition::Approve, visit, approvalOn(QDate(2025, 4, 20)), relaxed));
}

TEST(PostingLifeCycle, DepartureNeedsApprovalAndComesAfterIt)
{
    const TransitionContext ctx = context();
    const Posting notApproved = planned();
    const TransitionVerdict v = check(PostingTransition::Depart, notApproved, on(QDate(2025, 5, 1)), ctx);
    EXPECT_EQ(v.reason(), RefusalReason::NotApproved);
    EXPECT_FALSE(apply(PostingTransition::Depart, notApproved, on(QDate(2025, 5, 1)), ctx).ok());

    const Posting approved = step(PostingTransition::Approve, planned(), approvalOn(QDate(2025, 4, 20)), ctx);
    EXPECT_EQ(reasonOf(PostingTransition::Depart, approved, on(QDate(2025, 4, 19)), ctx),
              RefusalReason::DepartureBeforeApproval);
    EXPECT_EQ(reasonOf(PostingTransition::Depart, approved, on(QDate()), ctx), RefusalReason::MissingDate);
    EXPECT_EQ(reasonOf(PostingTransition::Depart, approved, on(kToday.addDays(1)), ctx),
              RefusalReason::DateInFuture);
    EXPECT_TRUE(check(PostingTransition::Depart, approved, on(QDate(2025, 4, 20)), ctx)); // same day is fine
}

TEST(PostingLifeCycle, UnapprovedDepartureIsExplicitAndFlagged)
{
    const TransitionContext ctx = context();
    // Never approved: only the explicit transition records the departure, and it flags it.
    Posting p = step(PostingTransition::RecordUnapprovedDeparture, planned(), on(QDate(2025, 5, 1)), ctx);
    EXPECT_EQ(p.status, PostingStatus::Abroad);
    EXPECT_TRUE(p.departedWithoutApproval);
    EXPECT_EQ(p.actualDeparture, QDate(2025, 5, 1));

    // Approved, but left before the approval date: the same explicit route.
    const Posting approved = step(PostingTransition::Approve, planned(), approvalOn(QDate(2025, 4, 20)), ctx);
    p = step(PostingTransition::RecordUnapprovedDeparture, approved, on(QDate(2025, 4, 18)), ctx);
    EXPECT_TRUE(p.departedWithoutApproval);
    // Approved before the departure: this route is refused, so nobody flags an approved trip.
    EXPECT_EQ(reasonOf(PostingTransition::RecordUnapprovedDeparture, approved, on(QDate(2025, 4, 20)), ctx),
              RefusalReason::DepartureAfterApproval);
    EXPECT_EQ(reasonOf(PostingTransition::RecordUnapprovedDeparture, planned(), on(kToday.addDays(3)), ctx),
              RefusalReason::DateInFuture);
}

TEST(PostingLifeCycle, JoinCellRefusals)
{
    const TransitionContext ctx = context();
    Posting p = planned();
    p.status = PostingStatus::Abroad;
    p.approvalDate = QDate(2025, 4, 20);
    p.actualDeparture = QDate(2025, 5, 1);

    TransitionInput in = on(QDate(2025, 5, 3));
    EXPECT_EQ(reasonOf(PostingTransition::JoinCell, p, in, ctx), RefusalReason::MissingCell);
    in.cell = cell("JP", 0); // not stored
    EXPECT_EQ(reasonOf(PostingTransition::JoinCell, p, in, ctx), RefusalReason::MissingCell);

    in.cell = cell("DE");
    const TransitionVerdict v = check(PostingTransition::JoinCell, p, in, ctx);
    EXPECT_EQ(v.reason(), RefusalReason::CellCountryNotInPosting);
    EXPECT_TRUE(v.message().contains(QStringLiteral("DE")));

    in.cell = cell("KR");
    in.cell->overseas = false;
    EXPECT_EQ(reasonOf(PostingTransition::JoinCell, p, in, ctx), RefusalReason::NotAnOverseasCell);
    in.cell = cell("KR");
    in.cell->kind = UnitKind::Committee;
    EXPECT_EQ(reasonOf(PostingTransition::JoinCell, p, in, ctx), RefusalReason::NotAnOverseasCell);
    in.cell = cell("KR");
    in.cell->active = false;
    EXPECT_EQ(reasonOf(PostingTransition::JoinCell, p, in, ctx), RefusalReason::CellInactive);

    in.cell = cell("KR");
    in.date = QDate(2025, 4, 30);
    EXPECT_EQ(reasonOf(PostingTransition::JoinCell, p, in, ctx), RefusalReason::BeforeDeparture);
    in.date = QDate(2025, 5, 3);
    EXPECT_TRUE(check(PostingTransition::JoinCell, p, in, ctx)); // second country of the posting

    // Moving to another cell while in one is a join too.
    p = step(PostingTransition::JoinCell, p, in, ctx);
    in.cell = cell("JP", 56);
    p = step(PostingTransition::JoinCell, p, in, ctx);
    EXPECT_EQ(p.overseasCellId, 56);
}

TEST(PostingLifeCycle, ExtendRefusals)
{
    const TransitionContext ctx = context();
    Posting p = planned();
    p.status = PostingStatus::Abroad;
    p.actualDeparture = QDate(2025, 5, 1);

    TransitionInput in;
    EXPECT_EQ(reasonOf(PostingTransition::Extend, p, in, ctx), RefusalReason::MissingExtension);
    in.extension = Extension{QString(), QDate(2025, 5, 10), QDate(2025, 6, 30), QString()};
    EXPECT_EQ(reasonOf(PostingTransition::Extend, p, in, ctx), RefusalReason::MissingExtension);
    in.extension->decisionNumber = QStringLiteral("9/QĐ");
    in.extension->decisionDate = QDate();
    EXPECT_EQ(reasonOf(PostingTransition::Extend, p, in, ctx), RefusalReason::MissingDate);
    in.extension->decisionDate = kToday.addDays(5);
    EXPECT_EQ(reasonOf(PostingTransition::Extend, p, in, ctx), RefusalReason::DateInFuture);
    in.extension->decisionDate = QDate(2025, 5, 10);
    in.extension->newPlannedReturn = QDate();
    EXPECT_EQ(reasonOf(PostingTransition::Extend, p, in, ctx), RefusalReason::MissingExtension);
    in.extension->newPlannedReturn = QDate(2025, 5, 20); // same as the planned return
    const TransitionVerdict v = check(PostingTransition::Extend, p, in, ctx);
    EXPECT_EQ(v.reason(), RefusalReason::ExtensionDoesNotExtend);
    EXPECT_EQ(v.field(), QStringLiteral("new_planned_return"));
    in.extension->newPlannedReturn = QDate(2025, 6, 30);
    p = step(PostingTransition::Extend, p, in, ctx);
    // A second extension is measured against the first.
    in.extension->newPlannedReturn = QDate(2025, 6, 15);
    EXPECT_EQ(reasonOf(PostingTransition::Extend, p, in, ctx), RefusalReason::ExtensionDoesNotExtend);
}

TEST(PostingLifeCycle, ReturnRefusals)
{
    const TransitionContext ctx = context();
    Posting p = planned();
    p.status = PostingStatus::InOverseasCell;
    p.actualDeparture = QDate(2025, 5, 1);
    p.overseasCellId = 55;
    EXPECT_EQ(reasonOf(PostingTransition::ReturnHome, p, on(QDate(2025, 4, 30)), ctx),
              RefusalReason::BeforeDeparture);
    EXPECT_EQ(reasonOf(PostingTransition::ReturnHome, p, on(kToday.addDays(1)), ctx),
              RefusalReason::DateInFuture);
    EXPECT_EQ(reasonOf(PostingTransition::ReturnHome, p, on(QDate()), ctx), RefusalReason::MissingDate);
    EXPECT_TRUE(check(PostingTransition::ReturnHome, p, on(QDate(2025, 5, 1)), ctx)); // a day trip
}

TEST(PostingLifeCycle, ClosingNeedsTheReturnReport)
{
    TransitionContext ctx = context();
    Posting p = planned(PostingPurpose::Tourism);
    p.status = PostingStatus::Returned;
    p.actualDeparture = QDate(2025, 5, 1);
    p.actualReturn = QDate(2025, 5, 20);

    EXPECT_EQ(reasonOf(PostingTransition::Close, p, on(QDate(2025, 6, 1)), ctx),
              RefusalReason::ReturnReportMissing);
    EXPECT_FALSE(allowedTransitions(p, ctx).contains(PostingTransition::Close));
    Report notIn = received(ReportKind::Return);
    notIn.receivedDate = QDate();
    ctx.reports = {notIn, received(ReportKind::PreDeparture)};
    EXPECT_EQ(reasonOf(PostingTransition::Close, p, on(QDate(2025, 6, 1)), ctx),
              RefusalReason::ReturnReportMissing);

    ctx.reports.append(received(ReportKind::Return, QDate(2025, 5, 25)));
    EXPECT_EQ(reasonOf(PostingTransition::Close, p, on(QDate(2025, 5, 19)), ctx),
              RefusalReason::BeforeReturn);
    EXPECT_TRUE(check(PostingTransition::Close, p, on(QDate(2025, 5, 25)), ctx));
}

TEST(PostingLifeCycle, ClosingATransferNeedsConfirmedSelfReviewAndLetterHome)
{
    TransitionContext ctx = context();
    Posting p = planned(PostingPurpose::Study);
    p.arrangement = PartyActivityArrangement::OfficialTransfer;
    p.status = PostingStatus::Returned;
    p.actualDeparture = QDate(2023, 9, 1);
    p.actualReturn = QDate(2025, 5, 20);
    ctx.reports = {received(ReportKind::Return)};

    EXPECT_EQ(reasonOf(PostingTransition::Close, p, on(QDate(2025, 6, 2)), ctx),
              RefusalReason::SelfReviewNotConfirmed);
    Report review = received(ReportKind::SelfReview);
    ctx.reports.append(review);
    EXPECT_EQ(reasonOf(PostingTransition::Close, p, on(QDate(2025, 6, 2)), ctx),
              RefusalReason::SelfReviewNotConfirmed);
    ctx.reports.last().confirmed = true;
    EXPECT_EQ(reasonOf(PostingTransition::Close, p, on(QDate(2025, 6, 2)), ctx),
              RefusalReason::TransferLetterBackMissing);
    p.transferLetterBackId = 901;
    EXPECT_TRUE(check(PostingTransition::Close, p, on(QDate(2025, 6, 2)), ctx));

    // A temporary transfer follows the same rule; a home-cell arrangement does not.
    p.arrangement = PartyActivityArrangement::TemporaryTransfer;
    p.transferLetterBackId = 0;
    EXPECT_EQ(reasonOf(PostingTransition::Close, p, on(QDate(2025, 6, 2)), ctx),
              RefusalReason::TransferLetterBackMissing);
    p.arrangement = PartyActivityArrangement::TemporaryGroup;
    EXPECT_TRUE(check(PostingTransition::Close, p, on(QDate(2025, 6, 2)), ctx));
}

TEST(PostingLifeCycle, CancelBeforeDepartureOnly)
{
    const TransitionContext ctx = context();
    TransitionInput in = on(QDate(2025, 4, 25));
    in.reason = QStringLiteral("Đoàn hoãn chuyến đi");
    const Posting cancelled = step(PostingTransition::Cancel, planned(), in, ctx);
    EXPECT_EQ(cancelled.status, PostingStatus::Cancelled);
    EXPECT_EQ(cancelled.cancelledDate, QDate(2025, 4, 25));
    EXPECT_EQ(cancelled.statusReason, in.reason);
    EXPECT_TRUE(allowedTransitions(cancelled, ctx).isEmpty());

    const Posting approved = step(PostingTransition::Approve, planned(), approvalOn(QDate(2025, 4, 20)), ctx);
    EXPECT_TRUE(check(PostingTransition::Cancel, approved, in, ctx));
    EXPECT_EQ(reasonOf(PostingTransition::Cancel, approved, on(QDate()), ctx), RefusalReason::MissingDate);
}

TEST(PostingLifeCycle, LostContactFoundAndDidNotReturn)
{
    const TransitionContext ctx = context();
    Posting p = planned(PostingPurpose::Labour);
    p.status = PostingStatus::InOverseasCell;
    p.actualDeparture = QDate(2024, 1, 10);
    p.plannedReturn = QDate(2026, 1, 10);
    p.overseasCellId = 55;

    EXPECT_EQ(reasonOf(PostingTransition::MarkLostContact, p, on(QDate(2024, 1, 1)), ctx),
              RefusalReason::BeforeDeparture);
    p = step(PostingTransition::MarkLostContact, p, on(QDate(2025, 3, 1)), ctx);
    EXPECT_EQ(p.status, PostingStatus::LostContact);
    EXPECT_EQ(p.lostContactSince, QDate(2025, 3, 1));
    EXPECT_EQ(allowedTransitions(p, ctx),
              (QList<PostingTransition>{PostingTransition::Found, PostingTransition::MarkDidNotReturn}));

    EXPECT_EQ(reasonOf(PostingTransition::Found, p, on(QDate(2025, 2, 1)), ctx),
              RefusalReason::BeforeLostContact);
    const Posting found = step(PostingTransition::Found, p, on(QDate(2025, 4, 1)), ctx);
    EXPECT_EQ(found.status, PostingStatus::Abroad); // back to abroad, as the life-cycle says
    EXPECT_FALSE(found.lostContactSince.has_value());
    EXPECT_EQ(found.overseasCellId, 55);

    TransitionInput gone = on(QDate(2025, 6, 1));
    gone.reason = QStringLiteral("Ở lại làm việc trái phép");
    const Posting stayed = step(PostingTransition::MarkDidNotReturn, p, gone, ctx);
    EXPECT_EQ(stayed.status, PostingStatus::DidNotReturn);
    EXPECT_EQ(stayed.didNotReturnDate, QDate(2025, 6, 1));
    EXPECT_EQ(stayed.statusReason, gone.reason);
    EXPECT_TRUE(allowedTransitions(stayed, ctx).isEmpty());
}

TEST(PostingLifeCycle, DidNotReturnFromAbroadOnlyOnceOverdue)
{
    TransitionContext ctx = context();
    Posting p = planned(PostingPurpose::Labour);
    p.status = PostingStatus::Abroad;
    p.actualDeparture = QDate(2024, 1, 10);
    p.plannedReturn = QDate(2025, 6, 10); // today: not overdue yet

    const TransitionVerdict v = checkAvailability(PostingTransition::MarkDidNotReturn, p, ctx);
    EXPECT_EQ(v.reason(), RefusalReason::NotOverdue);
    EXPECT_TRUE(v.message().contains(QStringLiteral("10/06/2025")));
    ctx.today = QDate(2025, 6, 11);
    EXPECT_TRUE(checkAvailability(PostingTransition::MarkDidNotReturn, p, ctx));
    // An extension puts the member back within the stay.
    p.extensions.append({QStringLiteral("7/QĐ"), QDate(2025, 6, 1), QDate(2025, 12, 31), QString()});
    EXPECT_EQ(checkAvailability(PostingTransition::MarkDidNotReturn, p, ctx).reason(),
              RefusalReason::NotOverdue);
}

TEST(PostingLifeCycle, RefusalBecomesAnInvalidError)
{
    const Result<Posting> r = apply(PostingTransition::Depart, planned(), on(QDate(2025, 5, 1)), context());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.code(), ErrorCode::Invalid);
    EXPECT_FALSE(r.error().message.isEmpty());

    const TransitionVerdict v = check(PostingTransition::Approve, planned(), approvalOn(QDate()), context());
    EXPECT_EQ(v.toError().where, QStringLiteral("date"));
    EXPECT_EQ(TransitionVerdict::allow().toError().code, ErrorCode::Ok);
}
