#include "gui/main_window.h"

#include "app/account_service.h"
#include "app/maintenance_service.h"
#include "gui/change_passphrase_dialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace orec::gui {

MainWindow::MainWindow(app::Session& session, QWidget* parent) : QMainWindow(parent), m_session(session)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_summaryLabel = new QLabel(central);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryLabel->setTextFormat(Qt::RichText);
    layout->addWidget(m_summaryLabel);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_lockLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_userLabel->setObjectName(QStringLiteral("userStatusLabel"));
    m_lockLabel->setObjectName(QStringLiteral("lockStatusLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_lockLabel);
    buildMenus();
    retranslate();
    resize(1200, 780);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* backupAction = file->addAction(QString(), this, &MainWindow::backup);
    backupAction->setObjectName(QStringLiteral("backupAction"));
    QAction* checkAction = file->addAction(QString(), this, &MainWindow::checkDatabase);
    checkAction->setObjectName(QStringLiteral("checkAction"));
    file->addSeparator();
    QAction* passAction = file->addAction(QString(), this, &MainWindow::changePassphrase);
    passAction->setObjectName(QStringLiteral("changePassphraseAction"));
    QAction* lockAction = file->addAction(QString(), this, &MainWindow::lockRequested);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    QAction* quitAction = file->addAction(QString(), qApp, &QApplication::closeAllWindows);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Overseas Records — %1").arg(QFileInfo(m_session.database().path()).fileName()));
    if (auto* file = findChild<QMenu*>(QStringLiteral("fileMenu")))
        file->setTitle(tr("&File"));
    const auto setText = [this](const char* name, const QString& text) {
        if (auto* action = findChild<QAction*>(QLatin1String(name)))
            action->setText(text);
    };
    setText("backupAction", tr("&Back up…"));
    setText("checkAction", tr("Chec&k the database"));
    setText("changePassphraseAction", tr("Change my &passphrase…"));
    setText("lockAction", tr("&Lock now"));
    setText("quitAction", tr("&Quit"));
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_session.database().path())));
    m_userLabel->setText(tr("User: %1 (%2)").arg(m_session.actor().user, roleDisplayName(m_session.actor().role)));
    setAutoLockSecondsLeft(m_secondsLeft);
    refreshSummary();
}

void MainWindow::setAutoLockSecondsLeft(int seconds)
{
    m_secondsLeft = seconds;
    m_lockLabel->setText(tr("Locks in %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

QString MainWindow::statusText() const
{
    return m_databaseLabel->text() + QLatin1Char(' ') + m_userLabel->text() + QLatin1Char(' ') + m_lockLabel->text();
}

void MainWindow::refreshSummary()
{
    auto users = app::AccountService(m_session).users();
    m_summaryLabel->setText(
        tr("<h2>Overseas Records</h2><p>The database is open. %n user(s) can unlock it.</p>", nullptr,
           users ? static_cast<int>(users->size()) : 0));
}

void MainWindow::backup()
{
    const QString suggested = m_session.database().path() + QStringLiteral("-%1.orecbak")
                                                               .arg(QDate::currentDate().toString(Qt::ISODate));
    const QString out = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                     tr("Overseas Records backups (*.orecbak)"));
    if (out.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status s = app::MaintenanceService(m_session).backup(out);
    QApplication::restoreOverrideCursor();
    if (s)
        statusBar()->showMessage(tr("Backup written to %1.").arg(out), 8000);
    else
        QMessageBox::warning(this, tr("Backup failed"), s.error().toString());
}

void MainWindow::checkDatabase()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = app::MaintenanceService(m_session).check();
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Check failed"), report.error().toString());
        return;
    }
    if (report->ok()) {
        QMessageBox::information(this, tr("Database check"),
                                 tr("The file is intact and the audit log's %n row(s) verify.", nullptr,
                                    static_cast<int>(report->audit.rowsChecked)));
        return;
    }
    QString text = report->integrityProblems.join(QLatin1Char('\n'));
    if (!report->audit.intact)
        text += QLatin1Char('\n') + report->audit.problem;
    QMessageBox::critical(this, tr("Database check"), tr("Problems were found:") + QLatin1Char('\n') + text.trimmed());
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
    if (s)
        statusBar()->showMessage(tr("Your passphrase was changed."), 8000);
    else
        QMessageBox::warning(this, tr("Passphrase not changed"), s.error().message);
}

} // namespace orec::gui
