// The member list offscreen: search with and without diacritics, by card and citizen ID, filters that narrow
// it, pages read lazily, columns remembered, keyboard, and the dossier's inline validation.
#include "gui/dashboard_screen.h"
#include "gui/main_window.h"
#include "gui/member_dossier_dialog.h"
#include "gui/member_list_model.h"
#include "gui/members_screen.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace orec;
using namespace orec::test;

namespace {

class MembersScreenTest : public RegisterFixture
{
protected:
    // Types like a clerk (key events carrying Vietnamese text) and waits for the list to follow.
    void search(gui::MembersScreen* screen, const QString& text)
    {
        auto* edit = child<QLineEdit>(screen, "searchLineEdit");
        edit->clear();
        typeText(edit, text);
        ASSERT_TRUE(waitUntil([&] { return screen->model()->filter().text == text.trimmed(); }, 3000));
    }

    QStringList names(gui::MembersScreen* screen)
    {
        QStringList list;
        auto* model = screen->model();
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row, gui::MemberListModel::NameColumn).data().toString());
        return list;
    }
};

} // namespace

TEST_F(MembersScreenTest, SearchIgnoresCaseAndDiacriticsAndFindsNumbers)
{
    gui::MembersScreen screen(*session);
    screen.show();
    EXPECT_EQ(screen.model()->rowCount(), 4);

    search(&screen, QStringLiteral("nguyen van duc"));
    EXPECT_EQ(names(&screen), QStringList{QStringLiteral("Nguyễn Văn Đức")});
    search(&screen, QStringLiteral("Nguyễn Văn Đức"));
    EXPECT_EQ(names(&screen), QStringList{QStringLiteral("Nguyễn Văn Đức")});
    search(&screen, QStringLiteral("NGUYEN VAN DUC"));
    EXPECT_EQ(names(&screen), QStringList{QStringLiteral("Nguyễn Văn Đức")});
    // Both Đức, neither Hoa nor Mai.
    search(&screen, QStringLiteral("duc"));
    EXPECT_EQ(names(&screen).size(), 2);
    EXPECT_TRUE(names(&screen).contains(QStringLiteral("Lê Văn Đức")));
    EXPECT_TRUE(names(&screen).contains(QStringLiteral("Nguyễn Văn Đức")));
    // By party card number and by citizen ID.
    search(&screen, QStringLiteral("10000002"));
    EXPECT_EQ(names(&screen), QStringList{QStringLiteral("Trần Thị Hoa")});
    search(&screen, QStringLiteral("001085000004"));
    EXPECT_EQ(names(&screen), QStringList{QStringLiteral("Nguyễn Thị Mai")});
    search(&screen, QStringLiteral("khong co ai"));
    EXPECT_EQ(screen.model()->rowCount(), 0);
    EXPECT_TRUE(child<QLabel>(&screen, "countLabel")->text().startsWith(QStringLiteral("0 ")));
}

TEST_F(MembersScreenTest, FiltersNarrowTheList)
{
    sendAbroad();
    gui::MembersScreen screen(*session);
    screen.show();
    ASSERT_EQ(screen.model()->rowCount(), 4);

    auto* presence = child<QComboBox>(&screen, "presenceComboBox");
    presence->setCurrentIndex(presence->findData(static_cast<int>(MemberPresence::Abroad)));
    QStringList abroad = names(&screen);
    abroad.sort();
    EXPECT_EQ(abroad, (QStringList{QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("Trần Thị Hoa")}));

    auto* country = child<QComboBox>(&screen, "countryComboBox");
    country->setCurrentIndex(country->findData(QStringLiteral("FR")));
    EXPECT_EQ(names(&screen), QStringList{QStringLiteral("Trần Thị Hoa")});
    country->setCurrentIndex(0);

    auto* cellType = child<QComboBox>(&screen, "cellTypeComboBox");
    cellType->setCurrentIndex(cellType->findData(static_cast<int>(CellType::Student)));
    EXPECT_EQ(names(&screen), QStringList{QStringLiteral("Nguyễn Văn Đức")});
    cellType->setCurrentIndex(0);

    auto* purpose = child<QComboBox>(&screen, "purposeComboBox");
    purpose->setCurrentIndex(purpose->findData(static_cast<int>(PostingPurpose::OfficialMission)));
    EXPECT_EQ(names(&screen), QStringList{QStringLiteral("Trần Thị Hoa")});
    QTest::mouseClick(child<QPushButton>(&screen, "clearFiltersButton"), Qt::LeftButton);
    EXPECT_EQ(screen.model()->rowCount(), 4);

    // At home: Mai and Lê Văn Đức (back from Korea); home unit B holds only Lê Văn Đức.
    presence->setCurrentIndex(presence->findData(static_cast<int>(MemberPresence::AtHome)));
    EXPECT_EQ(screen.model()->rowCount(), 2);
    auto* unit = child<QComboBox>(&screen, "homeUnitComboBox");
    unit->setCurrentIndex(unit->findData(otherHomeCell.id));
    EXPECT_EQ(names(&screen), QStringList{QStringLiteral("Lê Văn Đức")});
}

