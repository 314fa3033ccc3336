// ExchangeStore: the exchange tables of schema v4 (mode, identity, peers, sequences, packages, outbox).
// The exchange layer's only SQL; every change runs inside the caller's WriteScope.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "exchange/identity.h"
#include "exchange/package_format.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace orec::exchange {

enum class ExchangeMode { Home, Field };

struct ModeInfo
{
    ExchangeMode mode = ExchangeMode::Home;
    QString cellUuid; // field only
    QString cellCode;
    bool isField() const { return mode == ExchangeMode::Field; }
};

enum class PeerRole { Home, Secretary };
enum class PeerStatus { Pending, Active, Removed };

struct Peer
{
    qint64 id = 0;
    PeerRole role = PeerRole::Secretary;
    PeerStatus status = PeerStatus::Pending;
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

QString peerStatusCode(PeerStatus status); // pending, active, removed

struct SequenceState
{
    qint64 peerId = 0;
    std::uint64_t lastSent = 0;
    std::uint64_t lastReceived = 0;
    std::uint64_t lastChangeApplied = 0;
    std::uint64_t ackedSequence = 0;
    std::uint64_t ackedChange = 0;
};

enum class Direction { Sent, Received };

struct PackageRecord
{
    Direction direction = Direction::Sent;
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

class ExchangeStore
{
public:
    explicit ExchangeStore(Database& database) : m_database(database) {}

    Result<ModeInfo> mode();
    Status setFieldMode(WriteScope& scope, const QString& cellUuid, const QString& cellCode);

    Result<std::optional<Identity>> identity();
    // This database's identity, created (and audited) the first time it is needed.
    Result<Identity> ensureIdentity(WriteScope& scope);

    Result<QList<Peer>> peers();
    Result<std::optional<Peer>> peerById(qint64 id);
    Result<std::optional<Peer>> peerByPartyId(const QUuid& partyId);
    Result<std::optional<Peer>> peerByEnrolmentId(const QUuid& enrolmentId);
    // The pending or active secretary of a cell.
    Result<std::optional<Peer>> secretaryOfCell(const QString& cellUuid);
    Result<std::optional<Peer>> homePeer();
    Result<SecureBytes> enrolmentKey(qint64 peerId);

    Result<qint64> addPendingSecretary(WriteScope& scope, const QString& cellUuid, const QString& label,
                                       const QUuid& enrolmentId, const SecureBytes& enrolmentKey);
    Status activateSecretary(WriteScope& scope, qint64 peerId, const PublicIdentity& identity);
    Status removeSecretary(WriteScope& scope, qint64 peerId, const QString& reason);
    // Field: the home this database was made from, and the enrolment it came with.
    Result<qint64> addHome(WriteScope& scope, const PublicIdentity& home, const QUuid& enrolmentId,
                           const SecureBytes& enrolmentKey);
    // The enrolment key is wiped once it has served (home: secretary activated; field: home
    // acknowledged the laptop's keys).
    Status forgetEnrolmentKey(WriteScope& scope, qint64 peerId);

    Result<SequenceState> sequence(qint64 peerId);
    Status saveSequence(WriteScope& scope, const SequenceState& state);

    Result<std::optional<PackageRecord>> package(qint64 peerId, Direction direction, std::uint64_t sequence);
    Status recordPackage(WriteScope& scope, qint64 peerId, const PackageRecord& record);
    // Home: the reports of return packages received after sequence `after`, oldest first.
    Result<QList<PackageRecord>> receivedAfter(qint64 peerId, std::uint64_t after);

    // Field outbox.
    Result<std::uint64_t> lastChangeNo();
    Result<QList<OutboxChange>> outbox();
    Status appendOutbox(WriteScope& scope, const OutboxChange& change);
    Status markSent(WriteScope& scope, std::uint64_t sequence);
    Status dropAcknowledged(WriteScope& scope, std::uint64_t upToChange);

    struct FieldState
    {
        qint64 harvestedAuditId = 0;
        std::uint64_t installedSequence = 0;
        QDateTime installedAt;
        QJsonObject lastAcknowledgement;
    };
    Result<FieldState> fieldState();
    Status saveFieldState(WriteScope& scope, const FieldState& state);

    // Field: what was recorded after the last harvest, oldest first.
    Result<QList<AuditEntry>> auditSince(qint64 afterId);
    Result<qint64> lastAuditId();

    Result<int> baseVersion(const QString& entity, const QString& uuid);
    Status setBaseVersion(WriteScope& scope, const QString& entity, const QString& uuid, int version);
    Status clearBaseVersions(WriteScope& scope);

private:
    Result<std::optional<Peer>> findPeer(const char* whereClause, const QString& value);

    Database& m_database;
};

} // namespace orec::exchange
