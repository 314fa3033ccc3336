#include "core/posting_rules.h"

#include <QCoreApplication>
#include <algorithm>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::PostingRules)
};

// `from` moved by the rule's value in the rule's unit: calendar days or working days.
QDate shifted(const QDate& from, int sign, const RuleSet& rules, const char* key,
              const WorkingCalendar& calendar)
{
    if (!from.isValid())
        return {};
    const int count = rules.intValue(key);
    if (rules.unitOf(key) == RuleUnit::WorkingDays)
        return sign < 0 ? calendar.subtractWorkingDays(from, count) : calendar.addWorkingDays(from, count);
    return from.addDays(sign * count);
}

DueDate dueOn(const QDate& from, int sign, const RuleSet& rules, const char* key,
              const WorkingCalendar& calendar)
{
    return DueDate{shifted(from, sign, rules, key, calendar), rules.version(), QString::fromLatin1(key)};
}

} // namespace

DueDate computeDueDate(ReportKind kind, const Posting& posting, const RuleSet& rules,
                       const WorkingCalendar& calendar, const QDate& eventDate)
{
    const QDate departure = posting.plannedDeparture;
    const QDate back = posting.actualReturn;
    switch (kind) {
    case ReportKind::PrivateTripApplication:
        return dueOn(departure, -1, rules, rule_key::kPrivateApplicationDaysBefore, calendar);
    case ReportKind::RelativesCommitment:
        return dueOn(departure, -1, rules, rule_key::kRelativesCommitmentDaysBefore, calendar);
    case ReportKind::PreDeparture:
        return dueOn(departure, -1, rules, rule_key::kPreDepartureDaysBefore, calendar);
    case ReportKind::Return:
        return dueOn(back, 1, rules,
                     posting.isPrivate() ? rule_key::kReturnReportPrivateWorkingDays
                                         : rule_key::kReturnReportOtherDays,
                     calendar);
    case ReportKind::SelfReview:
        return dueOn(back, 1, rules, rule_key::kSelfReviewDaysAfterReturn, calendar);
    case ReportKind::CellRemarks:
        return dueOn(back, 1, rules, rule_key::kCellRemarksDaysAfterReturn, calendar);
    case ReportKind::AnnualRating:
        return DueDate{QDate(), rules.version(), QString()};
    case ReportKind::ForeignAward:
    case ReportKind::ForeignOrganisationMembership:
    case ReportKind::MarriageToForeigner:
    case ReportKind::NationalityOrResidenceChange:
        return dueOn(eventDate, 1, rules, rule_key::kEventReportDaysAfterEvent, calendar);
    }
    return {};
}

Status assignDueDate(Report& report, const Posting& posting, const RuleSet& rules,
                     const WorkingCalendar& calendar, RuleVersionPolicy policy)
{
    if (report.ruleSetVersion != 0 && report.ruleSetVersion != rules.version() &&
        policy == RuleVersionPolicy::KeepReportVersion) {
        return Error(ErrorCode::Conflict,
                     Texts::tr("This report's deadline was set under rules version %1; it is not "
                               "recomputed under version %2 unless you choose to.")
                         .arg(report.ruleSetVersion)
                         .arg(rules.version()),
                     QStringLiteral("due_date"));
    }
    const DueDate due = computeDueDate(report.kind, posting, rules, calendar, report.eventDate);
    report.dueDate = due.date;
    report.ruleSetVersion = rules.version();
    return okStatus();
}

StayFacts StayFacts::fromPosting(const Posting& posting, bool partyUnitNearby)
{
    StayFacts facts;
    facts.departure = posting.expectedDeparture();
    facts.plannedReturn = posting.effectivePlannedReturn();
    facts.delegationSize = std::max(1, posting.delegationSize);
    facts.partyUnitNearby = partyUnitNearby;
    return facts;
}

