// PortableRecordStore: the register's records by kind, uuid and row id, in the JSON form the audit log
// keeps (record_json.h): what the field exchange reads and writes when it moves records between databases.
#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace orec {

// The kinds of record a cell package carries.
enum class EntityKind { Unit, Member, Posting, Report, Transfer };

// The audit log's entity names: party_unit, member, posting, report, transfer.
QString entityName(EntityKind kind);
std::optional<EntityKind> entityFromName(const QString& name);

class PortableRecordStore
{
public:
    explicit PortableRecordStore(Database& database) : m_database(database) {}

    Result<QString> uuidOf(EntityKind kind, qint64 id);        // empty when absent
    Result<qint64> idOf(EntityKind kind, const QString& uuid); // 0 when absent
    // Every uuid of a kind, in row order.
    Result<QStringList> allUuids(EntityKind kind);

    // The record's toJson form, read through its repository.
    Result<QJsonObject> load(EntityKind kind, qint64 id);
    // Through the repositories, validated and audited by them. insert keeps the record's uuid; `action`
    // names an update in the audit log where the repository lets it (postings, reports).
    Status insert(WriteScope& scope, EntityKind kind, const QJsonObject& local);
    Status update(WriteScope& scope, EntityKind kind, const QJsonObject& local, const QString& action);

    // Deletes a record after clearing the references other records hold to it. Not audited: the
    // caller says why the record went.
    Status removeWithReferences(WriteScope& scope, EntityKind kind, qint64 id);
    // After members were removed: the full-text index rewritten into one segment, so the words of a
    // deleted row do not linger in older segments (FTS4 only marks them deleted until a merge).
    Status compactSearchIndex(WriteScope& scope);

private:
    Status write(WriteScope& scope, EntityKind kind, const QJsonObject& local, bool insert,
                 const QString& action);

    Database& m_database;
};

} // namespace orec
