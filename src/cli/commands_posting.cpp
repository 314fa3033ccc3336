// `orec` commands for postings through their life-cycle, reports and their deadlines, transfer letters and
// rules.
#include "app/query_service.h"
#include "app/register_service.h"
#include "cli/context.h"
#include "cli/register_output.h"
#include "core/country.h"
#include "core/step_papers.h"
#include "storage/record_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace orec::cli {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::cli)
};

int failOrUsage(CliContext& c, const Error& e)
{
    return e.code == ErrorCode::Usage ? c.usage(e.message) : c.fail(e);
}

// The date of an event: --date, else today.
Result<QDate> eventDate(CliContext& c, app::Session& s)
{
    auto d = dateOption(c, QStringLiteral("date"));
    if (!d)
        return d.error();
    return d->isValid() ? *d : s.clock().today();
}

void printPostingResult(CliContext& c, app::RegisterService& service, const Posting& p)
{
    auto reports = service.reportsOfPosting(p.id);
    if (c.json) {
        QJsonObject o = orec::toJson(p);
        QJsonArray array;
        for (const Report& r : reports.valueOr({}))
            array.append(orec::toJson(r));
        o.insert(QStringLiteral("reports"), array);
        auto next = service.availableTransitions(p.id);
        QJsonArray transitions;
        for (PostingTransition t : next.valueOr({}))
            transitions.append(codeName(t));
        o.insert(QStringLiteral("available_transitions"), transitions);
        c.printJson(QJsonDocument(o));
        return;
    }
    printPosting(c, p, reports.valueOr({}));
    auto next = service.availableTransitions(p.id);
    if (next && !next->isEmpty()) {
        QStringList names;
        for (PostingTransition t : *next)
            names.append(displayName(t));
        c.out() << "  " << Texts::tr("Possible now: %1").arg(names.join(QStringLiteral(", "))) << "\n";
    }
}

// ---- create, show, list -------------------------------------------------------------------------

int postingCreate(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(
            Texts::tr("Usage: posting create MEMBER --purpose P --country CC --from DATE --to DATE"));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto member = service.findMember(c.positional.first());
        if (!member)
            return c.fail(member.error());
        Posting p;
        p.memberId = member->id;
        auto purpose = enumOption<PostingPurpose>(c, QStringLiteral("purpose"), AdvertisedCodes::Vietnamese);
        if (!purpose)
            return c.fail(purpose.error());
        if (!*purpose)
            return c.usage(Texts::tr("Give the purpose with --purpose (%1).")
                               .arg(acceptedCodes<PostingPurpose>(AdvertisedCodes::Vietnamese)));
        p.purpose = **purpose;
        for (const QString& part :
             c.option(QStringLiteral("country")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto country = countryFromText(part.trimmed());
            if (!country)
                return c.fail(Error(ErrorCode::Invalid,
                                    Texts::tr("\"%1\" is not a country code or name.").arg(part.trimmed()),
                                    QStringLiteral("--country")));
            p.countryCodes.append(country->code);
        }
        auto from = dateOption(c, QStringLiteral("from"));
        auto to = dateOption(c, QStringLiteral("to"));
        auto decided = dateOption(c, QStringLiteral("decision-date"));
        for (const auto* d : {&from, &to, &decided}) {
            if (!d->ok())
                return failOrUsage(c, d->error());
        }
        p.plannedDeparture = *from;
        p.plannedReturn = *to;
        p.decisionDate = *decided;
        p.city = c.option(QStringLiteral("city"));
        p.hostOrganisation = c.option(QStringLiteral("host"));
        p.decisionNumber = c.option(QStringLiteral("decision-no"));
        p.decisionBody = c.option(QStringLiteral("decision-body"));
        p.politicalConclusionRef = c.option(QStringLiteral("political-conclusion"));
        p.visitsRelatives = c.hasOption(QStringLiteral("relatives"));
        auto delegation = intOption(c, QStringLiteral("delegation"), 1);
        if (!delegation)
            return c.fail(delegation.error());
        p.delegationSize = *delegation;
        if (c.hasOption(QStringLiteral("committee"))) {
            auto committee = service.findUnit(c.option(QStringLiteral("committee")));
            if (!committee)
                return c.fail(committee.error());
            p.approvingCommitteeId = committee->id;
        }
        auto attendance = enumOption<AttendanceMode>(c, QStringLiteral("attendance"));
        if (!attendance)
            return c.fail(attendance.error());
        const QString arrangement = c.option(QStringLiteral("arrangement"), QStringLiteral("auto"));
        if (arrangement == QLatin1String("auto")) {
            auto advice = service.adviseArrangement(p);
            if (!advice)
                return c.fail(advice.error());
            p.arrangement = advice->arrangement;
            p.attendance = advice->attendance;
            if (!c.json)
                c.out() << Texts::tr("Arrangement from the rules: %1").arg(advice->explanation) << "\n";
        } else if (auto a = fromInterchangeCode<PartyActivityArrangement>(arrangement)) {
            p.arrangement = *a;
        } else {
            return c.invalid(
                Texts::tr("--arrangement is auto, giu_nguyen, to_dang_tam_thoi, tam_thoi or chinh_thuc."));
        }
        // --attendance overrides what the rules suggest.
        if (*attendance)
            p.attendance = **attendance;
        auto created = service.createPosting(p);
        if (!created)
            return c.fail(created.error());
        if (!c.json)
            c.out() << Texts::tr("Planned posting %1 for %2.").arg(created->id).arg(member->fullName) << "\n";
        printPostingResult(c, service, *created);
        return static_cast<int>(ExitOk);
    });
}

