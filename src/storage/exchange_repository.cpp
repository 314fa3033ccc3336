#include "storage/exchange_repository.h"

#include "core/result_try.h"
#include "storage/exchange_key_vault.h"
#include "storage/repository_support.h"

#include <QJsonDocument>

namespace orec {

namespace {

QString isoText(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime fromIso(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QString uuidText(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QString jsonText(const QJsonObject& object)
{
    return object.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
QJsonObject jsonObject(const QString& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QByteArray secretBlob(const SecureBytes& secret)
{
    return QByteArray::fromRawData(secret.chars(), static_cast<qsizetype>(secret.size()));
}

const char* directionText(PackageDirection direction)
{
    return direction == PackageDirection::Sent ? "sent" : "received";
}

const char* kPeerColumns =
    "id, role, status, party_id, sign_public, box_public, cell_uuid, label, fingerprint, "
    "enrolment_id, enrolment_key IS NOT NULL, registered_at, activated_at, removed_at, "
    "removed_reason";

ExchangePeer peerFromRow(const sql::Statement& s)
{
    ExchangePeer p;
    p.id = s.int64(0);
    p.role = s.text(1) == QLatin1String("home") ? ExchangePeerRole::Home : ExchangePeerRole::Secretary;
    const QString status = s.text(2);
    p.status = status == QLatin1String("active")    ? ExchangePeerStatus::Active
               : status == QLatin1String("removed") ? ExchangePeerStatus::Removed
                                                    : ExchangePeerStatus::Pending;
    p.identity.partyId = QUuid::fromString(s.text(3));
    p.identity.signPublic = s.blob(4);
    p.identity.boxPublic = s.blob(5);
    p.cellUuid = s.text(6);
    p.label = s.text(7);
    p.fingerprint = s.text(8);
    p.enrolmentId = QUuid::fromString(s.text(9));
    p.hasEnrolmentKey = s.int64(10) != 0;
    p.registeredAt = fromIso(s.text(11));
    p.activatedAt = fromIso(s.text(12));
    p.removedAt = fromIso(s.text(13));
    p.removedReason = s.text(14);
    return p;
}

Status insertSequenceRow(WriteScope& scope, qint64 peerId)
{
    OREC_TRY_ASSIGN(auto seq,
                    scope.connection().prepare("INSERT INTO exchange_sequence (peer_id) VALUES (?)"));
    seq.bind(1, peerId);
    return seq.run();
}

} // namespace

QString peerStatusCode(ExchangePeerStatus status)
{
    switch (status) {
    case ExchangePeerStatus::Pending:
        return QStringLiteral("pending");
    case ExchangePeerStatus::Active:
        return QStringLiteral("active");
    case ExchangePeerStatus::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

// ---- mode and identity ----------------------------------------------------------------------

Result<ExchangeModeInfo> ExchangeRepository::mode()
{
    auto s =
        m_database.connection().prepare("SELECT mode, cell_uuid, cell_code FROM exchange_mode WHERE id = 1");
    if (!s)
        return s.error();
    OREC_TRY_ASSIGN(auto row, s->step());
    ExchangeModeInfo info;
    if (row && s->text(0) == QLatin1String("field")) {
        info.mode = ExchangeMode::Field;
        info.cellUuid = s->text(1);
        info.cellCode = s->text(2);
    }
    return info;
}

Status ExchangeRepository::setFieldMode(WriteScope& scope, const QString& cellUuid, const QString& cellCode)
{
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            "UPDATE exchange_mode SET mode = 'field', cell_uuid = ?, cell_code = ?, set_at = ? WHERE id = 1"));
    s.bind(1, cellUuid).bind(2, cellCode).bind(3, isoText(m_database.clock().nowUtc()));
    OREC_TRY(s.run());
    m_database.setFieldMode(true); // from now on its audit entries keep no record values
    return {};
}

// Below schema 10 the secrets are plaintext columns (a register not upgraded yet: tests create those);
// from schema 10 on they are sealed under the vault's wrapping key (storage/exchange_key_vault.h).
bool ExchangeRepository::legacyLayout()
{
    return !ExchangeKeyVault(m_database).available();
}

Result<std::optional<PublicIdentity>> ExchangeRepository::publicIdentity()
{
    OREC_TRY_ASSIGN(
        auto s,
        m_database.connection().prepare(
            "SELECT party_id, sign_public, box_public FROM exchange_identity ORDER BY id DESC LIMIT 1"));
    OREC_TRY_ASSIGN(auto row, s.step());
    if (!row)
        return std::optional<PublicIdentity>();
    PublicIdentity out{QUuid::fromString(s.text(0)), s.blob(1), s.blob(2)};
    return std::optional<PublicIdentity>(out);
}

Result<std::optional<StoredIdentity>> ExchangeRepository::identity()
{
    if (legacyLayout()) {
        OREC_TRY_ASSIGN(
            auto s, m_database.connection().prepare("SELECT party_id, sign_public, sign_secret, box_public, "
                                                    "box_secret FROM exchange_identity WHERE id = 1"));
        OREC_TRY_ASSIGN(auto row, s.step());
        if (!row)
            return std::optional<StoredIdentity>();
        StoredIdentity stored;
        stored.publicPart.partyId = QUuid::fromString(s.text(0));
        stored.publicPart.signPublic = s.blob(1);
        stored.publicPart.boxPublic = s.blob(3);
        QByteArray signSecret = s.blob(2);
        QByteArray boxSecret = s.blob(4);
        stored.signSecret = SecureBytes(signSecret.constData(), static_cast<std::size_t>(signSecret.size()));
        stored.boxSecret = SecureBytes(boxSecret.constData(), static_cast<std::size_t>(boxSecret.size()));
        wipeBytes(signSecret);
        wipeBytes(boxSecret);
        s.reset();
        return std::optional<StoredIdentity>(std::move(stored));
    }
    return identityRow(0);
}

Result<std::optional<StoredIdentity>> ExchangeRepository::identityRow(qint64 id)
{
    OREC_TRY_ASSIGN(
        auto s,
        m_database.connection().prepare(
            id == 0
                ? "SELECT id, party_id, sign_public, box_public, sign_secret_sealed, box_secret_sealed FROM "
                  "exchange_identity ORDER BY id DESC LIMIT 1"
                : "SELECT id, party_id, sign_public, box_public, sign_secret_sealed, box_secret_sealed FROM "
                  "exchange_identity WHERE id = ?"));
    if (id != 0)
        s.bind(1, id);
    OREC_TRY_ASSIGN(auto row, s.step());
    if (!row)
        return std::optional<StoredIdentity>();
    StoredIdentity stored;
    stored.rowId = s.int64(0);
    stored.publicPart.partyId = QUuid::fromString(s.text(1));
    stored.publicPart.signPublic = s.blob(2);
    stored.publicPart.boxPublic = s.blob(3);
    const QByteArray signSealed = s.blob(4);
    const QByteArray boxSealed = s.isNull(5) ? QByteArray() : s.blob(5);
    s.reset();
    ExchangeKeyVault vault(m_database);
    auto key = vault.wrappingKey();
    if (!key)
        return key.error();
    OREC_TRY_ASSIGN(auto sign, vault::openSecret(*key, m_database.databaseId(), VaultSecret::SigningKey,
                                                 stored.publicPart.signPublic, signSealed));
    stored.signSecret = std::move(sign);
    if (boxSealed.isEmpty()) {
        stored.boxSecret = SecureBytes(32); // retired: zeros, as the long-term key has been since schema 9
    } else {
        OREC_TRY_ASSIGN(auto box,
                        vault::openSecret(*key, m_database.databaseId(), VaultSecret::LongTermBoxKey,
                                          stored.publicPart.boxPublic, boxSealed));
        stored.boxSecret = std::move(box);
    }
    return std::optional<StoredIdentity>(std::move(stored));
}

Status ExchangeRepository::insertIdentity(WriteScope& scope, const PublicIdentity& identity,
                                          const SecureBytes& signSecret, const SecureBytes& boxSecret)
{
    if (legacyLayout()) {
        auto s = scope.connection().prepare(
            "INSERT INTO exchange_identity (id, party_id, sign_public, sign_secret, "
            "box_public, box_secret, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)");
        if (!s)
            return s.error();
        s->bind(1, uuidText(identity.partyId))
            .bindBlob(2, identity.signPublic)
            .bindBlob(3, secretBlob(signSecret))
            .bindBlob(4, identity.boxPublic)
            .bindBlob(5, secretBlob(boxSecret))
            .bind(6, isoText(m_database.clock().nowUtc()));
        return s->run();
    }
    ExchangeKeyVault vault(m_database);
    OREC_TRY_ASSIGN(auto key, vault.wrappingKey());
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            "INSERT INTO exchange_identity (party_id, sign_public, box_public, sign_secret_sealed, box_secret_sealed, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    s.bind(1, uuidText(identity.partyId))
        .bindBlob(2, identity.signPublic)
        .bindBlob(3, identity.boxPublic)
        .bindBlob(4, vault::sealSecret(key, m_database.databaseId(), VaultSecret::SigningKey,
                                       identity.signPublic, signSecret))
        .bindBlob(5, vault::sealSecret(key, m_database.databaseId(), VaultSecret::LongTermBoxKey,
                                       identity.boxPublic, boxSecret))
        .bind(6, isoText(m_database.clock().nowUtc()));
    return s.run();
}

Result<QByteArray> ExchangeRepository::sealEnrolmentKey(const QUuid& enrolmentId, const SecureBytes& key)
{
    if (legacyLayout())
        return secretBlob(key); // the key outlives the statement it is bound to
    return ExchangeKeyVault(m_database).seal(VaultSecret::EnrolmentKey, uuidText(enrolmentId).toUtf8(), key);
}

// ---- peers --------------------------------------------------------------------------------

Result<std::optional<ExchangePeer>> ExchangeRepository::findPeer(const char* whereClause,
                                                                 const QString& value)
{
    OREC_TRY_ASSIGN(auto s, m_database.connection().prepare(std::string("SELECT ") + kPeerColumns +
                                                            " FROM exchange_peers WHERE " + whereClause +
                                                            " ORDER BY id DESC LIMIT 1"));
    if (!value.isNull())
        s.bind(1, value);
    OREC_TRY_ASSIGN(auto row, s.step());
    if (!row)
        return std::optional<ExchangePeer>();
    return std::optional<ExchangePeer>(peerFromRow(s));
}

Result<QList<ExchangePeer>> ExchangeRepository::peers()
{
    OREC_TRY_ASSIGN(auto s, m_database.connection().prepare(std::string("SELECT ") + kPeerColumns +
                                                            " FROM exchange_peers ORDER BY id"));
    return repo::collectRows<ExchangePeer>(s, peerFromRow);
}

Result<std::optional<ExchangePeer>> ExchangeRepository::peerById(qint64 id)
{
    return findPeer("id = ?", QString::number(id));
}

Result<std::optional<ExchangePeer>> ExchangeRepository::peerByPartyId(const QUuid& partyId)
{
    return findPeer("party_id = ?", uuidText(partyId));
}

Result<std::optional<ExchangePeer>> ExchangeRepository::peerByEnrolmentId(const QUuid& enrolmentId)
{
    return findPeer("enrolment_id = ?", uuidText(enrolmentId));
}

Result<std::optional<ExchangePeer>> ExchangeRepository::secretaryOfCell(const QString& cellUuid)
{
    return findPeer("role = 'secretary' AND status IN ('pending', 'active') AND cell_uuid = ?", cellUuid);
}

Result<std::optional<ExchangePeer>> ExchangeRepository::homePeer()
{
    return findPeer("role = 'home' AND status = 'active'", QString());
}

Result<SecureBytes> ExchangeRepository::enrolmentKey(qint64 peerId)
{
    OREC_TRY_ASSIGN(auto s, m_database.connection().prepare(
                                "SELECT enrolment_key, enrolment_id FROM exchange_peers WHERE id = ?"));
    s.bind(1, peerId);
    OREC_TRY_ASSIGN(auto row, s.step());
    QByteArray key = row && !s.isNull(0) ? s.blob(0) : QByteArray();
    const QByteArray binding = row ? s.text(1).toUtf8() : QByteArray();
    s.reset();
    if (!legacyLayout() && !key.isEmpty())
        return ExchangeKeyVault(m_database).open(VaultSecret::EnrolmentKey, binding, key);
    SecureBytes out(key.constData(), static_cast<std::size_t>(key.size()));
    wipeBytes(key);
    return out;
}

Result<qint64> ExchangeRepository::insertPendingSecretary(WriteScope& scope, const QString& cellUuid,
                                                          const QString& label, const QUuid& enrolmentId,
                                                          const SecureBytes& enrolmentKey)
{
    OREC_TRY_ASSIGN(auto sealed, sealEnrolmentKey(enrolmentId, enrolmentKey));
    auto s =
        scope.connection().prepare("INSERT INTO exchange_peers (role, cell_uuid, label, enrolment_id, "
                                   "enrolment_key, status, registered_at) VALUES ('secretary', ?, ?, ?, ?, "
                                   "'pending', ?)");
    if (!s)
        return s.error();
    s->bind(1, cellUuid)
        .bind(2, label)
        .bind(3, uuidText(enrolmentId))
        .bindBlob(4, sealed)
        .bind(5, isoText(m_database.clock().nowUtc()));
    OREC_TRY(s->run());
    const qint64 id = scope.connection().lastInsertRowId();
    OREC_TRY(insertSequenceRow(scope, id));
    return id;
}

Result<qint64> ExchangeRepository::insertHome(WriteScope& scope, const PublicIdentity& home,
                                              const QString& fingerprint, const QUuid& enrolmentId,
                                              const SecureBytes& enrolmentKey)
{
    OREC_TRY_ASSIGN(auto sealed, sealEnrolmentKey(enrolmentId, enrolmentKey));
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            "INSERT INTO exchange_peers (party_id, role, sign_public, box_public, fingerprint, enrolment_id, "
            "enrolment_key, status, registered_at, activated_at) VALUES (?, 'home', ?, ?, ?, ?, ?, 'active', ?, "
            "?)"));
    const QString now = isoText(m_database.clock().nowUtc());
    s.bind(1, uuidText(home.partyId))
        .bindBlob(2, home.signPublic)
        .bindBlob(3, home.boxPublic)
        .bind(4, fingerprint)
        .bind(5, uuidText(enrolmentId))
        .bindBlob(6, sealed)
        .bind(7, now)
        .bind(8, now);
    OREC_TRY(s.run());
    const qint64 id = scope.connection().lastInsertRowId();
    OREC_TRY(insertSequenceRow(scope, id));
    return id;
}

Result<bool> ExchangeRepository::activatePendingSecretary(WriteScope& scope, qint64 peerId,
                                                          const PublicIdentity& identity,
                                                          const QString& fingerprint)
{
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            "UPDATE exchange_peers SET party_id = ?, sign_public = ?, box_public = ?, fingerprint = ?, status = "
            "'active', activated_at = ?, enrolment_key = NULL WHERE id = ? AND status = 'pending'"));
    s.bind(1, uuidText(identity.partyId))
        .bindBlob(2, identity.signPublic)
        .bindBlob(3, identity.boxPublic)
        .bind(4, fingerprint)
        .bind(5, isoText(m_database.clock().nowUtc()))
        .bind(6, peerId);
    OREC_TRY(s.run());
    return scope.connection().changes() == 1;
}

Status ExchangeRepository::markRemoved(WriteScope& scope, qint64 peerId, const QString& reason)
{
    OREC_TRY_ASSIGN(
        auto s, scope.connection().prepare("UPDATE exchange_peers SET status = 'removed', removed_at = ?, "
                                           "removed_reason = ?, enrolment_key = NULL WHERE id = ?"));
    s.bind(1, isoText(m_database.clock().nowUtc())).bind(2, reason).bind(3, peerId);
    return s.run();
}

Status ExchangeRepository::forgetEnrolmentKey(WriteScope& scope, qint64 peerId)
{
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            "UPDATE exchange_peers SET enrolment_key = NULL WHERE id = ? AND enrolment_key IS NOT NULL"));
    s.bind(1, peerId);
    return s.run();
}

