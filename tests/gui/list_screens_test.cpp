// The list screens offscreen: Print sends what the screen shows (its rows in their order, a title built from
// its filter) for the reports due in each mode, the members with filters and a sort, the postings in each
// mode; a filter a dashboard click set stays in sight with one click to clear it; the reports due search
// takes Vietnamese; Enter opens the chosen row the first time.
#include "app/print_service.h"
#include "gui/dashboard_screen.h"
#include "gui/filter_bar.h"
#include "gui/main_window.h"
#include "gui/member_dossier_dialog.h"
#include "gui/member_list_model.h"
#include "gui/members_screen.h"
#include "gui/posting_list_model.h"
#include "gui/postings_screen.h"
#include "gui/register_labels.h"
#include "gui/report_form_dialog.h"
#include "gui/reports_due_model.h"
#include "gui/reports_due_screen.h"
#include "gui_test_support.h"
#include "register_fixture.h"
#include "storage/database.h"
#include "storage/report_repository.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace orec;
using namespace orec::test;

namespace {

class ListScreensTest : public RegisterFixture
{
protected:
    reports::PartyDocument printed(const app::PrintRequest& request)
    {
        auto doc = app::PrintService(*session).document(request);
        EXPECT_TRUE(doc.ok()) << (doc.ok() ? "" : doc.error().toString().toStdString());
        return doc.ok() ? *doc : reports::PartyDocument{};
    }

    static reports::ReportTable firstTable(const reports::PartyDocument& doc)
    {
        for (const reports::DocumentBlock& block : doc.blocks) {
            if (block.kind == reports::BlockKind::Table)
                return block.table;
        }
        ADD_FAILURE() << "no table";
        return {};
    }

    // Member and due date of each row, on screen and on paper.
    static QStringList dueOnScreen(gui::ReportsDueScreen& screen)
    {
        QStringList rows;
        for (int row = 0; row < screen.model()->rowCount(); ++row) {
            const auto due = screen.model()->rowAt(row);
            rows << due->memberName + QLatin1Char('|') + due->dueDate.toString(Qt::ISODate);
        }
        return rows;
    }
    static QStringList dueOnPaper(const reports::PartyDocument& doc)
    {
        QStringList rows;
        for (const QVariantList& cells : firstTable(doc).rows())
            rows << cells.at(0).toString() + QLatin1Char('|') + cells.at(4).toDate().toString(Qt::ISODate);
        return rows;
    }
    static QString titleOf(const reports::PartyDocument& doc)
    {
        return (QStringList{doc.title} + doc.subtitles + doc.titleNotes).join(QLatin1Char('\n'));
    }
    // The first column of every row of a list printed as shown.
    static QStringList firstColumn(const reports::PartyDocument& doc)
    {
        QStringList names;
        for (const QVariantList& cells : firstTable(doc).rows())
            names << cells.at(0).toString();
        return names;
    }
};

} // namespace

