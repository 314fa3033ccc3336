#include "core/rule_set.h"

#include "core/posting.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <string>
#include <vector>

namespace orec {

namespace {

constexpr EnumCode<RuleUnit> kUnits[] = {
    {RuleUnit::Days, "days", nullptr, QT_TRANSLATE_NOOP("orec::RuleUnit", "days")},
    {RuleUnit::WorkingDays, "working_days", nullptr, QT_TRANSLATE_NOOP("orec::RuleUnit", "working days")},
    {RuleUnit::Months, "months", nullptr, QT_TRANSLATE_NOOP("orec::RuleUnit", "months")},
    {RuleUnit::Members, "members", nullptr, QT_TRANSLATE_NOOP("orec::RuleUnit", "members")},
    {RuleUnit::Flag, "flag", nullptr, QT_TRANSLATE_NOOP("orec::RuleUnit", "on/off")},
    {RuleUnit::Documents, "documents", nullptr, QT_TRANSLATE_NOOP("orec::RuleUnit", "documents")},
};

// Larger values are certainly typing mistakes: ten years for a deadline or a threshold.
constexpr int kMaxIntValue = 3660;

struct DefaultRule
{
    const char* key;
    int value; // 0/1 for flags
    RuleUnit unit;
    const char* description;
    const char* source;
    const char* documents = nullptr; // RuleUnit::Documents: the report-kind codes, comma-separated
};

// The documents rules share their description; the conditional documents stay in code
// (posting_rules.h requiredDocuments) and are added to whatever the list says.
constexpr const char* kDocumentsDescription = QT_TRANSLATE_NOOP(
    "orec::RuleSet",
    "Documents every posting with this purpose calls for (codes: private_trip_application, "
    "relatives_commitment, pre_departure, return, self_review, cell_remarks; none for no document). "
    "Added to the list when their conditions hold: the commitment on relatives abroad when the trip "
    "includes visiting relatives and relatives_commitment.required is on; a self-review for a "
    "transfer of party activity or a probation ending abroad; cell committee remarks for a transfer "
    "with an overseas cell.");
constexpr const char* kOfficialDocumentsSource =
    QT_TRANSLATE_NOOP("orec::RuleSet", "Procedures of university party committees under Regulation 86-QĐ/TW: "
                                       "a report before departure and a report after return.");
constexpr const char* kPrivateDocumentsSource = QT_TRANSLATE_NOOP(
    "orec::RuleSet", "Procedure of a university party committee applying Regulation 58-QĐ/TW and Guidance "
                     "01-HD/BTCTW of 5 Aug 2022: an application for the private trip, a report before "
                     "departure and a report after return.");
constexpr const char* kOfficialDocuments = "pre_departure,return";
constexpr const char* kPrivateDocuments = "private_trip_application,pre_departure,return";

// Where DOMAIN.md gives no number, the default is marked as the project's assumption so the
// admin knows it is there to be checked against the committee's own procedure.
constexpr DefaultRule kDefaults[] = {
    {rule_key::kReturnReportPrivateWorkingDays, 7, RuleUnit::WorkingDays,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Return report after a private trip is due within this many days of "
                       "re-entry, counted in the rule's unit (working days unless an admin changed "
                       "it; the key keeps its name)."),
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Procedure of a university party committee applying Regulation 58-QĐ/TW "
                       "and Guidance 01-HD/BTCTW of 5 Aug 2022.")},
    {rule_key::kReturnReportOtherDays, 15, RuleUnit::Days,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Return report after any other trip or posting is due within this many "
                       "days of return."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "Procedure of another university party committee under Regulation "
                                        "86-QĐ/TW.")},
    {rule_key::kPreDepartureDaysBefore, 0, RuleUnit::Days,
     QT_TRANSLATE_NOOP("orec::RuleSet", "Pre-departure report is due this many days before the planned "
                                        "departure (0: by the departure date)."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "Project assumption: the sources say only \"before departure\".")},
    {rule_key::kPrivateApplicationDaysBefore, 0, RuleUnit::Days,
     QT_TRANSLATE_NOOP("orec::RuleSet", "Private-trip application is due this many days before the planned "
                                        "departure (0: by the departure date)."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "Project assumption: the sources give no lead time.")},
    {rule_key::kRelativesCommitmentRequired, 1, RuleUnit::Flag,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "A visit that includes relatives abroad needs a commitment on relatives "
                       "abroad before approval."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "University procedure under Guidance 01-HD/BTCTW (2022).")},
    {rule_key::kRelativesCommitmentDaysBefore, 0, RuleUnit::Days,
     QT_TRANSLATE_NOOP("orec::RuleSet", "Commitment on relatives abroad is due this many days before the "
                                        "planned departure (0: by the departure date)."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "Project assumption: the sources say only \"before departure\".")},
    {rule_key::kSelfReviewDaysAfterReturn, 15, RuleUnit::Days,
     QT_TRANSLATE_NOOP("orec::RuleSet", "Self-review of a long-term member is due within this many days of "
                                        "return."),
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Project assumption, aligned with the return report; Guidance 01-HD/TW "
                       "(2021) item 10 asks for the self-review but sets no deadline.")},
    {rule_key::kCellRemarksDaysAfterReturn, 30, RuleUnit::Days,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Cell committee remarks on a returning member are due within this many "
                       "days of return."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "Project assumption; Guidance 01-HD/TW (2021) item 10 sets no "
                                        "deadline.")},
    {rule_key::kEventReportDaysAfterEvent, 15, RuleUnit::Days,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "A member abroad reports an award, a foreign membership, a marriage to a "
                       "foreign national or a change of nationality or residence within this "
                       "many days."),
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Project assumption; Guidance 30-HD/BTCTW of 23 Apr 2025 asks for the "
                       "report when it happens.")},
    {rule_key::kTemporaryGroupMinMonths, 1, RuleUnit::Months,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "From this many months abroad a delegation may form a temporary group "
                       "or cell."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "University procedure under Regulation 86-QĐ/TW.")},
    {rule_key::kTemporaryGroupMinDelegation, 3, RuleUnit::Members,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Smallest delegation (party members) that may form a temporary group or "
                       "cell."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "University procedure under Regulation 86-QĐ/TW.")},
    {rule_key::kTemporaryTransferOverMonths, 3, RuleUnit::Months,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "A stay longer than this many months calls for a temporary transfer of "
                       "party activity."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "University procedure under Regulation 86-QĐ/TW.")},
    {rule_key::kOfficialTransferFromMonths, 12, RuleUnit::Months,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "A stay of this many months or more calls for an official transfer of "
                       "party activity through the Foreign Ministry's Party Committee."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "Guidance 01-HD/TW (2021), item 10; Regulation 228-QĐ/TW (2014) art. "
                                        "3.")},
    {rule_key::kOverseasCellMinFullMembers, 3, RuleUnit::Members,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Full members of a long-term delegation needed to form a cell abroad."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "Guidance 01-HD/TW (2021), item 10.")},
    {rule_key::kBlockApprovalWhileReturnReportOverdue, 1, RuleUnit::Flag,
     QT_TRANSLATE_NOOP("orec::RuleSet", "A new trip is not approved while the member's return report from an "
                                        "earlier trip is overdue."),
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Practice of foreign-travel systems elsewhere (close-out before the next "
                       "trip).")},
    {rule_key::kBlockApprovalUnderDisciplinaryReview, 1, RuleUnit::Flag,
     QT_TRANSLATE_NOOP("orec::RuleSet", "A member under disciplinary review or investigation is not sent "
                                        "abroad."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "Summary of Regulation 228-QĐ/TW; Regulation 58-QĐ/TW (2022).")},
    {rule_key::kProbationMonths, 12, RuleUnit::Months,
     QT_TRANSLATE_NOOP("orec::RuleSet", "Length of probation from admission to full membership."),
     QT_TRANSLATE_NOOP("orec::RuleSet", "Party Charter; Regulation 29/232 on the Party Charter.")},
    {rule_key::kPapersBeforeApproval, 0, RuleUnit::Documents,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Papers looked for before a posting is approved: those of them the posting calls for "
                       "and that have not been received are named to the clerk before the approval is "
                       "recorded."),
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW (2022) as university committees apply "
                       "them: the member's application, with the cell's opinion, is what the committee "
                       "decides on."),
     "private_trip_application"},
    {rule_key::kPapersBeforeDeparture, 0, RuleUnit::Documents,
     QT_TRANSLATE_NOOP(
         "orec::RuleSet",
         "Papers looked for before a departure is recorded: those of them the posting calls for "
         "and that have not been received are named to the clerk first."),
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "The papers due before departure (their deadlines above): the application and the "
                       "commitment on relatives abroad (Guidance 01-HD/BTCTW, 2022) and the pre-departure "
                       "report (procedures under Regulation 86-QĐ/TW)."),
     "private_trip_application,relatives_commitment,pre_departure"},
    {rule_key::kPapersBeforeClosing, 0, RuleUnit::Documents,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Papers looked for before a posting is closed: those of them the posting calls for "
                       "and that have not been received are named to the clerk first. Whatever this says, "
                       "closing waits for the return report and, after a transfer, the confirmed "
                       "self-review."),
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Guidance 01-HD/TW (2021), item 10: the self-review and the cell committee's remarks "
                       "on return; the return report under Regulation 86-QĐ/TW."),
     "return,self_review,cell_remarks"},
    {rule_key::kPapersBlocking, 0, RuleUnit::Documents,
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Of the papers looked for before a step, those that stop the step until they are "
                       "received; the others are a warning the clerk may pass deliberately. (The commitment "
                       "on relatives abroad stops approval by its own rule.)"),
     QT_TRANSLATE_NOOP("orec::RuleSet",
                       "Project assumption: the sources give the order of the papers, not whether the "
                       "register may record a step before them; a committee that wants it strict lists "
                       "the papers here."),
     ""},
};

