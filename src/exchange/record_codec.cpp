#include "exchange/record_codec.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace orec::exchange {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

struct Reference
{
    const char* key;
    EntityKind target;
};

// Every field of toJson() that holds a row id, and what it points at.
QList<Reference> referencesOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Unit:
        return {{"parent_id", EntityKind::Unit},
                {"secretary_member_id", EntityKind::Member},
                {"deputy_member_id", EntityKind::Member}};
    case EntityKind::Member:
        return {{"home_unit_id", EntityKind::Unit}};
    case EntityKind::Posting:
        return {{"member_id", EntityKind::Member},
                {"approving_committee_id", EntityKind::Unit},
                {"overseas_cell_id", EntityKind::Unit},
                {"transfer_out_id", EntityKind::Transfer},
                {"transfer_back_id", EntityKind::Transfer}};
    case EntityKind::Report:
        return {{"posting_id", EntityKind::Posting}, {"member_id", EntityKind::Member}};
    case EntityKind::Transfer:
        return {{"issuing_committee_id", EntityKind::Unit},
                {"member_id", EntityKind::Member},
                {"posting_id", EntityKind::Posting},
                {"receiving_unit_id", EntityKind::Unit}};
    }
    return {};
}

const QString kContent = QStringLiteral("fields");
const QString kContentPrefix = QStringLiteral("fields.");

} // namespace

QString entityDisplayName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Unit:
        return Texts::tr("party unit");
    case EntityKind::Member:
        return Texts::tr("member");
    case EntityKind::Posting:
        return Texts::tr("posting");
    case EntityKind::Report:
        return Texts::tr("report");
    case EntityKind::Transfer:
        return Texts::tr("transfer letter");
    }
    return {};
}

QMap<QString, QJsonValue> flattenFields(EntityKind kind, const QJsonObject& portable)
{
    QMap<QString, QJsonValue> out;
    for (auto it = portable.begin(); it != portable.end(); ++it) {
        const QString& key = it.key();
        if (key == QLatin1String("uuid") || key == QLatin1String("id") || key == QLatin1String("version"))
            continue;
        if (kind == EntityKind::Report && key == kContent) {
            const QJsonObject content = it.value().toObject();
            for (auto c = content.begin(); c != content.end(); ++c)
                out.insert(kContentPrefix + c.key(), c.value());
            continue;
        }
        out.insert(key, it.value());
    }
    return out;
}

QJsonObject withFields(EntityKind kind, QJsonObject portable, const QMap<QString, QJsonValue>& fields)
{
    QJsonObject content = portable.value(kContent).toObject();
    bool contentChanged = false;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (kind == EntityKind::Report && it.key().startsWith(kContentPrefix)) {
            const QString key = it.key().mid(kContentPrefix.size());
            if (it.value().isNull() || it.value().isUndefined())
                content.remove(key);
            else
                content.insert(key, it.value());
            contentChanged = true;
        } else {
            portable.insert(it.key(), it.value());
        }
    }
    if (contentChanged)
        portable.insert(kContent, content);
    return portable;
}

QString RecordCodec::cacheKey(EntityKind kind, qint64 id)
{
    return QString::number(static_cast<int>(kind)) + QLatin1Char(':') + QString::number(id);
}

Result<QString> RecordCodec::uuidOf(EntityKind kind, qint64 id)
{
    if (id == 0)
        return QString();
    const QString key = cacheKey(kind, id);
    if (auto it = m_uuidCache.constFind(key); it != m_uuidCache.constEnd())
        return *it;
    auto uuid = m_records.uuidOf(kind, id);
    if (!uuid)
        return uuid.error();
    if (!uuid->isEmpty())
        m_uuidCache.insert(key, *uuid);
    return uuid;
}

Result<qint64> RecordCodec::idOf(EntityKind kind, const QString& uuid)
{
    if (uuid.isEmpty())
        return qint64{0};
    const QString key = QString::number(static_cast<int>(kind)) + QLatin1Char(':') + uuid;
    if (auto it = m_idCache.constFind(key); it != m_idCache.constEnd())
        return *it;
    auto id = m_records.idOf(kind, uuid);
    if (!id)
        return id.error();
    if (*id != 0)
        m_idCache.insert(key, *id);
    return id;
}

Result<QJsonObject> RecordCodec::toPortable(EntityKind kind, const QJsonObject& local)
{
    QJsonObject out = local;
    out.remove(QStringLiteral("id"));
    for (const Reference& ref : referencesOf(kind)) {
        const QString key = QString::fromLatin1(ref.key);
        const QJsonValue v = local.value(key);
        if (!v.isDouble()) {
            out.insert(key, QJsonValue());
            continue;
        }
        auto uuid = uuidOf(ref.target, static_cast<qint64>(v.toDouble()));
        if (!uuid)
            return uuid.error();
        out.insert(key, uuid->isEmpty() ? QJsonValue() : QJsonValue(*uuid));
    }
    return out;
}

