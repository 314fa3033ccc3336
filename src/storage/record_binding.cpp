#include "storage/record_binding.h"

#include "core/result_try.h"

#include <QtEndian>
#include <cstring>
#include <sodium.h>
#include <unordered_map>

namespace orec {

const std::vector<BoundTable>& boundTables()
{
    // Every table a person's change reaches through the repositories. Derived data (the search
    // index), bookkeeping of the exchange and the audit tables themselves are not records.
    static const std::vector<BoundTable> tables = {
        {"user", "users", "name", "name = ?", {}},
        {"party_unit", "party_units", "uuid", "uuid = ?", {}},
        // A member's earlier card numbers (schema 14) are part of the member's record.
        {"member", "members", "uuid", "uuid = ?", {{"member_earlier_cards", "member_id", "member_id, id"}}},
        {"posting",
         "postings",
         "uuid",
         "uuid = ?",
         {{"posting_countries", "posting_id", "posting_id, position"},
          {"posting_extensions", "posting_id", "posting_id, position"}}},
        {"report", "reports", "uuid", "uuid = ?", {}},
        {"transfer", "transfers", "uuid", "uuid = ?", {}},
        {"attachment", "attachments", "uuid", "uuid = ?", {}},
        {"rule_set", "rule_sets", "CAST(version AS TEXT)", "version = CAST(? AS INTEGER)", {}},
        {"holiday", "holidays", "day", "day = ?", {}, "0"},
        {"pending_secretary",
         "pending_secretaries",
         "(SELECT p.uuid FROM party_units p WHERE p.id = unit_id)",
         "unit_id = (SELECT p.id FROM party_units p WHERE p.uuid = ?)",
         {}},
        // Who holds the exchange keys (schema 10): granted, revoked and re-sealed by signed entries only.
        {"exchange_grant", "exchange_key_holders", "user_name", "user_name = ?", {}},
        // Settings the register keeps (the committee's identity on its documents; schema 2's table).
        {"setting", "settings", "key", "key = ?", {}, "0"},
        // Documents issued with a number, and their PDFs (schema 14).
        {"document", "document_register", "uuid", "uuid = ?", {}},
    };
    return tables;
}

const BoundTable* boundTableOf(const QString& entity)
{
    static const std::unordered_map<std::string, const BoundTable*> byEntity = [] {
        std::unordered_map<std::string, const BoundTable*> out;
        for (const BoundTable& t : boundTables())
            out.emplace(t.entity, &t);
        return out;
    }();
    const auto it = byEntity.find(entity.toStdString());
    return it == byEntity.end() ? nullptr : it->second;
}

RecordKey recordKey(std::string_view entity, std::string_view entityId)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 16);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(entity.data()), entity.size());
    const unsigned char zero = 0;
    crypto_generichash_update(&state, &zero, 1);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(entityId.data()),
                              entityId.size());
    RecordKey key{};
    crypto_generichash_final(&state, key.data(), key.size());
    return key;
}

namespace {

// The bytes of one row, column by column: name, type and value; NULL columns are left out, so a
// column added later with no value does not change the digest of rows written before it.
void encodeRow(const sql::Statement& stmt, int firstColumn, std::string& out)
{
    const int count = stmt.columnCount();
    const auto appendLength = [&out](std::size_t n) {
        char buffer[4];
        qToBigEndian(static_cast<quint32>(n), buffer);
        out.append(buffer, 4);
    };
    for (int c = firstColumn; c < count; ++c) {
        const auto type = stmt.columnType(c);
        if (type == sql::Statement::ColumnType::Null)
            continue;
        const std::string_view name = stmt.columnName(c);
        appendLength(name.size());
        out.append(name);
        switch (type) {
        case sql::Statement::ColumnType::Integer: {
            out.push_back('i');
            char buffer[8];
            qToBigEndian(static_cast<qint64>(stmt.int64(c)), buffer);
            out.append(buffer, 8);
            break;
        }
        case sql::Statement::ColumnType::Real: {
            out.push_back('r');
            const double value = stmt.real(c);
            char buffer[8];
            std::memcpy(buffer, &value, 8);
            out.append(buffer, 8);
            break;
        }
        case sql::Statement::ColumnType::Text:
        case sql::Statement::ColumnType::Blob: {
            out.push_back(type == sql::Statement::ColumnType::Text ? 't' : 'b');
            const std::string_view bytes = stmt.blobView(c);
            appendLength(bytes.size());
            out.append(bytes);
            break;
        }
        case sql::Statement::ColumnType::Null:
            break;
        }
    }
}

void finishDigest(const std::string& encoded, unsigned char* out32)
{
    crypto_generichash(out32, 32, reinterpret_cast<const unsigned char*>(encoded.data()), encoded.size(),
                       nullptr, 0);
}

void beginRecord(const BoundTable& table, std::string& out)
{
    out.assign("orec-record-v1");
    out.push_back('\0');
    out.append(table.table);
    out.push_back('\0');
}

Result<bool> tablePresent(sql::Connection& connection, const char* table)
{
    auto count = connection.queryInt(
        std::string("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '") + table + "'");
    if (!count)
        return count.error();
    return *count > 0;
}

void beginChild(const BoundTable::Child& child, std::string& out)
{
    out.push_back('\x1e'); // a child row follows
    out.append(child.table);
    out.push_back('\0');
}

} // namespace

