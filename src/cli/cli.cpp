#include "cli/cli.h"

#include "app/diagnostics.h"
#include "app/translations.h"
#include "cli/context.h"
#include "cli/terminal.h"
#include "core/logging.h"
#include "core/platform.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace orec::cli {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::cli)
};

QList<Command> allCommands()
{
    QList<Command> commands;
    registerAccountCommands(commands);
    registerMaintenanceCommands(commands);
    registerExchangeCommands(commands);
    registerRegisterCommands(commands);
    registerPrintCommands(commands);
    return commands;
}

QString globalHelp(const QList<Command>& commands)
{
    QString text;
    QTextStream s(&text);
    s << Texts::tr("orec — Overseas Records on the command line") << "\n\n"
      << Texts::tr("Usage: orec --db FILE [--user NAME] [--json] COMMAND [ARGS]") << "\n\n"
      << Texts::tr("Global options:") << "\n"
      << "  --db FILE        "
      << Texts::tr("the database file (.orec); its key file FILE.keys sits beside it") << "\n"
      << "  --user NAME      "
      << Texts::tr("the database user (default: OREC_USER, else the only user or 'admin')") << "\n"
      << "  --json           " << Texts::tr("print records as JSON") << "\n"
      << "  --lang vi|en     " << Texts::tr("language of messages (default: Vietnamese, or OREC_LANG)")
      << "\n"
      << "  --verbose        "
      << Texts::tr("say on stderr what the program does, and for an error the failing operation and the "
                   "database engine's code (also kept in the log file)")
      << "\n";
    if (crypto::cheapKdfAllowedForTests())
        s << "  --insecure-fast-kdf-for-tests  "
          << Texts::tr("TESTS ONLY: new key slots use the cheapest Argon2id settings") << "\n";
    s << "  --help, -h       " << Texts::tr("this help; 'orec COMMAND --help' describes one command") << "\n"
      << "  --version        " << Texts::tr("the program version") << "\n\n"
      << Texts::tr(
             "Passphrases never come from arguments: OREC_PASSPHRASE (the user's), OREC_NEW_PASSPHRASE (a new "
             "one) and OREC_RECOVERY_KEY, else a prompt without echo.")
      << "\n\n"
      << Texts::tr("Commands:") << "\n";
    for (const Command& c : commands)
        s << "  " << c.synopsis.leftJustified(44) << " " << c.summary << "\n";
    s << "\n"
      << Texts::tr(
             "Exit codes: 0 success; 1 usage error; 2 invalid input; 3 authentication failed or not allowed; "
             "4 database in use by another process; 5 corrupt or tampered file; 6 other failure (I/O).")
      << "\n";
    return text;
}

QString commandHelp(const Command& c)
{
    return Texts::tr("Usage: orec --db FILE [--user NAME] %1").arg(c.synopsis) + QStringLiteral("\n\n") +
           c.summary + QStringLiteral("\n\n") + c.help + QStringLiteral("\n");
}

// The commands of a group ("user" for "user add", "user list"...): what `orec GROUP --help` prints.
QString groupHelp(const QString& group, const QList<const Command*>& members)
{
    QString text;
    QTextStream s(&text);
    s << Texts::tr("Usage: orec --db FILE [--user NAME] %1 COMMAND [ARGS]").arg(group) << "\n\n"
      << Texts::tr("Commands:") << "\n";
    for (const Command* c : members)
        s << "  " << c->synopsis.leftJustified(44) << " " << c->summary << "\n";
    s << "\n" << Texts::tr("'orec %1 COMMAND --help' describes one command.").arg(group) << "\n";
    return text;
}

bool isHelp(const QString& a)
{
    return a == QLatin1String("--help") || a == QLatin1String("-h");
}

// The value of --lang wherever it is on the line (the last one wins); nullopt when none is given,
// an empty string when --lang is last without a value.
std::optional<QString> languageArgument(const QStringList& arguments)
{
    std::optional<QString> language;
    for (qsizetype k = 0; k < arguments.size(); ++k) {
        const QString& a = arguments[k];
        if (a == QLatin1String("--lang"))
            language = k + 1 < arguments.size() ? arguments[++k] : QString();
        else if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
    }
    return language;
}

