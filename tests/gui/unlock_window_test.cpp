// The first window driven offscreen: wrong and right passphrases, creating a database, auto-lock.
#include "gui/app_controller.h"
#include "gui/main_window.h"
#include "gui/unlock_window.h"
#include "gui_test_support.h"
#include "support/test_support.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

gui::AppOptions optionsFor(const QString& path, qint64 autoLockMs = 10 * 60 * 1000)
{
    gui::AppOptions options;
    options.database = fastOptions();
    options.databasePath = path;
    options.user = kAdmin;
    options.autoLockMs = autoLockMs;
    return options;
}

void unlockWith(gui::UnlockWindow* window, const QString& passphrase)
{
    auto* edit = child<QLineEdit>(window, "passphraseLineEdit");
    edit->clear();
    typeText(edit, passphrase);
    QTest::mouseClick(child<QPushButton>(window, "unlockButton"), Qt::LeftButton);
}

} // namespace

TEST(UnlockWindow, WrongPassphraseIsShownInlineAndWaitsLongerEachTime)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("g.orec"));
    createDatabase(path);
    gui::AppController controller(optionsFor(path));
    controller.start();
    gui::UnlockWindow* window = controller.unlockWindow();

    unlockWith(window, QStringLiteral("hoàn toàn sai"));
    ASSERT_TRUE(waitUntil([&] { return !window->isBusy() && window->failedAttempts() == 1; }));
    auto* error = child<QLabel>(window, "unlockErrorLabel");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("Wrong user name or passphrase")))
        << error->text().toStdString();
    auto* passEdit = child<QLineEdit>(window, "passphraseLineEdit");
    EXPECT_TRUE(passEdit->text().isEmpty());
    EXPECT_TRUE(passEdit->hasFocus() || QApplication::focusWidget() == passEdit);
    EXPECT_FALSE(child<QPushButton>(window, "unlockButton")->isEnabled());
    const int firstDelay = window->secondsUntilRetry();
    EXPECT_GE(firstDelay, 1);
    EXPECT_FALSE(controller.isUnlocked());

    // The second failure waits longer than the first.
    ASSERT_TRUE(waitUntil([&] { return window->secondsUntilRetry() == 0; }, 5000));
    unlockWith(window, QStringLiteral("vẫn sai nữa rồi"));
    ASSERT_TRUE(waitUntil([&] { return !window->isBusy() && window->failedAttempts() == 2; }));
    EXPECT_GT(window->secondsUntilRetry(), firstDelay);
}

TEST(UnlockWindow, RightPassphraseOpensTheMainWindowAndIdleLockReturns)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("ok.orec"));
    createDatabase(path);
    gui::AppController controller(optionsFor(path, 1500));
    controller.start();
    unlockWith(controller.unlockWindow(), kAdminPassphrase);
    ASSERT_TRUE(waitUntil([&] { return controller.isUnlocked(); }));
    ASSERT_NE(controller.mainWindow(), nullptr);
    EXPECT_TRUE(controller.mainWindow()->isVisible());
    EXPECT_FALSE(controller.unlockWindow()->isVisible());
    EXPECT_TRUE(controller.mainWindow()->statusText().contains(kAdmin));
    EXPECT_TRUE(controller.mainWindow()->statusText().contains(QStringLiteral("Administrator")));

    // Nobody touches anything: the application locks itself, closing the database.
    ASSERT_TRUE(waitUntil([&] { return !controller.isUnlocked(); }, 10000));
    EXPECT_EQ(controller.mainWindow(), nullptr);
    EXPECT_TRUE(controller.unlockWindow()->isVisible());
    EXPECT_TRUE(child<QLineEdit>(controller.unlockWindow(), "passphraseLineEdit")->text().isEmpty());
    // The file lock is released: another program can open the database now.
    auto again = Database::unlock(path, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions());
    EXPECT_TRUE(again.ok()) << (again.ok() ? "" : again.error().toString().toStdString());
}

