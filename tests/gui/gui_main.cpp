// GUI test runner: a real QApplication on the offscreen platform unless a display was chosen.
#include "app/translations.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, never the user's
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OverseasRecordsTests"));
    QApplication::setApplicationName(QStringLiteral("overseas-records-tests"));
    orec::app::installTranslations(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
