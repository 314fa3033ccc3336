// RecordCodec: the register's records in their portable form (row ids replaced by uuids), read from
// and written to one database through storage's PortableRecordStore (the register's repositories).
#pragma once

#include "core/result.h"
#include "storage/database.h"
#include "storage/portable_record_store.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace orec::exchange {

// The kinds of record and their audit log names are storage's (storage/portable_record_store.h).
using orec::entityFromName;
using orec::EntityKind;
using orec::entityName;

// Translated, for the change list: "member", "posting"...
QString entityDisplayName(EntityKind kind);

// A record as this database holds it.
struct LocalRecord
{
    qint64 id = 0;
    int version = 0;
    QJsonObject portable; // uuid, version and the fields; references as uuids
};

// Flat field map of a portable record: top-level keys, except that a report's content ("fields")
// is split into "fields.<key>" so that two people editing different parts of one report do not clash.
// "uuid", "id" and "version" are not fields.
QMap<QString, QJsonValue> flattenFields(EntityKind kind, const QJsonObject& portable);
QJsonObject withFields(EntityKind kind, QJsonObject portable, const QMap<QString, QJsonValue>& fields);

class RecordCodec
{
public:
    explicit RecordCodec(Database& database) : m_records(database) {}

    // From the register's toJson form (as the audit log keeps it) to the portable form. A reference
    // to a record this database does not have becomes null.
    Result<QJsonObject> toPortable(EntityKind kind, const QJsonObject& local);
    // Back: every referenced uuid must exist here (ErrorCode::NotFound naming the field otherwise).
    Result<QJsonObject> toLocal(EntityKind kind, const QJsonObject& portable);

    Result<std::optional<LocalRecord>> load(EntityKind kind, const QString& uuid);
    Result<LocalRecord> loadById(EntityKind kind, qint64 id);
    // Reference fields whose uuid this database does not have (yet): written in a second pass.
    Result<QStringList> unresolvedReferences(EntityKind kind, const QJsonObject& portable);
    static QStringList referenceFields(EntityKind kind);
    static std::optional<EntityKind> referenceTarget(EntityKind kind, const QString& field);
    Result<qint64> idOf(EntityKind kind, const QString& uuid); // 0 when absent
    Result<QString> uuidOf(EntityKind kind, qint64 id);        // empty when absent

    // Through the repositories, audited by them. insert keeps the portable uuid.
    Status insert(WriteScope& scope, EntityKind kind, const QJsonObject& portable);
    Status update(WriteScope& scope, EntityKind kind, const LocalRecord& current, const QJsonObject& portable,
                  const QString& action = QStringLiteral("update"));

    // Field only: every uuid of a kind, and removing a record that left the cell at home (its
    // references from other records are cleared first). The removal is audited without values.
    Result<QStringList> allUuids(EntityKind kind);
    Status removeFromField(WriteScope& scope, EntityKind kind, const QString& uuid);
    Status compactSearchIndex(WriteScope& scope) { return m_records.compactSearchIndex(scope); }

private:
    Result<LocalRecord> fromLocalJson(EntityKind kind, const QJsonObject& local);

    static QString cacheKey(EntityKind kind, qint64 id);

    PortableRecordStore m_records;
    // Row id -> uuid; exports resolve the same units and members over and over.
    QHash<QString, QString> m_uuidCache;
    QHash<QString, qint64> m_idCache; // kind:uuid -> row id; only hits, since a record may be added later
};

} // namespace orec::exchange
