#include "exchange/cell_scope.h"

#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/report_repository.h"
#include "storage/transfer_repository.h"

#include <QCoreApplication>

namespace orec::exchange {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("orec::exchange", text); }
} // namespace

QSet<QString> CellRecords::uuidsOf(EntityKind kind) const
{
    switch (kind) {
    case EntityKind::Unit: return unitUuids;
    case EntityKind::Member: return memberUuids;
    case EntityKind::Posting: return postingUuids;
    case EntityKind::Report: return reportUuids;
    case EntityKind::Transfer: return transferUuids;
    }
    return {};
}

Result<PartyUnit> CellScope::findCell(const QString& codeOrUuid)
{
    PartyUnitRepository units(m_database);
    auto unit = units.findByCode(codeOrUuid);
    if (!unit)
        return unit.error();
    if (!*unit) {
        unit = units.findByUuid(codeOrUuid);
        if (!unit)
            return unit.error();
    }
    if (!*unit)
        return Error(ErrorCode::NotFound, tr("There is no unit with this code."), codeOrUuid);
    if (!(*unit)->isOverseasCell())
        return Error(ErrorCode::Invalid, tr("%1 is not an overseas cell; only overseas cells work in the field.")
                                             .arg((*unit)->code),
                     codeOrUuid);
    return **unit;
}

Result<CellRecords> CellScope::collect(const PartyUnit& cell)
{
    CellRecords out;
    out.cell = cell;
    RecordCodec codec(m_database);

    auto postings = m_database.connection().prepare(
        "SELECT id, member_id, uuid FROM postings WHERE overseas_cell_id = ? AND status NOT IN ('closed', "
        "'cancelled', 'did_not_return') ORDER BY id");
    if (!postings)
        return postings.error();
    postings->bind(1, static_cast<long long>(cell.id));
    QList<qint64> memberIds;
    QSet<qint64> seenMembers;
    for (;;) {
        auto row = postings->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.postings << postings->int64(0);
        out.postingUuids.insert(postings->text(2));
        if (!seenMembers.contains(postings->int64(1))) {
            seenMembers.insert(postings->int64(1));
            memberIds << postings->int64(1);
        }
    }
    for (qint64 officer : {cell.secretaryMemberId, cell.deputyMemberId}) {
        if (officer != 0 && !seenMembers.contains(officer)) {
            seenMembers.insert(officer);
            memberIds << officer;
        }
    }
    out.members = memberIds;
    for (qint64 id : memberIds) {
        auto uuid = codec.uuidOf(EntityKind::Member, id);
        if (!uuid)
            return uuid.error();
        out.memberUuids.insert(*uuid);
    }

    ReportRepository reports(m_database);
    TransferRepository transfers(m_database);
    for (qint64 postingId : out.postings) {
        auto list = reports.listForPosting(postingId);
        if (!list)
            return list.error();
        for (const Report& r : *list) {
            out.reports << r.id;
            out.reportUuids.insert(r.uuid);
        }
        auto letters = transfers.listForPosting(postingId);
        if (!letters)
            return letters.error();
        for (const Transfer& t : *letters) {
            out.transfers << t.id;
            out.transferUuids.insert(t.uuid);
        }
    }
    // The member's own reports (annual ratings, events abroad) are the cell's business too.
    for (qint64 memberId : out.members) {
        auto list = reports.listForMember(memberId);
        if (!list)
            return list.error();
        for (const Report& r : *list) {
            if (r.postingId == 0 && !out.reportUuids.contains(r.uuid)) {
                out.reports << r.id;
                out.reportUuids.insert(r.uuid);
            }
        }
    }

    // Units the records point at travel with code and name only.
    PostingRepository postingRepo(m_database);
    QList<qint64> unitIds;
    QSet<qint64> seenUnits;
    const auto addUnit = [&](qint64 id) {
        if (id != 0 && id != cell.id && !seenUnits.contains(id)) {
            seenUnits.insert(id);
            unitIds << id;
        }
    };
    addUnit(cell.parentId);
    for (qint64 id : out.postings) {
        auto p = postingRepo.get(id);
        if (!p)
            return p.error();
        addUnit(p->approvingCommitteeId);
    }
    for (qint64 id : out.transfers) {
        auto t = transfers.get(id);
        if (!t)
            return t.error();
        addUnit(t->issuingCommitteeId);
        addUnit(t->receivingUnitId);
    }
    for (qint64 id : out.members) {
        auto uuid = codec.loadById(EntityKind::Member, id);
        if (!uuid)
            return uuid.error();
        auto home = codec.idOf(EntityKind::Unit, uuid->portable.value(QStringLiteral("home_unit_id")).toString());
        if (!home)
            return home.error();
        addUnit(*home);
    }
    out.otherUnits = unitIds;
    out.unitUuids.insert(cell.uuid);
    for (qint64 id : unitIds) {
        auto uuid = codec.uuidOf(EntityKind::Unit, id);
        if (!uuid)
            return uuid.error();
        out.unitUuids.insert(*uuid);
    }
    return out;
}

} // namespace orec::exchange
