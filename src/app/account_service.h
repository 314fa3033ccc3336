// AccountService: creating and unlocking databases, users, passphrases and keys.
#pragma once

#include "app/session.h"
#include "core/result.h"
#include "storage/user_repository.h"

#include <QList>
#include <QString>
#include <memory>

namespace orec::app {

// What an unlock is for. ReadOnly: the caller only reads (a list, a search, a check, an export): on a
// disk too full to write the lock file beside the database, it is still opened, read-only, under a
// shared lock of the database file itself.
enum class Access {
    ReadWrite,
    ReadOnly,
};

struct CreatedDatabase
{
    std::unique_ptr<Session> session;
    QString recoveryKey; // formatted for printing; shown once
};

class AccountService
{
public:
    explicit AccountService(Session& session) : m_session(session) {}

    static Result<CreatedDatabase> createDatabase(const QString& path, const QString& adminName,
                                                  const QString& passphrase,
                                                  const DatabaseOptions& options = {});
    // A missing key file is ErrorCode::Corrupt (checkKeyFile); a full disk an I/O error that says so,
    // never a lock that cannot be taken.
    static Result<std::unique_ptr<Session>> unlock(const QString& path, const QString& user,
                                                   const QString& passphrase,
                                                   const DatabaseOptions& options = {},
                                                   Access access = Access::ReadWrite);
    // The key file beside an existing database: when it is missing the register's files are incomplete
    // (ErrorCode::Corrupt naming it, and saying that the recovery key or a backup restores access).
    static Status checkKeyFile(const QString& path);
    // Opens with the recovery key (even with the key file lost) and gives the administrator a new passphrase.
    static Result<std::unique_ptr<Session>> recover(const QString& path, const QString& recoveryKey,
                                                    const QString& adminName, const QString& newPassphrase,
                                                    const DatabaseOptions& options = {});

    Result<QList<UserRecord>> users();
    Status addUser(const QString& name, Role role, const QString& passphrase, const QString& fullName = {});
    Status removeUser(const QString& name);
    Status setRole(const QString& name, Role role);
    // Any user, for themselves: proves the current passphrase, then replaces only their own slot.
    Status changeOwnPassphrase(const QString& currentPassphrase, const QString& newPassphrase);
    // An administrator sets a new passphrase for someone who forgot theirs.
    Status resetPassphrase(const QString& name, const QString& newPassphrase);
    // New data key and recovery key; the file is re-encrypted. Returns the new recovery key, shown once.
    Result<QString> rotateKeys();

    // The right to sign as home (Permission::SignAsHome; storage/exchange_key_vault.h). Administrators
    // only; granting needs an administrator who holds it (their copy is what is sealed to the user), and
    // never goes to an auditor. Revoking deletes the user's copy and replaces the wrapping key of every
    // exchange secret, so that copy opens nothing sealed from then on; home's keys themselves stay (see
    // ExchangeService::rotateHomeKeys for a user who may have copied them).
    Status grantExchange(const QString& name);
    Status revokeExchange(const QString& name);

private:
    Status keepAnAdmin(const QString& name, std::optional<Role> newRole);
    Status grantByDefault(WriteScope& scope, const QString& name, Role role);

    Session& m_session;
};

} // namespace orec::app