// --verbose lasts for one command line: tests run several in one process.
class VerboseScope
{
public:
    VerboseScope() : m_before(app::Diagnostics::verbose()) {}
    ~VerboseScope() { app::Diagnostics::setVerbose(m_before); }
    VerboseScope(const VerboseScope&) = delete;
    VerboseScope& operator=(const VerboseScope&) = delete;

private:
    bool m_before;
};

} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CliContext context(out, err);
    const VerboseScope verboseScope;
    // --lang first, wherever it is: the commands' help texts are translated as they are listed.
    if (const auto language = languageArgument(arguments)) {
        if (language->isEmpty())
            return context.usage(Texts::tr("--lang needs vi or en."));
        if (!app::installTranslations(*language))
            return context.invalid(Texts::tr("--lang needs vi or en."));
    }
    const QList<Command> commands = allCommands();
    context.dbPath = qEnvironmentVariable("OREC_DB");
    context.user = qEnvironmentVariable("OREC_USER");

    // Global options, then the command words.
    int i = 0;
    bool wantHelp = false;
    for (; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        const auto valueOf = [&](const QString& name) -> std::optional<QString> {
            if (a.startsWith(name + QLatin1Char('=')))
                return a.mid(name.size() + 1);
            if (a == name && i + 1 < arguments.size())
                return arguments[++i];
            return std::nullopt;
        };
        if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            auto v = valueOf(QStringLiteral("--db"));
            if (!v)
                return context.usage(Texts::tr("--db needs a file name."));
            context.dbPath = *v;
        } else if (a == QLatin1String("--user") || a.startsWith(QLatin1String("--user="))) {
            auto v = valueOf(QStringLiteral("--user"));
            if (!v)
                return context.usage(Texts::tr("--user needs a name."));
            context.user = *v;
        } else if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            if (!valueOf(QStringLiteral("--lang"))) // installed above
                return context.usage(Texts::tr("--lang needs vi or en."));
        } else if (a == QLatin1String("--json")) {
            context.json = true;
        } else if (a == QLatin1String("--verbose")) {
            app::Diagnostics::setVerbose(true);
        } else if (a == QLatin1String("--insecure-fast-kdf-for-tests") && crypto::cheapKdfAllowedForTests()) {
            context.databaseOptions.kdf = crypto::KdfParams::cheapForTestsOnly();
        } else if (isHelp(a)) {
            wantHelp = true;
        } else if (a == QLatin1String("--version")) {
            out << "orec " << QCoreApplication::applicationVersion() << "\n";
            return ExitOk;
        } else if (a.startsWith(QLatin1String("--"))) {
            return context.usage(Texts::tr("Unknown option %1.").arg(a));
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        if (wantHelp) {
            out << globalHelp(commands);
            return ExitOk;
        }
        err << globalHelp(commands);
        return ExitUsage;
    }

    // Longest command name that matches the next words ("user add" before "user").
    const Command* command = nullptr;
    int words = 0;
    for (const Command& c : commands) {
        const QStringList parts = c.name.split(QLatin1Char(' '));
        if (parts.size() <= words || i + parts.size() > arguments.size())
            continue;
        if (arguments.mid(i, parts.size()) == parts) {
            command = &c;
            words = static_cast<int>(parts.size());
        }
    }
    if (!command) {
        // A group's name alone ("orec user --help"): its commands.
        const QString group = arguments[i];
        QList<const Command*> members;
        for (const Command& c : commands) {
            if (c.name.startsWith(group + QLatin1Char(' ')))
                members.append(&c);
        }
        if (members.isEmpty())
            return context.usage(
                Texts::tr("Unknown command '%1'. 'orec --help' lists the commands.").arg(group));
        const QStringList rest = arguments.mid(i + 1);
        const bool help = wantHelp || std::any_of(rest.begin(), rest.end(), isHelp);
        const bool subcommandGiven = !rest.isEmpty() && !rest.first().startsWith(QLatin1Char('-'));
        if (help && !subcommandGiven) {
            out << groupHelp(group, members);
            return ExitOk;
        }
        if (subcommandGiven)
            err << "orec: " << Texts::tr("Unknown command '%1 %2'.").arg(group, rest.first()) << "\n\n";
        err << groupHelp(group, members);
        return ExitUsage;
    }
    i += words;

    for (; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (isHelp(a)) {
            wantHelp = true;
        } else if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            if (a == QLatin1String("--lang"))
                ++i; // installed above
        } else if (a == QLatin1String("--json")) {
            context.json = true;
        } else if (a == QLatin1String("--verbose")) {
            app::Diagnostics::setVerbose(true);
        } else if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db=")) ||
                   a == QLatin1String("--user") || a.startsWith(QLatin1String("--user="))) {
            // The global options after the command words too, as --json and --lang are.
            const bool db = a.startsWith(QLatin1String("--db"));
            const QString name = db ? QStringLiteral("--db") : QStringLiteral("--user");
            QString value;
            if (a.startsWith(name + QLatin1Char('=')))
                value = a.mid(name.size() + 1);
            else if (i + 1 < arguments.size())
                value = arguments[++i];
            else
                return context.usage(db ? Texts::tr("--db needs a file name.")
                                        : Texts::tr("--user needs a name."));
            (db ? context.dbPath : context.user) = value;
        } else if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            QString name = a.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (command->flags.contains(name)) {
                if (eq >= 0)
                    return context.usage(Texts::tr("--%1 takes no value.").arg(name));
                context.options.insert(name, QString());
            } else if (command->valueOptions.contains(name)) {
                if (eq < 0) {
                    if (i + 1 >= arguments.size())
                        return context.usage(Texts::tr("--%1 needs a value.").arg(name));
                    value = arguments[++i];
                }
                context.options.insert(name, value);
            } else {
                return context.usage(Texts::tr("'%1' has no option --%2.").arg(command->name, name));
            }
        } else {
            context.positional << a;
        }
    }
    if (wantHelp) {
        out << commandHelp(*command);
        return ExitOk;
    }
    if (command->needsDatabase && context.dbPath.isEmpty())
        return context.usage(Texts::tr("Say which database with --db FILE."));
    context.permissions = command->permissions;
    context.where = command->where;
    context.readOnly = command->readOnly;
    context.commandName = command->name;
    // The command's name only: its arguments may be names, numbers or file names.
    qCInfo(lcCli).noquote() << "Command" << command->name << "started";
    const int code = command->run(context);
    qCInfo(lcCli).noquote() << "Command" << command->name << "ended with exit code" << code;
    return code;
}

int main(int argc, char** argv)
{
    platform::disableCoreDumps();
    const auto application = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orec"));
    QCoreApplication::setOrganizationName(QStringLiteral("OverseasRecords"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OREC_VERSION));
    app::installTranslations(qEnvironmentVariable("OREC_LANG", QStringLiteral("vi")));
    app::LogOptions log;
    log.program = QStringLiteral("orec");
    log.verbose = qEnvironmentVariableIntValue("OREC_VERBOSE") != 0;
    app::Diagnostics::install(log);

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const int code = run(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace orec::cli
