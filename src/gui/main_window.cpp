#include "gui/main_window.h"

#include "app/account_service.h"
#include "app/exchange_service.h"
#include "app/maintenance_service.h"
#include "app/register_service.h"
#include "app/translations.h"
#include "gui/audit_log_screen.h"
#include "gui/cells_screen.h"
#include "gui/change_passphrase_dialog.h"
#include "gui/check_dialog.h"
#include "gui/dashboard_screen.h"
#include "gui/document_register_dialog.h"
#include "gui/editor_dialog.h"
#include "gui/exchange_actions.h"
#include "gui/member_dossier_dialog.h"
#include "gui/members_screen.h"
#include "gui/message_box.h"
#include "gui/posting_editor_dialog.h"
#include "gui/postings_screen.h"
#include "gui/print_menu.h"
#include "gui/report_form_dialog.h"
#include "gui/reports_due_screen.h"
#include "gui/rules_dialog.h"
#include "gui/settings_dialog.h"
#include "gui/spreadsheet_import_wizard.h"
#include "gui/user_guide_window.h"
#include "gui/users_screen.h"
#include "gui/window_size.h"
#include "ui_main_window.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace orec::gui {

namespace {

const QList<ScreenId>& allScreens()
{
    static const QList<ScreenId> ids{ScreenId::Dashboard, ScreenId::Members,    ScreenId::Postings,
                                     ScreenId::Cells,     ScreenId::ReportsDue, ScreenId::AuditLog,
                                     ScreenId::Users};
    return ids;
}

QString screenIcon(ScreenId id)
{
    switch (id) {
    case ScreenId::Dashboard:
        return QStringLiteral(":/icons/dashboard.svg");
    case ScreenId::Members:
        return QStringLiteral(":/icons/members.svg");
    case ScreenId::Postings:
        return QStringLiteral(":/icons/postings.svg");
    case ScreenId::Cells:
        return QStringLiteral(":/icons/cells.svg");
    case ScreenId::ReportsDue:
        return QStringLiteral(":/icons/reports.svg");
    case ScreenId::AuditLog:
        return QStringLiteral(":/icons/audit.svg");
    case ScreenId::Users:
        return QStringLiteral(":/icons/users.svg");
    }
    return {};
}

QString screenTitle(ScreenId id)
{
    switch (id) {
    case ScreenId::Dashboard:
        return MainWindow::tr("Dashboard");
    case ScreenId::Members:
        return MainWindow::tr("Members");
    case ScreenId::Postings:
        return MainWindow::tr("Postings");
    case ScreenId::Cells:
        return MainWindow::tr("Overseas cells");
    case ScreenId::ReportsDue:
        return MainWindow::tr("Reports due");
    case ScreenId::AuditLog:
        return MainWindow::tr("Audit log");
    case ScreenId::Users:
        return MainWindow::tr("Users");
    }
    return {};
}

// The editors open now, outermost first (a posting opened from a dossier comes after the dossier).
QList<EditorDialog*> openEditors()
{
    QList<QPair<int, EditorDialog*>> found;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* editor = qobject_cast<EditorDialog*>(widget);
        if (!editor || !editor->isVisible())
            continue;
        int depth = 0;
        for (QWidget* up = editor->parentWidget(); up; up = up->parentWidget())
            depth += qobject_cast<EditorDialog*>(up) ? 1 : 0;
        found.append({depth, editor});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<EditorDialog*> editors;
    for (const auto& entry : std::as_const(found))
        editors.append(entry.second);
    return editors;
}

// The list of a screen whose selection is kept over a lock: its first item view.
QAbstractItemView* mainList(Screen* screen)
{
    return screen ? screen->findChild<QAbstractItemView*>() : nullptr;
}

const char* kSplitterKey = "ui/mainSplitter";
const char* kGeometryKey = "ui/mainGeometry";

} // namespace

