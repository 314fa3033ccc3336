// The main window's shell offscreen: navigation by role, settings applied live, unsaved edits, the audit log
// and users.
#include "app/account_service.h"
#include "app/translations.h"
#include "gui/app_controller.h"
#include "gui/audit_log_model.h"
#include "gui/audit_log_screen.h"
#include "gui/editor_dialog.h"
#include "gui/main_window.h"
#include "gui/message_box.h"
#include "gui/screen.h"
#include "gui/settings_dialog.h"
#include "gui/unlock_window.h"
#include "gui/users_screen.h"
#include "gui_test_support.h"
#include "support/test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kClerk = QStringLiteral("thuky");
const QString kClerkPassphrase = QStringLiteral("Thư ký làm việc chăm chỉ 2026");

std::unique_ptr<app::Session> openSession(const QString& path, const QString& user = kAdmin,
                                          const QString& passphrase = kAdminPassphrase)
{
    auto session = app::AccountService::unlock(path, user, passphrase, fastOptions());
    EXPECT_TRUE(session.ok()) << (session.ok() ? "" : session.error().toString().toStdString());
    return session.ok() ? std::move(*session) : nullptr;
}

QStringList navigationTexts(gui::MainWindow& window)
{
    QStringList texts;
    auto* list = child<QListWidget>(&window, "navigationListWidget");
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

// Runs `answer` on the next modal dialog once it is open.
void whenDialogOpens(const std::function<void(QWidget*)>& answer)
{
    QTimer::singleShot(0, [answer] {
        ASSERT_TRUE(waitUntil([] { return QApplication::activeModalWidget() != nullptr; }, 5000));
        answer(QApplication::activeModalWidget());
    });
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        app::installTranslations(QStringLiteral("en"));
        gui::MessageBox::setNonInteractive(true);
        path = dir.file(QStringLiteral("shell.orec"));
        createDatabase(path);
    }
    void TearDown() override
    {
        gui::MessageBox::setNonInteractive(false);
        app::installTranslations(QStringLiteral("en"));
        QSettings().clear();
    }

    TempDir dir;
    QString path;
};

} // namespace

TEST_F(MainWindowTest, NavigationOffersAuditAndUsersByRole)
{
    {
        auto admin = openSession(path);
        ASSERT_TRUE(admin);
        ASSERT_TRUE(app::AccountService(*admin).addUser(kClerk, Role::Clerk, kClerkPassphrase).ok());
        ASSERT_TRUE(app::AccountService(*admin)
                        .addUser(QStringLiteral("kiemtra"), Role::Auditor, kClerkPassphrase)
                        .ok());
        gui::MainWindow window(*admin);
        EXPECT_EQ(
            navigationTexts(window),
            (QStringList{QStringLiteral("Dashboard"), QStringLiteral("Members"), QStringLiteral("Postings"),
                         QStringLiteral("Overseas cells"), QStringLiteral("Reports due"),
                         QStringLiteral("Audit log"), QStringLiteral("Users")}));
        EXPECT_NE(window.showScreen(gui::ScreenId::Users), nullptr);
    }
    {
        auto clerk = openSession(path, kClerk, kClerkPassphrase);
        ASSERT_TRUE(clerk);
        gui::MainWindow window(*clerk);
        const QStringList texts = navigationTexts(window);
        EXPECT_EQ(texts.size(), 5);
        EXPECT_FALSE(texts.contains(QStringLiteral("Audit log")));
        EXPECT_FALSE(texts.contains(QStringLiteral("Users")));
        EXPECT_EQ(window.showScreen(gui::ScreenId::AuditLog), nullptr);
        EXPECT_TRUE(window.statusText().contains(QStringLiteral("Clerk")));
    }
    {
        auto auditor = openSession(path, QStringLiteral("kiemtra"), kClerkPassphrase);
        ASSERT_TRUE(auditor);
        gui::MainWindow window(*auditor);
        const QStringList texts = navigationTexts(window);
        EXPECT_TRUE(texts.contains(QStringLiteral("Audit log")));
        EXPECT_FALSE(texts.contains(QStringLiteral("Users")));
    }
}

