// CliContext: what every `orec` command receives: its options, streams, and how to open the database.
#pragma once

#include "app/session.h"
#include "cli/cli.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace orec::cli {

class CliContext
{
public:
    CliContext(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

    // Global options.
    QString dbPath;
    QString user;
    bool json = false;
    DatabaseOptions databaseOptions;
    QString commandName; // "user add", for the log

    // What the command needs of the user and the database, from its Command (a command may lower it
    // before opening, as `import --dry-run` does): openSession() checks it right after the unlock,
    // before the command reads or checks anything, so a user who may not do something hears so first.
    QList<Permission> permissions{Permission::ReadRecords}; // any one of them
    app::Where where = app::Where::Anywhere;
    // Reads the database only: opened read-only when the disk is too full for the lock file.
    bool readOnly = false;

    // The command's own arguments, after the command words.
    QStringList positional;
    QMap<QString, QString> options; // --name value, or "" for a flag
    bool hasOption(const QString& name) const { return options.contains(name); }
    QString option(const QString& name, const QString& fallback = {}) const
    {
        return options.value(name, fallback);
    }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints the error on stderr and returns its exit code.
    int fail(const Error& error);
    // A usage error (exit code 1): an unknown command or option, a missing argument or option.
    int usage(const QString& message);
    // Invalid input (exit code 2): a value given to an option or argument that is not accepted.
    int invalid(const QString& message);
    void printJson(const QJsonDocument& doc);

    // The passphrase of --user: OREC_PASSPHRASE, else a prompt without echo.
    Result<QString> passphrase();
    // A new passphrase: from the environment variable, else asked twice without echo.
    Result<QString> newPassphrase(const char* variable, const QString& prompt);
    Result<QString> secret(const char* variable, const QString& prompt);
    QString effectiveUser() const;

    Result<std::unique_ptr<app::Session>> openSession();
    Status requireDb() const;

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

int exitCodeFor(ErrorCode code);

// How every command that needs the database opens it: runs `body` with the unlocked session, or prints
// why it could not be opened (refused, wrong passphrase, no such file...) and returns that exit code.
int withSession(CliContext& c, const std::function<int(app::Session&)>& body);

struct Command
{
    QString name;             // "check", "user add"
    QString synopsis;         // "user add NAME --role admin|clerk|auditor"
    QString summary;          // one line, translated
    QString help;             // full description of arguments and options, translated
    QStringList valueOptions; // "--role" takes a value
    QStringList flags;        // "--dry-run" takes none
    bool needsDatabase = true;
    // Who may run it (any one of these permissions; docs/security.md, "Who may do what"), whether it is
    // done at home only (refused on a cell secretary's field database), and whether it only reads.
    QList<Permission> permissions{Permission::ReadRecords};
    app::Where where = app::Where::Anywhere;
    bool readOnly = false;
    std::function<int(CliContext&)> run;
};

// A command from its words and texts, how it runs, and the options it takes; the access it needs is
// set by reads(), writes() or needs().
Command make(const QString& name, const QString& synopsis, const QString& summary, const QString& help,
             std::function<int(CliContext&)> run, QStringList valueOptions = {}, QStringList flags = {});

// The access a command needs, set on its Command when it is registered: reads (readOnly), changes to
// records, and the rest.
Command reads(Command command);
Command writes(Command command, app::Where where = app::Where::Anywhere);
Command needs(Command command, QList<Permission> anyOf, app::Where where = app::Where::Anywhere,
              bool readOnly = false);

// Each group of commands lives in its own file and adds itself here.
void registerAccountCommands(QList<Command>& commands);
void registerMaintenanceCommands(QList<Command>& commands);
void registerExchangeCommands(QList<Command>& commands);
void registerRegisterCommands(QList<Command>& commands);
void registerPrintCommands(QList<Command>& commands);
// QGuiApplication (offscreen) for `orec print`, which lays out text; QCoreApplication otherwise.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

} // namespace orec::cli
