// Small screens (offices and field laptops with 1280x720 and 1024x700 screens, 1920x1080 at 150%): every
// screen of the main window and every dialog opens no larger than the screen, nothing in it is cut off or
// squeezed below what its text needs, and the dashboard's charts keep every label. Each size is a ctest of
// its own (SmallScreen.*, tests/CMakeLists.txt) that starts the GUI tests on an offscreen screen of that size
// (tests/gui/screens/*.json) with OREC_LAYOUT_SCREEN naming it; the ordinary run skips these tests.
// With OREC_LAYOUT_SHOTS set, a PNG of every window goes to that folder for a look.
#include "app/demo_generator.h"
#include "app/query_service.h"
#include "app/register_service.h"
#include "app/translations.h"
#include "gui/change_passphrase_dialog.h"
#include "gui/check_dialog.h"
#include "gui/dashboard_screen.h"
#include "gui/export_cell_package_dialog.h"
#include "gui/field_setup_dialog.h"
#include "gui/issue_transfer_dialog.h"
#include "gui/keys_dialog.h"
#include "gui/main_window.h"
#include "gui/member_dossier_dialog.h"
#include "gui/member_report_dialog.h"
#include "gui/message_box.h"
#include "gui/new_passphrase_dialog.h"
#include "gui/posting_editor_dialog.h"
#include "gui/print_dialog.h"
#include "gui/recovery_dialog.h"
#include "gui/report_form_dialog.h"
#include "gui/screen.h"
#include "gui/secretaries_dialog.h"
#include "gui/settings_dialog.h"
#include "gui/spreadsheet_import_wizard.h"
#include "gui/transition_dialog.h"
#include "gui/unlock_window.h"
#include "gui/user_dialog.h"
#include "gui_test_support.h"
#include "layout_checks.h"
#include "support/test_support.h"

#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QDate kToday(2026, 3, 2);

// OREC_LAYOUT_SCREEN is "1024x700" or "1920x1080@1.5": the screen's pixels and its scale.
struct ScreenUnderTest
{
    QSize pixels;
    qreal scale = 1;
    QString name;
};

std::optional<ScreenUnderTest> screenUnderTest()
{
    const QString text = qEnvironmentVariable("OREC_LAYOUT_SCREEN");
    if (text.isEmpty())
        return std::nullopt;
    ScreenUnderTest screen;
    screen.name = text;
    const QStringList parts = text.split(QLatin1Char('@'));
    const QStringList size = parts.first().split(QLatin1Char('x'));
    if (size.size() == 2)
        screen.pixels = QSize(size.at(0).toInt(), size.at(1).toInt());
    if (parts.size() == 2)
        screen.scale = parts.at(1).toDouble();
    return screen;
}

class SmallScreenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto screen = screenUnderTest();
        if (!screen)
            GTEST_SKIP() << "run by the ctests SmallScreen.* on a screen of their size (OREC_LAYOUT_SCREEN)";
        // The screen is the one asked for: its logical size is its pixels divided by its scale.
        QScreen* primary = QGuiApplication::primaryScreen();
        ASSERT_EQ(primary->geometry().size(), (QSizeF(screen->pixels) / screen->scale).toSize())
            << "the offscreen platform did not take the screen's configuration";
        ASSERT_DOUBLE_EQ(primary->devicePixelRatio(), screen->scale);
        m_screen = *screen;

        QSettings().clear();
        gui::MessageBox::setNonInteractive(true);
        auto created = createDatabase(m_dir.file(QStringLiteral("r.orec")), kAdmin, kAdminPassphrase,
                                      fastOptions(&m_clock));
        session = std::make_unique<app::Session>(std::move(created.database));
        // A department with people in many countries, every kind of cell and two years of movements.
        app::DemoOptions options;
        options.members = 300;
        options.asOf = kToday;
        auto generated = app::DemoGenerator(*session, options).generate();
        ASSERT_TRUE(generated.ok()) << generated.error().toString().toStdString();
    }

    void TearDown() override
    {
        gui::MessageBox::setNonInteractive(false);
        QSettings().clear();
    }

    // Someone abroad in an overseas cell, as the user guide shows.
    MemberRow memberInACell()
    {
        MemberFilter abroad;
        abroad.presence = MemberPresence::Abroad;
        auto rows =
            app::QueryService(*session).members(abroad, MemberSort{MemberSortKey::Name, false}, 0, 500);
        EXPECT_TRUE(rows.ok() && !rows->isEmpty());
        for (const MemberRow& row : *rows) {
            if (row.cellId != 0 && row.postingStatus == PostingStatus::InOverseasCell)
                return row;
        }
        return rows->first();
    }

    // Shows `window` as the program does, then checks it; keeps a picture with OREC_LAYOUT_SHOTS.
    void check(QWidget* window, const QString& name)
    {
        if (!window->isVisible())
            window->show();
        settleEvents();
        const QStringList problems = layoutProblems(window, name);
        EXPECT_TRUE(problems.isEmpty()) << "on " << m_screen.name.toStdString() << ":\n"
                                        << problems.join(QLatin1Char('\n')).toStdString();
        if (const QString dir = qEnvironmentVariable("OREC_LAYOUT_SHOTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QString file = m_screen.name + QLatin1Char('-') + name + QStringLiteral(".png");
            file.replace(QLatin1Char(' '), QLatin1Char('-'));
            window->grab().save(QDir(dir).filePath(file), "PNG");
        }
    }

    ScreenUnderTest m_screen;
    TempDir m_dir;
    FixedClock m_clock{QDateTime(kToday, QTime(8, 0), Qt::UTC)};
    std::unique_ptr<app::Session> session;
};

const QList<std::pair<gui::ScreenId, const char*>> kScreens{{gui::ScreenId::Dashboard, "dashboard"},
                                                            {gui::ScreenId::Members, "members"},
                                                            {gui::ScreenId::Postings, "postings"},
                                                            {gui::ScreenId::Cells, "cells"},
                                                            {gui::ScreenId::ReportsDue, "reports-due"},
                                                            {gui::ScreenId::AuditLog, "audit-log"},
                                                            {gui::ScreenId::Users, "users"}};

} // namespace

TEST_F(SmallScreenTest, EveryScreenFitsAndKeepsFittingAfterTheOthers)
{
    gui::MainWindow window(*session);
    window.show();
    settleEvents();
    for (const auto& [id, name] : kScreens) {
        ASSERT_NE(window.showScreen(id), nullptr) << name;
        check(&window, QLatin1String(name));
    }
    // Back on the first screen after every other: none of them leaves its minimum size behind.
    window.showScreen(gui::ScreenId::Dashboard);
    check(&window, QStringLiteral("dashboard-again"));
    const QSize small(std::min(900, QGuiApplication::primaryScreen()->availableGeometry().width()), 600);
    EXPECT_LE(window.minimumSizeHint().width(), small.width());
    window.resize(small);
    settleEvents();
    EXPECT_EQ(window.width(), small.width());
}

TEST_F(SmallScreenTest, TheDashboardShowsEveryLabelOfItsCharts)
{
    gui::MainWindow window(*session);
    window.show();
    auto* dashboard = qobject_cast<gui::DashboardScreen*>(window.showScreen(gui::ScreenId::Dashboard));
    ASSERT_NE(dashboard, nullptr);
    // At the screen's size, then in a window a clerk has made narrower.
    settleEvents();
    const QSize frame = window.frameGeometry().size() - window.size();
    const QSize room = QGuiApplication::primaryScreen()->availableGeometry().size() - frame;
    for (const QSize size : {room, QSize(860, room.height()), QSize(760, room.height())}) {
        window.resize(size);
        settleEvents();
        check(&window, QStringLiteral("dashboard-%1").arg(sizeText(size)));
        // The pie's legend names each cell type in full down to a page of about 600 px (an 860 px window);
        // narrower, the longest name ends in "…".
        const QStringList legend =
            size.width() >= 860 ? missingLegendEntries(dashboard->cellTypeChart()) : QStringList();
        EXPECT_TRUE(legend.isEmpty()) << "the cell types' legend at " << sizeText(size).toStdString()
                                      << " lacks " << legend.join(QStringLiteral(", ")).toStdString();
        for (QChartView* chart : {dashboard->countryChart(), dashboard->movementsChart()}) {
            EXPECT_FALSE(dashboard->countryBars().isEmpty());
            const QStringList missing = missingCategories(chart);
            EXPECT_TRUE(missing.isEmpty())
                << chart->objectName().toStdString() << " at " << sizeText(size).toStdString() << " lacks "
                << missing.join(QStringLiteral(", ")).toStdString();
        }
    }
}

