#include "core/posting_rules.h"
#include "core/step_papers.h"

#include <gtest/gtest.h>

using namespace orec;

namespace {

Posting returnedTrip(PostingPurpose purpose, QDate departure, QDate returned)
{
    Posting p;
    p.purpose = purpose;
    p.countryCodes = {QStringLiteral("JP")};
    p.plannedDeparture = departure;
    p.plannedReturn = returned;
    p.actualDeparture = departure;
    p.actualReturn = returned;
    p.status = PostingStatus::Returned;
    return p;
}

} // namespace

TEST(RuleSet, DefaultsCarryValueUnitDescriptionAndSource)
{
    const RuleSet rules = RuleSet::defaults();
    EXPECT_EQ(rules.version(), 1);
    EXPECT_TRUE(rules.effectiveDate().isValid());
    EXPECT_EQ(rules.intValue(rule_key::kReturnReportPrivateWorkingDays), 7);
    EXPECT_EQ(rules.intValue(rule_key::kReturnReportOtherDays), 15);
    EXPECT_EQ(rules.intValue(rule_key::kPreDepartureDaysBefore), 0);
    EXPECT_EQ(rules.intValue(rule_key::kTemporaryGroupMinMonths), 1);
    EXPECT_EQ(rules.intValue(rule_key::kTemporaryGroupMinDelegation), 3);
    EXPECT_EQ(rules.intValue(rule_key::kTemporaryTransferOverMonths), 3);
    EXPECT_EQ(rules.intValue(rule_key::kOfficialTransferFromMonths), 12);
    EXPECT_TRUE(rules.flag(rule_key::kRelativesCommitmentRequired));
    // No source was found for the overdue-report block: off, and marked as a committee's own policy.
    EXPECT_FALSE(rules.flag(rule_key::kBlockApprovalWhileReturnReportOverdue));
    EXPECT_EQ(rules.find(rule_key::kBlockApprovalWhileReturnReportOverdue)->basis(),
              RuleBasis::CommitteePolicy);
    EXPECT_TRUE(rules.flag(rule_key::kBlockApprovalUnderDisciplinaryReview));
    EXPECT_TRUE(rules.flag(rule_key::kTemporaryTransferIncludesThreshold));
    for (const Rule& r : rules.rules()) {
        EXPECT_FALSE(r.key.isEmpty());
        EXPECT_FALSE(r.description.isEmpty()) << r.key.toStdString();
        EXPECT_FALSE(r.source.isEmpty()) << r.key.toStdString();
        EXPECT_FALSE(codeName(r.basis()).isEmpty()) << r.key.toStdString();
        // A rule with no source found says so, in its source or its note.
        if (r.basis() == RuleBasis::NotConfirmed) {
            EXPECT_TRUE(r.displaySource().contains(QLatin1String("No source found")) ||
                        r.displayNote().contains(QLatin1String("assumption")) ||
                        r.displayNote().contains(QLatin1String("Not confirmed")))
                << r.key.toStdString();
        }
        EXPECT_FALSE(r.displayDescription().isEmpty());
        EXPECT_EQ(r.unit == RuleUnit::Flag, r.value.typeId() == QMetaType::Bool) << r.key.toStdString();
    }
    const Rule* privateDeadline = rules.find(rule_key::kReturnReportPrivateWorkingDays);
    ASSERT_NE(privateDeadline, nullptr);
    EXPECT_EQ(privateDeadline->unit, RuleUnit::WorkingDays);
    EXPECT_TRUE(privateDeadline->source.contains(QStringLiteral("58-QĐ/TW")));
}

TEST(RuleSet, EditingChecksTypeAndRangeAndMakesVersions)
{
    RuleSet v2 = RuleSet::defaults().nextVersion(QDate(2025, 4, 23));
    EXPECT_EQ(v2.version(), 2);
    EXPECT_EQ(v2.effectiveDate(), QDate(2025, 4, 23));
    EXPECT_TRUE(v2.setValue(rule_key::kReturnReportOtherDays, 10).ok());
    EXPECT_EQ(v2.intValue(rule_key::kReturnReportOtherDays), 10);
    EXPECT_TRUE(v2.setValue(rule_key::kBlockApprovalWhileReturnReportOverdue, false).ok());
    EXPECT_FALSE(v2.flag(rule_key::kBlockApprovalWhileReturnReportOverdue));

    EXPECT_EQ(v2.setValue(rule_key::kReturnReportOtherDays, -1).code(), ErrorCode::Invalid);
    EXPECT_EQ(v2.setValue(rule_key::kReturnReportOtherDays, QStringLiteral("soon")).code(),
              ErrorCode::Invalid);
    EXPECT_EQ(v2.setValue(rule_key::kReturnReportOtherDays, true).code(), ErrorCode::Invalid);
    EXPECT_EQ(v2.setValue(rule_key::kRelativesCommitmentRequired, 1).code(), ErrorCode::Invalid);
    EXPECT_EQ(v2.setValue("no.such.rule", 1).code(), ErrorCode::NotFound);
    EXPECT_EQ(v2.intValue(rule_key::kReturnReportOtherDays), 10); // refused edits change nothing

    // A version stored before a rule existed reads that rule's default.
    RuleSet old(1, QDate(2022, 1, 1), {});
    EXPECT_EQ(old.intValue(rule_key::kReturnReportPrivateWorkingDays), 7);
    EXPECT_TRUE(old.flag(rule_key::kRelativesCommitmentRequired));
}

