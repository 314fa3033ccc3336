#include "gui/application.h"

#include "app/diagnostics.h"
#include "app/translations.h"
#include "core/logging.h"
#include "core/platform.h"
#include "gui/app_controller.h"
#include "gui/unlock_window.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTimer>

namespace orec::gui {

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("overseas-records"));
    QCoreApplication::setOrganizationName(QStringLiteral("OverseasRecords"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OREC_VERSION));
}

struct CommandLine
{
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("Database file to open."),
                          QStringLiteral("FILE")};
    QCommandLineOption user{QStringLiteral("user"), QStringLiteral("User name to fill in."),
                            QStringLiteral("NAME")};
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("Language: vi (default) or en."),
                            QStringLiteral("LANG")};
    QCommandLineOption shot{QStringLiteral("screenshot"),
                            QStringLiteral("Save a PNG of the first window and quit."),
                            QStringLiteral("FILE")};
    QCommandLineOption verbose{
        QStringLiteral("verbose"),
        QStringLiteral("Write debug messages to the log and to stderr (also OREC_VERBOSE=1 "
                       "or the setting diagnostics/verbose).")};
    QCommandLineOption help;
    QCommandLineOption version;

    explicit CommandLine(QCommandLineParser& parser)
        : help(parser.addHelpOption()), version(parser.addVersionOption())
    {
        parser.setApplicationDescription(QStringLiteral("Overseas Records: records of party members abroad"));
        parser.addOptions({db, user, lang, shot, verbose});
        // The desktop entry's Exec passes the file double-clicked in the file manager.
        parser.addPositionalArgument(QStringLiteral("file"),
                                     QStringLiteral("A register (.orec) to open, or a package (.orecpkg) to "
                                                    "import once the register is unlocked."),
                                     QStringLiteral("[file]"));
    }
};

// --help and --version only print: they must work without a display, where QApplication cannot start.
bool onlyPrints(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (a == "--")
            break;
        if (a == "-h" || a == "--help" || a == "-?" || a == "--help-all" || a == "-v" || a == "--version")
            return true;
    }
    return false;
}

int printHelpOrVersion(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    QCommandLineParser parser;
    const CommandLine options(parser);
    // Qt's own options (-platform, -style...) are not the parser's; they do not stop the help.
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(options.version))
        parser.showVersion(); // exits 0
    parser.showHelp(0);       // exits 0
}

} // namespace

int runApplication(int argc, char** argv)
{
    platform::disableCoreDumps();
    if (onlyPrints(argc, argv))
        return printHelpOrVersion(argc, argv);
    // Earlier versions left scan copies in the temporary folder as it is now; from here on, a temporary
    // file any library makes (the print spooler's copy of a printed document) goes to a private one.
    const QString sharedTemporaryFolder = QDir::tempPath();
    platform::usePrivateTemporaryFolder();
    // Qt's own file and message dialogs, not the desktop's: they speak the program's language (Vietnamese
    // from resources/translations/qt_vi.ts) whatever language the desktop is set to.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Overseas Records"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // The installed desktop entry (cmake/Packaging.cmake): Wayland desktops match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.overseasrecords.OverseasRecords"));

    QSettings settings;
    QCommandLineParser parser;
    const CommandLine options(parser);
    parser.process(app);

    app::LogOptions log;
    log.program = QStringLiteral("overseas-records");
    log.verbose = parser.isSet(options.verbose) || qEnvironmentVariableIntValue("OREC_VERBOSE") != 0 ||
                  settings.value(QStringLiteral("diagnostics/verbose"), false).toBool();
    app::Diagnostics::install(log);
    qCInfo(lcGui).noquote() << "Overseas Records" << QCoreApplication::applicationVersion() << "started";

    app::installTranslations(
        parser.isSet(options.lang)
            ? parser.value(options.lang)
            : settings.value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString());

    AppOptions appOptions;
    appOptions.databasePath = parser.value(options.db);
    // A package opens in the register the unlock window offers (the last one, or --db); any other file is
    // taken for a register.
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const QFileInfo file(files.constFirst());
        if (file.suffix().compare(QLatin1String("orecpkg"), Qt::CaseInsensitive) == 0)
            appOptions.packagePath = file.absoluteFilePath();
        else if (appOptions.databasePath.isEmpty())
            appOptions.databasePath = file.absoluteFilePath();
    }
    appOptions.user = parser.value(options.user);
    appOptions.leftoverScanFolder = sharedTemporaryFolder;
    appOptions.autoLockMs = 60'000LL * settings.value(QStringLiteral("security/autoLockMinutes"), 5).toInt();
    AppController controller(appOptions);
    controller.start();

    if (parser.isSet(options.shot)) {
        const QString file = parser.value(options.shot);
        QTimer::singleShot(800, &app, [&controller, file] {
            const bool saved = controller.unlockWindow()->grab().save(file, "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    const int code = QApplication::exec();
    qCInfo(lcGui) << "Overseas Records ended with exit code" << code;
    return code;
}

} // namespace orec::gui
