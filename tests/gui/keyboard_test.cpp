// The keyboard a clerk works with, offscreen: Esc closes every dialog that holds no edits, Enter opens the
// selected row of the postings and reports-due lists, Ctrl+L locks from the main window.
#include "gui/app_controller.h"
#include "gui/export_cell_package_dialog.h"
#include "gui/keys_dialog.h"
#include "gui/main_window.h"
#include "gui/member_dossier_dialog.h"
#include "gui/posting_editor_dialog.h"
#include "gui/postings_screen.h"
#include "gui/report_form_dialog.h"
#include "gui/reports_due_model.h"
#include "gui/reports_due_screen.h"
#include "gui/secretaries_dialog.h"
#include "gui/settings_dialog.h"
#include "gui/transition_dialog.h"
#include "gui/unlock_window.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace orec;
using namespace orec::test;

namespace {

class KeyboardTest : public RegisterFixture
{
protected:
    // Shows the dialog, presses Esc on whatever has the focus inside it, and says whether it closed.
    static bool escapeCloses(QDialog& dialog)
    {
        dialog.show();
        dialog.activateWindow();
        settleEvents();
        QWidget* target = dialog.focusWidget() ? dialog.focusWidget() : &dialog;
        QTest::keyClick(target, Qt::Key_Escape);
        settleEvents();
        return !dialog.isVisible() && dialog.result() == QDialog::Rejected;
    }
};

} // namespace

TEST_F(KeyboardTest, EscapeClosesEveryDialogThatHoldsNoEdits)
{
    sendAbroad();
    gui::MessageBox::clearLastText();
    {
        gui::MemberDossierDialog dossier(*session, hoa.id);
        EXPECT_TRUE(escapeCloses(dossier));
    }
    {
        gui::PostingEditorDialog posting(*session, hoaPosting.id, hoa.id);
        EXPECT_TRUE(escapeCloses(posting));
    }
    {
        auto context = service->transitionContext(hoaPosting);
        ASSERT_TRUE(context.ok());
        gui::TransitionDialog step(*session, PostingTransition::ReturnHome, hoaPosting, *context);
        EXPECT_TRUE(escapeCloses(step));
    }
    {
        gui::ReportFormDialog report(*session, hoaPosting.id, ReportKind::Return);
        EXPECT_TRUE(escapeCloses(report));
    }
    {
        gui::SettingsDialog settings;
        EXPECT_TRUE(escapeCloses(settings));
    }
    {
        gui::ExportCellPackageDialog exportDialog(*session);
        EXPECT_TRUE(escapeCloses(exportDialog));
    }
    {
        gui::SecretariesDialog secretaries(*session);
        EXPECT_TRUE(escapeCloses(secretaries));
    }
    {
        gui::KeysDialog keys(*session);
        EXPECT_TRUE(escapeCloses(keys));
    }
    // Nothing was edited, so nothing asked.
    EXPECT_TRUE(gui::MessageBox::lastText().isEmpty()) << gui::MessageBox::lastText().toStdString();
}

TEST_F(KeyboardTest, EnterOpensTheSelectedPostingRow)
{
    sendAbroad();
    gui::PostingsScreen screen(*session);
    screen.show();
    screen.showMode(gui::PostingsScreen::Departures, QDate(2026, 2, 1), QDate(2026, 3, 2));
    auto* view = child<QTableView>(&screen, "postingsTableView");
    ASSERT_EQ(view->model()->rowCount(), 1); // Hoa left for France on 20 February
    view->setFocus();
    view->selectRow(0);
    QString opened;
    whenModalOpens([&opened](QWidget* dialog) {
        if (auto* dossier = qobject_cast<gui::MemberDossierDialog*>(dialog))
            opened = dossier->member().fullName;
        else if (auto* posting = qobject_cast<gui::PostingEditorDialog*>(dialog))
            opened = QString::number(posting->posting().memberId);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_TRUE(opened == hoa.fullName || opened == QString::number(hoa.id)) << opened.toStdString();
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

TEST_F(KeyboardTest, EnterOnAReportDueOpensItsForm)
{
    sendAbroad();
    gui::ReportsDueScreen screen(*session);
    screen.resize(1000, 500);
    screen.show();
    settleEvents();
    auto* model = screen.model();
    ASSERT_GT(model->rowCount(), 0);
    auto* view = child<QTableView>(&screen, "reportsTableView");
    view->setFocus();
    view->setCurrentIndex(model->index(0, gui::ReportsDueModel::MemberColumn));
    const auto due = model->rowAt(0);
    ASSERT_TRUE(due.has_value());
    bool formOpened = false;
    whenModalOpens([&formOpened](QWidget* dialog) {
        formOpened = qobject_cast<gui::ReportFormDialog*>(dialog) != nullptr;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_TRUE(formOpened);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(model->rowAt(0)->memberId, due->memberId); // closed without filing: still due
}

TEST(KeyboardShortcuts, CtrlLLocksFromTheMainWindow)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("k.orec"));
    createDatabase(path);
    gui::AppOptions options;
    options.database = fastOptions();
    options.databasePath = path;
    options.user = kAdmin;
    gui::AppController controller(options);
    controller.start();
    auto* passphrase = child<QLineEdit>(controller.unlockWindow(), "passphraseLineEdit");
    typeText(passphrase, kAdminPassphrase);
    QTest::mouseClick(child<QPushButton>(controller.unlockWindow(), "unlockButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return controller.isUnlocked(); }));
    gui::MainWindow* window = controller.mainWindow();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    EXPECT_FALSE(controller.isUnlocked());
    EXPECT_TRUE(controller.unlockWindow()->isVisible());
}