TEST(RuleSet, VersionInForceOnADate)
{
    const RuleSet v1 = RuleSet::defaults();
    const RuleSet v2 = v1.nextVersion(QDate(2025, 4, 23));
    const QList<RuleSet> history{v2, v1};
    EXPECT_EQ(RuleSet::inForceOn(history, QDate(2024, 1, 1))->version(), 1);
    EXPECT_EQ(RuleSet::inForceOn(history, QDate(2025, 4, 22))->version(), 1);
    EXPECT_EQ(RuleSet::inForceOn(history, QDate(2025, 4, 23))->version(), 2);
    EXPECT_EQ(RuleSet::inForceOn(history, QDate(2020, 1, 1))->version(), 1); // before all: the earliest
    EXPECT_EQ(RuleSet::inForceOn({}, QDate(2025, 1, 1)), nullptr);
    EXPECT_EQ(RuleSet::findVersion(history, 2)->effectiveDate(), QDate(2025, 4, 23));
    EXPECT_EQ(RuleSet::findVersion(history, 3), nullptr);
}

TEST(WorkingCalendar, SkipsWeekendsAndHolidays)
{
    WorkingCalendar cal;
    // Friday 6 June 2025 + 1 working day = Monday 9 June.
    EXPECT_EQ(cal.addWorkingDays(QDate(2025, 6, 6), 1), QDate(2025, 6, 9));
    EXPECT_EQ(cal.addWorkingDays(QDate(2025, 6, 6), 0), QDate(2025, 6, 6));
    // Saturday start: counting begins on Monday.
    EXPECT_EQ(cal.addWorkingDays(QDate(2025, 6, 7), 1), QDate(2025, 6, 9));
    EXPECT_FALSE(cal.isWorkingDay(QDate(2025, 6, 7)));
    EXPECT_FALSE(cal.isWorkingDay(QDate(2025, 6, 8)));
    EXPECT_TRUE(cal.isWorkingDay(QDate(2025, 6, 9)));

    WorkingCalendar withHolidays(WorkingCalendar::fixedPublicHolidays(2025));
    EXPECT_FALSE(withHolidays.isWorkingDay(QDate(2025, 9, 2))); // National Day, a Tuesday
    // Monday 1 Sep + 2 working days: Tue 2 Sep is a holiday, so Wed 3 and Thu 4.
    EXPECT_EQ(withHolidays.addWorkingDays(QDate(2025, 9, 1), 2), QDate(2025, 9, 4));
    EXPECT_EQ(withHolidays.workingDaysBetween(QDate(2025, 9, 1), QDate(2025, 9, 8)), 4);
    EXPECT_EQ(withHolidays.workingDaysBetween(QDate(2025, 9, 8), QDate(2025, 9, 1)), 0);
    withHolidays.addHoliday(QDate(2025, 9, 3));
    EXPECT_EQ(withHolidays.addWorkingDays(QDate(2025, 9, 1), 2), QDate(2025, 9, 5));
}

TEST(DueDates, PrivateTripReturnReportCountsWorkingDaysAcrossAWeekend)
{
    const RuleSet rules = RuleSet::defaults();
    const WorkingCalendar cal;
    // Back on Thursday 12 June 2025: Fri 13, Mon 16 .. Fri 20, Mon 23 is the 7th working day.
    const Posting trip = returnedTrip(PostingPurpose::Tourism, QDate(2025, 6, 1), QDate(2025, 6, 12));
    const DueDate due = computeDueDate(ReportKind::Return, trip, rules, cal);
    EXPECT_EQ(due.date, QDate(2025, 6, 23));
    EXPECT_EQ(due.ruleSetVersion, 1);
    EXPECT_EQ(due.ruleKey, QLatin1String(rule_key::kReturnReportPrivateWorkingDays));

    // Back on a Saturday: the count starts on Monday.
    const Posting weekend = returnedTrip(PostingPurpose::FamilyVisit, QDate(2025, 6, 1), QDate(2025, 6, 14));
    EXPECT_EQ(computeDueDate(ReportKind::Return, weekend, rules, cal).date, QDate(2025, 6, 24));

    // A holiday inside the window moves it one more working day.
    WorkingCalendar holidays({QDate(2025, 6, 18)});
    EXPECT_EQ(computeDueDate(ReportKind::Return, trip, rules, holidays).date, QDate(2025, 6, 24));
}

TEST(DueDates, OfficialReturnReportCountsCalendarDays)
{
    const Posting mission =
        returnedTrip(PostingPurpose::OfficialMission, QDate(2025, 6, 1), QDate(2025, 6, 12));
    const DueDate due = computeDueDate(ReportKind::Return, mission, RuleSet::defaults(), WorkingCalendar());
    EXPECT_EQ(due.date, QDate(2025, 6, 27));
    EXPECT_EQ(due.ruleKey, QLatin1String(rule_key::kReturnReportOtherDays));
}

