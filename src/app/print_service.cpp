#include "app/print_service.h"

#include "core/result_try.h"
#include "reports/csv_writer.h"
#include "reports/document_renderer.h"
#include "reports/fixed_form.h"
#include "reports/page_layouter.h"
#include "reports/reminder_letters.h"
#include "reports/xlsx_table_writer.h"
#include "storage/document_register_repository.h"
#include "storage/member_query.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/register_queries.h"
#include "storage/transfer_repository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace orec::app {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};

struct KindName
{
    PrintKind kind;
    const char* name;
};

constexpr KindName kKindNames[] = {
    {PrintKind::Abroad, "abroad"},
    {PrintKind::Movements, "movements"},
    {PrintKind::ReportsDue, "reports-due"},
    {PrintKind::MemberRecord, "member"},
    {PrintKind::Statistics, "statistics"},
    {PrintKind::TemporaryTransfer, "2-shd"},
    {PrintKind::OverseasPostingSlip, "3a-shd"},
    {PrintKind::TransferredAbroadList, "3c-shd"},
    {PrintKind::TransferRegister, "10-shd"},
    {PrintKind::Reminders, "reminders"},
    {PrintKind::Calibration, "calibration"},
};

constexpr int kPage = 2000;

} // namespace

std::optional<PrintKind> PrintService::kindFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (const KindName& k : kKindNames) {
        if (n == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QStringList PrintService::kindNames()
{
    QStringList names;
    for (const KindName& k : kKindNames)
        names << QString::fromLatin1(k.name);
    return names;
}

QDate PrintService::today() const
{
    return m_session.clock().today();
}

Result<QString> PrintService::unitName(qint64 unitId)
{
    if (unitId == 0)
        return QString();
    auto unit = PartyUnitRepository(m_session.database()).get(unitId);
    if (!unit)
        return unit.error();
    return unit->name;
}

Result<qint64> PrintService::defaultCommittee()
{
    PartyUnitFilter filter;
    filter.overseas = false;
    filter.kind = UnitKind::Committee;
    auto units = PartyUnitRepository(m_session.database()).list(filter);
    if (!units)
        return units.error();
    for (const PartyUnit& u : *units) {
        if (u.parentId == 0)
            return u.id;
    }
    return units->isEmpty() ? qint64(0) : units->first().id;
}

Status PrintService::completeIssuer(reports::DocumentIssuer& issuer, qint64 committeeId)
{
    if (!issuer.date.isValid())
        issuer.date = today();
    if (!issuer.issuingUnit.isEmpty())
        return okStatus();
    auto top = defaultCommittee();
    if (!top)
        return top.error();
    if (committeeId == 0)
        committeeId = *top;
    if (committeeId == *top) {
        // The register's own committee as the settings name it; what they leave empty comes from its unit.
        auto identity = SettingsRepository(m_session.database()).committeeIdentity();
        if (!identity)
            return identity.error();
        if (issuer.superiorUnit.isEmpty())
            issuer.superiorUnit = identity->superiorUnit;
        issuer.issuingUnit = identity->issuingUnit;
        if (issuer.place.isEmpty())
            issuer.place = identity->place;
        if (issuer.signature.onBehalf.isEmpty() && issuer.signature.position.isEmpty()) {
            issuer.signature.onBehalf = identity->signerOnBehalf;
            issuer.signature.position = identity->signerPosition;
        }
        if (issuer.signature.name.isEmpty())
            issuer.signature.name = identity->signerName;
    }
    if (issuer.place.isEmpty())
        issuer.place = QStringLiteral("Hà Nội");
    if (committeeId == 0)
        return okStatus();
    PartyUnitRepository units(m_session.database());
    auto unit = units.get(committeeId);
    if (!unit)
        return unit.error();
    if (issuer.issuingUnit.isEmpty())
        issuer.issuingUnit = unit->name;
    if (issuer.superiorUnit.isEmpty() && unit->parentId != 0) {
        auto parent = units.get(unit->parentId);
        if (parent)
            issuer.superiorUnit = parent->name;
    }
    if (issuer.signature.onBehalf.isEmpty() && issuer.signature.position.isEmpty()) {
        // "T/M ĐẢNG ỦY" for a grassroots committee, "T/M CHI ỦY" for a cell: the collective that signs.
        // By the committee's level: "T/M BAN THƯỜNG VỤ" above the grassroots.
        issuer.signature.onBehalf = reports::onBehalfOf(unit->level);
        issuer.signature.position = Texts::tr("BÍ THƯ");
    }
    return okStatus();
}

Result<QList<reports::MovementRow>> PrintService::movements(const QDate& from, const QDate& to, bool returns)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    RegisterQueries queries(m_session.database());
    auto found = returns ? queries.returnsIn(from, to) : queries.departuresIn(from, to);
    if (!found)
        return found.error();
    QList<reports::MovementRow> rows;
    rows.reserve(found->size());
    for (const PostingMovementRow& p : *found) {
        reports::MovementRow r;
        r.fullName = p.fullName;
        r.partyCardNumber = p.partyCardNumber;
        r.homeUnitName = p.homeUnitName;
        r.countryCodes = p.countryCodes;
        r.purpose = p.purpose;
        r.decisionNumber = p.decisionNumber;
        r.departure = p.departure;
        r.plannedReturn = p.plannedReturn;
        r.actualReturn = p.actualReturn;
        rows.append(r);
    }
    return rows;
}

Result<qint64> PrintService::memberId(const QString& key)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    MemberRepository members(m_session.database());
    auto byCard = members.findByPartyCard(key);
    if (!byCard)
        return byCard.error();
    if (*byCard)
        return (*byCard)->id;
    auto byId = members.findByCitizenId(key);
    if (!byId)
        return byId.error();
    if (*byId)
        return (*byId)->id;
    bool isNumber = false;
    const qint64 rowId = key.toLongLong(&isNumber);
    if (isNumber && members.get(rowId).ok())
        return rowId;
    return Error(ErrorCode::NotFound,
                 Texts::tr("No member has the party card number or citizen ID %1.").arg(key));
}

