// CellScope: which of home's records belong to one overseas cell: what a cell package carries and
// the only records a return package from that cell may change.
#pragma once

#include "core/party_unit.h"
#include "core/result.h"
#include "exchange/record_codec.h"
#include "storage/database.h"

#include <QList>
#include <QSet>
#include <QString>

namespace orec::exchange {

struct CellRecords
{
    PartyUnit cell;
    // Row ids in this database, each list in a stable order.
    QList<qint64> members;
    QList<qint64> postings;
    QList<qint64> reports;
    QList<qint64> transfers;
    QList<qint64> otherUnits; // referenced by the records above (home units, committees): code and name only

    QSet<QString> uuidsOf(EntityKind kind) const;
    bool contains(EntityKind kind, const QString& uuid) const { return uuidsOf(kind).contains(uuid); }

    QSet<QString> memberUuids;
    QSet<QString> postingUuids;
    QSet<QString> reportUuids;
    QSet<QString> transferUuids;
    QSet<QString> unitUuids; // the cell and the other units
};

class CellScope
{
public:
    explicit CellScope(Database& database) : m_database(database) {}

    // An active overseas cell by its code (or uuid).
    Result<PartyUnit> findCell(const QString& codeOrUuid);

    // The members of the cell are those with a posting in it that is not over (planned, approved,
    // abroad, in the cell, returned with its reports still open, lost contact), and its secretary
    // and deputy. Only those postings travel, not the members' other trips.
    Result<CellRecords> collect(const PartyUnit& cell);

private:
    Database& m_database;
};

} // namespace orec::exchange