TEST(DueDates, BeforeDepartureAndNotYetDetermined)
{
    RuleSet rules = RuleSet::defaults();
    Posting p;
    p.purpose = PostingPurpose::FamilyVisit;
    p.plannedDeparture = QDate(2025, 8, 10);
    p.plannedReturn = QDate(2025, 8, 30);
    const WorkingCalendar cal;
    EXPECT_EQ(computeDueDate(ReportKind::PreDeparture, p, rules, cal).date, QDate(2025, 8, 10));
    EXPECT_EQ(computeDueDate(ReportKind::PrivateTripApplication, p, rules, cal).date, QDate(2025, 8, 10));
    EXPECT_EQ(computeDueDate(ReportKind::RelativesCommitment, p, rules, cal).date, QDate(2025, 8, 10));
    ASSERT_TRUE(rules.setValue(rule_key::kPreDepartureDaysBefore, 5).ok());
    EXPECT_EQ(computeDueDate(ReportKind::PreDeparture, p, rules, cal).date, QDate(2025, 8, 5));

    // Return-side reports have no due date before the member is back.
    EXPECT_FALSE(computeDueDate(ReportKind::Return, p, rules, cal).isValid());
    EXPECT_FALSE(computeDueDate(ReportKind::SelfReview, p, rules, cal).isValid());
    EXPECT_FALSE(computeDueDate(ReportKind::AnnualRating, p, rules, cal).isValid());
    // Event reports count from the event.
    EXPECT_EQ(computeDueDate(ReportKind::MarriageToForeigner, p, rules, cal, QDate(2025, 8, 20)).date,
              QDate(2025, 9, 4));
    EXPECT_FALSE(computeDueDate(ReportKind::MarriageToForeigner, p, rules, cal).isValid());

    p.actualDeparture = QDate(2025, 8, 10);
    p.actualReturn = QDate(2025, 8, 30);
    EXPECT_EQ(computeDueDate(ReportKind::SelfReview, p, rules, cal).date, QDate(2025, 9, 14));
    EXPECT_EQ(computeDueDate(ReportKind::CellRemarks, p, rules, cal).date, QDate(2025, 9, 29));
}

TEST(DueDates, AChangedRuleNeverSilentlyMovesAnOldDeadline)
{
    const RuleSet v1 = RuleSet::defaults();
    RuleSet v2 = v1.nextVersion(QDate(2025, 7, 1));
    ASSERT_TRUE(v2.setValue(rule_key::kReturnReportOtherDays, 30).ok());
    const WorkingCalendar cal;

    Posting p = returnedTrip(PostingPurpose::Study, QDate(2025, 1, 1), QDate(2025, 6, 2));
    Report r;
    r.kind = ReportKind::Return;
    ASSERT_TRUE(assignDueDate(r, p, v1, cal).ok());
    EXPECT_EQ(r.dueDate, QDate(2025, 6, 17));
    EXPECT_EQ(r.ruleSetVersion, 1);

    // Recomputing under the new version is refused and leaves the report alone...
    const Status refused = assignDueDate(r, p, v2, cal);
    EXPECT_EQ(refused.code(), ErrorCode::Conflict);
    EXPECT_EQ(r.dueDate, QDate(2025, 6, 17));
    EXPECT_EQ(r.ruleSetVersion, 1);
    // ...recomputing under its own version follows a corrected fact (the return date)...
    p.actualReturn = QDate(2025, 6, 5);
    ASSERT_TRUE(assignDueDate(r, p, v1, cal).ok());
    EXPECT_EQ(r.dueDate, QDate(2025, 6, 20));
    // ...and moving it to the new rules takes an explicit decision.
    ASSERT_TRUE(assignDueDate(r, p, v2, cal, RuleVersionPolicy::AdoptNewVersion).ok());
    EXPECT_EQ(r.dueDate, QDate(2025, 7, 5));
    EXPECT_EQ(r.ruleSetVersion, 2);
}

TEST(Arrangement, ThresholdsFromTheRulesTable)
{
    const RuleSet rules = RuleSet::defaults();
    const QDate d(2025, 3, 1);
    const auto advise = [&](QDate to, int delegation, bool nearby, int full = -1) {
        StayFacts f;
        f.departure = d;
        f.plannedReturn = to;
        f.delegationSize = delegation;
        f.delegationFullMembers = full;
        f.partyUnitNearby = nearby;
        return recommendArrangement(f, rules);
    };

    // Two weeks: stays with the home cell.
    ArrangementAdvice a = advise(QDate(2025, 3, 15), 5, false);
    EXPECT_EQ(a.arrangement, PartyActivityArrangement::StaysWithHomeCell);
    EXPECT_EQ(a.attendance, AttendanceMode::InCell);
    EXPECT_FALSE(a.explanation.isEmpty());

    // Exactly one month, delegation of 3: temporary group.
    a = advise(QDate(2025, 4, 1), 3, false);
    EXPECT_EQ(a.arrangement, PartyActivityArrangement::TemporaryGroup);
    EXPECT_TRUE(a.formCellOrGroup);
    // Same stay alone: home cell, exempted from meetings.
    a = advise(QDate(2025, 4, 1), 1, false);
    EXPECT_EQ(a.arrangement, PartyActivityArrangement::StaysWithHomeCell);
    EXPECT_EQ(a.attendance, AttendanceMode::Exempted);
    // Exactly three months: "từ 3 tháng" by default, a temporary transfer (the next test turns it off).
    EXPECT_EQ(advise(QDate(2025, 6, 1), 4, false).arrangement, PartyActivityArrangement::TemporaryTransfer);
    // A day short of three months is still the group range.
    EXPECT_EQ(advise(QDate(2025, 5, 31), 4, false).arrangement, PartyActivityArrangement::TemporaryGroup);

    // Three months and a day: temporary transfer; attends a nearby unit or individually.
    a = advise(QDate(2025, 6, 2), 1, true);
    EXPECT_EQ(a.arrangement, PartyActivityArrangement::TemporaryTransfer);
    EXPECT_EQ(a.attendance, AttendanceMode::InCell);
    a = advise(QDate(2025, 6, 2), 1, false);
    EXPECT_EQ(a.attendance, AttendanceMode::Individual);

    // A day short of a year is still temporary; a full year is official.
    EXPECT_EQ(advise(QDate(2026, 2, 28), 1, true).arrangement, PartyActivityArrangement::TemporaryTransfer);
    a = advise(QDate(2026, 3, 1), 1, true);
    EXPECT_EQ(a.arrangement, PartyActivityArrangement::OfficialTransfer);
    EXPECT_EQ(a.ruleKey, QLatin1String(rule_key::kOfficialTransferFromMonths));

    // Long stay, no unit nearby: 3 full members form a cell; 2 full of 3 attend individually.
    a = advise(QDate(2027, 3, 1), 3, false, 3);
    EXPECT_TRUE(a.formCellOrGroup);
    EXPECT_EQ(a.attendance, AttendanceMode::InCell);
    a = advise(QDate(2027, 3, 1), 3, false, 2);
    EXPECT_FALSE(a.formCellOrGroup);
    EXPECT_EQ(a.attendance, AttendanceMode::Individual);

    // No dates, no advice beyond the default and a reason.
    EXPECT_FALSE(recommendArrangement(StayFacts{}, rules).explanation.isEmpty());
}

