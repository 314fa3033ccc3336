// Long work off the interface's thread, offscreen with real widgets: a spreadsheet import stopped with the
// progress dialog's Cancel in the middle of its writes leaves the register as it was; an import through the
// File menu finishes on its worker and the Members screen shows the new members; a list export stopped with
// Cancel leaves no file, partial or whole, while one left to finish writes it.
#include "app/query_service.h"
#include "gui/background_work.h"
#include "gui/file_dialogs.h"
#include "gui/import_preview_model.h"
#include "gui/main_window.h"
#include "gui/member_list_model.h"
#include "gui/members_screen.h"
#include "gui/message_box.h"
#include "gui/spreadsheet_import_wizard.h"
#include "gui_test_support.h"
#include "register_fixture.h"
#include "support/members_csv.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTest>
#include <QTimer>
#include <atomic>

using namespace orec;
using namespace orec::test;

namespace {

class BackgroundWorkTest : public RegisterFixture
{
protected:
    void TearDown() override
    {
        gui::WorkProgress::setReportHookForTests({});
        gui::FileDialogs::setNextPaths({});
        RegisterFixture::TearDown();
    }

    // `rows` valid members no register row shares a number with (party cards 3xxxxxxx).
    QString membersSheet(int rows)
    {
        const QString path = m_dir.file(QStringLiteral("members-%1.csv").arg(rows));
        EXPECT_TRUE(writeMembersCsv(path, rows));
        return path;
    }

    void expectCheckPasses()
    {
        auto checked = session->database().check();
        ASSERT_TRUE(checked.ok()) << checked.error().toString().toStdString();
        EXPECT_TRUE(checked->ok()) << checked->audit.problem.toStdString();
    }

    qint64 memberCount()
    {
        auto count = app::QueryService(*session).countMembers(MemberFilter{});
        EXPECT_TRUE(count.ok());
        return count.ok() ? *count : -1;
    }

    // Pauses the worker at its report number `pauseAt` (counted from 1), presses the progress dialog's
    // Cancel button there from the interface's thread, then lets the worker go on. `pressed` says it
    // happened. The interface's thread polls while it waits in the work's event loop.
    void cancelAtReport(int pauseAt, std::atomic<bool>& pressed)
    {
        auto paused = std::make_shared<QSemaphore>();
        auto resume = std::make_shared<QSemaphore>();
        auto reports = std::make_shared<std::atomic<int>>(0);
        gui::WorkProgress::setReportHookForTests([=](const QString&, qint64, qint64) {
            if (++*reports == pauseAt) {
                paused->release();
                resume->acquire();
            }
        });
        auto* poll = new QTimer;
        poll->setInterval(5);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, paused, resume, &pressed] {
            if (!paused->tryAcquire())
                return;
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<QProgressDialog*>(w);
                if (!dialog)
                    dialog = w->findChild<QProgressDialog*>(QStringLiteral("workProgressDialog"));
                if (dialog && dialog->objectName() == QLatin1String("workProgressDialog")) {
                    if (auto* cancel = dialog->findChild<QPushButton*>()) {
                        cancel->click();
                        pressed = true;
                    }
                    break;
                }
            }
            resume->release();
            poll->deleteLater();
        });
        poll->start();
    }
};

} // namespace

