// FieldExchange: the laptop side: create the field database from the first cell package, install
// later cell packages over the secretary's own pending changes, and export return packages.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "exchange/exchange_store.h"
#include "exchange/home_exchange.h"
#include "exchange/package_format.h"
#include "exchange/package_opener.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace orec::exchange {

struct FieldInitResult
{
    std::unique_ptr<Database> database;
    QString recoveryKey;     // formatted; shown once
    QString homeFingerprint; // to compare with home by phone
    QString ownFingerprint;
    QString cellCode;
    QString cellName;
    int members = 0;
};

struct InstallOutcome
{
    std::uint64_t sequence = 0;
    bool replay = false;
    std::uint64_t missingFrom = 0; // a gap: cell packages that never arrived (the snapshot covers them)
    std::uint64_t missingTo = 0;
    int records = 0;                      // records in the snapshot
    int written = 0;                      // inserted or changed here
    int removed = 0;                      // left the cell at home, removed from the laptop
    int reapplied = 0;                    // own pending changes laid again over the snapshot
    std::uint64_t acknowledgedChange = 0; // home has applied the laptop's changes up to this number
    int pendingChanges = 0;               // still waiting for home
    int purged = 0;                       // members who left the cell, gone from the laptop with all theirs
    qint64 auditPrunedThrough = 0;        // the audit log now starts after this entry (0: not pruned)
    SenderHead senderHead;                // home's signed audit head, against the one before
    QJsonObject acknowledgement;          // home's report on each change it received
    QStringList notes;
};

struct FieldStatus
{
    QString cellUuid;
    QString cellCode;
    QString homeFingerprint;
    QString ownFingerprint;
    std::uint64_t installedSequence = 0;
    std::uint64_t lastSent = 0;
    std::uint64_t acknowledgedSequence = 0;
    std::uint64_t acknowledgedChange = 0;
    bool keysAcknowledged = false; // home has registered this laptop's keys
    QList<OutboxChange> pending;
    QJsonObject lastAcknowledgement;
};

class FieldExchange
{
public:
    explicit FieldExchange(Database& database) : m_database(database) {}

    // Opens the first package with the enrolment code, then creates `databasePath` (encrypted,
    // with `user` as its administrator and `passphrase`), scoped to the package's cell. Nothing is
    // left on disk when any step fails.
    static Result<FieldInitResult> initialise(const QString& packagePath, const QString& enrolmentCode,
                                              const QString& databasePath, const QString& user,
                                              const SecureBytes& passphrase,
                                              const DatabaseOptions& options = {},
                                              PackageProblem* problem = nullptr);

    Result<InstallOutcome> installPackage(const QString& path, PackageProblem* problem = nullptr);
    Result<ExportedPackage> exportReturnPackage(const QString& outPath);
    // Collects what was recorded since the last look, so `pending` is current.
    Result<FieldStatus> status();

private:
    Result<ExchangeModeInfo> requireField();
    Status harvest(WriteScope& scope);
    Status installSnapshot(WriteScope& scope, const QJsonObject& payload, const QString& cellUuid,
                           InstallOutcome& outcome);
    Status acknowledge(WriteScope& scope, qint64 homePeerId, const PackageHeader& header,
                       const QJsonObject& payload, InstallOutcome& outcome);
    // After an install: the audit entries home no longer needs go (everything up to the first change
    // still waiting for home), behind a signed anchor.
    Status pruneAcknowledged(InstallOutcome& outcome);
    Status installInScope(const OpenedPackage& opened, const ExchangeModeInfo& mode, InstallOutcome& outcome);

    Database& m_database;
};

} // namespace orec::exchange
