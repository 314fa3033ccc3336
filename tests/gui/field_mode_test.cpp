// The cell secretary's side offscreen: a laptop set up from home's first package through the unlock window,
// the field mode (one cell, the secretary's actions only), a return package that imports at home with a
// conflict decided in the change list, and the status of the secretary's changes once home acknowledged them.
#include "app/exchange_service.h"
#include "app/query_service.h"
#include "app/register_service.h"
#include "app/translations.h"
#include "gui/app_controller.h"
#include "gui/exchange_actions.h"
#include "gui/field_setup_dialog.h"
#include "gui/field_status_dialog.h"
#include "gui/import_package_dialog.h"
#include "gui/keys_dialog.h"
#include "gui/main_window.h"
#include "gui/member_dossier_dialog.h"
#include "gui/member_list_model.h"
#include "gui/member_report_dialog.h"
#include "gui/members_screen.h"
#include "gui/message_box.h"
#include "gui/posting_editor_dialog.h"
#include "gui/print_dialog.h"
#include "gui/report_form_dialog.h"
#include "gui/secretaries_dialog.h"
#include "gui/unlock_window.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kSecretary = QStringLiteral("bithu");
const QString kSecretaryPassphrase = QStringLiteral("Bí thư chi bộ Tokyo giữ kỹ 2026");
const QString kCell = QStringLiteral("CB-JP-LHS");

QStringList navigationTexts(gui::MainWindow* window)
{
    QStringList texts;
    auto* list = child<QListWidget>(window, "navigationListWidget");
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

// With OREC_SCREENSHOT_DIR set, keeps a PNG of the window for a look at its layout.
void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("OREC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    settleEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG");
}

gui::ExchangeActions* exchangeActionsOf(gui::MainWindow* window)
{
    return window->findChild<gui::ExchangeActions*>();
}

class FieldModeTest : public RegisterFixture
{
protected:
    void SetUp() override
    {
        RegisterFixture::SetUp();
        app::installTranslations(QStringLiteral("en"));
        sendAbroad(); // Đức is in the Tokyo cell; Hoa is in France, not in any cell
        auto enrolled = app::ExchangeService(*session).enrolSecretary(kCell, QStringLiteral("Bí thư Tokyo"));
        ASSERT_TRUE(enrolled.ok()) << enrolled.error().toString().toStdString();
        code = enrolled->enrolmentCode;
        firstPackage = m_dir.file(QStringLiteral("jp-1.orecpkg"));
        auto exported = app::ExchangeService(*session).exportCellPackage(kCell, firstPackage);
        ASSERT_TRUE(exported.ok()) << exported.error().toString().toStdString();
        fieldPath = m_dir.file(QStringLiteral("laptop.orec"));
    }