// Every default: the fixed ones, then the documents rule of each purpose (key "documents." + the
// purpose's code name): a private-trip application for the private purposes (posting.h isPrivatePurpose).
const std::vector<DefaultRule>& allDefaults()
{
    static const std::vector<std::string> documentKeys = [] {
        std::vector<std::string> keys;
        for (PostingPurpose purpose : allValues<PostingPurpose>())
            keys.push_back("documents." + codeName(purpose).toStdString());
        return keys;
    }();
    static const std::vector<DefaultRule> rules = [] {
        std::vector<DefaultRule> out(std::begin(kDefaults), std::end(kDefaults));
        const QList<PostingPurpose> purposes = allValues<PostingPurpose>();
        for (qsizetype i = 0; i < purposes.size(); ++i) {
            const bool isPrivate = isPrivatePurpose(purposes[i]);
            out.push_back({documentKeys[static_cast<std::size_t>(i)].c_str(), 0, RuleUnit::Documents,
                           kDocumentsDescription,
                           isPrivate ? kPrivateDocumentsSource : kOfficialDocumentsSource,
                           isPrivate ? kPrivateDocuments : kOfficialDocuments});
        }
        return out;
    }();
    return rules;
}

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::RuleSet)
};

Rule fromDefault(const DefaultRule& d)
{
    Rule r;
    r.key = QString::fromLatin1(d.key);
    r.unit = d.unit;
    if (d.unit == RuleUnit::Flag)
        r.value = d.value != 0;
    else if (d.unit == RuleUnit::Documents)
        r.value = QString::fromLatin1(d.documents);
    else
        r.value = d.value;
    r.description = QString::fromUtf8(d.description);
    r.source = QString::fromUtf8(d.source);
    return r;
}