TEST_F(BackgroundWorkTest, AnImportCancelledWhileItWritesLeavesTheRegisterUnchanged)
{
    const qint64 before = memberCount();
    auto head = session->database().auditLog().lastId();
    ASSERT_TRUE(head.ok());
    gui::SpreadsheetImportWizard wizard(*session);
    wizard.setTable(app::InterchangeTable::Members);
    wizard.setFile(membersSheet(600));
    wizard.show();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);
    ASSERT_EQ(wizard.previewModel()->preview().report.valid, 600);

    // The import reports: reading, checking rows 0, 256, 512, then writing rows 0, 256…: Cancel is pressed
    // when 256 rows are in the transaction.
    std::atomic<bool> pressed{false};
    cancelAtReport(6, pressed);
    wizard.next();
    EXPECT_TRUE(pressed);
    EXPECT_FALSE(wizard.isBusy());
    EXPECT_EQ(gui::BackgroundWork::running(), 0);
    EXPECT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);
    EXPECT_FALSE(wizard.changedRegister());
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("unchanged")))
        << gui::MessageBox::lastText().toStdString();
    // Rolled back: no member, no audit entry, and the register passes its check.
    EXPECT_EQ(memberCount(), before);
    EXPECT_FALSE(service->findMember(QStringLiteral("30000000")).ok());
    EXPECT_EQ(*session->database().auditLog().lastId(), *head);
    expectCheckPasses();

    // Imported again without a Cancel, every row is there.
    gui::WorkProgress::setReportHookForTests({});
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::ResultPage);
    EXPECT_EQ(wizard.report().imported, 600);
    EXPECT_EQ(memberCount(), before + 600);
    expectCheckPasses(); // every row audited and signed, on the worker's connection
}

TEST_F(BackgroundWorkTest, AnImportFromTheFileMenuFinishesInTheBackgroundAndTheMembersScreenShowsIt)
{
    gui::MainWindow window(*session);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // to the member list
    auto* members = qobject_cast<gui::MembersScreen*>(window.currentScreen());
    ASSERT_NE(members, nullptr);
    members->model()->finishCounting();
    const qint64 before = members->model()->totalCount();
    ASSERT_EQ(before, memberCount());

    const QString sheet = membersSheet(300);
    bool imported = false;
    whenModalOpens([&](QWidget* dialog) {
        auto* wizard = qobject_cast<gui::SpreadsheetImportWizard*>(dialog);
        ASSERT_NE(wizard, nullptr);
        wizard->setFile(sheet);
        wizard->next();
        wizard->next();
        wizard->next();
        imported =
            wizard->currentId() == gui::SpreadsheetImportWizard::ResultPage && wizard->changedRegister();
        wizard->accept();
    });
    auto* action = window.findChild<QAction*>(QStringLiteral("importSpreadsheetAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    EXPECT_TRUE(imported);
    EXPECT_EQ(gui::BackgroundWork::running(), 0);

    // The list was read again: the 300 new members are in it and in its count.
    members->model()->finishCounting();
    EXPECT_EQ(members->model()->totalCount(), before + 300);
    EXPECT_TRUE(child<QLabel>(members, "countLabel")->text().contains(QString::number(before + 300)))
        << child<QLabel>(members, "countLabel")->text().toStdString();
}

TEST_F(BackgroundWorkTest, AnExportCancelledLeavesNoFileAndOneLeftToFinishWritesIt)
{
    gui::MembersScreen screen(*session);
    screen.show();
    const QString path = m_dir.file(QStringLiteral("members-export.xlsx"));
    gui::FileDialogs::setNextPaths({path});
    std::atomic<bool> pressed{false};
    cancelAtReport(1, pressed); // at the first row read
    child<QPushButton>(&screen, "exportButton")->click();
    EXPECT_TRUE(pressed);
    EXPECT_EQ(gui::BackgroundWork::running(), 0);
    EXPECT_FALSE(QFile::exists(path));
    // Nothing half-written beside it either.
    EXPECT_EQ(QDir(QFileInfo(path).absolutePath())
                  .entryList(QStringList{QStringLiteral("*members-export*")}, QDir::Files | QDir::Hidden)
                  .size(),
              0);

    gui::WorkProgress::setReportHookForTests({});
    gui::FileDialogs::setNextPaths({path});
    child<QPushButton>(&screen, "exportButton")->click();
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_GT(QFileInfo(path).size(), 0);
    EXPECT_EQ(QDir(QFileInfo(path).absolutePath())
                  .entryList(QStringList{QStringLiteral("*members-export*")}, QDir::Files | QDir::Hidden)
                  .size(),
              1);
}