Result<qint64> PrintService::unitId(const QString& key)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    auto unit = PartyUnitRepository(m_session.database()).findByCodeOrName(key);
    if (!unit)
        return unit.error();
    if (!*unit)
        return Error(ErrorCode::NotFound, Texts::tr("No party unit has the code or name %1.").arg(key));
    return (*unit)->id;
}

Result<reports::TransferFormData> PrintService::formData(qint64 transferId)
{
    Database& db = m_session.database();
    auto transfer = TransferRepository(db).get(transferId);
    if (!transfer)
        return transfer.error();
    reports::TransferFormData d;
    d.transfer = *transfer;
    auto member = MemberRepository(db).get(transfer->memberId);
    if (!member)
        return member.error();
    d.member = *member;
    if (transfer->postingId != 0) {
        auto posting = PostingRepository(db).get(transfer->postingId);
        if (posting)
            d.posting = *posting;
    }
    PartyUnitRepository units(db);
    if (member->homeUnitId != 0) {
        if (auto home = units.get(member->homeUnitId)) {
            d.homeUnitName = home->name;
            if (home->parentId != 0) {
                if (auto committee = units.get(home->parentId))
                    d.homeCommitteeName = committee->name;
            }
        }
    }
    if (auto issuing = units.get(transfer->issuingCommitteeId))
        d.issuingUnitName = issuing->name;
    if (transfer->receivingUnitId != 0) {
        if (auto receiving = units.get(transfer->receivingUnitId)) {
            if (transfer->receivingUnitName.isEmpty())
                d.receivingUnitName = receiving->name;
            d.receivingIsCell = receiving->kind != UnitKind::Committee;
            // The Party organisation of the country: the first overseas committee above (or at) the unit.
            for (std::optional<PartyUnit> at = *receiving; at;) {
                if (at->kind == UnitKind::Committee && at->overseas && !at->countryCode.isEmpty()) {
                    d.hostCommitteeName = at->name;
                    break;
                }
                if (at->parentId == 0)
                    break;
                auto parent = units.get(at->parentId);
                at = parent ? std::optional<PartyUnit>(*parent) : std::nullopt;
            }
        }
    }
    if (d.posting && !d.posting->decisionNumber.isEmpty())
        d.enclosures << Texts::tr("Quyết định cử đi số %1 (bản sao)").arg(d.posting->decisionNumber);
    OREC_TRY(fillChain(d));
    return d;
}

