#include "storage/audit_log.h"

#include "core/crypto.h"
#include "core/result_try.h"
#include "storage/repository_support.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtEndian>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

// The text a row stores for an object: none for an empty one.
QByteArray toJsonText(const QJsonObject& object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void appendField(QByteArray& out, const QByteArray& field)
{
    char length[4];
    qToBigEndian(static_cast<quint32>(field.size()), length);
    out.append(length, 4);
    out.append(field);
}

QString timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Before schema 8 the log has no digest column.
constexpr const char* kEntryColumnsV2 =
    "id, at, user_name, entity, entity_id, action, before_json, after_json, hash, digest";
constexpr const char* kEntryColumnsV1 =
    "id, at, user_name, entity, entity_id, action, before_json, after_json, hash, NULL";

AuditEntry readEntry(const sql::Statement& stmt)
{
    AuditEntry e;
    e.id = stmt.int64(0);
    e.at = QDateTime::fromString(stmt.text(1), Qt::ISODateWithMs);
    e.at.setTimeSpec(Qt::UTC);
    e.user = stmt.text(2);
    e.entity = stmt.text(3);
    e.entityId = stmt.text(4);
    e.action = stmt.text(5);
    e.beforeJson = stmt.text(6);
    e.afterJson = stmt.text(7);
    e.hash = stmt.blob(8);
    if (!stmt.isNull(9)) {
        e.digest = stmt.blob(9);
        if (e.digest.isNull())
            e.digest = QByteArray(""); // an empty blob: the record was removed
    }
    return e;
}

// Format 2 ends with the record's digest, tagged so "no record" and "removed" differ.
void appendDigest(QByteArray& out, const QByteArray& digest)
{
    if (digest.isNull()) {
        out.append('\0');
    } else if (digest.isEmpty()) {
        out.append('\1');
    } else {
        out.append('\2');
        appendField(out, digest);
    }
}

} // namespace

QByteArray AuditLog::chainHash(const QByteArray& previousHash, const AuditEntry& e, bool withDigest)
{
    QByteArray message(withDigest ? "orec-audit-v2" : "orec-audit-v1");
    appendField(message, previousHash);
    appendField(message, QByteArray::number(e.id));
    appendField(message, timestamp(e.at).toUtf8());
    appendField(message, e.user.toUtf8());
    appendField(message, e.entity.toUtf8());
    appendField(message, e.entityId.toUtf8());
    appendField(message, e.action.toUtf8());
    appendField(message, e.beforeJson.toUtf8());
    appendField(message, e.afterJson.toUtf8());
    if (withDigest)
        appendDigest(message, e.digest);
    return crypto::blake2b(message, 32);
}

Status AuditLog::append(const QDateTime& atUtc, const QString& user, const QString& entity,
                        const QString& entityId, const QString& action, const QJsonObject& before,
                        const QJsonObject& after, const QByteArray& digest)
{
    return appendCompact(atUtc, user, entity, entityId, action, toJsonText(before), toJsonText(after),
                         digest);
}

