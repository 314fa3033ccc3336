// AuditLog: the append-only, hash-chained record of every change made through the repositories.
#pragma once

#include "core/result.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

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

    Result<QList<AuditEntry>> query(const AuditFilter& filter) const;
    // Every entry after `afterId`, oldest first (the field exchange harvests what was recorded since).
    Result<QList<AuditEntry>> entriesAfter(qint64 afterId) const;
    // The id of the newest entry (0 for none).
    Result<qint64> lastId() const;
    Result<ChainVerification> verify() const;

    static QByteArray chainHash(const QByteArray& previousHash, const AuditEntry& entry);

private:
    sql::Connection& m_connection;
};

} // namespace orec
