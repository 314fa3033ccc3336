// RecordBinding: the digest of each record as stored, so the audit log can say what every record
// must be now and `check` can find a row changed, added or removed behind the program's back.
#pragma once

#include "core/result.h"
#include "storage/sqlite.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace orec {

// The tables whose rows are records of the register, each with the audit entity that names them and
// how a row's audit id (uuid, user name, rules version, day) is read from it.
struct BoundTable
{
    const char* entity; // audit entity: "member", "posting", ...
    const char* table;
    const char* keySql;      // SQL expression of a row: the audit entity id
    const char* lookupWhere; // WHERE clause finding the row of one entity id (one parameter)
    // Rows of other tables that belong to the record (a posting's countries and extensions): part
    // of its digest, read by `parentColumn` = the record's id.
    struct Child
    {
        const char* table;
        const char* parentColumn;
        const char* orderBy;
    };
    std::vector<Child> children;
    // A WITHOUT ROWID table (holidays) has no row id: "0", and it is read in key order.
    const char* rowIdSql = "rowid";
};

const std::vector<BoundTable>& boundTables();
const BoundTable* boundTableOf(const QString& entity);

// 16 bytes that stand for (entity, entity id) in the check's sorted lists.
using RecordKey = std::array<unsigned char, 16>;
RecordKey recordKey(std::string_view entity, std::string_view entityId);

class RecordBinding
{
public:
    explicit RecordBinding(sql::Connection& connection) : m_connection(connection) {}

    // The digest of the record as stored now: 32 bytes; empty (not null) when there is no such row;
    // nullopt when the entity is not a bound record.
    Result<std::optional<QByteArray>> digestOf(const QString& entity, const QString& entityId);

    // Every record of every bound table, in table order: its table, row id, audit key and digest.
    struct Row
    {
        const BoundTable* table = nullptr;
        std::int64_t rowId = 0;
        std::string entityId;
        RecordKey key{};
        std::array<unsigned char, 32> digest{};
    };
    Status scan(const std::function<void(const Row&)>& visit, const std::function<bool()>& cancelled = {});

private:
    sql::Connection& m_connection;
};

} // namespace orec