// ---- sequences and packages -----------------------------------------------------------------

Result<ExchangeSequence> ExchangeRepository::sequence(qint64 peerId)
{
    OREC_TRY_ASSIGN(auto s, m_database.connection().prepare(
                                "SELECT last_sent, last_received, last_change_applied, acked_sequence, "
                                "acked_change FROM exchange_sequence WHERE peer_id = ?"));
    s.bind(1, peerId);
    OREC_TRY_ASSIGN(auto row, s.step());
    ExchangeSequence state;
    state.peerId = peerId;
    if (row) {
        state.lastSent = static_cast<std::uint64_t>(s.int64(0));
        state.lastReceived = static_cast<std::uint64_t>(s.int64(1));
        state.lastChangeApplied = static_cast<std::uint64_t>(s.int64(2));
        state.ackedSequence = static_cast<std::uint64_t>(s.int64(3));
        state.ackedChange = static_cast<std::uint64_t>(s.int64(4));
    }
    return state;
}

Result<bool> ExchangeRepository::saveSequence(WriteScope& scope, const ExchangeSequence& st)
{
    OREC_TRY_ASSIGN(
        auto s, scope.connection().prepare("UPDATE exchange_sequence SET last_sent = ?, last_received = ?, "
                                           "last_change_applied = ?, acked_sequence = ?, acked_change = ?, "
                                           "updated_at = ? WHERE peer_id = ?"));
    s.bind(1, static_cast<long long>(st.lastSent))
        .bind(2, static_cast<long long>(st.lastReceived))
        .bind(3, static_cast<long long>(st.lastChangeApplied))
        .bind(4, static_cast<long long>(st.ackedSequence))
        .bind(5, static_cast<long long>(st.ackedChange))
        .bind(6, isoText(m_database.clock().nowUtc()))
        .bind(7, st.peerId);
    OREC_TRY(s.run());
    return scope.connection().changes() == 1;
}