MainWindow::MainWindow(app::Session& session, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_ui->mainSplitter->setStretchFactor(1, 1);

    m_databaseLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_lockLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    m_lockLabel->setObjectName(QStringLiteral("lockStatusLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_lockLabel);

    detectFieldMode();
    buildNavigation();
    buildMenus();
    retranslate();

    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resizeToFit(this, QSize(1280, 800));
    if (!m_ui->mainSplitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray()))
        m_ui->mainSplitter->setSizes({200, 1080});
    connect(m_ui->navigationListWidget, &QListWidget::currentRowChanged, this,
            &MainWindow::onNavigationRowChanged);
    showScreen(m_fieldMode ? ScreenId::Members : ScreenId::Dashboard);
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kSplitterKey), m_ui->mainSplitter->saveState());
}

void MainWindow::detectFieldMode()
{
    app::ExchangeService exchange(m_session);
    auto field = exchange.isFieldDatabase();
    m_fieldMode = field && *field;
    if (!m_fieldMode)
        return;
    if (auto keys = exchange.keys())
        m_fieldCellCode = keys->cellCode;
    if (auto cell = app::RegisterService(m_session).findUnit(m_fieldCellCode))
        m_fieldCellName = cell->name;
    // Always on show above the screens: the secretary must not mistake the laptop's one cell for the
    // whole register.
    QWidget* screens = takeCentralWidget();
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("fieldCentralWidget"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_fieldBanner = new QLabel(central);
    m_fieldBanner->setObjectName(QStringLiteral("fieldBannerLabel"));
    m_fieldBanner->setWordWrap(true);
    m_fieldBanner->setTextFormat(Qt::RichText);
    m_fieldBanner->setMargin(8);
    m_fieldBanner->setStyleSheet(
        QStringLiteral("background: #fff3e0; color: #4e342e; border-bottom: 1px solid #ffcc80;"));
    layout->addWidget(m_fieldBanner);
    layout->addWidget(screens, 1);
    setCentralWidget(central);
}

QString MainWindow::fieldBannerText() const
{
    return m_fieldBanner ? m_fieldBanner->text() : QString();
}

bool MainWindow::offersScreen(ScreenId id) const
{
    // A laptop holds one cell: the whole register's dashboard and cells tree, its users and its audit
    // would only mislead.
    if (m_fieldMode && id != ScreenId::Members && id != ScreenId::Postings && id != ScreenId::ReportsDue)
        return false;
    switch (id) {
    case ScreenId::AuditLog:
        return m_session.database().can(Permission::ReadAuditLog);
    case ScreenId::Users:
        return m_session.database().can(Permission::ManageUsers);
    default:
        return m_session.database().can(Permission::ReadRecords);
    }
}

void MainWindow::buildNavigation()
{
    for (ScreenId id : allScreens()) {
        if (!offersScreen(id))
            continue;
        auto* item = new QListWidgetItem(QIcon(screenIcon(id)), QString(), m_ui->navigationListWidget);
        item->setData(Qt::UserRole, static_cast<int>(id));
        item->setSizeHint(QSize(0, 36));
    }
}

void MainWindow::buildMenus()
{
    MainWindowActions& a = m_actions;
    const auto named = [](QAction* action, const char* name) {
        action->setObjectName(QLatin1String(name)); // for the tests and accessibility tools
        return action;
    };
    a.fileMenu = menuBar()->addMenu(QString());
    a.fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QMenu* file = a.fileMenu;
    a.backup = named(file->addAction(QString(), this, &MainWindow::backup), "backupAction");
    a.check = named(file->addAction(QString(), this, &MainWindow::checkDatabase), "checkAction");
    a.checkpoint = named(file->addAction(QString(), this, &MainWindow::showCheckpoint), "checkpointAction");
    file->addSeparator();
    auto* exchangeActions = new ExchangeActions(m_session, this);
    m_exchangeActions = exchangeActions;
    connect(exchangeActions, &ExchangeActions::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(exchangeActions, &ExchangeActions::registerChanged, this, [this] { onRegisterChanged(nullptr); });
    const bool canWrite = m_session.database().can(Permission::WriteRecords);
    if (m_fieldMode) {
        a.installPackage =
            named(file->addAction(QString(), exchangeActions, &ExchangeActions::installCellPackage),
                  "installPackageAction");
        a.installPackage->setEnabled(canWrite);
        a.exportReturn =
            named(file->addAction(QString(), exchangeActions, &ExchangeActions::exportReturnPackage),
                  "exportReturnAction");
        a.exportReturn->setEnabled(canWrite);
        a.fieldStatus = named(file->addAction(QString(), exchangeActions, &ExchangeActions::showFieldStatus),
                              "fieldStatusAction");
    } else {
        a.exportPackage =
            named(file->addAction(QString(), exchangeActions, &ExchangeActions::exportCellPackage),
                  "exportPackageAction");
        a.importPackage = named(file->addAction(QString(), exchangeActions, &ExchangeActions::importPackage),
                                "importPackageAction");
        // The reason a disabled action gives is shown where the pointer rests on it.
        file->setToolTipsVisible(true);
        updateExchangeActions();
        // Members and postings come to a laptop in home's packages, not from a spreadsheet.
        a.importSpreadsheet = named(file->addAction(QString(), this, &MainWindow::importSpreadsheet),
                                    "importSpreadsheetAction");
        a.importSpreadsheet->setEnabled(canWrite);
    }
    file->addSeparator();
    auto* print = new PrintMenu(m_session, this);
    if (m_fieldMode)
        print->keepFieldDocumentsOnly();
    file->addMenu(print);
    if (!m_fieldMode)
        a.documentRegister = named(file->addAction(QString(), this,
                                                   [this] {
                                                       DocumentRegisterDialog dialog(m_session, this);
                                                       dialog.exec();
                                                   }),
                                   "documentRegisterAction");
    file->addSeparator();
    a.changePassphrase =
        named(file->addAction(QString(), this, &MainWindow::changePassphrase), "changePassphraseAction");
    a.lock = named(file->addAction(QString(), this, &MainWindow::lockRequested), "lockAction");
    a.lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    a.quit = named(file->addAction(QString(), this, &QWidget::close), "quitAction");
    a.quit->setShortcut(QKeySequence::Quit);

    a.editMenu = menuBar()->addMenu(QString());
    a.editMenu->setObjectName(QStringLiteral("editMenu"));
    a.find = named(a.editMenu->addAction(QString(), this, &MainWindow::focusSearch), "findAction");
    a.find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    a.newMember = named(a.editMenu->addAction(QString(), this, &MainWindow::newMember), "newMemberAction");
    a.newMember->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    a.newMember->setEnabled(canWrite);

    a.goMenu = menuBar()->addMenu(QString());
    a.goMenu->setObjectName(QStringLiteral("goMenu"));
    int key = 0;
    for (ScreenId id : allScreens()) {
        if (!offersScreen(id))
            continue;
        QAction* action =
            a.goMenu->addAction(QIcon(screenIcon(id)), QString(), this, [this, id] { showScreen(id); });
        action->setObjectName(QStringLiteral("goAction%1").arg(static_cast<int>(id)));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + key++)));
        a.go.insert(id, action);
    }

    a.toolsMenu = menuBar()->addMenu(QString());
    a.toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    a.settings = named(a.toolsMenu->addAction(QString(), this, &MainWindow::openSettings), "settingsAction");
    a.settings->setShortcut(QKeySequence::Preferences);
    // The rules table is home's; a field laptop keeps the copy it was given and does not show it.
    if (!m_fieldMode)
        a.rules = named(a.toolsMenu->addAction(QString(), this, &MainWindow::openRules), "rulesAction");
    a.toolsMenu->addSeparator();
    a.keys =
        named(a.toolsMenu->addAction(QString(), exchangeActions, &ExchangeActions::showKeys), "keysAction");
    if (!m_fieldMode && m_session.database().can(Permission::ManageKeys)) {
        a.secretaries =
            named(a.toolsMenu->addAction(QString(), exchangeActions, &ExchangeActions::manageSecretaries),
                  "secretariesAction");
        a.enrolSecretary =
            named(a.toolsMenu->addAction(QString(), exchangeActions, &ExchangeActions::enrolSecretary),
                  "enrolSecretaryAction");
    }

    a.helpMenu = menuBar()->addMenu(QString());
    a.helpMenu->setObjectName(QStringLiteral("helpMenu"));
    a.userGuide =
        named(a.helpMenu->addAction(QString(), this, &MainWindow::showUserGuide), "userGuideAction");
    a.userGuide->setShortcut(QKeySequence::HelpContents); // F1
    a.helpMenu->addSeparator();
    a.about = named(a.helpMenu->addAction(QString(), this, &MainWindow::about), "aboutAction");
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Overseas Records — %1").arg(QFileInfo(m_session.database().path()).fileName()));
    const MainWindowActions& a = m_actions;
    a.fileMenu->setTitle(tr("&File"));
    a.editMenu->setTitle(tr("&Edit"));
    a.goMenu->setTitle(tr("&Go"));
    a.toolsMenu->setTitle(tr("&Tools"));
    a.helpMenu->setTitle(tr("&Help"));
    const auto setText = [](QAction* action, const QString& text) {
        if (action) // nullptr: not offered in this mode or to this role
            action->setText(text);
    };
    setText(a.backup, tr("&Back up…"));
    setText(a.check, tr("Chec&k the register…"));
    setText(a.checkpoint, tr("Audit check&point…"));
    setText(a.exportPackage, tr("&Export a cell package…"));
    setText(a.importPackage, tr("&Import a package…"));
    setText(a.enrolSecretary, tr("&Enrol a cell secretary…"));
    setText(a.secretaries, tr("Cell &secretaries…"));
    setText(a.keys, tr("&Keys and fingerprints…"));
    setText(a.installPackage, tr("&Install a package from home…"));
    setText(a.exportReturn, tr("&Export the return package…"));
    setText(a.fieldStatus, tr("&Status of my changes…"));
    setText(a.importSpreadsheet, tr("Import members or postings from a &spreadsheet…"));
    setText(a.documentRegister, tr("Document &register…"));
    setText(a.changePassphrase, tr("Change my &passphrase…"));
    setText(a.lock, tr("&Lock now"));
    setText(a.quit, tr("&Quit"));
    setText(a.find, tr("&Find"));
    setText(a.newMember, tr("&New member…"));
    setText(a.settings, tr("&Settings…"));
    setText(a.rules, tr("&Rules table…"));
    setText(a.userGuide, tr("&User guide"));
    setText(a.about, tr("&About Overseas Records"));
    for (auto it = a.go.cbegin(); it != a.go.cend(); ++it)
        setText(it.value(), screenTitle(it.key()));
    for (int row = 0; row < m_ui->navigationListWidget->count(); ++row) {
        QListWidgetItem* item = m_ui->navigationListWidget->item(row);
        item->setText(screenTitle(static_cast<ScreenId>(item->data(Qt::UserRole).toInt())));
    }
    if (m_fieldMode) {
        setWindowTitle(tr("Overseas Records — field database of cell %1").arg(m_fieldCellCode));
        m_databaseLabel->setText(
            tr("Field database — cell %1: %2")
                .arg(m_fieldCellCode, QDir::toNativeSeparators(m_session.database().path())));
        m_fieldBanner->setText(
            tr("<b>Field database — cell %1 %2.</b> This laptop holds only this cell. Record what happens here; "
               "send it home with <i>File › Export the return package</i> and install home's packages with "
               "<i>File › Install a package from home</i>.")
                .arg(m_fieldCellCode.toHtmlEscaped(),
                     m_fieldCellName.isEmpty() ? QString()
                                               : QStringLiteral("— ") + m_fieldCellName.toHtmlEscaped()));
    } else {
        m_databaseLabel->setText(
            tr("Database: %1").arg(QDir::toNativeSeparators(m_session.database().path())));
    }
    m_userLabel->setText(
        tr("User: %1 (%2)").arg(m_session.actor().user, roleDisplayName(m_session.actor().role)));
    setAutoLockSecondsLeft(m_secondsLeft);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Screen* current = currentScreen();
    if (current && !current->confirmLeave()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::setAutoLockSecondsLeft(int seconds)
{
    m_secondsLeft = seconds;
    m_lockLabel->setText(tr("Locks in %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

QString MainWindow::statusText() const
{
    return m_databaseLabel->text() + QLatin1Char(' ') + m_userLabel->text() + QLatin1Char(' ') +
           m_lockLabel->text();
}

Screen* MainWindow::currentScreen() const
{
    return qobject_cast<Screen*>(m_ui->screenStackedWidget->currentWidget());
}

Screen* MainWindow::createScreen(ScreenId id)
{
    Screen* created = nullptr;
    switch (id) {
    case ScreenId::AuditLog:
        created = new AuditLogScreen(m_session, this);
        break;
    case ScreenId::Users:
        created = new UsersScreen(m_session, this);
        break;
    case ScreenId::Members:
        created = new MembersScreen(m_session, this);
        break;
    case ScreenId::Dashboard:
        created = new DashboardScreen(m_session, this);
        break;
    case ScreenId::Postings:
        created = new PostingsScreen(m_session, this);
        break;
    case ScreenId::Cells:
        created = new CellsScreen(m_session, this);
        break;
    case ScreenId::ReportsDue:
        created = new ReportsDueScreen(m_session, this);
        break;
    }
    created->setObjectName(QStringLiteral("screen%1").arg(static_cast<int>(id)));
    connect(created, &Screen::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(created, &Screen::registerChanged, this, [this, created] { onRegisterChanged(created); });
    connect(created, &Screen::membersRequested, this, [this](const MemberFilter& filter) {
        if (auto* members = qobject_cast<MembersScreen*>(showScreen(ScreenId::Members)))
            members->showFiltered(filter);
    });
    connect(created, &Screen::reportsDueRequested, this, [this](bool overdueOnly) {
        if (auto* reports = qobject_cast<ReportsDueScreen*>(showScreen(ScreenId::ReportsDue)))
            reports->showOnly(overdueOnly ? ReportsDueScreen::OverdueOnly : ReportsDueScreen::DueSoonOnly,
                              overdueOnly ? 30 : 14);
    });
    connect(
        created, &Screen::movementsRequested, this, [this](const QDate& from, const QDate& to, bool returns) {
            if (auto* postings = qobject_cast<PostingsScreen*>(showScreen(ScreenId::Postings)))
                postings->showMode(returns ? PostingsScreen::Returns : PostingsScreen::Departures, from, to);
        });
    connect(created, &Screen::unapprovedDeparturesRequested, this, [this] {
        if (auto* postings = qobject_cast<PostingsScreen*>(showScreen(ScreenId::Postings)))
            postings->showMode(PostingsScreen::WithoutApproval);
    });
    m_ui->screenStackedWidget->addWidget(created);
    m_screens.insert(id, created);
    return created;
}

Screen* MainWindow::showScreen(ScreenId id)
{
    if (!offersScreen(id))
        return nullptr;
    Screen* target = m_screens.value(id, nullptr);
    Screen* current = currentScreen();
    if (current && current != target && !current->confirmLeave()) {
        // Put the navigation pane back on the screen the clerk stays on.
        m_switching = true;
        for (int row = 0; row < m_ui->navigationListWidget->count(); ++row) {
            if (m_screens.value(static_cast<ScreenId>(
                    m_ui->navigationListWidget->item(row)->data(Qt::UserRole).toInt())) == current)
                m_ui->navigationListWidget->setCurrentRow(row);
        }
        m_switching = false;
        return nullptr;
    }
    if (!target)
        target = createScreen(id);
    else if (m_stale.removeAll(target) > 0)
        target->reload();
    m_ui->screenStackedWidget->setCurrentWidget(target);
    // A stack is as large as its largest page, hidden ones included: a screen left behind must not keep
    // the window from narrowing (the audit log's kept it 1140 px wide on a 1024 px screen).
    for (int i = 0; i < m_ui->screenStackedWidget->count(); ++i) {
        QWidget* page = m_ui->screenStackedWidget->widget(i);
        const auto policy = page == target ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        page->setSizePolicy(policy, policy);
    }
    m_switching = true;
    for (int row = 0; row < m_ui->navigationListWidget->count(); ++row) {
        if (m_ui->navigationListWidget->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(id))
            m_ui->navigationListWidget->setCurrentRow(row);
    }
    m_switching = false;
    return target;
}

void MainWindow::onNavigationRowChanged(int row)
{
    if (m_switching || row < 0)
        return;
    showScreen(static_cast<ScreenId>(m_ui->navigationListWidget->item(row)->data(Qt::UserRole).toInt()));
}

void MainWindow::updateExchangeActions()
{
    // Signing as home is a right of its own (Permission::SignAsHome): who lacks it sees why, and who
    // holds it, before they start.
    const bool canWrite = m_session.database().can(Permission::WriteRecords);
    auto right = app::ExchangeService(m_session).signingRight();
    const bool signs = right && right->holds;
    const QString why = !canWrite ? QString() : right ? right->refusal : right.error().message;
    for (QAction* action : {m_actions.exportPackage, m_actions.importPackage}) {
        if (!action)
            continue;
        action->setEnabled(canWrite && signs);
        action->setToolTip(why);
        action->setStatusTip(why);
    }
}

void MainWindow::onRegisterChanged(Screen* source)
{
    if (!m_fieldMode)
        updateExchangeActions(); // a grant or a revocation on the Users screen
    for (Screen* other : std::as_const(m_screens)) {
        if (other != source && !m_stale.contains(other))
            m_stale.append(other);
    }
    // A change from outside the screens (an imported package): the one on show follows at once.
    if (!source && currentScreen()) {
        m_stale.removeAll(currentScreen());
        currentScreen()->reload();
    }
}

void MainWindow::focusSearch()
{
    if (Screen* current = currentScreen(); current && current->focusSearch())
        return;
    // Screens without a search field send the clerk to the member list, where searching happens.
    if (Screen* members = showScreen(ScreenId::Members))
        members->focusSearch();
}

void MainWindow::newMember()
{
    if (auto* members = qobject_cast<MembersScreen*>(showScreen(ScreenId::Members)))
        members->newMember();
}

void MainWindow::openSettings()
{
    const int minutesBefore = QSettings().value(QStringLiteral("security/autoLockMinutes"), 5).toInt();
    SettingsDialog dialog(this, &m_session);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int minutes = dialog.autoLockMinutes();
    if (minutes != minutesBefore)
        Q_EMIT autoLockMinutesChanged(minutes);
    // A new date format shows in every list once it is read again.
    for (Screen* s : std::as_const(m_screens))
        s->reload();
    statusBar()->showMessage(tr("Settings saved."), 5000);
}

void MainWindow::openRules()
{
    RulesDialog dialog(m_session, this);
    dialog.exec();
    // Postings set up from now on follow the rules in force; the lists show what changed.
    for (Screen* s : std::as_const(m_screens))
        s->reload();
}

void MainWindow::openPackage(const QString& path)
{
    if (!m_fieldMode) {
        m_exchangeActions->importPackageFileIfAllowed(path);
        return;
    }
    if (!m_session.database().can(Permission::WriteRecords)) {
        MessageBox::information(
            this, tr("Package not installed"),
            tr("Your role cannot install packages from home; the package %1 was not opened.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_exchangeActions->installCellPackageFile(path);
}

void MainWindow::importSpreadsheet()
{
    if (!m_session.database().can(Permission::WriteRecords))
        return;
    SpreadsheetImportWizard wizard(m_session, this);
    wizard.exec();
    if (wizard.changedRegister()) {
        onRegisterChanged(nullptr);
        statusBar()->showMessage(
            tr("%n row(s) imported from the spreadsheet.", nullptr, wizard.report().imported), 8000);
    }
}

void MainWindow::backup()
{
    const QString suggested = m_session.database().path() +
                              QStringLiteral("-%1.orecbak").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString out = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                     tr("Overseas Records backups (*.orecbak)"));
    if (out.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status s = app::MaintenanceService(m_session).backup(out);
    QApplication::restoreOverrideCursor();
    if (s)
        statusBar()->showMessage(tr("The register passed its check and was backed up to %1.").arg(out), 8000);
    else
        MessageBox::warning(this, tr("Backup failed"), s.error().toString());
}

void MainWindow::checkDatabase()
{
    CheckDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showCheckpoint()
{
    auto head = app::MaintenanceService(m_session).checkpoint();
    if (!head) {
        MessageBox::warning(this, tr("Audit checkpoint"), head.error().toString());
        return;
    }
    MessageBox::information(
        this, tr("Audit checkpoint"),
        tr("The audit log's checkpoint now (entry %1):\n\n%2\n\nWrite it in the committee's paper records. A "
           "later check with this code (Check the register…, or `orec check --checkpoint`) proves that no history "
           "up to here was cut back or rewritten.")
            .arg(head->checkpoint.entryId)
            .arg(head->checkpoint.text()));
}

void MainWindow::changePassphrase()
{
    ChangePassphraseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString current = dialog.currentPassphrase();
    QString next = dialog.newPassphrase();
    dialog.clearSecrets();
    Status s = app::AccountService(m_session).changeOwnPassphrase(current, next);
    wipeString(current);
    wipeString(next);
    if (s) {
        statusBar()->showMessage(tr("Your passphrase was changed."), 8000);
        if (!m_fieldMode)
            updateExchangeActions();
    } else
        MessageBox::warning(this, tr("Passphrase not changed"), s.error().message);
}

UserGuideWindow* MainWindow::userGuideWindow() const
{
    return m_guide;
}

void MainWindow::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideWindow(this);
    ScreenId on = ScreenId::Dashboard;
    for (auto it = m_screens.cbegin(); it != m_screens.cend(); ++it) {
        if (it.value() == currentScreen())
            on = it.key();
    }
    m_guide->showSection(app::currentLanguage(), on);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

WorkspaceDraft MainWindow::workspaceDraft() const
{
    WorkspaceDraft draft;
    for (auto it = m_screens.cbegin(); it != m_screens.cend(); ++it) {
        if (it.value() == currentScreen())
            draft.screen = static_cast<int>(it.key());
    }
    if (QAbstractItemView* list = mainList(currentScreen()); list && list->currentIndex().isValid()) {
        draft.row = list->currentIndex().row();
        draft.column = list->currentIndex().column();
    }
    for (EditorDialog* editor : openEditors()) {
        EditorDraft kept = editor->draft();
        if (kept.kind.isEmpty())
            break; // what opened from an editor that cannot be reopened cannot be reached again either
        draft.editors.append(kept);
    }
    return draft;
}

bool MainWindow::hasUnsavedEdits() const
{
    const QList<EditorDialog*> editors = openEditors();
    return std::any_of(editors.begin(), editors.end(), [](const EditorDialog* e) { return e->isDirty(); });
}

bool MainWindow::canKeepUnsavedEdits() const
{
    bool chain = true; // the editors kept are those up to the first that cannot be
    for (EditorDialog* editor : openEditors()) {
        chain = chain && !editor->draftKind().isEmpty();
        if (editor->isDirty() && !chain)
            return false;
    }
    return true;
}

QString MainWindow::lockWarningText(int secondsLeft) const
{
    if (canKeepUnsavedEdits())
        return tr("The register will lock in %n second(s); your unsaved changes will be kept and come back "
                  "when you unlock.",
                  nullptr, secondsLeft);
    return tr("The register will lock in %n second(s); the changes in this window cannot be kept over the "
              "lock: save them now or move the mouse.",
              nullptr, secondsLeft);
}

void MainWindow::warnOfLock(int secondsLeft)
{
    const bool warn = secondsLeft > 0 && hasUnsavedEdits();
    if (!warn && m_lockWarningSeconds <= 0)
        return;
    m_lockWarningSeconds = warn ? secondsLeft : 0;
    const QString text = warn ? lockWarningText(secondsLeft) : QString();
    for (EditorDialog* editor : openEditors()) {
        if (editor->isDirty() || !editor->noticeText().isEmpty())
            editor->showNotice(editor->isDirty() ? text : QString());
    }
    if (warn)
        statusBar()->showMessage(text, 2000);
    else
        statusBar()->clearMessage();
}

void MainWindow::restoreWorkspace(WorkspaceDraft draft)
{
    if (draft.screen >= 0) {
        const auto id = static_cast<ScreenId>(draft.screen);
        if (offersScreen(id) && showScreen(id) && draft.row >= 0) {
            if (QAbstractItemView* list = mainList(currentScreen()); list && list->model()) {
                const QModelIndex index = list->model()->index(draft.row, std::max(0, draft.column));
                if (index.isValid()) {
                    list->setCurrentIndex(index);
                    list->scrollTo(index);
                }
            }
        }
    }
    if (draft.editors.isEmpty())
        return;
    if (draft.hasUnsavedEdits())
        statusBar()->showMessage(tr("Unsaved changes restored after the lock."), 8000);
    EditorDialog::setPendingDrafts(draft.editors);
    // The editors are modal: they open from the event loop, once the window is on show.
    const EditorDraft first = draft.editors.first();
    QTimer::singleShot(0, this, [this, first] {
        reopenEditor(first);
        EditorDialog::clearPendingDrafts();
    });
}

void MainWindow::reopenEditor(const EditorDraft& draft)
{
    Screen* on = currentScreen();
    QWidget* parent = on ? static_cast<QWidget*>(on) : this;
    const auto id = [&draft](const char* name) { return draft.key.value(QLatin1String(name)).toLongLong(); };
    bool changed = false;
    if (draft.kind == QLatin1String("member")) {
        MemberDossierDialog dialog(m_session, id("member"), parent);
        dialog.exec();
        changed = dialog.changedRegister();
    } else if (draft.kind == QLatin1String("posting")) {
        PostingEditorDialog dialog(m_session, id("posting"), id("member"), parent);
        dialog.exec();
        changed = dialog.changedRegister();
    } else if (draft.kind == QLatin1String("report") && id("posting") != 0) {
        ReportFormDialog dialog(m_session, id("posting"), static_cast<ReportKind>(id("kind")), parent);
        dialog.exec();
        changed = dialog.changedRegister();
    }
    if (changed)
        onRegisterChanged(nullptr);
}

void MainWindow::about()
{
    MessageBox::information(this, tr("About Overseas Records"),
                            tr("Overseas Records %1\nRecords of party members who go abroad.\n"
                               "The database is encrypted; every change is kept in a verified audit log.")
                                .arg(QApplication::applicationVersion()));
}

} // namespace orec::gui
