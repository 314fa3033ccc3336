// RuleSet: the versioned, admin-editable table of deadlines and thresholds (DOMAIN.md "Default rules").
#pragma once

#include "core/enum_codes.h"
#include "core/posting.h"
#include "core/report.h"
#include "core/result.h"

#include <QAnyStringView>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace orec {

enum class RuleUnit {
    Days,        // days: calendar days
    WorkingDays, // working_days: Monday to Friday, holidays excepted
    Months,      // months
    Members,     // members: a head count
    Flag,        // flag: on/off
    Documents,   // documents: a list of report-kind codes, stored as text ("pre_departure,return")
};

// A deadline's unit may be switched between calendar days and working days (the sources disagree:
// 7 working days or 15 days); every other rule keeps the unit of its default.
inline bool isDeadlineUnit(RuleUnit unit)
{
    return unit == RuleUnit::Days || unit == RuleUnit::WorkingDays;
}

template <> struct EnumCodes<RuleUnit>
{
    static const char* context() { return "orec::RuleUnit"; }
    static std::span<const EnumCode<RuleUnit>> table();
};

// What a rule's default rests on, so an admin knows which values are the Party's and which a
// committee chooses (docs/domain.md "Default rules").
enum class RuleBasis {
    Regulation,      // regulation: a central regulation or guidance says it (as committees quote it)
    CommitteePolicy, // committee_policy: one committee's own choice; others choose differently
    NotConfirmed,    // not_confirmed: no source found; the program's assumption, to be checked
};

template <> struct EnumCodes<RuleBasis>
{
    static const char* context() { return "orec::RuleBasis"; }
    static std::span<const EnumCode<RuleBasis>> table();
};

struct Rule
{
    QString key;    // stable, dotted lower_snake_case (see rule_key below)
    QVariant value; // int for counts and durations, bool for flags, QString of codes for documents
    RuleUnit unit = RuleUnit::Days; // for deadlines, days or working days as the admin set it
    QString description;            // English source text; show displayDescription()
    QString source;                 // where the default comes from, English source text; show displaySource()

    // The translated description and source. A rule the code knows shows the code's current text
    // (a stored version keeps the words it was written with, which may be older).
    QString displayDescription() const;
    QString displaySource() const;
    // What the default rests on and a short note (what else the sources say, what is unconfirmed),
    // translated; both from the code, since they describe the default, not a stored version. A key the
    // code does not know is NotConfirmed with no note.
    RuleBasis basis() const;
    QString displayNote() const;

    // `value` as the unit stores it: bool for flags, canonical text for documents, int otherwise.
    static QVariant typedValue(RuleUnit unit, const QVariant& value);
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
// On: a stay of exactly kTemporaryTransferOverMonths calls for a temporary transfer ("từ 3 tháng");
// off: only a longer one does ("trên 3 tháng"). The key above keeps its name either way.
inline constexpr char kTemporaryTransferIncludesThreshold[] =
    "arrangement.temporary_transfer.includes_threshold";
inline constexpr char kOfficialTransferFromMonths[] = "arrangement.official_transfer.from_months";
inline constexpr char kOverseasCellMinFullMembers[] = "arrangement.overseas_cell.min_full_members";
inline constexpr char kBlockApprovalWhileReturnReportOverdue[] = "approval.block_while_return_report_overdue";
inline constexpr char kBlockApprovalUnderDisciplinaryReview[] = "approval.block_under_disciplinary_review";
inline constexpr char kProbationMonths[] = "probation.months";
// Papers a step of the life-cycle looks for (step_papers.h): one documents rule per step, the papers
// it names that a posting calls for and has not received are shown before the step is recorded; those
// also in kPapersBlocking stop it until they are received, the others are a warning the clerk may pass.
inline constexpr char kPapersBeforeApproval[] = "papers_before.approve";
inline constexpr char kPapersBeforeDeparture[] = "papers_before.depart";
inline constexpr char kPapersBeforeClosing[] = "papers_before.close";
inline constexpr char kPapersBlocking[] = "papers_before.blocking";
// One rule per purpose: "documents." + the purpose's code name (documents.official_mission,
// documents.tourism…), whose value lists the documents every posting with that purpose calls for.
inline constexpr char kDocumentsPrefix[] = "documents.";
QString documentsFor(PostingPurpose purpose);
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
    // The default of one rule the code knows (as RuleSet::defaults() has it); nullopt for another key.
    static std::optional<Rule> defaultRule(QAnyStringView key);

    int version() const { return m_version; }
    QDate effectiveDate() const { return m_effectiveDate; }
    const QList<Rule>& rules() const { return m_rules; }

    const Rule* find(QAnyStringView key) const;
    // A key missing from this version (stored before the rule existed) reads what the program did
    // before the rule existed: its default, or for a rule whose default later changed in a way a
    // stored version must not feel (a new setting, a corrected default), the earlier behaviour.
    int intValue(QAnyStringView key) const;
    bool flag(QAnyStringView key) const;
    // The documents of a `documents.*` rule, in the order of ReportKind (the order they fall due).
    QList<ReportKind> documents(QAnyStringView key) const;
    // The unit the rule is counted in: for a deadline, days or working days as last set.
    RuleUnit unitOf(QAnyStringView key) const;

    // Changes one value in place, checking the type and range for the rule's unit. A documents
    // rule takes text ("pre_departure, return", or "none") or a QStringList of report-kind codes;
    // an unknown code or one that is not a posting's document is refused, naming it.
    Status setValue(QAnyStringView key, const QVariant& value);
    // Switches a deadline between calendar days and working days; any other change of unit is refused.
    Status setUnit(QAnyStringView key, RuleUnit unit);
    // A copy to edit as the next version: version + 1, in force from `effectiveDate`; rules this
    // version lacks (it was stored before they existed) are added with their defaults.
    RuleSet nextVersion(QDate effectiveDate) const;
    // Adds every rule the code knows that this version lacks, with the value it reads (see intValue:
    // the earlier behaviour where that differs from today's default), so it lists (and lets an admin
    // edit) rules added after it was stored; the values it reads do not change.
    void addMissingDefaults();

    // Report-kind codes as a documents rule stores them: the codes joined by commas, in order.
    static QString documentsText(const QList<ReportKind>& kinds);
    // Text an admin typed: codes separated by commas or blanks, or "none" (or nothing) for none.
    static Result<QList<ReportKind>> parseDocuments(const QString& text);

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