Result<std::optional<QByteArray>> RecordBinding::digestOf(const QString& entity, const QString& entityId)
{
    const BoundTable* table = boundTableOf(entity);
    if (!table)
        return std::optional<QByteArray>();
    // Column 0 is the row's id for its children; the record's own columns follow.
    auto stmt = m_connection.cached(std::string("SELECT ") + table->rowIdSql + ", * FROM " + table->table +
                                    " WHERE " + table->lookupWhere);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, entityId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row) {
        (*stmt)->reset();
        return std::optional<QByteArray>(QByteArray(""));
    }
    std::string encoded;
    beginRecord(*table, encoded);
    encodeRow(**stmt, 1, encoded);
    const std::int64_t rowId = (*stmt)->int64(0);
    (*stmt)->reset();
    for (const BoundTable::Child& child : table->children) {
        auto rows = m_connection.cached(std::string("SELECT * FROM ") + child.table + " WHERE " +
                                        child.parentColumn + " = ? ORDER BY " + child.orderBy);
        if (!rows) {
            // A register still below the schema that added the child table (tests create those) has no
            // such rows; asked only when the statement fails, off the path of every write.
            OREC_TRY_ASSIGN(auto present, tablePresent(m_connection, child.table));
            if (!present)
                continue;
            return rows.error();
        }
        (*rows)->bind(1, static_cast<long long>(rowId));
        for (;;) {
            auto next = (*rows)->step();
            if (!next)
                return next.error();
            if (!*next)
                break;
            beginChild(child, encoded);
            encodeRow(**rows, 0, encoded);
        }
        (*rows)->reset();
    }
    QByteArray digest(32, '\0');
    finishDigest(encoded, reinterpret_cast<unsigned char*>(digest.data()));
    return std::optional<QByteArray>(digest);
}

Status RecordBinding::scan(const std::function<void(const Row&)>& visit,
                           const std::function<bool()>& cancelled)
{
    std::string encoded;
    for (const BoundTable& table : boundTables()) {
        // A table a newer schema added is not there in a register still below it (tests create those):
        // it holds no record. Its records the log names are still missed if it was dropped.
        auto present = m_connection.queryInt(std::string("SELECT count(*) FROM sqlite_master WHERE type = "
                                                         "'table' AND name = '") +
                                             table.table + "'");
        if (!present)
            return present.error();
        if (*present == 0)
            continue;
        const std::string rowId = table.rowIdSql;
        auto stmt = m_connection.prepare("SELECT " + rowId + ", " + table.keySql + ", * FROM " + table.table +
                                         " ORDER BY " + (rowId == "0" ? std::string(table.keySql) : rowId));
        if (!stmt)
            return stmt.error();
        // The children of every record, read alongside in the same order (by the parent's row id).
        struct ChildCursor
        {
            const BoundTable::Child* child;
            sql::Statement stmt;
            bool hasRow = false;
            int parentColumn = -1;
        };
        std::vector<ChildCursor> cursors;
        for (const BoundTable::Child& child : table.children) {
            OREC_TRY_ASSIGN(auto childPresent, tablePresent(m_connection, child.table));
            if (!childPresent)
                continue;
            auto rows = m_connection.prepare(std::string("SELECT * FROM ") + child.table + " ORDER BY " +
                                             child.orderBy);
            if (!rows)
                return rows.error();
            ChildCursor cursor{&child, std::move(*rows)};
            for (int c = 0; c < cursor.stmt.columnCount(); ++c)
                if (cursor.stmt.columnName(c) == child.parentColumn)
                    cursor.parentColumn = c;
            auto first = cursor.stmt.step();
            if (!first)
                return first.error();
            cursor.hasRow = *first;
            cursors.push_back(std::move(cursor));
        }
        const std::string_view entity(table.entity);
        qint64 seen = 0;
        for (;;) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            if (cancelled && (++seen & 4095) == 0 && cancelled())
                return Error(ErrorCode::Cancelled, QStringLiteral("cancelled"));
            Row out;
            out.table = &table;
            out.rowId = stmt->int64(0);
            out.entityId = std::string(stmt->textView(1));
            out.key = recordKey(entity, out.entityId);
            beginRecord(table, encoded);
            encodeRow(*stmt, 2, encoded);
            for (ChildCursor& cursor : cursors) {
                // Children of rows that no longer exist are skipped (foreign_key_check names them).
                while (cursor.hasRow && cursor.stmt.int64(cursor.parentColumn) <= out.rowId) {
                    if (cursor.stmt.int64(cursor.parentColumn) == out.rowId) {
                        beginChild(*cursor.child, encoded);
                        encodeRow(cursor.stmt, 0, encoded);
                    }
                    auto next = cursor.stmt.step();
                    if (!next)
                        return next.error();
                    cursor.hasRow = *next;
                }
            }
            finishDigest(encoded, out.digest.data());
            visit(out);
        }
    }
    return {};
}

} // namespace orec
