#include "exchange/record_codec.h"

#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/record_json.h"
#include "storage/report_repository.h"
#include "storage/transfer_repository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace orec::exchange {

namespace {

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

const char* tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Unit:
        return "party_units";
    case EntityKind::Member:
        return "members";
    case EntityKind::Posting:
        return "postings";
    case EntityKind::Report:
        return "reports";
    case EntityKind::Transfer:
        return "transfers";
    }
    return "";
}

const QString kContent = QStringLiteral("fields");
const QString kContentPrefix = QStringLiteral("fields.");

} // namespace

QString entityName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Unit:
        return QStringLiteral("party_unit");
    case EntityKind::Member:
        return QStringLiteral("member");
    case EntityKind::Posting:
        return QStringLiteral("posting");
    case EntityKind::Report:
        return QStringLiteral("report");
    case EntityKind::Transfer:
        return QStringLiteral("transfer");
    }
    return {};
}

std::optional<EntityKind> entityFromName(const QString& name)
{
    for (EntityKind kind : {EntityKind::Unit, EntityKind::Member, EntityKind::Posting, EntityKind::Report,
                            EntityKind::Transfer}) {
        if (entityName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString entityDisplayName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Unit:
        return QCoreApplication::translate("orec::exchange", "party unit");
    case EntityKind::Member:
        return QCoreApplication::translate("orec::exchange", "member");
    case EntityKind::Posting:
        return QCoreApplication::translate("orec::exchange", "posting");
    case EntityKind::Report:
        return QCoreApplication::translate("orec::exchange", "report");
    case EntityKind::Transfer:
        return QCoreApplication::translate("orec::exchange", "transfer letter");
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
    auto s =
        m_database.connection().cached(std::string("SELECT uuid FROM ") + tableOf(kind) + " WHERE id = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, static_cast<long long>(id));
    auto row = (*s)->step();
    if (!row)
        return row.error();
    QString uuid = *row ? (*s)->text(0) : QString();
    (*s)->reset();
    if (!uuid.isEmpty())
        m_uuidCache.insert(key, uuid);
    return uuid;
}

Result<qint64> RecordCodec::idOf(EntityKind kind, const QString& uuid)
{
    if (uuid.isEmpty())
        return qint64{0};
    const QString key = QString::number(static_cast<int>(kind)) + QLatin1Char(':') + uuid;
    if (auto it = m_idCache.constFind(key); it != m_idCache.constEnd())
        return *it;
    auto s =
        m_database.connection().cached(std::string("SELECT id FROM ") + tableOf(kind) + " WHERE uuid = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, uuid);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    const qint64 id = *row ? (*s)->int64(0) : 0;
    (*s)->reset();
    if (id != 0)
        m_idCache.insert(key, id);
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
                         QCoreApplication::translate("orec::exchange",
                                                     "The %1 refers to a %2 this database does not have.")
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
    switch (kind) {
    case EntityKind::Unit: {
        auto r = PartyUnitRepository(m_database).get(id);
        return r ? fromLocalJson(kind, toJson(*r)) : Result<LocalRecord>(r.error());
    }
    case EntityKind::Member: {
        auto r = MemberRepository(m_database).get(id);
        return r ? fromLocalJson(kind, toJson(*r)) : Result<LocalRecord>(r.error());
    }
    case EntityKind::Posting: {
        auto r = PostingRepository(m_database).get(id);
        return r ? fromLocalJson(kind, toJson(*r)) : Result<LocalRecord>(r.error());
    }
    case EntityKind::Report: {
        auto r = ReportRepository(m_database).get(id);
        return r ? fromLocalJson(kind, toJson(*r)) : Result<LocalRecord>(r.error());
    }
    case EntityKind::Transfer: {
        auto r = TransferRepository(m_database).get(id);
        return r ? fromLocalJson(kind, toJson(*r)) : Result<LocalRecord>(r.error());
    }
    }
    return Error(ErrorCode::Internal,
                 QCoreApplication::translate("orec::exchange", "Unknown kind of record."));
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
    auto s =
        m_database.connection().prepare(std::string("SELECT uuid FROM ") + tableOf(kind) + " ORDER BY id");
    if (!s)
        return s.error();
    QStringList out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out << s->text(0);
    }
    return out;
}

Status RecordCodec::removeFromField(WriteScope& scope, EntityKind kind, const QString& uuid)
{
    auto id = idOf(kind, uuid);
    if (!id)
        return id.error();
    if (*id == 0)
        return {};
    std::vector<std::string> statements;
    switch (kind) {
    case EntityKind::Unit:
        statements = {"UPDATE party_units SET parent_id = NULL WHERE parent_id = ?1",
                      "UPDATE members SET home_unit_id = NULL WHERE home_unit_id = ?1",
                      "DELETE FROM party_units WHERE id = ?1"};
        break;
    case EntityKind::Member:
        statements = {"UPDATE party_units SET secretary_member_id = NULL WHERE secretary_member_id = ?1",
                      "UPDATE party_units SET deputy_member_id = NULL WHERE deputy_member_id = ?1",
                      "DELETE FROM member_search WHERE docid = ?1", "DELETE FROM members WHERE id = ?1"};
        break;
    case EntityKind::Posting:
        statements = {"UPDATE reports SET posting_id = NULL WHERE posting_id = ?1",
                      "UPDATE transfers SET posting_id = NULL WHERE posting_id = ?1",
                      "DELETE FROM posting_countries WHERE posting_id = ?1",
                      "DELETE FROM posting_extensions WHERE posting_id = ?1",
                      "DELETE FROM postings WHERE id = ?1"};
        break;
    case EntityKind::Report:
        statements = {"DELETE FROM reports WHERE id = ?1"};
        break;
    case EntityKind::Transfer:
        statements = {"UPDATE postings SET transfer_out_id = NULL WHERE transfer_out_id = ?1",
                      "UPDATE postings SET transfer_back_id = NULL WHERE transfer_back_id = ?1",
                      "DELETE FROM transfers WHERE id = ?1"};
        break;
    }
    for (const std::string& sql : statements) {
        auto s = scope.connection().prepare(sql);
        if (!s)
            return s.error();
        s->bind(1, static_cast<long long>(*id));
        OREC_TRY(s->run());
    }
    m_uuidCache.remove(cacheKey(kind, *id));
    m_idCache.remove(QString::number(static_cast<int>(kind)) + QLatin1Char(':') + uuid);
    return scope.audit(entityName(kind), uuid, QStringLiteral("exchange:remove"));
}

Status RecordCodec::insert(WriteScope& scope, EntityKind kind, const QJsonObject& portable)
{
    auto local = toLocal(kind, portable);
    if (!local)
        return local.error();
    return write(scope, kind, std::move(*local), true, QStringLiteral("create"));
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
    return write(scope, kind, std::move(*local), false, action);
}

Status RecordCodec::write(WriteScope& scope, EntityKind kind, QJsonObject local, bool insert,
                          const QString& action)
{
    switch (kind) {
    case EntityKind::Unit: {
        auto r = partyUnitFromJson(local);
        if (!r)
            return r.error();
        PartyUnitRepository repo(m_database);
        return insert ? repo.insert(scope, *r) : repo.update(scope, *r);
    }
    case EntityKind::Member: {
        auto r = memberFromJson(local);
        if (!r)
            return r.error();
        MemberRepository repo(m_database);
        return insert ? repo.insert(scope, *r) : repo.update(scope, *r);
    }
    case EntityKind::Posting: {
        auto r = postingFromJson(local);
        if (!r)
            return r.error();
        PostingRepository repo(m_database);
        return insert ? repo.insert(scope, *r) : repo.update(scope, *r, action);
    }
    case EntityKind::Report: {
        auto r = reportFromJson(local);
        if (!r)
            return r.error();
        ReportRepository repo(m_database);
        return insert ? repo.insert(scope, *r) : repo.update(scope, *r, action);
    }
    case EntityKind::Transfer: {
        auto r = transferFromJson(local);
        if (!r)
            return r.error();
        TransferRepository repo(m_database);
        return insert ? repo.insert(scope, *r) : repo.update(scope, *r);
    }
    }
    return Error(ErrorCode::Internal,
                 QCoreApplication::translate("orec::exchange", "Unknown kind of record."));
}

} // namespace orec::exchange
