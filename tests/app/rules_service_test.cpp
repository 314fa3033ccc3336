// RegisterService and the rules table: the documents each purpose calls for and the unit of each
// deadline are rules an admin edits as a new version; postings set up earlier keep their documents and
// deadlines; a non-admin and an unknown document code are refused.
#include "app/query_service.h"
#include "app/register_service.h"
#include "storage/user_repository.h"
#include "support/register_fixture.h"

#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

class RulesServiceTest : public RegisterFixture
{
protected:
    Posting plan(const Member& who, PostingPurpose purpose, QDate from, QDate to)
    {
        Posting p;
        p.memberId = who.id;
        p.purpose = purpose;
        p.countryCodes = {QStringLiteral("TH")};
        p.plannedDeparture = from;
        p.plannedReturn = to;
        p.approvingCommitteeId = m_committee.id;
        auto created = m_service->createPosting(p);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().toString().toStdString());
        return created.ok() ? *created : Posting{};
    }

    void step(const Posting& p, PostingTransition t, QDate date)
    {
        TransitionInput in;
        in.date = date;
        auto done = m_service->applyTransition(p.id, t, in);
        ASSERT_TRUE(done.ok()) << done.error().toString().toStdString();
    }

    void goAndReturn(const Posting& p, QDate from, QDate back)
    {
        step(p, PostingTransition::Approve, QDate(2026, 1, 20));
        step(p, PostingTransition::Depart, from);
        step(p, PostingTransition::ReturnHome, back);
    }

    QList<Report> reports(const Posting& p) { return *m_service->reportsOfPosting(p.id); }

    static QList<ReportKind> kinds(const QList<Report>& reports)
    {
        QList<ReportKind> out;
        for (const Report& r : reports)
            out.append(r.kind);
        return out;
    }

    static const Report* find(const QList<Report>& reports, ReportKind kind)
    {
        for (const Report& r : reports) {
            if (r.kind == kind)
                return &r;
        }
        return nullptr;
    }

    // Every report's kind, due date and rules version, to compare before and after.
    static QStringList summary(const QList<Report>& reports)
    {
        QStringList out;
        for (const Report& r : reports)
            out.append(QStringLiteral("%1 %2 v%3")
                           .arg(codeName(r.kind), r.dueDate.toString(Qt::ISODate))
                           .arg(r.ruleSetVersion));
        return out;
    }

    int versionCount() { return static_cast<int>(m_service->ruleVersions()->size()); }
};

} // namespace

TEST_F(RulesServiceTest, TheRulesInForceListTheDocumentsOfEveryPurpose)
{
    auto rules = m_service->rulesInForce();
    ASSERT_TRUE(rules.ok());
    for (PostingPurpose purpose : allValues<PostingPurpose>())
        EXPECT_NE(rules->find(rule_key::documentsFor(purpose)), nullptr) << codeName(purpose).toStdString();
    EXPECT_EQ(rules->documents(rule_key::documentsFor(PostingPurpose::Tourism)),
              (QList<ReportKind>{ReportKind::PrivateTripApplication, ReportKind::Return}));
}

TEST_F(RulesServiceTest, AChangedDocumentsRuleAppliesToNewPostingsOnly)
{
    const Member lan = addMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("10000001"));
    const Member hoa = addMember(QStringLiteral("Phạm Thị Hoa"), QStringLiteral("10000002"));
    Posting before = plan(lan, PostingPurpose::Tourism, QDate(2026, 2, 2), QDate(2026, 2, 12));
    EXPECT_EQ(kinds(reports(before)),
              (QList<ReportKind>{ReportKind::PrivateTripApplication, ReportKind::Return}));
    const QStringList beforeDocs = summary(reports(before));

    auto v2 = m_service->setRule(rule_key::documentsFor(PostingPurpose::Tourism),
                                 QStringLiteral("pre_departure, return, self_review"));
    ASSERT_TRUE(v2.ok()) << v2.error().toString().toStdString();
    EXPECT_EQ(v2->version(), 2);
    EXPECT_EQ(m_service->rulesInForce()->documents(rule_key::documentsFor(PostingPurpose::Tourism)),
              (QList<ReportKind>{ReportKind::PreDeparture, ReportKind::Return, ReportKind::SelfReview}));

    // A new tourism posting calls for the documents of version 2...
    Posting after = plan(hoa, PostingPurpose::Tourism, QDate(2026, 2, 2), QDate(2026, 2, 12));
    const QList<Report> afterDocs = reports(after);
    EXPECT_EQ(kinds(afterDocs),
              (QList<ReportKind>{ReportKind::PreDeparture, ReportKind::Return, ReportKind::SelfReview}));
    for (const Report& r : afterDocs)
        EXPECT_EQ(r.ruleSetVersion, 2);

    // ...the earlier one keeps its own, through an edit and its whole trip: no self-review added,
    // the application still due.
    Posting edited = *m_service->posting(before.id);
    edited.hostOrganisation = QStringLiteral("Khách sạn Bangkok");
    ASSERT_TRUE(m_service->updatePosting(edited).ok());
    EXPECT_EQ(summary(reports(before)), beforeDocs);
    goAndReturn(before, QDate(2026, 2, 2), QDate(2026, 2, 12));
    const QList<Report> done = reports(before);
    EXPECT_EQ(kinds(done), (QList<ReportKind>{ReportKind::PrivateTripApplication, ReportKind::Return}));
    EXPECT_EQ(find(done, ReportKind::PrivateTripApplication)->dueDate, QDate(2026, 2, 2));
    for (const Report& r : done)
        EXPECT_EQ(r.ruleSetVersion, 1);
}

