// Layout at the smallest screen a clerk's office has (1366x768): every screen fits the main window without
// widening it, in English and in Vietnamese, and the reports-due list shows how late a report is unelided.
#include "app/translations.h"
#include "gui/main_window.h"
#include "gui/reports_due_model.h"
#include "gui/reports_due_screen.h"
#include "gui/screen.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

using namespace orec;
using namespace orec::test;

namespace {

const QSize kSmallScreen(1366, 768);

class LayoutTest : public RegisterFixture, public ::testing::WithParamInterface<const char*>
{
protected:
    void SetUp() override
    {
        RegisterFixture::SetUp();
        app::installTranslations(QLatin1String(GetParam()));
        sendAbroad();
    }
    void TearDown() override
    {
        app::installTranslations(QStringLiteral("en"));
        RegisterFixture::TearDown();
    }
};

} // namespace

TEST_P(LayoutTest, EveryScreenFitsA1366By768Window)
{
    gui::MainWindow window(*session);
    window.resize(kSmallScreen);
    window.show();
    settleEvents();
    const QList<std::pair<gui::ScreenId, const char*>> screens{{gui::ScreenId::Dashboard, "dashboard"},
                                                               {gui::ScreenId::Members, "members"},
                                                               {gui::ScreenId::Postings, "postings"},
                                                               {gui::ScreenId::Cells, "cells"},
                                                               {gui::ScreenId::ReportsDue, "reports due"},
                                                               {gui::ScreenId::AuditLog, "audit log"},
                                                               {gui::ScreenId::Users, "users"}};
    for (const auto& [id, name] : screens) {
        gui::Screen* screen = window.showScreen(id);
        ASSERT_NE(screen, nullptr) << name;
        settleEvents();
        // A screen whose minimum is wider than the room left by the navigation pane widens the window.
        EXPECT_LE(window.width(), kSmallScreen.width()) << name;
        EXPECT_LE(window.height(), kSmallScreen.height()) << name;
        EXPECT_LE(window.minimumSizeHint().width(), kSmallScreen.width())
            << name << ": minimum " << screen->minimumSizeHint().width();
        EXPECT_LE(window.minimumSizeHint().height(), kSmallScreen.height()) << name;
    }
}

TEST_P(LayoutTest, DaysLateAreReadableInTheReportsDueList)
{
    gui::MainWindow window(*session);
    window.resize(kSmallScreen);
    window.show();
    auto* screen = qobject_cast<gui::ReportsDueScreen*>(window.showScreen(gui::ScreenId::ReportsDue));
    ASSERT_NE(screen, nullptr);
    settleEvents();
    auto* view = child<QTableView>(screen, "reportsTableView");
    auto* model = screen->model();
    ASSERT_GT(model->rowCount(), 0);
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    bool late = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, gui::ReportsDueModel::LateColumn).data().toString();
        late = late || model->rowAt(row)->daysLate > 0;
        // The days are in the text, and the text fits its column: no "…".
        EXPECT_TRUE(text.contains(QString::number(std::abs(model->rowAt(row)->daysLate))) ||
                    model->rowAt(row)->daysLate == 0)
            << text.toStdString();
        EXPECT_LE(view->fontMetrics().horizontalAdvance(text) + margin,
                  view->columnWidth(gui::ReportsDueModel::LateColumn))
            << text.toStdString();
        for (int column : {gui::ReportsDueModel::DueColumn, gui::ReportsDueModel::MemberColumn,
                           gui::ReportsDueModel::CardColumn, gui::ReportsDueModel::ActionColumn}) {
            const QString cell = model->index(row, column).data().toString();
            EXPECT_LE(view->fontMetrics().horizontalAdvance(cell) + margin, view->columnWidth(column))
                << cell.toStdString();
        }
    }
    EXPECT_TRUE(late); // Lê Văn Đức's return report
    // Three years late reads as a number with its thousands grouped.
    EXPECT_EQ(gui::ReportsDueModel::lateText(1827),
              QCoreApplication::translate("orec::gui::ReportsDueModel", "%Ln day(s)", nullptr, 1827));
    EXPECT_TRUE(gui::ReportsDueModel::lateText(1827).contains(QLocale().toString(1827)));
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, LayoutTest, ::testing::Values("en", "vi"));