int postingShow(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: posting show ID"));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto p = service.findPosting(c.positional.first());
        if (!p)
            return c.fail(p.error());
        printPostingResult(c, service, *p);
        return static_cast<int>(ExitOk);
    });
}

int postingList(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: posting list MEMBER"));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto member = service.findMember(c.positional.first());
        if (!member)
            return c.fail(member.error());
        auto postings = service.postingsOfMember(member->id);
        if (!postings)
            return c.fail(postings.error());
        if (c.json) {
            QJsonArray array;
            for (const Posting& p : *postings)
                array.append(orec::toJson(p));
            c.printJson(QJsonDocument(array));
            return static_cast<int>(ExitOk);
        }
        for (const Posting& p : *postings)
            c.out() << QString::number(p.id).rightJustified(8) << "  " << dateText(p.expectedDeparture())
                    << " – " << dateText(p.expectedReturn()) << "  "
                    << p.countryCodes.join(QStringLiteral(",")).leftJustified(6) << " "
                    << displayName(p.purpose).leftJustified(24) << " " << displayName(p.status)
                    << (p.departedWithoutApproval ? QStringLiteral(" !") : QString()) << "\n";
        c.out() << Texts::tr("%n posting(s).", nullptr, static_cast<int>(postings->size())) << "\n";
        return static_cast<int>(ExitOk);
    });
}

// ---- attendance ---------------------------------------------------------------------------------

// Changes how the member takes part in party life during the posting (in a cell, individually, or
// exempted), through the same update as the posting editor; the audit row keeps before and after.
int postingAttendance(CliContext& c)
{
    if (c.positional.size() != 2)
        return c.usage(Texts::tr("Usage: posting attendance ID in_cell|individual|exempted"));
    const auto mode = fromInterchangeCode<AttendanceMode>(c.positional.at(1));
    if (!mode)
        return c.fail(unknownValue(QStringLiteral("attendance"), c.positional.at(1),
                                   acceptedCodes<AttendanceMode>(AdvertisedCodes::English)));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto p = service.findPosting(c.positional.first());
        if (!p)
            return c.fail(p.error());
        if (p->status == PostingStatus::Closed || p->status == PostingStatus::Cancelled)
            return c.fail(
                Error(ErrorCode::Invalid, Texts::tr("Posting %1 is %2; its attendance no longer changes.")
                                              .arg(p->id)
                                              .arg(displayName(p->status))));
        if (p->attendance == *mode) {
            if (!c.json)
                c.out()
                    << Texts::tr("Posting %1: attendance is already %2.").arg(p->id).arg(displayName(*mode))
                    << "\n";
            printPostingResult(c, service, *p);
            return static_cast<int>(ExitOk);
        }
        const AttendanceMode before = p->attendance;
        p->attendance = *mode;
        auto saved = service.updatePosting(*p);
        if (!saved)
            return c.fail(saved.error());
        if (!c.json)
            c.out() << Texts::tr("Posting %1: attendance %2 → %3.")
                           .arg(saved->id)
                           .arg(displayName(before), displayName(*mode))
                    << "\n";
        printPostingResult(c, service, *saved);
        return static_cast<int>(ExitOk);
    });
}

// ---- transitions --------------------------------------------------------------------------------

// Builds the input of `transition` from the options and applies it.
int transitionCommand(CliContext& c, PostingTransition transition)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Give the posting id."));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto p = service.findPosting(c.positional.first());
        if (!p)
            return c.fail(p.error());
        TransitionInput input;
        auto date = eventDate(c, s);
        if (!date)
            return failOrUsage(c, date.error());
        input.date = *date;
        input.reason = c.option(QStringLiteral("reason"));
        PostingTransition t = transition;
        switch (transition) {
        case PostingTransition::Approve: {
            if (c.hasOption(QStringLiteral("committee"))) {
                auto committee = service.findUnit(c.option(QStringLiteral("committee")));
                if (!committee)
                    return c.fail(committee.error());
                input.committeeId = committee->id;
            }
            input.decisionNumber = c.option(QStringLiteral("decision-no"));
            input.decisionBody = c.option(QStringLiteral("decision-body"));
            auto decided = dateOption(c, QStringLiteral("decision-date"));
            if (!decided)
                return failOrUsage(c, decided.error());
            input.decisionDate = *decided;
            break;
        }
        case PostingTransition::Depart:
            if (c.hasOption(QStringLiteral("without-approval")))
                t = PostingTransition::RecordUnapprovedDeparture;
            break;
        case PostingTransition::JoinCell: {
            if (!c.hasOption(QStringLiteral("cell")))
                return c.usage(Texts::tr("Give the overseas cell with --cell CODE."));
            auto cell = service.findUnit(c.option(QStringLiteral("cell")));
            if (!cell)
                return c.fail(cell.error());
            input.cell = *cell;
            break;
        }
        case PostingTransition::Extend: {
            Extension e;
            e.decisionNumber = c.option(QStringLiteral("decision-no"));
            auto decided = dateOption(c, QStringLiteral("decision-date"));
            auto until = dateOption(c, QStringLiteral("until"));
            if (!decided)
                return failOrUsage(c, decided.error());
            if (!until)
                return failOrUsage(c, until.error());
            e.decisionDate = decided->isValid() ? *decided : input.date;
            e.newPlannedReturn = *until;
            e.reason = input.reason;
            input.extension = e;
            break;
        }
        default:
            break;
        }
        // The papers the rules table looks for before this step and not received yet: those it waits for
        // come back as the refusal below; the others are said on stderr before the step is recorded.
        if (auto context = service.transitionContext(*p)) {
            QList<MissingPaper> papers = missingPapersBefore(t, *p, context->rules, context->reports);
            papers.removeIf([](const MissingPaper& paper) { return paper.blocks; });
            if (!papers.isEmpty()) {
                c.err() << Texts::tr("Warning: %1").arg(describeMissingPapers(t, papers)) << "\n";
                c.err().flush();
            }
        }
        auto next = service.applyTransition(p->id, t, input);
        if (!next)
            return c.fail(next.error());
        if (!c.json)
            c.out() << Texts::tr("Posting %1: %2 → %3.")
                           .arg(next->id)
                           .arg(displayName(t), displayName(next->status))
                    << "\n";
        printPostingResult(c, service, *next);
        return static_cast<int>(ExitOk);
    });
}

