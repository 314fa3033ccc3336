#include "storage/cell_scope_queries.h"

#include "core/result_try.h"
#include "storage/repository_support.h"

namespace orec {

Result<QList<CellPostingRef>> CellScopeQueries::postingsNotOverIn(qint64 cellId)
{
    OREC_TRY_ASSIGN(
        auto postings,
        m_database.connection().prepare(
            "SELECT id, member_id, uuid FROM postings WHERE overseas_cell_id = ? AND status NOT IN ('closed', "
            "'cancelled', 'did_not_return') ORDER BY id"));
    postings.bind(1, static_cast<long long>(cellId));
    return repo::collectRows<CellPostingRef>(postings, [](const sql::Statement& s) {
        return CellPostingRef{s.int64(0), s.int64(1), s.text(2)};
    });
}

Result<QList<RecordRef>> CellScopeQueries::reportsOfPostings(const QList<qint64>& postingIds)
{
    return refsByKey("SELECT id, uuid FROM reports WHERE posting_id = ? ORDER BY id", postingIds);
}

Result<QList<RecordRef>> CellScopeQueries::transfersOfPostings(const QList<qint64>& postingIds)
{
    return refsByKey("SELECT id, uuid FROM transfers WHERE posting_id = ? ORDER BY id", postingIds);
}

Result<QList<RecordRef>> CellScopeQueries::ownReportsOfMembers(const QList<qint64>& memberIds)
{
    return refsByKey("SELECT id, uuid FROM reports WHERE member_id = ? AND posting_id IS NULL ORDER BY id",
                     memberIds);
}

Result<QList<qint64>> CellScopeQueries::committeesApprovingPostings(const QList<qint64>& postingIds)
{
    return unitIdsByKey("SELECT approving_committee_id FROM postings WHERE id = ?", postingIds);
}

Result<QList<qint64>> CellScopeQueries::unitsNamedByTransfers(const QList<qint64>& transferIds)
{
    return unitIdsByKey("SELECT issuing_committee_id, receiving_unit_id FROM transfers WHERE id = ?",
                        transferIds);
}

Result<QList<qint64>> CellScopeQueries::homeUnitsOfMembers(const QList<qint64>& memberIds)
{
    return unitIdsByKey("SELECT home_unit_id FROM members WHERE id = ?", memberIds);
}

Result<QList<RecordRef>> CellScopeQueries::refsByKey(std::string_view sql, const QList<qint64>& keys)
{
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().cached(sql));
    QList<RecordRef> out;
    for (qint64 key : keys) {
        stmt->bind(1, static_cast<long long>(key));
        for (;;) {
            auto row = stmt->step();
            if (!row) {
                stmt->reset();
                return row.error();
            }
            if (!*row)
                break;
            out.append({stmt->int64(0), stmt->text(1)});
        }
        stmt->reset();
    }
    return out;
}

Result<QList<qint64>> CellScopeQueries::unitIdsByKey(std::string_view sql, const QList<qint64>& keys)
{
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().cached(sql));
    QList<qint64> out;
    for (qint64 key : keys) {
        stmt->bind(1, static_cast<long long>(key));
        auto row = stmt->step();
        if (!row) {
            stmt->reset();
            return row.error();
        }
        if (*row) {
            for (int column = 0; column < stmt->columnCount(); ++column)
                out.append(stmt->isNull(column) ? 0 : stmt->int64(column));
        }
        stmt->reset();
    }
    return out;
}

} // namespace orec
