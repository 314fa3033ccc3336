#include "cli/register_output.h"

#include "app/interchange_format.h"
#include "core/country.h"
#include "storage/record_json.h"

#include <QCoreApplication>

namespace orec::cli {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::cli)
};

QJsonValue jsonDate(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString presenceCode(MemberPresence p)
{
    switch (p) {
    case MemberPresence::Any:
        return QStringLiteral("any");
    case MemberPresence::AtHome:
        return QStringLiteral("at_home");
    case MemberPresence::Abroad:
        return QStringLiteral("abroad");
    case MemberPresence::Overdue:
        return QStringLiteral("overdue");
    case MemberPresence::LostContact:
        return QStringLiteral("lost_contact");
    case MemberPresence::DidNotReturn:
        return QStringLiteral("did_not_return");
    }
    return {};
}

QString presenceText(const MemberRow& r)
{
    switch (r.presence) {
    case MemberPresence::AtHome:
    case MemberPresence::Any:
        return Texts::tr("at home");
    case MemberPresence::Abroad:
        return Texts::tr("abroad");
    case MemberPresence::Overdue:
        return Texts::tr("overdue %n day(s)", nullptr, r.daysOverdue);
    case MemberPresence::LostContact:
        return Texts::tr("lost contact");
    case MemberPresence::DidNotReturn:
        return Texts::tr("did not return");
    }
    return {};
}

QString cut(const QString& text, int width)
{
    if (text.size() <= width)
        return text.leftJustified(width);
    return text.left(width - 1) + QChar(0x2026);
}

} // namespace

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("-");
}

Result<QDate> dateOption(const CliContext& c, const QString& name)
{
    if (!c.hasOption(name))
        return QDate();
    auto d = app::parseInterchangeDate(c.option(name));
    if (!d)
        return Error(ErrorCode::Invalid, d.error().message, QStringLiteral("--") + name);
    if (!d->isValid())
        return Error(ErrorCode::Invalid, Texts::tr("--%1 needs a date.").arg(name));
    return *d;
}

Result<int> intOption(const CliContext& c, const QString& name, int fallback)
{
    if (!c.hasOption(name))
        return fallback;
    bool ok = false;
    const int value = c.option(name).trimmed().toInt(&ok);
    if (!ok)
        return Error(ErrorCode::Invalid, Texts::tr("--%1 needs a whole number.").arg(name));
    return value;
}

Error unknownValue(const QString& option, const QString& value, const QString& accepted)
{
    return Error(ErrorCode::Invalid,
                 Texts::tr("Unknown --%1 \"%2\"; use one of: %3.").arg(option, value, accepted));
}

QJsonObject toJson(const MemberRow& r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("uuid"), r.uuid},
                  {QStringLiteral("full_name"), r.fullName},
                  {QStringLiteral("gender"), codeName(r.gender)},
                  {QStringLiteral("date_of_birth"), jsonDate(r.dateOfBirth)},
                  {QStringLiteral("party_card_no"), r.partyCardNumber},
                  {QStringLiteral("citizen_id"), r.citizenId},
                  {QStringLiteral("admission_date"), jsonDate(r.admissionDate)},
                  {QStringLiteral("full_membership_date"), jsonDate(r.fullMembershipDate)},
                  {QStringLiteral("probationary"), r.isProbationary()},
                  {QStringLiteral("home_unit"), r.homeUnitCode},
                  {QStringLiteral("home_unit_name"), r.homeUnitName},
                  {QStringLiteral("presence"), presenceCode(r.presence)}};
    if (!r.earlierCardMatch.isEmpty())
        o.insert(QStringLiteral("earlier_card_match"), r.earlierCardMatch);
    if (r.postingId != 0) {
        o.insert(QStringLiteral("posting_id"), r.postingId);
        o.insert(QStringLiteral("posting_status"), codeName(r.postingStatus));
        o.insert(QStringLiteral("purpose"), codeName(r.purpose));
        o.insert(QStringLiteral("country"), r.countryCode);
        o.insert(QStringLiteral("city"), r.city);
        o.insert(QStringLiteral("cell"), r.cellCode);
        o.insert(QStringLiteral("cell_name"), r.cellName);
        o.insert(QStringLiteral("cell_type"), r.cellType ? QJsonValue(codeName(*r.cellType)) : QJsonValue());
        o.insert(QStringLiteral("departure_date"), jsonDate(r.departure));
        o.insert(QStringLiteral("planned_return"), jsonDate(r.plannedReturn));
        o.insert(QStringLiteral("days_overdue"), r.daysOverdue);
    }
    if (r.matchRank != MatchRank::None) {
        static const char* ranks[] = {"exact", "prefix", "given_name", "word", "contains"};
        o.insert(QStringLiteral("match"), QString::fromLatin1(ranks[static_cast<int>(r.matchRank)]));
    }
    return o;
}