Status PrintService::fillChain(reports::TransferFormData& d)
{
    // The issuing committee signs first; the letter then goes up its tree to the committee it shares with
    // the receiving unit (or to the top) and down the receiving unit's tree to the committee directly
    // above it, each committee signing its own "KÍNH CHUYỂN" box.
    PartyUnitRepository units(m_session.database());
    const auto pathUp = [&](qint64 id) -> Result<QList<PartyUnit>> {
        QList<PartyUnit> path;
        QSet<qint64> seen;
        while (id != 0 && !seen.contains(id)) {
            seen.insert(id);
            OREC_TRY_ASSIGN(PartyUnit unit, units.get(id));
            path.append(unit);
            id = unit.parentId;
        }
        return path;
    };
    OREC_TRY_ASSIGN(const QList<PartyUnit> up, pathUp(d.transfer.issuingCommitteeId));
    QList<PartyUnit> down;
    if (d.transfer.receivingUnitId != 0) {
        OREC_TRY_ASSIGN(down, pathUp(d.transfer.receivingUnitId));
        if (!down.isEmpty())
            down.removeFirst(); // the receiving unit is the addressee, not a step
    }
    QSet<qint64> downIds;
    for (const PartyUnit& u : down)
        downIds.insert(u.id);
    QList<PartyUnit> chain;
    qint64 meeting = 0;
    for (const PartyUnit& u : up) {
        if (u.kind == UnitKind::Committee)
            chain.append(u);
        if (downIds.contains(u.id)) {
            meeting = u.id;
            break;
        }
        if (d.transfer.receivingUnitId == 0)
            break; // nowhere known to go: the issuer alone; the clerk writes the rest
    }
    QList<PartyUnit> descent;
    for (const PartyUnit& u : down) {
        if (u.id == meeting)
            break;
        descent.prepend(u);
    }
    for (const PartyUnit& u : descent) {
        if (u.kind == UnitKind::Committee && u.id != d.transfer.issuingCommitteeId)
            chain.append(u);
    }
    for (const PartyUnit& u : chain)
        d.forwarding.append(reports::ForwardingStep{u.name, u.level});
    return okStatus();
}

Result<QList<reports::TransferFormData>> PrintService::registerData(qint64 committeeId, int year)
{
    auto letters = TransferRepository(m_session.database()).registerOf(committeeId, year);
    if (!letters)
        return letters.error();
    QList<reports::TransferFormData> data;
    for (const Transfer& t : *letters) {
        auto d = formData(t.id);
        if (!d)
            return d.error();
        data.append(*d);
    }
    return data;
}

namespace {

// What a cell secretary's laptop prints: its members' records, the reports due, and who is abroad by
// country and cell (what its Print menu offers). The rest (the register's movements and statistics,
// the transfer letters and their lists, issued at home) is home's.
bool printedInTheField(const PrintRequest& request)
{
    return request.kind == PrintKind::MemberRecord || request.kind == PrintKind::ReportsDue ||
           request.kind == PrintKind::ScreenList || // only what the laptop's own screen shows
           (request.kind == PrintKind::Abroad && request.grouping == reports::AbroadGrouping::CountryAndCell);
}

} // namespace

Status PrintService::mayPrint(const PrintRequest& request)
{
    return m_session.require(Permission::ReadRecords,
                             printedInTheField(request) ? Where::Anywhere : Where::HomeOnly);
}

