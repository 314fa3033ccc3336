// Test entry of the reports suite: printing lays out text, which needs a QGuiApplication (offscreen in CI).
#include "app/translations.h"

#include <QGuiApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    // Documents in the department's language, as the program prints them.
    orec::app::installTranslations(QStringLiteral("vi"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