QJsonObject toJson(const ReportDueRow& r)
{
    return {{QStringLiteral("report_id"), r.reportId},
            {QStringLiteral("report_uuid"), r.reportUuid},
            {QStringLiteral("kind"), codeName(r.kind)},
            {QStringLiteral("due_date"), jsonDate(r.dueDate)},
            {QStringLiteral("days_late"), r.daysLate},
            {QStringLiteral("rule_set_version"), r.ruleSetVersion},
            {QStringLiteral("member_id"), r.memberId},
            {QStringLiteral("member_name"), r.memberName},
            {QStringLiteral("party_card_no"), r.partyCardNumber},
            {QStringLiteral("posting_id"), r.postingId != 0 ? QJsonValue(r.postingId) : QJsonValue()},
            {QStringLiteral("posting_status"),
             r.postingId != 0 ? QJsonValue(codeName(r.postingStatus)) : QJsonValue()},
            {QStringLiteral("country"), r.countryCode}};
}

QJsonObject toJson(const RegisterStatistics& s)
{
    QJsonArray byCountry;
    for (const CountryCellTypeCount& c : s.byCountryAndCellType)
        byCountry.append(QJsonObject{
            {QStringLiteral("country"), c.countryCode},
            {QStringLiteral("cell_type"), c.cellType ? QJsonValue(codeName(*c.cellType)) : QJsonValue()},
            {QStringLiteral("postings"), c.postings},
            {QStringLiteral("members"), c.members}});
    QJsonArray byPurpose;
    for (const PurposeCount& p : s.byPurpose)
        byPurpose.append(QJsonObject{{QStringLiteral("purpose"), codeName(p.purpose)},
                                     {QStringLiteral("postings"), p.postings},
                                     {QStringLiteral("members"), p.members},
                                     {QStringLiteral("departures"), p.departures},
                                     {QStringLiteral("returns"), p.returns}});
    return {{QStringLiteral("from"), jsonDate(s.from)},
            {QStringLiteral("to"), jsonDate(s.to)},
            {QStringLiteral("postings"), s.postings},
            {QStringLiteral("members"), s.members},
            {QStringLiteral("departures"), s.departures},
            {QStringLiteral("returns"), s.returns},
            {QStringLiteral("unapproved_departures"), s.unapprovedDepartures},
            {QStringLiteral("by_country_and_cell_type"), byCountry},
            {QStringLiteral("by_purpose"), byPurpose}};
}

QJsonObject toJson(const ProbationRow& r)
{
    return {{QStringLiteral("member_id"), r.memberId},
            {QStringLiteral("full_name"), r.fullName},
            {QStringLiteral("admission_date"), jsonDate(r.admissionDate)},
            {QStringLiteral("probation_end"), jsonDate(r.probationEnd)},
            {QStringLiteral("days_left"), r.daysLeft},
            {QStringLiteral("home_unit_name"), r.homeUnitName},
            {QStringLiteral("posting_id"), r.postingId != 0 ? QJsonValue(r.postingId) : QJsonValue()},
            {QStringLiteral("country"), r.countryCode},
            {QStringLiteral("decision"), codeName(r.decision)}};
}