    // Drives the unlock window's "Set up from a cell package…" through every page of the set-up.
    void setUpLaptop(gui::AppController& controller)
    {
        controller.start();
        gui::UnlockWindow* unlock = controller.unlockWindow();
        keepScreenshot(unlock, QStringLiteral("field-unlock-window"));
        bool sawResult = false;
        whenModalOpens([this, &sawResult](QWidget* modal) {
            auto* dialog = qobject_cast<gui::FieldSetupDialog*>(modal);
            ASSERT_NE(dialog, nullptr);
            dialog->setPackagePath(firstPackage);
            typeText(child<QLineEdit>(dialog, "codeLineEdit"), code);
            keepScreenshot(dialog, QStringLiteral("field-setup-1-package"));
            QTest::mouseClick(child<QPushButton>(dialog, "nextButton"), Qt::LeftButton);
            auto* pages = child<QStackedWidget>(dialog, "pages");
            ASSERT_EQ(pages->currentWidget()->objectName(), QStringLiteral("databasePage"));
            dialog->setDatabasePath(fieldPath);
            auto* user = child<QLineEdit>(dialog, "userLineEdit");
            user->clear();
            typeText(user, kSecretary);
            typeText(child<QLineEdit>(dialog, "passphraseLineEdit"), kSecretaryPassphrase);
            typeText(child<QLineEdit>(dialog, "repeatLineEdit"), kSecretaryPassphrase);
            keepScreenshot(dialog, QStringLiteral("field-setup-2-database"));
            QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
            const bool reached = waitUntil(
                [&] {
                    return !dialog->isBusy() &&
                           pages->currentWidget()->objectName() == QStringLiteral("resultPage");
                },
                20000);
            if (!reached) {
                QStringList shown;
                for (QLabel* label : dialog->findChildren<QLabel*>())
                    if (label->isVisible() && !label->text().isEmpty())
                        shown << label->text();
                dialog->reject();
                FAIL() << shown.join(QStringLiteral(" | ")).toStdString();
            }
            sawResult = true;
            EXPECT_EQ(dialog->cellCode(), kCell);
            EXPECT_FALSE(dialog->recoveryKeyShown().isEmpty());
            keepScreenshot(dialog, QStringLiteral("field-setup-3-result"));
            // The database opens only once the secretary says the recovery key is kept.
            auto* open = child<QPushButton>(dialog, "openButton");
            EXPECT_FALSE(open->isEnabled());
            child<QCheckBox>(dialog, "keptKeyCheckBox")->setChecked(true);
            QTest::mouseClick(open, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(unlock, "fieldSetupButton"), Qt::LeftButton);
        ASSERT_TRUE(sawResult);
        ASSERT_TRUE(waitUntil([&] { return controller.isUnlocked(); }));
    }

    gui::AppOptions laptopOptions() const
    {
        gui::AppOptions options;
        options.database = fastOptions(&m_clock);
        options.autoLockMs = 10 * 60 * 1000;
        return options;
    }

    QString code;
    QString firstPackage;
    QString fieldPath;
};

} // namespace

TEST_F(FieldModeTest, SetUpFromTheFirstPackageOpensTheFieldModeOnTheCellOnly)
{
    gui::AppController controller(laptopOptions());
    ASSERT_NO_FATAL_FAILURE(setUpLaptop(controller));
    EXPECT_TRUE(QFileInfo::exists(fieldPath));
    EXPECT_EQ(controller.unlockWindow()->databasePath(), fieldPath);

    gui::MainWindow* window = controller.mainWindow();
    ASSERT_NE(window, nullptr);
    window->resize(1366, 768);
    EXPECT_TRUE(window->isFieldMode());
    EXPECT_EQ(navigationTexts(window), (QStringList{QStringLiteral("Members"), QStringLiteral("Postings"),
                                                    QStringLiteral("Reports due")}));
    EXPECT_FALSE(window->offersScreen(gui::ScreenId::Dashboard));
    EXPECT_FALSE(window->offersScreen(gui::ScreenId::Users));
    EXPECT_FALSE(window->offersScreen(gui::ScreenId::Cells));
    EXPECT_EQ(window->showScreen(gui::ScreenId::Users), nullptr);
    EXPECT_TRUE(window->fieldBannerText().contains(kCell)) << window->fieldBannerText().toStdString();
    EXPECT_TRUE(window->statusText().contains(QStringLiteral("Field database — cell %1").arg(kCell)))
        << window->statusText().toStdString();

    // Home's actions are not offered; the secretary's are.
    const gui::MainWindowActions& menus = window->actions();
    for (QAction* homeOnly :
         {menus.exportPackage, menus.importPackage, menus.enrolSecretary, menus.secretaries})
        EXPECT_EQ(homeOnly, nullptr);
    for (QAction* fieldAction : {menus.installPackage, menus.exportReturn, menus.fieldStatus, menus.keys})
        EXPECT_NE(fieldAction, nullptr);
    // No spreadsheet import, and of the print menu what a secretary prints: a member's record, not home's
    // forms.
    EXPECT_EQ(menus.importSpreadsheet, nullptr);
    const QList<app::PrintKind> printKinds = gui::PrintDialog::kinds();
    const auto printAction = [&](app::PrintKind kind) {
        return window->findChild<QAction*>(QStringLiteral("printAction%1").arg(printKinds.indexOf(kind)));
    };
    ASSERT_NE(printAction(app::PrintKind::MemberRecord), nullptr);
    EXPECT_TRUE(printAction(app::PrintKind::MemberRecord)->isVisible());
    for (app::PrintKind homeOnly : {app::PrintKind::TemporaryTransfer, app::PrintKind::TransferRegister,
                                    app::PrintKind::TransferredAbroadList, app::PrintKind::Statistics})
        EXPECT_FALSE(printAction(homeOnly)->isVisible()) << static_cast<int>(homeOnly);
    EXPECT_FALSE(window->findChild<QAction*>(QStringLiteral("printDialogAction"))->isVisible());

    // The member list holds the cell's member only.
    auto* members = qobject_cast<gui::MembersScreen*>(window->currentScreen());
    ASSERT_NE(members, nullptr);
    ASSERT_TRUE(waitUntil([&] { return members->model()->rowCount() == 1; }, 5000))
        << members->model()->rowCount();
    EXPECT_EQ(members->model()->index(0, gui::MemberListModel::NameColumn).data().toString(), duc.fullName);
    keepScreenshot(window, QStringLiteral("field-main-window"));

    // Keys: the laptop's own fingerprint and its home.
    bool sawKeys = false;
    whenModalOpens([&sawKeys](QWidget* modal) {
        auto* keys = qobject_cast<gui::KeysDialog*>(modal);
        ASSERT_NE(keys, nullptr);
        sawKeys = true;
        EXPECT_FALSE(keys->ownFingerprint().isEmpty());
        EXPECT_EQ(keys->partyCount(), 1);
        keepScreenshot(keys, QStringLiteral("field-keys"));
        keys->reject();
    });
    window->actions().keys->trigger();
    EXPECT_TRUE(sawKeys);

    // Status of my changes, from the File menu: nothing recorded, nothing sent yet.
    bool sawStatus = false;
    whenModalOpens([&sawStatus](QWidget* modal) {
        auto* status = qobject_cast<gui::FieldStatusDialog*>(modal);
        ASSERT_NE(status, nullptr);
        sawStatus = true;
        EXPECT_EQ(status->pendingCount(), 0);
        EXPECT_EQ(status->acknowledgedCount(), 0);
        EXPECT_TRUE(status->summaryText().contains(QStringLiteral("not sent a return package yet")))
            << status->summaryText().toStdString();
        status->reject();
    });
    window->actions().fieldStatus->trigger();
    EXPECT_TRUE(sawStatus);

    // The first package again changes nothing; a file that is not a package is refused with its reason.
    gui::ExchangeActions* actions = exchangeActionsOf(window);
    ASSERT_NE(actions, nullptr);
    EXPECT_TRUE(actions->installCellPackageFile(firstPackage)) << gui::MessageBox::lastText().toStdString();
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("nothing changed")))
        << gui::MessageBox::lastText().toStdString();
    EXPECT_FALSE(actions->installCellPackageFile(fieldPath));
    EXPECT_FALSE(gui::MessageBox::lastText().isEmpty());

    // Locked and opened again with the secretary's passphrase: the same field mode.
    controller.lock();
    ASSERT_FALSE(controller.isUnlocked());
    gui::UnlockWindow* unlock = controller.unlockWindow();
    EXPECT_EQ(child<QLineEdit>(unlock, "userLineEdit")->text(), kSecretary);
    typeText(child<QLineEdit>(unlock, "passphraseLineEdit"), kSecretaryPassphrase);
    QTest::mouseClick(child<QPushButton>(unlock, "unlockButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return controller.isUnlocked(); }));
    EXPECT_TRUE(controller.mainWindow()->isFieldMode());
}

TEST_F(FieldModeTest, ReturnPackageImportsAtHomeWithAConflictAndTheNextPackageAcknowledgesIt)
{
    gui::AppController controller(laptopOptions());
    ASSERT_NO_FATAL_FAILURE(setUpLaptop(controller));
    app::Session& field = *controller.session();
    gui::MainWindow* laptop = controller.mainWindow();
    laptop->resize(1366, 768);

    // On the laptop: a new phone number for Đức, and his posting flagged as lost contact.
    app::RegisterService fieldRegister(field);
    auto fieldDuc = fieldRegister.findMember(duc.uuid);
    ASSERT_TRUE(fieldDuc.ok()) << fieldDuc.error().toString().toStdString();
    fieldDuc->phone = QStringLiteral("+81 90 1234 5678");
    ASSERT_TRUE(fieldRegister.updateMember(*fieldDuc).ok());
    auto fieldPosting = fieldRegister.findPosting(ducPosting.uuid);
    ASSERT_TRUE(fieldPosting.ok()) << fieldPosting.error().toString().toStdString();
    TransitionInput lost;
    lost.date = kGuiToday.addDays(-3);
    auto marked = fieldRegister.applyTransition(fieldPosting->id, PostingTransition::MarkLostContact, lost);
    ASSERT_TRUE(marked.ok()) << marked.error().toString().toStdString();
    {
        // The cell committee's remarks on him, a document the rules did not call for, added in the posting
        // editor.
        gui::PostingEditorDialog editor(field, fieldPosting->id, fieldPosting->memberId, laptop);
        ASSERT_TRUE(editor.addableReports().contains(ReportKind::CellRemarks));
        bool filed = false;
        whenModalOpens([&filed](QWidget* modal) {
            auto* form = qobject_cast<gui::ReportFormDialog*>(modal);
            ASSERT_NE(form, nullptr);
            typeText(child<QPlainTextEdit>(form, "cellOpinionPlainTextEdit"),
                     QStringLiteral("Mất liên lạc từ tháng 2"));
            filed = form->save();
            EXPECT_TRUE(filed) << gui::MessageBox::lastText().toStdString()
                               << child<QLabel>(form, "problemsLabel")->text().toStdString();
            form->accept();
        });
        editor.openNewReport(ReportKind::CellRemarks);
        EXPECT_TRUE(filed);
        EXPECT_TRUE(editor.changedRegister());
        EXPECT_FALSE(editor.addableReports().contains(ReportKind::CellRemarks));
    }
    {
        // His annual rating, a report of the member rather than of the posting, from his dossier.
        gui::MemberDossierDialog dossier(field, fieldPosting->memberId, laptop);
        bool rated = false;
        whenModalOpens([&rated](QWidget* modal) {
            auto* form = qobject_cast<gui::MemberReportDialog*>(modal);
            ASSERT_NE(form, nullptr);
            form->setKind(ReportKind::AnnualRating);
            typeText(child<QPlainTextEdit>(form, "cellOpinionPlainTextEdit"),
                     QStringLiteral("Hoàn thành tốt nhiệm vụ"));
            keepScreenshot(form, QStringLiteral("field-member-report"));
            QPushButton* save = child<QDialogButtonBox>(form, "buttonBox")->button(QDialogButtonBox::Save);
            EXPECT_TRUE(save->isEnabled()) << form->problemsText().toStdString();
            EXPECT_TRUE(form->problemsText().isEmpty()) << form->problemsText().toStdString();
            QTest::mouseClick(save, Qt::LeftButton);
            rated = form->report().id != 0;
        });
        QTest::mouseClick(child<QPushButton>(&dossier, "memberReportButton"), Qt::LeftButton);
        EXPECT_TRUE(rated);
        EXPECT_TRUE(dossier.changedRegister());
    }
    // At home meanwhile a clerk typed another number: the same field changed on both sides.
    Member homeDuc = *service->member(duc.id);
    homeDuc.phone = QStringLiteral("+84 912 000 111");
    ASSERT_TRUE(service->updateMember(homeDuc).ok());

    gui::ExchangeActions* laptopActions = exchangeActionsOf(laptop);
    ASSERT_NE(laptopActions, nullptr);
    const QString returnPath = m_dir.file(QStringLiteral("jp-r1.orecpkg"));
    ASSERT_TRUE(laptopActions->exportReturnPackageTo(returnPath))
        << gui::MessageBox::lastText().toStdString();
    EXPECT_TRUE(QFileInfo::exists(returnPath));

    {
        // Before home answers: the change waits, sent in package 1.
        gui::FieldStatusDialog status(field, laptop);
        status.resize(960, 640);
        status.show();
        keepScreenshot(&status, QStringLiteral("field-status-pending"));
        ASSERT_GE(status.pendingCount(), 1);
        bool phoneChange = false;
        for (int row = 0; row < status.pendingCount(); ++row) {
            if (status.pendingText(row, gui::FieldStatusDialog::MemberColumn) == duc.fullName &&
                status.pendingText(row, gui::FieldStatusDialog::ChangeColumn)
                    .contains(QStringLiteral("Phone"))) {
                phoneChange = true;
                EXPECT_TRUE(status.pendingText(row, gui::FieldStatusDialog::SentColumn)
                                .contains(QStringLiteral("1")));
            }
        }
        EXPECT_TRUE(phoneChange);
        EXPECT_EQ(status.acknowledgedCount(), 0);
        EXPECT_TRUE(status.summaryText().contains(QStringLiteral("not acknowledged any yet")))
            << status.summaryText().toStdString();
    }

    // Home: the change list, the conflict decided for the cell's value, applied.
    gui::MainWindow home(*session);
    home.resize(1366, 768);
    EXPECT_FALSE(home.isFieldMode());
    gui::ExchangeActions* homeActions = exchangeActionsOf(&home);
    ASSERT_NE(homeActions, nullptr);
    bool decided = false;
    whenModalOpens([&decided](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ImportPackageDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        const exchange::ImportPlan& plan = dialog->plan();
        EXPECT_GE(plan.unresolvedCount(), 1);
        EXPECT_FALSE(dialog->canApply());
        for (const exchange::ChangeItem& item : plan.items) {
            for (const exchange::FieldChange& f : item.fields) {
                if (f.outcome == exchange::FieldOutcome::Conflict) {
                    EXPECT_EQ(f.field, QStringLiteral("phone"));
                    EXPECT_TRUE(dialog->resolve(item.index, f.field, exchange::Resolution::TakeCell));
                }
            }
        }
        keepScreenshot(dialog, QStringLiteral("home-import-package"));
        EXPECT_TRUE(dialog->canApply());
        decided = true;
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
    });
    ASSERT_TRUE(homeActions->importPackageFile(returnPath)) << gui::MessageBox::lastText().toStdString();
    EXPECT_TRUE(decided);
    EXPECT_EQ(service->member(duc.id)->phone, QStringLiteral("+81 90 1234 5678"));
    EXPECT_EQ(service->posting(ducPosting.id)->status, PostingStatus::LostContact);
    bool remarksAtHome = false;
    auto homeReports = service->reportsOfPosting(ducPosting.id);
    ASSERT_TRUE(homeReports.ok());
    for (const Report& report : *homeReports) {
        if (report.kind == ReportKind::CellRemarks)
            remarksAtHome = report.cellOpinion == QStringLiteral("Mất liên lạc từ tháng 2");
    }
    EXPECT_TRUE(remarksAtHome);
    auto history = app::QueryService(*session).memberHistory(duc.id);
    ASSERT_TRUE(history.ok());
    bool ratingAtHome = false;
    for (const Report& report : history->memberReports)
        ratingAtHome = ratingAtHome || (report.kind == ReportKind::AnnualRating &&
                                        report.cellOpinion == QStringLiteral("Hoàn thành tốt nhiệm vụ"));
    EXPECT_TRUE(ratingAtHome);
    {
        // The laptop is now the cell's registered secretary.
        gui::SecretariesDialog secretaries(*session, &home);
        ASSERT_TRUE(secretaries.selectCell(kCell));
        secretaries.show();
        keepScreenshot(&secretaries, QStringLiteral("home-secretaries-active"));
    }

    // Home's next package acknowledges it; installed from the laptop's File menu action.
    const QString second = m_dir.file(QStringLiteral("jp-2.orecpkg"));
    ASSERT_TRUE(app::ExchangeService(*session).exportCellPackage(kCell, second).ok());
    ASSERT_TRUE(laptopActions->installCellPackageFile(second)) << gui::MessageBox::lastText().toStdString();
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("No change of yours waits for home")))
        << gui::MessageBox::lastText().toStdString();

    gui::FieldStatusDialog status(field, laptop);
    status.resize(960, 640);
    EXPECT_EQ(status.pendingCount(), 0);
    ASSERT_GE(status.acknowledgedCount(), 1);
    bool taken = false;
    for (int row = 0; row < status.acknowledgedCount(); ++row) {
        if (status.acknowledgedText(row, gui::FieldStatusDialog::AckMemberColumn) == duc.fullName &&
            status.acknowledgedText(row, gui::FieldStatusDialog::OutcomeColumn)
                .contains(QStringLiteral("your value was taken")))
            taken = true;
    }
    EXPECT_TRUE(taken);
    EXPECT_TRUE(status.summaryText().contains(QStringLiteral("home applied them up to your package 1")))
        << status.summaryText().toStdString();
    status.show();
    keepScreenshot(&status, QStringLiteral("field-status"));
}

