// The document register in the windows, offscreen: the print dialog and the preview issue numbered documents,
// the register window lists, searches and reprints them byte for byte, the settings keep the committee's
// identity, and the reports-due screen asks for reminder letters of the rows chosen.
#include "app/document_register_service.h"
#include "app/print_service.h"
#include "gui/document_register_dialog.h"
#include "gui/file_dialogs.h"
#include "gui/print_dialog.h"
#include "gui/print_support.h"
#include "gui/reports_due_screen.h"
#include "gui/settings_dialog.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>

using namespace orec;
using namespace orec::test;

namespace {

class DocumentRegisterGuiTest : public RegisterFixture
{
protected:
    void TearDown() override
    {
        gui::FileDialogs::setNextPaths({});
        // Everything issued here is in the signed log as it is stored.
        auto report = session->database().check(Database::CheckOptions{});
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->ok()) << report->audit.problems.join(QLatin1Char('\n')).toStdString();
        RegisterFixture::TearDown();
    }
};

TEST_F(DocumentRegisterGuiTest, ThePrintDialogAndThePreviewIssueNumbersAndTheRegisterReprintsThem)
{
    sendAbroad();
    gui::PrintDialog dialog(*session);
    auto* issueButton = child<QPushButton>(&dialog, "issueButton");
    ASSERT_NE(issueButton, nullptr);
    dialog.selectKind(app::PrintKind::TransferRegister);
    EXPECT_FALSE(issueButton->isEnabled()); // numbered in the transfer register
    dialog.selectKind(app::PrintKind::Abroad);
    EXPECT_TRUE(issueButton->isEnabled());
    const QString first = m_dir.file(QStringLiteral("first.pdf"));
    gui::FileDialogs::setNextPaths({first});
    EXPECT_EQ(dialog.issue(), first);
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("Số 01-DS/ĐU")))
        << gui::MessageBox::lastText().toStdString();

    // The preview is a draft, with "Issue with a number" in its tool bar.
    whenModalOpens([&](QWidget* modal) {
        auto* preview = qobject_cast<QPrintPreviewDialog*>(modal);
        ASSERT_NE(preview, nullptr);
        auto* issue = preview->findChild<QAction*>(QStringLiteral("issueAction"));
        ASSERT_NE(issue, nullptr);
        gui::FileDialogs::setNextPaths({m_dir.file(QStringLiteral("second.pdf"))});
        issue->trigger();
    });
    app::PrintRequest due;
    due.kind = app::PrintKind::ReportsDue;
    EXPECT_TRUE(gui::PrintSupport::preview(nullptr, *session, due));
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("Số 02-DS/ĐU")))
        << gui::MessageBox::lastText().toStdString();

    gui::DocumentRegisterDialog window(*session);
    window.show();
    settleEvents();
    EXPECT_EQ(window.rowCount(), 2);
    typeText(child<QLineEdit>(&window, "searchLineEdit"), QStringLiteral("bao cao"));
    settleEvents();
    ASSERT_EQ(window.rowCount(), 1); // the reports-due list, found without diacritics
    child<QLineEdit>(&window, "searchLineEdit")->clear();
    typeText(child<QLineEdit>(&window, "searchLineEdit"), QStringLiteral("01-DS"));
    settleEvents();
    ASSERT_EQ(window.rowCount(), 1);
    const QImage shot = window.grab().toImage();
    shot.save(m_dir.file(QStringLiteral("register.png")));
    EXPECT_FALSE(shot.isNull());

    const QString copy = m_dir.file(QStringLiteral("copy.pdf"));
    gui::FileDialogs::setNextPaths({copy});
    EXPECT_EQ(window.reprintSelected(), copy);
    EXPECT_EQ(readAll(copy), readAll(first));
    child<QLineEdit>(&window, "searchLineEdit")->clear();
    settleEvents();
    EXPECT_EQ(window.rowCount(), 2);
    if (!qEnvironmentVariableIsEmpty("OREC_GUI_SHOTS"))
        window.grab().save(qEnvironmentVariable("OREC_GUI_SHOTS") + QStringLiteral("/document-register.png"));
}

TEST_F(DocumentRegisterGuiTest, AnAdministratorSetsTheCommitteeInTheSettingsAndItHeadsTheDocuments)
{
    gui::SettingsDialog dialog(nullptr, session.get());
    auto* superior = child<QLineEdit>(&dialog, "superiorLineEdit");
    ASSERT_NE(superior, nullptr);
    EXPECT_FALSE(superior->isReadOnly());
    superior->setText(QStringLiteral("Đảng bộ Khối các cơ quan Trung ương"));
    child<QLineEdit>(&dialog, "symbolLineEdit")->setText(QStringLiteral("ĐUT"));
    child<QLineEdit>(&dialog, "signerLineEdit")->setText(QStringLiteral("Lê Hoàng Quân"));
    dialog.accept();
    auto identity = app::DocumentRegisterService(*session).identity();
    ASSERT_TRUE(identity.ok());
    EXPECT_EQ(identity->superiorUnit, QStringLiteral("Đảng bộ Khối các cơ quan Trung ương"));
    EXPECT_EQ(identity->symbol, QStringLiteral("ĐUT"));
    app::PrintRequest r;
    r.kind = app::PrintKind::Abroad;
    auto doc = app::PrintService(*session).document(r);
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc->header.superiorUnit, QStringLiteral("Đảng bộ Khối các cơ quan Trung ương"));
    EXPECT_EQ(doc->header.issuingUnit, QStringLiteral("Đảng ủy Trường")); // from the party units
    EXPECT_EQ(doc->signature.name, QStringLiteral("Lê Hoàng Quân"));
    auto issued = app::DocumentRegisterService(*session).issue(r);
    ASSERT_TRUE(issued.ok());
    EXPECT_EQ(issued->documents.first().numberText, QStringLiteral("Số 01-DS/ĐUT"));
}

TEST_F(DocumentRegisterGuiTest, ReportsDueAsksForRemindersOfTheOverdueRows)
{
    sendAbroad(); // Lê Văn Đức's return report is overdue
    gui::ReportsDueScreen screen(*session);
    screen.show();
    settleEvents();
    auto* reminders = child<QPushButton>(&screen, "remindersButton");
    ASSERT_NE(reminders, nullptr);
    EXPECT_TRUE(reminders->isVisible());
    const app::PrintRequest request = screen.remindersRequest();
    EXPECT_EQ(request.kind, app::PrintKind::Reminders);
    auto letters = app::PrintService(*session).documents(request);
    ASSERT_TRUE(letters.ok()) << letters.error().toString().toStdString();
    ASSERT_FALSE(letters->isEmpty());
    bool toLeDuc = false;
    for (const reports::PartyDocument& letter : *letters) {
        for (const reports::DocumentBlock& block : letter.blocks) {
            for (const reports::TextRun& run : block.paragraph.runs)
                toLeDuc = toLeDuc ||
                          run.text.contains(QStringLiteral("Đồng chí Lê Văn Đức, qua Chi ủy chi bộ Khoa B"));
        }
    }
    EXPECT_TRUE(toLeDuc);
}

} // namespace
