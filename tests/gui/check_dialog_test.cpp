// Tools → Check the register: the check runs on a worker thread with progress and a Stop button, and names
// a record changed behind the program's back by its table and row.
#include "gui/check_dialog.h"
#include "register_fixture.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace orec;
using namespace orec::test;

namespace {

class CheckDialogTest : public RegisterFixture
{
protected:
    // Starts the check and waits (processing events, so the GUI thread stays live) until it reports.
    static bool runToEnd(gui::CheckDialog& dialog)
    {
        QSignalSpy finished(&dialog, &gui::CheckDialog::finished);
        dialog.findChild<QPushButton*>(QStringLiteral("startCheck"))->click();
        EXPECT_TRUE(dialog.isRunning() || finished.count() == 1);
        return finished.count() == 1 || finished.wait(60000);
    }
    static QString status(gui::CheckDialog& dialog)
    {
        return dialog.findChild<QLabel*>(QStringLiteral("checkStatus"))->text();
    }
    static void keepScreenshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("OREC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG");
    }
};

TEST_F(CheckDialogTest, ASoundRegisterPassesTheQuickAndTheFullCheck)
{
    gui::CheckDialog dialog(*session);
    dialog.show();
    ASSERT_TRUE(runToEnd(dialog));
    EXPECT_EQ(dialog.lastResultOk(), std::optional<bool>(true));
    EXPECT_TRUE(dialog.findings().contains(
        QCoreApplication::translate("orec::app", "File integrity (quick check): ok")))
        << dialog.findings().toStdString();
    EXPECT_FALSE(dialog.isRunning());

    dialog.findChild<QRadioButton*>(QStringLiteral("fullCheck"))->setChecked(true);
    ASSERT_TRUE(runToEnd(dialog));
    EXPECT_EQ(dialog.lastResultOk(), std::optional<bool>(true));
    EXPECT_TRUE(dialog.findings().contains(
        QCoreApplication::translate("orec::app", "File integrity (full check): ok")))
        << dialog.findings().toStdString();
    keepScreenshot(&dialog, QStringLiteral("check_dialog_sound"));
}

TEST_F(CheckDialogTest, ARowEditedBehindTheProgramsBackIsNamedByTableAndRow)
{
    // What a co-worker with the data key does in the stock sqlcipher shell, here on the session's own
    // connection.
    ASSERT_TRUE(session->database()
                    .connection()
                    .exec("UPDATE members SET full_name = 'Người Khác' WHERE id = " + std::to_string(hoa.id))
                    .ok());
    const qint64 row = hoa.id;

    gui::CheckDialog dialog(*session);
    dialog.show();
    ASSERT_TRUE(runToEnd(dialog));
    EXPECT_EQ(dialog.lastResultOk(), std::optional<bool>(false));
    EXPECT_TRUE(dialog.findings().contains(QStringLiteral("members"))) << dialog.findings().toStdString();
    EXPECT_TRUE(dialog.findings().contains(QString::number(row))) << dialog.findings().toStdString();
    EXPECT_FALSE(status(dialog).isEmpty());
    keepScreenshot(&dialog, QStringLiteral("check_dialog_tampered"));
    // The session now refuses changes until a sound backup is restored.
    EXPECT_FALSE(session->database().damage().isEmpty());
}

TEST_F(CheckDialogTest, AWrongCheckpointCodeIsRefusedBeforeAnythingRuns)
{
    gui::CheckDialog dialog(*session);
    dialog.findChild<QLineEdit*>(QStringLiteral("checkpointEdit"))->setText(QStringLiteral("not a code"));
    dialog.findChild<QPushButton*>(QStringLiteral("startCheck"))->click();
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_TRUE(status(dialog).contains(QStringLiteral("not a code"))) << status(dialog).toStdString();
}

TEST_F(CheckDialogTest, ClosingWhileTheCheckRunsStopsItAndWaitsForItsThread)
{
    gui::CheckDialog dialog(*session);
    dialog.findChild<QRadioButton*>(QStringLiteral("fullCheck"))->setChecked(true);
    dialog.show();
    dialog.findChild<QPushButton*>(QStringLiteral("startCheck"))->click();
    // The lock closes every dialog this way before the session goes.
    dialog.done(QDialog::Rejected);
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_FALSE(dialog.isVisible());
}

} // namespace
