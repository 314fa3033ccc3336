#include "exchange/exchange_store.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace orec::exchange {

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

const char* kPeerColumns =
    "id, role, status, party_id, sign_public, box_public, cell_uuid, label, fingerprint, "
    "enrolment_id, enrolment_key IS NOT NULL, registered_at, activated_at, removed_at, "
    "removed_reason";

Peer peerFromRow(const sql::Statement& s)
{
    Peer p;
    p.id = s.int64(0);
    p.role = s.text(1) == QLatin1String("home") ? PeerRole::Home : PeerRole::Secretary;
    const QString status = s.text(2);
    p.status = status == QLatin1String("active")    ? PeerStatus::Active
               : status == QLatin1String("removed") ? PeerStatus::Removed
                                                    : PeerStatus::Pending;
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

QJsonObject peerJson(const QString& role, const QString& cellUuid, const QString& label,
                     const QString& fingerprint, const QString& status)
{
    QJsonObject o{{QStringLiteral("role"), role}, {QStringLiteral("status"), status}};
    if (!cellUuid.isEmpty())
        o.insert(QStringLiteral("cell_uuid"), cellUuid);
    if (!label.isEmpty())
        o.insert(QStringLiteral("label"), label);
    if (!fingerprint.isEmpty())
        o.insert(QStringLiteral("fingerprint"), fingerprint);
    return o;
}

} // namespace

