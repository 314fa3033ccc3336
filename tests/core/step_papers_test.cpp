// The papers a step waits for, by the rules table: every purpose × every step, what is received, what blocks.
#include "core/step_papers.h"

#include <gtest/gtest.h>

using namespace orec;

namespace {

const QDate kToday(2025, 6, 10);

Posting plannedTrip(PostingPurpose purpose)
{
    Posting p;
    p.id = 100;
    p.memberId = 7;
    p.purpose = purpose;
    p.countryCodes = {QStringLiteral("TH")};
    p.plannedDeparture = QDate(2025, 7, 1);
    p.plannedReturn = QDate(2025, 7, 10);
    p.politicalConclusionRef = QStringLiteral("45-KL/ĐU");
    p.approvingCommitteeId = 3;
    return p;
}

Report report(ReportKind kind, QDate received = {})
{
    Report r;
    r.kind = kind;
    r.postingId = 100;
    r.memberId = 7;
    r.dueDate = QDate(2025, 7, 1);
    r.receivedDate = received;
    return r;
}

QList<ReportKind> kinds(const QList<MissingPaper>& papers)
{
    QList<ReportKind> out;
    for (const MissingPaper& p : papers)
        out.append(p.kind);
    return out;
}

// What the default rules table looks for before each step, written out by hand from DOMAIN.md.
QList<ReportKind> expectedByDefault(PostingTransition step, PostingPurpose purpose)
{
    const bool isPrivate = isPrivatePurpose(purpose);
    QList<ReportKind> out;
    switch (step) {
    case PostingTransition::Approve:
        if (isPrivate)
            out << ReportKind::PrivateTripApplication;
        break;
    case PostingTransition::Depart:
        if (isPrivate)
            out << ReportKind::PrivateTripApplication;
        if (purpose == PostingPurpose::FamilyVisit)
            out << ReportKind::RelativesCommitment;
        if (!isPrivate) // the private-trip procedure has no separate pre-departure report
            out << ReportKind::PreDeparture;
        break;
    case PostingTransition::Close:
        out << ReportKind::Return;
        break;
    default:
        break;
    }
    return out;
}

} // namespace

TEST(StepPapers, EveryPurposeAndStepByTheDefaultRules)
{
    const RuleSet rules = RuleSet::defaults();
    for (PostingPurpose purpose : allValues<PostingPurpose>()) {
        const Posting p = plannedTrip(purpose);
        for (PostingTransition step : allValues<PostingTransition>()) {
            const QList<MissingPaper> missing = missingPapersBefore(step, p, rules, {});
            EXPECT_EQ(kinds(missing), expectedByDefault(step, purpose))
                << codeName(purpose).toStdString() << " / " << codeName(step).toStdString();
            for (const MissingPaper& paper : missing) {
                // Only the return report stops a step by default (closing waits for it, its own rule);
                // everything else is a warning the clerk may pass.
                EXPECT_EQ(paper.blocks, step == PostingTransition::Close && paper.kind == ReportKind::Return)
                    << codeName(purpose).toStdString() << " / " << codeName(step).toStdString() << " / "
                    << codeName(paper.kind).toStdString();
                EXPECT_EQ(paper.ruleKey, papersRuleFor(step));
                EXPECT_FALSE(paper.source.isEmpty());
            }
        }
    }
}

TEST(StepPapers, ATransferLooksForTheSelfReviewAndCellRemarksBeforeClosing)
{
    Posting p = plannedTrip(PostingPurpose::Study);
    p.arrangement = PartyActivityArrangement::TemporaryTransfer;
    p.overseasCellId = 55;
    const QList<MissingPaper> missing =
        missingPapersBefore(PostingTransition::Close, p, RuleSet::defaults(), {});
    ASSERT_EQ(kinds(missing),
              (QList<ReportKind>{ReportKind::Return, ReportKind::SelfReview, ReportKind::CellRemarks}));
    EXPECT_TRUE(missing[0].blocks);
    EXPECT_TRUE(missing[1].blocks); // after a transfer the self-review is needed to close
    EXPECT_FALSE(missing[2].blocks);
}

TEST(StepPapers, APaperReceivedIsNotMissingAndTheDueDateIsNamed)
{
    // A committee that asks for a pre-departure report on a family visit too.
    RuleSet rules = RuleSet::defaults();
    ASSERT_TRUE(rules
                    .setValue(rule_key::documentsFor(PostingPurpose::FamilyVisit),
                              QStringLiteral("private_trip_application,pre_departure,return"))
                    .ok());
    const Posting p = plannedTrip(PostingPurpose::FamilyVisit);
    const QList<Report> reports{report(ReportKind::PrivateTripApplication, QDate(2025, 6, 1)),
                                report(ReportKind::PreDeparture)};
    const QList<MissingPaper> missing = missingPapersBefore(PostingTransition::Depart, p, rules, reports);
    ASSERT_EQ(kinds(missing), (QList<ReportKind>{ReportKind::RelativesCommitment, ReportKind::PreDeparture}));
    EXPECT_FALSE(missing[0].dueDate.isValid()); // no report of that kind recorded
    EXPECT_EQ(missing[1].dueDate, QDate(2025, 7, 1));
    EXPECT_TRUE(describePaper(missing[1]).contains(QStringLiteral("01/07/2025")));
    // Another posting's application does not count for this one.
    Report elsewhere = report(ReportKind::PrivateTripApplication, QDate(2025, 6, 1));
    elsewhere.postingId = 999;
    EXPECT_EQ(kinds(missingPapersBefore(PostingTransition::Approve, p, rules, {elsewhere})),
              QList<ReportKind>{ReportKind::PrivateTripApplication});
}