QJsonObject toJson(const UnapprovedDepartureRow& r)
{
    return {{QStringLiteral("posting_id"), r.postingId},
            {QStringLiteral("posting_uuid"), r.postingUuid},
            {QStringLiteral("member_id"), r.memberId},
            {QStringLiteral("full_name"), r.fullName},
            {QStringLiteral("party_card_no"), r.partyCardNumber},
            {QStringLiteral("purpose"), codeName(r.purpose)},
            {QStringLiteral("country"), r.countryCode},
            {QStringLiteral("departure_date"), jsonDate(r.departure)},
            {QStringLiteral("return_date"), jsonDate(r.returnDate)},
            {QStringLiteral("approval_date"), jsonDate(r.approvalDate)},
            {QStringLiteral("status"), codeName(r.status)}};
}

QJsonObject toJson(const MemberHistory& h)
{
    QJsonArray postings;
    for (const PostingHistory& ph : h.postings) {
        QJsonObject p = orec::toJson(ph.posting);
        p.insert(QStringLiteral("cell_name"), ph.cellName);
        p.insert(QStringLiteral("approving_committee_name"), ph.approvingCommitteeName);
        QJsonArray reports;
        for (const Report& r : ph.reports)
            reports.append(orec::toJson(r));
        p.insert(QStringLiteral("reports"), reports);
        QJsonArray transfers;
        for (const Transfer& t : ph.transfers)
            transfers.append(orec::toJson(t));
        p.insert(QStringLiteral("transfers"), transfers);
        postings.append(p);
    }
    QJsonArray own;
    for (const Report& r : h.memberReports)
        own.append(orec::toJson(r));
    QJsonArray letters;
    for (const Transfer& t : h.otherTransfers)
        letters.append(orec::toJson(t));
    QJsonArray changes;
    for (const AuditEntry& e : h.recordChanges)
        changes.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("user"), e.user},
                                   {QStringLiteral("action"), e.action}});
    QJsonObject member = orec::toJson(h.member);
    member.insert(QStringLiteral("home_unit_name"), h.homeUnitName);
    return {{QStringLiteral("member"), member},
            {QStringLiteral("postings"), postings},
            {QStringLiteral("member_reports"), own},
            {QStringLiteral("other_transfers"), letters},
            {QStringLiteral("record_changes"), changes}};
}

QJsonObject toJson(const app::ImportReport& r)
{
    const auto list = [](const QList<app::ImportProblem>& items) {
        QJsonArray array;
        for (const app::ImportProblem& p : items)
            array.append(QJsonObject{{QStringLiteral("line"), p.line},
                                     {QStringLiteral("column"), p.column},
                                     {QStringLiteral("reason"), p.reason}});
        return array;
    };
    const QJsonArray problems = list(r.problems);
    return {{QStringLiteral("table"), app::interchangeTableName(r.table)},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("valid"), r.valid},
            {QStringLiteral("imported"), r.imported},
            {QStringLiteral("rejected"), r.rejected},
            {QStringLiteral("dry_run"), r.dryRun},
            {QStringLiteral("rejects_file"), r.rejectsPath},
            {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(r.ignoredColumns)},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("warnings"), list(r.warnings)},
            {QStringLiteral("secretaries_set"), r.secretariesSet},
            {QStringLiteral("header_line"), r.headerLine},
            {QStringLiteral("section_lines"),
             [&r] {
                 QJsonArray lines;
                 for (const int line : r.sectionLines)
                     lines.append(line);
                 return lines;
             }()},
            {QStringLiteral("changes"),
             [&r] {
                 QJsonArray changes;
                 for (const app::ImportChange& ch : r.changes)
                     changes.append(QJsonObject{{QStringLiteral("line"), ch.line},
                                                {QStringLiteral("column"), ch.column},
                                                {QStringLiteral("original"), ch.original},
                                                {QStringLiteral("value"), ch.value},
                                                {QStringLiteral("reason"), ch.reason}});
                 return changes;
             }()},
            {QStringLiteral("card_changes"), r.cardChanges}};
}

