// Plumbing shared by the register's repositories: how they audit, and binding and reading the column
// conventions of schema v3 (0 ids and empty text stored as NULL).
#pragma once

#include "core/result.h"
#include "storage/database.h"
#include "storage/sqlite.h"

#include <QList>
#include <QString>
#include <functional>
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

} // namespace repo
} // namespace orec