Status AuditLog::appendCompact(const QDateTime& atUtc, const QString& user, const QString& entity,
                               const QString& entityId, const QString& action, const QByteArray& beforeJson,
                               const QByteArray& afterJson, const QByteArray& digest)
{
    if (!m_connection.inTransaction())
        return Error(ErrorCode::Internal,
                     Texts::tr("An audit entry must be written inside the change's transaction."));
    if (!m_head) {
        auto head = m_connection.cached("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
        if (!head)
            return head.error();
        auto row = (*head)->step();
        if (!row)
            return row.error();
        if (!*row)
            return Error(ErrorCode::Corrupt, Texts::tr("The audit log has lost its head row."));
        Head read{(*head)->int64(0), (*head)->blob(1)};
        (*head)->reset();
        m_head = std::move(read);
    }
    const qint64 id = m_head->lastId + 1;
    const bool withDigest = m_signedFrom > 0 && id >= m_signedFrom;
    if (m_lastAtText.isEmpty() || atUtc != m_lastAt) {
        m_lastAt = atUtc;
        m_lastAtText = timestamp(atUtc).toUtf8();
    }
    const QByteArray userText = user.toUtf8();
    const QByteArray entityText = entity.toUtf8();
    const QByteArray entityIdText = entityId.toUtf8();
    const QByteArray actionText = action.toUtf8();

    // chainHash() over the same fields, from the UTF-8 text the row stores.
    QByteArray message;
    message.reserve(13 + 9 * 4 + m_head->lastHash.size() + 20 + m_lastAtText.size() + userText.size() +
                    entityText.size() + entityIdText.size() + actionText.size() + beforeJson.size() +
                    afterJson.size());
    message.append(withDigest ? "orec-audit-v2" : "orec-audit-v1");
    appendField(message, m_head->lastHash);
    appendField(message, QByteArray::number(id));
    appendField(message, m_lastAtText);
    appendField(message, userText);
    appendField(message, entityText);
    appendField(message, entityIdText);
    appendField(message, actionText);
    appendField(message, beforeJson);
    appendField(message, afterJson);
    if (withDigest)
        appendDigest(message, digest);
    const QByteArray hash = crypto::blake2b(message, 32);

    const auto text = [](const QByteArray& utf8) { return std::string_view(utf8.constData(), utf8.size()); };
    auto insert =
        withDigest
            ? m_connection.cached("INSERT INTO audit_log (id, at, user_name, entity, entity_id, action, "
                                  "before_json, after_json, hash, digest) VALUES (?,?,?,?,?,?,?,?,?,?)")
            : m_connection.cached("INSERT INTO audit_log (id, at, user_name, entity, entity_id, action, "
                                  "before_json, after_json, hash) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!insert)
        return insert.error();
    (*insert)
        ->bind(1, static_cast<long long>(id))
        .bind(2, text(m_lastAtText))
        .bind(3, text(userText))
        .bind(4, text(entityText))
        .bind(5, text(entityIdText))
        .bind(6, text(actionText));
    // No JSON is NULL, as a null QString was before.
    beforeJson.isEmpty() ? (*insert)->bind(7, nullptr) : (*insert)->bind(7, text(beforeJson));
    afterJson.isEmpty() ? (*insert)->bind(8, nullptr) : (*insert)->bind(8, text(afterJson));
    (*insert)->bindBlob(9, hash);
    if (withDigest) {
        if (digest.isNull())
            (*insert)->bind(10, nullptr);
        else if (digest.isEmpty())
            (*insert)->bindBlob(10, QByteArray("", 0)); // zero-length blob, not NULL
        else
            (*insert)->bindBlob(10, digest);
    }
    if (Status s = (*insert)->run(); !s) {
        m_head.reset();
        return s;
    }
    // INSERT OR REPLACE, not UPDATE: SQLite gives an UPDATE of this CHECK-constrained row a statement
    // journal, which SQLCipher encrypts page by page: about 15 times the cost on every audited write.
    auto update =
        m_connection.cached("INSERT OR REPLACE INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?)");
    if (!update) {
        m_head.reset();
        return update.error();
    }
    (*update)->bind(1, static_cast<long long>(id)).bindBlob(2, hash);
    if (Status s = (*update)->run(); !s) {
        m_head.reset();
        return s;
    }
    if (m_cacheHead)
        m_head = Head{id, hash};
    else
        m_head.reset();
    m_unsealed = true;
    return {};
}

const char* AuditLog::entryColumns() const
{
    return m_signedFrom > 0 ? kEntryColumnsV2 : kEntryColumnsV1;
}

QByteArray AuditLog::sealMessage(const QString& databaseId, qint64 auditId, const QByteArray& hash,
                                 const QString& signer)
{
    QByteArray message("orec-audit-seal-v1");
    appendField(message, databaseId.toUtf8());
    appendField(message, QByteArray::number(auditId));
    appendField(message, hash);
    appendField(message, signer.toUtf8());
    return message;
}

QByteArray AuditLog::anchorMessage(const QString& databaseId, qint64 throughId, const QByteArray& hash,
                                   const QString& signer, const QByteArray& body)
{
    QByteArray message("orec-audit-anchor-v1");
    appendField(message, databaseId.toUtf8());
    appendField(message, QByteArray::number(throughId));
    appendField(message, hash);
    appendField(message, signer.toUtf8());
    appendField(message, body);
    return message;
}

Status AuditLog::seal(const QString& signer, const SecureBytes& signingKey, const QString& databaseId)
{
    if (!m_connection.inTransaction())
        return Error(ErrorCode::Internal,
                     Texts::tr("An audit seal must be written inside the change's transaction."));
    if (!m_unsealed)
        return {};
    if (signingKey.size() != crypto::kSignSecretBytes)
        return Error(
            ErrorCode::PermissionDenied,
            Texts::tr("This session holds no signing key, so its changes cannot be signed. Unlock with "
                      "your own passphrase."));
    OREC_TRY_ASSIGN(auto current, head());
    OREC_TRY_ASSIGN(auto sealed, m_connection.cached("SELECT count(*) FROM audit_seal WHERE audit_id = ?"));
    sealed->bind(1, static_cast<long long>(current.lastId));
    OREC_TRY(sealed->step());
    const bool isSealed = sealed->int64(0) > 0;
    sealed->reset();
    if (isSealed || current.lastId == 0) {
        m_unsealed = false;
        return {};
    }
    const QByteArray signature =
        crypto::signDetached(signingKey, sealMessage(databaseId, current.lastId, current.lastHash, signer));
    OREC_TRY_ASSIGN(
        auto insert,
        m_connection.cached(
            "INSERT INTO audit_seal (audit_id, signer, public_key, signature) VALUES (?, ?, ?, ?)"));
    (insert)
        ->bind(1, static_cast<long long>(current.lastId))
        .bind(2, signer)
        .bindBlob(3, crypto::publicKeyOfSigningKey(signingKey))
        .bindBlob(4, signature);
    OREC_TRY(insert->run());
    m_unsealed = false;
    return {};
}

Result<AuditLog::Head> AuditLog::head() const
{
    if (m_head)
        return *m_head;
    OREC_TRY_ASSIGN(auto stmt, m_connection.cached("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::Corrupt, Texts::tr("The audit log has lost its head row."));
    Head out{stmt->int64(0), stmt->blob(1)};
    stmt->reset();
    return out;
}

Result<std::optional<AuditEntry>> AuditLog::entry(qint64 id) const
{
    auto stmt =
        m_connection.prepare(std::string("SELECT ") + entryColumns() + " FROM audit_log WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    OREC_TRY_ASSIGN(auto row, stmt->step());
    if (!row)
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(readEntry(*stmt));
}

Result<std::optional<AuditSeal>> AuditLog::lastSeal() const
{
    OREC_TRY_ASSIGN(
        auto stmt,
        m_connection.prepare(
            "SELECT audit_id, signer, public_key, signature FROM audit_seal ORDER BY audit_id DESC LIMIT 1"));
    OREC_TRY_ASSIGN(auto row, stmt.step());
    if (!row)
        return std::optional<AuditSeal>();
    return std::optional<AuditSeal>(AuditSeal{stmt.int64(0), stmt.text(1), stmt.blob(2), stmt.blob(3)});
}

Result<QList<AuditEntry>> AuditLog::query(const AuditFilter& filter) const
{
    std::string sql = std::string("SELECT ") + entryColumns() + " FROM audit_log WHERE 1";
    if (!filter.user.isEmpty())
        sql += " AND user_name = ?";
    if (!filter.entity.isEmpty())
        sql += " AND entity = ?";
    if (!filter.entityId.isEmpty())
        sql += " AND entity_id = ?";
    if (filter.from.isValid())
        sql += " AND at >= ?";
    if (filter.to.isValid())
        sql += " AND at < ?";
    if (filter.beforeId > 0)
        sql += " AND id < ?";
    sql += " ORDER BY id DESC LIMIT ?";
    OREC_TRY_ASSIGN(auto stmt, m_connection.prepare(sql));
    int index = 1;
    if (!filter.user.isEmpty())
        stmt.bind(index++, filter.user);
    if (!filter.entity.isEmpty())
        stmt.bind(index++, filter.entity);
    if (!filter.entityId.isEmpty())
        stmt.bind(index++, filter.entityId);
    if (filter.from.isValid())
        stmt.bind(index++, timestamp(filter.from));
    if (filter.to.isValid())
        stmt.bind(index++, timestamp(filter.to));
    if (filter.beforeId > 0)
        stmt.bind(index++, filter.beforeId);
    stmt.bind(index, filter.limit);

    return repo::collectRows<AuditEntry>(stmt, readEntry);
}

Result<QList<AuditEntry>> AuditLog::entriesAfter(qint64 afterId) const
{
    OREC_TRY_ASSIGN(auto stmt, m_connection.prepare(std::string("SELECT ") + entryColumns() +
                                                    " FROM audit_log WHERE id > ? ORDER BY id"));
    stmt.bind(1, afterId);
    return repo::collectRows<AuditEntry>(stmt, readEntry);
}

Result<qint64> AuditLog::lastId() const
{
    OREC_TRY_ASSIGN(auto id, m_connection.queryInt("SELECT last_id FROM audit_head WHERE id = 1"));
    return static_cast<qint64>(id);
}

Result<ChainVerification> AuditLog::verify() const
{
    ChainVerification result;
    OREC_TRY_ASSIGN(auto stmt, m_connection.prepare(std::string("SELECT ") + entryColumns() +
                                                    " FROM audit_log ORDER BY id"));
    QByteArray previous(32, '\0');
    qint64 expectedId = 1;
    const auto fail = [&](qint64 row, const QString& problem) {
        result.intact = false;
        result.firstBadRow = row;
        result.problem = problem;
        return result;
    };
    // A pruned log goes on from its anchor (its signature is the full check's to verify).
    OREC_TRY_ASSIGN(auto anchored,
                    m_connection.queryInt(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_anchor'"));
    if (anchored > 0) {
        OREC_TRY_ASSIGN(auto anchor,
                        m_connection.prepare("SELECT through_id, hash FROM audit_anchor WHERE id = 1"));
        auto row = anchor.step();
        if (!row)
            return row.error();
        if (*row) {
            expectedId = anchor.int64(0) + 1;
            previous = anchor.blob(1);
            result.anchoredThrough = expectedId - 1;
        }
    }
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const AuditEntry e = readEntry(stmt);
        if (e.id != expectedId)
            return fail(expectedId,
                        Texts::tr("Audit row %1 was removed (the log jumps from row %2 to row %3).")
                            .arg(expectedId)
                            .arg(expectedId - 1)
                            .arg(e.id));
        if (chainHash(previous, e) != e.hash)
            return fail(e.id, Texts::tr("Audit row %1 was altered after it was written.").arg(e.id));
        previous = e.hash;
        ++expectedId;
        ++result.rowsChecked;
    }
    auto head = m_connection.prepare("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
    if (!head)
        return head.error();
    auto row = head->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(expectedId, Texts::tr("The head of the audit log was removed."));
    const qint64 lastId = head->int64(0);
    if (lastId > expectedId - 1)
        return fail(expectedId, Texts::tr("Audit rows %1 to %2 were removed from the end of the log.")
                                    .arg(expectedId)
                                    .arg(lastId));
    if (lastId < expectedId - 1 || head->blob(1) != previous)
        return fail(
            lastId + 1,
            Texts::tr("The head of the audit log does not match its last row %1.").arg(expectedId - 1));
    return result;
}

} // namespace orec