TEST(Arrangement, AnEditedThresholdChangesTheAdvice)
{
    RuleSet rules = RuleSet::defaults();
    ASSERT_TRUE(rules.setValue(rule_key::kTemporaryTransferOverMonths, 6).ok());
    StayFacts f;
    f.departure = QDate(2025, 1, 1);
    f.plannedReturn = QDate(2025, 5, 1); // four months
    f.delegationSize = 3;
    EXPECT_EQ(recommendArrangement(f, rules).arrangement, PartyActivityArrangement::TemporaryGroup);
    EXPECT_EQ(recommendArrangement(f, RuleSet::defaults()).arrangement,
              PartyActivityArrangement::TemporaryTransfer);
}

TEST(RequiredDocuments, ByPurposeRelativesAndTransfer)
{
    const RuleSet rules = RuleSet::defaults();
    Posting p;
    p.purpose = PostingPurpose::OfficialMission;
    p.plannedDeparture = QDate(2025, 5, 1);
    p.plannedReturn = QDate(2025, 5, 10);
    EXPECT_EQ(requiredDocuments(p, rules), (QList<ReportKind>{ReportKind::PreDeparture, ReportKind::Return}));

    p.purpose = PostingPurpose::FamilyVisit;
    EXPECT_EQ(requiredDocuments(p, rules),
              (QList<ReportKind>{ReportKind::PrivateTripApplication, ReportKind::RelativesCommitment,
                                 ReportKind::Return}));
    RuleSet relaxed = rules;
    ASSERT_TRUE(relaxed.setValue(rule_key::kRelativesCommitmentRequired, false).ok());
    EXPECT_FALSE(requiredDocuments(p, relaxed).contains(ReportKind::RelativesCommitment));

    p.purpose = PostingPurpose::Study;
    p.plannedReturn = QDate(2027, 5, 1);
    p.arrangement = PartyActivityArrangement::OfficialTransfer;
    EXPECT_EQ(requiredDocuments(p, rules),
              (QList<ReportKind>{ReportKind::PreDeparture, ReportKind::Return, ReportKind::SelfReview}));
    p.overseasCellId = 12;
    EXPECT_TRUE(requiredDocuments(p, rules).contains(ReportKind::CellRemarks));

    // A probationary member whose probation ends abroad writes a self-review even on a short stay.
    Posting shortStay;
    shortStay.purpose = PostingPurpose::OfficialMission;
    shortStay.plannedDeparture = QDate(2025, 5, 1);
    shortStay.plannedReturn = QDate(2025, 6, 1);
    shortStay.probationEndDate = QDate(2025, 5, 20);
    EXPECT_TRUE(requiredDocuments(shortStay, rules).contains(ReportKind::SelfReview));
    shortStay.probationEndDate = QDate(2025, 8, 1);
    EXPECT_FALSE(requiredDocuments(shortStay, rules).contains(ReportKind::SelfReview));
}

TEST(RuleSet, EveryPurposeHasADocumentsRuleWithTodaysDocuments)
{
    const RuleSet rules = RuleSet::defaults();
    for (PostingPurpose purpose : allValues<PostingPurpose>()) {
        const QString key = rule_key::documentsFor(purpose);
        EXPECT_TRUE(key.startsWith(QLatin1String("documents."))) << key.toStdString();
        const Rule* rule = rules.find(key);
        ASSERT_NE(rule, nullptr) << key.toStdString();
        EXPECT_EQ(rule->unit, RuleUnit::Documents);
        EXPECT_EQ(rule->value.typeId(), QMetaType::QString);
        EXPECT_FALSE(rule->displayDescription().isEmpty());
        EXPECT_FALSE(rule->displaySource().isEmpty());
        // A private trip: the application and the return report, no pre-departure report (the
        // procedure the rule cites has none); any other purpose: a report before and one after.
        const QList<ReportKind> expected =
            isPrivatePurpose(purpose)
                ? QList<ReportKind>{ReportKind::PrivateTripApplication, ReportKind::Return}
                : QList<ReportKind>{ReportKind::PreDeparture, ReportKind::Return};
        EXPECT_EQ(rules.documents(key), expected) << key.toStdString();
        EXPECT_EQ(rule->basis(), isPrivatePurpose(purpose) ? RuleBasis::Regulation : RuleBasis::NotConfirmed);
        EXPECT_FALSE(rule->displayNote().isEmpty());
    }
    EXPECT_EQ(rules.find(QStringLiteral("documents.tourism"))->value.toString(),
              QStringLiteral("private_trip_application,return"));
    EXPECT_EQ(codeName(RuleUnit::Documents), QStringLiteral("documents"));
}