Result<std::optional<ExchangePackageRecord>>
ExchangeRepository::package(qint64 peerId, PackageDirection direction, std::uint64_t sequence)
{
    OREC_TRY_ASSIGN(
        auto s,
        m_database.connection().prepare(
            "SELECT kind, package_hash, acked, first_change, last_change, applied, conflicts, at, user_name, "
            "report_json FROM exchange_packages WHERE peer_id = ? AND direction = ? AND sequence = ?"));
    s.bind(1, peerId).bind(2, directionText(direction)).bind(3, static_cast<long long>(sequence));
    OREC_TRY_ASSIGN(auto row, s.step());
    if (!row)
        return std::optional<ExchangePackageRecord>();
    ExchangePackageRecord r;
    r.direction = direction;
    r.kind = s.text(0) == QLatin1String("return") ? PackageKind::Return : PackageKind::Cell;
    r.sequence = sequence;
    r.packageHash = s.blob(1);
    r.acknowledged = static_cast<std::uint64_t>(s.int64(2));
    r.firstChange = static_cast<std::uint64_t>(s.int64(3));
    r.lastChange = static_cast<std::uint64_t>(s.int64(4));
    r.applied = s.integer(5);
    r.conflicts = s.integer(6);
    r.at = fromIso(s.text(7));
    r.user = s.text(8);
    r.report = jsonObject(s.text(9));
    return std::optional<ExchangePackageRecord>(r);
}