ArrangementAdvice recommendArrangement(const StayFacts& facts, const RuleSet& rules)
{
    ArrangementAdvice advice;
    const QDate from = facts.departure;
    const QDate to = facts.plannedReturn;
    if (!from.isValid() || !to.isValid() || to < from) {
        advice.explanation =
            Texts::tr("The planned departure and return are needed to suggest an arrangement.");
        return advice;
    }
    const int fullMembers =
        facts.delegationFullMembers >= 0 ? facts.delegationFullMembers : facts.delegationSize;
    const int officialFrom = rules.intValue(rule_key::kOfficialTransferFromMonths);
    const int temporaryOver = rules.intValue(rule_key::kTemporaryTransferOverMonths);
    const bool temporaryIncludesThreshold = rules.flag(rule_key::kTemporaryTransferIncludesThreshold);
    const QDate temporaryThreshold = from.addMonths(temporaryOver);
    const int groupFrom = rules.intValue(rule_key::kTemporaryGroupMinMonths);
    const int groupMinDelegation = rules.intValue(rule_key::kTemporaryGroupMinDelegation);
    const int cellMinFull = rules.intValue(rule_key::kOverseasCellMinFullMembers);

    const auto attendAbroad = [&](int formingThreshold) {
        if (facts.partyUnitNearby) {
            advice.attendance = AttendanceMode::InCell;
        } else if (fullMembers >= formingThreshold) {
            advice.attendance = AttendanceMode::InCell;
            advice.formCellOrGroup = true;
        } else {
            advice.attendance = AttendanceMode::Individual;
        }
    };

    if (to >= from.addMonths(officialFrom)) {
        advice.arrangement = PartyActivityArrangement::OfficialTransfer;
        advice.ruleKey = QString::fromLatin1(rule_key::kOfficialTransferFromMonths);
        attendAbroad(cellMinFull);
        advice.explanation = Texts::tr("A stay of %n month(s) or more: official transfer of party "
                                       "activity through the Foreign Ministry's Party Committee.",
                                       nullptr, officialFrom);
    } else if (to > temporaryThreshold || (temporaryIncludesThreshold && to == temporaryThreshold)) {
        advice.arrangement = PartyActivityArrangement::TemporaryTransfer;
        advice.ruleKey = QString::fromLatin1(rule_key::kTemporaryTransferOverMonths);
        attendAbroad(groupMinDelegation);
        advice.explanation =
            temporaryIncludesThreshold
                ? Texts::tr("A stay of %n month(s) or more: temporary transfer of party activity.", nullptr,
                            temporaryOver)
                : Texts::tr("A stay of more than %n month(s): temporary transfer of party activity.", nullptr,
                            temporaryOver);
    } else if (to >= from.addMonths(groupFrom)) {
        advice.ruleKey = QString::fromLatin1(rule_key::kTemporaryGroupMinDelegation);
        if (facts.delegationSize >= groupMinDelegation) {
            advice.arrangement = PartyActivityArrangement::TemporaryGroup;
            advice.attendance = AttendanceMode::InCell;
            advice.formCellOrGroup = true;
            advice.explanation = Texts::tr("A stay of %n month(s) or more in a delegation large enough: the "
                                           "committee may form a temporary "
                                           "group or cell.",
                                           nullptr, groupFrom);
        } else {
            advice.arrangement = PartyActivityArrangement::StaysWithHomeCell;
            advice.attendance = AttendanceMode::Exempted;
            advice.explanation =
                Texts::tr("Too few members to form a group: the member stays with the home cell and may "
                          "be exempted from meetings while away.");
        }
    } else {
        advice.arrangement = PartyActivityArrangement::StaysWithHomeCell;
        advice.attendance = AttendanceMode::InCell;
        advice.ruleKey = QString::fromLatin1(rule_key::kTemporaryGroupMinMonths);
        advice.explanation = Texts::tr("A short stay: the member stays with the home cell.");
    }
    return advice;
}

QList<ReportKind> requiredDocuments(const Posting& posting, const RuleSet& rules)
{
    QList<ReportKind> kinds = rules.documents(rule_key::documentsFor(posting.purpose));
    const auto add = [&kinds](ReportKind kind) {
        if (!kinds.contains(kind))
            kinds.append(kind);
    };
    if (posting.includesVisitingRelatives() && rules.flag(rule_key::kRelativesCommitmentRequired))
        add(ReportKind::RelativesCommitment);

    const QDate from = posting.expectedDeparture();
    const QDate to = posting.expectedReturn();
    const bool probationEndsAbroad = posting.probationEndDate.isValid() && from.isValid() && to.isValid() &&
                                     posting.probationEndDate >= from && posting.probationEndDate <= to;
    if (isTransfer(posting.arrangement) || probationEndsAbroad)
        add(ReportKind::SelfReview);
    if (isTransfer(posting.arrangement) && posting.overseasCellId != 0)
        add(ReportKind::CellRemarks);
    std::sort(kinds.begin(), kinds.end()); // ReportKind's order is the order they fall due
    return kinds;
}

} // namespace orec
