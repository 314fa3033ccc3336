#include "core/step_papers.h"

#include "core/posting_rules.h"

#include <QCoreApplication>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::StepPapers)
};

// Whether the paper's own rule already stops the step (posting_life_cycle.cpp refuses it there).
bool blockedByItsOwnRule(PostingTransition step, ReportKind kind, const Posting& posting,
                         const RuleSet& rules)
{
    switch (step) {
    case PostingTransition::Approve:
        return kind == ReportKind::RelativesCommitment && rules.flag(rule_key::kRelativesCommitmentRequired);
    case PostingTransition::Close:
        return kind == ReportKind::Return ||
               (kind == ReportKind::SelfReview && isTransfer(posting.arrangement));
    default:
        return false;
    }
}

QString ownRuleKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::RelativesCommitment:
        return QString::fromLatin1(rule_key::kRelativesCommitmentRequired);
    default:
        return {};
    }
}

} // namespace

QString papersRuleFor(PostingTransition step)
{
    switch (step) {
    case PostingTransition::Approve:
        return QString::fromLatin1(rule_key::kPapersBeforeApproval);
    case PostingTransition::Depart:
        return QString::fromLatin1(rule_key::kPapersBeforeDeparture);
    case PostingTransition::Close:
        return QString::fromLatin1(rule_key::kPapersBeforeClosing);
    default:
        return {};
    }
}

QList<MissingPaper> missingPapersBefore(PostingTransition step, const Posting& posting, const RuleSet& rules,
                                        const QList<Report>& reports)
{
    QList<MissingPaper> missing;
    const QString key = papersRuleFor(step);
    if (key.isEmpty())
        return missing;
    const QList<ReportKind> looked = rules.documents(key);
    const QList<ReportKind> blocking = rules.documents(rule_key::kPapersBlocking);
    const Rule* stepRule = rules.find(key);
    const Rule* blockingRule = rules.find(rule_key::kPapersBlocking);
    for (ReportKind kind : requiredDocuments(posting, rules)) {
        if (!looked.contains(kind))
            continue;
        QDate due;
        bool received = false;
        for (const Report& r : reports) {
            if (r.kind != kind || (r.postingId != 0 && posting.id != 0 && r.postingId != posting.id))
                continue;
            received = received || r.isReceived();
            if (!due.isValid())
                due = r.dueDate;
        }
        if (received)
            continue;
        MissingPaper paper;
        paper.kind = kind;
        paper.dueDate = due;
        paper.ruleKey = key;
        paper.source = stepRule ? stepRule->displaySource() : QString();
        if (blockedByItsOwnRule(step, kind, posting, rules)) {
            paper.blocks = true;
            if (const QString own = ownRuleKey(kind); !own.isEmpty()) {
                paper.ruleKey = own;
                if (const Rule* ownRule = rules.find(own))
                    paper.source = ownRule->displaySource();
            }
        } else if (blocking.contains(kind)) {
            paper.blocks = true;
            paper.ruleKey = QString::fromLatin1(rule_key::kPapersBlocking);
            if (blockingRule)
                paper.source = blockingRule->displaySource();
        }
        missing.append(paper);
    }
    return missing;
}

bool anyBlocks(const QList<MissingPaper>& papers)
{
    for (const MissingPaper& p : papers) {
        if (p.blocks)
            return true;
    }
    return false;
}

QString describePaper(const MissingPaper& paper)
{
    if (!paper.dueDate.isValid())
        return displayName(paper.kind);
    return Texts::tr("%1 (due %2)")
        .arg(displayName(paper.kind), paper.dueDate.toString(QStringLiteral("dd/MM/yyyy")));
}

QString describeMissingPapers(PostingTransition step, const QList<MissingPaper>& papers)
{
    if (papers.isEmpty())
        return {};
    QStringList names;
    QStringList sources;
    QStringList seenRules;
    for (const MissingPaper& p : papers) {
        names.append(describePaper(p));
        if (!seenRules.contains(p.ruleKey)) {
            seenRules.append(p.ruleKey);
            sources.append(Texts::tr("Rule %1: %2").arg(p.ruleKey, p.source));
        }
    }
    const QString lead =
        anyBlocks(papers) ? Texts::tr("“%1” waits for papers not received yet: %2.")
                          : Texts::tr("Before “%1”, the rules table looks for papers not received yet: %2.");
    return lead.arg(displayName(step), names.join(QStringLiteral("; "))) + QLatin1Char(' ') +
           sources.join(QLatin1Char(' '));
}

} // namespace orec
