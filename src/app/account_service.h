// AccountService: creating and unlocking databases, users, passphrases and keys.
#pragma once

#include "app/session.h"
#include "core/result.h"
#include "storage/user_repository.h"

#include <QList>
#include <QString>
#include <memory>

namespace orec::app {

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
    static Result<std::unique_ptr<Session>> unlock(const QString& path, const QString& user,
                                                   const QString& passphrase,
                                                   const DatabaseOptions& options = {});
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

private:
    Status keepAnAdmin(const QString& name, std::optional<Role> newRole);

    Session& m_session;
};

} // namespace orec::app
