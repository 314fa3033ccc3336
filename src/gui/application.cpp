#include "gui/application.h"

#include "app/translations.h"
#include "core/platform.h"
#include "gui/app_controller.h"
#include "gui/unlock_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

namespace orec::gui {

int runApplication(int argc, char** argv)
{
    platform::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("overseas-records"));
    QApplication::setApplicationDisplayName(QStringLiteral("Overseas Records"));
    QApplication::setOrganizationName(QStringLiteral("OverseasRecords"));
    QApplication::setApplicationVersion(QStringLiteral(OREC_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    QSettings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Overseas Records: records of party members abroad"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file to open."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("User name to fill in."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: vi (default) or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the first window and quit."),
                                        QStringLiteral("FILE"));
    parser.addOptions({dbOption, userOption, langOption, shotOption});
    parser.process(app);

    app::installTranslations(parser.isSet(langOption)
                                 ? parser.value(langOption)
                                 : settings.value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString());

    AppOptions options;
    options.databasePath = parser.value(dbOption);
    options.user = parser.value(userOption);
    options.autoLockMs = 60'000LL * settings.value(QStringLiteral("security/autoLockMinutes"), 5).toInt();
    AppController controller(options);
    controller.start();

    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        QTimer::singleShot(800, &app, [&controller, file] {
            const bool saved = controller.unlockWindow()->grab().save(file, "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace orec::gui