TEST_F(ListScreensTest, ThePrintedReportsDueAreTheRowsOnScreenInEveryMode)
{
    sendAbroad();
    // Mai's annual rating is due today and Hoa's in ten days, beside the reports already overdue.
    for (const auto& [who, due] : {std::pair{mai.id, kGuiToday}, std::pair{hoa.id, kGuiToday.addDays(10)}}) {
        WriteScope scope(session->database());
        Report rating;
        rating.kind = ReportKind::AnnualRating;
        rating.memberId = who;
        rating.dueDate = due;
        rating.ruleSetVersion = 1;
        ASSERT_TRUE(ReportRepository(session->database()).insert(scope, rating).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
    gui::ReportsDueScreen screen(*session);
    screen.show();

    screen.showOnly(gui::ReportsDueScreen::OverdueOnly);
    const QStringList overdue = dueOnScreen(screen);
    ASSERT_FALSE(overdue.isEmpty());
    auto doc = printed(screen.printRequest());
    EXPECT_EQ(dueOnPaper(doc), overdue);
    EXPECT_TRUE(titleOf(doc).contains(QStringLiteral("báo cáo quá hạn"))) << titleOf(doc).toStdString();
    EXPECT_FALSE(titleOf(doc).contains(QStringLiteral("sắp đến hạn")));
    EXPECT_FALSE(titleOf(doc).contains(QStringLiteral("0 ngày")));

    // Coming due only, a window of 0 days: the reports due today, none overdue.
    screen.showOnly(gui::ReportsDueScreen::DueSoonOnly, 0);
    const QStringList today = dueOnScreen(screen);
    ASSERT_FALSE(today.isEmpty());
    for (const QString& row : today)
        EXPECT_FALSE(overdue.contains(row));
    doc = printed(screen.printRequest());
    EXPECT_EQ(dueOnPaper(doc), today);
    EXPECT_TRUE(titleOf(doc).contains(QStringLiteral("đến hạn hôm nay"))) << titleOf(doc).toStdString();
    EXPECT_FALSE(titleOf(doc).contains(QStringLiteral("quá hạn")));

    screen.showOnly(gui::ReportsDueScreen::DueSoonOnly, 365);
    doc = printed(screen.printRequest());
    EXPECT_EQ(dueOnPaper(doc), dueOnScreen(screen));
    EXPECT_TRUE(titleOf(doc).contains(QStringLiteral("sắp đến hạn trong 365 ngày tới")));

    screen.showOnly(gui::ReportsDueScreen::OverdueAndDueSoon, 365);
    const QStringList both = dueOnScreen(screen);
    EXPECT_GE(both.size(), overdue.size() + today.size());
    doc = printed(screen.printRequest());
    EXPECT_EQ(dueOnPaper(doc), both);
    EXPECT_TRUE(titleOf(doc).contains(QStringLiteral("quá hạn và sắp đến hạn")));
    EXPECT_TRUE(titleOf(doc).contains(QStringLiteral("trong 365 ngày tới")));
    // Both, with a window of 0 days: overdue and due today, said so.
    screen.showOnly(gui::ReportsDueScreen::OverdueAndDueSoon, 0);
    EXPECT_EQ(dueOnScreen(screen).size(), overdue.size() + today.size());
    doc = printed(screen.printRequest());
    EXPECT_EQ(dueOnPaper(doc), dueOnScreen(screen));
    EXPECT_TRUE(titleOf(doc).contains(QStringLiteral("quá hạn và đến hạn hôm nay")));
}

TEST_F(ListScreensTest, TheReportsDueSearchTakesVietnameseAndThePrintNamesIt)
{
    sendAbroad();
    gui::ReportsDueScreen screen(*session);
    screen.show();
    screen.showOnly(gui::ReportsDueScreen::OverdueAndDueSoon, 365);
    const int all = screen.model()->rowCount();
    int leDucs = 0;
    for (int row = 0; row < all; ++row)
        leDucs += screen.model()->rowAt(row)->memberId == leDuc.id ? 1 : 0;
    ASSERT_GT(leDucs, 0);
    ASSERT_LT(leDucs, all);

    auto* search = child<QLineEdit>(&screen, "searchLineEdit");
    ASSERT_NE(search, nullptr);
    for (const QString& typed : {QStringLiteral("Lê Văn Đức"), QStringLiteral("le van duc"),
                                 QStringLiteral("ĐỨC LÊ"), QStringLiteral("10000003")}) {
        search->clear();
        typeText(search, typed);
        ASSERT_TRUE(waitUntil([&] { return screen.model()->filter().text == typed; }, 3000))
            << typed.toStdString();
        EXPECT_EQ(screen.model()->rowCount(), leDucs) << typed.toStdString();
        for (int row = 0; row < screen.model()->rowCount(); ++row)
            EXPECT_EQ(screen.model()->rowAt(row)->memberId, leDuc.id);
    }
    EXPECT_TRUE(child<QLabel>(&screen, "countLabel")->text().contains(QStringLiteral("10000003")));
    const auto doc = printed(screen.printRequest());
    EXPECT_EQ(dueOnPaper(doc), dueOnScreen(screen));
    EXPECT_TRUE(titleOf(doc).contains(QStringLiteral("10000003")));

    search->clear();
    typeText(search, QStringLiteral("khong co ai"));
    ASSERT_TRUE(waitUntil([&] { return screen.model()->rowCount() == 0; }, 3000));
}

TEST_F(ListScreensTest, ThePrintedMemberListIsTheOneOnScreenFilteredAndSorted)
{
    sendAbroad();
    gui::MembersScreen screen(*session);
    screen.show();
    MemberFilter abroad;
    abroad.presence = MemberPresence::Abroad;
    screen.showFiltered(abroad);
    ASSERT_EQ(screen.model()->rowCount(), 2);
    auto* view = child<QTableView>(&screen, "membersTableView");
    view->horizontalHeader()->setSortIndicator(gui::MemberListModel::NameColumn, Qt::DescendingOrder);
    const auto onScreen = [&] {
        QStringList names;
        for (int row = 0; row < screen.model()->rowCount(); ++row)
            names << screen.model()->index(row, gui::MemberListModel::NameColumn).data().toString();
        return names;
    };
    const QStringList descending = onScreen();
    ASSERT_EQ(descending.size(), 2);
    view->horizontalHeader()->setSortIndicator(gui::MemberListModel::NameColumn, Qt::AscendingOrder);
    ASSERT_EQ(onScreen(), (QStringList{descending.at(1), descending.at(0)}));
    view->horizontalHeader()->setSortIndicator(gui::MemberListModel::NameColumn, Qt::DescendingOrder);

    auto doc = printed(screen.printRequest());
    EXPECT_EQ(firstColumn(doc), descending);
    EXPECT_TRUE(titleOf(doc).contains(QStringLiteral("abroad"))) << titleOf(doc).toStdString();

    // Everyone, at home too: the paper does not keep only those abroad.
    MemberFilter france;
    france.countryCode = QStringLiteral("FR");
    screen.showFiltered(MemberFilter{});
    doc = printed(screen.printRequest());
    EXPECT_EQ(firstTable(doc).rowCount(), 4);
    screen.showFiltered(france);
    doc = printed(screen.printRequest());
    EXPECT_EQ(firstColumn(doc), QStringList{hoa.fullName});
    EXPECT_TRUE(titleOf(doc).contains(gui::RegisterLabels::country(QStringLiteral("FR"))));
}

TEST_F(ListScreensTest, ThePrintedPostingsAreTheListOfTheModeOnScreen)
{
    sendAbroad();
    gui::PostingsScreen screen(*session);
    screen.show();
    const auto namesOnScreen = [&] {
        QStringList names;
        for (int row = 0; row < screen.model()->rowCount(); ++row)
            names << screen.model()->index(row, 0).data().toString();
        return names;
    };
    QStringList titles;
    for (auto mode : {gui::PostingsScreen::Departures, gui::PostingsScreen::Returns,
                      gui::PostingsScreen::WithoutApproval, gui::PostingsScreen::OverdueToReturn}) {
        screen.showMode(mode, QDate(2025, 1, 1), kGuiToday);
        const auto doc = printed(screen.printRequest());
        EXPECT_EQ(firstColumn(doc), namesOnScreen()) << int(mode);
        titles << titleOf(doc);
    }
    // Returns are only the returns: Lê Văn Đức, back from Korea.
    screen.showMode(gui::PostingsScreen::Returns, QDate(2025, 1, 1), kGuiToday);
    EXPECT_EQ(namesOnScreen(), QStringList{leDuc.fullName});
    EXPECT_EQ(QSet<QString>(titles.begin(), titles.end()).size(), 4); // each mode its own title
}

TEST_F(ListScreensTest, AFilterFromADashboardClickStaysInSightAndClearsInOneClick)
{
    sendAbroad();
    gui::MainWindow window(*session);
    window.show();
    auto* dashboard = qobject_cast<gui::DashboardScreen*>(window.currentScreen());
    ASSERT_NE(dashboard, nullptr);
    const int franceBar = static_cast<int>(dashboard->countryBars().indexOf(QStringLiteral("FR")));
    ASSERT_GE(franceBar, 0);
    dashboard->openCountry(franceBar);
    auto* members = qobject_cast<gui::MembersScreen*>(window.currentScreen());
    ASSERT_NE(members, nullptr);
    auto* bar = members->findChild<gui::FilterBar*>();
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible());
    const QString france = gui::RegisterLabels::country(QStringLiteral("FR"));
    EXPECT_TRUE(bar->text().contains(france)) << bar->text().toStdString();

    // Đức is in Japan: the search finds nobody abroad in France, and says the two filters are why.
    auto* search = child<QLineEdit>(members, "searchLineEdit");
    typeText(search, QStringLiteral("nguyen van duc"));
    ASSERT_TRUE(
        waitUntil([&] { return members->model()->filter().text == QStringLiteral("nguyen van duc"); }));
    EXPECT_EQ(members->model()->rowCount(), 0);
    const QString count = child<QLabel>(members, "countLabel")->text();
    EXPECT_TRUE(count.startsWith(QStringLiteral("0 "))) << count.toStdString();
    EXPECT_TRUE(count.contains(QStringLiteral("2 filter"))) << count.toStdString();
    EXPECT_TRUE(bar->text().contains(france));
    EXPECT_TRUE(bar->text().startsWith(QStringLiteral("Nothing shown"))) << bar->text().toStdString();

    // One click: the filter goes, the search stays and finds him.
    QTest::mouseClick(child<QPushButton>(bar, "filterBarClearButton"), Qt::LeftButton);
    EXPECT_TRUE(members->currentFilter().countryCode.isEmpty());
    EXPECT_EQ(search->text(), QStringLiteral("nguyen van duc"));
    ASSERT_EQ(members->model()->rowCount(), 1);
    EXPECT_EQ(members->model()->index(0, gui::MemberListModel::NameColumn).data().toString(), duc.fullName);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(members->activeFilters().isEmpty());

    // A cell from the Cells screen, which no combo box shows, is named too.
    MemberFilter inCell;
    inCell.cellId = cellJp.id;
    members->showFiltered(inCell);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->text().contains(cellJp.name)) << bar->text().toStdString();

    // The reports due: the dashboard's "overdue" figure is a filter too.
    window.showScreen(gui::ScreenId::Dashboard);
    QTest::mouseClick(child<QPushButton>(dashboard, "reportsOverdueTileButton"), Qt::LeftButton);
    auto* due = qobject_cast<gui::ReportsDueScreen*>(window.currentScreen());
    ASSERT_NE(due, nullptr);
    auto* dueBar = due->findChild<gui::FilterBar*>();
    ASSERT_NE(dueBar, nullptr);
    EXPECT_TRUE(dueBar->isVisible());
    EXPECT_EQ(due->activeFilters(), QStringList{QStringLiteral("Overdue only")});
    QTest::mouseClick(child<QPushButton>(dueBar, "filterBarClearButton"), Qt::LeftButton);
    EXPECT_TRUE(due->activeFilters().isEmpty());
    EXPECT_FALSE(due->model()->filter().overdueOnly);
    EXPECT_FALSE(dueBar->isVisible());
}