QJsonObject toJson(const app::DemoSummary& s)
{
    QJsonObject statuses;
    for (auto it = s.postingsByStatus.begin(); it != s.postingsByStatus.end(); ++it)
        statuses.insert(codeName(it.key()), it.value());
    return {{QStringLiteral("committees"), s.committees},
            {QStringLiteral("home_cells"), s.homeCells},
            {QStringLiteral("overseas_cells"), s.overseasCells},
            {QStringLiteral("members"), s.members},
            {QStringLiteral("probationary"), s.probationary},
            {QStringLiteral("postings"), s.postings},
            {QStringLiteral("postings_by_status"), statuses},
            {QStringLiteral("reports"), s.reports},
            {QStringLiteral("reports_overdue"), s.reportsOverdue},
            {QStringLiteral("transfers"), s.transfers},
            {QStringLiteral("overdue_to_return"), s.overdueToReturn},
            {QStringLiteral("unapproved_departures"), s.unapprovedDepartures},
            {QStringLiteral("milliseconds"), s.milliseconds},
            {QStringLiteral("cpu_milliseconds"), s.cpuMilliseconds}};
}

QJsonObject toJson(const app::RegisterSummary& s)
{
    return {{QStringLiteral("members"), s.members},
            {QStringLiteral("abroad"), s.abroad},
            {QStringLiteral("overdue"), s.overdue},
            {QStringLiteral("lost_contact"), s.lostContact},
            {QStringLiteral("reports_overdue"), s.reportsOverdue},
            {QStringLiteral("reports_due_soon"), s.reportsDueSoon},
            {QStringLiteral("probation_ending_soon"), s.probationEndingSoon},
            {QStringLiteral("unapproved_departures"), s.unapprovedDepartures}};
}

void printMemberRows(CliContext& c, const QList<MemberRow>& rows)
{
    QTextStream& out = c.out();
    for (const MemberRow& r : rows) {
        out << QString::number(r.id).rightJustified(7) << "  " << cut(r.fullName, 28) << " "
            << (r.partyCardNumber.isEmpty()
                    ? (r.isProbationary() ? Texts::tr("probationary") : QStringLiteral("-"))
                    : r.partyCardNumber)
                   .leftJustified(12)
            << " " << cut(r.homeUnitName, 26) << " " << presenceText(r);
        if (r.postingId != 0) {
            out << "  " << r.countryCode;
            if (!r.city.isEmpty())
                out << " " << r.city;
            if (!r.cellName.isEmpty())
                out << " — " << r.cellName;
            out << "  " << Texts::tr("return %1").arg(dateText(r.plannedReturn));
        }
        if (!r.earlierCardMatch.isEmpty())
            out << "  " << Texts::tr("(found by the earlier card number %1)").arg(r.earlierCardMatch);
        out << "\n";
    }
    out.flush();
}

void printReportsDue(CliContext& c, const QList<ReportDueRow>& rows)
{
    QTextStream& out = c.out();
    for (const ReportDueRow& r : rows) {
        const QString when = r.daysLate > 0
                                 ? Texts::tr("%n day(s) late", nullptr, r.daysLate)
                                 : (r.daysLate == 0 ? Texts::tr("due today")
                                                    : Texts::tr("in %n day(s)", nullptr, -r.daysLate));
        out << dateText(r.dueDate) << "  " << when.leftJustified(16) << " " << cut(displayName(r.kind), 26)
            << " " << cut(r.memberName, 28) << " " << r.partyCardNumber.leftJustified(10);
        if (r.postingId != 0)
            out << "  " << Texts::tr("posting %1").arg(r.postingId) << " " << r.countryCode;
        out << "\n";
    }
    out.flush();
}

