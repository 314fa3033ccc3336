// The papers a step waits for, in the step's window: approving a private trip whose application has not been
// received names the paper and its rule, and goes ahead only when the clerk says so; a paper the rules
// table lists as blocking disables the step with the reason.
#include "gui/posting_editor_dialog.h"
#include "gui/transition_dialog.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace orec;
using namespace orec::test;

namespace {

class StepPapersGuiTest : public RegisterFixture
{
protected:
    Posting tourTrip()
    {
        return plan(mai, PostingPurpose::Tourism, QStringLiteral("TH"), kGuiToday.addDays(10),
                    kGuiToday.addDays(20));
    }
};

} // namespace

TEST_F(StepPapersGuiTest, ApprovingAPrivateTripWithoutItsApplicationNamesThePaperFirst)
{
    const Posting trip = tourTrip();
    gui::PostingEditorDialog editor(*session, trip.id, mai.id);
    editor.show();
    QPushButton* approve = editor.transitionButton(PostingTransition::Approve);
    ASSERT_NE(approve, nullptr); // a warning, not a refusal: the step is offered

    QString papers;
    bool okBefore = true;
    bool okAfter = false;
    bool checkBoxShown = false;
    auto connection = QObject::connect(
        &editor, &gui::PostingEditorDialog::transitionDialogOpened, &editor, [&](QDialog* dialog) {
            QTimer::singleShot(0, dialog, [&, dialog] {
                auto* label = dialog->findChild<QLabel*>(QStringLiteral("papersLabel"));
                ASSERT_NE(label, nullptr);
                papers = label->text();
                QPushButton* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
                okBefore = ok->isEnabled();
                auto* proceed = dialog->findChild<QCheckBox*>(QStringLiteral("proceedWithoutPapersCheckBox"));
                ASSERT_NE(proceed, nullptr);
                checkBoxShown = proceed->isVisible();
                EXPECT_TRUE(proceed->text().contains(displayName(ReportKind::PrivateTripApplication)));
                // Pressing OK without saying so records nothing.
                QTest::mouseClick(ok, Qt::LeftButton);
                EXPECT_TRUE(dialog->isVisible());
                proceed->setChecked(true);
                okAfter = ok->isEnabled();
                QTest::mouseClick(ok, Qt::LeftButton);
            });
        });
    QTest::mouseClick(approve, Qt::LeftButton);
    QObject::disconnect(connection);

    EXPECT_TRUE(papers.contains(displayName(ReportKind::PrivateTripApplication))) << papers.toStdString();
    EXPECT_TRUE(papers.contains(QLatin1String(rule_key::kPapersBeforeApproval))) << papers.toStdString();
    EXPECT_FALSE(okBefore);
    EXPECT_TRUE(checkBoxShown);
    EXPECT_TRUE(okAfter);
    EXPECT_TRUE(editor.refusalText().isEmpty()) << editor.refusalText().toStdString();
    EXPECT_EQ(service->posting(trip.id)->status, PostingStatus::Approved);
}

TEST_F(StepPapersGuiTest, OnceTheApplicationIsReceivedNothingIsAsked)
{
    const Posting trip = tourTrip();
    app::ReportFiling filing;
    filing.receivedDate = kGuiToday;
    ASSERT_TRUE(service->fileReport(trip.id, ReportKind::PrivateTripApplication, filing).ok());
    auto context = service->transitionContext(*service->posting(trip.id));
    ASSERT_TRUE(context.ok());
    gui::TransitionDialog dialog(*session, PostingTransition::Approve, *service->posting(trip.id), *context);
    EXPECT_TRUE(dialog.missingPapers().isEmpty());
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("papersLabel")), nullptr);
    EXPECT_TRUE(dialog.proceedsWithoutPapers());
    EXPECT_TRUE(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_F(StepPapersGuiTest, APaperTheRulesMakeTheStepWaitForDisablesItWithTheReason)
{
    auto changed = service->setRule(QString::fromLatin1(rule_key::kPapersBlocking),
                                    QStringLiteral("private_trip_application"));
    ASSERT_TRUE(changed.ok()) << changed.error().toString().toStdString();
    const Posting trip = tourTrip();
    gui::PostingEditorDialog editor(*session, trip.id, mai.id);
    editor.show();
    settleEvents();
    EXPECT_EQ(editor.transitionButton(PostingTransition::Approve), nullptr);
    QPushButton* approve = editor.blockedButton(PostingTransition::Approve);
    ASSERT_NE(approve, nullptr);
    EXPECT_FALSE(approve->isEnabled());
    EXPECT_TRUE(approve->toolTip().contains(displayName(ReportKind::PrivateTripApplication)))
        << approve->toolTip().toStdString();
    EXPECT_TRUE(editor.blockedText().contains(QLatin1String(rule_key::kPapersBlocking)))
        << editor.blockedText().toStdString();
}