const DefaultRule* findDefault(QAnyStringView key)
{
    for (const DefaultRule& d : allDefaults()) {
        if (QAnyStringView(d.key) == key)
            return &d;
    }
    return nullptr;
}

} // namespace

std::span<const EnumCode<RuleUnit>> EnumCodes<RuleUnit>::table()
{
    return kUnits;
}

QString Rule::displayDescription() const
{
    const DefaultRule* d = findDefault(key);
    return Texts::tr(d ? d->description : description.toUtf8().constData());
}

QString Rule::displaySource() const
{
    const DefaultRule* d = findDefault(key);
    return Texts::tr(d ? d->source : source.toUtf8().constData());
}

QVariant Rule::typedValue(RuleUnit unit, const QVariant& value)
{
    switch (unit) {
    case RuleUnit::Flag:
        return value.toBool();
    case RuleUnit::Documents: {
        // Stored text is canonical already; a list (from JSON written by hand) is joined the same way.
        if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList)
            return value.toStringList().join(QLatin1Char(','));
        return value.toString();
    }
    case RuleUnit::Days:
    case RuleUnit::WorkingDays:
    case RuleUnit::Months:
    case RuleUnit::Members:
        break;
    }
    return value.toInt();
}

QString rule_key::documentsFor(PostingPurpose purpose)
{
    return QLatin1String(kDocumentsPrefix) + codeName(purpose);
}