TEST(RuleSet, DocumentsAreEditedByTheirCodesAndAnUnknownCodeIsNamed)
{
    RuleSet v2 = RuleSet::defaults().nextVersion(QDate(2025, 9, 1));
    const QString tourism = rule_key::documentsFor(PostingPurpose::Tourism);
    // Any order, commas or blanks, any case: stored canonical, in the order the documents fall due.
    ASSERT_TRUE(v2.setValue(tourism, QStringLiteral(" Return, pre_departure  self_review")).ok());
    EXPECT_EQ(v2.find(tourism)->value.toString(), QStringLiteral("pre_departure,return,self_review"));
    EXPECT_EQ(v2.documents(tourism),
              (QList<ReportKind>{ReportKind::PreDeparture, ReportKind::Return, ReportKind::SelfReview}));
    ASSERT_TRUE(v2.setValue(tourism, QStringList{QStringLiteral("return"), QStringLiteral("return")}).ok());
    EXPECT_EQ(v2.documents(tourism), QList<ReportKind>{ReportKind::Return});
    ASSERT_TRUE(v2.setValue(tourism, QStringLiteral("none")).ok());
    EXPECT_TRUE(v2.documents(tourism).isEmpty());
    ASSERT_TRUE(v2.setValue(tourism, QString()).ok());
    EXPECT_TRUE(v2.documents(tourism).isEmpty());

    ASSERT_TRUE(v2.setValue(tourism, QStringLiteral("pre_departure,return")).ok());
    const Status unknown = v2.setValue(tourism, QStringLiteral("pre_departure, visa_form"));
    EXPECT_EQ(unknown.code(), ErrorCode::Invalid);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("\"visa_form\"")))
        << unknown.error().message.toStdString();
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("private_trip_application")));
    // A member's own reports are not a posting's documents.
    EXPECT_EQ(v2.setValue(tourism, QStringLiteral("annual_rating")).code(), ErrorCode::Invalid);
    EXPECT_EQ(v2.setValue(tourism, QStringLiteral("return, none")).code(), ErrorCode::Invalid);
    EXPECT_EQ(v2.setValue(tourism, 3).code(), ErrorCode::Invalid);
    EXPECT_EQ(v2.documents(tourism), (QList<ReportKind>{ReportKind::PreDeparture, ReportKind::Return}));
    // A number rule does not take codes.
    EXPECT_EQ(v2.setValue(rule_key::kReturnReportOtherDays, QStringLiteral("return")).code(),
              ErrorCode::Invalid);
}

TEST(RuleSet, AVersionStoredBeforeTheDocumentsRulesReadsAndListsTheirDefaults)
{
    Rule days;
    days.key = QString::fromLatin1(rule_key::kReturnReportOtherDays);
    days.value = 20;
    days.unit = RuleUnit::Days;
    RuleSet old(1, QDate(2022, 10, 28), {days});
    const QString visit = rule_key::documentsFor(PostingPurpose::FamilyVisit);
    EXPECT_EQ(old.find(visit), nullptr);
    // A version stored before the rule reads what the program did then: a private trip called for a
    // pre-departure report too (today's default has none, but a stored version never changes behaviour).
    EXPECT_EQ(old.documents(visit), (QList<ReportKind>{ReportKind::PrivateTripApplication,
                                                       ReportKind::PreDeparture, ReportKind::Return}));
    EXPECT_EQ(old.documents(rule_key::documentsFor(PostingPurpose::Study)),
              RuleSet::defaults().documents(rule_key::documentsFor(PostingPurpose::Study)));
    EXPECT_EQ(old.unitOf(rule_key::kReturnReportPrivateWorkingDays), RuleUnit::WorkingDays);
    // Likewise "over 3 months" and the overdue-report block as they were before they became settings.
    EXPECT_FALSE(old.flag(rule_key::kTemporaryTransferIncludesThreshold));
    EXPECT_TRUE(old.flag(rule_key::kBlockApprovalWhileReturnReportOverdue));

    Posting p;
    p.purpose = PostingPurpose::FamilyVisit;
    EXPECT_TRUE(requiredDocuments(p, old).contains(ReportKind::PreDeparture));
    EXPECT_FALSE(requiredDocuments(p, RuleSet::defaults()).contains(ReportKind::PreDeparture));

    // The next version lists every rule, the stored values kept, and can be edited.
    RuleSet next = old.nextVersion(QDate(2025, 1, 1));
    EXPECT_EQ(next.rules().size(), RuleSet::defaults().rules().size());
    EXPECT_EQ(next.intValue(rule_key::kReturnReportOtherDays), 20);
    EXPECT_TRUE(next.setValue(visit, QStringLiteral("pre_departure,return")).ok());
    EXPECT_EQ(old.rules().size(), 1); // the old version is left as stored

    // ...and keeps the earlier behaviour of the rules it adds, until an admin changes them.
    EXPECT_TRUE(
        next.documents(rule_key::documentsFor(PostingPurpose::Tourism)).contains(ReportKind::PreDeparture));
    EXPECT_FALSE(next.flag(rule_key::kTemporaryTransferIncludesThreshold));

    old.addMissingDefaults();
    EXPECT_NE(old.find(visit), nullptr);
    EXPECT_EQ(old.intValue(rule_key::kReturnReportOtherDays), 20);
    EXPECT_TRUE(old.documents(visit).contains(ReportKind::PreDeparture));
    EXPECT_FALSE(old.find(rule_key::kTemporaryTransferIncludesThreshold)->value.toBool());
}