TEST_F(SmallScreenTest, EveryDialogFits)
{
    gui::MainWindow window(*session);
    window.show();
    settleEvents();
    const MemberRow chosen = memberInACell();
    {
        gui::MemberDossierDialog dossier(*session, chosen.id, &window);
        dossier.show();
        auto* tabs = dossier.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        ASSERT_NE(tabs, nullptr);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(&dossier, QStringLiteral("dossier-%1").arg(i));
        }
    }
    {
        gui::PostingEditorDialog posting(*session, chosen.postingId, chosen.id, &window);
        check(&posting, QStringLiteral("posting"));
        auto context = app::RegisterService(*session).transitionContext(posting.posting());
        ASSERT_TRUE(context.ok());
        for (PostingTransition transition :
             {PostingTransition::Extend, PostingTransition::ReturnHome, PostingTransition::MarkLostContact,
              PostingTransition::MarkDidNotReturn}) {
            gui::TransitionDialog step(*session, transition, posting.posting(), *context, &posting);
            check(&step, QStringLiteral("transition-%1").arg(static_cast<int>(transition)));
        }
        for (ReportKind kind : {ReportKind::PreDeparture, ReportKind::Return}) {
            gui::ReportFormDialog report(*session, chosen.postingId, kind, &posting);
            check(&report, QStringLiteral("report-%1").arg(static_cast<int>(kind)));
        }
        gui::IssueTransferDialog transfer(*session, posting.posting(), TransferDirection::Out, &posting);
        check(&transfer, QStringLiteral("issue-transfer"));
    }
    {
        gui::MemberReportDialog report(*session, chosen.id, &window);
        check(&report, QStringLiteral("member-report"));
    }
    {
        gui::PrintDialog print(*session, &window);
        check(&print, QStringLiteral("print"));
    }
    {
        gui::CheckDialog checkDialog(*session, &window);
        check(&checkDialog, QStringLiteral("check"));
    }
    {
        gui::SpreadsheetImportWizard wizard(*session, &window);
        check(&wizard, QStringLiteral("import-wizard"));
    }
    {
        gui::ExportCellPackageDialog exportDialog(*session, &window);
        check(&exportDialog, QStringLiteral("export-cell-package"));
    }
    {
        gui::SecretariesDialog secretaries(*session, &window);
        check(&secretaries, QStringLiteral("cell-secretaries"));
    }
    {
        gui::KeysDialog keys(*session, &window);
        check(&keys, QStringLiteral("keys"));
    }
    {
        gui::SettingsDialog settings(&window);
        check(&settings, QStringLiteral("settings"));
    }
    {
        gui::UserDialog user(&window);
        check(&user, QStringLiteral("user"));
    }
    {
        gui::ChangePassphraseDialog change(&window);
        check(&change, QStringLiteral("change-passphrase"));
    }
    {
        gui::NewPassphraseDialog fresh(kAdmin, &window);
        check(&fresh, QStringLiteral("new-passphrase"));
    }
    {
        gui::RecoveryDialog recovery(&window);
        check(&recovery, QStringLiteral("recovery"));
    }
}

TEST_F(SmallScreenTest, TheWindowsBeforeUnlockingFit)
{
    {
        gui::UnlockWindow unlock(fastOptions(&m_clock));
        check(&unlock, QStringLiteral("unlock"));
    }
    {
        gui::FieldSetupDialog setup(fastOptions(&m_clock));
        check(&setup, QStringLiteral("field-setup"));
    }
}
