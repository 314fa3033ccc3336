// Not a behaviour test: with OREC_SCREENSHOT_DIR and OREC_SCREENSHOT_DB set, opens that database (a demo one)
// and saves a PNG of every screen and dialog for the user guide, checking that each fits a 1366x768 screen
// (the main window stays exactly that size whichever screen it shows). Skipped otherwise. Run it on an
// offscreen screen of that size, as the dialogs size themselves to their screen:
//   QT_QPA_PLATFORM=offscreen:configfile=tests/gui/screens/1366x768.json OREC_SCREENSHOT_DIR=docs/images
//   OREC_SCREENSHOT_DB=demo.orec OREC_SCREENSHOT_USER=demo OREC_PASSPHRASE=... [OREC_SCREENSHOT_LANG=en]
//   build/tests/orec_gui_tests --gtest_filter=ScreenshotTour.*
#include "app/account_service.h"
#include "app/query_service.h"
#include "app/register_service.h"
#include "app/translations.h"
#include "gui/export_cell_package_dialog.h"
#include "gui/keys_dialog.h"
#include "gui/main_window.h"
#include "gui/member_dossier_dialog.h"
#include "gui/members_screen.h"
#include "gui/posting_editor_dialog.h"
#include "gui/report_form_dialog.h"
#include "gui/screen.h"
#include "gui/secretaries_dialog.h"
#include "gui/settings_dialog.h"
#include "gui/transition_dialog.h"
#include "gui_test_support.h"

#include <QDir>
#include <QTabWidget>
#include <gtest/gtest.h>

using namespace orec;

namespace {

const QSize kSmallScreen(1366, 768);

void settle()
{
    for (int i = 0; i < 10; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 30);
}

void save(QWidget* widget, const QString& dir, const QString& name)
{
    settle();
    EXPECT_LE(widget->width(), kSmallScreen.width()) << name.toStdString();
    EXPECT_LE(widget->height(), kSmallScreen.height()) << name.toStdString();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    EXPECT_TRUE(widget->grab().save(path, "PNG")) << path.toStdString();
}

} // namespace

TEST(ScreenshotTour, EveryScreenAndDialog)
{
    const QString dir = qEnvironmentVariable("OREC_SCREENSHOT_DIR");
    const QString db = qEnvironmentVariable("OREC_SCREENSHOT_DB");
    if (dir.isEmpty() || db.isEmpty())
        GTEST_SKIP()
            << "set OREC_SCREENSHOT_DIR and OREC_SCREENSHOT_DB (and OREC_PASSPHRASE) to take screenshots";
    QDir().mkpath(dir);
    const QString user = qEnvironmentVariable("OREC_SCREENSHOT_USER", QStringLiteral("demo"));
    const QString language = qEnvironmentVariable("OREC_SCREENSHOT_LANG", QStringLiteral("vi"));
    app::installTranslations(language);
    auto session = app::AccountService::unlock(db, user, qEnvironmentVariable("OREC_PASSPHRASE"));
    ASSERT_TRUE(session.ok()) << session.error().toString().toStdString();

    gui::MainWindow window(**session);
    window.resize(kSmallScreen);
    window.setAutoLockSecondsLeft(5 * 60);
    window.show();
    const QList<std::pair<gui::ScreenId, const char*>> screens{{gui::ScreenId::Dashboard, "01-dashboard"},
                                                               {gui::ScreenId::Members, "02-members"},
                                                               {gui::ScreenId::Postings, "03-postings"},
                                                               {gui::ScreenId::Cells, "04-cells"},
                                                               {gui::ScreenId::ReportsDue, "05-reports-due"},
                                                               {gui::ScreenId::AuditLog, "06-audit-log"},
                                                               {gui::ScreenId::Users, "07-users"}};
    for (const auto& [id, name] : screens) {
        if (window.showScreen(id)) {
            save(&window, dir, QLatin1String(name));
            // A screen wider than the room beside the navigation pane would widen the window past the screen.
            EXPECT_EQ(window.size(), kSmallScreen) << name;
        }
    }

    // A search without diacritics.
    auto* members = qobject_cast<gui::MembersScreen*>(window.showScreen(gui::ScreenId::Members));
    ASSERT_NE(members, nullptr);
    MemberFilter search;
    search.text = QStringLiteral("nguyen van");
    members->showFiltered(search);
    save(&window, dir, QStringLiteral("08-members-search"));

    // Someone abroad in an overseas cell: their dossier, their posting, a step and a report.
    MemberFilter abroad;
    abroad.presence = MemberPresence::Abroad;
    auto rows = app::QueryService(**session).members(abroad, MemberSort{MemberSortKey::Name, false}, 0, 200);
    ASSERT_TRUE(rows.ok() && !rows->isEmpty());
    MemberRow chosen = rows->first();
    for (const MemberRow& row : *rows) {
        if (row.cellId != 0 && row.postingStatus == PostingStatus::InOverseasCell) {
            chosen = row;
            break;
        }
    }
    {
        gui::MemberDossierDialog dossier(**session, chosen.id, &window);
        dossier.show();
        auto* tabs = dossier.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        const char* tabNames[] = {"09-dossier-identity", "10-dossier-postings", "11-dossier-cells",
                                  "12-dossier-reports", "13-dossier-changes"};
        for (int i = 0; i < tabs->count() && i < 5; ++i) {
            tabs->setCurrentIndex(i);
            save(&dossier, dir, QLatin1String(tabNames[i]));
        }
    }
    {
        gui::PostingEditorDialog posting(**session, chosen.postingId, chosen.id, &window);
        posting.show();
        save(&posting, dir, QStringLiteral("14-posting"));
        auto context = app::RegisterService(**session).transitionContext(posting.posting());
        ASSERT_TRUE(context.ok());
        gui::TransitionDialog step(**session, PostingTransition::Extend, posting.posting(), *context,
                                   &posting);
        step.show();
        save(&step, dir, QStringLiteral("15-transition-extend"));
        gui::ReportFormDialog report(**session, chosen.postingId, ReportKind::PreDeparture, &posting);
        report.show();
        auto* reportTabs = report.findChild<QTabWidget*>(QStringLiteral("tabWidget"));
        reportTabs->setCurrentIndex(0);
        save(&report, dir, QStringLiteral("16-report-pre-departure"));
    }
    {
        gui::ReportFormDialog report(**session, chosen.postingId, ReportKind::Return, &window);
        report.show();
        report.findChild<QTabWidget*>(QStringLiteral("tabWidget"))->setCurrentIndex(0);
        save(&report, dir, QStringLiteral("17-report-return"));
    }
    {
        gui::SettingsDialog settings(&window);
        settings.show();
        save(&settings, dir, QStringLiteral("18-settings"));
    }
    // The exchange dialogs that open without a package in hand.
    {
        gui::ExportCellPackageDialog exportDialog(**session, &window);
        exportDialog.show();
        save(&exportDialog, dir, QStringLiteral("19-export-cell-package"));
    }
    {
        gui::SecretariesDialog secretaries(**session, &window);
        secretaries.show();
        save(&secretaries, dir, QStringLiteral("20-cell-secretaries"));
    }
    {
        gui::KeysDialog keys(**session, &window);
        keys.show();
        save(&keys, dir, QStringLiteral("21-keys"));
    }
    // Last, the dashboard once more: after the other screens, at the same size.
    window.showScreen(gui::ScreenId::Dashboard);
    save(&window, dir, QStringLiteral("22-dashboard-again"));
    EXPECT_EQ(window.size(), kSmallScreen);
}
