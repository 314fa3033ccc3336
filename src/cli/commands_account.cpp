// `orec` commands for databases, users, passphrases and keys.
#include "app/account_service.h"
#include "cli/context.h"
#include "core/platform.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace orec::cli {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::cli)
};

void printRecoveryKey(CliContext& c, const QString& key, const QString& heading)
{
    if (c.json) {
        c.printJson(QJsonDocument(QJsonObject{{QStringLiteral("recovery_key"), key}}));
        return;
    }
    c.out()
        << "\n"
        << heading << "\n\n    " << key << "\n\n"
        << Texts::tr(
               "Write it down or print it now and keep it locked away: it is shown only this once. With it alone "
               "an administrator can open the database when every passphrase is lost.")
        << "\n";
    c.out().flush();
}

int initCommand(CliContext& c)
{
    const QString admin = c.user.isEmpty() ? QStringLiteral("admin") : c.user;
    auto pass = qEnvironmentVariableIsSet("OREC_PASSPHRASE")
                    ? Result<QString>(qEnvironmentVariable("OREC_PASSPHRASE"))
                    : c.newPassphrase("OREC_NEW_PASSPHRASE", Texts::tr("New passphrase for %1: ").arg(admin));
    if (!pass)
        return c.fail(pass.error());
    auto created = app::AccountService::createDatabase(c.dbPath, admin, *pass, c.databaseOptions);
    wipeString(*pass);
    if (!created)
        return c.fail(created.error());
    if (!c.json)
        c.out() << Texts::tr("Created %1 with administrator %2.").arg(c.dbPath, admin) << "\n";
    printRecoveryKey(c, created->recoveryKey, Texts::tr("Recovery key:"));
    return ExitOk;
}

int userAdd(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: user add NAME --role admin|clerk|auditor"));
    if (!c.hasOption(QStringLiteral("role")))
        return c.usage(Texts::tr("Give the new user's role with --role admin|clerk|auditor."));
    const auto role = roleFromCode(c.option(QStringLiteral("role")));
    if (!role)
        return c.invalid(Texts::tr("--role must be admin, clerk or auditor."));
    return withSession(c, [&](app::Session& session) -> int {
        const QString name = c.positional.first();
        auto pass =
            c.newPassphrase("OREC_NEW_PASSPHRASE", Texts::tr("Passphrase for the new user %1: ").arg(name));
        if (!pass)
            return c.fail(pass.error());
        Status s =
            app::AccountService(session).addUser(name, *role, *pass, c.option(QStringLiteral("full-name")));
        wipeString(*pass);
        if (!s)
            return c.fail(s.error());
        if (!c.json)
            c.out() << Texts::tr("Added %1 as %2.").arg(name, roleDisplayName(*role)) << "\n";
        return ExitOk;
    });
}

int userList(CliContext& c)
{
    return withSession(c, [&](app::Session& session) -> int {
        auto users = app::AccountService(session).users();
        if (!users)
            return c.fail(users.error());
        if (c.json) {
            QJsonArray array;
            for (const UserRecord& u : *users)
                array.append(QJsonObject{{QStringLiteral("name"), u.name},
                                         {QStringLiteral("role"), roleCode(u.role)},
                                         {QStringLiteral("full_name"), u.fullName},
                                         {QStringLiteral("created_at"), u.createdAt.toString(Qt::ISODate)},
                                         {QStringLiteral("has_key_slot"), u.hasKeySlot},
                                         {QStringLiteral("signs_as_home"), u.signsAsHome}});
            c.printJson(QJsonDocument(array));
            return ExitOk;
        }
        for (const UserRecord& u : *users) {
            c.out() << u.name.leftJustified(20) << " " << roleDisplayName(u.role).leftJustified(14) << " "
                    << u.fullName;
            if (u.signsAsHome)
                c.out() << "  " << Texts::tr("[signs as home]");
            if (!u.hasKeySlot)
                c.out() << "  " << Texts::tr("(no key slot: cannot unlock)");
            c.out() << "\n";
        }
        return ExitOk;
    });
}

int userGrantExchange(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: user grant-exchange NAME"));
    return withSession(c, [&](app::Session& session) -> int {
        const QString name = c.positional.first();
        Status s = app::AccountService(session).grantExchange(name);
        if (!s)
            return c.fail(s.error());
        if (!c.json)
            c.out() << Texts::tr("%1 may now sign cell packages as home and open return packages.").arg(name)
                    << "\n";
        return ExitOk;
    });
}

int userRevokeExchange(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: user revoke-exchange NAME"));
    return withSession(c, [&](app::Session& session) -> int {
        const QString name = c.positional.first();
        Status s = app::AccountService(session).revokeExchange(name);
        if (!s)
            return c.fail(s.error());
        if (!c.json)
            c.out()
                << Texts::tr(
                       "%1 can no longer sign as home: their copy of the exchange keys is deleted and the keys are "
                       "sealed anew for the others. If they may have copied home's keys while they held them, "
                       "run 'orec keys rotate'.")
                       .arg(name)
                << "\n";
        return ExitOk;
    });
}