void printStatistics(CliContext& c, const RegisterStatistics& s)
{
    QTextStream& out = c.out();
    out << Texts::tr(
               "Postings abroad between %1 and %2: %3 (%4 members); %5 departures, %6 returns, %7 without approval.")
               .arg(dateText(s.from), dateText(s.to))
               .arg(s.postings)
               .arg(s.members)
               .arg(s.departures)
               .arg(s.returns)
               .arg(s.unapprovedDepartures)
        << "\n\n"
        << Texts::tr("By country and cell type:") << "\n";
    for (const CountryCellTypeCount& row : s.byCountryAndCellType) {
        const auto country = countryByCode(row.countryCode);
        out << "  " << row.countryCode << " " << cut(country ? country->vietnameseName : QString(), 22) << " "
            << cut(row.cellType ? displayName(*row.cellType) : Texts::tr("(no overseas cell)"), 24) << " "
            << QString::number(row.postings).rightJustified(7) << " "
            << QString::number(row.members).rightJustified(7) << "\n";
    }
    out << "\n" << Texts::tr("By purpose:") << "\n";
    for (const PurposeCount& p : s.byPurpose)
        out << "  " << cut(displayName(p.purpose), 28) << " " << QString::number(p.postings).rightJustified(7)
            << " " << QString::number(p.members).rightJustified(7) << "  "
            << Texts::tr("departures %1, returns %2").arg(p.departures).arg(p.returns) << "\n";
    out.flush();
}

void printProbation(CliContext& c, const QList<ProbationRow>& rows)
{
    QTextStream& out = c.out();
    for (const ProbationRow& r : rows) {
        out << dateText(r.probationEnd) << "  "
            << (r.daysLeft < 0 ? Texts::tr("ended %n day(s) ago", nullptr, -r.daysLeft)
                               : Texts::tr("in %n day(s)", nullptr, r.daysLeft))
                   .leftJustified(18)
            << " " << QString::number(r.memberId).rightJustified(7) << "  " << cut(r.fullName, 28) << " "
            << cut(r.homeUnitName, 26);
        if (r.postingId != 0)
            out << "  "
                << Texts::tr("abroad in %1, decision: %2").arg(r.countryCode, displayName(r.decision));
        out << "\n";
    }
    out.flush();
}

void printUnapproved(CliContext& c, const QList<UnapprovedDepartureRow>& rows)
{
    QTextStream& out = c.out();
    for (const UnapprovedDepartureRow& r : rows)
        out << dateText(r.departure) << "  " << Texts::tr("posting %1").arg(r.postingId).leftJustified(14)
            << " " << cut(r.fullName, 28) << " " << r.partyCardNumber.leftJustified(10) << " "
            << r.countryCode << "  " << displayName(r.purpose) << "  " << displayName(r.status) << "\n";
    out.flush();
}