Status ExchangeRepository::recordPackage(WriteScope& scope, qint64 peerId, const ExchangePackageRecord& r)
{
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            "INSERT INTO exchange_packages (peer_id, direction, kind, sequence, package_hash, acked, "
            "first_change, "
            "last_change, applied, conflicts, at, user_name, report_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    s.bind(1, peerId)
        .bind(2, directionText(r.direction))
        .bind(3, r.kind == PackageKind::Return ? "return" : "cell")
        .bind(4, static_cast<long long>(r.sequence))
        .bindBlob(5, r.packageHash)
        .bind(6, static_cast<long long>(r.acknowledged))
        .bind(7, static_cast<long long>(r.firstChange))
        .bind(8, static_cast<long long>(r.lastChange))
        .bind(9, r.applied)
        .bind(10, r.conflicts)
        .bind(11, isoText(r.at.isValid() ? r.at : m_database.clock().nowUtc()))
        .bind(12, r.user.isEmpty() ? m_database.actor().user : r.user)
        .bind(13, jsonText(r.report));
    return s.run();
}

Result<std::optional<QPair<qint64, ExchangePackageRecord>>>
ExchangeRepository::packageByHash(const QByteArray& hash)
{
    using Match = QPair<qint64, ExchangePackageRecord>;
    OREC_TRY_ASSIGN(
        auto s,
        m_database.connection().prepare(
            "SELECT peer_id, direction, sequence FROM exchange_packages WHERE package_hash = ? ORDER BY id LIMIT 1"));
    s.bindBlob(1, hash);
    OREC_TRY_ASSIGN(auto row, s.step());
    if (!row)
        return std::optional<Match>();
    const qint64 peerId = s.int64(0);
    const PackageDirection direction =
        s.text(1) == QLatin1String("sent") ? PackageDirection::Sent : PackageDirection::Received;
    const auto sequence = static_cast<std::uint64_t>(s.int64(2));
    s.reset();
    OREC_TRY_ASSIGN(auto record, package(peerId, direction, sequence));
    if (!record)
        return std::optional<Match>();
    return std::optional<Match>(Match(peerId, *record));
}