TEST_F(FieldModeTest, HomeOffersKeysAndSecretariesInTheToolsMenu)
{
    gui::MainWindow home(*session);
    EXPECT_FALSE(home.isFieldMode());
    EXPECT_TRUE(home.fieldBannerText().isEmpty());
    EXPECT_NE(home.actions().exportPackage, nullptr);
    EXPECT_EQ(home.actions().installPackage, nullptr);
    EXPECT_NE(home.actions().importSpreadsheet, nullptr);
    EXPECT_TRUE(home.findChild<QAction*>(QStringLiteral("printDialogAction"))->isVisible());
    ASSERT_NE(home.actions().keys, nullptr);
    QAction* secretaries = home.actions().secretaries;
    ASSERT_NE(secretaries, nullptr);
    bool saw = false;
    whenModalOpens([&saw](QWidget* modal) {
        auto* dialog = qobject_cast<gui::SecretariesDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        saw = true;
        EXPECT_TRUE(dialog->selectCell(kCell));
        // A long cell name loses its middle, not its end; the whole name is in the tooltip.
        auto* table = child<QTableWidget>(dialog, "cellsTableWidget");
        EXPECT_EQ(table->textElideMode(), Qt::ElideMiddle);
        for (int row = 0; row < table->rowCount(); ++row)
            EXPECT_EQ(table->item(row, 1)->toolTip(), table->item(row, 1)->text());
        keepScreenshot(dialog, QStringLiteral("home-secretaries"));
        dialog->reject();
    });
    secretaries->trigger();
    EXPECT_TRUE(saw);
}

