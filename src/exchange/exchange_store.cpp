#include "exchange/exchange_store.h"

#include "core/crypto.h"
#include "storage/exchange_key_vault.h"

#include <QCoreApplication>

namespace orec::exchange {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

QString uuidText(const QUuid& id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
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

// ---- mode and identity ----------------------------------------------------------------------

Result<ModeInfo> ExchangeStore::mode()
{
    return m_tables.mode();
}

Status ExchangeStore::setFieldMode(WriteScope& scope, const QString& cellUuid, const QString& cellCode)
{
    OREC_TRY(m_tables.setFieldMode(scope, cellUuid, cellCode));
    return scope.audit(QStringLiteral("exchange_mode"), cellUuid, QStringLiteral("field"), {},
                       {{QStringLiteral("mode"), QStringLiteral("field")},
                        {QStringLiteral("cell_uuid"), cellUuid},
                        {QStringLiteral("cell_code"), cellCode}});
}

Result<std::optional<Identity>> ExchangeStore::identity()
{
    auto stored = m_tables.identity();
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<Identity>();
    Identity identity(std::move((*stored)->publicPart), std::move((*stored)->signSecret),
                      std::move((*stored)->boxSecret));
    if (!identity.isValid())
        return Error(ErrorCode::Corrupt, Texts::tr("This database's exchange keys are damaged."));
    return std::optional<Identity>(std::move(identity));
}

Result<std::optional<PublicIdentity>> ExchangeStore::publicIdentity()
{
    return m_tables.publicIdentity();
}

Result<Identity> ExchangeStore::ensureIdentity(WriteScope& scope)
{
    // A copy withdrawn by someone who could not replace the wrapping key: replaced before it seals more.
    OREC_TRY(ExchangeKeyVault(m_database).rewrapIfDue(scope));
    auto existing = identity();
    if (!existing)
        return existing.error();
    if (*existing)
        return std::move(**existing);
    Identity fresh = Identity::generate();
    OREC_TRY(m_tables.insertIdentity(scope, fresh.publicIdentity(), fresh.signSecret(), fresh.boxSecret()));
    OREC_TRY(scope.audit(QStringLiteral("exchange_identity"), uuidText(fresh.partyId()),
                         QStringLiteral("create"), {},
                         {{QStringLiteral("fingerprint"), fingerprint(fresh.publicIdentity())}}));
    return fresh;
}

// ---- peers --------------------------------------------------------------------------------

Result<QList<Peer>> ExchangeStore::peers()
{
    return m_tables.peers();
}

Result<std::optional<Peer>> ExchangeStore::peerById(qint64 id)
{
    return m_tables.peerById(id);
}

Result<std::optional<Peer>> ExchangeStore::peerByPartyId(const QUuid& partyId)
{
    return m_tables.peerByPartyId(partyId);
}

Result<std::optional<Peer>> ExchangeStore::peerByEnrolmentId(const QUuid& enrolmentId)
{
    return m_tables.peerByEnrolmentId(enrolmentId);
}

Result<std::optional<Peer>> ExchangeStore::secretaryOfCell(const QString& cellUuid)
{
    return m_tables.secretaryOfCell(cellUuid);
}

Result<std::optional<Peer>> ExchangeStore::homePeer()
{
    return m_tables.homePeer();
}

Result<SecureBytes> ExchangeStore::enrolmentKey(qint64 peerId)
{
    return m_tables.enrolmentKey(peerId);
}

Result<qint64> ExchangeStore::addPendingSecretary(WriteScope& scope, const QString& cellUuid,
                                                  const QString& label, const QUuid& enrolmentId,
                                                  const SecureBytes& enrolmentKey)
{
    auto id = m_tables.insertPendingSecretary(scope, cellUuid, label, enrolmentId, enrolmentKey);
    if (!id)
        return id.error();
    OREC_TRY(
        scope.audit(QStringLiteral("exchange_peer"), uuidText(enrolmentId), QStringLiteral("enrol"), {},
                    peerJson(QStringLiteral("secretary"), cellUuid, label, {}, QStringLiteral("pending"))));
    return *id;
}

Status ExchangeStore::activateSecretary(WriteScope& scope, qint64 peerId, const PublicIdentity& identity)
{
    auto peer = peerById(peerId);
    if (!peer)
        return peer.error();
    if (!*peer)
        return Error(ErrorCode::NotFound, Texts::tr("The secretary's registration is missing."));
    const QString fp = fingerprint(identity);
    auto activated = m_tables.activatePendingSecretary(scope, peerId, identity, fp);
    if (!activated)
        return activated.error();
    if (!*activated)
        return Error(ErrorCode::Conflict, Texts::tr("The secretary's registration is no longer pending."));
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
        return Error(ErrorCode::NotFound, Texts::tr("There is no such secretary."));
    OREC_TRY(m_tables.markRemoved(scope, peerId, reason));
    OREC_TRY(m_tables.forgetAnnouncement(scope, peerId)); // no laptop of theirs is told new keys any more
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
    auto id = m_tables.insertHome(scope, home, fp, enrolmentId, enrolmentKey);
    if (!id)
        return id.error();
    OREC_TRY(scope.audit(QStringLiteral("exchange_peer"), uuidText(home.partyId), QStringLiteral("create"),
                         {}, peerJson(QStringLiteral("home"), {}, {}, fp, QStringLiteral("active"))));
    return *id;
}

Status ExchangeStore::forgetEnrolmentKey(WriteScope& scope, qint64 peerId)
{
    return m_tables.forgetEnrolmentKey(scope, peerId);
}

// ---- sequences and packages -----------------------------------------------------------------

Result<SequenceState> ExchangeStore::sequence(qint64 peerId)
{
    return m_tables.sequence(peerId);
}

Status ExchangeStore::saveSequence(WriteScope& scope, const SequenceState& state)
{
    auto saved = m_tables.saveSequence(scope, state);
    if (!saved)
        return saved.error();
    if (!*saved)
        return Error(ErrorCode::Internal, Texts::tr("The sequence state of a peer is missing."));
    return {};
}

Result<std::optional<PackageRecord>> ExchangeStore::package(qint64 peerId, Direction direction,
                                                            std::uint64_t sequence)
{
    return m_tables.package(peerId, direction, sequence);
}

Status ExchangeStore::recordPackage(WriteScope& scope, qint64 peerId, const PackageRecord& record)
{
    return m_tables.recordPackage(scope, peerId, record);
}

Result<std::optional<QPair<qint64, PackageRecord>>> ExchangeStore::packageByHash(const QByteArray& hash)
{
    return m_tables.packageByHash(hash);
}

Result<QList<PackageRecord>> ExchangeStore::receivedAfter(qint64 peerId, std::uint64_t after)
{
    return m_tables.receivedAfter(peerId, after);
}

// ---- short-lived keys -----------------------------------------------------------------------------------

Result<std::vector<ReceiveKey>> ExchangeStore::receiveKeys()
{
    return m_tables.receiveKeys();
}

Result<QByteArray> ExchangeStore::announceReceiveKey(WriteScope& scope, qint64 peerId, std::uint64_t sequence)
{
    auto count = m_tables.receiveKeyCount(peerId);
    if (!count)
        return count.error();
    if (*count >= kMaxReceiveKeysPerPeer) {
        auto newest = m_tables.newestReceiveKey(peerId);
        if (!newest)
            return newest.error();
        if (*newest)
            return **newest;
    }
    crypto::BoxKeyPair fresh = crypto::generateBoxKeyPair();
    OREC_TRY(m_tables.insertReceiveKey(scope, peerId, fresh.publicKey, fresh.secretKey, sequence));
    return fresh.publicKey;
}

Result<QByteArray> ExchangeStore::sealKeyFor(const Peer& peer)
{
    auto announced = m_tables.peerKey(peer.id);
    if (!announced)
        return announced.error();
    if (*announced)
        return (*announced)->boxPublic;
    if (peer.status == PeerStatus::Active && peer.identity.boxPublic.size() == kBoxPublicBytes)
        return peer.identity.boxPublic;
    return QByteArray();
}

Result<int> ExchangeStore::rotateOnReceipt(WriteScope& scope, qint64 peerId, const PackageHeader& header)
{
    OREC_TRY(m_tables.savePeerKey(scope, peerId, header.nextKey, header.sequence));
    auto deleted = m_tables.deleteReceiveKeysBefore(scope, peerId, header.acknowledged);
    if (!deleted)
        return deleted.error();
    auto stillUsed = m_tables.longTermBoxKeyMayBeUsed();
    if (!stillUsed)
        return stillUsed.error();
    if (!*stillUsed)
        OREC_TRY(m_tables.retireLongTermBoxSecret(scope));
    return *deleted;
}

Result<QByteArray> ExchangeStore::ownAuditHead()
{
    auto head = m_database.signedHead();
    if (!head)
        return head.error();
    if (head->signature.isEmpty())
        return QByteArray(); // a session that cannot sign (none of the program's own) sends none
    AuditHeadToken token;
    token.databaseId = QUuid::fromString(m_database.databaseId());
    token.entryId = head->checkpoint.entryId;
    token.hash = head->hash;
    token.signer = head->signer;
    token.publicKey = head->publicKey;
    token.signature = head->signature;
    return encodeAuditHead(token);
}

// ---- field outbox -----------------------------------------------------------------------------

Result<std::uint64_t> ExchangeStore::lastChangeNo()
{
    return m_tables.lastChangeNo();
}

Result<QList<OutboxChange>> ExchangeStore::outbox()
{
    return m_tables.outbox();
}

Status ExchangeStore::appendOutbox(WriteScope& scope, const OutboxChange& change)
{
    return m_tables.appendOutbox(scope, change);
}

Status ExchangeStore::markSent(WriteScope& scope, std::uint64_t sequence)
{
    return m_tables.markSent(scope, sequence);
}

Status ExchangeStore::dropAcknowledged(WriteScope& scope, std::uint64_t upToChange)
{
    return m_tables.dropAcknowledged(scope, upToChange);
}

Result<ExchangeStore::FieldState> ExchangeStore::fieldState()
{
    return m_tables.fieldState();
}

Status ExchangeStore::saveFieldState(WriteScope& scope, const FieldState& state)
{
    return m_tables.saveFieldState(scope, state);
}

Result<QList<AuditEntry>> ExchangeStore::auditSince(qint64 afterId)
{
    return m_database.auditLog().entriesAfter(afterId);
}

Result<qint64> ExchangeStore::lastAuditId()
{
    return m_database.auditLog().lastId();
}

Result<int> ExchangeStore::baseVersion(const QString& entity, const QString& uuid)
{
    return m_tables.baseVersion(entity, uuid);
}

Result<QJsonObject> ExchangeStore::baseRecord(const QString& entity, const QString& uuid)
{
    return m_tables.baseRecord(entity, uuid);
}

Status ExchangeStore::setBaseVersion(WriteScope& scope, const QString& entity, const QString& uuid,
                                     int version, const QJsonObject& portable)
{
    return m_tables.setBaseVersion(scope, entity, uuid, version, portable);
}

Status ExchangeStore::forgetRecord(WriteScope& scope, const QString& entity, const QString& uuid)
{
    return m_tables.forgetRecord(scope, entity, uuid);
}

Result<std::optional<ExchangePeerHead>> ExchangeStore::peerHead(qint64 peerId)
{
    return m_tables.peerHead(peerId);
}

Status ExchangeStore::savePeerHead(WriteScope& scope, qint64 peerId, const AuditHeadToken& head,
                                   std::uint64_t sequence)
{
    ExchangePeerHead row;
    row.peerId = peerId;
    row.databaseId = head.databaseId.toString(QUuid::WithoutBraces);
    row.entryId = head.entryId;
    row.hash = head.hash;
    row.signer = head.signer;
    row.publicKey = head.publicKey;
    row.packageSequence = sequence;
    return m_tables.savePeerHead(scope, row);
}

Status ExchangeStore::clearBaseVersions(WriteScope& scope)
{
    return m_tables.clearBaseVersions(scope);
}

// ---- home's keys change ---------------------------------------------------------------------------

namespace {

const QString kHomeKeys = QStringLiteral("home_keys");

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromB64(const QJsonObject& o, const char* field)
{
    return QByteArray::fromBase64(o.value(QLatin1String(field)).toString().toLatin1());
}

} // namespace

Result<Identity> ExchangeStore::signingIdentityFor(WriteScope& scope, const Peer& peer)
{
    auto current = ensureIdentity(scope);
    if (!current)
        return current.error();
    auto known = m_tables.announcedIdentityOf(peer.id);
    if (!known)
        return known.error();
    if (!*known)
        return current;
    auto older = m_tables.identityById(**known);
    if (!older)
        return older.error();
    if (!*older)
        return current; // gone: the laptop is told nothing older than the current keys
    Identity identity(std::move((*older)->publicPart), std::move((*older)->signSecret),
                      std::move((*older)->boxSecret));
    if (!identity.isValid())
        return Error(ErrorCode::Corrupt, Texts::tr("This database's exchange keys are damaged."));
    return identity;
}

Result<std::optional<PublicIdentity>> ExchangeStore::homeKeysToAnnounce(const Peer& peer)
{
    auto known = m_tables.announcedIdentityOf(peer.id);
    if (!known)
        return known.error();
    if (!*known)
        return std::optional<PublicIdentity>();
    return m_tables.publicIdentity();
}

Result<ExchangeStore::RotatedIdentity> ExchangeStore::rotateIdentity(WriteScope& scope)
{
    auto current = ensureIdentity(scope);
    if (!current)
        return current.error();
    auto currentId = m_tables.currentIdentityId();
    if (!currentId)
        return currentId.error();
    Identity fresh = Identity::generate();
    PublicIdentity next = fresh.publicIdentity();
    next.partyId = current->partyId(); // the same party: laptops and packages keep naming it
    OREC_TRY(m_tables.insertIdentity(scope, next, fresh.signSecret(), fresh.boxSecret()));
    auto told = m_tables.announceToPeers(scope, *currentId);
    if (!told)
        return told.error();
    // Whoever held the wrapping key before opens nothing sealed from now on, the new keys included.
    OREC_TRY(ExchangeKeyVault(m_database).rewrap(scope));
    RotatedIdentity out{current->publicIdentity(), next, *told};
    OREC_TRY(scope.audit(QStringLiteral("exchange_identity"), uuidText(next.partyId),
                         QStringLiteral("rotate"), {{QStringLiteral("fingerprint"), fingerprint(out.before)}},
                         {{QStringLiteral("fingerprint"), fingerprint(out.after)},
                          {QStringLiteral("laptops_to_tell"), out.laptopsToTell}}));
    return out;
}

Status ExchangeStore::noteHomeKeysHeld(WriteScope& scope, qint64 peerId, const QJsonObject& payload)
{
    auto known = m_tables.announcedIdentityOf(peerId);
    if (!known)
        return known.error();
    if (!*known)
        return {};
    auto current = m_tables.publicIdentity();
    if (!current)
        return current.error();
    const QByteArray held = fromB64(payload.value(kHomeKeys).toObject(), "sign_public");
    if (!*current || held.isEmpty() || held != (*current)->signPublic)
        return {};
    return m_tables.forgetAnnouncement(scope, peerId);
}

Status ExchangeStore::takeHomeKeys(WriteScope& scope, const Peer& home, const PackageHeader& header,
                                   const QJsonObject& payload)
{
    auto next = m_tables.nextHomeKeys(home.id);
    if (!next)
        return next.error();
    if (next->isComplete() && header.senderSignPublic == next->signPublic &&
        header.senderBoxPublic == next->boxPublic) {
        const QString before = home.fingerprint;
        const QString after = fingerprint(*next);
        OREC_TRY(m_tables.promoteNextHomeKeys(scope, home.id, after));
        return scope.audit(QStringLiteral("exchange_peer"), uuidText(home.identity.partyId),
                           QStringLiteral("home_keys"), {{QStringLiteral("fingerprint"), before}},
                           {{QStringLiteral("fingerprint"), after}});
    }
    const QJsonObject announced = payload.value(kHomeKeys).toObject();
    const QByteArray sign = fromB64(announced, "sign_public");
    const QByteArray box = fromB64(announced, "box_public");
    if (sign.size() != kSignPublicBytes || box.size() != kBoxPublicBytes)
        return {};
    if ((sign == home.identity.signPublic && box == home.identity.boxPublic) ||
        (sign == next->signPublic && box == next->boxPublic))
        return {};
    // Signed with the keys on record, so home vouches for these; they sign only once home knows we have them.
    OREC_TRY(m_tables.setNextHomeKeys(scope, home.id, sign, box));
    return scope.audit(QStringLiteral("exchange_peer"), uuidText(home.identity.partyId),
                       QStringLiteral("home_keys_announced"), {},
                       {{QStringLiteral("fingerprint"), fingerprint(sign, box)}});
}

Result<PublicIdentity> ExchangeStore::nextHomeKeys(qint64 homePeerId)
{
    return m_tables.nextHomeKeys(homePeerId);
}

Result<QJsonObject> ExchangeStore::homeKeysHeld(const Peer& home)
{
    auto next = m_tables.nextHomeKeys(home.id);
    if (!next)
        return next.error();
    const QByteArray sign = next->isComplete() ? next->signPublic : home.identity.signPublic;
    return QJsonObject{{QStringLiteral("sign_public"), b64(sign)}};
}

} // namespace orec::exchange