QString peerStatusCode(PeerStatus status)
{
    switch (status) {
    case PeerStatus::Pending:
        return QStringLiteral("pending");
    case PeerStatus::Active:
        return QStringLiteral("active");
    case PeerStatus::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

// ---- mode and identity ----------------------------------------------------------------------

Result<ModeInfo> ExchangeStore::mode()
{
    auto s =
        m_database.connection().prepare("SELECT mode, cell_uuid, cell_code FROM exchange_mode WHERE id = 1");
    if (!s)
        return s.error();
    auto row = s->step();
    if (!row)
        return row.error();
    ModeInfo info;
    if (*row && s->text(0) == QLatin1String("field")) {
        info.mode = ExchangeMode::Field;
        info.cellUuid = s->text(1);
        info.cellCode = s->text(2);
    }
    return info;
}

Status ExchangeStore::setFieldMode(WriteScope& scope, const QString& cellUuid, const QString& cellCode)
{
    auto s = scope.connection().prepare(
        "UPDATE exchange_mode SET mode = 'field', cell_uuid = ?, cell_code = ?, set_at = ? WHERE id = 1");
    if (!s)
        return s.error();
    s->bind(1, cellUuid).bind(2, cellCode).bind(3, isoText(m_database.clock().nowUtc()));
    OREC_TRY(s->run());
    return scope.audit(QStringLiteral("exchange_mode"), cellUuid, QStringLiteral("field"), {},
                       {{QStringLiteral("mode"), QStringLiteral("field")},
                        {QStringLiteral("cell_uuid"), cellUuid},
                        {QStringLiteral("cell_code"), cellCode}});
}

Result<std::optional<Identity>> ExchangeStore::identity()
{
    auto s = m_database.connection().prepare("SELECT party_id, sign_public, sign_secret, box_public, "
                                             "box_secret FROM exchange_identity WHERE id = 1");
    if (!s)
        return s.error();
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Identity>();
    PublicIdentity pub;
    pub.partyId = QUuid::fromString(s->text(0));
    pub.signPublic = s->blob(1);
    pub.boxPublic = s->blob(3);
    QByteArray signSecret = s->blob(2);
    QByteArray boxSecret = s->blob(4);
    Identity identity(std::move(pub),
                      SecureBytes(signSecret.constData(), static_cast<std::size_t>(signSecret.size())),
                      SecureBytes(boxSecret.constData(), static_cast<std::size_t>(boxSecret.size())));
    wipeBytes(signSecret);
    wipeBytes(boxSecret);
    s->reset();
    if (!identity.isValid())
        return Error(ErrorCode::Corrupt, QCoreApplication::translate(
                                             "orec::exchange", "This database's exchange keys are damaged."));
    return std::optional<Identity>(std::move(identity));
}

Result<Identity> ExchangeStore::ensureIdentity(WriteScope& scope)
{
    auto existing = identity();
    if (!existing)
        return existing.error();
    if (*existing)
        return std::move(**existing);
    Identity fresh = Identity::generate();
    auto s =
        scope.connection().prepare("INSERT INTO exchange_identity (id, party_id, sign_public, sign_secret, "
                                   "box_public, box_secret, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    s->bind(1, uuidText(fresh.partyId()))
        .bindBlob(2, fresh.publicIdentity().signPublic)
        .bindBlob(3, QByteArray::fromRawData(fresh.signSecret().chars(),
                                             static_cast<qsizetype>(fresh.signSecret().size())))
        .bindBlob(4, fresh.publicIdentity().boxPublic)
        .bindBlob(5, QByteArray::fromRawData(fresh.boxSecret().chars(),
                                             static_cast<qsizetype>(fresh.boxSecret().size())))
        .bind(6, isoText(m_database.clock().nowUtc()));
    OREC_TRY(s->run());
    OREC_TRY(scope.audit(QStringLiteral("exchange_identity"), uuidText(fresh.partyId()),
                         QStringLiteral("create"), {},
                         {{QStringLiteral("fingerprint"), fingerprint(fresh.publicIdentity())}}));
    return fresh;
}

// ---- peers --------------------------------------------------------------------------------

Result<std::optional<Peer>> ExchangeStore::findPeer(const char* whereClause, const QString& value)
{
    auto s = m_database.connection().prepare(std::string("SELECT ") + kPeerColumns +
                                             " FROM exchange_peers WHERE " + whereClause +
                                             " ORDER BY id DESC LIMIT 1");
    if (!s)
        return s.error();
    if (!value.isNull())
        s->bind(1, value);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Peer>();
    return std::optional<Peer>(peerFromRow(*s));
}

Result<QList<Peer>> ExchangeStore::peers()
{
    auto s = m_database.connection().prepare(std::string("SELECT ") + kPeerColumns +
                                             " FROM exchange_peers ORDER BY id");
    if (!s)
        return s.error();
    QList<Peer> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(peerFromRow(*s));
    }
    return out;
}

Result<std::optional<Peer>> ExchangeStore::peerById(qint64 id)
{
    return findPeer("id = ?", QString::number(id));
}

Result<std::optional<Peer>> ExchangeStore::peerByPartyId(const QUuid& partyId)
{
    return findPeer("party_id = ?", uuidText(partyId));
}

Result<std::optional<Peer>> ExchangeStore::peerByEnrolmentId(const QUuid& enrolmentId)
{
    return findPeer("enrolment_id = ?", uuidText(enrolmentId));
}

Result<std::optional<Peer>> ExchangeStore::secretaryOfCell(const QString& cellUuid)
{
    return findPeer("role = 'secretary' AND status IN ('pending', 'active') AND cell_uuid = ?", cellUuid);
}

Result<std::optional<Peer>> ExchangeStore::homePeer()
{
    return findPeer("role = 'home' AND status = 'active'", QString());
}

Result<SecureBytes> ExchangeStore::enrolmentKey(qint64 peerId)
{
    auto s = m_database.connection().prepare("SELECT enrolment_key FROM exchange_peers WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, peerId);
    auto row = s->step();
    if (!row)
        return row.error();
    QByteArray key = *row ? s->blob(0) : QByteArray();
    s->reset();
    SecureBytes out(key.constData(), static_cast<std::size_t>(key.size()));
    wipeBytes(key);
    return out;
}

Result<qint64> ExchangeStore::addPendingSecretary(WriteScope& scope, const QString& cellUuid,
                                                  const QString& label, const QUuid& enrolmentId,
                                                  const SecureBytes& enrolmentKey)
{
    auto s =
        scope.connection().prepare("INSERT INTO exchange_peers (role, cell_uuid, label, enrolment_id, "
                                   "enrolment_key, status, registered_at) VALUES ('secretary', ?, ?, ?, ?, "
                                   "'pending', ?)");
    if (!s)
        return s.error();
    s->bind(1, cellUuid)
        .bind(2, label)
        .bind(3, uuidText(enrolmentId))
        .bindBlob(4,
                  QByteArray::fromRawData(enrolmentKey.chars(), static_cast<qsizetype>(enrolmentKey.size())))
        .bind(5, isoText(m_database.clock().nowUtc()));
    OREC_TRY(s->run());
    const qint64 id = scope.connection().lastInsertRowId();
    auto seq = scope.connection().prepare("INSERT INTO exchange_sequence (peer_id) VALUES (?)");
    if (!seq)
        return seq.error();
    seq->bind(1, id);
    OREC_TRY(seq->run());
    OREC_TRY(
        scope.audit(QStringLiteral("exchange_peer"), uuidText(enrolmentId), QStringLiteral("enrol"), {},
                    peerJson(QStringLiteral("secretary"), cellUuid, label, {}, QStringLiteral("pending"))));
    return id;
}

Status ExchangeStore::activateSecretary(WriteScope& scope, qint64 peerId, const PublicIdentity& identity)
{
    auto peer = peerById(peerId);
    if (!peer)
        return peer.error();
    if (!*peer)
        return Error(ErrorCode::NotFound, QCoreApplication::translate(
                                              "orec::exchange", "The secretary's registration is missing."));
    const QString fp = fingerprint(identity);
    auto s = scope.connection().prepare(
        "UPDATE exchange_peers SET party_id = ?, sign_public = ?, box_public = ?, fingerprint = ?, status = "
        "'active', activated_at = ?, enrolment_key = NULL WHERE id = ? AND status = 'pending'");
    if (!s)
        return s.error();
    s->bind(1, uuidText(identity.partyId))
        .bindBlob(2, identity.signPublic)
        .bindBlob(3, identity.boxPublic)
        .bind(4, fp)
        .bind(5, isoText(m_database.clock().nowUtc()))
        .bind(6, peerId);
    OREC_TRY(s->run());
    if (scope.connection().changes() != 1)
        return Error(ErrorCode::Conflict,
                     QCoreApplication::translate("orec::exchange",
                                                 "The secretary's registration is no longer pending."));
    return scope.audit(QStringLiteral("exchange_peer"), uuidText(identity.partyId),
                       QStringLiteral("activate"),
                       peerJson(QStringLiteral("secretary"), (*peer)->cellUuid, (*peer)->label, {},
                                QStringLiteral("pending")),
                       peerJson(QStringLiteral("secretary"), (*peer)->cellUuid, (*peer)->label, fp,
                                QStringLiteral("active")));
}

Status ExchangeStore::removeSecretary(WriteScope& scope, qint64 peerId, const QString& reason)
{
    auto peer = peerById(peerId);
    if (!peer)
        return peer.error();
    if (!*peer || (*peer)->role != PeerRole::Secretary)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("orec::exchange", "There is no such secretary."));
    auto s = scope.connection().prepare("UPDATE exchange_peers SET status = 'removed', removed_at = ?, "
                                        "removed_reason = ?, enrolment_key = NULL WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, isoText(m_database.clock().nowUtc())).bind(2, reason).bind(3, peerId);
    OREC_TRY(s->run());
    const Peer& p = **peer;
    const QString id = p.identity.partyId.isNull() ? uuidText(p.enrolmentId) : uuidText(p.identity.partyId);
    QJsonObject after =
        peerJson(QStringLiteral("secretary"), p.cellUuid, p.label, p.fingerprint, QStringLiteral("removed"));
    if (!reason.isEmpty())
        after.insert(QStringLiteral("reason"), reason);
    return scope.audit(
        QStringLiteral("exchange_peer"), id, QStringLiteral("remove"),
        peerJson(QStringLiteral("secretary"), p.cellUuid, p.label, p.fingerprint, peerStatusCode(p.status)),
        after);
}

Result<qint64> ExchangeStore::addHome(WriteScope& scope, const PublicIdentity& home, const QUuid& enrolmentId,
                                      const SecureBytes& enrolmentKey)
{
    const QString fp = fingerprint(home);
    auto s = scope.connection().prepare(
        "INSERT INTO exchange_peers (party_id, role, sign_public, box_public, fingerprint, enrolment_id, "
        "enrolment_key, status, registered_at, activated_at) VALUES (?, 'home', ?, ?, ?, ?, ?, 'active', ?, "
        "?)");
    if (!s)
        return s.error();
    const QString now = isoText(m_database.clock().nowUtc());
    s->bind(1, uuidText(home.partyId))
        .bindBlob(2, home.signPublic)
        .bindBlob(3, home.boxPublic)
        .bind(4, fp)
        .bind(5, uuidText(enrolmentId))
        .bindBlob(6,
                  QByteArray::fromRawData(enrolmentKey.chars(), static_cast<qsizetype>(enrolmentKey.size())))
        .bind(7, now)
        .bind(8, now);
    OREC_TRY(s->run());
    const qint64 id = scope.connection().lastInsertRowId();
    auto seq = scope.connection().prepare("INSERT INTO exchange_sequence (peer_id) VALUES (?)");
    if (!seq)
        return seq.error();
    seq->bind(1, id);
    OREC_TRY(seq->run());
    OREC_TRY(scope.audit(QStringLiteral("exchange_peer"), uuidText(home.partyId), QStringLiteral("create"),
                         {}, peerJson(QStringLiteral("home"), {}, {}, fp, QStringLiteral("active"))));
    return id;
}

Status ExchangeStore::forgetEnrolmentKey(WriteScope& scope, qint64 peerId)
{
    auto s = scope.connection().prepare(
        "UPDATE exchange_peers SET enrolment_key = NULL WHERE id = ? AND enrolment_key IS NOT NULL");
    if (!s)
        return s.error();
    s->bind(1, peerId);
    return s->run();
}

// ---- sequences and packages -----------------------------------------------------------------

Result<SequenceState> ExchangeStore::sequence(qint64 peerId)
{
    auto s = m_database.connection().prepare(
        "SELECT last_sent, last_received, last_change_applied, acked_sequence, "
        "acked_change FROM exchange_sequence WHERE peer_id = ?");
    if (!s)
        return s.error();
    s->bind(1, peerId);
    auto row = s->step();
    if (!row)
        return row.error();
    SequenceState state;
    state.peerId = peerId;
    if (*row) {
        state.lastSent = static_cast<std::uint64_t>(s->int64(0));
        state.lastReceived = static_cast<std::uint64_t>(s->int64(1));
        state.lastChangeApplied = static_cast<std::uint64_t>(s->int64(2));
        state.ackedSequence = static_cast<std::uint64_t>(s->int64(3));
        state.ackedChange = static_cast<std::uint64_t>(s->int64(4));
    }
    return state;
}

Status ExchangeStore::saveSequence(WriteScope& scope, const SequenceState& st)
{
    auto s = scope.connection().prepare("UPDATE exchange_sequence SET last_sent = ?, last_received = ?, "
                                        "last_change_applied = ?, acked_sequence = ?, acked_change = ?, "
                                        "updated_at = ? WHERE peer_id = ?");
    if (!s)
        return s.error();
    s->bind(1, static_cast<long long>(st.lastSent))
        .bind(2, static_cast<long long>(st.lastReceived))
        .bind(3, static_cast<long long>(st.lastChangeApplied))
        .bind(4, static_cast<long long>(st.ackedSequence))
        .bind(5, static_cast<long long>(st.ackedChange))
        .bind(6, isoText(m_database.clock().nowUtc()))
        .bind(7, st.peerId);
    OREC_TRY(s->run());
    if (scope.connection().changes() != 1)
        return Error(ErrorCode::Internal, QCoreApplication::translate(
                                              "orec::exchange", "The sequence state of a peer is missing."));
    return {};
}

Result<std::optional<PackageRecord>> ExchangeStore::package(qint64 peerId, Direction direction,
                                                            std::uint64_t sequence)
{
    auto s = m_database.connection().prepare(
        "SELECT kind, package_hash, acked, first_change, last_change, applied, conflicts, at, user_name, "
        "report_json FROM exchange_packages WHERE peer_id = ? AND direction = ? AND sequence = ?");
    if (!s)
        return s.error();
    s->bind(1, peerId)
        .bind(2, direction == Direction::Sent ? "sent" : "received")
        .bind(3, static_cast<long long>(sequence));
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<PackageRecord>();
    PackageRecord r;
    r.direction = direction;
    r.kind = s->text(0) == QLatin1String("return") ? PackageKind::Return : PackageKind::Cell;
    r.sequence = sequence;
    r.packageHash = s->blob(1);
    r.acknowledged = static_cast<std::uint64_t>(s->int64(2));
    r.firstChange = static_cast<std::uint64_t>(s->int64(3));
    r.lastChange = static_cast<std::uint64_t>(s->int64(4));
    r.applied = s->integer(5);
    r.conflicts = s->integer(6);
    r.at = fromIso(s->text(7));
    r.user = s->text(8);
    r.report = jsonObject(s->text(9));
    return std::optional<PackageRecord>(r);
}

Status ExchangeStore::recordPackage(WriteScope& scope, qint64 peerId, const PackageRecord& r)
{
    auto s = scope.connection().prepare(
        "INSERT INTO exchange_packages (peer_id, direction, kind, sequence, package_hash, acked, "
        "first_change, "
        "last_change, applied, conflicts, at, user_name, report_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!s)
        return s.error();
    s->bind(1, peerId)
        .bind(2, r.direction == Direction::Sent ? "sent" : "received")
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
    return s->run();
}

Result<QList<PackageRecord>> ExchangeStore::receivedAfter(qint64 peerId, std::uint64_t after)
{
    auto s = m_database.connection().prepare("SELECT sequence FROM exchange_packages WHERE peer_id = ? AND "
                                             "direction = 'received' AND sequence > ? "
                                             "ORDER BY sequence");
    if (!s)
        return s.error();
    s->bind(1, peerId).bind(2, static_cast<long long>(after));
    QList<std::uint64_t> sequences;
    for (;;) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        sequences << static_cast<std::uint64_t>(s->int64(0));
    }
    QList<PackageRecord> out;
    for (std::uint64_t sequence : sequences) {
        auto record = package(peerId, Direction::Received, sequence);
        if (!record)
            return record.error();
        if (*record)
            out << **record;
    }
    return out;
}

// ---- field outbox -----------------------------------------------------------------------------

Result<std::uint64_t> ExchangeStore::lastChangeNo()
{
    auto n = m_database.connection().queryInt("SELECT COALESCE(MAX(change_no), 0) FROM exchange_outbox");
    if (!n)
        return n.error();
    return static_cast<std::uint64_t>(*n);
}

Result<QList<OutboxChange>> ExchangeStore::outbox()
{
    auto s = m_database.connection().prepare(
        "SELECT change_no, audit_id, at, user_name, entity, entity_uuid, action, base_version, before_json, "
        "after_json, first_sent_in FROM exchange_outbox ORDER BY change_no");
    if (!s)
        return s.error();
    QList<OutboxChange> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        OutboxChange c;
        c.changeNo = static_cast<std::uint64_t>(s->int64(0));
        c.auditId = s->int64(1);
        c.at = fromIso(s->text(2));
        c.user = s->text(3);
        c.entity = s->text(4);
        c.entityUuid = s->text(5);
        c.action = s->text(6);
        c.baseVersion = s->integer(7);
        c.before = jsonObject(s->text(8));
        c.after = jsonObject(s->text(9));
        c.firstSentIn = s->isNull(10) ? 0 : static_cast<std::uint64_t>(s->int64(10));
        out.append(std::move(c));
    }
    return out;
}

Status ExchangeStore::appendOutbox(WriteScope& scope, const OutboxChange& c)
{
    auto s = scope.connection().prepare(
        "INSERT INTO exchange_outbox (change_no, audit_id, at, user_name, entity, entity_uuid, action, "
        "base_version, before_json, after_json) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!s)
        return s.error();
    s->bind(1, static_cast<long long>(c.changeNo))
        .bind(2, c.auditId)
        .bind(3, isoText(c.at))
        .bind(4, c.user)
        .bind(5, c.entity)
        .bind(6, c.entityUuid)
        .bind(7, c.action)
        .bind(8, c.baseVersion)
        .bind(9, jsonText(c.before))
        .bind(10, jsonText(c.after));
    return s->run();
}

Status ExchangeStore::markSent(WriteScope& scope, std::uint64_t sequence)
{
    auto s = scope.connection().prepare(
        "UPDATE exchange_outbox SET first_sent_in = ? WHERE first_sent_in IS NULL");
    if (!s)
        return s.error();
    s->bind(1, static_cast<long long>(sequence));
    return s->run();
}

Status ExchangeStore::dropAcknowledged(WriteScope& scope, std::uint64_t upToChange)
{
    auto s = scope.connection().prepare("DELETE FROM exchange_outbox WHERE change_no <= ?");
    if (!s)
        return s.error();
    s->bind(1, static_cast<long long>(upToChange));
    return s->run();
}

Result<ExchangeStore::FieldState> ExchangeStore::fieldState()
{
    auto s = m_database.connection().prepare("SELECT harvested_audit_id, installed_sequence, installed_at, "
                                             "last_ack_json FROM exchange_field_state "
                                             "WHERE id = 1");
    if (!s)
        return s.error();
    auto row = s->step();
    if (!row)
        return row.error();
    FieldState st;
    if (*row) {
        st.harvestedAuditId = s->int64(0);
        st.installedSequence = static_cast<std::uint64_t>(s->int64(1));
        st.installedAt = fromIso(s->text(2));
        st.lastAcknowledgement = jsonObject(s->text(3));
    }
    return st;
}

Status ExchangeStore::saveFieldState(WriteScope& scope, const FieldState& st)
{
    auto s = scope.connection().prepare(
        "UPDATE exchange_field_state SET harvested_audit_id = ?, "
        "installed_sequence = ?, installed_at = ?, last_ack_json = ? WHERE id = 1");
    if (!s)
        return s.error();
    s->bind(1, st.harvestedAuditId)
        .bind(2, static_cast<long long>(st.installedSequence))
        .bind(3, isoText(st.installedAt))
        .bind(4, jsonText(st.lastAcknowledgement));
    return s->run();
}

Result<QList<AuditEntry>> ExchangeStore::auditSince(qint64 afterId)
{
    auto s =
        m_database.connection().prepare("SELECT id, at, user_name, entity, entity_id, action, before_json, "
                                        "after_json FROM audit_log WHERE id > ? ORDER BY id");
    if (!s)
        return s.error();
    s->bind(1, afterId);
    QList<AuditEntry> out;
    for (;;) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        AuditEntry e;
        e.id = s->int64(0);
        e.at = fromIso(s->text(1));
        e.user = s->text(2);
        e.entity = s->text(3);
        e.entityId = s->text(4);
        e.action = s->text(5);
        e.beforeJson = s->text(6);
        e.afterJson = s->text(7);
        out.append(std::move(e));
    }
    return out;
}

Result<qint64> ExchangeStore::lastAuditId()
{
    auto id = m_database.connection().queryInt("SELECT last_id FROM audit_head WHERE id = 1");
    if (!id)
        return id.error();
    return static_cast<qint64>(*id);
}

Result<int> ExchangeStore::baseVersion(const QString& entity, const QString& uuid)
{
    auto s = m_database.connection().cached(
        "SELECT home_version FROM exchange_base WHERE entity = ? AND entity_uuid = ?");
    if (!s)
        return s.error();
    (*s)->bind(1, entity).bind(2, uuid);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    const int version = *row ? (*s)->integer(0) : 0;
    (*s)->reset();
    return version;
}

Status ExchangeStore::setBaseVersion(WriteScope& scope, const QString& entity, const QString& uuid,
                                     int version)
{
    auto s = scope.connection().cached(
        "INSERT OR REPLACE INTO exchange_base (entity, entity_uuid, home_version) VALUES (?, ?, ?)");
    if (!s)
        return s.error();
    (*s)->bind(1, entity).bind(2, uuid).bind(3, version);
    return (*s)->run();
}

Status ExchangeStore::clearBaseVersions(WriteScope& scope)
{
    return scope.connection().exec("DELETE FROM exchange_base");
}

} // namespace orec::exchange
