// Transfer letters issued from the posting editor offscreen: numbered in sequence in the committee's register
// and linked to the posting, which can then print them; a refused letter says why under the form and writes
// nothing.
#include "gui/date_line_edit.h"
#include "gui/issue_transfer_dialog.h"
#include "gui/message_box.h"
#include "gui/posting_editor_dialog.h"
#include "gui/transition_dialog.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace orec;
using namespace orec::test;

namespace {

class IssueTransferTest : public RegisterFixture
{
protected:
    // Clicks "Issue a transfer letter…" in the editor, lets `fill` fill the dialog in, then presses its OK
    // when `press` (else cancels).
    void issueFromEditor(gui::PostingEditorDialog& editor,
                         const std::function<void(gui::IssueTransferDialog*)>& fill, bool press = true)
    {
        auto* button = child<QPushButton>(&editor, "issueLetterButton");
        ASSERT_NE(button, nullptr);
        ASSERT_TRUE(button->isVisibleTo(&editor));
        ASSERT_TRUE(button->isEnabled()) << button->toolTip().toStdString();
        bool opened = false;
        auto connection = QObject::connect(
            &editor, &gui::PostingEditorDialog::issueLetterDialogOpened, &editor,
            [&, fill, press](QDialog* d) {
                opened = true;
                auto* dialog = qobject_cast<gui::IssueTransferDialog*>(d);
                ASSERT_NE(dialog, nullptr);
                fill(dialog);
                QTimer::singleShot(0, dialog, [dialog, press] {
                    auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
                    if (press) {
                        EXPECT_TRUE(ok->isEnabled()) << dialog->problemsText().toStdString();
                        QTest::mouseClick(ok, Qt::LeftButton);
                    }
                    if (dialog->isVisible())
                        dialog->reject();
                });
            });
        QTest::mouseClick(button, Qt::LeftButton);
        QObject::disconnect(connection);
        EXPECT_TRUE(opened);
    }

    int enabledLetterActions(gui::PostingEditorDialog& editor)
    {
        auto* menu = child<QMenu>(&editor, "printLetterMenu");
        EXPECT_NE(menu, nullptr);
        if (!menu)
            return -1;
        Q_EMIT menu->aboutToShow();
        int enabled = 0;
        for (QAction* action : menu->actions())
            enabled += action->isEnabled() ? 1 : 0;
        return enabled;
    }

    QList<Transfer> registerOf2026() { return service->transferRegister(committee.id, 2026).valueOr({}); }
};

} // namespace

TEST_F(IssueTransferTest, LettersOutFromTheEditorAreNumberedInSequenceAndLinkedToThePosting)
{
    sendAbroad(); // Đức is in the Tokyo cell, Hoa on a mission in France; neither has a letter
    gui::PostingEditorDialog editor(*session, ducPosting.id, duc.id);
    editor.show();
    ASSERT_EQ(editor.issuableLetter(), TransferDirection::Out);
    EXPECT_EQ(enabledLetterActions(editor), 0);

    issueFromEditor(editor, [this](gui::IssueTransferDialog* dialog) {
        // The member's home committee, the cell joined, the member's numbers, today: nothing to type.
        EXPECT_EQ(child<QComboBox>(dialog, "committeeComboBox")->currentData().toLongLong(), committee.id);
        EXPECT_EQ(child<QComboBox>(dialog, "receivingUnitComboBox")->currentData().toLongLong(), cellJp.id);
        EXPECT_EQ(child<QLineEdit>(dialog, "partyCardLineEdit")->text(), duc.partyCardNumber);
        EXPECT_EQ(child<gui::DateLineEdit>(dialog, "issueDateEdit")->date(), kGuiToday);
        child<gui::DateLineEdit>(dialog, "duesPaidUpToEdit")->setDate(QDate(2026, 2, 1));
        const QString dir = qEnvironmentVariable("OREC_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            dialog->show();
            settleEvents();
            QDir().mkpath(dir);
            dialog->grab().save(QDir(dir).filePath(QStringLiteral("issue-transfer-letter.png")), "PNG");
        }
    });
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("1/2026")))
        << gui::MessageBox::lastText().toStdString();
    QList<Transfer> letters = registerOf2026();
    ASSERT_EQ(letters.size(), 1);
    EXPECT_EQ(letters.at(0).registerNumber, (RegisterNumber{2026, 1}));
    EXPECT_EQ(letters.at(0).direction, TransferDirection::Out);
    EXPECT_EQ(letters.at(0).receivingUnitId, cellJp.id);
    EXPECT_EQ(letters.at(0).receivingUnitName, cellJp.name);
    EXPECT_EQ(letters.at(0).duesPaidUpTo, QDate(2026, 2, 1));
    // Linked as the posting's letter out, as the register does for the CLI; the editor reloaded it.
    EXPECT_EQ(editor.posting().transferLetterOutId, letters.at(0).id);
    EXPECT_EQ(service->posting(ducPosting.id)->transferLetterOutId, letters.at(0).id);
    EXPECT_TRUE(editor.changedRegister());
    EXPECT_EQ(enabledLetterActions(editor), 2); // on 2-SHĐ and 3A-SHĐ; no letter back yet
    EXPECT_NE(editor.issuableLetter(), TransferDirection::Out);

    // The next letter of the same committee in the same year takes number 2.
    gui::PostingEditorDialog second(*session, hoaPosting.id, hoa.id);
    ASSERT_EQ(second.issuableLetter(), TransferDirection::Out);
    issueFromEditor(second, [this](gui::IssueTransferDialog* dialog) {
        // No cell in France in the list for her mission: the embassy's cell is there, but she joined none.
        auto* receiving = child<QComboBox>(dialog, "receivingUnitComboBox");
        receiving->setCurrentIndex(receiving->findData(cellFr.id));
    });
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("2/2026")))
        << gui::MessageBox::lastText().toStdString();
    letters = registerOf2026();
    ASSERT_EQ(letters.size(), 2);
    EXPECT_EQ(letters.at(1).registerNumber, (RegisterNumber{2026, 2}));
    EXPECT_EQ(second.posting().transferLetterOutId, letters.at(1).id);
    EXPECT_EQ(enabledLetterActions(second), 2);
}

