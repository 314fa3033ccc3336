// The papers a step of a posting's life-cycle waits for by the rules table, and which of them are missing.
#pragma once

#include "core/posting.h"
#include "core/posting_life_cycle.h"
#include "core/report.h"
#include "core/rule_set.h"

#include <QDate>
#include <QList>
#include <QString>

namespace orec {

// One paper not received yet that the rules table looks for before a step.
struct MissingPaper
{
    ReportKind kind = ReportKind::PreDeparture;
    bool blocks = false; // the rules table makes the step wait for it (else: a warning the clerk may pass)
    QString ruleKey;     // the rule that looks for it before the step (papers_before.*, or the paper's own)
    QString source;      // that rule's source, translated
    QDate dueDate;       // when the posting's report of that kind is due; invalid when none is recorded

    bool operator==(const MissingPaper&) const = default;
};

// The rule listing the papers `step` looks for (rule_key::kPapersBefore*); empty for a step that looks
// for none (a departure recorded without approval records what happened, whatever the papers).
QString papersRuleFor(PostingTransition step);

// The papers `posting` calls for (requiredDocuments) that the rule of `step` names and that none of
// `reports` (the posting's own) has received, in the order they fall due. A paper blocks when it is in
// rule_key::kPapersBlocking, or when its own rule already stops the step: the commitment on relatives
// abroad before approval (relatives_commitment.required), the return report and, after a transfer, the
// self-review before closing (posting_life_cycle.h).
QList<MissingPaper> missingPapersBefore(PostingTransition step, const Posting& posting, const RuleSet& rules,
                                        const QList<Report>& reports);

// Whether any of `papers` stops the step.
bool anyBlocks(const QList<MissingPaper>& papers);

// "Private-trip application (due 12/12/2026)": the paper's name and, when known, its due date.
QString describePaper(const MissingPaper& paper);

// One paragraph naming the missing papers of `step`, for a refusal or a warning: "Before “Approve”, the
// rules table looks for papers not received yet: Private-trip application (due …). Rule
// papers_before.approve: <source>."
QString describeMissingPapers(PostingTransition step, const QList<MissingPaper>& papers);

} // namespace orec