int userRemove(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: user remove NAME"));
    return withSession(c, [&](app::Session& session) -> int {
        Status s = app::AccountService(session).removeUser(c.positional.first());
        if (!s)
            return c.fail(s.error());
        if (!c.json)
            c.out()
                << Texts::tr(
                       "Removed %1. To be sure a copy of the old key file is useless to them, run 'orec rekey'.")
                       .arg(c.positional.first())
                << "\n";
        return ExitOk;
    });
}

int userRole(CliContext& c)
{
    if (c.positional.size() != 2)
        return c.usage(Texts::tr("Usage: user role NAME admin|clerk|auditor"));
    const auto role = roleFromCode(c.positional.at(1));
    if (!role)
        return c.invalid(Texts::tr("The role must be admin, clerk or auditor."));
    return withSession(c, [&](app::Session& session) -> int {
        Status s = app::AccountService(session).setRole(c.positional.first(), *role);
        return s ? ExitOk : c.fail(s.error());
    });
}

int userReset(CliContext& c)
{
    if (c.positional.size() != 1)
        return c.usage(Texts::tr("Usage: user reset NAME"));
    return withSession(c, [&](app::Session& session) -> int {
        const QString name = c.positional.first();
        auto pass = c.newPassphrase("OREC_NEW_PASSPHRASE", Texts::tr("New passphrase for %1: ").arg(name));
        if (!pass)
            return c.fail(pass.error());
        Status s = app::AccountService(session).resetPassphrase(name, *pass);
        wipeString(*pass);
        return s ? ExitOk : c.fail(s.error());
    });
}

int passwdCommand(CliContext& c)
{
    auto current = c.passphrase();
    if (!current)
        return c.fail(current.error());
    auto session = app::AccountService::unlock(c.dbPath, c.effectiveUser(), *current, c.databaseOptions);
    if (!session) {
        wipeString(*current);
        return c.fail(session.error());
    }
    auto next = c.newPassphrase("OREC_NEW_PASSPHRASE", Texts::tr("New passphrase: "));
    if (!next)
        return c.fail(next.error());
    Status s = app::AccountService(**session).changeOwnPassphrase(*current, *next);
    wipeString(*current);
    wipeString(*next);
    if (!s)
        return c.fail(s.error());
    if (!c.json)
        c.out() << Texts::tr("Passphrase changed.") << "\n";
    return ExitOk;
}

int rekeyCommand(CliContext& c)
{
    return withSession(c, [&](app::Session& session) -> int {
        auto key = app::AccountService(session).rotateKeys();
        if (!key)
            return c.fail(key.error());
        if (!c.json)
            c.out()
                << Texts::tr(
                       "The database was re-encrypted with a new key. The old recovery key no longer works.")
                << "\n";
        printRecoveryKey(c, *key, Texts::tr("New recovery key:"));
        return ExitOk;
    });
}

int recoverCommand(CliContext& c)
{
    if (c.user.isEmpty())
        return c.usage(Texts::tr("Say which administrator gets the new passphrase with --user NAME."));
    auto key = c.secret("OREC_RECOVERY_KEY", Texts::tr("Recovery key: "));
    if (!key)
        return c.fail(key.error());
    auto pass = c.newPassphrase("OREC_NEW_PASSPHRASE", Texts::tr("New passphrase for %1: ").arg(c.user));
    if (!pass)
        return c.fail(pass.error());
    auto session = app::AccountService::recover(c.dbPath, *key, c.user, *pass, c.databaseOptions);
    wipeString(*key);
    wipeString(*pass);
    if (!session)
        return c.fail(session.error());
    if (!c.json)
        c.out() << Texts::tr("%1 can unlock the database again with the new passphrase.").arg(c.user) << "\n";
    return ExitOk;
}

} // namespace