TEST(RequiredDocuments, FollowTheRuleOfThePurposeWithTheConditionalOnesAdded)
{
    RuleSet rules = RuleSet::defaults().nextVersion(QDate(2025, 9, 1));
    ASSERT_TRUE(
        rules.setValue(rule_key::documentsFor(PostingPurpose::Tourism), QStringLiteral("return")).ok());
    ASSERT_TRUE(rules
                    .setValue(rule_key::documentsFor(PostingPurpose::Study),
                              QStringLiteral("self_review, pre_departure, return"))
                    .ok());
    ASSERT_TRUE(rules.setValue(rule_key::documentsFor(PostingPurpose::Expert), QStringLiteral("none")).ok());

    Posting p;
    p.purpose = PostingPurpose::Tourism;
    p.plannedDeparture = QDate(2025, 10, 1);
    p.plannedReturn = QDate(2025, 10, 10);
    EXPECT_EQ(requiredDocuments(p, rules), QList<ReportKind>{ReportKind::Return});
    // Visiting relatives still adds the commitment, in its place in the order.
    p.visitsRelatives = true;
    EXPECT_EQ(requiredDocuments(p, rules),
              (QList<ReportKind>{ReportKind::RelativesCommitment, ReportKind::Return}));

    // Listed: a self-review on every study stay, even a short one that is no transfer.
    p = Posting();
    p.purpose = PostingPurpose::Study;
    p.plannedDeparture = QDate(2025, 10, 1);
    p.plannedReturn = QDate(2025, 11, 1);
    EXPECT_EQ(requiredDocuments(p, rules),
              (QList<ReportKind>{ReportKind::PreDeparture, ReportKind::Return, ReportKind::SelfReview}));
    // Not listed: an expert's transfer with an overseas cell still brings the self-review and remarks.
    p.purpose = PostingPurpose::Expert;
    p.arrangement = PartyActivityArrangement::TemporaryTransfer;
    p.overseasCellId = 4;
    EXPECT_EQ(requiredDocuments(p, rules),
              (QList<ReportKind>{ReportKind::SelfReview, ReportKind::CellRemarks}));
    // Other purposes keep their defaults.
    p = Posting();
    p.purpose = PostingPurpose::MedicalTreatment;
    EXPECT_EQ(requiredDocuments(p, rules),
              (QList<ReportKind>{ReportKind::PrivateTripApplication, ReportKind::Return}));
}

TEST(RuleSet, OnlyADeadlinesUnitChangesAndOnlyBetweenDaysAndWorkingDays)
{
    RuleSet rules = RuleSet::defaults().nextVersion(QDate(2025, 9, 1));
    ASSERT_TRUE(rules.setUnit(rule_key::kReturnReportPrivateWorkingDays, RuleUnit::Days).ok());
    EXPECT_EQ(rules.unitOf(rule_key::kReturnReportPrivateWorkingDays), RuleUnit::Days);
    EXPECT_EQ(rules.intValue(rule_key::kReturnReportPrivateWorkingDays), 7); // the value is kept
    ASSERT_TRUE(rules.setUnit(rule_key::kPreDepartureDaysBefore, RuleUnit::WorkingDays).ok());
    EXPECT_EQ(rules.unitOf(rule_key::kPreDepartureDaysBefore), RuleUnit::WorkingDays);

    EXPECT_EQ(rules.setUnit(rule_key::kReturnReportOtherDays, RuleUnit::Months).code(), ErrorCode::Invalid);
    EXPECT_EQ(rules.setUnit(rule_key::kProbationMonths, RuleUnit::Days).code(), ErrorCode::Invalid);
    EXPECT_EQ(rules.setUnit(rule_key::kRelativesCommitmentRequired, RuleUnit::Days).code(),
              ErrorCode::Invalid);
    EXPECT_EQ(rules.setUnit(rule_key::documentsFor(PostingPurpose::Study), RuleUnit::Days).code(),
              ErrorCode::Invalid);
    EXPECT_EQ(rules.setUnit("no.such.rule", RuleUnit::Days).code(), ErrorCode::NotFound);
    EXPECT_EQ(rules.unitOf(rule_key::kProbationMonths), RuleUnit::Months);
    EXPECT_EQ(RuleSet::defaults().unitOf(rule_key::kReturnReportPrivateWorkingDays), RuleUnit::WorkingDays);
}