TEST_F(ListScreensTest, EnterOpensTheChosenRowTheFirstTime)
{
    sendAbroad();
    gui::MembersScreen members(*session);
    members.resize(1000, 600);
    members.show();
    settleEvents();
    auto* view = child<QTableView>(&members, "membersTableView");
    ASSERT_EQ(view->model()->rowCount(), 4);
    // The clerk clicks the third member, then goes back to the search box (Ctrl+F) and presses Enter once.
    const QModelIndex third = view->model()->index(2, gui::MemberListModel::NameColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
    const qint64 chosen = members.model()->memberIdAt(2);
    ASSERT_NE(chosen, 0);
    members.focusSearch();
    qint64 opened = 0;
    whenModalOpens([&opened](QWidget* dialog) {
        if (auto* dossier = qobject_cast<gui::MemberDossierDialog*>(dialog))
            opened = dossier->member().id;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(child<QLineEdit>(&members, "searchLineEdit"), Qt::Key_Return);
    EXPECT_EQ(opened, chosen);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);

    // Nothing chosen and several found: Enter chooses the first, the next Enter opens it.
    members.showFiltered(MemberFilter{});
    ASSERT_FALSE(view->currentIndex().isValid());
    members.focusSearch();
    QTest::keyClick(child<QLineEdit>(&members, "searchLineEdit"), Qt::Key_Return);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(members.focusWidget(), view);
    EXPECT_EQ(view->currentIndex().row(), 0);

    // The reports due: a row chosen, Enter in the search opens its form.
    gui::ReportsDueScreen due(*session);
    due.resize(1000, 500);
    due.show();
    settleEvents();
    ASSERT_GT(due.model()->rowCount(), 0);
    auto* dueView = child<QTableView>(&due, "reportsTableView");
    const QModelIndex first = due.model()->index(0, gui::ReportsDueModel::MemberColumn);
    QTest::mouseClick(dueView->viewport(), Qt::LeftButton, {}, dueView->visualRect(first).center());
    due.focusSearch();
    bool formOpened = false;
    whenModalOpens([&formOpened](QWidget* dialog) {
        formOpened = qobject_cast<gui::ReportFormDialog*>(dialog) != nullptr;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(child<QLineEdit>(&due, "searchLineEdit"), Qt::Key_Return);
    EXPECT_TRUE(formOpened);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}
