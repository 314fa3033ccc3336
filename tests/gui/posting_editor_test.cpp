// The posting editor offscreen: a posting walked through its whole life-cycle from the buttons (which are
// exactly core's allowed transitions), a refused step that says why, and a report filed from the reports-due
// list.
#include "core/posting_life_cycle.h"
#include "gui/date_line_edit.h"
#include "gui/member_dossier_dialog.h"
#include "gui/posting_editor_dialog.h"
#include "gui/report_form_dialog.h"
#include "gui/reports_due_model.h"
#include "gui/reports_due_screen.h"
#include "gui/transition_dialog.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace orec;
using namespace orec::test;

namespace {

class PostingEditorTest : public RegisterFixture
{
protected:
    // What core says is possible now, for the posting as stored.
    QList<PostingTransition> coreAllows(qint64 postingId)
    {
        auto posting = service->posting(postingId);
        auto context = service->transitionContext(*posting);
        return allowedTransitions(*posting, *context);
    }

    // Clicks the step's button and fills its dialog with `fill`, then presses OK.
    void runStep(gui::PostingEditorDialog& editor, PostingTransition transition,
                 const std::function<void(QDialog*)>& fill)
    {
        QPushButton* button = editor.transitionButton(transition);
        ASSERT_NE(button, nullptr) << codeName(transition).toStdString() << " is not offered";
        auto connection = QObject::connect(
            &editor, &gui::PostingEditorDialog::transitionDialogOpened, &editor, [fill](QDialog* dialog) {
                fill(dialog);
                QTimer::singleShot(0, dialog, [dialog] {
                    auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
                    EXPECT_TRUE(ok->isEnabled())
                        << child<QLabel>(dialog, "verdictLabel")->text().toStdString();
                    QTest::mouseClick(ok, Qt::LeftButton);
                });
            });
        QTest::mouseClick(button, Qt::LeftButton);
        QObject::disconnect(connection);
        EXPECT_TRUE(editor.refusalText().isEmpty()) << editor.refusalText().toStdString();
    }

    static void setDate(QDialog* dialog, const char* name, const QDate& date)
    {
        dialog->findChild<gui::DateLineEdit*>(QLatin1String(name))->setDate(date);
    }
};

} // namespace

