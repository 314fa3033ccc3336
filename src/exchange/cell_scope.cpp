#include "exchange/cell_scope.h"

#include "storage/party_unit_repository.h"

#include <QCoreApplication>

namespace orec::exchange {

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
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("orec::exchange", "There is no unit with this code."),
                     codeOrUuid);
    if (!(*unit)->isOverseasCell())
        return Error(
            ErrorCode::Invalid,
            QCoreApplication::translate("orec::exchange",
                                        "%1 is not an overseas cell; only overseas cells work in the field.")
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

    // Plain SELECTs of ids and uuids: the scope is computed for every export and import, and loading
    // whole records here would cost as much as the package itself.
    sql::Connection& c = m_database.connection();
    QSet<qint64> seenReports;
    const auto collectRows = [&](std::string_view sqlText, qint64 key, QList<qint64>& ids,
                                 QSet<QString>& uuids, QSet<qint64>* seen) -> Status {
        auto stmt = c.cached(sqlText);
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, static_cast<long long>(key));
        for (;;) {
            auto row = (*stmt)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const qint64 id = (*stmt)->int64(0);
            if (seen) {
                if (seen->contains(id))
                    continue;
                seen->insert(id);
            }
            ids << id;
            uuids.insert((*stmt)->text(1));
        }
        (*stmt)->reset();
        return {};
    };
    for (qint64 postingId : out.postings) {
        OREC_TRY(collectRows("SELECT id, uuid FROM reports WHERE posting_id = ? ORDER BY id", postingId,
                             out.reports, out.reportUuids, &seenReports));
        OREC_TRY(collectRows("SELECT id, uuid FROM transfers WHERE posting_id = ? ORDER BY id", postingId,
                             out.transfers, out.transferUuids, nullptr));
    }
    // The member's own reports (annual ratings, events abroad) are the cell's business too.
    for (qint64 memberId : out.members)
        OREC_TRY(
            collectRows("SELECT id, uuid FROM reports WHERE member_id = ? AND posting_id IS NULL ORDER BY id",
                        memberId, out.reports, out.reportUuids, &seenReports));

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
    const auto addUnitsOf = [&](std::string_view sqlText, const QList<qint64>& ids) -> Status {
        auto stmt = c.cached(sqlText);
        if (!stmt)
            return stmt.error();
        for (qint64 id : ids) {
            (*stmt)->bind(1, static_cast<long long>(id));
            auto row = (*stmt)->step();
            if (!row)
                return row.error();
            if (*row) {
                for (int column = 0; column < (*stmt)->columnCount(); ++column)
                    addUnit((*stmt)->isNull(column) ? 0 : (*stmt)->int64(column));
            }
            (*stmt)->reset();
        }
        return {};
    };
    OREC_TRY(addUnitsOf("SELECT approving_committee_id FROM postings WHERE id = ?", out.postings));
    OREC_TRY(addUnitsOf("SELECT issuing_committee_id, receiving_unit_id FROM transfers WHERE id = ?",
                        out.transfers));
    OREC_TRY(addUnitsOf("SELECT home_unit_id FROM members WHERE id = ?", out.members));
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