void printPosting(CliContext& c, const Posting& p, const QList<Report>& reports)
{
    QTextStream& out = c.out();
    out << Texts::tr("Posting %1 (%2)").arg(p.id).arg(p.uuid) << "\n"
        << "  " << Texts::tr("Status: %1").arg(displayName(p.status))
        << (p.departedWithoutApproval ? QStringLiteral("  ") + Texts::tr("[DEPARTED WITHOUT APPROVAL]")
                                      : QString())
        << "\n"
        << "  " << Texts::tr("Purpose: %1").arg(displayName(p.purpose)) << "\n"
        << "  " << Texts::tr("Countries: %1  City: %2").arg(p.countryCodes.join(QStringLiteral(", ")), p.city)
        << "\n"
        << "  "
        << Texts::tr("Planned: %1 – %2  Actual: %3 – %4")
               .arg(dateText(p.plannedDeparture), dateText(p.effectivePlannedReturn()),
                    dateText(p.actualDeparture), dateText(p.actualReturn))
        << "\n"
        << "  "
        << Texts::tr("Decision: %1 of %2 (%3)")
               .arg(p.decisionNumber, dateText(p.decisionDate), p.decisionBody)
        << "\n"
        << "  " << Texts::tr("Arrangement: %1").arg(displayName(p.arrangement)) << "\n"
        << "  " << Texts::tr("Attendance: %1 (%2)").arg(displayName(p.attendance), codeName(p.attendance))
        << "\n";
    for (const Extension& e : p.extensions)
        out << "  "
            << Texts::tr("Extended to %1 by %2 of %3")
                   .arg(dateText(e.newPlannedReturn), e.decisionNumber, dateText(e.decisionDate))
            << "\n";
    if (p.probationEndDate.isValid())
        out << "  "
            << Texts::tr("Probation ends %1; decision: %2")
                   .arg(dateText(p.probationEndDate), displayName(p.probationDecision))
            << "\n";
    for (const Report& r : reports)
        out << "    " << cut(displayName(r.kind), 30) << " "
            << Texts::tr("due %1").arg(dateText(r.dueDate)).leftJustified(16) << " "
            << (r.isReceived() ? Texts::tr("received %1").arg(dateText(r.receivedDate))
                               : displayName(r.stateOn(c.databaseOptions.clock->today())))
            << "\n";
    out.flush();
}

void printUnit(CliContext& c, const PartyUnit& u)
{
    QTextStream& out = c.out();
    out << u.code.leftJustified(22) << " " << cut(u.name, 44) << " " << displayName(u.kind);
    if (u.kind == UnitKind::Committee)
        out << " (" << displayName(u.level) << ")";
    if (u.overseas)
        out << "  " << (u.cellType ? displayName(*u.cellType) : Texts::tr("abroad")) << " " << u.countryCode
            << " " << u.city;
    if (!u.active)
        out << "  " << Texts::tr("(inactive)");
    out << "\n";
    out.flush();
}

void printHistory(CliContext& c, const MemberHistory& h)
{
    QTextStream& out = c.out();
    const Member& m = h.member;
    out << m.fullName << "  (" << Texts::tr("id %1").arg(m.id) << ", " << m.uuid << ")\n"
        << "  "
        << Texts::tr("Born %1 in %2; %3").arg(dateText(m.dateOfBirth), m.hometown, displayName(m.gender))
        << "\n"
        << "  "
        << Texts::tr("Citizen ID %1; party card %2; dossier %3")
               .arg(m.citizenId.isEmpty() ? QStringLiteral("-") : m.citizenId,
                    m.partyCardNumber.isEmpty() ? QStringLiteral("-") : m.partyCardNumber,
                    m.dossierNumber.isEmpty() ? QStringLiteral("-") : m.dossierNumber)
        << "\n"
        << "  "
        << Texts::tr("Admitted %1; full member %2")
               .arg(dateText(m.admissionDate), dateText(m.fullMembershipDate))
        << "\n"
        << "  " << Texts::tr("Home unit: %1").arg(h.homeUnitName) << "\n";
    if (!m.position.isEmpty() || !m.workplace.isEmpty())
        out << "  " << m.position << (m.workplace.isEmpty() ? QString() : QStringLiteral(", ") + m.workplace)
            << "\n";
    if (m.underDisciplinaryReview)
        out << "  " << Texts::tr("UNDER DISCIPLINARY REVIEW") << "\n";
    out << "\n" << Texts::tr("Postings (%1):").arg(h.postings.size()) << "\n";
    for (const PostingHistory& ph : h.postings) {
        printPosting(c, ph.posting, ph.reports);
        for (const Transfer& t : ph.transfers)
            out << "    "
                << Texts::tr("Transfer letter %1 (%2, %3) issued %4 to %5")
                       .arg(t.registerNumber.toString(), displayName(t.kind), displayName(t.direction),
                            dateText(t.issueDate), t.receivingUnitName)
                << "\n";
    }
    if (!h.memberReports.isEmpty()) {
        out << "\n" << Texts::tr("Other reports:") << "\n";
        for (const Report& r : h.memberReports)
            out << "  " << displayName(r.kind) << "  " << dateText(r.eventDate) << "  "
                << (r.isReceived() ? Texts::tr("received %1").arg(dateText(r.receivedDate))
                                   : Texts::tr("due %1").arg(dateText(r.dueDate)))
                << "\n";
    }
    out << "\n" << Texts::tr("Changes to the record: %1").arg(h.recordChanges.size()) << "\n";
    out.flush();
}