TEST(DueDates, EachDeadlineCountsInTheUnitItsRuleHas)
{
    const RuleSet v1 = RuleSet::defaults();
    RuleSet v2 = v1.nextVersion(QDate(2025, 9, 1));
    ASSERT_TRUE(v2.setUnit(rule_key::kReturnReportPrivateWorkingDays, RuleUnit::Days).ok());
    ASSERT_TRUE(v2.setUnit(rule_key::kReturnReportOtherDays, RuleUnit::WorkingDays).ok());
    ASSERT_TRUE(v2.setUnit(rule_key::kPreDepartureDaysBefore, RuleUnit::WorkingDays).ok());
    ASSERT_TRUE(v2.setValue(rule_key::kPreDepartureDaysBefore, 3).ok());
    ASSERT_TRUE(v2.setUnit(rule_key::kEventReportDaysAfterEvent, RuleUnit::WorkingDays).ok());
    const WorkingCalendar cal(WorkingCalendar::fixedPublicHolidays(2025));

    // Back on Thursday 12 June 2025: 7 working days is Mon 23 June, 7 calendar days Thu 19 June.
    const Posting trip = returnedTrip(PostingPurpose::Tourism, QDate(2025, 6, 1), QDate(2025, 6, 12));
    EXPECT_EQ(computeDueDate(ReportKind::Return, trip, v1, cal).date, QDate(2025, 6, 23));
    EXPECT_EQ(computeDueDate(ReportKind::Return, trip, v2, cal).date, QDate(2025, 6, 19));
    // An official return on Monday 25 Aug: 15 days is 9 Sep; 15 working days skip the weekends and
    // National Day (Tue 2 Sep): Tue 16 Sep.
    const Posting mission =
        returnedTrip(PostingPurpose::OfficialMission, QDate(2025, 8, 1), QDate(2025, 8, 25));
    EXPECT_EQ(computeDueDate(ReportKind::Return, mission, v1, cal).date, QDate(2025, 9, 9));
    EXPECT_EQ(computeDueDate(ReportKind::Return, mission, v2, cal).date, QDate(2025, 9, 16));
    // Three working days before a Monday departure: the Wednesday before.
    Posting p;
    p.purpose = PostingPurpose::OfficialMission;
    p.plannedDeparture = QDate(2025, 10, 6);
    EXPECT_EQ(computeDueDate(ReportKind::PreDeparture, p, v2, cal).date, QDate(2025, 10, 1));
    // An event on Friday 29 Aug: 15 working days (2 Sep a holiday) is Mon 22 Sep.
    EXPECT_EQ(computeDueDate(ReportKind::ForeignAward, p, v2, cal, QDate(2025, 8, 29)).date,
              QDate(2025, 9, 22));

    // A report set up under v1 keeps counting in v1's unit when recomputed.
    Report r;
    r.kind = ReportKind::Return;
    ASSERT_TRUE(assignDueDate(r, trip, v1, cal).ok());
    EXPECT_EQ(r.dueDate, QDate(2025, 6, 23));
    EXPECT_EQ(assignDueDate(r, trip, v2, cal).code(), ErrorCode::Conflict);
    EXPECT_EQ(r.dueDate, QDate(2025, 6, 23));
}

TEST(WorkingCalendar, CountsBackwardsForLeadTimes)
{
    const WorkingCalendar cal(WorkingCalendar::fixedPublicHolidays(2025));
    EXPECT_EQ(cal.subtractWorkingDays(QDate(2025, 6, 9), 0), QDate(2025, 6, 9));
    EXPECT_EQ(cal.subtractWorkingDays(QDate(2025, 6, 9), 1), QDate(2025, 6, 6)); // Monday -> Friday
    EXPECT_EQ(cal.subtractWorkingDays(QDate(2025, 6, 8), 1), QDate(2025, 6, 6)); // Sunday -> Friday
    // Wednesday 3 Sep less 2: Tue 2 Sep is National Day, so Mon 1 and Fri 29 Aug.
    EXPECT_EQ(cal.subtractWorkingDays(QDate(2025, 9, 3), 2), QDate(2025, 8, 29));
    EXPECT_FALSE(cal.subtractWorkingDays(QDate(), 1).isValid());
    EXPECT_FALSE(cal.subtractWorkingDays(QDate(2025, 6, 9), -1).isValid());
}

TEST(RuleSet, StoredValuesAreTypedByTheirUnit)
{
    EXPECT_EQ(Rule::typedValue(RuleUnit::Flag, 1).typeId(), QMetaType::Bool);
    EXPECT_EQ(Rule::typedValue(RuleUnit::Days, 4.0), QVariant(4));
    EXPECT_EQ(Rule::typedValue(RuleUnit::Documents, QStringLiteral("pre_departure,return")),
              QVariant(QStringLiteral("pre_departure,return")));
    EXPECT_EQ(Rule::typedValue(RuleUnit::Documents,
                               QStringList{QStringLiteral("pre_departure"), QStringLiteral("return")}),
              QVariant(QStringLiteral("pre_departure,return")));
}