TEST(StepPapers, ByDefaultAMissingApplicationWarnsAndTheStepGoesAhead)
{
    TransitionContext ctx;
    ctx.today = kToday;
    const Posting p = plannedTrip(PostingPurpose::Tourism);
    const QList<MissingPaper> missing =
        missingPapersBefore(PostingTransition::Approve, p, ctx.rules, ctx.reports);
    ASSERT_EQ(kinds(missing), QList<ReportKind>{ReportKind::PrivateTripApplication});
    EXPECT_FALSE(anyBlocks(missing));
    const QString text = describeMissingPapers(PostingTransition::Approve, missing);
    EXPECT_TRUE(text.contains(displayName(ReportKind::PrivateTripApplication))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String(rule_key::kPapersBeforeApproval))) << text.toStdString();
    EXPECT_TRUE(checkAvailability(PostingTransition::Approve, p, ctx).isAllowed());
}

TEST(StepPapers, APaperListedAsBlockingStopsTheStepWithTheReason)
{
    TransitionContext ctx;
    ctx.today = kToday;
    ASSERT_TRUE(
        ctx.rules.setValue(rule_key::kPapersBlocking, QStringLiteral("private_trip_application")).ok());
    Posting p = plannedTrip(PostingPurpose::Tourism);
    const QList<MissingPaper> missing = missingPapersBefore(PostingTransition::Approve, p, ctx.rules, {});
    ASSERT_EQ(missing.size(), 1);
    EXPECT_TRUE(missing[0].blocks);
    EXPECT_EQ(missing[0].ruleKey, QLatin1String(rule_key::kPapersBlocking));

    const TransitionVerdict v = checkAvailability(PostingTransition::Approve, p, ctx);
    ASSERT_FALSE(v.isAllowed());
    EXPECT_EQ(v.reason(), RefusalReason::PaperMissing);
    EXPECT_TRUE(v.message().contains(displayName(ReportKind::PrivateTripApplication)))
        << v.message().toStdString();
    TransitionInput in;
    in.date = kToday;
    EXPECT_FALSE(apply(PostingTransition::Approve, p, in, ctx).ok());

    // Once received, the approval goes ahead.
    ctx.reports.append(report(ReportKind::PrivateTripApplication, QDate(2025, 6, 1)));
    EXPECT_TRUE(missingPapersBefore(PostingTransition::Approve, p, ctx.rules, ctx.reports).isEmpty());
    EXPECT_TRUE(apply(PostingTransition::Approve, p, in, ctx).ok());

    // The same list stops a departure while the application is missing (an approval recorded earlier).
    p.status = PostingStatus::Approved;
    p.approvalDate = QDate(2025, 6, 1);
    ctx.reports.clear();
    EXPECT_EQ(checkAvailability(PostingTransition::Depart, p, ctx).reason(), RefusalReason::PaperMissing);
    // A departure recorded without approval records what happened: no paper stops it.
    EXPECT_TRUE(
        missingPapersBefore(PostingTransition::RecordUnapprovedDeparture, p, ctx.rules, {}).isEmpty());
}

TEST(StepPapers, TheStepListsAreRulesAnAdminEdits)
{
    RuleSet rules = RuleSet::defaults();
    for (const char* key : {rule_key::kPapersBeforeApproval, rule_key::kPapersBeforeDeparture,
                            rule_key::kPapersBeforeClosing, rule_key::kPapersBlocking}) {
        const Rule* rule = rules.find(key);
        ASSERT_NE(rule, nullptr) << key;
        EXPECT_EQ(rule->unit, RuleUnit::Documents);
        EXPECT_FALSE(rule->displaySource().isEmpty());
    }
    EXPECT_TRUE(rules.documents(rule_key::kPapersBlocking).isEmpty());
    // A committee that does not ask for a pre-departure report before departure takes it off the list.
    ASSERT_TRUE(
        rules.setValue(rule_key::kPapersBeforeDeparture, QStringLiteral("private_trip_application")).ok());
    EXPECT_EQ(kinds(missingPapersBefore(PostingTransition::Depart,
                                        plannedTrip(PostingPurpose::OfficialMission), rules, {})),
              QList<ReportKind>{});
    EXPECT_EQ(kinds(missingPapersBefore(PostingTransition::Depart,
                                        plannedTrip(PostingPurpose::MedicalTreatment), rules, {})),
              QList<ReportKind>{ReportKind::PrivateTripApplication});
}