int probationDecision(CliContext& c)
{
    if (c.positional.size() != 2)
        return c.usage(Texts::tr("Usage: posting probation ID admitted|extended|refused --ref TEXT"));
    const auto decision = fromCodeName<ProbationDecision>(c.positional.at(1));
    if (!decision || *decision == ProbationDecision::Pending)
        return c.invalid(Texts::tr("The decision is admitted, extended or refused."));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto p = service.findPosting(c.positional.first());
        if (!p)
            return c.fail(p.error());
        auto date = eventDate(c, s);
        if (!date)
            return failOrUsage(c, date.error());
        auto saved =
            service.recordProbationDecision(p->id, *decision, c.option(QStringLiteral("ref")), *date);
        if (!saved)
            return c.fail(saved.error());
        printPostingResult(c, service, *saved);
        return static_cast<int>(ExitOk);
    });
}

// ---- reports ------------------------------------------------------------------------------------

int reportFile(CliContext& c)
{
    if (c.positional.size() != 2)
        return c.usage(Texts::tr("Usage: report file POSTING KIND --date DATE"));
    const auto kind = fromCodeName<ReportKind>(c.positional.at(1));
    if (!kind)
        return c.invalid(
            Texts::tr("The kind is private_trip_application, relatives_commitment, pre_departure, return, "
                      "self_review or cell_remarks."));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto p = service.findPosting(c.positional.first());
        if (!p)
            return c.fail(p.error());
        app::ReportFiling filing;
        auto date = eventDate(c, s);
        if (!date)
            return failOrUsage(c, date.error());
        filing.receivedDate = *date;
        filing.cellOpinion = c.option(QStringLiteral("cell-opinion"));
        filing.committeeOpinion = c.option(QStringLiteral("committee-opinion"));
        filing.committeeDecision = c.option(QStringLiteral("decision"));
        if (c.hasOption(QStringLiteral("confirmed")))
            filing.confirmed = true;
        if (c.hasOption(QStringLiteral("content"))) {
            QJsonParseError error;
            const QJsonDocument doc =
                QJsonDocument::fromJson(c.option(QStringLiteral("content")).toUtf8(), &error);
            if (!doc.isObject())
                return c.fail(
                    Error(ErrorCode::Invalid,
                          Texts::tr("--content must be a JSON object: %1").arg(error.errorString())));
            filing.fields = doc.object().toVariantMap();
        }
        auto report = service.fileReport(p->id, *kind, filing);
        if (!report)
            return c.fail(report.error());
        if (c.json)
            c.printJson(QJsonDocument(orec::toJson(*report)));
        else
            c.out() << Texts::tr("%1 of posting %2 received on %3 (due %4).")
                           .arg(displayName(report->kind))
                           .arg(p->id)
                           .arg(dateText(report->receivedDate), dateText(report->dueDate))
                    << "\n";
        return static_cast<int>(ExitOk);
    });
}

int reportList(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: report list POSTING"));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto p = service.findPosting(c.positional.first());
        if (!p)
            return c.fail(p.error());
        auto reports = service.reportsOfPosting(p->id);
        if (!reports)
            return c.fail(reports.error());
        if (c.json) {
            QJsonArray array;
            for (const Report& r : *reports)
                array.append(orec::toJson(r));
            c.printJson(QJsonDocument(array));
        } else {
            printPosting(c, *p, *reports);
        }
        return static_cast<int>(ExitOk);
    });
}

