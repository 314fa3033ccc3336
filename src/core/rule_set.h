// RuleSet: the versioned, admin-editable table of deadlines and thresholds (DOMAIN.md "Default rules").
#pragma once

#include "core/enum_codes.h"
#include "core/result.h"

#include <QAnyStringView>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace orec {

enum class RuleUnit {
    Days,        // days: calendar days
    WorkingDays, // working_days: Monday to Friday, holidays excepted
    Months,      // months
    Members,     // members: a head count
    Flag,        // flag: on/off
};

template <> struct EnumCodes<RuleUnit>
{
    static const char* context() { return "orec::RuleUnit"; }
    static std::span<const EnumCode<RuleUnit>> table();
};

struct Rule
{
    QString key;    // stable, dotted lower_snake_case (see rule_key below)
    QVariant value; // int for counts and durations, bool for flags
    RuleUnit unit = RuleUnit::Days;
    QString description; // English source text; show displayDescription()
    QString source;      // where the default comes from, English source text; show displaySource()

    QString displayDescription() const;
    QString displaySource() const;
};

// Keys of the rules the code reads. Storage keeps them as text; unknown keys are kept but unused.
namespace rule_key {
inline constexpr char kReturnReportPrivateWorkingDays[] = "return_report.private_trip.working_days";
inline constexpr char kReturnReportOtherDays[] = "return_report.other.days";
inline constexpr char kPreDepartureDaysBefore[] = "pre_departure_report.days_before_departure";
inline constexpr char kPrivateApplicationDaysBefore[] = "private_trip_application.days_before_departure";
inline constexpr char kRelativesCommitmentRequired[] = "relatives_commitment.required";
inline constexpr char kRelativesCommitmentDaysBefore[] = "relatives_commitment.days_before_departure";
inline constexpr char kSelfReviewDaysAfterReturn[] = "self_review.days_after_return";
inline constexpr char kCellRemarksDaysAfterReturn[] = "cell_remarks.days_after_return";
inline constexpr char kEventReportDaysAfterEvent[] = "event_report.days_after_event";
inline constexpr char kTemporaryGroupMinMonths[] = "arrangement.temporary_group.min_months";
inline constexpr char kTemporaryGroupMinDelegation[] = "arrangement.temporary_group.min_delegation";
inline constexpr char kTemporaryTransferOverMonths[] = "arrangement.temporary_transfer.over_months";
inline constexpr char kOfficialTransferFromMonths[] = "arrangement.official_transfer.from_months";
inline constexpr char kOverseasCellMinFullMembers[] = "arrangement.overseas_cell.min_full_members";
inline constexpr char kBlockApprovalWhileReturnReportOverdue[] = "approval.block_while_return_report_overdue";
inline constexpr char kBlockApprovalUnderDisciplinaryReview[] = "approval.block_under_disciplinary_review";
inline constexpr char kProbationMonths[] = "probation.months";
} // namespace rule_key

// One version of the whole table. Editing a rule makes a new version with a new effective date,
// so deadlines computed under an earlier version can always be recomputed the same way.
class RuleSet
{
public:
    RuleSet() = default;
    RuleSet(int version, QDate effectiveDate, QList<Rule> rules);

    // The defaults of DOMAIN.md, as version 1 in force from 28 Oct 2022 (Regulation 86-QĐ/TW).
    static RuleSet defaults();

    int version() const { return m_version; }
    QDate effectiveDate() const { return m_effectiveDate; }
    const QList<Rule>& rules() const { return m_rules; }

    const Rule* find(QAnyStringView key) const;
    // A key missing from this version (stored before the rule existed) reads its default.
    int intValue(QAnyStringView key) const;
    bool flag(QAnyStringView key) const;

    // Changes one value in place, checking the type and range for the rule's unit.
    Status setValue(QAnyStringView key, const QVariant& value);
    // A copy to edit as the next version: version + 1, in force from `effectiveDate`.
    RuleSet nextVersion(QDate effectiveDate) const;

    // The version in force on `day`: the latest effective on or before it, the earliest when
    // `day` precedes all of them; nullptr when `versions` is empty.
    static const RuleSet* inForceOn(const QList<RuleSet>& versions, const QDate& day);
    static const RuleSet* findVersion(const QList<RuleSet>& versions, int version);

private:
    int m_version = 0;
    QDate m_effectiveDate;
    QList<Rule> m_rules;
};

} // namespace orec