Result<reports::PartyDocument> PrintService::document(const PrintRequest& request)
{
    OREC_TRY(mayPrint(request));
    Database& db = m_session.database();
    const QDate asOf = request.asOf.isValid() ? request.asOf : today();
    reports::DocumentIssuer issuer = request.issuer;
    // The transfer forms are the letters as issued, with their transfer register number: never drafts.
    issuer.draft = request.draft && kindSymbol(request.kind).has_value();
    const auto needPeriod = [&]() -> Status {
        if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
            return Error(ErrorCode::Usage,
                         Texts::tr("Say the period: a start date on or before the end date."));
        return okStatus();
    };

    switch (request.kind) {
    case PrintKind::Abroad: {
        OREC_TRY(completeIssuer(issuer, 0));
        MemberFilter filter = request.filter;
        filter.presence = MemberPresence::Abroad;
        filter.today = asOf;
        MemberQuery query(db);
        QList<MemberRow> rows;
        for (qint64 offset = 0;; offset += kPage) {
            auto page = query.page(filter, MemberSort{MemberSortKey::Name, false}, offset, kPage);
            if (!page)
                return page.error();
            rows += *page;
            if (page->size() < kPage)
                break;
        }
        return reports::abroadDocument(issuer, rows, request.grouping, asOf);
    }
    case PrintKind::Movements: {
        OREC_TRY(needPeriod());
        OREC_TRY(completeIssuer(issuer, 0));
        auto departures = movements(request.from, request.to, false);
        if (!departures)
            return departures.error();
        auto returns = movements(request.from, request.to, true);
        if (!returns)
            return returns.error();
        return reports::movementsDocument(issuer, *departures, *returns, request.from, request.to);
    }
    case PrintKind::ReportsDue: {
        OREC_TRY(completeIssuer(issuer, 0));
        ReportDueFilter filter;
        if (request.dueFilter) {
            filter = *request.dueFilter;
        } else {
            filter.withinDays = request.withinDays;
            filter.includeOverdue = true;
        }
        filter.today = asOf;
        RegisterQueries queries(db);
        QList<ReportDueRow> rows;
        for (qint64 offset = 0;; offset += kPage) {
            auto page = queries.reportsDue(filter, offset, kPage);
            if (!page)
                return page.error();
            rows += *page;
            if (page->size() < kPage)
                break;
        }
        return reports::reportsDueDocument(issuer, rows, asOf, filter);
    }
    case PrintKind::ScreenList: {
        if (request.title.isEmpty() || request.table.columns.isEmpty())
            return Error(ErrorCode::Usage, Texts::tr("Say which list to print."));
        OREC_TRY(completeIssuer(issuer, 0));
        return reports::screenListDocument(issuer, request.table, request.title, request.subtitles,
                                           request.titleNotes);
    }
    case PrintKind::MemberRecord: {
        if (request.memberId == 0)
            return Error(ErrorCode::Usage, Texts::tr("Say which member."));
        auto history = RegisterQueries(db).memberHistory(request.memberId);
        if (!history)
            return history.error();
        // The record goes out under the committee the member's home cell belongs to.
        qint64 committee = 0;
        PartyUnitRepository units(db);
        for (qint64 at = history->member.homeUnitId; at != 0 && committee == 0;) {
            auto unit = units.get(at);
            if (!unit)
                break;
            if (unit->kind == UnitKind::Committee)
                committee = unit->id;
            at = unit->parentId;
        }
        OREC_TRY(completeIssuer(issuer, committee));
        return reports::memberRecordDocument(issuer, *history, asOf);
    }
    case PrintKind::Statistics: {
        OREC_TRY(needPeriod());
        OREC_TRY(completeIssuer(issuer, 0));
        RegisterQueries queries(db);
        auto statistics = queries.statistics(request.from, request.to);
        if (!statistics)
            return statistics.error();
        // The reports due in the period, judged on the day of printing: on time, late, still owed.
        auto counts = queries.reportTimeliness(request.from, request.to, asOf);
        if (!counts)
            return counts.error();
        reports::ReportTimeliness timeliness;
        timeliness.receivedOnTime = counts->receivedOnTime;
        timeliness.receivedLate = counts->receivedLate;
        timeliness.overdue = counts->overdue;
        timeliness.notYetDue = counts->notYetDue;
        return reports::statisticsDocument(issuer, *statistics, timeliness, request.dashboardChart);
    }
    case PrintKind::TemporaryTransfer:
    case PrintKind::OverseasPostingSlip: {
        if (request.transferId == 0)
            return Error(ErrorCode::Usage, Texts::tr("Say which transfer letter."));
        if (request.kind == PrintKind::TemporaryTransfer)
            return Error(ErrorCode::Usage, Texts::tr("Form 2-SHĐ is laid out at the positions of its printed "
                                                     "sheet: print it, or ask for its layout."));
        auto data = formData(request.transferId);
        if (!data)
            return data.error();
        // The slip is refused, with the reason, where the guidance does not let the committee issue it.
        OREC_TRY_ASSIGN(PartyUnit committee, PartyUnitRepository(db).get(data->transfer.issuingCommitteeId));
        OREC_TRY(mayIssue(TransferKind::LabourExport, TransferDirection::Out, committee));
        // The slip names the sending decision already: it lists enclosures only when the clerk gives them.
        data->enclosures = request.enclosures;
        OREC_TRY(completeIssuer(issuer, data->transfer.issuingCommitteeId));
        return reports::overseasPostingSlip(issuer, *data);
    }
    case PrintKind::Reminders: {
        OREC_TRY(completeIssuer(issuer, 0));
        OREC_TRY_ASSIGN(auto letters, reminderLetters(request, issuer));
        return letters.first();
    }
    case PrintKind::Calibration:
        return Error(ErrorCode::Usage, Texts::tr("The calibration page is laid out directly: print it."));
    case PrintKind::TransferredAbroadList:
    case PrintKind::TransferRegister: {
        qint64 committee = request.committeeId;
        if (committee == 0) {
            auto id = defaultCommittee();
            if (!id)
                return id.error();
            committee = *id;
        }
        OREC_TRY(completeIssuer(issuer, committee));
        if (request.kind == PrintKind::TransferRegister) {
            const int year = request.year > 0 ? request.year : asOf.year();
            auto data = registerData(committee, year);
            if (!data)
                return data.error();
            OREC_TRY_ASSIGN(const QList<Transfer> received,
                            TransferRepository(db).receivedBy(committee, year));
            QList<reports::TransferFormData> incoming;
            for (const Transfer& t : received) {
                OREC_TRY_ASSIGN(reports::TransferFormData d, formData(t.id));
                incoming.append(d);
            }
            return reports::transferRegister(issuer, *data, incoming, year);
        }
        PrintRequest batch = request;
        batch.committeeId = committee;
        return transferredAbroadList(batch, issuer);
    }
    }
    return Error(ErrorCode::Internal, Texts::tr("Unknown kind of document."));
}