TEST_F(FieldModeTest, AWrongEnrolmentCodeIsNamedBeforeThePassphraseAndLeavesNoDatabase)
{
    // The same shape as the real code, one character different.
    QString wrong = code;
    const int at = static_cast<int>(wrong.indexOf(QRegularExpression(QStringLiteral("[0-9A-Z]"))));
    ASSERT_GE(at, 0);
    wrong[at] = wrong.at(at) == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');

    gui::FieldSetupDialog dialog(fastOptions(&m_clock));
    dialog.setPackagePath(firstPackage);
    typeText(child<QLineEdit>(&dialog, "codeLineEdit"), wrong);
    QTest::mouseClick(child<QPushButton>(&dialog, "nextButton"), Qt::LeftButton);
    // Nothing in the package says in clear what it is; whether the code opens it is tried at once.
    auto* pages = child<QStackedWidget>(&dialog, "pages");
    EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("packagePage"));
    auto* error = child<QLabel>(&dialog, "packageErrorLabel");
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("enrolment code"))) << error->text().toStdString();
    EXPECT_FALSE(QFileInfo::exists(fieldPath));
    EXPECT_EQ(dialog.takeSession(), nullptr);
}

// Answers the next modal dialog from a timer of the loop that runs it: the dialog opens from a call the
// program queued itself, so the test has no call of its own to wait inside (as whenModalOpens does).
void answerNextModal(QObject* context, const std::function<void(QWidget*)>& answer)
{
    auto* poll = new QTimer(context);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        poll->stop();
        poll->deleteLater();
        answer(modal);
    });
    poll->start();
}

