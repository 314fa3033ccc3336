// CellScopeQueries: the ids and uuids of the records around one overseas cell, from plain id/uuid
// SELECTs: the scope of a cell package is computed for every export and import, and loading whole
// records there would cost as much as the package itself.
#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <string_view>

namespace orec {

struct RecordRef
{
    qint64 id = 0;
    QString uuid;
};

struct CellPostingRef
{
    qint64 id = 0;
    qint64 memberId = 0;
    QString uuid;
};

class CellScopeQueries
{
public:
    explicit CellScopeQueries(Database& database) : m_database(database) {}

    // The postings in the cell that are not over (neither closed, cancelled nor did-not-return), by id.
    Result<QList<CellPostingRef>> postingsNotOverIn(qint64 cellId);

    // Each list in the order of the ids given, and by row id for one id.
    Result<QList<RecordRef>> reportsOfPostings(const QList<qint64>& postingIds);
    Result<QList<RecordRef>> transfersOfPostings(const QList<qint64>& postingIds);
    // A member's own reports, tied to no posting (annual ratings, events abroad).
    Result<QList<RecordRef>> ownReportsOfMembers(const QList<qint64>& memberIds);

    // The units these records point at, in the order of the ids given (a transfer's issuing
    // committee before its receiving unit); 0 where a reference is empty.
    Result<QList<qint64>> committeesApprovingPostings(const QList<qint64>& postingIds);
    Result<QList<qint64>> unitsNamedByTransfers(const QList<qint64>& transferIds);
    Result<QList<qint64>> homeUnitsOfMembers(const QList<qint64>& memberIds);

private:
    Result<QList<RecordRef>> refsByKey(std::string_view sql, const QList<qint64>& keys);
    Result<QList<qint64>> unitIdsByKey(std::string_view sql, const QList<qint64>& keys);

    Database& m_database;
};

} // namespace orec
