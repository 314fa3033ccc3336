// AuditLog: the append-only, hash-chained record of every change made through the repositories.
#pragma once

#include "core/result.h"
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
    QByteArray hash;
};

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

struct ChainVerification
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBadRow = 0; // the first row that was altered, or the first missing id
    QString problem;        // translated sentence naming the row
};

class AuditLog
{
public:
    explicit AuditLog(sql::Connection& connection) : m_connection(connection) {}

    // Must run inside the caller's transaction, so the change and its audit row commit together.
    Status append(const QDateTime& atUtc, const QString& user, const QString& entity, const QString& entityId,
                  const QString& action, const QJsonObject& before, const QJsonObject& after);
    // The same with before/after already as compact JSON text in UTF-8, exactly as
    // QJsonDocument::toJson(QJsonDocument::Compact) writes the object (record_json.h toCompactJson);
    // empty for none. Bulk writers use it to skip building a QJsonObject per record.
    Status appendCompact(const QDateTime& atUtc, const QString& user, const QString& entity,
                         const QString& entityId, const QString& action, const QByteArray& beforeJson,
                         const QByteArray& afterJson);

    // Inside one write transaction the head of the chain is what the previous append wrote, so it can
    // be kept in memory instead of read back for every row. WriteScope turns this on for its
    // outermost transaction and off when that ends; forgetHead() after any rollback (to a savepoint
    // too) makes the next append read the head again.
    void setHeadCaching(bool on)
    {
        m_cacheHead = on;
        m_head.reset();
    }
    void forgetHead() { m_head.reset(); }

    Result<QList<AuditEntry>> query(const AuditFilter& filter) const;
    // Every entry after `afterId`, oldest first (the field exchange harvests what was recorded since).
    Result<QList<AuditEntry>> entriesAfter(qint64 afterId) const;
    // The id of the newest entry (0 for none).
    Result<qint64> lastId() const;
    Result<ChainVerification> verify() const;

    static QByteArray chainHash(const QByteArray& previousHash, const AuditEntry& entry);

private:
    struct Head
    {
        qint64 lastId = 0;
        QByteArray lastHash;
    };

    sql::Connection& m_connection;
    bool m_cacheHead = false;
    std::optional<Head> m_head;
    // The last timestamp written and its text: the rows of one change share their time.
    QDateTime m_lastAt;
    QByteArray m_lastAtText;
};

} // namespace orec