Result<QList<ExchangePackageRecord>> ExchangeRepository::receivedAfter(qint64 peerId, std::uint64_t after)
{
    OREC_TRY_ASSIGN(auto s, m_database.connection().prepare(
                                "SELECT sequence FROM exchange_packages WHERE peer_id = ? AND "
                                "direction = 'received' AND sequence > ? "
                                "ORDER BY sequence"));
    s.bind(1, peerId).bind(2, static_cast<long long>(after));
    auto sequences = repo::collectRows<std::uint64_t>(
        s, [](const sql::Statement& row) { return static_cast<std::uint64_t>(row.int64(0)); });
    if (!sequences)
        return sequences.error();
    QList<ExchangePackageRecord> out;
    for (std::uint64_t sequence : *sequences) {
        OREC_TRY_ASSIGN(auto record, package(peerId, PackageDirection::Received, sequence));
        if (record)
            out << *record;
    }
    return out;
}

// ---- field outbox -----------------------------------------------------------------------------

Result<std::uint64_t> ExchangeRepository::lastChangeNo()
{
    OREC_TRY_ASSIGN(
        auto n, m_database.connection().queryInt("SELECT COALESCE(MAX(change_no), 0) FROM exchange_outbox"));
    return static_cast<std::uint64_t>(n);
}

Result<QList<OutboxChange>> ExchangeRepository::outbox()
{
    OREC_TRY_ASSIGN(
        auto s,
        m_database.connection().prepare(
            "SELECT change_no, audit_id, at, user_name, entity, entity_uuid, action, base_version, before_json, "
            "after_json, first_sent_in FROM exchange_outbox ORDER BY change_no"));
    return repo::collectRows<OutboxChange>(s, [](const sql::Statement& row) {
        OutboxChange c;
        c.changeNo = static_cast<std::uint64_t>(row.int64(0));
        c.auditId = row.int64(1);
        c.at = fromIso(row.text(2));
        c.user = row.text(3);
        c.entity = row.text(4);
        c.entityUuid = row.text(5);
        c.action = row.text(6);
        c.baseVersion = row.integer(7);
        c.before = jsonObject(row.text(8));
        c.after = jsonObject(row.text(9));
        c.firstSentIn = row.isNull(10) ? 0 : static_cast<std::uint64_t>(row.int64(10));
        return c;
    });
}

Status ExchangeRepository::appendOutbox(WriteScope& scope, const OutboxChange& c)
{
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            "INSERT INTO exchange_outbox (change_no, audit_id, at, user_name, entity, entity_uuid, action, "
            "base_version, before_json, after_json) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    s.bind(1, static_cast<long long>(c.changeNo))
        .bind(2, c.auditId)
        .bind(3, isoText(c.at))
        .bind(4, c.user)
        .bind(5, c.entity)
        .bind(6, c.entityUuid)
        .bind(7, c.action)
        .bind(8, c.baseVersion)
        .bind(9, jsonText(c.before))
        .bind(10, jsonText(c.after));
    return s.run();
}

Status ExchangeRepository::markSent(WriteScope& scope, std::uint64_t sequence)
{
    OREC_TRY_ASSIGN(auto s, scope.connection().prepare(
                                "UPDATE exchange_outbox SET first_sent_in = ? WHERE first_sent_in IS NULL"));
    s.bind(1, static_cast<long long>(sequence));
    return s.run();
}

Status ExchangeRepository::dropAcknowledged(WriteScope& scope, std::uint64_t upToChange)
{
    OREC_TRY_ASSIGN(auto s, scope.connection().prepare("DELETE FROM exchange_outbox WHERE change_no <= ?"));
    s.bind(1, static_cast<long long>(upToChange));
    return s.run();
}

Result<FieldExchangeState> ExchangeRepository::fieldState()
{
    OREC_TRY_ASSIGN(auto s, m_database.connection().prepare(
                                "SELECT harvested_audit_id, installed_sequence, installed_at, "
                                "last_ack_json FROM exchange_field_state "
                                "WHERE id = 1"));
    OREC_TRY_ASSIGN(auto row, s.step());
    FieldExchangeState st;
    if (row) {
        st.harvestedAuditId = s.int64(0);
        st.installedSequence = static_cast<std::uint64_t>(s.int64(1));
        st.installedAt = fromIso(s.text(2));
        st.lastAcknowledgement = jsonObject(s.text(3));
    }
    return st;
}