Result<QList<reports::PartyDocument>> PrintService::documents(const PrintRequest& request)
{
    if (request.kind != PrintKind::Reminders) {
        OREC_TRY_ASSIGN(auto doc, document(request));
        return QList<reports::PartyDocument>{doc};
    }
    OREC_TRY(mayPrint(request));
    reports::DocumentIssuer issuer = request.issuer;
    issuer.draft = request.draft;
    OREC_TRY(completeIssuer(issuer, 0));
    return reminderLetters(request, issuer);
}

Result<QList<ReportDueRow>> PrintService::overdueReports(const PrintRequest& request, const QDate& asOf)
{
    ReportDueFilter filter;
    if (request.dueFilter)
        filter = *request.dueFilter;
    filter.overdueOnly = true;
    filter.includeOverdue = true;
    filter.today = asOf;
    if (request.memberId != 0)
        filter.memberId = request.memberId; // one member's letters
    RegisterQueries queries(m_session.database());
    QList<ReportDueRow> rows;
    for (qint64 offset = 0;; offset += kPage) {
        OREC_TRY_ASSIGN(auto page, queries.reportsDue(filter, offset, kPage));
        rows += page;
        if (page.size() < kPage)
            break;
    }
    if (request.reportIds.isEmpty())
        return rows;
    // The rows chosen on screen, in the order of the list; a chosen report no longer overdue is left out.
    const QSet<qint64> chosen(request.reportIds.cbegin(), request.reportIds.cend());
    QList<ReportDueRow> kept;
    for (const ReportDueRow& r : rows) {
        if (chosen.contains(r.reportId))
            kept.append(r);
    }
    return kept;
}

Result<QList<reports::PartyDocument>> PrintService::reminderLetters(const PrintRequest& request,
                                                                    const reports::DocumentIssuer& issuer)
{
    const QDate asOf = request.asOf.isValid() ? request.asOf : today();
    OREC_TRY_ASSIGN(auto rows, overdueReports(request, asOf));
    if (rows.isEmpty())
        return Error(ErrorCode::NotFound,
                     request.reportIds.isEmpty()
                         ? Texts::tr("No report is overdue: there is no reminder to print.")
                         : Texts::tr("None of the reports chosen is overdue."));
    Database& db = m_session.database();
    PartyUnitRepository units(db);
    PostingRepository postings(db);
    MemberRepository members(db);
    QHash<qint64, QString> unitNames;
    const auto nameOf = [&](qint64 id) -> QString {
        if (id == 0)
            return {};
        auto it = unitNames.find(id);
        if (it == unitNames.end()) {
            auto unit = units.get(id);
            it = unitNames.insert(id, unit ? unit->name : QString());
        }
        return *it;
    };
    QList<reports::PartyDocument> letters;
    for (const ReportDueRow& r : rows) {
        reports::ReminderData d;
        d.memberName = r.memberName;
        d.kind = r.kind;
        d.dueDate = r.dueDate;
        d.daysLate = r.daysLate;
        d.askBy = issuer.date.addDays(std::max(1, request.replyWithinDays));
        d.countryName = r.countryCode.isEmpty() ? QString() : reports::countryName(r.countryCode);
        // Through the cell the member belongs to now: the overseas cell while abroad, else the home cell.
        qint64 cell = 0;
        if (r.postingId != 0 && r.postingStatus == PostingStatus::Abroad) {
            auto posting = postings.get(r.postingId);
            if (posting)
                cell = posting->overseasCellId;
        }
        if (cell == 0) {
            OREC_TRY_ASSIGN(auto member, members.get(r.memberId));
            cell = member.homeUnitId;
        }
        d.cellName = nameOf(cell);
        letters.append(reports::reminderLetter(issuer, d));
    }
    return letters;
}