int reportDue(CliContext& c)
{
    ReportDueFilter filter;
    auto days = intOption(c, QStringLiteral("days"), 30);
    auto offset = intOption(c, QStringLiteral("offset"), 0);
    auto limit = intOption(c, QStringLiteral("limit"), 200);
    for (const Result<int>* number : {&days, &offset, &limit}) {
        if (!number->ok())
            return c.fail(number->error()); // names the option
    }
    filter.withinDays = *days;
    filter.overdueOnly = c.hasOption(QStringLiteral("overdue"));
    auto kind = enumOption<ReportKind>(c, QStringLiteral("kind"));
    if (!kind)
        return failOrUsage(c, kind.error());
    filter.kind = *kind;
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        if (c.hasOption(QStringLiteral("member"))) {
            auto member = service.findMember(c.option(QStringLiteral("member")));
            if (!member)
                return c.fail(member.error());
            filter.memberId = member->id;
        }
        if (c.hasOption(QStringLiteral("home-unit"))) {
            auto unit = service.findUnit(c.option(QStringLiteral("home-unit")));
            if (!unit)
                return c.fail(unit.error());
            filter.homeUnitId = unit->id;
        }
        app::QueryService queries(s);
        auto total = queries.countReportsDue(filter);
        if (!total)
            return c.fail(total.error());
        auto rows = queries.reportsDue(filter, *offset, *limit);
        if (!rows)
            return c.fail(rows.error());
        if (c.json) {
            QJsonArray array;
            for (const ReportDueRow& r : *rows)
                array.append(toJson(r));
            c.printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("total"), *total}, {QStringLiteral("rows"), array}}));
        } else {
            printReportsDue(c, *rows);
            c.out() << Texts::tr("%1 of %2 shown.").arg(rows->size()).arg(*total) << "\n";
        }
        return static_cast<int>(ExitOk);
    });
}

int reportEvent(CliContext& c)
{
    if (c.positional.size() != 2)
        return c.usage(Texts::tr("Usage: report add MEMBER KIND --event-date DATE [--date RECEIVED]"));
    const auto kind = fromCodeName<ReportKind>(c.positional.at(1));
    if (!kind || isPostingReport(*kind))
        return c.invalid(
            Texts::tr("The kind is annual_rating, foreign_award, foreign_organisation_membership, "
                      "marriage_to_foreigner or nationality_or_residence_change."));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto member = service.findMember(c.positional.first());
        if (!member)
            return c.fail(member.error());
        Report r;
        r.kind = *kind;
        r.memberId = member->id;
        auto event = dateOption(c, QStringLiteral("event-date"));
        auto received = dateOption(c, QStringLiteral("date"));
        if (!event)
            return failOrUsage(c, event.error());
        if (!received)
            return failOrUsage(c, received.error());
        r.eventDate = *event;
        r.receivedDate = *received;
        auto saved = service.addMemberReport(r);
        if (!saved)
            return c.fail(saved.error());
        if (c.json)
            c.printJson(QJsonDocument(orec::toJson(*saved)));
        else
            c.out() << Texts::tr("%1 recorded for %2 (due %3).")
                           .arg(displayName(saved->kind), member->fullName, dateText(saved->dueDate))
                    << "\n";
        return static_cast<int>(ExitOk);
    });
}

// ---- transfers ----------------------------------------------------------------------------------

int transferIssue(CliContext& c)
{
    if (c.positional.size() != 1 || !c.hasOption(QStringLiteral("committee")))
        return c.usage(Texts::tr(
            "Usage: transfer issue MEMBER --committee CODE [--posting ID] [--kind K] [--direction out|back]"));
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto member = service.findMember(c.positional.first());
        if (!member)
            return c.fail(member.error());
        auto committee = service.findUnit(c.option(QStringLiteral("committee")));
        if (!committee)
            return c.fail(committee.error());
        Transfer t;
        t.memberId = member->id;
        t.issuingCommitteeId = committee->id;
        auto date = eventDate(c, s);
        auto dues = dateOption(c, QStringLiteral("dues-paid-to"));
        if (!date)
            return failOrUsage(c, date.error());
        if (!dues)
            return failOrUsage(c, dues.error());
        t.issueDate = *date;
        t.duesPaidUpTo = dues->isValid() ? QDate(dues->year(), dues->month(), 1) : QDate();
        auto kind = enumOption<TransferKind>(c, QStringLiteral("kind"));
        auto direction = enumOption<TransferDirection>(c, QStringLiteral("direction"));
        if (!kind)
            return failOrUsage(c, kind.error());
        if (!direction)
            return failOrUsage(c, direction.error());
        if (*kind)
            t.kind = **kind;
        if (*direction)
            t.direction = **direction;
        if (c.hasOption(QStringLiteral("posting"))) {
            auto p = service.findPosting(c.option(QStringLiteral("posting")));
            if (!p)
                return c.fail(p.error());
            t.postingId = p->id;
        }
        if (c.hasOption(QStringLiteral("to"))) {
            auto to = service.findUnit(c.option(QStringLiteral("to")));
            if (!to)
                return c.fail(to.error());
            t.receivingUnitId = to->id;
        }
        t.receivingUnitName = c.option(QStringLiteral("to-name"));
        t.notes = c.option(QStringLiteral("notes"));
        auto issued = service.issueTransfer(t);
        if (!issued)
            return c.fail(issued.error());
        if (c.json)
            c.printJson(QJsonDocument(orec::toJson(*issued)));
        else
            c.out() << Texts::tr("Transfer letter %1 of %2 issued for %3%4.")
                           .arg(issued->registerNumber.toString(), committee->code, member->fullName,
                                transferFormCode(issued->kind).isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (%1)").arg(transferFormCode(issued->kind)))
                    << "\n";
        return static_cast<int>(ExitOk);
    });
}