TEST_F(MainWindowTest, ClickingTheNavigationPaneSwitchesScreens)
{
    auto session = openSession(path);
    ASSERT_TRUE(session);
    gui::MainWindow window(*session);
    window.show();
    auto* list = child<QListWidget>(&window, "navigationListWidget");
    const int auditRow = static_cast<int>(navigationTexts(window).indexOf(QStringLiteral("Audit log")));
    ASSERT_GE(auditRow, 0);
    const QRect rect = list->visualItemRect(list->item(auditRow));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_NE(window.currentScreen(), nullptr);
    EXPECT_NE(qobject_cast<gui::AuditLogScreen*>(window.currentScreen()), nullptr);
    // Ctrl+7 goes to the users.
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    EXPECT_NE(qobject_cast<gui::UsersScreen*>(window.currentScreen()), nullptr);
    EXPECT_EQ(list->currentItem()->text(), QStringLiteral("Users"));
}

TEST_F(MainWindowTest, SwitchingLanguageChangesVisibleLabels)
{
    auto session = openSession(path);
    ASSERT_TRUE(session);
    gui::MainWindow window(*session);
    window.show();
    window.showScreen(gui::ScreenId::AuditLog);
    auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
    ASSERT_NE(fileMenu, nullptr);
    EXPECT_EQ(fileMenu->title(), QStringLiteral("&File"));
    const QString englishStatus = window.statusText();
    const QString englishNavigation = navigationTexts(window).join(QLatin1Char('|'));
    auto* verifyButton = child<QPushButton>(&window, "verifyButton");
    ASSERT_NE(verifyButton, nullptr);
    const QString englishButton = verifyButton->text();

    whenDialogOpens([](QWidget* dialog) {
        auto* language = child<QComboBox>(dialog, "languageComboBox");
        ASSERT_NE(language, nullptr);
        language->setCurrentIndex(language->findData(QStringLiteral("vi")));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    window.openSettings();
    QApplication::processEvents(); // LanguageChange is posted

    EXPECT_EQ(app::currentLanguage(), QStringLiteral("vi"));
    EXPECT_EQ(fileMenu->title(), QStringLiteral("&Tệp"));
    EXPECT_TRUE(window.statusText().contains(QStringLiteral("Người dùng")))
        << window.statusText().toStdString();
    EXPECT_NE(window.statusText(), englishStatus);
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("vi"));
    // Screens follow as well, as far as the Vietnamese file has their texts.
    const QString vietnameseButton = verifyButton->text();
    const QString vietnameseNavigation = navigationTexts(window).join(QLatin1Char('|'));
    if (QCoreApplication::translate("orec::gui::MainWindow", "Members") != QLatin1String("Members")) {
        EXPECT_NE(vietnameseNavigation, englishNavigation);
    }
    if (QCoreApplication::translate("AuditLogScreen", "&Verify the chain again") != englishButton) {
        EXPECT_NE(vietnameseButton, englishButton);
    }

    // And back.
    app::installTranslations(QStringLiteral("en"));
    QApplication::processEvents();
    EXPECT_EQ(fileMenu->title(), QStringLiteral("&File"));
    EXPECT_EQ(window.statusText(), englishStatus);
    EXPECT_EQ(verifyButton->text(), englishButton);
}

TEST_F(MainWindowTest, AutoLockSettingAppliesToTheRunningWatcher)
{
    gui::AppOptions options;
    options.database = fastOptions();
    options.databasePath = path;
    options.user = kAdmin;
    options.autoLockMs = 10 * 60 * 1000;
    gui::AppController controller(options);
    controller.start();
    auto* pass = child<QLineEdit>(controller.unlockWindow(), "passphraseLineEdit");
    typeText(pass, kAdminPassphrase);
    QTest::mouseClick(child<QPushButton>(controller.unlockWindow(), "unlockButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return controller.isUnlocked(); }));
    EXPECT_EQ(controller.idleWatcher().timeoutSeconds(), 600);

    whenDialogOpens([](QWidget* dialog) {
        auto* minutes = child<QSpinBox>(dialog, "autoLockSpinBox");
        ASSERT_NE(minutes, nullptr);
        minutes->setValue(2);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    controller.mainWindow()->openSettings();
    EXPECT_EQ(controller.idleWatcher().timeoutSeconds(), 120);
    EXPECT_EQ(QSettings().value(QStringLiteral("security/autoLockMinutes")).toInt(), 2);
    EXPECT_TRUE(controller.mainWindow()->statusText().contains(QStringLiteral("2:00")) ||
                controller.mainWindow()->statusText().contains(QStringLiteral("1:59")))
        << controller.mainWindow()->statusText().toStdString();
}

TEST_F(MainWindowTest, LockingWithADialogOpenClosesItSafely)
{
    gui::AppOptions options;
    options.database = fastOptions();
    options.databasePath = path;
    options.user = kAdmin;
    gui::AppController controller(options);
    controller.start();
    typeText(child<QLineEdit>(controller.unlockWindow(), "passphraseLineEdit"), kAdminPassphrase);
    QTest::mouseClick(child<QPushButton>(controller.unlockWindow(), "unlockButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return controller.isUnlocked(); }));
    // The settings dialog is open (its own event loop) when the idle lock strikes.
    QTimer::singleShot(0, &controller, [&controller] {
        ASSERT_TRUE(waitUntil([] { return QApplication::activeModalWidget() != nullptr; }, 5000));
        controller.lock();
    });
    controller.mainWindow()->openSettings();
    EXPECT_FALSE(controller.isUnlocked());
    EXPECT_EQ(controller.mainWindow(), nullptr);
    // Once back in the outer loop the old window and the session are gone: the file can be opened again.
    ASSERT_TRUE(waitUntil([&] {
        return Database::unlock(path, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions()).ok();
    }));
}

TEST_F(MainWindowTest, UnsavedEditsAskBeforeTheyAreLost)
{
    gui::SettingsDialog dialog;
    dialog.show();
    auto* minutes = child<QSpinBox>(&dialog, "autoLockSpinBox");
    minutes->setFocus();
    QTest::keyClick(minutes, Qt::Key_Up);
    ASSERT_TRUE(dialog.isDirty());

    gui::MessageBox::clearLastText();
    gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_TRUE(dialog.isVisible()); // the clerk chose to keep editing
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("not saved")));

    gui::MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);

    // Without edits Esc just closes.
    gui::SettingsDialog untouched;
    untouched.show();
    gui::MessageBox::clearLastText();
    QTest::keyClick(&untouched, Qt::Key_Escape);
    EXPECT_FALSE(untouched.isVisible());
    EXPECT_TRUE(gui::MessageBox::lastText().isEmpty());
}

TEST_F(MainWindowTest, AuditLogShowsChangesFiltersAndVerifiesTheChain)
{
    auto session = openSession(path);
    ASSERT_TRUE(session);
    ASSERT_TRUE(app::AccountService(*session)
                    .addUser(kClerk, Role::Clerk, kClerkPassphrase, QStringLiteral("Lê Thị Hoa"))
                    .ok());
    ASSERT_TRUE(app::AccountService(*session).setRole(kClerk, Role::Auditor).ok());
    gui::MainWindow window(*session);
    window.show();
    auto* screen = qobject_cast<gui::AuditLogScreen*>(window.showScreen(gui::ScreenId::AuditLog));
    ASSERT_NE(screen, nullptr);
    EXPECT_TRUE(screen->chainVerified());
    EXPECT_TRUE(child<QLabel>(screen, "chainStatusLabel")->text().contains(QStringLiteral("intact")));

    auto* table = child<QTableView>(screen, "auditTableView");
    const int all = table->model()->rowCount();
    EXPECT_GE(all, 4); // database and user created, the clerk added, the role changed
    // Newest first: the role change, shown in words with its before and after.
    EXPECT_EQ(table->model()->index(0, gui::AuditLogModel::RecordColumn).data().toString(),
              QStringLiteral("Lê Thị Hoa"));
    EXPECT_EQ(table->model()->index(0, gui::AuditLogModel::ActionColumn).data().toString(),
              QStringLiteral("Changed"));
    table->selectRow(0);
    auto* changes = child<QTableWidget>(screen, "changesTableWidget");
    ASSERT_GE(changes->rowCount(), 1);
    EXPECT_EQ(changes->item(0, 0)->text(), QStringLiteral("Role"));
    EXPECT_EQ(changes->item(0, 1)->text(), QStringLiteral("Clerk"));
    EXPECT_EQ(changes->item(0, 2)->text(), QStringLiteral("Auditor"));

    // Filter by record type: only the key-slot entries.
    auto* entity = child<QComboBox>(screen, "entityComboBox");
    entity->setCurrentIndex(entity->findData(QStringLiteral("user")));
    const int users = table->model()->rowCount();
    EXPECT_GT(users, 0);
    EXPECT_LT(users, all);
    for (int row = 0; row < users; ++row)
        EXPECT_EQ(table->model()->index(row, gui::AuditLogModel::EntityColumn).data().toString(),
                  QStringLiteral("User"));
    // A date range in the future finds nothing.
    auto* from = child<QLineEdit>(screen, "fromDateEdit");
    typeText(from, QDate::currentDate().addDays(2).toString(QStringLiteral("dd/MM/yyyy")));
    EXPECT_EQ(table->model()->rowCount(), 0);
    QTest::mouseClick(child<QPushButton>(screen, "clearFiltersButton"), Qt::LeftButton);
    EXPECT_EQ(table->model()->rowCount(), all);

    // An altered row is reported.
    ASSERT_TRUE(session->database()
                    .connection()
                    .exec("UPDATE audit_log SET user_name = 'mallory' WHERE id = 2")
                    .ok());
    QTest::mouseClick(child<QPushButton>(screen, "verifyButton"), Qt::LeftButton);
    EXPECT_FALSE(screen->chainVerified());
    EXPECT_TRUE(child<QLabel>(screen, "chainStatusLabel")->text().contains(QStringLiteral("tampered")));
}

TEST_F(MainWindowTest, AdministratorAddsAUserAndChangesTheirRole)
{
    auto session = openSession(path);
    ASSERT_TRUE(session);
    gui::MainWindow window(*session);
    window.show();
    auto* screen = qobject_cast<gui::UsersScreen*>(window.showScreen(gui::ScreenId::Users));
    ASSERT_NE(screen, nullptr);
    auto* table = child<QTableWidget>(screen, "usersTableWidget");
    EXPECT_EQ(table->rowCount(), 1);
    // One cannot remove oneself.
    EXPECT_FALSE(child<QPushButton>(screen, "removeUserButton")->isEnabled());

    whenDialogOpens([](QWidget* dialog) {
        typeText(child<QLineEdit>(dialog, "nameLineEdit"), kClerk);
        typeText(child<QLineEdit>(dialog, "fullNameLineEdit"), QStringLiteral("Trần Văn Bình"));
        typeText(child<QLineEdit>(dialog, "passphraseLineEdit"), kClerkPassphrase);
        auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        EXPECT_FALSE(ok->isEnabled()); // not repeated yet
        typeText(child<QLineEdit>(dialog, "repeatLineEdit"), kClerkPassphrase);
        EXPECT_TRUE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(screen, "addUserButton"), Qt::LeftButton);
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(screen->selectedUser(), kClerk);
    EXPECT_TRUE(session->database().keyStore().hasSlot(kClerk));

    whenDialogOpens([](QWidget* dialog) {
        auto* combo = dialog->findChild<QComboBox*>();
        ASSERT_NE(combo, nullptr);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Auditor")));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(child<QPushButton>(screen, "changeRoleButton"), Qt::LeftButton);
    auto users = app::AccountService(*session).users();
    ASSERT_TRUE(users.ok());
    bool found = false;
    for (const UserRecord& user : *users) {
        if (user.name == kClerk) {
            found = true;
            EXPECT_EQ(user.role, Role::Auditor);
        }
    }
    EXPECT_TRUE(found);

    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(screen->selectUser(kClerk));
    QTest::mouseClick(child<QPushButton>(screen, "removeUserButton"), Qt::LeftButton);
    EXPECT_EQ(table->rowCount(), 1);
    EXPECT_FALSE(session->database().keyStore().hasSlot(kClerk));
}
