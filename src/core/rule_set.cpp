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

constexpr EnumCode<RuleBasis> kBases[] = {
    {RuleBasis::Regulation, "regulation", nullptr, QT_TRANSLATE_NOOP("orec::RuleBasis", "regulation")},
    {RuleBasis::CommitteePolicy, "committee_policy", nullptr,
     QT_TRANSLATE_NOOP("orec::RuleBasis", "committee policy")},
    {RuleBasis::NotConfirmed, "not_confirmed", nullptr,
     QT_TRANSLATE_NOOP("orec::RuleBasis", "not confirmed")},
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
    RuleBasis basis = RuleBasis::NotConfirmed;
    const char* note = "";
    // What a version stored before this change reads when it lacks the rule: the behaviour the program
    // had then (-1 / nullptr: the same as the default). Versions are never rewritten and an old
    // deadline never moves, so a corrected default reaches a register only as an admin's audited change.
    int legacyValue = -1;
    const char* legacyDocuments = nullptr;
};

// The sources quoted below were read on the committees' own published pages (docs/domain.md
// "Default rules" lists them with their addresses):
//  - HCMULaw: Party Committee of Ho Chi Minh City University of Law, "Quy trình và mẫu biểu v/v đảng
//    viên ra nước ngoài" (from July 2023), under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW (2022);
//  - SGU: Saigon University, procedure "Đảng viên đi nước ngoài", under Regulations 58-QĐ/TW,
//    69-QĐ/TW and 86-QĐ/TW;
//  - Nậm Nhùn: the district's page on transfers of labour-export members, quoting Guidance 12-HD/BTCTW;
//  - CTU: Can Tho University's party committee, procedure for transfers abroad, citing Guidance
//    01-HD/TW (2021) 10.2.1 b and Guidance 12-HD/BTCTW (2022) II 4.3.1 c.

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
constexpr const char* kOfficialDocumentsSource = QT_TRANSLATE_NOOP(
    "orec::RuleSet", "Earlier summaries of university committees' procedures under Regulation 86-QĐ/TW: a "
                     "report before departure and a report after return.");
constexpr const char* kOfficialDocumentsNote = QT_TRANSLATE_NOOP(
    "orec::RuleSet", "Not confirmed: Saigon University's procedure asks before departure for the member's "
                     "application with the sending decision, and for a written report within 15 days of "
                     "return; no published procedure seen names a separate pre-departure report.");
constexpr const char* kPrivateDocumentsSource = QT_TRANSLATE_NOOP(
    "orec::RuleSet", "Procedure of the Party Committee of Ho Chi Minh City University of Law (from July "
                     "2023) under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW of 5 Aug 2022: before the "
                     "trip the application (Annex I), with the commitment on relatives abroad (Annex II) "
                     "when relatives are visited; after it the report on the trip's results (Annex III).");
constexpr const char* kPrivateDocumentsNote = QT_TRANSLATE_NOOP(
    "orec::RuleSet", "That procedure has no separate pre-departure report, so none is asked "
                     "for; add pre_departure for a committee that wants one.");
constexpr const char* kOfficialDocuments = "pre_departure,return";
constexpr const char* kPrivateDocuments = "private_trip_application,return";
// Until schema 11 every private purpose also called for a pre-departure report.
constexpr const char* kPrivateDocumentsBefore = "private_trip_application,pre_departure,return";

