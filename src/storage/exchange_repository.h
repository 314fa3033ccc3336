// ExchangeRepository: the field exchange's tables of schema v4 and v8 (mode, identity, peers, sequences,
// packages, outbox, field state, base versions, short-lived keys), row by row. Writes run inside the caller's
// WriteScope and are not audited here: the exchange layer audits them with what only it knows (fingerprints).
#pragma once

#include "core/exchange_protocol.h"
#include "core/result.h"
#include "core/secure_bytes.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>
#include <cstdint>
#include <optional>
#include <vector>

namespace orec {

enum class ExchangeMode { Home, Field };

struct ExchangeModeInfo
{
    ExchangeMode mode = ExchangeMode::Home;
    QString cellUuid; // field only
    QString cellCode;
    bool isField() const { return mode == ExchangeMode::Field; }
};

// This database's own keys as stored; the exchange layer makes an Identity of them.
struct StoredIdentity
{
    qint64 rowId = 0; // schema 10 on: the row (the newest is the current identity)
    PublicIdentity publicPart;
    SecureBytes signSecret;
    SecureBytes boxSecret;
};

enum class ExchangePeerRole { Home, Secretary };
enum class ExchangePeerStatus { Pending, Active, Removed };

QString peerStatusCode(ExchangePeerStatus status); // pending, active, removed

struct ExchangePeer
{
    qint64 id = 0;
    ExchangePeerRole role = ExchangePeerRole::Secretary;
    ExchangePeerStatus status = ExchangePeerStatus::Pending;
    PublicIdentity identity; // incomplete while pending
    QString cellUuid;        // secretary: the cell they speak for
    QString label;           // the secretary's name as home registered it
    QString fingerprint;
    QUuid enrolmentId;
    bool hasEnrolmentKey = false;
    QDateTime registeredAt;
    QDateTime activatedAt;
    QDateTime removedAt;
    QString removedReason;
};

struct ExchangeSequence
{
    qint64 peerId = 0;
    std::uint64_t lastSent = 0;
    std::uint64_t lastReceived = 0;
    std::uint64_t lastChangeApplied = 0;
    std::uint64_t ackedSequence = 0;
    std::uint64_t ackedChange = 0;
};

enum class PackageDirection { Sent, Received };

struct ExchangePackageRecord
{
    PackageDirection direction = PackageDirection::Sent;
    PackageKind kind = PackageKind::Cell;
    std::uint64_t sequence = 0;
    QByteArray packageHash;
    std::uint64_t acknowledged = 0;
    std::uint64_t firstChange = 0;
    std::uint64_t lastChange = 0;
    int applied = 0;
    int conflicts = 0;
    QJsonObject report; // received at home: the outcome of each change, acknowledged in the next cell package
    QDateTime at;
    QString user;
};

// One change recorded in the field, waiting for home's acknowledgement.
struct OutboxChange
{
    std::uint64_t changeNo = 0;
    qint64 auditId = 0;
    QDateTime at;
    QString user;
    QString entity;
    QString entityUuid;
    QString action;
    int baseVersion = 0; // the record's version in the last cell package; 0 = created in the field
    QJsonObject before;
    QJsonObject after;
    std::uint64_t firstSentIn = 0;
};

// One of this database's short-lived X25519 receive keys (schema v8).
struct ExchangeReceiveKey
{
    qint64 id = 0;
    qint64 peerId = 0;
    QByteArray boxPublic;
    SecureBytes boxSecret;
    std::uint64_t firstSequence = 0; // the first of our packages to the peer that announced it
};

// The newest short-lived key a peer announced: what our next package to it is sealed to.
struct ExchangePeerKey
{
    QByteArray boxPublic;
    std::uint64_t announcedIn = 0; // the peer's package that announced it
};

// A peer's audit head as its last applied package carried it (docs/field-exchange.md "Audit heads").
struct ExchangePeerHead
{
    qint64 peerId = 0;
    QString databaseId;
    qint64 entryId = 0;
    QByteArray hash;
    QString signer;
    QByteArray publicKey;
    std::uint64_t packageSequence = 0;
    QDateTime seenAt;
};

struct FieldExchangeState
{
    qint64 harvestedAuditId = 0;
    std::uint64_t installedSequence = 0;
    QDateTime installedAt;
    QJsonObject lastAcknowledgement;
};

class ExchangeRepository
{
public:
    explicit ExchangeRepository(Database& database) : m_database(database) {}

