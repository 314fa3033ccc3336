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
    // Signing packages as home and opening return packages: holding a sealed copy of the database's
    // exchange keys (storage/exchange_key_vault.h). Administrators hold it by default; an administrator
    // may grant it to a named clerk; an auditor never holds it. roleAllows() says who has it by role
    // alone; a clerk has it only by a grant, and anyone only while their copy opens.
    SignAsHome,
};

QString roleCode(Role role); // "admin", "clerk", "auditor"
std::optional<Role> roleFromCode(const QString& code);
QString roleDisplayName(Role role); // translated
bool roleAllows(Role role, Permission permission);
// Whether a user of this role may be granted the right to sign as home (never an auditor).
bool roleMayHoldExchangeKeys(Role role);

// A user name is 1 to 64 letters, digits, dots, dashes or underscores.
Status validateUserName(const QString& name);

} // namespace orec