TEST_F(RulesServiceTest, SwitchingADeadlineToCalendarDaysChangesOnlyDeadlinesComputedAfterwards)
{
    const Member lan = addMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("10000001"));
    const Member hoa = addMember(QStringLiteral("Phạm Thị Hoa"), QStringLiteral("10000002"));
    const Member duc = addMember(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("10000003"));
    // Back on Thursday 12 February 2026: seven working days is Monday 23 February.
    Posting returned = plan(lan, PostingPurpose::Tourism, QDate(2026, 2, 2), QDate(2026, 2, 12));
    goAndReturn(returned, QDate(2026, 2, 2), QDate(2026, 2, 12));
    EXPECT_EQ(find(reports(returned), ReportKind::Return)->dueDate, QDate(2026, 2, 23));
    // Planned under the same rules, back only after the change.
    Posting away = plan(hoa, PostingPurpose::Tourism, QDate(2026, 2, 2), QDate(2026, 2, 12));
    step(away, PostingTransition::Approve, QDate(2026, 1, 20));
    step(away, PostingTransition::Depart, QDate(2026, 2, 2));

    const QString key = QString::fromLatin1(rule_key::kReturnReportPrivateWorkingDays);
    auto v2 = m_service->setRule(key, QVariant(), {}, RuleUnit::Days);
    ASSERT_TRUE(v2.ok()) << v2.error().toString().toStdString();
    EXPECT_EQ(v2->version(), 2);
    EXPECT_EQ(v2->unitOf(key), RuleUnit::Days);
    EXPECT_EQ(v2->intValue(key), 7);
    EXPECT_EQ(m_service->ruleVersions()->first().unitOf(key), RuleUnit::WorkingDays);

    // A posting set up afterwards counts calendar days: Thursday 19 February.
    Posting later = plan(duc, PostingPurpose::Tourism, QDate(2026, 2, 2), QDate(2026, 2, 12));
    goAndReturn(later, QDate(2026, 2, 2), QDate(2026, 2, 12));
    EXPECT_EQ(find(reports(later), ReportKind::Return)->dueDate, QDate(2026, 2, 19));
    EXPECT_EQ(find(reports(later), ReportKind::Return)->ruleSetVersion, 2);

    // The earlier ones keep working days, even the one whose deadline is first computed now.
    step(away, PostingTransition::ReturnHome, QDate(2026, 2, 12));
    EXPECT_EQ(find(reports(away), ReportKind::Return)->dueDate, QDate(2026, 2, 23));
    EXPECT_EQ(find(reports(away), ReportKind::Return)->ruleSetVersion, 1);
    Posting edited = *m_service->posting(returned.id);
    edited.city = QStringLiteral("Bangkok");
    ASSERT_TRUE(m_service->updatePosting(edited).ok());
    EXPECT_EQ(find(reports(returned), ReportKind::Return)->dueDate, QDate(2026, 2, 23));

    // Value and unit together, as one more version.
    auto v3 = m_service->setRule(QString::fromLatin1(rule_key::kReturnReportOtherDays), QStringLiteral("10"),
                                 {}, RuleUnit::WorkingDays);
    ASSERT_TRUE(v3.ok());
    EXPECT_EQ(v3->version(), 3);
    EXPECT_EQ(v3->intValue(rule_key::kReturnReportOtherDays), 10);
    EXPECT_EQ(v3->unitOf(rule_key::kReturnReportOtherDays), RuleUnit::WorkingDays);
    EXPECT_EQ(v3->unitOf(key), RuleUnit::Days); // version 2's change carried forward
}

TEST_F(RulesServiceTest, BadDocumentCodesAndUnitsAreRefusedWithoutANewVersion)
{
    const QString study = rule_key::documentsFor(PostingPurpose::Study);
    auto unknown = m_service->setRule(study, QStringLiteral("pre_departure, visa_form"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("visa_form")))
        << unknown.error().message.toStdString();
    EXPECT_EQ(m_service->setRule(study, QStringLiteral("annual_rating")).code(), ErrorCode::Invalid);
    EXPECT_EQ(
        m_service->setRule(QString::fromLatin1(rule_key::kProbationMonths), QVariant(), {}, RuleUnit::Days)
            .code(),
        ErrorCode::Invalid);
    EXPECT_EQ(m_service->setRule(study, QVariant(), {}, RuleUnit::WorkingDays).code(), ErrorCode::Invalid);
    EXPECT_EQ(m_service->setRule(QString::fromLatin1(rule_key::kReturnReportOtherDays), QVariant()).code(),
              ErrorCode::Invalid); // neither a value nor a unit
    EXPECT_EQ(versionCount(), 1);

    ASSERT_TRUE(m_service->setRule(study, QStringLiteral("NONE")).ok());
    EXPECT_TRUE(m_service->rulesInForce()->documents(study).isEmpty());
    EXPECT_EQ(versionCount(), 2);
}

