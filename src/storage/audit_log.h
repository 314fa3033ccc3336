// AuditLog: the append-only, hash-chained record of every change made through the repositories,
// sealed at every commit by the signature of the user who made the change.
#pragma once

#include "core/result.h"
#include "core/role.h"
#include "core/secure_bytes.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace orec {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString user;
    QString entity;   // "member", "posting", "user", "database"...
    QString entityId; // the record's uuid or name
    QString action;   // "create", "update", "delete", "transition:depart"...
    QString beforeJson;
    QString afterJson;
    // The record's state after this entry (RecordBinding digest): null when the entry is not about a
    // record of a bound table, empty (not null) when the record was removed.
    QByteArray digest;
    QByteArray hash;
};

// The signature that closes a transaction's entries: by the user who wrote them, over the chain's
// hash at the last of them (so over every entry before it too).
struct AuditSeal
{
    qint64 auditId = 0;
    QString signer;       // the user name, or kRecoverySigner
    QByteArray publicKey; // Ed25519, 32 bytes
    QByteArray signature; // 64 bytes
};

inline const QString kRecoverySigner = QStringLiteral("*recovery*");

struct AuditFilter
{
    QString user;
    QString entity;
    QString entityId;
    QDateTime from; // inclusive, UTC; invalid = open
    QDateTime to;   // exclusive, UTC; invalid = open
    int limit = 1000;
    qint64 beforeId = 0; // paging: entries with id < beforeId; 0 = newest
};

// A row that is not what its last audit entry says, or has none, or is gone.
struct RecordProblem
{
    enum class Kind { Altered, Unaudited, Removed };
    Kind kind = Kind::Altered;
    QString table;
    qint64 rowId = 0;   // 0 for a removed row
    QString recordId;   // the audit entity id: uuid, user name, rules version, day
    qint64 auditId = 0; // the entry it was compared with (0 for none)
    QString message;    // translated: names the table, the row and what is wrong
};

// Who may sign what, as the log stands after one entry: what an anchor carries forward when the entries
// before it are pruned (Database::pruneAuditLog).
struct AuditTrustHolder
{
    QString name;
    Role role = Role::Auditor;
    bool active = false;
    QByteArray signingKey; // Ed25519 public key; empty until one is registered
    bool issued = false;
};

struct AuditTrust
{
    qint64 atEntry = 0; // the last entry of the signed transaction it stands after
    QByteArray rootKey;
    QByteArray recoveryKey;
    QList<AuditTrustHolder> holders;
};

struct ChainVerification
{
    bool intact = true; // chain, seals, signers and checkpoint
    qint64 rowsChecked = 0;
    qint64 sealsChecked = 0;
    qint64 firstBadRow = 0; // the first row that was altered, or the first missing id
    QString problem;        // translated sentence naming the first problem
    QStringList problems;   // every problem of the log found (at most 100)

    qint64 legacyEntries = 0;      // written before signatures began (schema 7 and older): chain only
    QStringList usersOnIssuedKeys; // still sign with a key an administrator made for them

    bool checkpointChecked = false;
    qint64 anchoredThrough = 0;      // the log was pruned up to this entry and starts at its signed anchor
    std::optional<AuditTrust> trust; // when asked for (VerifyOptions::captureTrustAt)

    qint64 recordsChecked = 0;
    QList<RecordProblem> records; // at most 1,000 listed
    qint64 recordProblemCount = 0;

    // Where the time went: the walk of the log (chain, signatures, who may sign what) and the records.
    qint64 logMilliseconds = 0;
    qint64 recordsMilliseconds = 0;

    bool ok() const { return intact && recordProblemCount == 0; }
};

class AuditLog
{
public:
    explicit AuditLog(sql::Connection& connection) : m_connection(connection) {}

    // Must run inside the caller's transaction, so the change and its audit row commit together.
    Status append(const QDateTime& atUtc, const QString& user, const QString& entity, const QString& entityId,
                  const QString& action, const QJsonObject& before, const QJsonObject& after,
                  const QByteArray& digest = {});
    // The same with before/after already as compact JSON text in UTF-8, exactly as
    // QJsonDocument::toJson(QJsonDocument::Compact) writes the object (record_json.h toCompactJson);
    // empty for none. Bulk writers use it to skip building a QJsonObject per record.
    Status appendCompact(const QDateTime& atUtc, const QString& user, const QString& entity,
                         const QString& entityId, const QString& action, const QByteArray& beforeJson,
                         const QByteArray& afterJson, const QByteArray& digest = {});

    // Entries from `signedFrom` on are chained with their digest (format 2) and must be sealed; 0
    // means a log that has not started signing (a database below schema 8, tests only).
    void setSignedFrom(qint64 signedFrom) { m_signedFrom = signedFrom; }
    qint64 signedFrom() const { return m_signedFrom; }
    // Entries were appended since the last seal (in this transaction).
    bool hasUnsealed() const { return m_unsealed; }
    // Signs the head of the chain: call inside the transaction, after its last entry.
    Status seal(const QString& signer, const SecureBytes& signingKey, const QString& databaseId);
    static QByteArray sealMessage(const QString& databaseId, qint64 auditId, const QByteArray& hash,
                                  const QString& signer);
    // What an administrator signs in audit_anchor: the database, the last pruned entry and the chain's
    // hash there, the signer, and the anchor's body (its JSON text as stored).
    static QByteArray anchorMessage(const QString& databaseId, qint64 throughId, const QByteArray& hash,
                                    const QString& signer, const QByteArray& body);

    struct Head
    {
        qint64 lastId = 0;
        QByteArray lastHash;
    };
    Result<Head> head() const;
    Result<std::optional<AuditEntry>> entry(qint64 id) const;
    Result<std::optional<AuditSeal>> lastSeal() const;

    // Inside one write transaction the head of the chain is what the previous append wrote, so it can
    // be kept in memory instead of read back for every row. WriteScope turns this on for its
    // outermost transaction and off when that ends; forgetHead() after any rollback (to a savepoint
    // too) makes the next append read the head again.
    void setHeadCaching(bool on)
    {
        m_cacheHead = on;
        m_head.reset();
    }
    // After a rollback to a savepoint entries of the outer transaction may still wait for their seal:
    // only the outermost rollback clears `unsealed` (seal() skips a head that is sealed already).
    void forgetHead(bool outermost)
    {
        m_head.reset();
        if (outermost)
            m_unsealed = false;
    }

    Result<QList<AuditEntry>> query(const AuditFilter& filter) const;
    // Every entry after `afterId`, oldest first (the field exchange harvests what was recorded since).
    Result<QList<AuditEntry>> entriesAfter(qint64 afterId) const;
    // The id of the newest entry (0 for none).
    Result<qint64> lastId() const;
    Result<ChainVerification> verify() const;

    // Format 1 (before signing began) or 2 (with the digest), as `signedFrom` says for the entry.
    static QByteArray chainHash(const QByteArray& previousHash, const AuditEntry& entry, bool withDigest);
    QByteArray chainHash(const QByteArray& previousHash, const AuditEntry& entry) const
    {
        return chainHash(previousHash, entry, m_signedFrom > 0 && entry.id >= m_signedFrom);
    }

private:
    const char* entryColumns() const;

    sql::Connection& m_connection;
    qint64 m_signedFrom = 0;
    bool m_unsealed = false;
    bool m_cacheHead = false;
    std::optional<Head> m_head;
    // The last timestamp written and its text: the rows of one change share their time.
    QDateTime m_lastAt;
    QByteArray m_lastAtText;
};

} // namespace orec