int transferRegister(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: transfer register COMMITTEE [--year YYYY]"));
    auto year = intOption(c, QStringLiteral("year"), 0);
    if (!year)
        return c.fail(year.error());
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto committee = service.findUnit(c.positional.first());
        if (!committee)
            return c.fail(committee.error());
        auto letters = service.transferRegister(committee->id, *year);
        if (!letters)
            return c.fail(letters.error());
        if (c.json) {
            QJsonArray array;
            for (const Transfer& t : *letters)
                array.append(orec::toJson(t));
            c.printJson(QJsonDocument(array));
            return static_cast<int>(ExitOk);
        }
        for (const Transfer& t : *letters) {
            auto who = service.member(t.memberId);
            c.out() << t.registerNumber.toString().leftJustified(10) << " " << dateText(t.issueDate) << "  "
                    << displayName(t.kind).leftJustified(20) << " "
                    << displayName(t.direction).leftJustified(14) << " "
                    << (who ? who->fullName : QString()).leftJustified(28) << " " << t.receivingUnitName
                    << "\n";
        }
        return static_cast<int>(ExitOk);
    });
}

// ---- rules --------------------------------------------------------------------------------------

// "Default: 7 working days." when the register's value or unit is not what the program would set up
// today (a register created before a default was corrected keeps its value until an admin changes it).
QString differsFromDefault(const RuleSet& rules, const Rule& r)
{
    const auto byDefault = RuleSet::defaultRule(r.key);
    if (!byDefault)
        return {};
    QString text;
    if (r.unit == RuleUnit::Documents) {
        RuleSet probe = RuleSet::defaults();
        if (rules.documents(r.key) == probe.documents(r.key))
            return {};
        QStringList codes;
        for (ReportKind kind : probe.documents(r.key))
            codes.append(codeName(kind));
        text = codes.isEmpty() ? QStringLiteral("none") : codes.join(QLatin1String(", "));
    } else if (r.unit == RuleUnit::Flag) {
        if (r.value.toBool() == byDefault->value.toBool())
            return {};
        text = byDefault->value.toBool() ? Texts::tr("on") : Texts::tr("off");
    } else {
        if (r.value.toInt() == byDefault->value.toInt() && r.unit == byDefault->unit)
            return {};
        text = QStringLiteral("%1 %2").arg(byDefault->value.toInt()).arg(displayName(byDefault->unit));
    }
    return Texts::tr("Differs from the default: %1.").arg(text);
}

int rulesShow(CliContext& c)
{
    auto version = intOption(c, QStringLiteral("version"), 0);
    if (!version)
        return failOrUsage(c, version.error());
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        auto versions = service.ruleVersions();
        if (!versions)
            return c.fail(versions.error());
        auto current = service.rulesInForce();
        if (!current)
            return c.fail(current.error());
        const RuleSet* shown = *version > 0 ? RuleSet::findVersion(*versions, *version) : &*current;
        if (!shown)
            return c.fail(
                Error(ErrorCode::NotFound, Texts::tr("There is no version %1 of the rules.").arg(*version)));
        if (c.json) {
            QJsonObject o = rulesToJson(*shown);
            // Beside what is stored: what each default rests on, the note, and the default itself, so a
            // script sees which values a committee chose.
            QJsonArray listed;
            for (const Rule& r : shown->rules()) {
                QJsonObject rule;
                for (const QJsonValue& v : o.value(QStringLiteral("rules")).toArray()) {
                    if (v.toObject().value(QStringLiteral("key")).toString() == r.key)
                        rule = v.toObject();
                }
                rule.insert(QStringLiteral("basis"), codeName(r.basis()));
                rule.insert(QStringLiteral("note"), r.displayNote());
                rule.insert(QStringLiteral("shown_source"), r.displaySource());
                if (const auto byDefault = RuleSet::defaultRule(r.key)) {
                    rule.insert(QStringLiteral("default"), QJsonValue::fromVariant(byDefault->value));
                    rule.insert(QStringLiteral("default_unit"), codeName(byDefault->unit));
                }
                listed.append(rule);
            }
            o.insert(QStringLiteral("rules"), listed);
            o.insert(QStringLiteral("versions"), static_cast<int>(versions->size()));
            c.printJson(QJsonDocument(o));
            return static_cast<int>(ExitOk);
        }
        c.out() << Texts::tr("Rules version %1, in force from %2 (%3 version(s) stored).")
                       .arg(shown->version())
                       .arg(dateText(shown->effectiveDate()))
                       .arg(versions->size())
                << "\n\n";
        for (const Rule& r : shown->rules()) {
            QString value;
            QString documents; // the documents' names, for a documents rule
            if (r.unit == RuleUnit::Flag) {
                value = r.value.toBool() ? Texts::tr("on") : Texts::tr("off");
            } else if (r.unit == RuleUnit::Documents) {
                QStringList codes;
                QStringList names;
                for (ReportKind kind : shown->documents(r.key)) {
                    codes.append(codeName(kind));
                    names.append(displayName(kind));
                }
                value = codes.isEmpty() ? QStringLiteral("none") : codes.join(QLatin1String(", "));
                documents = names.isEmpty() ? Texts::tr("No document.") : names.join(QLatin1String("; "));
            } else {
                value = QStringLiteral("%1 %2").arg(r.value.toInt()).arg(displayName(r.unit));
            }
            c.out() << r.key << " = " << value << "\n    ";
            if (!documents.isEmpty())
                c.out() << documents << "\n    ";
            c.out() << r.displayDescription() << "\n    " << Texts::tr("Source: %1").arg(r.displaySource())
                    << "\n    " << Texts::tr("Basis: %1").arg(displayName(r.basis())) << "\n";
            if (const QString note = r.displayNote(); !note.isEmpty())
                c.out() << "    " << Texts::tr("Note: %1").arg(note) << "\n";
            if (const QString differs = differsFromDefault(*shown, r); !differs.isEmpty())
                c.out() << "    " << differs << "\n";
        }
        return static_cast<int>(ExitOk);
    });
}