TEST_F(IssueTransferTest, ARefusedLetterSaysWhyUnderTheFormAndWritesNothing)
{
    sendAbroad();
    // A letter of the same committee already dated in 2026.
    Transfer earlier;
    earlier.issuingCommitteeId = committee.id;
    earlier.issueDate = QDate(2026, 2, 1);
    earlier.memberId = leDuc.id;
    earlier.receivingUnitName = QStringLiteral("Chi bộ Đại sứ quán tại Hàn Quốc");
    ASSERT_TRUE(service->issueTransfer(earlier).ok());

    gui::PostingEditorDialog editor(*session, ducPosting.id, duc.id);
    issueFromEditor(
        editor,
        [](gui::IssueTransferDialog* dialog) {
            auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
            // No issuing committee: said at once, and the letter cannot be issued.
            auto* committees = child<QComboBox>(dialog, "committeeComboBox");
            const int chosen = committees->currentIndex();
            committees->setCurrentIndex(committees->findData(0));
            EXPECT_TRUE(dialog->problemsText().contains(QStringLiteral("issuing committee")))
                << dialog->problemsText().toStdString();
            EXPECT_FALSE(ok->isEnabled());
            EXPECT_FALSE(dialog->issue());
            committees->setCurrentIndex(chosen);
            EXPECT_TRUE(ok->isEnabled()) << dialog->problemsText().toStdString();

            // A date after today is refused in the form.
            auto* date = child<gui::DateLineEdit>(dialog, "issueDateEdit");
            date->setText(QStringLiteral("01/04/2026"));
            EXPECT_FALSE(ok->isEnabled());
            EXPECT_FALSE(dialog->problemsText().isEmpty());

            // Dated in 2025, after the register's letters of 2026: the register refuses it and says why.
            date->setText(QStringLiteral("20/12/2025"));
            ASSERT_TRUE(ok->isEnabled()) << dialog->problemsText().toStdString();
            EXPECT_FALSE(dialog->issue());
            EXPECT_TRUE(dialog->problemsText().contains(QStringLiteral("2026")))
                << dialog->problemsText().toStdString();
            EXPECT_TRUE(
                child<QLabel>(dialog, "issueDateLabel")->styleSheet().contains(QStringLiteral("#b71c1c")));
            EXPECT_FALSE(dialog->issued().registerNumber.isValid());
        },
        false);
    // Nothing was written: the register holds the earlier letter only, the posting no letter.
    EXPECT_EQ(service->transferRegister(committee.id, 0)->size(), 1);
    EXPECT_EQ(service->posting(ducPosting.id)->transferLetterOutId, 0);
    EXPECT_EQ(editor.posting().transferLetterOutId, 0);
    EXPECT_FALSE(editor.changedRegister());
}

TEST_F(IssueTransferTest, ALetterBackIsOfferedOnceTheMemberIsComingHome)
{
    sendAbroad();
    Transfer out;
    out.issuingCommitteeId = committee.id;
    out.issueDate = QDate(2025, 8, 20);
    out.memberId = duc.id;
    out.postingId = ducPosting.id;
    out.receivingUnitId = cellJp.id;
    ASSERT_TRUE(service->issueTransfer(out).ok());
    gui::PostingEditorDialog editor(*session, ducPosting.id, duc.id);
    ASSERT_EQ(editor.issuableLetter(), TransferDirection::Back);
    issueFromEditor(editor, [this](gui::IssueTransferDialog* dialog) {
        EXPECT_EQ(child<QComboBox>(dialog, "receivingUnitComboBox")->currentData().toLongLong(), homeCell.id);
    });
    ASSERT_NE(editor.posting().transferLetterBackId, 0);
    EXPECT_EQ(editor.issuableLetter(), std::nullopt);
    EXPECT_EQ(enabledLetterActions(editor), 3);
    auto letters = service->transferRegister(committee.id, 2026);
    ASSERT_EQ(letters->size(), 1);
    EXPECT_EQ(letters->at(0).direction, TransferDirection::Back);
    EXPECT_EQ(letters->at(0).registerNumber, (RegisterNumber{2026, 1}));
}

TEST_F(IssueTransferTest, JoiningACellPointsToTheMissingLetterOut)
{
    sendAbroad();
    auto context = service->transitionContext(hoaPosting);
    ASSERT_TRUE(context.ok());
    gui::TransitionDialog dialog(*session, PostingTransition::JoinCell, hoaPosting, *context);
    EXPECT_TRUE(child<QLabel>(&dialog, "introLabel")->text().contains(QStringLiteral("transfer letter")))
        << child<QLabel>(&dialog, "introLabel")->text().toStdString();
    const QString dir = qEnvironmentVariable("OREC_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog.show();
        settleEvents();
        QDir().mkpath(dir);
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("transition-join-cell.png")), "PNG");
    }
}
