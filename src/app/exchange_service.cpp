#include "app/exchange_service.h"

#include "core/passphrase_policy.h"
#include "core/result_try.h"
#include "core/validation.h"
#include "exchange/identity.h"
#include "storage/backup.h"

#include <QCoreApplication>

namespace orec::app {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};
} // namespace

Result<ExchangeKeys> ExchangeService::keys()
{
    Database& db = m_session.database();
    OREC_TRY(db.require(Permission::ReadRecords));
    exchange::ExchangeStore store(db);
    ExchangeKeys out;
    OREC_TRY_ASSIGN(auto mode, store.tables().mode());
    out.fieldDatabase = mode.isField();
    out.cellCode = mode.cellCode;
    OREC_TRY_ASSIGN(auto identity, store.tables().publicIdentity());
    if (identity) {
        out.ownFingerprint = exchange::fingerprint(*identity);
    } else {
        // Home's fingerprint is read out to secretaries before anything is exchanged, so the keys are
        // made when first asked for, by someone who holds the right (whoever makes them sees them).
        OREC_TRY_ASSIGN(auto right, signingRight());
        if (right.holds) {
            WriteScope scope(db, Permission::ReadRecords);
            OREC_TRY(scope.status());
            OREC_TRY_ASSIGN(auto created, store.ensureIdentity(scope));
            OREC_TRY(scope.commit());
            out.ownFingerprint = exchange::fingerprint(created.publicIdentity());
        }
    }
    OREC_TRY_ASSIGN(auto peers, store.tables().peers());
    out.peers = peers;
    return out;
}

Result<bool> ExchangeService::isFieldDatabase()
{
    OREC_TRY_ASSIGN(auto mode, ExchangeRepository(m_session.database()).mode());
    return mode.isField();
}

Result<SigningRight> ExchangeService::signingRight()
{
    ExchangeKeyVault vault(m_session.database());
    SigningRight out;
    if (!vault.available()) {
        out.holds = m_session.database().can(Permission::WriteRecords);
        return out;
    }
    OREC_TRY_ASSIGN(auto holds, vault.sessionHolds());
    out.holds = holds;
    OREC_TRY_ASSIGN(auto holders, vault.holders());
    out.holders = holders;
    if (!out.holds) {
        OREC_TRY_ASSIGN(auto text, vault.refusalText());
        out.refusal = text;
    }
    return out;
}

Status ExchangeService::requireSigningRight()
{
    ExchangeKeyVault vault(m_session.database());
    if (!vault.available())
        return {};
    return vault.requireSessionHolds();
}

Result<exchange::EnrolledSecretary> ExchangeService::enrolSecretary(const QString& cellCode,
                                                                    const QString& label, bool replace)
{
    OREC_TRY(m_session.require(Permission::ManageKeys, Where::HomeOnly));
    OREC_TRY(requireSigningRight()); // the enrolment key is sealed with home's other secrets
    OREC_TRY(
        checkLength(QStringLiteral("name"), Texts::tr("The secretary's name"), label, field_limits::kLabel));
    return exchange::HomeExchange(m_session.database()).enrolSecretary(cellCode, label, replace);
}

Result<exchange::RotatedHomeKeys> ExchangeService::rotateHomeKeys()
{
    OREC_TRY(m_session.require(Permission::ManageKeys, Where::HomeOnly));
    OREC_TRY(requireSigningRight()); // the old keys sign the announcement; the new are sealed with them
    if (!ExchangeKeyVault(m_session.database()).available())
        return Error(ErrorCode::Invalid,
                     Texts::tr("This register must be upgraded before home's keys can change."));
    return exchange::HomeExchange(m_session.database()).rotateKeys();
}

Status ExchangeService::removeSecretary(const QString& cellCode, const QString& reason)
{
    OREC_TRY(m_session.require(Permission::ManageKeys, Where::HomeOnly));
    OREC_TRY(
        checkLength(QStringLiteral("reason"), Texts::tr("The reason"), reason, field_limits::kShortText));
    return exchange::HomeExchange(m_session.database()).removeSecretary(cellCode, reason);
}

Result<exchange::ExportedPackage> ExchangeService::exportCellPackage(const QString& cellCode,
                                                                     const QString& outPath)
{
    OREC_TRY(m_session.require(Permission::WriteRecords, Where::HomeOnly));
    // Before anything is read or prepared: who may not sign hears so, and who can.
    OREC_TRY(requireSigningRight());
    return exchange::HomeExchange(m_session.database()).exportCellPackage(cellCode, outPath);
}

Result<exchange::ImportPlan> ExchangeService::previewImport(const QString& path,
                                                            exchange::PackageProblem* problem)
{
    OREC_TRY(m_session.require(Permission::ReadRecords, Where::HomeOnly));
    OREC_TRY(requireSigningRight()); // the package opens only with home's receive keys
    return exchange::HomeExchange(m_session.database()).planImport(path, problem);
}

Result<exchange::ImportOutcome> ExchangeService::applyImport(const exchange::ImportPlan& plan, bool dryRun)
{
    Database& db = m_session.database();
    OREC_TRY(m_session.require(Permission::WriteRecords, Where::HomeOnly));
    OREC_TRY(requireSigningRight());
    if (!dryRun && !plan.isReplay() && plan.unresolvedCount() == 0) {
        const QString stamp = db.clock().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        OREC_TRY(backup::write(
            db, db.path() + QStringLiteral(".pre-import-%1-%2.orecbak").arg(plan.cellCode).arg(stamp)));
    }
    return exchange::HomeExchange(db).applyImport(plan, dryRun);
}

Result<InitialisedField>
ExchangeService::initialiseField(const QString& packagePath, const QString& enrolmentCode,
                                 const QString& databasePath, const QString& user, const QString& passphrase,
                                 const DatabaseOptions& options, exchange::PackageProblem* problem)
{
    OREC_TRY(checkPassphraseAcceptable(passphrase));
    OREC_TRY_ASSIGN(auto result,
                    exchange::FieldExchange::initialise(packagePath, enrolmentCode, databasePath, user,
                                                        SecureBytes::fromUtf8(passphrase), options, problem));
    InitialisedField out;
    out.session = std::make_unique<Session>(std::move(result.database));
    out.recoveryKey = result.recoveryKey;
    out.homeFingerprint = result.homeFingerprint;
    out.ownFingerprint = result.ownFingerprint;
    out.cellCode = result.cellCode;
    out.cellName = result.cellName;
    out.members = result.members;
    return out;
}

Result<exchange::InstallOutcome> ExchangeService::installCellPackage(const QString& path,
                                                                     exchange::PackageProblem* problem)
{
    OREC_TRY(m_session.require(Permission::WriteRecords));
    return exchange::FieldExchange(m_session.database()).installPackage(path, problem);
}

Result<exchange::ExportedPackage> ExchangeService::exportReturnPackage(const QString& outPath)
{
    OREC_TRY(m_session.require(Permission::WriteRecords));
    return exchange::FieldExchange(m_session.database()).exportReturnPackage(outPath);
}

Result<exchange::FieldStatus> ExchangeService::fieldStatus()
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return exchange::FieldExchange(m_session.database()).status();
}

} // namespace orec::app