TEST_F(RulesServiceTest, AClerkMayNotChangeTheRules)
{
    const QString clerk = QStringLiteral("thuky");
    const QString clerkPass = QStringLiteral("Thư ký chi bộ Khoa A");
    {
        WriteScope scope(m_session->database(), Permission::ManageUsers);
        ASSERT_TRUE(UserRepository(m_session->database()).insert(scope, clerk, Role::Clerk).ok());
        ASSERT_TRUE(
            m_session->database().setUserPassphrase(scope, clerk, SecureBytes::fromUtf8(clerkPass)).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    const QString path = m_session->database().path();
    m_service.reset();
    m_session.reset();
    app::Session session(unlock(path, clerk, clerkPass, fastOptions(&m_clock)));
    app::RegisterService service(session);
    EXPECT_TRUE(service.rulesInForce().ok()); // reading is allowed
    EXPECT_EQ(
        service.setRule(rule_key::documentsFor(PostingPurpose::Tourism), QStringLiteral("return")).code(),
        ErrorCode::PermissionDenied);
    EXPECT_EQ(service
                  .setRule(QString::fromLatin1(rule_key::kReturnReportPrivateWorkingDays), QVariant(), {},
                           RuleUnit::Days)
                  .code(),
              ErrorCode::PermissionDenied);
    EXPECT_EQ(service.ruleVersions()->size(), 1);
}

TEST_F(RulesServiceTest, APrivateTripWithoutAPreDepartureReportIsNotOverdueForOne)
{
    const Member lan = addMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("10000001"));
    const Member hoa = addMember(QStringLiteral("Phạm Thị Hoa"), QStringLiteral("10000002"));
    app::QueryService queries(*m_session);
    const auto overdueKinds = [&](const Member& who) {
        ReportDueFilter filter;
        filter.overdueOnly = true;
        filter.memberId = who.id;
        QList<ReportKind> out;
        const Result<QList<ReportDueRow>> rows = queries.reportsDue(filter);
        EXPECT_TRUE(rows.ok());
        if (rows.ok()) {
            for (const ReportDueRow& row : rows.value())
                out.append(row.kind);
        }
        return out;
    };
    // A trip planned to leave on 16 Feb, still not recorded as departed on 2 March: only the application
    // is overdue; the procedure the rule cites has no separate pre-departure report.
    Posting trip = plan(lan, PostingPurpose::Tourism, QDate(2026, 2, 16), QDate(2026, 2, 26));
    EXPECT_FALSE(kinds(reports(trip)).contains(ReportKind::PreDeparture));
    EXPECT_EQ(overdueKinds(lan), QList<ReportKind>{ReportKind::PrivateTripApplication});

    // A committee that asks for one lists it for the purpose: trips set up from then on owe it.
    ASSERT_TRUE(m_service
                    ->setRule(rule_key::documentsFor(PostingPurpose::Tourism),
                              QStringLiteral("private_trip_application, pre_departure, return"))
                    .ok());
    Posting strict = plan(hoa, PostingPurpose::Tourism, QDate(2026, 2, 16), QDate(2026, 2, 26));
    EXPECT_EQ(overdueKinds(hoa),
              (QList<ReportKind>{ReportKind::PrivateTripApplication, ReportKind::PreDeparture}));
    EXPECT_EQ(overdueKinds(lan), QList<ReportKind>{ReportKind::PrivateTripApplication}); // unchanged
    (void)strict;
}

TEST_F(RulesServiceTest, TheOverdueReportBlockIsOffByDefaultAndACommitteeMayTurnItOn)
{
    const Member lan = addMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("10000001"));
    // Back on 12 Feb, the return report (due 23 Feb) never came.
    Posting first = plan(lan, PostingPurpose::Tourism, QDate(2026, 2, 2), QDate(2026, 2, 12));
    goAndReturn(first, QDate(2026, 2, 2), QDate(2026, 2, 12));
    Posting second = plan(lan, PostingPurpose::Tourism, QDate(2026, 4, 2), QDate(2026, 4, 12));
    TransitionInput in;
    in.date = QDate(2026, 3, 2);

    // Off by default: the next trip is approved.
    EXPECT_TRUE(m_service->applyTransition(second.id, PostingTransition::Approve, in).ok());

    // Turned on (an audited new version): a third trip waits for the report.
    ASSERT_TRUE(
        m_service->setRule(rule_key::kBlockApprovalWhileReturnReportOverdue, QStringLiteral("on")).ok());
    Posting third = plan(lan, PostingPurpose::Tourism, QDate(2026, 5, 2), QDate(2026, 5, 12));
    auto refused = m_service->applyTransition(third.id, PostingTransition::Approve, in);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("23/02/2026")))
        << refused.error().message.toStdString();
    EXPECT_EQ(m_service->posting(third.id)->status, PostingStatus::Planned);
}