Status ExchangeRepository::saveFieldState(WriteScope& scope, const FieldExchangeState& st)
{
    OREC_TRY_ASSIGN(auto s, scope.connection().prepare(
                                "UPDATE exchange_field_state SET harvested_audit_id = ?, "
                                "installed_sequence = ?, installed_at = ?, last_ack_json = ? WHERE id = 1"));
    s.bind(1, st.harvestedAuditId)
        .bind(2, static_cast<long long>(st.installedSequence))
        .bind(3, isoText(st.installedAt))
        .bind(4, jsonText(st.lastAcknowledgement));
    return s.run();
}

// ---- short-lived keys ---------------------------------------------------------------------------------

Result<std::vector<ExchangeReceiveKey>> ExchangeRepository::receiveKeys()
{
    const bool legacy = legacyLayout();
    OREC_TRY_ASSIGN(
        auto s,
        m_database.connection().prepare(
            legacy
                ? "SELECT id, peer_id, box_public, box_secret, first_sequence FROM exchange_receive_keys ORDER BY id"
                : "SELECT id, peer_id, box_public, secret_sealed, first_sequence FROM exchange_receive_keys ORDER "
                  "BY id"));
    std::vector<ExchangeReceiveKey> out;
    SecureBytes wrapping;
    if (!legacy) {
        auto key = ExchangeKeyVault(m_database).wrappingKey();
        if (!key)
            return key.error();
        wrapping = std::move(*key);
    }
    while (true) {
        OREC_TRY_ASSIGN(auto row, s.step());
        if (!row)
            break;
        ExchangeReceiveKey key;
        key.id = s.int64(0);
        key.peerId = s.int64(1);
        key.boxPublic = s.blob(2);
        QByteArray secret = s.blob(3);
        if (legacy) {
            key.boxSecret = SecureBytes(secret.constData(), static_cast<std::size_t>(secret.size()));
            wipeBytes(secret);
        } else {
            OREC_TRY_ASSIGN(auto opened, vault::openSecret(wrapping, m_database.databaseId(),
                                                           VaultSecret::ReceiveKey, key.boxPublic, secret));
            key.boxSecret = std::move(opened);
        }
        key.firstSequence = static_cast<std::uint64_t>(s.int64(4));
        out.push_back(std::move(key));
    }
    return out;
}

Result<int> ExchangeRepository::receiveKeyCount(qint64 peerId)
{
    OREC_TRY_ASSIGN(auto s, m_database.connection().prepare(
                                "SELECT count(*) FROM exchange_receive_keys WHERE peer_id = ?"));
    s.bind(1, peerId);
    OREC_TRY_ASSIGN(auto row, s.step());
    return row ? s.integer(0) : 0;
}

Result<std::optional<QByteArray>> ExchangeRepository::newestReceiveKey(qint64 peerId)
{
    OREC_TRY_ASSIGN(
        auto s,
        m_database.connection().prepare(
            "SELECT box_public FROM exchange_receive_keys WHERE peer_id = ? ORDER BY id DESC LIMIT 1"));
    s.bind(1, peerId);
    OREC_TRY_ASSIGN(auto row, s.step());
    if (!row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(s.blob(0));
}

Status ExchangeRepository::insertReceiveKey(WriteScope& scope, qint64 peerId, const QByteArray& boxPublic,
                                            const SecureBytes& boxSecret, std::uint64_t firstSequence)
{
    const bool legacy = legacyLayout();
    QByteArray stored;
    if (legacy) {
        stored = secretBlob(boxSecret);
    } else {
        OREC_TRY_ASSIGN(auto sealed,
                        ExchangeKeyVault(m_database).seal(VaultSecret::ReceiveKey, boxPublic, boxSecret));
        stored = sealed;
    }
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            legacy
                ? "INSERT INTO exchange_receive_keys (peer_id, box_public, box_secret, first_sequence, created_at) "
                  "VALUES (?, ?, ?, ?, ?)"
                : "INSERT INTO exchange_receive_keys (peer_id, box_public, secret_sealed, first_sequence, "
                  "created_at) VALUES (?, ?, ?, ?, ?)"));
    s.bind(1, peerId)
        .bindBlob(2, boxPublic)
        .bindBlob(3, stored)
        .bind(4, static_cast<long long>(firstSequence))
        .bind(5, isoText(m_database.clock().nowUtc()));
    return s.run();
}

Result<int> ExchangeRepository::deleteReceiveKeysBefore(WriteScope& scope, qint64 peerId,
                                                        std::uint64_t acknowledged)
{
    // No key announced by a package up to `acknowledged`: the subquery is NULL and nothing goes.
    OREC_TRY_ASSIGN(auto s,
                    scope.connection().prepare(
                        "DELETE FROM exchange_receive_keys WHERE peer_id = ?1 AND id < (SELECT max(id) FROM "
                        "exchange_receive_keys WHERE peer_id = ?1 AND first_sequence <= ?2)"));
    s.bind(1, peerId).bind(2, static_cast<long long>(acknowledged));
    OREC_TRY(s.run());
    return scope.connection().changes();
}

Result<std::optional<ExchangePeerKey>> ExchangeRepository::peerKey(qint64 peerId)
{
    OREC_TRY_ASSIGN(auto s, m_database.connection().prepare(
                                "SELECT box_public, announced_in FROM exchange_peer_keys WHERE peer_id = ?"));
    s.bind(1, peerId);
    OREC_TRY_ASSIGN(auto row, s.step());
    if (!row)
        return std::optional<ExchangePeerKey>();
    return std::optional<ExchangePeerKey>(ExchangePeerKey{s.blob(0), static_cast<std::uint64_t>(s.int64(1))});
}

