#include "core/member.h"
#include "core/posting.h"
#include "core/report.h"
#include "core/transfer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace orec;

TEST(Member, ProbationAndAge)
{
    Member m;
    EXPECT_FALSE(m.isProbationary()); // not admitted at all
    EXPECT_FALSE(m.expectedFullMembershipDate().isValid());
    m.dateOfBirth = QDate(1990, 3, 15);
    m.admissionDate = QDate(2020, 5, 19);
    EXPECT_TRUE(m.isProbationary());
    EXPECT_EQ(m.expectedFullMembershipDate(), QDate(2021, 5, 19));
    EXPECT_EQ(m.expectedFullMembershipDate(18), QDate(2021, 11, 19));
    m.fullMembershipDate = QDate(2021, 5, 19);
    EXPECT_FALSE(m.isProbationary());
    EXPECT_EQ(m.ageOn(QDate(2008, 3, 14)), 17);
    EXPECT_EQ(m.ageOn(QDate(2008, 3, 15)), 18);
    EXPECT_EQ(Member().ageOn(QDate(2020, 1, 1)), -1);
}

TEST(Posting, EffectivePlannedReturnFollowsExtensions)
{
    Posting p;
    p.plannedDeparture = QDate(2024, 9, 1);
    p.plannedReturn = QDate(2025, 6, 30);
    EXPECT_EQ(p.effectivePlannedReturn(), QDate(2025, 6, 30));
    p.extensions.append(
        {QStringLiteral("12-QĐ/ĐU"), QDate(2025, 5, 2), QDate(2025, 12, 31), QStringLiteral("thesis")});
    p.extensions.append({QStringLiteral("40-QĐ/ĐU"), QDate(2025, 11, 20), QDate(2026, 3, 31), QString()});
    EXPECT_EQ(p.effectivePlannedReturn(), QDate(2026, 3, 31));
    EXPECT_EQ(p.expectedReturn(), QDate(2026, 3, 31));
    p.actualReturn = QDate(2026, 3, 20);
    EXPECT_EQ(p.expectedReturn(), QDate(2026, 3, 20));
}

TEST(Posting, OverdueAbroadOnlyPastTheExtendedReturn)
{
    Posting p;
    p.status = PostingStatus::Abroad;
    p.actualDeparture = QDate(2025, 1, 10);
    p.plannedReturn = QDate(2025, 2, 10);
    EXPECT_FALSE(p.isOverdueAbroad(QDate(2025, 2, 10)));
    EXPECT_TRUE(p.isOverdueAbroad(QDate(2025, 2, 11)));
    p.extensions.append({QStringLiteral("5/QĐ"), QDate(2025, 2, 5), QDate(2025, 3, 10), QString()});
    EXPECT_FALSE(p.isOverdueAbroad(QDate(2025, 2, 11)));
    p.status = PostingStatus::Returned;
    p.actualReturn = QDate(2025, 3, 1);
    EXPECT_FALSE(p.isOverdueAbroad(QDate(2025, 4, 1)));
}

TEST(Posting, CountriesAndRelatives)
{
    Posting p;
    p.countryCodes = {QStringLiteral("DE"), QStringLiteral("FR")};
    EXPECT_TRUE(p.includesCountry(QStringLiteral("fr")));
    EXPECT_FALSE(p.includesCountry(QStringLiteral("JP")));
    EXPECT_FALSE(p.includesVisitingRelatives());
    p.purpose = PostingPurpose::FamilyVisit;
    EXPECT_TRUE(p.includesVisitingRelatives());
    EXPECT_TRUE(p.isPrivate());
    p.purpose = PostingPurpose::OfficialMission;
    p.visitsRelatives = true;
    EXPECT_TRUE(p.includesVisitingRelatives());
}

TEST(Report, StateFromDatesAndToday)
{
    Report r;
    const QDate today(2025, 6, 10);
    EXPECT_EQ(r.stateOn(today), ReportState::NotDue);
    r.dueDate = QDate(2025, 6, 10);
    EXPECT_EQ(r.stateOn(today), ReportState::Due);
    EXPECT_EQ(r.stateOn(today.addDays(1)), ReportState::Overdue);
    r.receivedDate = QDate(2025, 6, 10);
    EXPECT_EQ(r.stateOn(today.addDays(30)), ReportState::Received);
    r.receivedDate = QDate(2025, 6, 11);
    EXPECT_EQ(r.stateOn(today.addDays(30)), ReportState::ReceivedLate);
    r.dueDate = QDate();
    EXPECT_EQ(r.stateOn(today), ReportState::Received);
}

