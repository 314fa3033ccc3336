#include "exchange/cell_scope.h"

#include "storage/cell_scope_queries.h"
#include "storage/party_unit_repository.h"

#include <QCoreApplication>

namespace orec::exchange {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

} // namespace

QSet<QString> CellRecords::uuidsOf(EntityKind kind) const
{
    switch (kind) {
    case EntityKind::Unit:
        return unitUuids;
    case EntityKind::Member:
        return memberUuids;
    case EntityKind::Posting:
        return postingUuids;
    case EntityKind::Report:
        return reportUuids;
    case EntityKind::Transfer:
        return transferUuids;
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
        return Error(ErrorCode::NotFound, Texts::tr("There is no unit with this code."), codeOrUuid);
    if (!(*unit)->isOverseasCell())
        return Error(ErrorCode::Invalid,
                     Texts::tr("%1 is not an overseas cell; only overseas cells work in the field.")
                         .arg((*unit)->code),
                     codeOrUuid);
    return **unit;
}

Result<CellRecords> CellScope::collect(const PartyUnit& cell)
{
    CellRecords out;
    out.cell = cell;
    RecordCodec codec(m_database);
    CellScopeQueries queries(m_database);

    auto postings = queries.postingsNotOverIn(cell.id);
    if (!postings)
        return postings.error();
    QList<qint64> memberIds;
    QSet<qint64> seenMembers;
    for (const CellPostingRef& posting : *postings) {
        out.postings << posting.id;
        out.postingUuids.insert(posting.uuid);
        if (!seenMembers.contains(posting.memberId)) {
            seenMembers.insert(posting.memberId);
            memberIds << posting.memberId;
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

    QSet<qint64> seenReports;
    const auto addRefs = [](const QList<RecordRef>& refs, QList<qint64>& ids, QSet<QString>& uuids,
                            QSet<qint64>* seen) {
        for (const RecordRef& ref : refs) {
            if (seen) {
                if (seen->contains(ref.id))
                    continue;
                seen->insert(ref.id);
            }
            ids << ref.id;
            uuids.insert(ref.uuid);
        }
    };
    auto reports = queries.reportsOfPostings(out.postings);
    if (!reports)
        return reports.error();
    addRefs(*reports, out.reports, out.reportUuids, &seenReports);
    auto transfers = queries.transfersOfPostings(out.postings);
    if (!transfers)
        return transfers.error();
    addRefs(*transfers, out.transfers, out.transferUuids, nullptr);
    // The member's own reports (annual ratings, events abroad) are the cell's business too.
    auto ownReports = queries.ownReportsOfMembers(out.members);
    if (!ownReports)
        return ownReports.error();
    addRefs(*ownReports, out.reports, out.reportUuids, &seenReports);

    // Units the records point at travel with code and name only.
    QList<qint64> unitIds;
    QSet<qint64> seenUnits;
    const auto addUnit = [&](qint64 id) {
        if (id != 0 && id != cell.id && !seenUnits.contains(id)) {
            seenUnits.insert(id);
            unitIds << id;
        }
    };
    addUnit(cell.parentId);
    const auto addUnits = [&](const Result<QList<qint64>>& referenced) -> Status {
        if (!referenced)
            return referenced.error();
        for (qint64 id : *referenced)
            addUnit(id);
        return {};
    };
    OREC_TRY(addUnits(queries.committeesApprovingPostings(out.postings)));
    OREC_TRY(addUnits(queries.unitsNamedByTransfers(out.transfers)));
    OREC_TRY(addUnits(queries.homeUnitsOfMembers(out.members)));
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
