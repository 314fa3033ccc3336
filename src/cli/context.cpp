#include "cli/context.h"

#include "app/account_service.h"
#include "cli/terminal.h"
#include "core/logging.h"
#include "storage/key_store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace orec::cli {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::cli)
};
} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok:
        return ExitOk;
    case ErrorCode::Usage:
        return ExitUsage;
    case ErrorCode::Invalid:
    case ErrorCode::Constraint:
    case ErrorCode::Conflict:
    case ErrorCode::NotFound:
        return ExitInvalid;
    case ErrorCode::WrongKey:
    case ErrorCode::PermissionDenied:
        return ExitAuth;
    case ErrorCode::Locked:
        return ExitLocked;
    case ErrorCode::NotADatabase:
    case ErrorCode::Corrupt:
        return ExitCorrupt;
    case ErrorCode::Io:
    case ErrorCode::Internal:
    case ErrorCode::Cancelled:
        return ExitFailure;
    }
    return ExitFailure;
}

int CliContext::fail(const Error& error)
{
    // The log gets the code, never the message: it may quote a value. What failed underneath (a
    // statement and SQLite's code) was logged where it failed, and --verbose echoes it.
    qCWarning(lcCli).noquote() << "Command" << commandName << "failed:" << errorCodeName(error.code);
    m_err << "orec: " << error.toString() << "\n";
    m_err.flush();
    return exitCodeFor(error.code);
}

int CliContext::usage(const QString& message)
{
    m_err << "orec: " << message << "\n";
    m_err.flush();
    return ExitUsage;
}

int CliContext::invalid(const QString& message)
{
    m_err << "orec: " << message << "\n";
    m_err.flush();
    return ExitInvalid;
}

void CliContext::printJson(const QJsonDocument& doc)
{
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

Status CliContext::requireDb() const
{
    if (dbPath.isEmpty())
        return Error(ErrorCode::Usage, Texts::tr("Say which database with --db FILE."));
    return {};
}

QString CliContext::effectiveUser() const
{
    // Empty: the database finds the only user of its key file from the passphrase (the file
    // names nobody in clear), else takes "admin".
    return user;
}

Result<QString> CliContext::secret(const char* variable, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    const QString typed = readHidden(prompt);
    if (typed.isNull())
        return Error(ErrorCode::Usage, Texts::tr("No terminal to ask on: set %1 in the environment.")
                                           .arg(QString::fromLatin1(variable)));
    return typed;
}

Result<QString> CliContext::passphrase()
{
    return secret("OREC_PASSPHRASE", effectiveUser().isEmpty()
                                         ? Texts::tr("Passphrase: ")
                                         : Texts::tr("Passphrase for %1: ").arg(effectiveUser()));
}

Result<QString> CliContext::newPassphrase(const char* variable, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    const QString first = readHidden(prompt);
    if (first.isNull())
        return Error(ErrorCode::Usage, Texts::tr("No terminal to ask on: set %1 in the environment.")
                                           .arg(QString::fromLatin1(variable)));
    QString second = readHidden(Texts::tr("Type it again: "));
    if (first != second)
        return Error(ErrorCode::Invalid, Texts::tr("The two passphrases differ."));
    return first;
}

Result<std::unique_ptr<app::Session>> CliContext::openSession()
{
    OREC_TRY(requireDb());
    // Say so before asking for a passphrase that could not help.
    if (!QFileInfo::exists(dbPath))
        return Error(ErrorCode::NotFound, Texts::tr("The database file does not exist."), dbPath);
    OREC_TRY(app::AccountService::checkKeyFile(dbPath));
    auto pass = passphrase();
    if (!pass)
        return pass.error();
    auto session = app::AccountService::unlock(dbPath, effectiveUser(), *pass, databaseOptions,
                                               readOnly ? app::Access::ReadOnly : app::Access::ReadWrite);
    wipeString(*pass);
    if (!session)
        return session.error();
    // The user's role and the database's mode first, before the command looks anything up.
    OREC_TRY((*session)->requireAny(permissions));
    if (where != app::Where::Anywhere)
        OREC_TRY((*session)->require(permissions.first(), where));
    return session;
}

int withSession(CliContext& c, const std::function<int(app::Session&)>& body)
{
    auto session = c.openSession();
    if (!session)
        return c.fail(session.error());
    return body(**session);
}

Command make(const QString& name, const QString& synopsis, const QString& summary, const QString& help,
             std::function<int(CliContext&)> run, QStringList valueOptions, QStringList flags)
{
    Command command;
    command.name = name;
    command.synopsis = synopsis;
    command.summary = summary;
    command.help = help;
    command.run = std::move(run);
    command.valueOptions = std::move(valueOptions);
    command.flags = std::move(flags);
    return command;
}

Command reads(Command command)
{
    return needs(std::move(command), {Permission::ReadRecords}, app::Where::Anywhere, true);
}

Command writes(Command command, app::Where where)
{
    return needs(std::move(command), {Permission::WriteRecords}, where, false);
}

Command needs(Command command, QList<Permission> anyOf, app::Where where, bool readOnly)
{
    command.permissions = std::move(anyOf);
    command.where = where;
    command.readOnly = readOnly;
    return command;
}

} // namespace orec::cli
