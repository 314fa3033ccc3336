// Plumbing shared by the register's repositories: how they audit, and binding and reading the column
// conventions of schema v3 (0 ids and empty text stored as NULL).
#pragma once

#include "core/result.h"
#include "storage/database.h"
#include "storage/sqlite.h"

#include <QList>
#include <QString>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace orec {

// Whether a repository writes one audit row per record (everything the application does) or leaves
// the audit to its caller, who records one row for a bulk operation it performs as a whole (the demo
// generator writes hundreds of thousands of synthetic records under a single "demo:generate" entry).
enum class AuditMode {
    EachRecord,
    CallerAuditsBulk,
};

namespace repo {

// 0 means "none" in the core types; the database says NULL, so foreign keys hold.
void bindId(sql::Statement& statement, int index, qint64 id);
// Empty text is stored as NULL so that unique indexes on optional numbers ignore blanks.
void bindText(sql::Statement& statement, int index, const QString& text);
qint64 idAt(const sql::Statement& statement, int column);

QString newUuid();
QString nowText(const Database& database);

// Steps a statement to completion, calling `row` for each result row; stops early when `row` says false.
Status forEachRow(sql::Statement& statement, const std::function<bool(sql::Statement&)>& row);

// Steps a statement to completion and returns `read(statement)` for each result row, in order; the
// error of the first failed step instead. A template, so the per-row call costs no std::function.
template <typename T, typename Read> Result<QList<T>> collectRows(sql::Statement& statement, Read read)
{
    QList<T> rows;
    for (;;) {
        auto has = statement.step();
        if (!has)
            return has.error();
        if (!*has)
            return rows;
        rows.append(read(std::as_const(statement)));
    }
}

// Foreign keys checked at commit instead of after each statement, for bulk writers that insert records
// before the ones they point to (SQLite resets this at the end of the transaction).
Status deferForeignKeys(WriteScope& scope);

// The connection's page cache in megabytes (decrypted pages kept in memory), and what it was before.
// SQLCipher decrypts every page it reads into the cache, so a cache smaller than the indexes being
// written or scanned costs a decryption (and, in a large transaction, an encrypted spill) per page.
Result<int> setPageCacheMegabytes(Database& database, int megabytes);

// A failed unique constraint, said in words. `what` names the duplicated field for the clerk.
Error duplicateError(const QString& what, const QString& value);
Error notFoundError(const QString& what, const QString& key);
Error conflictError(const QString& what);

// One table's common reads, written once for every repository: the SELECT of its columns and the
// mapping of a row to the core type. A repository keeps one (a function-local static, built on first
// use) and asks it for a record by id or for the records a WHERE clause with integer keys picks.
template <typename T> class TableReader
{
public:
    using ReadRow = T (*)(const sql::Statement&);

    TableReader(std::string_view table, std::string_view columns, ReadRow readRow)
        : m_select("SELECT " + std::string(columns) + " FROM " + std::string(table) + " WHERE "),
          m_byId(m_select + "id = ?"), m_readRow(readRow)
    {}

    // "SELECT <columns> FROM <table> WHERE <where>".
    std::string selectWhere(std::string_view where) const { return m_select + std::string(where); }

    // The record with this id; ErrorCode::NotFound naming `what` (already translated) when none.
    Result<T> get(sql::Connection& connection, qint64 id, const QString& what) const
    {
        auto stmt = connection.cached(m_byId);
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, static_cast<long long>(id));
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return notFoundError(what, QString::number(id));
        T record = m_readRow(**stmt);
        (*stmt)->reset();
        return record;
    }

    // The one record `sql` (a selectWhere of this reader) picks with its `?` bound to `key`, if any.
    Result<std::optional<T>> findOne(sql::Connection& connection, std::string_view sql,
                                     const QString& key) const
    {
        auto stmt = connection.cached(sql);
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, key);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        std::optional<T> found;
        if (*row)
            found = m_readRow(**stmt);
        (*stmt)->reset();
        return found;
    }

    // The records `where` picks, in its order, its `?` bound to `keys` in turn.
    Result<QList<T>> listWhere(sql::Connection& connection, std::string_view where,
                               std::initializer_list<qint64> keys) const
    {
        auto stmt = connection.prepare(selectWhere(where));
        if (!stmt)
            return stmt.error();
        int index = 1;
        for (const qint64 key : keys)
            stmt->bind(index++, static_cast<long long>(key));
        return collectRows<T>(*stmt, m_readRow);
    }

private:
    std::string m_select;
    std::string m_byId;
    ReadRow m_readRow;
};

} // namespace repo
} // namespace orec
