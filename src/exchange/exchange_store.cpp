#include "exchange/exchange_store.h"

#include "core/crypto.h"
#include "core/result_try.h"
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
    OREC_TRY_ASSIGN(auto stored, m_tables.identity());
    if (!stored)
        return std::optional<Identity>();
    Identity identity(std::move(stored->publicPart), std::move(stored->signSecret),
                      std::move(stored->boxSecret));
    if (!identity.isValid())
        return Error(ErrorCode::Corrupt, Texts::tr("This database's exchange keys are damaged."));
    return std::optional<Identity>(std::move(identity));
}

Result<Identity> ExchangeStore::ensureIdentity(WriteScope& scope)
{
    // A copy withdrawn by someone who could not replace the wrapping key: replaced before it seals more.
    OREC_TRY(ExchangeKeyVault(m_database).rewrapIfDue(scope));
    OREC_TRY_ASSIGN(auto existing, identity());
    if (existing)
        return std::move(*existing);
    Identity fresh = Identity::generate();
    OREC_TRY(m_tables.insertIdentity(scope, fresh.publicIdentity(), fresh.signSecret(), fresh.boxSecret()));
    OREC_TRY(scope.audit(QStringLiteral("exchange_identity"), uuidText(fresh.partyId()),
                         QStringLiteral("create"), {},
                         {{QStringLiteral("fingerprint"), fingerprint(fresh.publicIdentity())}}));
    return fresh;
}

// ---- peers --------------------------------------------------------------------------------

Result<qint64> ExchangeStore::addPendingSecretary(WriteScope& scope, const QString& cellUuid,
                                                  const QString& label, const QUuid& enrolmentId,
                                                  const SecureBytes& enrolmentKey)
{
    OREC_TRY_ASSIGN(auto id,
                    m_tables.insertPendingSecretary(scope, cellUuid, label, enrolmentId, enrolmentKey));
    OREC_TRY(
        scope.audit(QStringLiteral("exchange_peer"), uuidText(enrolmentId), QStringLiteral("enrol"), {},
                    peerJson(QStringLiteral("secretary"), cellUuid, label, {}, QStringLiteral("pending"))));
    return id;
}

Status ExchangeStore::activateSecretary(WriteScope& scope, qint64 peerId, const PublicIdentity& identity)
{
    OREC_TRY_ASSIGN(auto peer, m_tables.peerById(peerId));
    if (!peer)
        return Error(ErrorCode::NotFound, Texts::tr("The secretary's registration is missing."));
    const QString fp = fingerprint(identity);
    OREC_TRY_ASSIGN(auto activated, m_tables.activatePendingSecretary(scope, peerId, identity, fp));
    if (!activated)
        return Error(ErrorCode::Conflict, Texts::tr("The secretary's registration is no longer pending."));
    return scope.audit(
        QStringLiteral("exchange_peer"), uuidText(identity.partyId), QStringLiteral("activate"),
        peerJson(QStringLiteral("secretary"), peer->cellUuid, peer->label, {}, QStringLiteral("pending")),
        peerJson(QStringLiteral("secretary"), peer->cellUuid, peer->label, fp, QStringLiteral("active")));
}

Status ExchangeStore::removeSecretary(WriteScope& scope, qint64 peerId, const QString& reason)
{
    OREC_TRY_ASSIGN(auto peer, m_tables.peerById(peerId));
    if (!peer || peer->role != ExchangePeerRole::Secretary)
        return Error(ErrorCode::NotFound, Texts::tr("There is no such secretary."));
    OREC_TRY(m_tables.markRemoved(scope, peerId, reason));
    OREC_TRY(m_tables.forgetAnnouncement(scope, peerId)); // no laptop of theirs is told new keys any more
    const ExchangePeer& p = *peer;
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
    OREC_TRY_ASSIGN(auto id, m_tables.insertHome(scope, home, fp, enrolmentId, enrolmentKey));
    OREC_TRY(scope.audit(QStringLiteral("exchange_peer"), uuidText(home.partyId), QStringLiteral("create"),
                         {}, peerJson(QStringLiteral("home"), {}, {}, fp, QStringLiteral("active"))));
    return id;
}

// ---- sequences and packages -----------------------------------------------------------------

Status ExchangeStore::saveSequence(WriteScope& scope, const ExchangeSequence& state)
{
    OREC_TRY_ASSIGN(auto saved, m_tables.saveSequence(scope, state));
    if (!saved)
        return Error(ErrorCode::Internal, Texts::tr("The sequence state of a peer is missing."));
    return {};
}

// ---- short-lived keys -----------------------------------------------------------------------------------

Result<QByteArray> ExchangeStore::announceReceiveKey(WriteScope& scope, qint64 peerId, std::uint64_t sequence)
{
    OREC_TRY_ASSIGN(auto count, m_tables.receiveKeyCount(peerId));
    if (count >= kMaxReceiveKeysPerPeer) {
        OREC_TRY_ASSIGN(auto newest, m_tables.newestReceiveKey(peerId));
        if (newest)
            return *newest;
    }
    crypto::BoxKeyPair fresh = crypto::generateBoxKeyPair();
    OREC_TRY(m_tables.insertReceiveKey(scope, peerId, fresh.publicKey, fresh.secretKey, sequence));
    return fresh.publicKey;
}

Result<QByteArray> ExchangeStore::sealKeyFor(const ExchangePeer& peer)
{
    OREC_TRY_ASSIGN(auto announced, m_tables.peerKey(peer.id));
    if (announced)
        return announced->boxPublic;
    if (peer.status == ExchangePeerStatus::Active && peer.identity.boxPublic.size() == kBoxPublicBytes)
        return peer.identity.boxPublic;
    return QByteArray();
}

