#include "app/account_service.h"

#include "core/passphrase_policy.h"
#include "core/result_try.h"
#include "core/validation.h"
#include "storage/backup.h"
#include "storage/disk_space.h"
#include "storage/exchange_key_vault.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace orec::app {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};
} // namespace

Result<CreatedDatabase> AccountService::createDatabase(const QString& path, const QString& adminName,
                                                       const QString& passphrase,
                                                       const DatabaseOptions& options)
{
    OREC_TRY(checkPassphraseAcceptable(passphrase));
    OREC_TRY_ASSIGN(auto created,
                    Database::create(path, adminName, SecureBytes::fromUtf8(passphrase), options));
    CreatedDatabase out;
    out.recoveryKey = created.recoveryKey.formatted();
    out.session = std::make_unique<Session>(std::move(created.database));
    return out;
}

Status AccountService::checkKeyFile(const QString& path)
{
    const QString keys = KeyStore::slotFilePath(path);
    if (!QFileInfo(path).isFile() || QFileInfo::exists(keys))
        return {};
    return Error(
        ErrorCode::Corrupt,
        Texts::tr("The key file %1 is missing beside the database, so no passphrase can open it: the "
                  "register's files are incomplete. An administrator's recovery key opens the database "
                  "and makes a new key file (orec unlock-with-recovery, or \"Use the recovery key\" in "
                  "the window); a backup (.orecbak) holds both files.")
            .arg(QFileInfo(keys).fileName()),
        keys);
}

Result<std::unique_ptr<Session>> AccountService::unlock(const QString& path, const QString& user,
                                                        const QString& passphrase,
                                                        const DatabaseOptions& options, Access access)
{
    OREC_TRY(checkKeyFile(path));
    const SecureBytes secret = SecureBytes::fromUtf8(passphrase);
    auto db = Database::unlock(path, user, secret, options);
    if (db)
        return std::make_unique<Session>(std::move(*db));
    // The lock file beside the database could not be written. On a full disk that is what to say; and
    // reading needs no lock file: a shared lock of the database file itself keeps out anyone who takes
    // the file exclusively, and the database is opened read-only, writing nothing.
    if (db.code() != ErrorCode::Io || !disk::isFull(path))
        return db.error();
    if (access == Access::ReadWrite)
        return disk::fullError(path);
    OREC_TRY_ASSIGN(auto shared, SharedReadLock::acquire(path));
    DatabaseOptions readOnly = options;
    readOnly.readOnlyWithoutLockFile = true;
    auto reading = Database::unlock(path, user, secret, readOnly);
    if (!reading)
        return reading.code() == ErrorCode::Io ? disk::fullError(path) : reading.error();
    return std::make_unique<Session>(std::move(*reading), std::move(shared));
}

Result<std::unique_ptr<Session>> AccountService::recover(const QString& path, const QString& recoveryKey,
                                                         const QString& adminName,
                                                         const QString& newPassphrase,
                                                         const DatabaseOptions& options)
{
    OREC_TRY(checkPassphraseAcceptable(newPassphrase));
    OREC_TRY_ASSIGN(auto key, RecoveryKey::parse(recoveryKey));
    OREC_TRY_ASSIGN(auto db, Database::openWithRecoveryKey(path, key, adminName, options));
    Database& d = *db;
    WriteScope scope(d, Permission::ManageKeys);
    OREC_TRY(scope.status());
    OREC_TRY(scope.audit(QStringLiteral("key_slot"), adminName, QStringLiteral("reset_with_recovery_key")));
    OREC_TRY(d.setUserPassphrase(scope, adminName, SecureBytes::fromUtf8(newPassphrase)));
    OREC_TRY(scope.commit());
    return std::make_unique<Session>(std::move(db));
}

Result<QList<UserRecord>> AccountService::users()
{
    // Administrators, and auditors, whose audit log names the users.
    OREC_TRY(m_session.requireAny({Permission::ManageUsers, Permission::ReadAuditLog}));
    auto users = UserRepository(m_session.database()).listActive();
    if (!users)
        return users.error();
    OREC_TRY_ASSIGN(auto holders, ExchangeKeyVault(m_session.database()).holders());
    for (UserRecord& u : *users) {
        for (const ExchangeKeyHolder& h : std::as_const(holders))
            u.signsAsHome = u.signsAsHome || h.user == u.name;
    }
    return users;
}

