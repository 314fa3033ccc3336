// BulkIndexSuspension: inside one WriteScope, a bulk insert into a table that already has many rows
// fewer than it is about to receive runs faster with the table's plain (non-unique) indexes dropped
// and built again once at the end: one sort instead of a random B-tree insert per row and index.
// Unique indexes stay, so constraints are checked row by row as before. The index definitions are
// read from the schema itself, so a later migration that changes them is followed.
//
// restore() builds them again and must be called before the scope commits; if it is not (an early
// return on error), the destructor restores them, and the scope's rollback would undo the drop anyway.
#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <utility>

namespace orec {

class BulkIndexSuspension
{
public:
    // Drops the plain indexes of `table` when `incomingRows` exceeds the rows it holds now (otherwise
    // does nothing: rebuilding a large index for a few rows would cost more than it saves).
    BulkIndexSuspension(WriteScope& scope, const char* table, qint64 incomingRows);
    ~BulkIndexSuspension();
    BulkIndexSuspension(const BulkIndexSuspension&) = delete;
    BulkIndexSuspension& operator=(const BulkIndexSuspension&) = delete;

    const Status& status() const { return m_status; }
    bool suspended() const { return !m_indexes.isEmpty(); }
    Status restore();

private:
    WriteScope& m_scope;
    QList<std::pair<QString, QByteArray>> m_indexes; // name, CREATE INDEX statement
    Status m_status;
};

} // namespace orec