TEST_F(MembersScreenTest, ListOrderIsVietnameseGivenNameFirst)
{
    gui::MembersScreen screen(*session);
    // Đức, Đức, Hoa, Mai: by given name, then family name (Lê before Nguyễn).
    EXPECT_EQ(names(&screen),
              (QStringList{QStringLiteral("Lê Văn Đức"), QStringLiteral("Nguyễn Văn Đức"),
                           QStringLiteral("Trần Thị Hoa"), QStringLiteral("Nguyễn Thị Mai")}));
}

TEST_F(MembersScreenTest, PagesAreReadOnlyWhenShownAndColumnsAreRemembered)
{
    const QStringList family{QStringLiteral("Phạm"), QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                             QStringLiteral("Đặng")};
    const QStringList middle{QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Minh"),
                             QStringLiteral("Quốc"), QStringLiteral("Thu")};
    const QStringList given{QStringLiteral("Anh"),   QStringLiteral("Bình"),  QStringLiteral("Châu"),
                            QStringLiteral("Dũng"),  QStringLiteral("Giang"), QStringLiteral("Hải"),
                            QStringLiteral("Khánh"), QStringLiteral("Long"),  QStringLiteral("Nam"),
                            QStringLiteral("Phúc"),  QStringLiteral("Quyên"), QStringLiteral("Sơn"),
                            QStringLiteral("Tâm")};
    for (int i = 0; i < 260; ++i)
        addMember(family.at(i % 4) + QLatin1Char(' ') + middle.at(i / 4 % 5) + QLatin1Char(' ') +
                      given.at(i / 20),
                  QStringLiteral("2%1").arg(i, 7, 10, QLatin1Char('0')),
                  QStringLiteral("0020%1").arg(i, 8, 10, QLatin1Char('0')));
    {
        gui::MembersScreen screen(*session);
        screen.resize(900, 500);
        screen.show();
        settleEvents();
        auto* model = screen.model();
        EXPECT_EQ(model->rowCount(), 264);
        // Only the first page was needed for what the view shows.
        EXPECT_LE(model->pagesRead(), 1);
        auto* view = child<QTableView>(&screen, "membersTableView");
        view->scrollToBottom();
        settleEvents();
        EXPECT_LE(model->pagesRead(), 3);
        EXPECT_FALSE(model->index(263, gui::MemberListModel::NameColumn).data().toString().isEmpty());

        // Hide the party card column; a new screen shows it hidden too.
        view->horizontalHeader()->hideSection(gui::MemberListModel::PartyCardColumn);
        view->horizontalHeader()->showSection(gui::MemberListModel::CitizenIdColumn);
        Q_EMIT view->horizontalHeader()->sectionResized(0, 100,
                                                        120); // the screen saves on every header change
    }
    gui::MembersScreen again(*session);
    auto* header = child<QTableView>(&again, "membersTableView")->horizontalHeader();
    EXPECT_TRUE(header->isSectionHidden(gui::MemberListModel::PartyCardColumn));
    EXPECT_FALSE(header->isSectionHidden(gui::MemberListModel::CitizenIdColumn));
}