Status AccountService::addUser(const QString& name, Role role, const QString& passphrase,
                               const QString& fullName)
{
    Database& db = m_session.database();
    OREC_TRY(m_session.require(Permission::ManageUsers, Where::HomeOnly));
    OREC_TRY(checkLength(QStringLiteral("full_name"), Texts::tr("The user's full name"), fullName,
                         field_limits::kPersonName));
    OREC_TRY(checkPassphraseAcceptable(passphrase));
    WriteScope scope(db, Permission::ManageUsers);
    OREC_TRY(scope.status());
    OREC_TRY(UserRepository(db).insert(scope, name, role, fullName));
    if (Status set = db.setUserPassphrase(scope, name, SecureBytes::fromUtf8(passphrase)); !set) {
        db.keyStore().removeSlot(name);
        return set;
    }
    // Administrators sign as home by default: a copy, when this administrator holds the keys.
    if (Status s = grantByDefault(scope, name, role); !s) {
        db.keyStore().removeSlot(name);
        return s;
    }
    return scope.commit();
}

Status AccountService::grantByDefault(WriteScope& scope, const QString& name, Role role)
{
    ExchangeKeyVault vault(m_session.database());
    if (role != Role::Admin || !vault.available())
        return {};
    OREC_TRY_ASSIGN(auto mine, vault.sessionHolds());
    OREC_TRY_ASSIGN(auto theirs, vault.holds(name));
    if (!mine || theirs)
        return {};
    return vault.grant(scope, name);
}

Status AccountService::keepAnAdmin(const QString& name, std::optional<Role> newRole)
{
    UserRepository repo(m_session.database());
    auto user = repo.find(name);
    if (!user)
        return user.error();
    if (!*user)
        return Error(ErrorCode::NotFound, Texts::tr("There is no user with this name."), name);
    if ((*user)->role != Role::Admin || newRole == Role::Admin)
        return {};
    OREC_TRY_ASSIGN(auto admins, repo.countActiveAdmins());
    if (admins <= 1)
        return Error(ErrorCode::Invalid, Texts::tr("The last administrator cannot be removed or demoted."),
                     name);
    return {};
}

Status AccountService::removeUser(const QString& name)
{
    Database& db = m_session.database();
    OREC_TRY(m_session.require(Permission::ManageUsers, Where::HomeOnly));
    OREC_TRY(keepAnAdmin(name, std::nullopt));
    WriteScope scope(db, Permission::ManageUsers);
    OREC_TRY(scope.status());
    OREC_TRY(ExchangeKeyVault(db).withdraw(scope, name, QStringLiteral("drop")));
    OREC_TRY(UserRepository(db).markRemoved(scope, name));
    OREC_TRY(scope.audit(QStringLiteral("key_slot"), name, QStringLiteral("delete")));
    const bool hadSlot = db.keyStore().removeSlot(name);
    if (Status saved = db.saveKeyStore(); !saved) {
        Q_UNUSED(hadSlot);
        return saved; // scope rolls back; the in-memory slot list is reloaded at next unlock
    }
    return scope.commit();
}

Status AccountService::setRole(const QString& name, Role role)
{
    Database& db = m_session.database();
    OREC_TRY(m_session.require(Permission::ManageUsers, Where::HomeOnly));
    OREC_TRY(keepAnAdmin(name, role));
    OREC_TRY_ASSIGN(auto before, UserRepository(db).find(name));
    WriteScope scope(db, Permission::ManageUsers);
    OREC_TRY(scope.status());
    OREC_TRY(UserRepository(db).setRole(scope, name, role));
    // The right to sign as home follows the role: by default for an administrator; an auditor never
    // holds it, and an administrator made clerk keeps it only if granted again.
    if (before && before->role != role && (role == Role::Auditor || before->role == Role::Admin))
        OREC_TRY(ExchangeKeyVault(db).withdraw(scope, name, QStringLiteral("drop")));
    OREC_TRY(grantByDefault(scope, name, role));
    return scope.commit();
}

