#include "storage/user_repository.h"

#include "core/result_try.h"
#include "storage/repository_support.h"

#include <QCoreApplication>
#include <QUuid>

namespace orec {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

QJsonObject toJson(const UserRecord& u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("role"), roleCode(u.role)},
            {QStringLiteral("full_name"), u.fullName}};
}
} // namespace

Result<QList<UserRecord>> UserRepository::listActive()
{
    OREC_TRY_ASSIGN(
        auto stmt,
        m_database.connection().prepare(
            "SELECT name, role, coalesce(full_name, ''), created_at FROM users WHERE removed_at IS NULL ORDER BY name"));
    return repo::collectRows<UserRecord>(stmt, [this](const sql::Statement& s) {
        UserRecord u;
        u.name = s.text(0);
        u.role = roleFromCode(s.text(1)).value_or(Role::Auditor);
        u.fullName = s.text(2);
        u.createdAt = QDateTime::fromString(s.text(3), Qt::ISODateWithMs);
        u.hasKeySlot = m_database.keyStore().hasSlot(u.name);
        return u;
    });
}

Result<std::optional<UserRecord>> UserRepository::find(const QString& name)
{
    OREC_TRY_ASSIGN(auto all, listActive());
    for (const UserRecord& u : all)
        if (u.name == name)
            return std::optional<UserRecord>(u);
    return std::optional<UserRecord>();
}

Status UserRepository::insert(WriteScope& scope, const QString& name, Role role, const QString& fullName)
{
    OREC_TRY(validateUserName(name));
    OREC_TRY_ASSIGN(auto existing, find(name));
    if (existing)
        return Error(ErrorCode::Invalid, Texts::tr("A user with this name already exists."), name);
    // A removed user's name may come back: the old row is revived, keeping its audit history.
    OREC_TRY_ASSIGN(
        auto revive,
        scope.connection().prepare(
            "UPDATE users SET role = ?, full_name = ?, removed_at = NULL, created_at = ? WHERE name = ?"));
    const QString now = m_database.clock().nowUtc().toString(Qt::ISODateWithMs);
    revive.bind(1, roleCode(role)).bind(2, fullName).bind(3, now).bind(4, name);
    OREC_TRY(revive.run());
    if (scope.connection().changes() == 0) {
        OREC_TRY_ASSIGN(
            auto stmt,
            scope.connection().prepare(
                "INSERT INTO users (uuid, name, role, full_name, created_at) VALUES (?, ?, ?, ?, ?)"));
        stmt.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, name)
            .bind(3, roleCode(role))
            .bind(4, fullName)
            .bind(5, now);
        OREC_TRY(stmt.run());
    }
    UserRecord after{name, role, fullName, {}, false};
    return scope.audit(QStringLiteral("user"), name, QStringLiteral("create"), {}, toJson(after));
}

Status UserRepository::markRemoved(WriteScope& scope, const QString& name)
{
    OREC_TRY_ASSIGN(auto existing, find(name));
    if (!existing)
        return Error(ErrorCode::NotFound, Texts::tr("There is no user with this name."), name);
    auto stmt =
        scope.connection().prepare("UPDATE users SET removed_at = ? WHERE name = ? AND removed_at IS NULL");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m_database.clock().nowUtc().toString(Qt::ISODateWithMs)).bind(2, name);
    OREC_TRY(stmt->run());
    return scope.audit(QStringLiteral("user"), name, QStringLiteral("delete"), toJson(*existing), {});
}

Status UserRepository::setRole(WriteScope& scope, const QString& name, Role role)
{
    OREC_TRY_ASSIGN(auto existing, find(name));
    if (!existing)
        return Error(ErrorCode::NotFound, Texts::tr("There is no user with this name."), name);
    OREC_TRY_ASSIGN(auto stmt, scope.connection().prepare(
                                   "UPDATE users SET role = ? WHERE name = ? AND removed_at IS NULL"));
    stmt.bind(1, roleCode(role)).bind(2, name);
    OREC_TRY(stmt.run());
    UserRecord after = *existing;
    after.role = role;
    return scope.audit(QStringLiteral("user"), name, QStringLiteral("update"), toJson(*existing),
                       toJson(after));
}

Result<int> UserRepository::countActiveAdmins()
{
    OREC_TRY_ASSIGN(auto n, m_database.connection().queryInt(
                                "SELECT count(*) FROM users WHERE role = 'admin' AND removed_at IS NULL"));
    return static_cast<int>(n);
}

} // namespace orec
