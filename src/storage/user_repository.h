// UserRepository: the users of a database (name, role) in its users table; every change audited.
#pragma once

#include "core/result.h"
#include "core/role.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace orec {

struct UserRecord
{
    QString name;
    Role role = Role::Clerk;
    QString fullName;
    QDateTime createdAt;
    bool hasKeySlot = false;  // filled by the caller from the key file
    bool signsAsHome = false; // holds a copy of the exchange keys (filled by AccountService::users)
};

class UserRepository
{
public:
    explicit UserRepository(Database& database) : m_database(database) {}

    Result<QList<UserRecord>> listActive();
    Result<std::optional<UserRecord>> find(const QString& name);
    // Inside the caller's WriteScope.
    Status insert(WriteScope& scope, const QString& name, Role role, const QString& fullName = {});
    Status markRemoved(WriteScope& scope, const QString& name);
    Status setRole(WriteScope& scope, const QString& name, Role role);
    Result<int> countActiveAdmins();

private:
    Database& m_database;
};

} // namespace orec