Status AccountService::changeOwnPassphrase(const QString& currentPassphrase, const QString& newPassphrase)
{
    Database& db = m_session.database();
    const QString& me = db.actor().user;
    OREC_TRY(checkPassphraseAcceptable(newPassphrase));
    auto proof = db.keyStore().unwrap(me, SecureBytes::fromUtf8(currentPassphrase));
    if (!proof)
        return Error(ErrorCode::WrongKey, Texts::tr("The current passphrase is wrong."), me);
    // Every role may change its own passphrase, auditors included: a key event, not a change to records.
    WriteScope scope(db, Permission::ReadRecords);
    OREC_TRY(scope.status());
    OREC_TRY(scope.audit(QStringLiteral("key_slot"), me, QStringLiteral("change_passphrase")));
    OREC_TRY(db.setUserPassphrase(scope, me, SecureBytes::fromUtf8(newPassphrase)));
    return scope.commit();
}

Status AccountService::resetPassphrase(const QString& name, const QString& newPassphrase)
{
    Database& db = m_session.database();
    OREC_TRY(m_session.require(Permission::ManageUsers, Where::HomeOnly));
    OREC_TRY(checkPassphraseAcceptable(newPassphrase));
    auto user = UserRepository(db).find(name);
    if (!user)
        return user.error();
    if (!*user)
        return Error(ErrorCode::NotFound, Texts::tr("There is no user with this name."), name);
    WriteScope scope(db, Permission::ManageUsers);
    OREC_TRY(scope.status());
    OREC_TRY(scope.audit(QStringLiteral("key_slot"), name, QStringLiteral("reset_passphrase")));
    OREC_TRY(db.setUserPassphrase(scope, name, SecureBytes::fromUtf8(newPassphrase)));
    return scope.commit();
}

Result<QString> AccountService::rotateKeys()
{
    Database& db = m_session.database();
    OREC_TRY(db.require(Permission::ManageKeys));
    const QString stamp = db.clock().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    OREC_TRY(backup::write(db, db.path() + QStringLiteral(".pre-rekey-%1.orecbak").arg(stamp)));
    const RecoveryKey next = RecoveryKey::generate();
    OREC_TRY(db.rotateDataKey(next));
    return next.formatted();
}

Status AccountService::grantExchange(const QString& name)
{
    Database& db = m_session.database();
    OREC_TRY(m_session.require(Permission::ManageUsers, Where::HomeOnly));
    auto user = UserRepository(db).find(name);
    if (!user)
        return user.error();
    if (!*user)
        return Error(ErrorCode::NotFound, Texts::tr("There is no user with this name."), name);
    if (!roleMayHoldExchangeKeys((*user)->role))
        return Error(
            ErrorCode::Invalid,
            Texts::tr("%1 is an auditor: auditors never sign as home. Change their role first.").arg(name),
            name);
    ExchangeKeyVault vault(db);
    if (!vault.available())
        return Error(ErrorCode::Invalid,
                     Texts::tr("This register must be upgraded before the right can be granted."));
    OREC_TRY_ASSIGN(auto already, vault.holds(name));
    if (already)
        return {};
    OREC_TRY(vault.requireSessionHolds());
    WriteScope scope(db, Permission::ManageUsers);
    OREC_TRY(scope.status());
    OREC_TRY(vault.grant(scope, name));
    return scope.commit();
}

Status AccountService::revokeExchange(const QString& name)
{
    Database& db = m_session.database();
    OREC_TRY(m_session.require(Permission::ManageUsers, Where::HomeOnly));
    ExchangeKeyVault vault(db);
    OREC_TRY_ASSIGN(auto holders, vault.holders());
    bool held = false;
    for (const ExchangeKeyHolder& h : std::as_const(holders))
        held = held || h.user == name;
    if (!held)
        return Error(ErrorCode::NotFound, Texts::tr("%1 does not hold the right to sign as home.").arg(name),
                     name);
    if (holders.size() == 1)
        return Error(
            ErrorCode::Invalid,
            Texts::tr("%1 is the last user who can sign as home: grant the right to someone else first, or "
                      "nobody could export a cell package or import a return package.")
                .arg(name),
            name);
    WriteScope scope(db, Permission::ManageUsers);
    OREC_TRY(scope.status());
    OREC_TRY(vault.withdraw(scope, name, QStringLiteral("revoke")));
    return scope.commit();
}

} // namespace orec::app
