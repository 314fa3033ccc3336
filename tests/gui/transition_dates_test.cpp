// A step's date starts at the planned one (the posting's planned departure or return, the decision's date)
// when that day has come, and the dialog says so; otherwise at today.
#include "gui/date_line_edit.h"
#include "gui/display_format.h"
#include "gui/transition_dialog.h"
#include "register_fixture.h"

#include <QLabel>

using namespace orec;
using namespace orec::test;

namespace {

class TransitionDatesTest : public RegisterFixture
{
protected:
    QDate proposedDate(PostingTransition t, const Posting& p, QString* intro = nullptr)
    {
        auto context = service->transitionContext(p);
        EXPECT_TRUE(context.ok());
        gui::TransitionDialog dialog(*session, t, p, *context);
        if (intro)
            *intro = dialog.findChild<QLabel*>(QStringLiteral("introLabel"))->text();
        return dialog.findChild<gui::DateLineEdit*>(QStringLiteral("dateDateEdit"))->date();
    }
};

TEST_F(TransitionDatesTest, DepartureAndReturnStartAtThePlannedDayAndSaySo)
{
    // Planned to leave last week and come back yesterday: both days have come.
    Posting trip = plan(mai, PostingPurpose::Tourism, QStringLiteral("TH"), kGuiToday.addDays(-7),
                        kGuiToday.addDays(-1));
    QString intro;
    EXPECT_EQ(proposedDate(PostingTransition::Depart, trip, &intro), kGuiToday.addDays(-7));
    EXPECT_TRUE(intro.contains(gui::formatDate(kGuiToday.addDays(-7)))) << intro.toStdString();
    EXPECT_EQ(proposedDate(PostingTransition::ReturnHome, trip), kGuiToday.addDays(-1));
    // The approval starts at the decision's date.
    EXPECT_EQ(proposedDate(PostingTransition::Approve, trip), trip.decisionDate);
}

TEST_F(TransitionDatesTest, APlannedDayStillToComeIsNotProposed)
{
    Posting later = plan(mai, PostingPurpose::Tourism, QStringLiteral("TH"), kGuiToday.addDays(10),
                         kGuiToday.addDays(20));
    QString intro;
    EXPECT_EQ(proposedDate(PostingTransition::Depart, later, &intro), kGuiToday);
    EXPECT_FALSE(intro.contains(gui::formatDate(kGuiToday.addDays(10)))) << intro.toStdString();
    // A step with no planned day (joining a cell) starts at today.
    EXPECT_EQ(proposedDate(PostingTransition::JoinCell, later), kGuiToday);
}

} // namespace
