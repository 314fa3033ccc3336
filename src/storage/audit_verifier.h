// AuditVerifier: reads the whole audit log and every record once, and says whether the log is
// intact, signed by users entitled to each change, extends a checkpoint, and matches the records.
#pragma once

#include "core/result.h"
#include "storage/audit_log.h"
#include "storage/sqlite.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace orec {

// A short code of the chain's head, for paper records: "N-XXXXX-XXXXX-XXXXX-XXXXX" (entry N and
// 100 bits of a hash of the database id, N and the chain's hash at N).
struct Checkpoint
{
    qint64 entryId = 0;
    QString code;
    static QString codeFor(const QString& databaseId, qint64 entryId, const QByteArray& hash);
    static std::optional<Checkpoint> parse(const QString& text);
    QString text() const;
};

struct VerifyOptions
{
    bool bindRecords = true;
    std::optional<Checkpoint> checkpoint;
    // Called now and then with the work done and the work there is (entries + records); return
    // false to stop (the verification then fails with ErrorCode::Cancelled).
    std::function<bool(qint64 done, qint64 total)> progress;
    // Report who may sign what as it stands after the last signed transaction ending at or before this
    // entry (ChainVerification::trust): what Database::pruneAuditLog writes into its anchor.
    qint64 captureTrustAt = 0;
    // The user running the check and the signing key their passphrase opened: a pruned log (one that
    // starts at an anchor) must end with exactly that key registered for them, so an anchor made up
    // with someone else's key does not pass.
    QString sessionUser;
    QByteArray sessionKey;
};

class AuditVerifier
{
public:
    AuditVerifier(sql::Connection& connection, const QString& databaseId, qint64 signedFrom)
        : m_connection(connection), m_databaseId(databaseId), m_signedFrom(signedFrom)
    {}
    Result<ChainVerification> run(const VerifyOptions& options = {});

private:
    sql::Connection& m_connection;
    QString m_databaseId;
    qint64 m_signedFrom;
};

} // namespace orec