RuleSet::RuleSet(int version, QDate effectiveDate, QList<Rule> rules)
    : m_version(version), m_effectiveDate(effectiveDate), m_rules(std::move(rules))
{}

RuleSet RuleSet::defaults()
{
    QList<Rule> rules;
    for (const DefaultRule& d : allDefaults())
        rules.append(fromDefault(d));
    return RuleSet(1, QDate(2022, 10, 28), rules);
}

const Rule* RuleSet::find(QAnyStringView key) const
{
    for (const Rule& r : m_rules) {
        if (QAnyStringView(r.key) == key)
            return &r;
    }
    return nullptr;
}

int RuleSet::intValue(QAnyStringView key) const
{
    if (const Rule* r = find(key))
        return r->value.toInt();
    const DefaultRule* d = findDefault(key);
    return d ? d->value : 0;
}

bool RuleSet::flag(QAnyStringView key) const
{
    if (const Rule* r = find(key))
        return r->value.toBool();
    const DefaultRule* d = findDefault(key);
    return d && d->value != 0;
}

QList<ReportKind> RuleSet::documents(QAnyStringView key) const
{
    QString text;
    if (const Rule* r = find(key)) {
        text = r->value.toString();
    } else if (const DefaultRule* d = findDefault(key); d && d->documents) {
        text = QString::fromLatin1(d->documents);
    }
    // Stored text was checked when it was set; a code this build does not know is skipped.
    QList<ReportKind> kinds;
    for (const QString& code : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto kind = fromCodeName<ReportKind>(code); kind && !kinds.contains(*kind))
            kinds.append(*kind);
    }
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

RuleUnit RuleSet::unitOf(QAnyStringView key) const
{
    if (const Rule* r = find(key))
        return r->unit;
    const DefaultRule* d = findDefault(key);
    return d ? d->unit : RuleUnit::Days;
}

QString RuleSet::documentsText(const QList<ReportKind>& kinds)
{
    QList<ReportKind> sorted = kinds;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QStringList codes;
    for (ReportKind kind : sorted)
        codes.append(codeName(kind));
    return codes.join(QLatin1Char(','));
}