Result<qint64> PrintService::issuingCommittee(const PrintRequest& request)
{
    switch (request.kind) {
    case PrintKind::MemberRecord: {
        OREC_TRY_ASSIGN(auto member, MemberRepository(m_session.database()).get(request.memberId));
        PartyUnitRepository units(m_session.database());
        for (qint64 at = member.homeUnitId; at != 0;) {
            auto unit = units.get(at);
            if (!unit)
                break;
            if (unit->kind == UnitKind::Committee)
                return unit->id;
            at = unit->parentId;
        }
        return defaultCommittee();
    }
    case PrintKind::TransferredAbroadList:
    case PrintKind::TransferRegister:
        return request.committeeId != 0 ? Result<qint64>(request.committeeId) : defaultCommittee();
    default:
        return defaultCommittee();
    }
}

std::optional<QString> PrintService::kindSymbol(PrintKind kind)
{
    switch (kind) {
    case PrintKind::Abroad:
    case PrintKind::Movements:
    case PrintKind::ReportsDue:
    case PrintKind::ScreenList:
        return QStringLiteral("DS"); // danh sách
    case PrintKind::MemberRecord:
    case PrintKind::Statistics:
    case PrintKind::TransferredAbroadList: // 3C-SHĐ: "Báo cáo danh sách đảng viên chuyển ... ra ngoài nước"
        return QStringLiteral("BC"); // báo cáo
    case PrintKind::Reminders:
        return QStringLiteral("CV"); // công văn
    case PrintKind::TemporaryTransfer:
    case PrintKind::OverseasPostingSlip:
    case PrintKind::TransferRegister:
    case PrintKind::Calibration:
        return std::nullopt;
    }
    return std::nullopt;
}

reports::LaidOutDocument PrintService::concatenate(const QList<reports::LaidOutDocument>& parts)
{
    reports::LaidOutDocument all;
    if (parts.isEmpty())
        return all;
    all.paperSize = parts.first().paperSize;
    all.landscape = parts.first().landscape;
    all.title = parts.first().title;
    for (const reports::LaidOutDocument& part : parts)
        all.pages += part.pages;
    return all;
}

Result<reports::PartyDocument> PrintService::transferredAbroadList(const PrintRequest& request,
                                                                   reports::DocumentIssuer issuer)
{
    // One report per batch of 3A-SHĐ slips: the slips chosen, or those of a period, or those issued on the
    // day of the committee's latest slip.
    const auto isSlip = [](const Transfer& t) {
        return t.kind == TransferKind::LabourExport && t.direction == TransferDirection::Out;
    };
    QList<reports::TransferFormData> letters;
    if (!request.transferIds.isEmpty()) {
        for (qint64 id : request.transferIds) {
            OREC_TRY_ASSIGN(reports::TransferFormData d, formData(id));
            if (!isSlip(d.transfer))
                return Error(
                    ErrorCode::Invalid,
                    Texts::tr("Letter %1 is not an official posting slip abroad (3A-SHĐ); report 3C-SHĐ "
                              "lists those only.")
                        .arg(d.transfer.registerNumber.toString()),
                    QStringLiteral("transfer"));
            letters.append(d);
        }
    } else {
        QDate from = request.from, to = request.to;
        OREC_TRY_ASSIGN(const QList<Transfer> all,
                        TransferRepository(m_session.database()).registerOf(request.committeeId, 0));
        if (!from.isValid() && !to.isValid()) {
            for (const Transfer& t : all) {
                if (isSlip(t) && (!from.isValid() || t.issueDate > from))
                    from = t.issueDate;
            }
            to = from;
        } else if (!from.isValid() || !to.isValid() || to < from) {
            return Error(ErrorCode::Usage,
                         Texts::tr("Say the period: a start date on or before the end date."));
        }
        for (const Transfer& t : all) {
            if (isSlip(t) && t.issueDate >= from && t.issueDate <= to) {
                OREC_TRY_ASSIGN(reports::TransferFormData d, formData(t.id));
                letters.append(d);
            }
        }
    }
    if (letters.isEmpty())
        return Error(ErrorCode::NotFound,
                     Texts::tr("No official posting slip abroad (3A-SHĐ) in this batch."));
    OREC_TRY_ASSIGN(
        PartyUnit committee,
        PartyUnitRepository(m_session.database()).get(letters.first().transfer.issuingCommitteeId));
    OREC_TRY(mayIssue(TransferKind::LabourExport, TransferDirection::Out, committee));
    return reports::transferredAbroadList(issuer, letters);
}