TEST(Arrangement, ExactlyTheThresholdIsATemporaryTransferOnlyWhenTheRuleIncludesIt)
{
    // A posting of exactly 3 months: 1 Mar to 1 Jun 2025, a delegation of 4 with no unit nearby.
    StayFacts f;
    f.departure = QDate(2025, 3, 1);
    f.plannedReturn = QDate(2025, 6, 1);
    f.delegationSize = 4;

    // "từ 3 tháng đến dưới 12 tháng" (the default, as 12-HD/BTCTW is quoted): exactly 3 months transfers.
    RuleSet inclusive = RuleSet::defaults();
    ArrangementAdvice a = recommendArrangement(f, inclusive);
    EXPECT_EQ(a.arrangement, PartyActivityArrangement::TemporaryTransfer);
    EXPECT_EQ(a.ruleKey, QLatin1String(rule_key::kTemporaryTransferOverMonths));
    EXPECT_TRUE(a.explanation.contains(QLatin1String("or more"))) << a.explanation.toStdString();

    // "trên 3 tháng": exactly 3 months stays in the group range; a day more transfers.
    RuleSet exclusive = inclusive.nextVersion(QDate(2025, 1, 1));
    ASSERT_TRUE(exclusive.setValue(rule_key::kTemporaryTransferIncludesThreshold, false).ok());
    a = recommendArrangement(f, exclusive);
    EXPECT_EQ(a.arrangement, PartyActivityArrangement::TemporaryGroup);
    f.plannedReturn = QDate(2025, 6, 2);
    a = recommendArrangement(f, exclusive);
    EXPECT_EQ(a.arrangement, PartyActivityArrangement::TemporaryTransfer);
    EXPECT_TRUE(a.explanation.contains(QLatin1String("more than"))) << a.explanation.toStdString();

    // Under the threshold both agree.
    f.plannedReturn = QDate(2025, 5, 31);
    EXPECT_EQ(recommendArrangement(f, inclusive).arrangement, PartyActivityArrangement::TemporaryGroup);
    EXPECT_EQ(recommendArrangement(f, exclusive).arrangement, PartyActivityArrangement::TemporaryGroup);
}

TEST(RequiredDocuments, APrivateTripCallsForAPreDepartureReportOnlyWhenItsRuleListsIt)
{
    Posting trip;
    trip.purpose = PostingPurpose::Tourism;
    trip.plannedDeparture = QDate(2025, 10, 1);
    trip.plannedReturn = QDate(2025, 10, 10);

    // By default: the application and the return report; nothing before departure is looked for but
    // the application.
    const RuleSet defaults = RuleSet::defaults();
    EXPECT_EQ(requiredDocuments(trip, defaults),
              (QList<ReportKind>{ReportKind::PrivateTripApplication, ReportKind::Return}));
    const QList<MissingPaper> beforeDeparture =
        missingPapersBefore(PostingTransition::Depart, trip, defaults, {});
    ASSERT_EQ(beforeDeparture.size(), 1);
    EXPECT_EQ(beforeDeparture.first().kind, ReportKind::PrivateTripApplication);

    // A committee that wants one lists it for the purpose.
    RuleSet strict = defaults.nextVersion(QDate(2025, 9, 1));
    ASSERT_TRUE(strict
                    .setValue(rule_key::documentsFor(PostingPurpose::Tourism),
                              QStringLiteral("private_trip_application, pre_departure, return"))
                    .ok());
    EXPECT_TRUE(requiredDocuments(trip, strict).contains(ReportKind::PreDeparture));
    EXPECT_EQ(missingPapersBefore(PostingTransition::Depart, trip, strict, {}).size(), 2);
    // Other private purposes keep the default.
    trip.purpose = PostingPurpose::MedicalTreatment;
    EXPECT_FALSE(requiredDocuments(trip, strict).contains(ReportKind::PreDeparture));
}

TEST(RuleSet, EveryRuleShowsItsBasisAndTheBasesHaveCodes)
{
    EXPECT_EQ(codeName(RuleBasis::Regulation), QStringLiteral("regulation"));
    EXPECT_EQ(codeName(RuleBasis::CommitteePolicy), QStringLiteral("committee_policy"));
    EXPECT_EQ(codeName(RuleBasis::NotConfirmed), QStringLiteral("not_confirmed"));
    const RuleSet rules = RuleSet::defaults();
    EXPECT_EQ(rules.find(rule_key::kReturnReportPrivateWorkingDays)->basis(), RuleBasis::CommitteePolicy);
    EXPECT_EQ(rules.find(rule_key::kReturnReportOtherDays)->basis(), RuleBasis::CommitteePolicy);
    EXPECT_EQ(rules.find(rule_key::kOfficialTransferFromMonths)->basis(), RuleBasis::Regulation);
    EXPECT_EQ(rules.find(rule_key::kSelfReviewDaysAfterReturn)->basis(), RuleBasis::NotConfirmed);
    EXPECT_TRUE(rules.find(rule_key::kTemporaryTransferIncludesThreshold)
                    ->displaySource()
                    .contains(QStringLiteral("12-HD/BTCTW")));
    // A key the code does not know (kept from a newer program, say) is not confirmed, with no note.
    Rule unknown;
    unknown.key = QStringLiteral("something.else");
    EXPECT_EQ(unknown.basis(), RuleBasis::NotConfirmed);
    EXPECT_TRUE(unknown.displayNote().isEmpty());
    // The default of a rule, to show when a register's value differs from it.
    ASSERT_TRUE(RuleSet::defaultRule(rule_key::kBlockApprovalWhileReturnReportOverdue).has_value());
    EXPECT_FALSE(RuleSet::defaultRule(rule_key::kBlockApprovalWhileReturnReportOverdue)->value.toBool());
    EXPECT_FALSE(RuleSet::defaultRule("something.else").has_value());
}