    Result<ExchangeModeInfo> mode();
    Status setFieldMode(WriteScope& scope, const QString& cellUuid, const QString& cellCode);

    // The current identity's public keys: anyone may read them (fingerprints).
    Result<std::optional<PublicIdentity>> publicIdentity();
    // With its secrets, which from schema 10 on only a holder of the exchange keys opens (PermissionDenied
    // for anyone else; storage/exchange_key_vault.h).
    Result<std::optional<StoredIdentity>> identity();
    Status insertIdentity(WriteScope& scope, const PublicIdentity& identity, const SecureBytes& signSecret,
                          const SecureBytes& boxSecret);

    Result<QList<ExchangePeer>> peers();
    Result<std::optional<ExchangePeer>> peerById(qint64 id);
    Result<std::optional<ExchangePeer>> peerByPartyId(const QUuid& partyId);
    Result<std::optional<ExchangePeer>> peerByEnrolmentId(const QUuid& enrolmentId);
    // The pending or active secretary of a cell (the newest, should there be two).
    Result<std::optional<ExchangePeer>> secretaryOfCell(const QString& cellUuid);
    Result<std::optional<ExchangePeer>> homePeer();
    Result<SecureBytes> enrolmentKey(qint64 peerId); // empty when there is none

    // A peer and its (zero) sequence state; the new peer's id.
    Result<qint64> insertPendingSecretary(WriteScope& scope, const QString& cellUuid, const QString& label,
                                          const QUuid& enrolmentId, const SecureBytes& enrolmentKey);
    Result<qint64> insertHome(WriteScope& scope, const PublicIdentity& home, const QString& fingerprint,
                              const QUuid& enrolmentId, const SecureBytes& enrolmentKey);
    // False when the peer is not (or no longer) pending, and nothing was written.
    Result<bool> activatePendingSecretary(WriteScope& scope, qint64 peerId, const PublicIdentity& identity,
                                          const QString& fingerprint);
    Status markRemoved(WriteScope& scope, qint64 peerId, const QString& reason);
    // The enrolment key is wiped once it has served (home: secretary activated; field: home
    // acknowledged the laptop's keys).
    Status forgetEnrolmentKey(WriteScope& scope, qint64 peerId);

    // A peer without a sequence row reads as all zeros.
    Result<ExchangeSequence> sequence(qint64 peerId);
    // False when the peer has no sequence row.
    Result<bool> saveSequence(WriteScope& scope, const ExchangeSequence& state);

    Result<std::optional<ExchangePackageRecord>> package(qint64 peerId, PackageDirection direction,
                                                         std::uint64_t sequence);
    // An invalid `at` is now; an empty user is the database's actor.
    Status recordPackage(WriteScope& scope, qint64 peerId, const ExchangePackageRecord& record);
    // The package sent or received whose file had this BLAKE2b-256 hash, with its peer's id.
    Result<std::optional<QPair<qint64, ExchangePackageRecord>>> packageByHash(const QByteArray& hash);
    // Packages received after sequence `after`, oldest first.
    Result<QList<ExchangePackageRecord>> receivedAfter(qint64 peerId, std::uint64_t after);

    // Field outbox.
    Result<std::uint64_t> lastChangeNo();
    Result<QList<OutboxChange>> outbox();
    Status appendOutbox(WriteScope& scope, const OutboxChange& change);
    Status markSent(WriteScope& scope, std::uint64_t sequence);
    Status dropAcknowledged(WriteScope& scope, std::uint64_t upToChange);

    Result<FieldExchangeState> fieldState();
    Status saveFieldState(WriteScope& scope, const FieldExchangeState& state);