TEST_F(MembersScreenTest, CtrlFFocusesSearchAndEnterOpensTheDossier)
{
    gui::MainWindow window(*session);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    // From the dashboard, Ctrl+F goes to the member search.
    ASSERT_NE(qobject_cast<gui::DashboardScreen*>(window.currentScreen()), nullptr);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* members = qobject_cast<gui::MembersScreen*>(window.currentScreen());
    ASSERT_NE(members, nullptr);
    auto* search = child<QLineEdit>(members, "searchLineEdit");
    EXPECT_TRUE(search->hasFocus());

    typeText(search, QStringLiteral("tran thi hoa"));
    ASSERT_TRUE(waitUntil([&] { return members->model()->filter().text == QStringLiteral("tran thi hoa"); }));
    // One Enter in the search opens the only member found; back on the list, Enter on the row opens it again.
    QString opened;
    const auto answer = [&opened](QWidget* dialog) {
        auto* dossier = qobject_cast<gui::MemberDossierDialog*>(dialog);
        ASSERT_NE(dossier, nullptr);
        opened = dossier->member().fullName;
        QTest::keyClick(dossier, Qt::Key_Escape); // nothing edited: closes without asking
    };
    whenModalOpens(answer);
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(opened, QStringLiteral("Trần Thị Hoa"));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    auto* view = child<QTableView>(members, "membersTableView");
    EXPECT_EQ(window.focusWidget(), view); // the window's focus, given back once it is active again
    opened.clear();
    whenModalOpens(answer);
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(opened, QStringLiteral("Trần Thị Hoa"));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

TEST_F(MembersScreenTest, DossierValidatesAsTheClerkTypesAndSaves)
{
    gui::MemberDossierDialog dossier(*session, hoa.id);
    dossier.show();
    auto* save = child<QDialogButtonBox>(&dossier, "buttonBox")->button(QDialogButtonBox::Save);
    EXPECT_TRUE(save->isEnabled());
    auto* citizen = child<QLineEdit>(&dossier, "citizenIdLineEdit");
    citizen->clear();
    typeText(citizen, QStringLiteral("12345"));
    EXPECT_TRUE(hasProblemWith(dossier.problems(), QStringLiteral("citizen_id")));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(citizen->toolTip().isEmpty());
    EXPECT_FALSE(child<QLabel>(&dossier, "problemsLabel")->text().isEmpty());

    auto* admitted = child<QLineEdit>(&dossier, "admissionDateDateEdit");
    admitted->clear();
    typeText(admitted, QStringLiteral("31/02/2010"));
    EXPECT_TRUE(hasProblemWith(dossier.problems(), QStringLiteral("admission_date")));

    citizen->clear();
    typeText(citizen, QStringLiteral("001085000099"));
    admitted->clear();
    typeText(admitted, QStringLiteral("19/05/2010"));
    EXPECT_FALSE(hasErrors(dossier.problems()));
    EXPECT_TRUE(save->isEnabled());
    ASSERT_TRUE(dossier.isDirty());
    ASSERT_TRUE(dossier.save()) << gui::MessageBox::lastText().toStdString();
    EXPECT_FALSE(dossier.isDirty());
    EXPECT_EQ(service->member(hoa.id)->citizenId, QStringLiteral("001085000099"));
    EXPECT_TRUE(dossier.changedRegister());
}

TEST_F(MembersScreenTest, NewMemberWithCtrlN)
{
    gui::MainWindow window(*session);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    whenModalOpens([](QWidget* dialog) {
        typeText(child<QLineEdit>(dialog, "fullNameLineEdit"), QStringLiteral("Đỗ Thị Lan Anh"));
        typeText(child<QLineEdit>(dialog, "partyCardLineEdit"), QStringLiteral("10000099"));
        auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
        EXPECT_FALSE(dialog->isVisible()) << gui::MessageBox::lastText().toStdString();
        if (dialog->isVisible())
            static_cast<QDialog*>(dialog)->done(QDialog::Rejected); // never leave the test waiting
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto* members = qobject_cast<gui::MembersScreen*>(window.currentScreen());
    ASSERT_NE(members, nullptr);
    EXPECT_EQ(members->model()->rowCount(), 5);
    auto found = service->findMember(QStringLiteral("10000099"));
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->fullName, QStringLiteral("Đỗ Thị Lan Anh"));
}

TEST_F(MembersScreenTest, DashboardFiguresClickThroughToTheirLists)
{
    sendAbroad();
    gui::MainWindow window(*session);
    window.show();
    auto* dashboard = qobject_cast<gui::DashboardScreen*>(window.currentScreen());
    ASSERT_NE(dashboard, nullptr);
    EXPECT_EQ(dashboard->summary().abroad, 2);
    ASSERT_EQ(dashboard->countryBars().size(), 2);
    const int franceBar = static_cast<int>(dashboard->countryBars().indexOf(QStringLiteral("FR")));
    ASSERT_GE(franceBar, 0);
    dashboard->openCountry(franceBar);
    auto* members = qobject_cast<gui::MembersScreen*>(window.currentScreen());
    ASSERT_NE(members, nullptr);
    EXPECT_EQ(members->currentFilter().countryCode, QStringLiteral("FR"));
    EXPECT_EQ(members->model()->rowCount(), 1);
    EXPECT_EQ(child<QComboBox>(members, "countryComboBox")->currentData().toString(), QStringLiteral("FR"));

    window.showScreen(gui::ScreenId::Dashboard);
    QTest::mouseClick(child<QPushButton>(dashboard, "abroadTileButton"), Qt::LeftButton);
    EXPECT_EQ(window.currentScreen(), members);
    EXPECT_EQ(members->model()->rowCount(), 2);
    EXPECT_TRUE(child<QPushButton>(dashboard, "abroadTileButton")->text().startsWith(QStringLiteral("2")));
}
