// Roles of database users and what each may do.
#pragma once

#include "core/result.h"

#include <QString>
#include <optional>

namespace orec {

enum class Role {
    Admin,   // manages users and keys; also reads and writes records
    Clerk,   // reads and writes records
    Auditor, // reads records and the audit log; writes nothing
};

enum class Permission {
    ReadRecords,
    WriteRecords,
    ReadAuditLog,
    ManageUsers,
    ManageKeys,
    EditRules,
};

QString roleCode(Role role); // "admin", "clerk", "auditor"
std::optional<Role> roleFromCode(const QString& code);
QString roleDisplayName(Role role); // translated
bool roleAllows(Role role, Permission permission);

// A user name is 1 to 64 letters, digits, dots, dashes or underscores.
Status validateUserName(const QString& name);

} // namespace orec
