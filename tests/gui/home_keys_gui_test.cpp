// The right to sign as home in the windows: the Users screen shows who holds it and grants or takes it
// back; a clerk without it finds File › Export a cell package disabled with the reason, and the export
// dialog says plainly why she cannot sign and who can.
#include "app/account_service.h"
#include "app/exchange_service.h"
#include "gui/export_cell_package_dialog.h"
#include "gui/main_window.h"
#include "gui/users_screen.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace orec;
using namespace orec::test;

namespace {

const QString kClerk = QStringLiteral("lan");
const QString kClerkPass = QStringLiteral("Thư ký văn phòng Lan 2026");
const QString kAuditor = QStringLiteral("kiem");
const QString kAuditorPass = QStringLiteral("Kiểm tra viên đọc thôi 2026");

class HomeKeysGuiTest : public RegisterFixture
{
protected:
    void SetUp() override
    {
        RegisterFixture::SetUp();
        app::AccountService accounts(*session);
        ASSERT_TRUE(accounts.addUser(kClerk, Role::Clerk, kClerkPass).ok());
        ASSERT_TRUE(accounts.addUser(kAuditor, Role::Auditor, kAuditorPass).ok());
        // Home's keys exist, as they do once a secretary is enrolled.
        ASSERT_TRUE(app::ExchangeService(*session).keys().ok());
    }

    void reopenAs(const QString& user, const QString& pass)
    {
        const QString path = session->database().path();
        service.reset();
        session.reset();
        auto opened = app::AccountService::unlock(path, user, pass, fastOptions(&m_clock));
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        session = std::move(*opened);
        service = std::make_unique<app::RegisterService>(*session);
    }

    static int rowOf(QTableWidget* table, const QString& user)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == user)
                return row;
        }
        return -1;
    }
};

TEST_F(HomeKeysGuiTest, TheUsersScreenShowsGrantsAndTakesBackTheRight)
{
    gui::MainWindow window(*session);
    window.show();
    auto* screen = qobject_cast<gui::UsersScreen*>(window.showScreen(gui::ScreenId::Users));
    ASSERT_NE(screen, nullptr);
    auto* table = child<QTableWidget>(screen, "usersTableWidget");
    auto* button = child<QPushButton>(screen, "exchangeRightButton");
    const auto signs = [&](const QString& user) { return table->item(rowOf(table, user), 5)->text(); };
    EXPECT_EQ(signs(kAdmin), QStringLiteral("Yes"));
    EXPECT_EQ(signs(kClerk), QStringLiteral("No"));
    EXPECT_EQ(signs(kAuditor), QStringLiteral("Never (auditor)"));

    ASSERT_TRUE(screen->selectUser(kAuditor));
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->toolTip().contains(QStringLiteral("Auditors never sign as home")));

    ASSERT_TRUE(screen->selectUser(kClerk));
    ASSERT_TRUE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(signs(kClerk), QStringLiteral("Yes"));
    ASSERT_TRUE(screen->selectUser(kClerk));
    EXPECT_EQ(button->text().remove(QLatin1Char('&')), QStringLiteral("Stop signing as home"));
    auto right = app::ExchangeService(*session).signingRight();
    ASSERT_TRUE(right.ok());
    EXPECT_EQ(right->holders.size(), 2);

    // Taking it back asks first, and says what a copy she may have kept still does.
    gui::MessageBox::clearLastText();
    gui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("orec keys rotate")))
        << gui::MessageBox::lastText().toStdString();
    EXPECT_EQ(signs(kClerk), QStringLiteral("No"));
}

TEST_F(HomeKeysGuiTest, AClerkWithoutTheRightIsToldWhyBeforeSheStarts)
{
    reopenAs(kClerk, kClerkPass);
    if (HasFatalFailure())
        return;
    gui::MainWindow window(*session);
    window.show();
    QAction* exportAction = window.actions().exportPackage;
    ASSERT_NE(exportAction, nullptr);
    EXPECT_FALSE(exportAction->isEnabled());
    EXPECT_TRUE(exportAction->toolTip().contains(kAdmin)) << exportAction->toolTip().toStdString();
    ASSERT_NE(window.actions().importPackage, nullptr);
    EXPECT_FALSE(window.actions().importPackage->isEnabled());

    gui::ExportCellPackageDialog dialog(*session);
    EXPECT_FALSE(dialog.refusal().isEmpty());
    EXPECT_TRUE(dialog.selectCell(cellJp.code));
    const QString shown = child<QLabel>(&dialog, "secretaryLabel")->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("does not hold"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(kAdmin)) << shown.toStdString();
    EXPECT_FALSE(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_F(HomeKeysGuiTest, AGrantedClerkMayExport)
{
    ASSERT_TRUE(app::AccountService(*session).grantExchange(kClerk).ok());
    reopenAs(kClerk, kClerkPass);
    if (HasFatalFailure())
        return;
    gui::MainWindow window(*session);
    QAction* exportAction = window.actions().exportPackage;
    ASSERT_NE(exportAction, nullptr);
    EXPECT_TRUE(exportAction->isEnabled());
    gui::ExportCellPackageDialog dialog(*session);
    EXPECT_TRUE(dialog.refusal().isEmpty());
}

} // namespace