void printImportReport(CliContext& c, const app::ImportReport& r)
{
    QTextStream& out = r.complete() ? c.out() : c.err();
    for (const app::ImportProblem& p : r.problems) {
        out << Texts::tr("line %1").arg(p.line);
        if (!p.column.isEmpty())
            out << ", " << Texts::tr("column %1").arg(p.column);
        out << ": " << p.reason << "\n";
    }
    for (const app::ImportProblem& w : r.warnings)
        c.err() << Texts::tr("line %1").arg(w.line) << ", " << Texts::tr("column %1").arg(w.column) << ": "
                << w.reason << "\n";
    if (r.headerFound)
        c.err()
            << Texts::tr("Column titles taken from line %1 (the lines above are titles).").arg(r.headerLine)
            << "\n";
    // A sheet typed with dots in every card number changes every row: the first ones show the kind.
    constexpr qsizetype kChangesShown = 100;
    for (qsizetype i = 0; i < r.changes.size() && i < kChangesShown; ++i) {
        const app::ImportChange& ch = r.changes.at(i);
        c.err() << Texts::tr("line %1").arg(ch.line) << ", " << Texts::tr("column %1").arg(ch.column) << ": "
                << app::importChangeText(ch) << "\n";
    }
    if (r.changes.size() > kChangesShown)
        c.err() << Texts::tr("… and %1 more; --json lists them all.").arg(r.changes.size() - kChangesShown)
                << "\n";
    if (!r.ignoredColumns.isEmpty())
        c.err() << Texts::tr("Columns not in the format, ignored: %1")
                       .arg(r.ignoredColumns.join(QStringLiteral(", ")))
                << "\n";
    QTextStream& summary = c.out();
    if (r.dryRun)
        summary << Texts::tr("Checked %1 row(s): %2 valid, %3 with problems; nothing was written (dry run).")
                       .arg(r.rows)
                       .arg(r.valid)
                       .arg(r.rejected)
                << "\n";
    else if (r.imported > 0 || r.complete())
        summary
            << Texts::tr("Imported %1 of %2 row(s); %3 rejected.").arg(r.imported).arg(r.rows).arg(r.rejected)
            << "\n";
    else
        c.err()
            << Texts::tr(
                   "Nothing was imported: %n problem(s) in the file. Correct them, or import the valid rows "
                   "with --skip-invalid.",
                   nullptr, static_cast<int>(r.problems.size()))
            << "\n";
    if (r.secretariesSet > 0)
        summary << Texts::tr("%1 cell(s) imported earlier now have their secretary.").arg(r.secretariesSet)
                << "\n";
    if (!r.changes.isEmpty())
        summary << Texts::tr("%n value(s) read otherwise than written (listed above).", nullptr,
                             static_cast<int>(r.changes.size()))
                << "\n";
    if (r.cardChanges > 0)
        summary << Texts::tr("%n member(s) got a new party card number; the earlier ones are kept.", nullptr,
                             r.cardChanges)
                << "\n";
    if (!r.rejectsPath.isEmpty())
        summary << Texts::tr("Rejected rows with their reasons: %1").arg(r.rejectsPath) << "\n";
    c.out().flush();
    c.err().flush();
}

} // namespace orec::cli