int rulesSet(CliContext& c)
{
    const bool unitGiven = c.hasOption(QStringLiteral("unit"));
    if (c.positional.size() != 2 && !(c.positional.size() == 1 && unitGiven))
        return c.usage(Texts::tr("Usage: rules set KEY VALUE [--unit days|working_days] [--from DATE]"));
    std::optional<RuleUnit> unit;
    if (unitGiven) {
        const QString text =
            c.option(QStringLiteral("unit")).trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
        unit = fromCodeName<RuleUnit>(text);
        if (!unit || !isDeadlineUnit(*unit))
            return c.usage(Texts::tr("--unit is days (calendar days) or working_days."));
    }
    auto from = dateOption(c, QStringLiteral("from"));
    if (!from)
        return failOrUsage(c, from.error());
    return withSession(c, [&](app::Session& s) {
        app::RegisterService service(s);
        const QVariant value = c.positional.size() == 2 ? QVariant(c.positional.at(1)) : QVariant();
        auto next = service.setRule(c.positional.at(0), value, *from, unit);
        if (!next)
            return c.fail(next.error());
        if (c.json)
            c.printJson(QJsonDocument(rulesToJson(*next)));
        else
            c.out()
                << Texts::tr(
                       "Rules version %1 in force from %2. Deadlines and documents already set keep the version "
                       "they were set up with.")
                       .arg(next->version())
                       .arg(dateText(next->effectiveDate()))
                << "\n";
        return static_cast<int>(ExitOk);
    });
}

int holidayAdd(CliContext& c)
{
    if (c.positional.size() < 2)
        return c.usage(Texts::tr("Usage: rules holiday DATE NAME"));
    auto day = app::parseInterchangeDate(c.positional.first());
    if (!day || !day->isValid())
        return c.fail(day ? Error(ErrorCode::Invalid, Texts::tr("Give the date of the holiday."))
                          : day.error());
    return withSession(c, [&](app::Session& session) {
        app::RegisterService service(session);
        Status s = service.addHoliday(Holiday{*day, c.positional.mid(1).join(QLatin1Char(' '))});
        if (!s)
            return c.fail(s.error());
        if (!c.json)
            c.out() << Texts::tr("%1 is a holiday for deadlines in working days.").arg(dateText(*day))
                    << "\n";
        return static_cast<int>(ExitOk);
    });
}

} // namespace