Status ExchangeRepository::savePeerKey(WriteScope& scope, qint64 peerId, const QByteArray& boxPublic,
                                       std::uint64_t announcedIn)
{
    OREC_TRY_ASSIGN(
        auto s, scope.connection().prepare("INSERT OR REPLACE INTO exchange_peer_keys (peer_id, box_public, "
                                           "announced_in, updated_at) VALUES (?, ?, ?, ?)"));
    s.bind(1, peerId)
        .bindBlob(2, boxPublic)
        .bind(3, static_cast<long long>(announcedIn))
        .bind(4, isoText(m_database.clock().nowUtc()));
    return s.run();
}

Result<bool> ExchangeRepository::longTermBoxKeyMayBeUsed()
{
    OREC_TRY_ASSIGN(auto n,
                    m_database.connection().queryInt(
                        "SELECT count(*) FROM exchange_peers p JOIN exchange_sequence s ON s.peer_id = p.id "
                        "WHERE p.status <> 'removed' AND NOT EXISTS (SELECT 1 FROM exchange_receive_keys k "
                        "WHERE k.peer_id = p.id AND k.first_sequence <= s.acked_sequence)"));
    return n > 0;
}

Status ExchangeRepository::retireLongTermBoxSecret(WriteScope& scope)
{
    if (legacyLayout())
        return scope.connection().exec("UPDATE exchange_identity SET box_secret = zeroblob(32) "
                                       "WHERE id = 1 AND box_secret <> zeroblob(32)");
    return scope.connection().exec(
        "UPDATE exchange_identity SET box_secret_sealed = NULL WHERE box_secret_sealed IS NOT NULL");
}

// ---- new home keys ----------------------------------------------------------------------------------

Result<std::optional<qint64>> ExchangeRepository::announcedIdentityOf(qint64 peerId)
{
    if (legacyLayout())
        return std::optional<qint64>();
    OREC_TRY_ASSIGN(auto s, m_database.connection().prepare(
                                "SELECT identity_id FROM exchange_home_key_announcements WHERE peer_id = ?"));
    s.bind(1, peerId);
    OREC_TRY_ASSIGN(auto row, s.step());
    if (!row)
        return std::optional<qint64>();
    return std::optional<qint64>(s.int64(0));
}

Result<std::optional<StoredIdentity>> ExchangeRepository::identityById(qint64 id)
{
    if (legacyLayout() || id == 0)
        return identity();
    return identityRow(id);
}

Result<qint64> ExchangeRepository::currentIdentityId()
{
    OREC_TRY_ASSIGN(auto n, m_database.connection().queryInt(
                                legacyLayout() ? "SELECT count(*) FROM exchange_identity"
                                               : "SELECT coalesce(max(id), 0) FROM exchange_identity"));
    return static_cast<qint64>(n);
}

Result<int> ExchangeRepository::announceToPeers(WriteScope& scope, qint64 identityId)
{
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            "INSERT INTO exchange_home_key_announcements (peer_id, identity_id, created_at) SELECT p.id, ?, ? FROM "
            "exchange_peers p JOIN exchange_sequence q ON q.peer_id = p.id WHERE p.role = 'secretary' AND p.status "
            "<> 'removed' AND q.last_sent > 0 AND p.id NOT IN (SELECT peer_id FROM exchange_home_key_announcements)"));
    s.bind(1, identityId).bind(2, isoText(m_database.clock().nowUtc()));
    OREC_TRY(s.run());
    OREC_TRY_ASSIGN(auto n,
                    scope.connection().queryInt("SELECT count(*) FROM exchange_home_key_announcements"));
    return static_cast<int>(n);
}

Status ExchangeRepository::forgetAnnouncement(WriteScope& scope, qint64 peerId)
{
    if (legacyLayout())
        return {};
    OREC_TRY_ASSIGN(
        auto s, scope.connection().prepare("DELETE FROM exchange_home_key_announcements WHERE peer_id = ?"));
    s.bind(1, peerId);
    OREC_TRY(s.run());
    // secure_delete overwrites the sealed secrets of keys no laptop trusts any more.
    return scope.connection().exec(
        "DELETE FROM exchange_identity WHERE id < (SELECT max(id) FROM exchange_identity) AND id NOT IN "
        "(SELECT identity_id FROM exchange_home_key_announcements)");
}

Result<PublicIdentity> ExchangeRepository::nextHomeKeys(qint64 homePeerId)
{
    PublicIdentity out;
    if (legacyLayout())
        return out;
    OREC_TRY_ASSIGN(
        auto s,
        m_database.connection().prepare(
            "SELECT party_id, next_sign_public, next_box_public FROM exchange_peers WHERE id = ? AND next_sign_public "
            "IS NOT NULL"));
    s.bind(1, homePeerId);
    OREC_TRY_ASSIGN(auto row, s.step());
    if (row)
        out = PublicIdentity{QUuid::fromString(s.text(0)), s.blob(1), s.blob(2)};
    return out;
}

Status ExchangeRepository::setNextHomeKeys(WriteScope& scope, qint64 homePeerId, const QByteArray& signPublic,
                                           const QByteArray& boxPublic)
{
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            "UPDATE exchange_peers SET next_sign_public = ?, next_box_public = ? WHERE id = ? AND role = 'home'"));
    s.bindBlob(1, signPublic).bindBlob(2, boxPublic).bind(3, homePeerId);
    return s.run();
}