Result<int> ExchangeStore::rotateOnReceipt(WriteScope& scope, qint64 peerId, const PackageHeader& header)
{
    OREC_TRY(m_tables.savePeerKey(scope, peerId, header.nextKey, header.sequence));
    OREC_TRY_ASSIGN(auto deleted, m_tables.deleteReceiveKeysBefore(scope, peerId, header.acknowledged));
    OREC_TRY_ASSIGN(auto stillUsed, m_tables.longTermBoxKeyMayBeUsed());
    if (!stillUsed)
        OREC_TRY(m_tables.retireLongTermBoxSecret(scope));
    return deleted;
}

Result<QByteArray> ExchangeStore::ownAuditHead()
{
    OREC_TRY_ASSIGN(auto head, m_database.signedHead());
    if (head.signature.isEmpty())
        return QByteArray(); // a session that cannot sign (none of the program's own) sends none
    AuditHeadToken token;
    token.databaseId = QUuid::fromString(m_database.databaseId());
    token.entryId = head.checkpoint.entryId;
    token.hash = head.hash;
    token.signer = head.signer;
    token.publicKey = head.publicKey;
    token.signature = head.signature;
    return encodeAuditHead(token);
}

// ---- field outbox -----------------------------------------------------------------------------

Result<QList<AuditEntry>> ExchangeStore::auditSince(qint64 afterId)
{
    return m_database.auditLog().entriesAfter(afterId);
}

Result<qint64> ExchangeStore::lastAuditId()
{
    return m_database.auditLog().lastId();
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

Result<Identity> ExchangeStore::signingIdentityFor(WriteScope& scope, const ExchangePeer& peer)
{
    auto current = ensureIdentity(scope);
    if (!current)
        return current.error();
    OREC_TRY_ASSIGN(auto known, m_tables.announcedIdentityOf(peer.id));
    if (!known)
        return current;
    auto older = m_tables.identityById(*known);
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

Result<std::optional<PublicIdentity>> ExchangeStore::homeKeysToAnnounce(const ExchangePeer& peer)
{
    OREC_TRY_ASSIGN(auto known, m_tables.announcedIdentityOf(peer.id));
    if (!known)
        return std::optional<PublicIdentity>();
    return m_tables.publicIdentity();
}

Result<ExchangeStore::RotatedIdentity> ExchangeStore::rotateIdentity(WriteScope& scope)
{
    OREC_TRY_ASSIGN(auto current, ensureIdentity(scope));
    OREC_TRY_ASSIGN(auto currentId, m_tables.currentIdentityId());
    Identity fresh = Identity::generate();
    PublicIdentity next = fresh.publicIdentity();
    next.partyId = current.partyId(); // the same party: laptops and packages keep naming it
    OREC_TRY(m_tables.insertIdentity(scope, next, fresh.signSecret(), fresh.boxSecret()));
    OREC_TRY_ASSIGN(auto told, m_tables.announceToPeers(scope, currentId));
    // Whoever held the wrapping key before opens nothing sealed from now on, the new keys included.
    OREC_TRY(ExchangeKeyVault(m_database).rewrap(scope));
    RotatedIdentity out{current.publicIdentity(), next, told};
    OREC_TRY(scope.audit(QStringLiteral("exchange_identity"), uuidText(next.partyId),
                         QStringLiteral("rotate"), {{QStringLiteral("fingerprint"), fingerprint(out.before)}},
                         {{QStringLiteral("fingerprint"), fingerprint(out.after)},
                          {QStringLiteral("laptops_to_tell"), out.laptopsToTell}}));
    return out;
}

Status ExchangeStore::noteHomeKeysHeld(WriteScope& scope, qint64 peerId, const QJsonObject& payload)
{
    OREC_TRY_ASSIGN(auto known, m_tables.announcedIdentityOf(peerId));
    if (!known)
        return {};
    OREC_TRY_ASSIGN(auto current, m_tables.publicIdentity());
    const QByteArray held = fromB64(payload.value(kHomeKeys).toObject(), "sign_public");
    if (!current || held.isEmpty() || held != current->signPublic)
        return {};
    return m_tables.forgetAnnouncement(scope, peerId);
}

Status ExchangeStore::takeHomeKeys(WriteScope& scope, const ExchangePeer& home, const PackageHeader& header,
                                   const QJsonObject& payload)
{
    OREC_TRY_ASSIGN(auto next, m_tables.nextHomeKeys(home.id));
    if (next.isComplete() && header.senderSignPublic == next.signPublic &&
        header.senderBoxPublic == next.boxPublic) {
        const QString before = home.fingerprint;
        const QString after = fingerprint(next);
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
        (sign == next.signPublic && box == next.boxPublic))
        return {};
    // Signed with the keys on record, so home vouches for these; they sign only once home knows we have them.
    OREC_TRY(m_tables.setNextHomeKeys(scope, home.id, sign, box));
    return scope.audit(QStringLiteral("exchange_peer"), uuidText(home.identity.partyId),
                       QStringLiteral("home_keys_announced"), {},
                       {{QStringLiteral("fingerprint"), fingerprint(sign, box)}});
}

Result<QJsonObject> ExchangeStore::homeKeysHeld(const ExchangePeer& home)
{
    OREC_TRY_ASSIGN(auto next, m_tables.nextHomeKeys(home.id));
    const QByteArray sign = next.isComplete() ? next.signPublic : home.identity.signPublic;
    return QJsonObject{{QStringLiteral("sign_public"), b64(sign)}};
}

} // namespace orec::exchange