void unlockAs(gui::AppController& controller, const QString& passphrase)
{
    typeText(child<QLineEdit>(controller.unlockWindow(), "passphraseLineEdit"), passphrase);
    QTest::mouseClick(child<QPushButton>(controller.unlockWindow(), "unlockButton"), Qt::LeftButton);
}

// The file manager's double-click on a package starts the program with its path (the desktop entry's %f):
// on a laptop it is installed, at home its change list opens, once the user has unlocked and only then.
TEST_F(FieldModeTest, APackageTheProgramStartsWithOpensOnceTheRegisterIsUnlocked)
{
    const QString returnPath = m_dir.file(QStringLiteral("jp-r1.orecpkg"));
    {
        gui::AppController setUp(laptopOptions());
        ASSERT_NO_FATAL_FAILURE(setUpLaptop(setUp));
        ASSERT_TRUE(exchangeActionsOf(setUp.mainWindow())->exportReturnPackageTo(returnPath))
            << gui::MessageBox::lastText().toStdString();
        setUp.lock();
    }
    const QString second = m_dir.file(QStringLiteral("jp-2.orecpkg"));
    ASSERT_TRUE(app::ExchangeService(*session).exportCellPackage(kCell, second).ok());

    {
        gui::AppOptions options = laptopOptions();
        options.databasePath = fieldPath;
        options.user = kSecretary;
        options.packagePath = second;
        gui::AppController laptop(options);
        gui::MessageBox::clearLastText();
        laptop.start();
        settleEvents();
        EXPECT_TRUE(gui::MessageBox::lastText().isEmpty()) << gui::MessageBox::lastText().toStdString();
        unlockAs(laptop, kSecretaryPassphrase);
        ASSERT_TRUE(waitUntil([&] { return laptop.isUnlocked(); }));
        ASSERT_TRUE(waitUntil([] {
            return gui::MessageBox::lastText().contains(QStringLiteral("is installed"));
        })) << gui::MessageBox::lastText().toStdString();
        EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("2")))
            << gui::MessageBox::lastText().toStdString();

        // Locked and unlocked again: the package is not opened a second time.
        laptop.lock();
        gui::MessageBox::clearLastText();
        unlockAs(laptop, kSecretaryPassphrase);
        ASSERT_TRUE(waitUntil([&] { return laptop.isUnlocked(); }));
        settleEvents();
        EXPECT_TRUE(gui::MessageBox::lastText().isEmpty()) << gui::MessageBox::lastText().toStdString();
    }

    // Home: the register is closed here (the fixture held it) and opened by the program.
    service.reset();
    session.reset();
    gui::AppOptions options;
    options.database = fastOptions(&m_clock);
    options.databasePath = m_dir.file(QStringLiteral("r.orec"));
    options.user = kAdmin;
    options.packagePath = returnPath;
    gui::AppController home(options);
    home.start();
    bool listed = false;
    answerNextModal(&home, [&home, &listed](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ImportPackageDialog*>(modal);
        ASSERT_NE(dialog, nullptr) << gui::MessageBox::lastText().toStdString();
        ASSERT_NE(home.mainWindow(), nullptr);
        EXPECT_TRUE(home.mainWindow()->isVisible());
        EXPECT_EQ(dialog->parentWidget(), home.mainWindow());
        listed = true;
        dialog->reject();
    });
    unlockAs(home, kAdminPassphrase);
    ASSERT_TRUE(waitUntil([&] { return home.isUnlocked(); }));
    ASSERT_TRUE(waitUntil([&] { return listed; })) << gui::MessageBox::lastText().toStdString();
    EXPECT_FALSE(home.mainWindow()->isFieldMode());
}