Status ExchangeRepository::promoteNextHomeKeys(WriteScope& scope, qint64 homePeerId,
                                               const QString& fingerprint)
{
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            "UPDATE exchange_peers SET sign_public = next_sign_public, box_public = next_box_public, fingerprint = ?, "
            "next_sign_public = NULL, next_box_public = NULL WHERE id = ? AND role = 'home' AND next_sign_public IS "
            "NOT NULL"));
    s.bind(1, fingerprint).bind(2, homePeerId);
    return s.run();
}

// ---- base versions ------------------------------------------------------------------------------

Result<int> ExchangeRepository::baseVersion(const QString& entity, const QString& uuid)
{
    OREC_TRY_ASSIGN(auto s,
                    m_database.connection().cached(
                        "SELECT home_version FROM exchange_base WHERE entity = ? AND entity_uuid = ?"));
    s->bind(1, entity).bind(2, uuid);
    OREC_TRY_ASSIGN(auto row, s->step());
    const int version = row ? s->integer(0) : 0;
    s->reset();
    return version;
}

Result<QJsonObject> ExchangeRepository::baseRecord(const QString& entity, const QString& uuid)
{
    OREC_TRY_ASSIGN(auto s,
                    m_database.connection().cached(
                        "SELECT portable_json FROM exchange_base WHERE entity = ? AND entity_uuid = ?"));
    s->bind(1, entity).bind(2, uuid);
    OREC_TRY_ASSIGN(auto row, s->step());
    const QJsonObject out = row ? jsonObject(s->text(0)) : QJsonObject();
    s->reset();
    return out;
}

Status ExchangeRepository::setBaseVersion(WriteScope& scope, const QString& entity, const QString& uuid,
                                          int version, const QJsonObject& portable)
{
    OREC_TRY_ASSIGN(auto s,
                    scope.connection().cached("INSERT OR REPLACE INTO exchange_base (entity, entity_uuid, "
                                              "home_version, portable_json) VALUES (?, ?, ?, ?)"));
    s->bind(1, entity).bind(2, uuid).bind(3, version);
    portable.isEmpty() ? s->bind(4, nullptr) : s->bind(4, jsonText(portable));
    return s->run();
}

namespace {
// Peers' heads are kept from schema 11 on; a register still at an earlier version (a test opening
// it at its old version) has no table for them, and so remembers none.
bool hasPeerHeads(sql::Connection& connection)
{
    auto n = connection.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                 "'exchange_peer_heads'");
    return n.ok() && *n > 0;
}
} // namespace

Result<std::optional<ExchangePeerHead>> ExchangeRepository::peerHead(qint64 peerId)
{
    if (!hasPeerHeads(m_database.connection()))
        return std::optional<ExchangePeerHead>();
    OREC_TRY_ASSIGN(auto s,
                    m_database.connection().prepare("SELECT database_id, entry_id, hash, signer, public_key, "
                                                    "package_sequence, seen_at FROM exchange_peer_heads "
                                                    "WHERE peer_id = ?"));
    s.bind(1, peerId);
    OREC_TRY_ASSIGN(auto row, s.step());
    if (!row)
        return std::optional<ExchangePeerHead>();
    ExchangePeerHead h;
    h.peerId = peerId;
    h.databaseId = s.text(0);
    h.entryId = s.int64(1);
    h.hash = s.blob(2);
    h.signer = s.text(3);
    h.publicKey = s.blob(4);
    h.packageSequence = static_cast<std::uint64_t>(s.int64(5));
    h.seenAt = fromIso(s.text(6));
    return std::optional<ExchangePeerHead>(h);
}

Status ExchangeRepository::savePeerHead(WriteScope& scope, const ExchangePeerHead& h)
{
    if (!hasPeerHeads(scope.connection()))
        return {};
    OREC_TRY_ASSIGN(
        auto s,
        scope.connection().prepare(
            "INSERT OR REPLACE INTO exchange_peer_heads (peer_id, database_id, entry_id, hash, signer, public_key, "
            "package_sequence, seen_at) VALUES (?,?,?,?,?,?,?,?)"));
    s.bind(1, h.peerId)
        .bind(2, h.databaseId)
        .bind(3, h.entryId)
        .bindBlob(4, h.hash)
        .bind(5, h.signer)
        .bindBlob(6, h.publicKey)
        .bind(7, static_cast<long long>(h.packageSequence))
        .bind(8, isoText(m_database.clock().nowUtc()));
    return s.run();
}

Status ExchangeRepository::forgetRecord(WriteScope& scope, const QString& entity, const QString& uuid)
{
    for (const char* sql : {"DELETE FROM exchange_base WHERE entity = ?1 AND entity_uuid = ?2",
                            "DELETE FROM exchange_outbox WHERE entity = ?1 AND entity_uuid = ?2"}) {
        OREC_TRY_ASSIGN(auto s, scope.connection().prepare(sql));
        s.bind(1, entity).bind(2, uuid);
        OREC_TRY(s.run());
    }
    return {};
}

Status ExchangeRepository::clearBaseVersions(WriteScope& scope)
{
    return scope.connection().exec("DELETE FROM exchange_base");
}

} // namespace orec
