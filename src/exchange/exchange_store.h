// ExchangeStore: the exchange tables of schema v4 and v8 (mode, identity, peers, sequences, packages,
// outbox, short-lived keys) as the exchange sees them: keys made and checked, every change to mode,
// identity and peers audited.
// The rows are storage's ExchangeRepository, under its type names (tables() for plain reads and writes);
// every change runs inside the caller's WriteScope.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "exchange/audit_head.h"
#include "exchange/identity.h"
#include "exchange/package_format.h"
#include "storage/database.h"
#include "storage/exchange_repository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace orec::exchange {

// How many short-lived receive keys a database keeps per peer at most: past that, a package re-announces
// the newest one instead of making another, so a silent peer does not make the list grow.
inline constexpr int kMaxReceiveKeysPerPeer = 8;

class ExchangeStore
{
public:
    explicit ExchangeStore(Database& database) : m_database(database), m_tables(database) {}

    Status setFieldMode(WriteScope& scope, const QString& cellUuid, const QString& cellCode);

    // This database's identity with its secret keys: from schema 10 on only a session that holds the
    // exchange keys opens them (PermissionDenied otherwise; storage/exchange_key_vault.h).
    Result<std::optional<Identity>> identity();
    // This database's identity, created (and audited) the first time it is needed.
    Result<Identity> ensureIdentity(WriteScope& scope);

    Result<qint64> addPendingSecretary(WriteScope& scope, const QString& cellUuid, const QString& label,
                                       const QUuid& enrolmentId, const SecureBytes& enrolmentKey);
    Status activateSecretary(WriteScope& scope, qint64 peerId, const PublicIdentity& identity);
    Status removeSecretary(WriteScope& scope, qint64 peerId, const QString& reason);
    // Field: the home this database was made from, and the enrolment it came with.
    Result<qint64> addHome(WriteScope& scope, const PublicIdentity& home, const QUuid& enrolmentId,
                           const SecureBytes& enrolmentKey);
    // A missing sequence row is an Internal error here (the repository says false).
    Status saveSequence(WriteScope& scope, const ExchangeSequence& state);

    // ---- short-lived keys (docs/field-exchange.md, "Keys that rotate") ----
    // The key the next package to `peerId` (numbered `sequence`) announces: a fresh one, or the newest
    // when kMaxReceiveKeysPerPeer are already waiting for the peer.
    Result<QByteArray> announceReceiveKey(WriteScope& scope, qint64 peerId, std::uint64_t sequence);
    // The key a package to `peer` is sealed to: the newest it announced, else (a pair from format 1) its
    // long-term key; empty when neither is known (a pending secretary: the enrolment code's key).
    Result<QByteArray> sealKeyFor(const ExchangePeer& peer);
    // After a package from `peerId` is applied: its announced key becomes the one to seal to, our keys
    // older than the one its acknowledged package announced are deleted, and the long-term X25519
    // secret is wiped once no peer can still seal to it. How many keys were deleted.
    Result<int> rotateOnReceipt(WriteScope& scope, qint64 peerId, const PackageHeader& header);
    // The sender's signed audit head for the package about to be sealed; empty until the audit log
    // signs its head (it travels as PackageHeader::auditHead and comes out as
    // OpenedPackage::senderAuditHead).
    Result<QByteArray> ownAuditHead();

    // ---- home's keys change (docs/field-exchange.md "Home's keys change") ----
    // Home: the identity a package to `peer` is signed with: the current one, or the older one the laptop
    // still knows until it says it has the current keys.
    Result<Identity> signingIdentityFor(WriteScope& scope, const ExchangePeer& peer);
    // Home: the current keys, to announce in a package to `peer` while it still knows older ones.
    Result<std::optional<PublicIdentity>> homeKeysToAnnounce(const ExchangePeer& peer);
    struct RotatedIdentity
    {
        PublicIdentity before;
        PublicIdentity after;
        int laptopsToTell = 0;
    };
    // Home: new signing and long-term keys (same party id), sealed with a fresh wrapping key to the current
    // holders; every laptop that knows the old keys is told in its next packages.
    Result<RotatedIdentity> rotateIdentity(WriteScope& scope);
    // Home, applying a return package: when it says the laptop has the current keys, they sign from now on.
    Status noteHomeKeysHeld(WriteScope& scope, qint64 peerId, const QJsonObject& payload);
    // Laptop, installing a package from home: announced keys are kept beside those on record; a package
    // signed with them makes them the ones on record.
    Status takeHomeKeys(WriteScope& scope, const ExchangePeer& home, const PackageHeader& header,
                        const QJsonObject& payload);
    // Laptop: what a return package says of home's keys (the announced ones once known).
    Result<QJsonObject> homeKeysHeld(const ExchangePeer& home);

    // Field: what was recorded after the last harvest, oldest first.
    Result<QList<AuditEntry>> auditSince(qint64 afterId);
    Result<qint64> lastAuditId();

    // Records the audit head a peer's package carried, with the sequence of the package just applied.
    Status savePeerHead(WriteScope& scope, qint64 peerId, const AuditHeadToken& head, std::uint64_t sequence);

    // The exchange tables' rows as they are stored, read and written without any key work or audit of
    // their own (the methods above add those where a change needs them).
    ExchangeRepository& tables() { return m_tables; }

private:
    Database& m_database;
    ExchangeRepository m_tables;
};

} // namespace orec::exchange
