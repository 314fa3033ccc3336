// GUI test runner: a real QApplication on the offscreen platform unless a display was chosen.
#include "app/translations.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, never the user's
    // No test talks to the desktop's buses (a program that takes a sleep inhibitor, screen-lock signals
    // from the session the tests run in): every bus is absent unless a test starts a private one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/orec-tests-have-no-session-bus");
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/orec-tests-have-no-system-bus");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OverseasRecordsTests"));
    QApplication::setApplicationName(QStringLiteral("overseas-records-tests"));
    // ctest runs every test in a process of its own, several at once: each keeps its settings apart, or one
    // test's QSettings().clear() lands in the middle of another's (the language switch test saw it).
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // English, so that tests may name texts; OREC_TEST_LANGUAGE=vi shows the screens as users see them
    // (with OREC_SCREENSHOT_DIR, for a look at every diacritic).
    orec::app::installTranslations(qEnvironmentVariable("OREC_TEST_LANGUAGE", QStringLiteral("en")));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