TEST(UnlockWindow, LockNowShortcutLocks)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("l.orec"));
    createDatabase(path);
    gui::AppController controller(optionsFor(path));
    controller.start();
    unlockWith(controller.unlockWindow(), kAdminPassphrase);
    ASSERT_TRUE(waitUntil([&] { return controller.isUnlocked(); }));
    QAction* lock = controller.mainWindow()->actions().lock;
    ASSERT_NE(lock, nullptr);
    EXPECT_EQ(lock->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->trigger();
    EXPECT_FALSE(controller.isUnlocked());
    EXPECT_TRUE(controller.unlockWindow()->isVisible());
}

TEST(UnlockWindow, CreatingADatabaseShowsTheRecoveryKeyOnce)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("new.orec"));
    gui::AppController controller(optionsFor(QString()));
    controller.start();
    gui::UnlockWindow* window = controller.unlockWindow();
    QTest::mouseClick(child<QPushButton>(window, "showCreateButton"), Qt::LeftButton);
    auto* pages = child<QStackedWidget>(window, "pages");
    EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("createPage"));

    child<QLineEdit>(window, "newPathLineEdit")->setText(path);
    child<QLineEdit>(window, "adminLineEdit")->setText(QStringLiteral("quantri"));
    typeText(child<QLineEdit>(window, "newPassphraseLineEdit"), QStringLiteral("Mật khẩu mới rất dài"));
    typeText(child<QLineEdit>(window, "repeatLineEdit"), QStringLiteral("Mật khẩu khác"));
    QTest::mouseClick(child<QPushButton>(window, "createButton"), Qt::LeftButton);
    EXPECT_TRUE(child<QLabel>(window, "createErrorLabel")->isVisible()); // the two differ
    EXPECT_FALSE(QFile::exists(path));

    child<QLineEdit>(window, "repeatLineEdit")->clear();
    typeText(child<QLineEdit>(window, "repeatLineEdit"), QStringLiteral("Mật khẩu mới rất dài"));
    QTest::mouseClick(child<QPushButton>(window, "createButton"), Qt::LeftButton);
    ASSERT_TRUE(
        waitUntil([&] { return pages->currentWidget()->objectName() == QLatin1String("recoveryKeyPage"); }));
    const QString shown =
        child<QLabel>(window, "recoveryKeyLabel")->text().simplified().remove(QLatin1Char(' '));
    EXPECT_EQ(shown.count(QLatin1Char('-')), 9); // 11 groups on two lines
    auto* continueButton = child<QPushButton>(window, "continueButton");
    EXPECT_FALSE(continueButton->isEnabled());
    child<QCheckBox>(window, "keptKeyCheckBox")->setChecked(true);
    QTest::mouseClick(continueButton, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return controller.isUnlocked(); }));
    EXPECT_TRUE(child<QLabel>(window, "recoveryKeyLabel")->text().isEmpty()); // not kept on screen
    EXPECT_TRUE(QFile::exists(path));
}

TEST(UnlockWindow, TheFooterSaysTheAutoLockTimeSetNow)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("footer.orec"));
    createDatabase(path);
    QSettings().setValue(QStringLiteral("security/autoLockMinutes"), 5);
    gui::AppController controller(optionsFor(path));
    controller.start();
    auto* footer = child<QLabel>(controller.unlockWindow(), "footerLabel");
    EXPECT_TRUE(footer->text().contains(QStringLiteral("5 minutes"))) << footer->text().toStdString();
    // Settings changed it to one minute during the session: the window the lock brings back says so.
    QSettings().setValue(QStringLiteral("security/autoLockMinutes"), 1);
    controller.unlockWindow()->reset(QString());
    EXPECT_TRUE(footer->text().contains(QStringLiteral("1 minute without"))) << footer->text().toStdString();
    QSettings().remove(QStringLiteral("security/autoLockMinutes"));
}
