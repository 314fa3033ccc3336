// ExchangeService: the field exchange for the GUI and the command line: keys and fingerprints,
// secretaries, cell packages out, return packages in (preview, conflicts, apply), and the laptop side.
#pragma once

#include "app/session.h"
#include "core/result.h"
#include "exchange/exchange_store.h"
#include "exchange/field_exchange.h"
#include "exchange/home_exchange.h"
#include "exchange/import_plan.h"

#include <QList>
#include <QString>
#include <memory>

namespace orec::app {

struct ExchangeKeys
{
    bool fieldDatabase = false;
    QString cellCode;            // field only
    QString ownFingerprint;      // this database's keys
    QList<exchange::Peer> peers; // home (on a laptop) or the secretaries (at home), with fingerprints
};

struct InitialisedField
{
    std::unique_ptr<Session> session;
    QString recoveryKey;
    QString homeFingerprint;
    QString ownFingerprint;
    QString cellCode;
    QString cellName;
    int members = 0;
};

class ExchangeService
{
public:
    explicit ExchangeService(Session& session) : m_session(session) {}

    // This database's fingerprint (its keys are made on first use) and the peers it knows.
    Result<ExchangeKeys> keys();
    Result<bool> isFieldDatabase();

    // ---- home -------------------------------------------------------------------------------------
    // Administrators only. The enrolment code is shown once and handed to the secretary in person.
    Result<exchange::EnrolledSecretary> enrolSecretary(const QString& cellCode, const QString& label,
                                                       bool replace = false);
    Status removeSecretary(const QString& cellCode, const QString& reason);
    Result<exchange::ExportedPackage> exportCellPackage(const QString& cellCode, const QString& outPath);

    // Step 1 of an import: everything checked, nothing written; the plan lists every change and
    // conflict. `problem` says why a package was refused (exchange/package_format.h).
    Result<exchange::ImportPlan> previewImport(const QString& path,
                                               exchange::PackageProblem* problem = nullptr);
    // Step 2, after a person resolved every conflict (plan.resolve / resolveAll): one transaction,
    // with a backup of the database beside it first. dryRun applies and rolls back.
    Result<exchange::ImportOutcome> applyImport(const exchange::ImportPlan& plan, bool dryRun = false);

    // ---- laptop -----------------------------------------------------------------------------------
    static Result<InitialisedField> initialiseField(const QString& packagePath, const QString& enrolmentCode,
                                                    const QString& databasePath, const QString& user,
                                                    const QString& passphrase,
                                                    const DatabaseOptions& options = {},
                                                    exchange::PackageProblem* problem = nullptr);
    Result<exchange::InstallOutcome> installCellPackage(const QString& path,
                                                        exchange::PackageProblem* problem = nullptr);
    Result<exchange::ExportedPackage> exportReturnPackage(const QString& outPath);
    Result<exchange::FieldStatus> fieldStatus();

private:
    Session& m_session;
};

} // namespace orec::app