constexpr DefaultRule kDefaults[] = {
    {.key = rule_key::kReturnReportPrivateWorkingDays,
     .value = 7,
     .unit = RuleUnit::WorkingDays,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "Return report after a private trip is due within this many days of "
                                      "re-entry, counted in the rule's unit (working days unless an admin "
                                      "changed it; the key keeps its name)."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Procedure of the Party Committee of Ho Chi Minh City University of Law "
                                 "under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW of 5 Aug 2022, section "
                                 "2: the report at the latest 7 working days after re-entry."),
     .basis = RuleBasis::CommitteePolicy,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet",
                               "One committee's choice: Saigon University asks for every return report "
                               "within 15 days. Whether the central texts set a number of days is not "
                               "confirmed. The unit can be switched to calendar days.")},
    {.key = rule_key::kReturnReportOtherDays,
     .value = 15,
     .unit = RuleUnit::Days,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "Return report after any other trip or posting is due within this "
                                      "many days of return."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Procedure \"Đảng viên đi nước ngoài\" of Saigon University under "
                                 "Regulations 58-QĐ/TW, 69-QĐ/TW and 86-QĐ/TW: a written report on the trip "
                                 "at the latest within 15 days of return."),
     .basis = RuleBasis::CommitteePolicy,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet",
                               "One committee's choice; that procedure applies 15 days to private trips as "
                               "well. The unit can be switched to working days.")},
    {.key = rule_key::kPreDepartureDaysBefore,
     .value = 0,
     .unit = RuleUnit::Days,
     .description =
         QT_TRANSLATE_NOOP("orec::RuleSet", "Pre-departure report is due this many days before the planned "
                                            "departure (0: by the departure date)."),
     .source =
         QT_TRANSLATE_NOOP("orec::RuleSet", "No source found: the sources say only \"before departure\"."),
     .basis = RuleBasis::NotConfirmed,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet", "Used only for the purposes whose documents list the "
                                                "pre-departure report.")},
    {.key = rule_key::kPrivateApplicationDaysBefore,
     .value = 0,
     .unit = RuleUnit::Days,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "Private-trip application is due this many days before the planned "
                                      "departure (0: by the departure date)."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet", "No source found: the procedures give no lead time."),
     .basis = RuleBasis::NotConfirmed,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet", "The application goes through the cell and the committee "
                                                "before the trip; how long before is each committee's "
                                                "practice.")},
    {.key = rule_key::kRelativesCommitmentRequired,
     .value = 1,
     .unit = RuleUnit::Flag,
     .description =
         QT_TRANSLATE_NOOP("orec::RuleSet", "A visit that includes relatives abroad needs a commitment on "
                                            "relatives abroad before approval."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Procedure of the Party Committee of Ho Chi Minh City University of Law "
                                 "under Guidance 01-HD/BTCTW (2022), section 1: a visit to relatives abroad, "
                                 "or a work or tourist trip combined with one, adds the commitment (Annex "
                                 "II) for the committee's decision."),
     .basis = RuleBasis::Regulation,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet", "As the committee's procedure quotes the guidance; the "
                                                "guidance's own text was not seen.")},
    {.key = rule_key::kRelativesCommitmentDaysBefore,
     .value = 0,
     .unit = RuleUnit::Days,
     .description =
         QT_TRANSLATE_NOOP("orec::RuleSet", "Commitment on relatives abroad is due this many days before the "
                                            "planned departure (0: by the departure date)."),
     .source =
         QT_TRANSLATE_NOOP("orec::RuleSet", "No source found: the sources say only \"before departure\"."),
     .basis = RuleBasis::NotConfirmed},
    {.key = rule_key::kSelfReviewDaysAfterReturn,
     .value = 15,
     .unit = RuleUnit::Days,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "Self-review of a long-term member is due within this many days of "
                                      "return."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Guidance 01-HD/TW (2021) item 10 asks for the self-review, confirmed by "
                                 "the party unit or the mission, but sets no deadline."),
     .basis = RuleBasis::NotConfirmed,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet", "The number of days is the program's assumption, aligned "
                                                "with the return report.")},
    {.key = rule_key::kCellRemarksDaysAfterReturn,
     .value = 30,
     .unit = RuleUnit::Days,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "Cell committee remarks on a returning member are due within this "
                                      "many days of return."),
     .source = QT_TRANSLATE_NOOP(
         "orec::RuleSet", "Guidance 01-HD/TW (2021) item 10 asks for the remarks but sets no deadline."),
     .basis = RuleBasis::NotConfirmed,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet", "The number of days is the program's assumption.")},
    {.key = rule_key::kEventReportDaysAfterEvent,
     .value = 15,
     .unit = RuleUnit::Days,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "A member abroad reports an award, a foreign membership, a marriage "
                                      "to a foreign national or a change of nationality or residence "
                                      "within this many days."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Guidance 30-HD/BTCTW of 23 Apr 2025 on Regulation 86-QĐ/TW (as the Nghệ An "
                                 "provincial committee's page summarises it) asks for the report when it "
                                 "happens, before accepting."),
     .basis = RuleBasis::NotConfirmed,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet", "The duty to report is confirmed; the number of days is the "
                                                "program's assumption.")},
    {.key = rule_key::kTemporaryGroupMinMonths,
     .value = 1,
     .unit = RuleUnit::Months,
     .description =
         QT_TRANSLATE_NOOP("orec::RuleSet", "From this many months abroad a delegation may form a temporary "
                                            "group or cell."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Procedure of Saigon University under Regulation 86-QĐ/TW: from 1 to 3 "
                                 "months, a delegation of 3 or more members, the committee may form a "
                                 "party group or a temporary cell."),
     .basis = RuleBasis::Regulation,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet", "As the committee's procedure restates the regulation; the "
                                                "regulation's own text was not found.")},
    {.key = rule_key::kTemporaryGroupMinDelegation,
     .value = 3,
     .unit = RuleUnit::Members,
     .description =
         QT_TRANSLATE_NOOP("orec::RuleSet", "Smallest delegation (party members) that may form a temporary "
                                            "group or cell."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Procedure of Saigon University under Regulation 86-QĐ/TW: a delegation of "
                                 "3 or more party members."),
     .basis = RuleBasis::Regulation,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet", "As the committee's procedure restates the regulation; the "
                                                "regulation's own text was not found.")},
    {.key = rule_key::kTemporaryTransferOverMonths,
     .value = 3,
     .unit = RuleUnit::Months,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "A stay of this many months (or only a longer one, by the next rule) "
                                      "calls for a temporary transfer of party activity."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Guidance 12-HD/BTCTW of 18 Jan 2022 as the Nậm Nhùn district's page "
                                 "quotes it: from 3 months to under a year, a temporary transfer."),
     .basis = RuleBasis::Regulation,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet",
                               "Saigon University's procedure under Regulation 86-QĐ/TW says \"over 3 "
                               "months\"; the threshold is the same, whether it counts is the next rule.")},
    {.key = rule_key::kTemporaryTransferIncludesThreshold,
     .value = 1,
     .unit = RuleUnit::Flag,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "On: a stay of exactly the temporary-transfer threshold calls for a "
                                      "temporary transfer (\"from 3 months\"). Off: only a longer stay does "
                                      "(\"over 3 months\")."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Guidance 12-HD/BTCTW (2022) as the Nậm Nhùn district's page quotes it: "
                                 "\"từ 3 tháng đến dưới 1 năm\"."),
     .basis = RuleBasis::Regulation,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet",
                               "Saigon University's procedure says \"từ trên 3 tháng đến 12 tháng\" (off). "
                               "Registers created before this rule keep \"over 3 months\" until an admin "
                               "changes it."),
     .legacyValue = 0},
    {.key = rule_key::kOfficialTransferFromMonths,
     .value = 12,
     .unit = RuleUnit::Months,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "A stay of this many months or more calls for an official transfer "
                                      "of party activity through the Foreign Ministry's Party Committee."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Guidance 01-HD/TW of 28 Sep 2021, item 10.2.1 b, and Guidance 12-HD/BTCTW "
                                 "(2022) section II 4.3.1 c, as Can Tho University's procedure cites them: "
                                 "12 months or more."),
     .basis = RuleBasis::Regulation,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet",
                               "Regulation 228-QĐ/TW (2014) said \"over 12 months\"; the 2021 guidance "
                               "says \"12 months or more\".")},
    {.key = rule_key::kOverseasCellMinFullMembers,
     .value = 3,
     .unit = RuleUnit::Members,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "Full members of a long-term delegation needed to form a cell abroad."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Guidance 01-HD/TW (2021), item 10: a delegation of 3 or more full members "
                                 "abroad; the Foreign Ministry's Party Committee forms the cell."),
     .basis = RuleBasis::Regulation},
    {.key = rule_key::kBlockApprovalWhileReturnReportOverdue,
     .value = 0,
     .unit = RuleUnit::Flag,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "A new trip is not approved while the member's return report from an "
                                      "earlier trip is overdue."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "No source found: no regulation or published procedure seen blocks a new "
                                 "trip while a return report is overdue."),
     .basis = RuleBasis::CommitteePolicy,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet",
                               "Off by default; a committee that decides to close out one trip before "
                               "approving the next turns it on as its own policy. Registers created before "
                               "this default keep it on until an admin changes it."),
     .legacyValue = 1},
    {.key = rule_key::kBlockApprovalUnderDisciplinaryReview,
     .value = 1,
     .unit = RuleUnit::Flag,
     .description =
         QT_TRANSLATE_NOOP("orec::RuleSet", "A member under disciplinary review or investigation is not sent "
                                            "abroad."),
     .source = QT_TRANSLATE_NOOP(
         "orec::RuleSet", "Regulation 58-QĐ/TW (2022) and summaries of Regulation 228-QĐ/TW; going "
                          "abroad without permission is an offence under Regulation 69-QĐ/TW art. 34."),
     .basis = RuleBasis::Regulation,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet", "From summaries of the regulations; their full texts were "
                                                "not read this round.")},
    {.key = rule_key::kProbationMonths,
     .value = 12,
     .unit = RuleUnit::Months,
     .description =
         QT_TRANSLATE_NOOP("orec::RuleSet", "Length of probation from admission to full membership."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet", "Party Charter; Regulation 29/232 on the Party Charter."),
     .basis = RuleBasis::Regulation},
    {.key = rule_key::kPapersBeforeApproval,
     .value = 0,
     .unit = RuleUnit::Documents,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "Papers looked for before a posting is approved: those of them the "
                                      "posting calls for and that have not been received are named to the "
                                      "clerk before the approval is recorded."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "Procedure of the Party Committee of Ho Chi Minh City University of Law "
                                 "under Regulation 58-QĐ/TW and Guidance 01-HD/BTCTW (2022): the member's "
                                 "application, with the cell's opinion, is what the committee decides on."),
     .documents = "private_trip_application",
     .basis = RuleBasis::Regulation},
    {.key = rule_key::kPapersBeforeDeparture,
     .value = 0,
     .unit = RuleUnit::Documents,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "Papers looked for before a departure is recorded: those of them the "
                                      "posting calls for and that have not been received are named to the "
                                      "clerk first."),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "The papers due before departure (their deadlines above): the application "
                                 "and the commitment on relatives abroad (Ho Chi Minh City University of "
                                 "Law's procedure under Guidance 01-HD/BTCTW, 2022) and the pre-departure "
                                 "report where a purpose's documents list it."),
     .documents = "private_trip_application,relatives_commitment,pre_departure",
     .basis = RuleBasis::Regulation,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet", "A paper listed here is looked for only when the posting "
                                                "calls for it (documents.* rules).")},
    {.key = rule_key::kPapersBeforeClosing,
     .value = 0,
     .unit = RuleUnit::Documents,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "Papers looked for before a posting is closed: those of them the "
                                      "posting calls for and that have not been received are named to the "
                                      "clerk first. Whatever this says, closing waits for the return report "
                                      "and, after a transfer, the confirmed self-review."),
     .source = QT_TRANSLATE_NOOP(
         "orec::RuleSet", "Guidance 01-HD/TW (2021), item 10: the self-review and the cell committee's "
                          "remarks on return; the return report in the committees' procedures."),
     .documents = "return,self_review,cell_remarks",
     .basis = RuleBasis::Regulation},
    {.key = rule_key::kPapersBlocking,
     .value = 0,
     .unit = RuleUnit::Documents,
     .description = QT_TRANSLATE_NOOP("orec::RuleSet",
                                      "Of the papers looked for before a step, those that stop the step "
                                      "until they are received; the others are a warning the clerk may pass "
                                      "deliberately. (The commitment on relatives abroad stops approval by "
                                      "its own rule.)"),
     .source = QT_TRANSLATE_NOOP("orec::RuleSet",
                                 "No source found: the procedures give the order of the papers, not whether "
                                 "the register may record a step before them."),
     .documents = "",
     .basis = RuleBasis::CommitteePolicy,
     .note = QT_TRANSLATE_NOOP("orec::RuleSet", "A committee that wants it strict lists the papers here.")},
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
            out.push_back({.key = documentKeys[static_cast<std::size_t>(i)].c_str(),
                           .value = 0,
                           .unit = RuleUnit::Documents,
                           .description = kDocumentsDescription,
                           .source = isPrivate ? kPrivateDocumentsSource : kOfficialDocumentsSource,
                           .documents = isPrivate ? kPrivateDocuments : kOfficialDocuments,
                           .basis = isPrivate ? RuleBasis::Regulation : RuleBasis::NotConfirmed,
                           .note = isPrivate ? kPrivateDocumentsNote : kOfficialDocumentsNote,
                           .legacyDocuments = isPrivate ? kPrivateDocumentsBefore : nullptr});
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