    // Short-lived keys (schema v8). Every receive key of every peer, oldest first.
    Result<std::vector<ExchangeReceiveKey>> receiveKeys();
    Result<int> receiveKeyCount(qint64 peerId);
    // The newest receive key of a peer, if any (public part only).
    Result<std::optional<QByteArray>> newestReceiveKey(qint64 peerId);
    Status insertReceiveKey(WriteScope& scope, qint64 peerId, const QByteArray& boxPublic,
                            const SecureBytes& boxSecret, std::uint64_t firstSequence);
    // Deletes the peer's receive keys older than the one our package `acknowledged` announced (the peer
    // has applied that package, so it seals to that key or a newer one); how many were deleted.
    Result<int> deleteReceiveKeysBefore(WriteScope& scope, qint64 peerId, std::uint64_t acknowledged);
    Result<std::optional<ExchangePeerKey>> peerKey(qint64 peerId);
    Status savePeerKey(WriteScope& scope, qint64 peerId, const QByteArray& boxPublic,
                       std::uint64_t announcedIn);
    // True while a peer that is not removed may still seal to this database's long-term X25519 key: it
    // has not applied any package of ours that announced a short-lived key (a pair from format 1, or a
    // secretary still pending).
    Result<bool> longTermBoxKeyMayBeUsed();
    // Overwrites the long-term X25519 secret with zeros (the public half stays, for the fingerprint).
    Status retireLongTermBoxSecret(WriteScope& scope);

    // ---- new home keys (schema 10; docs/field-exchange.md "Home's keys change") ----
    // Home: the identity row a laptop still knows, when home's keys changed since; nullopt otherwise.
    Result<std::optional<qint64>> announcedIdentityOf(qint64 peerId);
    // With its secrets (holders only).
    Result<std::optional<StoredIdentity>> identityById(qint64 id);
    Result<qint64> currentIdentityId(); // 0 when there is none
    // Every peer that is not removed and has been sent a package, and knows no older keys yet, from now
    // on knows `identityId` only until it says it has the current ones. How many.
    Result<int> announceToPeers(WriteScope& scope, qint64 identityId);
    // The laptop has the current keys: its packages are signed with them, and an identity no laptop
    // knows any more (and not the current one) is deleted.
    Status forgetAnnouncement(WriteScope& scope, qint64 peerId);
    // A laptop: the keys home announced, accepted beside those on record (empty when none).
    Result<PublicIdentity> nextHomeKeys(qint64 homePeerId);
    Status setNextHomeKeys(WriteScope& scope, qint64 homePeerId, const QByteArray& signPublic,
                           const QByteArray& boxPublic);
    // Home signed with the announced keys: they become the ones on record.
    Status promoteNextHomeKeys(WriteScope& scope, qint64 homePeerId, const QString& fingerprint);

    // The version home last sent of a record; 0 when unknown.
    Result<int> baseVersion(const QString& entity, const QString& uuid);
    // The record as home last sent it (its portable form as the laptop wrote it); empty when the base
    // was recorded before schema 11 or the record was created in the field.
    Result<QJsonObject> baseRecord(const QString& entity, const QString& uuid);
    Status setBaseVersion(WriteScope& scope, const QString& entity, const QString& uuid, int version,
                          const QJsonObject& portable = {});
    Status clearBaseVersions(WriteScope& scope);

    // The last signed audit head a peer's package carried (schema 11).
    Result<std::optional<ExchangePeerHead>> peerHead(qint64 peerId);
    Status savePeerHead(WriteScope& scope, const ExchangePeerHead& head);
    // Field: a record that left the laptop leaves the exchange's own tables too (its base, and any
    // change still naming it).
    Status forgetRecord(WriteScope& scope, const QString& entity, const QString& uuid);

private:
    Result<std::optional<ExchangePeer>> findPeer(const char* whereClause, const QString& value);
    bool legacyLayout();
    // 0: the current identity.
    Result<std::optional<StoredIdentity>> identityRow(qint64 id);
    Result<QByteArray> sealEnrolmentKey(const QUuid& enrolmentId, const SecureBytes& key);

    Database& m_database;
};

} // namespace orec