TEST_F(PostingEditorTest, APostingWalksItsWholeLifeCycleFromTheButtons)
{
    Posting planned = plan(mai, PostingPurpose::OfficialMission, QStringLiteral("JP"), QDate(2026, 2, 2),
                           QDate(2026, 2, 20));
    gui::PostingEditorDialog editor(*session, planned.id, mai.id);
    editor.show();
    const auto expectButtonsAreCores = [&] {
        EXPECT_EQ(editor.offeredTransitions(), coreAllows(editor.posting().id));
        for (PostingTransition t : allValues<PostingTransition>())
            EXPECT_EQ(editor.transitionButton(t) != nullptr, editor.offeredTransitions().contains(t));
    };
    EXPECT_EQ(editor.posting().status, PostingStatus::Planned);
    expectButtonsAreCores();
    EXPECT_EQ(editor.transitionButton(PostingTransition::Depart), nullptr); // not approved yet

    runStep(editor, PostingTransition::Approve,
            [](QDialog* d) { setDate(d, "dateDateEdit", QDate(2026, 1, 26)); });
    EXPECT_EQ(editor.posting().status, PostingStatus::Approved);
    EXPECT_EQ(editor.posting().approvalDate, QDate(2026, 1, 26));
    expectButtonsAreCores();

    runStep(editor, PostingTransition::Depart, [](QDialog* d) {
        setDate(d, "dateDateEdit", QDate(2026, 2, 2));
        // The pre-departure report is not in: the window names it, and the clerk goes ahead deliberately.
        auto* proceed = d->findChild<QCheckBox*>(QStringLiteral("proceedWithoutPapersCheckBox"));
        ASSERT_NE(proceed, nullptr);
        EXPECT_TRUE(child<QLabel>(d, "papersLabel")->text().contains(displayName(ReportKind::PreDeparture)));
        proceed->setChecked(true);
    });
    EXPECT_EQ(editor.posting().status, PostingStatus::Abroad);
    expectButtonsAreCores();

    runStep(editor, PostingTransition::JoinCell, [this](QDialog* d) {
        setDate(d, "dateDateEdit", QDate(2026, 2, 4));
        auto* cells = child<QComboBox>(d, "cellComboBox");
        cells->setCurrentIndex(cells->findData(cellJp.id));
    });
    EXPECT_EQ(editor.posting().status, PostingStatus::InOverseasCell);
    EXPECT_EQ(editor.posting().overseasCellId, cellJp.id);
    expectButtonsAreCores();

    runStep(editor, PostingTransition::Extend, [](QDialog* d) {
        setDate(d, "dateDateEdit", QDate(2026, 2, 15));
        typeText(child<QLineEdit>(d, "decisionNumberLineEdit"), QStringLiteral("15/QĐ-ĐU"));
        setDate(d, "decisionDateDateEdit", QDate(2026, 2, 15));
        setDate(d, "newReturnDateEdit", QDate(2026, 2, 27));
        // The form reads its fields when it checks; typing once more makes it check again.
        typeText(child<QLineEdit>(d, "decisionNumberLineEdit"), QStringLiteral(" "));
    });
    EXPECT_EQ(editor.posting().extensions.size(), 1);
    EXPECT_EQ(editor.posting().effectivePlannedReturn(), QDate(2026, 2, 27));

    runStep(editor, PostingTransition::ReturnHome,
            [](QDialog* d) { setDate(d, "dateDateEdit", QDate(2026, 2, 27)); });
    EXPECT_EQ(editor.posting().status, PostingStatus::Returned);
    expectButtonsAreCores();
    // Closing waits for the return report.
    EXPECT_EQ(editor.transitionButton(PostingTransition::Close), nullptr);

    // The return report, from the posting's Documents tab.
    auto* documents = child<QTableWidget>(&editor, "postingReportsTableWidget");
    int returnRow = -1;
    for (int row = 0; row < documents->rowCount(); ++row) {
        if (documents->item(row, 0)->data(Qt::UserRole).toInt() == static_cast<int>(ReportKind::Return))
            returnRow = row;
    }
    ASSERT_GE(returnRow, 0);
    documents->selectRow(returnRow);
    whenModalOpens([](QWidget* dialog) {
        auto* form = qobject_cast<gui::ReportFormDialog*>(dialog);
        ASSERT_NE(form, nullptr);
        typeText(child<QPlainTextEdit>(form, "resultsPlainTextEdit"),
                 QStringLiteral("Ký kết thỏa thuận hợp tác"));
        QTest::mouseClick(child<QDialogButtonBox>(form, "buttonBox")->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&editor, "fileReportButton"), Qt::LeftButton);
    ASSERT_NE(editor.transitionButton(PostingTransition::Close), nullptr);
    expectButtonsAreCores();

    runStep(editor, PostingTransition::Close, [](QDialog* d) { setDate(d, "dateDateEdit", kGuiToday); });
    EXPECT_EQ(editor.posting().status, PostingStatus::Closed);
    EXPECT_TRUE(editor.offeredTransitions().isEmpty());
    EXPECT_TRUE(child<QLabel>(&editor, "noTransitionsLabel")->isVisible());
    EXPECT_TRUE(editor.changedRegister());
    auto stored = service->posting(planned.id);
    EXPECT_EQ(stored->status, PostingStatus::Closed);
}

TEST_F(PostingEditorTest, ARefusedStepSaysWhy)
{
    sendAbroad();
    gui::PostingEditorDialog editor(*session, hoaPosting.id, hoa.id);
    editor.show();
    ASSERT_NE(editor.transitionButton(PostingTransition::JoinCell), nullptr);

    // Hoa is in France: the Tokyo cell is refused, and the form says so in core's words.
    QString shown;
    bool okEnabled = true;
    auto connection = QObject::connect(
        &editor, &gui::PostingEditorDialog::transitionDialogOpened, &editor, [&](QDialog* dialog) {
            auto* cells = child<QComboBox>(dialog, "cellComboBox");
            cells->setCurrentIndex(cells->findData(cellJp.id));
            QTimer::singleShot(0, dialog, [&, dialog] {
                shown = child<QLabel>(dialog, "verdictLabel")->text();
                okEnabled =
                    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled();
                auto* transition = qobject_cast<gui::TransitionDialog*>(dialog);
                EXPECT_FALSE(transition->verdict().isAllowed());
                EXPECT_EQ(transition->verdict().reason(), RefusalReason::CellCountryNotInPosting);
                dialog->reject();
            });
        });
    QTest::mouseClick(editor.transitionButton(PostingTransition::JoinCell), Qt::LeftButton);
    QObject::disconnect(connection);
    TransitionInput input;
    input.date = kGuiToday;
    input.cell = cellJp;
    auto context = service->transitionContext(hoaPosting);
    const TransitionVerdict expected = check(PostingTransition::JoinCell, hoaPosting, input, *context);
    ASSERT_FALSE(expected.isAllowed());
    EXPECT_EQ(shown, expected.message());
    EXPECT_FALSE(okEnabled);
    EXPECT_EQ(service->posting(hoaPosting.id)->status, PostingStatus::Abroad);

    // A return dated before the departure is refused too.
    connection = QObject::connect(&editor, &gui::PostingEditorDialog::transitionDialogOpened, &editor,
                                  [&](QDialog* dialog) {
                                      dialog->findChild<gui::DateLineEdit*>(QStringLiteral("dateDateEdit"))
                                          ->setDate(QDate(2026, 2, 10));
                                      typeText(child<QLineEdit>(dialog, "dateDateEdit"), QString());
                                      QTimer::singleShot(0, dialog, [&, dialog] {
                                          shown = child<QLabel>(dialog, "verdictLabel")->text();
                                          dialog->reject();
                                      });
                                  });
    QTest::mouseClick(editor.transitionButton(PostingTransition::ReturnHome), Qt::LeftButton);
    QObject::disconnect(connection);
    EXPECT_TRUE(shown.contains(QStringLiteral("before the departure"))) << shown.toStdString();
    EXPECT_EQ(service->posting(hoaPosting.id)->status, PostingStatus::Abroad);
}

TEST_F(PostingEditorTest, AStepARuleBlocksIsShownDisabledWithTheReason)
{
    // Mai is under disciplinary review: her new trip cannot be approved, and the editor says why
    // instead of leaving the step out.
    Member underReview = *service->member(mai.id);
    underReview.underDisciplinaryReview = true;
    ASSERT_TRUE(service->updateMember(underReview).ok());
    Posting trip =
        plan(mai, PostingPurpose::Tourism, QStringLiteral("TH"), QDate(2026, 4, 1), QDate(2026, 4, 8));
    gui::PostingEditorDialog editor(*session, trip.id, mai.id);
    editor.show();
    settleEvents();
    EXPECT_EQ(editor.transitionButton(PostingTransition::Approve), nullptr);
    QPushButton* approve = editor.blockedButton(PostingTransition::Approve);
    ASSERT_NE(approve, nullptr);
    EXPECT_FALSE(approve->isEnabled());
    auto context = service->transitionContext(*service->posting(trip.id));
    const TransitionVerdict verdict =
        checkAvailability(PostingTransition::Approve, *service->posting(trip.id), *context);
    ASSERT_EQ(verdict.reason(), RefusalReason::DisciplinaryReview);
    EXPECT_EQ(approve->toolTip(), verdict.message());
    EXPECT_TRUE(editor.blockedText().contains(verdict.message())) << editor.blockedText().toStdString();
    if (const QString dir = qEnvironmentVariable("OREC_SCREENSHOT_DIR"); !dir.isEmpty())
        editor.grab().save(dir + QStringLiteral("/posting-editor-blocked-step.png"));
    // Cancelling the plan is still offered.
    EXPECT_NE(editor.transitionButton(PostingTransition::Cancel), nullptr);

    // The review is closed: Approve is offered again and the explanation goes.
    underReview = *service->member(mai.id);
    underReview.underDisciplinaryReview = false;
    ASSERT_TRUE(service->updateMember(underReview).ok());
    gui::PostingEditorDialog again(*session, trip.id, mai.id);
    again.show();
    settleEvents();
    EXPECT_NE(again.transitionButton(PostingTransition::Approve), nullptr);
    EXPECT_EQ(again.blockedButton(PostingTransition::Approve), nullptr);
    EXPECT_TRUE(again.blockedText().isEmpty()) << again.blockedText().toStdString();
}

TEST_F(PostingEditorTest, AReportFiledFromTheDueListLosesItsOverdueMark)
{
    sendAbroad();
    gui::ReportsDueScreen screen(*session);
    screen.resize(1000, 500);
    screen.show();
    settleEvents();
    auto* model = screen.model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto due = model->rowAt(r);
        if (due->memberId == leDuc.id && due->kind == ReportKind::Return)
            row = r;
    }
    ASSERT_GE(row, 0);
    const auto due = *model->rowAt(row);
    EXPECT_GT(due.daysLate, 0); // back on 12 January: the return report is late
    // Under the header "Late": the days, grouped as the language writes numbers.
    EXPECT_TRUE(model->index(row, gui::ReportsDueModel::LateColumn)
                    .data()
                    .toString()
                    .startsWith(QLocale().toString(due.daysLate)));
    EXPECT_EQ(
        model->index(row, gui::ReportsDueModel::LateColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
        QColor(0xb7, 0x1c, 0x1c));
    const qint64 before = model->totalCount();

    // One click on "File…", then Save (received today, the default).
    whenModalOpens([](QWidget* dialog) {
        auto* form = qobject_cast<gui::ReportFormDialog*>(dialog);
        ASSERT_NE(form, nullptr);
        EXPECT_EQ(child<QLineEdit>(form, "receivedDateDateEdit")->text(), QStringLiteral("02/03/2026"));
        QTest::mouseClick(child<QDialogButtonBox>(form, "buttonBox")->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    auto* view = child<QTableView>(&screen, "reportsTableView");
    const QModelIndex action = model->index(row, gui::ReportsDueModel::ActionColumn);
    view->scrollTo(action);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(action).center());
    EXPECT_EQ(model->totalCount(), before - 1);
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto left = model->rowAt(r);
        EXPECT_FALSE(left->memberId == leDuc.id && left->kind == ReportKind::Return);
    }
    // In the dossier the report now reads "received late", not overdue.
    auto reports = service->reportsOfPosting(leDucPosting.id);
    ASSERT_TRUE(reports.ok());
    for (const Report& report : *reports) {
        if (report.kind == ReportKind::Return) {
            EXPECT_EQ(report.stateOn(kGuiToday), ReportState::ReceivedLate);
            EXPECT_EQ(report.receivedDate, kGuiToday);
        }
    }
}