Result<QList<ReportKind>> RuleSet::parseDocuments(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QList<ReportKind> kinds;
    if (words.size() == 1 && words.first().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return kinds;
    for (const QString& word : words) {
        const auto kind = fromCodeName<ReportKind>(word);
        if (!kind || !isPostingReport(*kind)) {
            QStringList known;
            for (ReportKind k : allValues<ReportKind>()) {
                if (isPostingReport(k))
                    known.append(codeName(k));
            }
            return Error(ErrorCode::Invalid,
                         Texts::tr("\"%1\" is not a document a posting calls for; use %2, or none.")
                             .arg(word, known.join(QLatin1String(", "))),
                         word);
        }
        if (!kinds.contains(*kind))
            kinds.append(*kind);
    }
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

Status RuleSet::setValue(QAnyStringView key, const QVariant& value)
{
    Rule* rule = nullptr;
    for (Rule& r : m_rules) {
        if (QAnyStringView(r.key) == key)
            rule = &r;
    }
    if (!rule) {
        return Error(ErrorCode::NotFound, Texts::tr("There is no rule \"%1\".").arg(key.toString()),
                     key.toString());
    }
    if (rule->unit == RuleUnit::Documents) {
        QString text;
        if (value.typeId() == QMetaType::QStringList)
            text = value.toStringList().join(QLatin1Char(','));
        else if (value.typeId() == QMetaType::QString)
            text = value.toString();
        else
            return Error(ErrorCode::Invalid,
                         Texts::tr("List the documents by their codes, separated by commas, or none."),
                         rule->key);
        auto kinds = parseDocuments(text);
        if (!kinds)
            return Error(kinds.error().code, kinds.error().message, rule->key);
        rule->value = documentsText(*kinds);
        return okStatus();
    }
    if (rule->unit == RuleUnit::Flag) {
        if (value.typeId() != QMetaType::Bool) {
            return Error(ErrorCode::Invalid, Texts::tr("This rule is either on or off."), rule->key);
        }
        rule->value = value.toBool();
        return okStatus();
    }
    bool isInt = false;
    const int number = value.toInt(&isInt);
    if (!isInt || value.typeId() == QMetaType::Bool || number < 0 || number > kMaxIntValue) {
        return Error(ErrorCode::Invalid, Texts::tr("Enter a whole number from 0 to %1.").arg(kMaxIntValue),
                     rule->key);
    }
    rule->value = number;
    return okStatus();
}

Status RuleSet::setUnit(QAnyStringView key, RuleUnit unit)
{
    Rule* rule = nullptr;
    for (Rule& r : m_rules) {
        if (QAnyStringView(r.key) == key)
            rule = &r;
    }
    if (!rule) {
        return Error(ErrorCode::NotFound, Texts::tr("There is no rule \"%1\".").arg(key.toString()),
                     key.toString());
    }
    if (!isDeadlineUnit(rule->unit) || !isDeadlineUnit(unit)) {
        return Error(ErrorCode::Invalid,
                     Texts::tr("Only a deadline's unit can be changed, between days and working days."),
                     rule->key);
    }
    rule->unit = unit;
    return okStatus();
}

void RuleSet::addMissingDefaults()
{
    for (const DefaultRule& d : allDefaults()) {
        if (!find(QLatin1String(d.key)))
            m_rules.append(fromDefault(d));
    }
}

RuleSet RuleSet::nextVersion(QDate effectiveDate) const
{
    RuleSet next(m_version + 1, effectiveDate, m_rules);
    next.addMissingDefaults();
    return next;
}

const RuleSet* RuleSet::inForceOn(const QList<RuleSet>& versions, const QDate& day)
{
    const RuleSet* best = nullptr;
    const RuleSet* earliest = nullptr;
    for (const RuleSet& rs : versions) {
        if (!earliest || rs.m_effectiveDate < earliest->m_effectiveDate)
            earliest = &rs;
        if (rs.m_effectiveDate <= day &&
            (!best || rs.m_effectiveDate > best->m_effectiveDate ||
             (rs.m_effectiveDate == best->m_effectiveDate && rs.m_version > best->m_version)))
            best = &rs;
    }
    return best ? best : earliest;
}

const RuleSet* RuleSet::findVersion(const QList<RuleSet>& versions, int version)
{
    for (const RuleSet& rs : versions) {
        if (rs.m_version == version)
            return &rs;
    }
    return nullptr;
}

} // namespace orec