Result<reports::LaidOutDocument> PrintService::layout(const PrintRequest& request)
{
    if (request.kind == PrintKind::Calibration) {
        OREC_TRY(mayPrint(request));
        return reports::calibrationPage(request.offset, request.printerName);
    }
    if (request.kind == PrintKind::TemporaryTransfer) {
        OREC_TRY(mayPrint(request));
        if (request.transferId == 0)
            return Error(ErrorCode::Usage, Texts::tr("Say which transfer letter."));
        OREC_TRY_ASSIGN(reports::TransferFormData data, formData(request.transferId));
        if (!request.enclosures.isEmpty())
            data.enclosures = request.enclosures;
        reports::DocumentIssuer issuer = request.issuer;
        OREC_TRY(completeIssuer(issuer, data.transfer.issuingCommitteeId));
        return reports::layoutFixedForm(
            reports::temporaryTransferForm(issuer, data),
            request.overlay ? reports::FormOutput::Overlay : reports::FormOutput::WholeForm, request.offset);
    }
    OREC_TRY_ASSIGN(auto docs, documents(request));
    QList<reports::LaidOutDocument> parts;
    for (const reports::PartyDocument& doc : docs) {
        OREC_TRY_ASSIGN(auto laid, reports::PageLayouter::layout(doc));
        parts.append(laid);
    }
    return parts.size() == 1 ? parts.first() : concatenate(parts);
}

Status PrintService::writePdf(const PrintRequest& request, const QString& path)
{
    auto laid = layout(request);
    if (!laid)
        return laid.error();
    return reports::DocumentRenderer::writePdf(*laid, path);
}

Result<reports::ReportTable> PrintService::table(const PrintRequest& request)
{
    if (request.kind == PrintKind::Reminders) {
        // The letters' list: the overdue reports they ask for.
        OREC_TRY(mayPrint(request));
        const QDate asOf = request.asOf.isValid() ? request.asOf : today();
        OREC_TRY_ASSIGN(auto rows, overdueReports(request, asOf));
        return reports::reportsDueTable(rows);
    }
    auto doc = document(request);
    if (!doc)
        return doc.error();
    // The widest table is the document's list; the record of a member has several, the first wins.
    for (const reports::DocumentBlock& block : doc->blocks) {
        if (block.kind == reports::BlockKind::Table)
            return block.table;
    }
    return Error(ErrorCode::NotFound, Texts::tr("This document has no table to export."));
}

Status PrintService::exportTable(const reports::ReportTable& table, const QString& path, bool includeGroups)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        reports::XlsxWriteOptions options;
        options.includeGroups = includeGroups;
        options.includeNumbering = table.numbered;
        return reports::XlsxTableWriter::write(table, path, options);
    }
    if (suffix == QLatin1String("csv")) {
        QList<QStringList> records;
        QStringList header;
        if (table.numbered)
            header << table.numberHeader();
        header << table.headers();
        records << header;
        int number = 0;
        for (const reports::ReportItem& item : table.items) {
            QStringList record;
            if (item.kind == reports::ItemKind::Group) {
                if (!includeGroups)
                    continue;
                record << item.heading;
                records << record;
                continue;
            }
            if (table.numbered)
                record << (item.kind == reports::ItemKind::Row ? QString::number(++number) : QString());
            for (const QVariant& v : item.cells)
                record << reports::cellText(v);
            records << record;
        }
        return reports::CsvWriter().writeFile(path, records);
    }
    return Error(ErrorCode::Usage, Texts::tr("Export to .xlsx or .csv: %1 has neither extension.").arg(path),
                 path);
}

} // namespace orec::app