Result<QJsonObject> RecordCodec::toLocal(EntityKind kind, const QJsonObject& portable)
{
    QJsonObject out = portable;
    for (const Reference& ref : referencesOf(kind)) {
        const QString key = QString::fromLatin1(ref.key);
        const QString uuid = portable.value(key).toString();
        if (uuid.isEmpty()) {
            out.insert(key, QJsonValue());
            continue;
        }
        auto id = idOf(ref.target, uuid);
        if (!id)
            return id.error();
        if (*id == 0)
            return Error(ErrorCode::NotFound,
                         Texts::tr("The %1 refers to a %2 this database does not have.")
                             .arg(entityDisplayName(kind), entityDisplayName(ref.target)),
                         key);
        out.insert(key, *id);
    }
    return out;
}

Result<std::optional<LocalRecord>> RecordCodec::load(EntityKind kind, const QString& uuid)
{
    auto id = idOf(kind, uuid);
    if (!id)
        return id.error();
    if (*id == 0)
        return std::optional<LocalRecord>();
    auto record = loadById(kind, *id);
    if (!record)
        return record.error();
    return std::optional<LocalRecord>(std::move(*record));
}

Result<LocalRecord> RecordCodec::loadById(EntityKind kind, qint64 id)
{
    auto local = m_records.load(kind, id);
    if (!local)
        return local.error();
    return fromLocalJson(kind, *local);
}

Result<LocalRecord> RecordCodec::fromLocalJson(EntityKind kind, const QJsonObject& local)
{
    LocalRecord record;
    record.id = static_cast<qint64>(local.value(QStringLiteral("id")).toDouble());
    record.version = local.value(QStringLiteral("version")).toInt();
    auto portable = toPortable(kind, local);
    if (!portable)
        return portable.error();
    record.portable = std::move(*portable);
    return record;
}

QStringList RecordCodec::referenceFields(EntityKind kind)
{
    QStringList out;
    for (const Reference& ref : referencesOf(kind))
        out << QString::fromLatin1(ref.key);
    return out;
}

std::optional<EntityKind> RecordCodec::referenceTarget(EntityKind kind, const QString& field)
{
    for (const Reference& ref : referencesOf(kind)) {
        if (field == QLatin1String(ref.key))
            return ref.target;
    }
    return std::nullopt;
}

Result<QStringList> RecordCodec::unresolvedReferences(EntityKind kind, const QJsonObject& portable)
{
    QStringList out;
    for (const Reference& ref : referencesOf(kind)) {
        const QString key = QString::fromLatin1(ref.key);
        const QString uuid = portable.value(key).toString();
        if (uuid.isEmpty())
            continue;
        auto id = idOf(ref.target, uuid);
        if (!id)
            return id.error();
        if (*id == 0)
            out << key;
    }
    return out;
}

Result<QStringList> RecordCodec::allUuids(EntityKind kind)
{
    return m_records.allUuids(kind);
}

Status RecordCodec::removeFromField(WriteScope& scope, EntityKind kind, const QString& uuid)
{
    auto id = idOf(kind, uuid);
    if (!id)
        return id.error();
    if (*id == 0)
        return {};
    OREC_TRY(m_records.removeWithReferences(scope, kind, *id));
    m_uuidCache.remove(cacheKey(kind, *id));
    m_idCache.remove(QString::number(static_cast<int>(kind)) + QLatin1Char(':') + uuid);
    return scope.audit(entityName(kind), uuid, QStringLiteral("exchange:remove"));
}

Status RecordCodec::insert(WriteScope& scope, EntityKind kind, const QJsonObject& portable)
{
    auto local = toLocal(kind, portable);
    if (!local)
        return local.error();
    return m_records.insert(scope, kind, *local);
}

Status RecordCodec::update(WriteScope& scope, EntityKind kind, const LocalRecord& current,
                           const QJsonObject& portable, const QString& action)
{
    auto local = toLocal(kind, portable);
    if (!local)
        return local.error();
    local->insert(QStringLiteral("id"), current.id);
    local->insert(QStringLiteral("version"), current.version);
    local->insert(QStringLiteral("uuid"), current.portable.value(QStringLiteral("uuid")));
    return m_records.update(scope, kind, *local, action);
}

} // namespace orec::exchange
