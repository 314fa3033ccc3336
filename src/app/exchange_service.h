// ExchangeService: the field exchange for the GUI and the command line: keys and fingerprints,
// secretaries, cell packages out, return packages in (preview, conflicts, apply), and the laptop side.
#pragma once

#include "app/session.h"
#include "core/result.h"
#include "exchange/exchange_store.h"
#include "exchange/field_exchange.h"
#include "exchange/home_exchange.h"
#include "exchange/import_plan.h"
#include "storage/exchange_key_vault.h"

#include <QList>
#include <QString>
#include <memory>

namespace orec::app {

struct ExchangeKeys
{
    bool fieldDatabase = false;
    QString cellCode;          // field only
    QString ownFingerprint;    // this database's keys
    QList<ExchangePeer> peers; // home (on a laptop) or the secretaries (at home), with fingerprints
};

// Who may sign as home here (Permission::SignAsHome): the windows say it before a user starts.
struct SigningRight
{
    bool holds = false;
    QString refusal;                  // why not, naming who holds it; empty when holds
    QList<ExchangeKeyHolder> holders; // administrators first
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
    // Whether this session holds home's exchange keys (a register not yet upgraded: everyone who writes).
    Result<SigningRight> signingRight();
    // New home keys (administrators who hold the right): a fresh signing and long-term key pair and a
    // fresh wrapping key sealed to the current holders. Each laptop that knows the old keys gets the new
    // ones announced in its next cell packages, signed with the old key, until it says it has them
    // (docs/field-exchange.md "Home's keys change").
    Result<exchange::RotatedHomeKeys> rotateHomeKeys();
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
    // PermissionDenied naming who holds the right, unless this session does.
    Status requireSigningRight();

    Session& m_session;
};

} // namespace orec::app