void registerPostingCommands(QList<Command>& commands)
{
    const QString createHelp =
        Texts::tr(
            "MEMBER is a row id, party card number or citizen ID.\n--purpose P   %1\n--country CC  one or more, comma-separated, the main one first (ISO code or name)\n--from DATE "
            "--to DATE   planned departure and return\n--city, --host TEXT\n--relatives   the trip includes visiting "
            "relatives abroad\n--delegation N   party members travelling together\n--decision-no, --decision-date, "
            "--decision-body   the sending decision\n--committee CODE   the approving committee\n"
            "--political-conclusion REF\n--arrangement auto|giu_nguyen|to_dang_tam_thoi|tam_thoi|chinh_thuc (auto: "
            "what the rules suggest)\n--attendance in_cell|individual|exempted   how the member takes part in party "
            "life abroad (default: what the rules suggest)\nThe documents the posting calls for are created with "
            "their due dates.")
            .arg(acceptedCodes<PostingPurpose>(AdvertisedCodes::Vietnamese));
    const QStringList createOptions = {
        QStringLiteral("purpose"),       QStringLiteral("country"),
        QStringLiteral("from"),          QStringLiteral("to"),
        QStringLiteral("city"),          QStringLiteral("host"),
        QStringLiteral("delegation"),    QStringLiteral("decision-no"),
        QStringLiteral("decision-date"), QStringLiteral("decision-body"),
        QStringLiteral("committee"),     QStringLiteral("political-conclusion"),
        QStringLiteral("arrangement"),   QStringLiteral("attendance")};
    commands << writes(
        make(QStringLiteral("posting create"),
             QStringLiteral("posting create MEMBER --purpose P --country CC --from DATE --to DATE [options]"),
             Texts::tr("Plan a trip or stay abroad."), createHelp, postingCreate, createOptions,
             {QStringLiteral("relatives")}));
    commands << writes(make(QStringLiteral("posting add"), QStringLiteral("posting add MEMBER ..."),
                            Texts::tr("Same as 'posting create'."), createHelp, postingCreate, createOptions,
                            {QStringLiteral("relatives")}));
    commands << reads(make(QStringLiteral("posting show"), QStringLiteral("posting show ID [--json]"),
                           Texts::tr("Show a posting, its documents and the steps possible now."),
                           Texts::tr("ID is the row id or uuid."), postingShow));
    commands << writes(make(
        QStringLiteral("posting attendance"),
        QStringLiteral("posting attendance ID in_cell|individual|exempted"),
        Texts::tr("Change how the member takes part in party life during a posting."),
        Texts::tr("in_cell: meets with a cell or group; individual: no cell nearby, guided directly by the "
                  "committee; exempted: excused from party work and meetings by the committee's decision.\n"
                  "The change is recorded in the audit log with the value before and after. A closed or "
                  "cancelled posting keeps its attendance."),
        postingAttendance));
    commands << reads(make(QStringLiteral("posting list"), QStringLiteral("posting list MEMBER [--json]"),
                           Texts::tr("List a member's postings, latest first."),
                           Texts::tr("MEMBER is a row id, card number or citizen ID."), postingList));

    const QString dateHelp = Texts::tr("--date DATE   when it happened (default today)");
    struct Step
    {
        const char* name;
        PostingTransition transition;
        const char* synopsis;
        const char* summary;
        QStringList options;
        QStringList flags;
    };
    const Step steps[] = {
        {"approve",
         PostingTransition::Approve,
         "posting approve ID [--date D] [--committee CODE] [--decision-no N] [--decision-date D]",
         QT_TRANSLATE_NOOP(
             "orec::cli",
             "Approve a planned posting (refused while an earlier return report is overdue, or under disciplinary review)."),
         {QStringLiteral("date"), QStringLiteral("committee"), QStringLiteral("decision-no"),
          QStringLiteral("decision-date"), QStringLiteral("decision-body")},
         {}},
        {"depart",
         PostingTransition::Depart,
         "posting depart ID [--date D] [--without-approval]",
         QT_TRANSLATE_NOOP("orec::cli",
                           "Record the departure; --without-approval flags one that was never approved."),
         {QStringLiteral("date")},
         {QStringLiteral("without-approval")}},
        {"join",
         PostingTransition::JoinCell,
         "posting join ID --cell CODE [--date D]",
         QT_TRANSLATE_NOOP("orec::cli", "Record that the member joined an overseas cell."),
         {QStringLiteral("date"), QStringLiteral("cell")},
         {}},
        {"join-cell",
         PostingTransition::JoinCell,
         "posting join-cell ID --cell CODE [--date D]",
         QT_TRANSLATE_NOOP("orec::cli", "Same as 'posting join'."),
         {QStringLiteral("date"), QStringLiteral("cell")},
         {}},
        {"extend",
         PostingTransition::Extend,
         "posting extend ID --decision-no N --until DATE [--decision-date D] [--reason T]",
         QT_TRANSLATE_NOOP("orec::cli", "Extend the stay by a decision."),
         {QStringLiteral("date"), QStringLiteral("decision-no"), QStringLiteral("decision-date"),
          QStringLiteral("until"), QStringLiteral("reason")},
         {}},
        {"return",
         PostingTransition::ReturnHome,
         "posting return ID [--date D]",
         QT_TRANSLATE_NOOP("orec::cli", "Record the return home; the return report falls due."),
         {QStringLiteral("date")},
         {}},
        {"close",
         PostingTransition::Close,
         "posting close ID [--date D]",
         QT_TRANSLATE_NOOP("orec::cli", "Close a returned posting whose reports are in."),
         {QStringLiteral("date")},
         {}},
        {"cancel",
         PostingTransition::Cancel,
         "posting cancel ID [--date D] [--reason T]",
         QT_TRANSLATE_NOOP("orec::cli", "Cancel a planned or approved posting."),
         {QStringLiteral("date"), QStringLiteral("reason")},
         {}},
        {"lost-contact",
         PostingTransition::MarkLostContact,
         "posting lost-contact ID [--date D]",
         QT_TRANSLATE_NOOP("orec::cli", "Mark a member abroad as lost contact."),
         {QStringLiteral("date")},
         {}},
        {"found",
         PostingTransition::Found,
         "posting found ID [--date D]",
         QT_TRANSLATE_NOOP("orec::cli", "Contact restored with a member abroad."),
         {QStringLiteral("date")},
         {}},
        {"did-not-return",
         PostingTransition::MarkDidNotReturn,
         "posting did-not-return ID [--date D] [--reason T]",
         QT_TRANSLATE_NOOP("orec::cli", "Record that the member stayed abroad and did not return."),
         {QStringLiteral("date"), QStringLiteral("reason")},
         {}},
    };
    for (const Step& step : steps) {
        const PostingTransition t = step.transition;
        commands << writes(make(
            QStringLiteral("posting ") + QString::fromLatin1(step.name), QString::fromLatin1(step.synopsis),
            Texts::tr(step.summary),
            dateHelp + QStringLiteral("\n") +
                Texts::tr("A step the posting's status or the rules do not allow is refused with the reason "
                          "(exit code 2)."),
            [t](CliContext& c) { return transitionCommand(c, t); }, step.options, step.flags));
    }
    commands << writes(
        make(QStringLiteral("posting probation"),
             QStringLiteral("posting probation ID admitted|extended|refused --ref TEXT [--date D]"),
             Texts::tr("Record the committee's decision on a probationary member's full membership."),
             Texts::tr("admitted also records the member's full-membership date (the end of probation)."),
             probationDecision, {QStringLiteral("ref"), QStringLiteral("date")}));

    const QString fileHelp = Texts::tr(
        "KIND: private_trip_application, relatives_commitment, pre_departure, return, self_review, cell_remarks.\n"
        "--date DATE  the day it was received (default today)\n--confirmed  a self-review confirmed by the cell "
        "or mission\n--cell-opinion, --committee-opinion, --decision TEXT\n--content JSON  content fields, e.g. "
        "'{\"results\": \"...\"}'");
    const QStringList fileOptions = {QStringLiteral("date"), QStringLiteral("cell-opinion"),
                                     QStringLiteral("committee-opinion"), QStringLiteral("decision"),
                                     QStringLiteral("content")};
    commands << writes(make(QStringLiteral("report file"),
                            QStringLiteral("report file POSTING KIND [--date D] [options]"),
                            Texts::tr("Record that a report or document of a posting was received."),
                            fileHelp, reportFile, fileOptions, {QStringLiteral("confirmed")}));
    commands << writes(make(QStringLiteral("posting report"),
                            QStringLiteral("posting report POSTING KIND [--date D] [options]"),
                            Texts::tr("Same as 'report file'."), fileHelp, reportFile, fileOptions,
                            {QStringLiteral("confirmed")}));
    commands << reads(make(QStringLiteral("report list"), QStringLiteral("report list POSTING [--json]"),
                           Texts::tr("A posting's reports with their due dates."),
                           Texts::tr("POSTING is the row id or uuid."), reportList));
    commands << reads(make(
        QStringLiteral("report due"),
        QStringLiteral("report due [--days N] [--overdue] [--kind K] [--member M] [--home-unit U] [--json]"),
        Texts::tr("Reports not received that are overdue or due within N days (default 30), with days late."),
        Texts::tr("--overdue    only those past due\n--offset N --limit N   paging (default 0 and 200)\nThe "
                  "most overdue first. Reports of cancelled postings are never due."),
        reportDue,
        {QStringLiteral("days"), QStringLiteral("kind"), QStringLiteral("member"),
         QStringLiteral("home-unit"), QStringLiteral("offset"), QStringLiteral("limit")},
        {QStringLiteral("overdue")}));
    commands << writes(make(
        QStringLiteral("report add"),
        QStringLiteral("report add MEMBER KIND --event-date DATE [--date RECEIVED]"),
        Texts::tr("Record an annual rating or an event a member abroad reports (award, foreign membership, "
                  "marriage to a foreigner, change of nationality or residence)."),
        Texts::tr("The due date follows from the event date and the rules."), reportEvent,
        {QStringLiteral("event-date"), QStringLiteral("date")}));

    commands << writes(
        make(
            QStringLiteral("transfer issue"),
            QStringLiteral(
                "transfer issue MEMBER --committee CODE [--posting ID] [--kind temporary|official|labour_export] [--direction out|back] [--to UNIT] [--date D]"),
            Texts::tr("Issue a transfer letter, numbered in the committee's transfer register."),
            Texts::tr(
                "--to UNIT or --to-name TEXT   the receiving unit\n--dues-paid-to DATE   party dues paid up to "
                "(month)\n--notes TEXT\nWith --posting the letter is linked as the posting's letter out or "
                "back."),
            transferIssue,
            {QStringLiteral("committee"), QStringLiteral("posting"), QStringLiteral("kind"),
             QStringLiteral("direction"), QStringLiteral("to"), QStringLiteral("to-name"),
             QStringLiteral("date"), QStringLiteral("dues-paid-to"), QStringLiteral("notes")}),
        app::Where::HomeOnly);
    commands << reads(
        make(QStringLiteral("transfer register"),
             QStringLiteral("transfer register COMMITTEE [--year YYYY] [--json]"),
             Texts::tr("The committee's transfer register (10-SHĐ): every letter it issued, by number."),
             Texts::tr("Numbers restart at 1 each year."), transferRegister, {QStringLiteral("year")}));

    commands << reads(make(
        QStringLiteral("rules show"), QStringLiteral("rules show [--version N] [--json]"),
        Texts::tr(
            "Show the rules table in force (deadlines, thresholds, documents by purpose) with the source "
            "of each rule."),
        Texts::tr("Each rule shows its source, its basis (regulation, committee policy or not confirmed), a "
                  "note on what else the sources say, and its default when the register's value differs.\n"
                  "--version N shows an older version."),
        rulesShow, {QStringLiteral("version")}));
    commands << needs(
        make(
            QStringLiteral("rules set"),
            QStringLiteral("rules set KEY VALUE [--unit days|working_days] [--from DATE]"),
            Texts::tr("Change one rule as a new version of the table (administrators only)."),
            Texts::tr(
                "VALUE is a whole number, on/off for flags, or for documents.PURPOSE and papers_before.* (the "
                "papers a step looks for, and those it waits for) the document codes separated by commas (private_trip_application, relatives_commitment, pre_departure, "
                "return, self_review, cell_remarks) or none. --unit switches a deadline between days "
                "(calendar days) and working_days; VALUE may then be left out. --from DATE: in force from "
                "(default today). Deadlines and documents already set keep the version they were set up "
                "with."),
            rulesSet, {QStringLiteral("from"), QStringLiteral("unit")}),
        {Permission::EditRules}, app::Where::HomeOnly);
    commands << needs(
        make(QStringLiteral("rules holiday"), QStringLiteral("rules holiday DATE NAME"),
             Texts::tr(
                 "Add a holiday for deadlines in working days (Tết and bridge days are decided each year)."),
             Texts::tr("1 January, 30 April, 1 May and 2 September are known already."), holidayAdd),
        {Permission::EditRules}, app::Where::HomeOnly);
}

} // namespace orec::cli
