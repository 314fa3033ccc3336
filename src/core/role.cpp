#include "core/role.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::Role)
};

} // namespace

QString roleCode(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("admin"))
        return Role::Admin;
    if (c == QLatin1String("clerk"))
        return Role::Clerk;
    if (c == QLatin1String("auditor"))
        return Role::Auditor;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return Texts::tr("Administrator");
    case Role::Clerk:
        return Texts::tr("Clerk");
    case Role::Auditor:
        return Texts::tr("Auditor");
    }
    return {};
}

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ReadRecords:
        return true;
    case Permission::WriteRecords:
        return role == Role::Admin || role == Role::Clerk;
    case Permission::ReadAuditLog:
        return role == Role::Admin || role == Role::Auditor;
    case Permission::ManageUsers:
    case Permission::ManageKeys:
    case Permission::EditRules:
    case Permission::SignAsHome:
        return role == Role::Admin;
    }
    return false;
}

bool roleMayHoldExchangeKeys(Role role)
{
    return role == Role::Admin || role == Role::Clerk;
}

Status validateUserName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}._-]{1,64}$"));
    if (!pattern.match(name).hasMatch())
        return Error(ErrorCode::Invalid,
                     Texts::tr("A user name is 1 to 64 letters, digits, dots, dashes or underscores."), name);
    return {};
}

} // namespace orec