TEST(Report, KindsBelongToPostingOrMember)
{
    EXPECT_TRUE(isPostingReport(ReportKind::Return));
    EXPECT_TRUE(isPostingReport(ReportKind::PreDeparture));
    EXPECT_FALSE(isPostingReport(ReportKind::AnnualRating));
    EXPECT_FALSE(isPostingReport(ReportKind::MarriageToForeigner));
    EXPECT_TRUE(isEventReport(ReportKind::ForeignAward));
    EXPECT_TRUE(isEventReport(ReportKind::NationalityOrResidenceChange));
    EXPECT_FALSE(isEventReport(ReportKind::SelfReview));
}

TEST(Report, PreDepartureContentRoundTripsThroughJson)
{
    PreDepartureContent c;
    c.purpose = QStringLiteral("Thăm con gái");
    c.places = {QStringLiteral("Tokyo"), QStringLiteral("Osaka")};
    c.departure = QDate(2025, 7, 1);
    c.returnDate = QDate(2025, 7, 20);
    c.paidBy = QStringLiteral("Tự túc");
    c.companions = QStringLiteral("Vợ");
    c.relativesAbroad = {{QStringLiteral("Trần Thị Mai"), QStringLiteral("con gái"), QStringLiteral("JP"),
                          QStringLiteral("thường trú")},
                         {QStringLiteral("Trần Văn Nam"), QStringLiteral("em trai"), QStringLiteral("KR"),
                          QStringLiteral("du học")}};
    c.noClassifiedDocuments = true;
    c.reportingDutiesAcknowledged = true;

    Report r;
    r.kind = ReportKind::PreDeparture;
    r.fields.insert(QStringLiteral("extra_note"), QStringLiteral("kept"));
    r.setPreDeparture(c);
    EXPECT_EQ(r.fields.value(QStringLiteral("extra_note")).toString(), QStringLiteral("kept"));

    // What storage does: one JSON column.
    const QByteArray json =
        QJsonDocument(QJsonObject::fromVariantMap(r.fields)).toJson(QJsonDocument::Compact);
    Report loaded;
    loaded.fields = QJsonDocument::fromJson(json).object().toVariantMap();
    EXPECT_EQ(loaded.preDeparture(), c);
    EXPECT_TRUE(loaded.preDeparture().commitmentsAcknowledged());
}

TEST(Report, ReturnContentRoundTripsThroughJson)
{
    ReturnContent c;
    c.actualDeparture = QDate(2025, 3, 1);
    c.actualReturn = QDate(2025, 3, 15);
    c.places = {QStringLiteral("Berlin")};
    c.results = QStringLiteral("Ký biên bản hợp tác");
    c.foreignContacts = {
        {QStringLiteral("Prof. Schmidt, TU Berlin"), QDate(2025, 3, 3), QStringLiteral("joint project")}};
    c.giftsOrAwardsOffered = QStringLiteral("none");
    c.foreignOrganisationInvitations = QString();
    c.incidents = QStringLiteral("none");
    c.selfAssessment = QStringLiteral("Hoàn thành nhiệm vụ");

    Report r;
    r.kind = ReportKind::Return;
    r.setReturnContent(c);
    const QByteArray json =
        QJsonDocument(QJsonObject::fromVariantMap(r.fields)).toJson(QJsonDocument::Compact);
    Report loaded;
    loaded.fields = QJsonDocument::fromJson(json).object().toVariantMap();
    EXPECT_EQ(loaded.returnContent(), c);
    EXPECT_EQ(loaded.fields.value(QLatin1String(report_field::kReturnDate)).toString(),
              QStringLiteral("2025-03-15"));
}

TEST(Transfer, RegisterNumbersRunPerYear)
{
    auto first = nextRegisterNumber(std::nullopt, QDate(2025, 1, 6));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(*first, (RegisterNumber{2025, 1}));
    EXPECT_EQ(first->toString(), QStringLiteral("1/2025"));

    auto next = nextRegisterNumber(RegisterNumber{2025, 41}, QDate(2025, 12, 31));
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(*next, (RegisterNumber{2025, 42}));

    auto newYear = nextRegisterNumber(RegisterNumber{2025, 42}, QDate(2026, 1, 2));
    ASSERT_TRUE(newYear.ok());
    EXPECT_EQ(*newYear, (RegisterNumber{2026, 1}));

    auto backwards = nextRegisterNumber(RegisterNumber{2026, 3}, QDate(2025, 12, 30));
    EXPECT_EQ(backwards.code(), ErrorCode::Invalid);
    EXPECT_FALSE(backwards.error().message.isEmpty());
    EXPECT_EQ(nextRegisterNumber(std::nullopt, QDate()).code(), ErrorCode::Invalid);

    EXPECT_LT((RegisterNumber{2025, 9}), (RegisterNumber{2025, 10}));
    EXPECT_LT((RegisterNumber{2024, 99}), (RegisterNumber{2025, 1}));
    EXPECT_EQ(transferFormCode(TransferKind::Temporary), QStringLiteral("2-SHĐ"));
    EXPECT_EQ(transferFormCode(TransferKind::LabourExport), QStringLiteral("3A-SHĐ"));
}