// What a version stored without the rule reads: the behaviour before the rule or its default changed.
int legacyValue(const DefaultRule& d)
{
    return d.legacyValue >= 0 ? d.legacyValue : d.value;
}

const char* legacyDocuments(const DefaultRule& d)
{
    return d.legacyDocuments ? d.legacyDocuments : d.documents;
}

// `legacy`: the rule as a version stored before it existed reads it (addMissingDefaults).
Rule fromDefault(const DefaultRule& d, bool legacy = false)
{
    Rule r;
    r.key = QString::fromLatin1(d.key);
    r.unit = d.unit;
    const int value = legacy ? legacyValue(d) : d.value;
    if (d.unit == RuleUnit::Flag)
        r.value = value != 0;
    else if (d.unit == RuleUnit::Documents)
        r.value = QString::fromLatin1(legacy ? legacyDocuments(d) : d.documents);
    else
        r.value = value;
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

std::span<const EnumCode<RuleBasis>> EnumCodes<RuleBasis>::table()
{
    return kBases;
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

RuleBasis Rule::basis() const
{
    const DefaultRule* d = findDefault(key);
    return d ? d->basis : RuleBasis::NotConfirmed;
}

QString Rule::displayNote() const
{
    const DefaultRule* d = findDefault(key);
    return d && d->note && *d->note ? Texts::tr(d->note) : QString();
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

std::optional<Rule> RuleSet::defaultRule(QAnyStringView key)
{
    if (const DefaultRule* d = findDefault(key))
        return fromDefault(*d);
    return std::nullopt;
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
    return d ? legacyValue(*d) : 0;
}

bool RuleSet::flag(QAnyStringView key) const
{
    if (const Rule* r = find(key))
        return r->value.toBool();
    const DefaultRule* d = findDefault(key);
    return d && legacyValue(*d) != 0;
}

QList<ReportKind> RuleSet::documents(QAnyStringView key) const
{
    QString text;
    if (const Rule* r = find(key)) {
        text = r->value.toString();
    } else if (const DefaultRule* d = findDefault(key); d && legacyDocuments(*d)) {
        text = QString::fromLatin1(legacyDocuments(*d));
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
            m_rules.append(fromDefault(d, /*legacy=*/true));
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