void registerAccountCommands(QList<Command>& commands)
{
    Command init;
    init.name = QStringLiteral("init");
    init.synopsis = QStringLiteral("init");
    init.summary = Texts::tr("Create a new encrypted database and its first administrator.");
    init.help = Texts::tr(
        "Creates FILE and its key file FILE.keys. The administrator is --user (default 'admin'); the "
        "passphrase comes from OREC_PASSPHRASE, else OREC_NEW_PASSPHRASE, else is asked twice. Prints "
        "the recovery key once. With --json: {\"recovery_key\": ...}.");
    init.run = initCommand;
    commands << init;

    Command add;
    add.name = QStringLiteral("user add");
    add.synopsis = QStringLiteral("user add NAME --role admin|clerk|auditor [--full-name TEXT]");
    add.summary = Texts::tr("Add a user (administrators only).");
    add.help = Texts::tr(
        "--role      admin manages users and keys; clerk reads and writes records; auditor reads records "
        "and the audit log and writes nothing.\n--full-name the person's name, for lists.\nThe new "
        "user's passphrase comes from OREC_NEW_PASSPHRASE, else is asked twice.");
    add.valueOptions = {QStringLiteral("role"), QStringLiteral("full-name")};
    add.run = userAdd;
    commands << needs(add, {Permission::ManageUsers}, app::Where::HomeOnly);

    Command list;
    list.name = QStringLiteral("user list");
    list.synopsis = QStringLiteral("user list [--json]");
    list.summary = Texts::tr("List the users of the database and their roles.");
    list.help = Texts::tr(
        "--json prints an array of {name, role, full_name, created_at, has_key_slot, signs_as_home}. "
        "Those who sign as home hold home's exchange keys: they export cell packages and import "
        "return packages.");
    list.run = userList;
    // Administrators, and auditors, whose audit log names the users.
    commands << needs(list, {Permission::ManageUsers, Permission::ReadAuditLog}, app::Where::Anywhere, true);

    Command remove;
    remove.name = QStringLiteral("user remove");
    remove.synopsis = QStringLiteral("user remove NAME");
    remove.summary = Texts::tr("Remove a user and their key slot (administrators only).");
    remove.help =
        Texts::tr("The user's history stays in the audit log. The last administrator cannot be removed.");
    remove.run = userRemove;
    commands << needs(remove, {Permission::ManageUsers}, app::Where::HomeOnly);

    Command role;
    role.name = QStringLiteral("user role");
    role.synopsis = QStringLiteral("user role NAME admin|clerk|auditor");
    role.summary = Texts::tr("Change a user's role (administrators only).");
    role.help = Texts::tr("The last administrator cannot be demoted.");
    role.run = userRole;
    commands << needs(role, {Permission::ManageUsers}, app::Where::HomeOnly);

    Command reset;
    reset.name = QStringLiteral("user reset");
    reset.synopsis = QStringLiteral("user reset NAME");
    reset.summary = Texts::tr("Give a user who forgot their passphrase a new one (administrators only).");
    reset.help = Texts::tr("The new passphrase comes from OREC_NEW_PASSPHRASE, else is asked twice.");
    reset.run = userReset;
    commands << needs(reset, {Permission::ManageUsers}, app::Where::HomeOnly);

    Command grant;
    grant.name = QStringLiteral("user grant-exchange");
    grant.synopsis = QStringLiteral("user grant-exchange NAME");
    grant.summary =
        Texts::tr("Let a clerk sign cell packages as home and open return packages (administrators only).");
    grant.help = Texts::tr(
        "Seals home's exchange keys to the user's key, so it needs an administrator who holds them. "
        "Administrators hold them by default; an auditor never does.");
    grant.run = userGrantExchange;
    commands << needs(grant, {Permission::ManageUsers}, app::Where::HomeOnly);

    Command revoke;
    revoke.name = QStringLiteral("user revoke-exchange");
    revoke.synopsis = QStringLiteral("user revoke-exchange NAME");
    revoke.summary = Texts::tr("Take back the right to sign as home (administrators only).");
    revoke.help = Texts::tr(
        "Deletes the user's copy of home's exchange keys and seals them anew for the others. Home's "
        "keys stay the same: 'orec keys rotate' makes new ones if the user may have copied them.");
    revoke.run = userRevokeExchange;
    commands << needs(revoke, {Permission::ManageUsers}, app::Where::HomeOnly);

    Command passwd;
    passwd.name = QStringLiteral("passwd");
    passwd.synopsis = QStringLiteral("passwd");
    passwd.summary = Texts::tr("Change your own passphrase (the data are not re-encrypted).");
    passwd.help =
        Texts::tr("The current passphrase comes from OREC_PASSPHRASE, the new one from OREC_NEW_PASSPHRASE; "
                  "otherwise both are asked.");
    passwd.run = passwdCommand;
    commands << passwd;

    Command rekey;
    rekey.name = QStringLiteral("rekey");
    rekey.synopsis = QStringLiteral("rekey [--json]");
    rekey.summary = Texts::tr(
        "Re-encrypt the database with a new key and print a new recovery key (administrators only).");
    rekey.help = Texts::tr(
        "Every user keeps their passphrase. The old recovery key stops working. A backup of the "
        "database as it was is written first beside it (FILE.pre-rekey-DATE.orecbak); it still opens "
        "with the old keys, so keep it as safe as the database or delete it.");
    rekey.run = rekeyCommand;
    commands << needs(rekey, {Permission::ManageKeys});

    Command recover;
    recover.name = QStringLiteral("unlock-with-recovery");
    recover.synopsis = QStringLiteral("unlock-with-recovery");
    recover.summary =
        Texts::tr("Open the database with its recovery key and give administrator --user a new passphrase.");
    recover.help =
        Texts::tr("Works even when the key file is lost. The recovery key comes from OREC_RECOVERY_KEY, the "
                  "new passphrase from OREC_NEW_PASSPHRASE; otherwise both are asked.");
    recover.run = recoverCommand;
    commands << recover;
}

} // namespace orec::cli
