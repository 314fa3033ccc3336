#include "gui/app_controller.h"

#include "core/logging.h"
#include "gui/leftover_scans.h"
#include "gui/main_window.h"
#include "gui/message_box.h"
#include "gui/unlock_window.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QThread>
#include <QTimer>
#include <QToolTip>
#include <utility>

namespace orec::gui {

AppController::AppController(AppOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
    m_idle.setTimeoutMs(m_options.autoLockMs);
    connect(&m_idle, &IdleWatcher::idleTimeout, this, &AppController::lock);
    connect(&m_idle, &IdleWatcher::tick, this, [this](int left) {
        if (!m_main)
            return;
        m_main->setAutoLockSecondsLeft(left);
        // Activity puts the time back up, and the warning away.
        m_main->warnOfLock(left <= kLockWarningSeconds ? left : 0);
    });
    // Sleep and the desktop's screen lock take the same path as the idle time and Ctrl+L.
    connect(&m_systemLock, &SystemLockWatcher::lockRequested, this, [this] { lock(); });
}

AppController::~AppController()
{
    m_idle.stop();
    m_main.reset();
    m_session.reset();
    m_retiredMain.reset();
    m_retiredSession.reset();
}

void AppController::start()
{
    LeftoverScans::sweep(m_options.leftoverScanFolder.isEmpty() ? QDir::tempPath()
                                                                : m_options.leftoverScanFolder);
    m_systemLock.watch();
    m_unlock = std::make_unique<UnlockWindow>(m_options.database);
    if (!m_options.databasePath.isEmpty())
        m_unlock->setDatabasePath(m_options.databasePath);
    if (!m_options.user.isEmpty())
        m_unlock->setUserName(m_options.user);
    connect(m_unlock.get(), &UnlockWindow::sessionReady, this, &AppController::onSessionReady);
    m_unlock->show();
}

void AppController::onSessionReady()
{
    m_session = m_unlock->takeSession();
    if (!m_session)
        return;
    m_main = std::make_unique<MainWindow>(*m_session);
    connect(m_main.get(), &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_main.get(), &MainWindow::autoLockMinutesChanged, this, [this](int minutes) {
        m_options.autoLockMs = 60'000LL * minutes;
        m_idle.setTimeoutMs(m_options.autoLockMs);
        if (m_main)
            m_main->setAutoLockSecondsLeft(m_idle.secondsLeft());
    });
    m_main->setAutoLockSecondsLeft(static_cast<int>(m_options.autoLockMs / 1000));
    m_unlock->hide();
    m_main->show();
    m_idle.start();
    const Database& db = m_session->database();
    if (auto kept = m_drafts.take(db.path(), db.actor().user, db.boxPublicKey(), db.boxSecretKey()))
        m_main->restoreWorkspace(std::move(*kept));
    qCInfo(lcGui) << "Database unlocked";
    Q_EMIT unlocked();
    // Queued: the main window is on show before the package's dialog opens over it, and whoever waits on
    // unlocked() is not inside the dialog's event loop.
    if (!m_options.packagePath.isEmpty()) {
        QTimer::singleShot(0, m_main.get(),
                           [window = m_main.get(), path = std::exchange(m_options.packagePath, {})] {
                               window->openPackage(path);
                           });
    }
}

void AppController::lock()
{
    if (!m_session)
        return;
    m_idle.stop();
    // Before anything closes: where the clerk is and what the editors hold, sealed at once.
    if (m_main) {
        const WorkspaceDraft draft = m_main->workspaceDraft();
        const Database& db = m_session->database();
        m_drafts.keep(db.path(), db.actor().user, db.boxPublicKey(), draft);
    }
    // A dialog or menu left open runs its own event loop inside a function of the main window, and so
    // does anything the lock comes from within a nested loop: that function must return before its window
    // is deleted.
    const bool nested = closeDialogsAndPopups() || QThread::currentThread()->loopLevel() > 1;
    if (m_main)
        m_main->hide();
    if (nested) {
        m_retiredMain = std::move(m_main);
        m_retiredSession = std::move(m_session);
        // DeferredDelete waits for the outer event loop, unlike a timer, which a dialog's loop would run.
        // The closed loops return at once, so the window, its lists and caches and the session go as soon
        // as this event is handled.
        retireLater();
    } else {
        m_main.reset();    // widgets hold references into the session: they go first
        m_session.reset(); // closes the connection, wipes the data key, releases the file lock
    }
    forgetSessionTexts();
    m_unlock->reset(tr("The database was locked. Type your passphrase to continue."));
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
    qCInfo(lcGui) << "Database locked";
    Q_EMIT locked();
}

void AppController::retireLater()
{
    auto* reaper = new QObject(this);
    connect(reaper, &QObject::destroyed, this, [this] {
        // Qt may deliver the deletion inside the loop of a dialog the lock closed, before its exec() has
        // returned (when other events were pending, as a dashboard still drawing its charts leaves): that
        // dialog, often on the stack of a function of the window, must not go with the window yet. exec()
        // clears WA_ShowModal as it returns.
        const QList<QDialog*> dialogs =
            m_retiredMain ? m_retiredMain->findChildren<QDialog*>() : QList<QDialog*>{};
        for (QDialog* dialog : dialogs) {
            if (dialog->testAttribute(Qt::WA_ShowModal)) {
                retireLater();
                return;
            }
        }
        m_retiredMain.reset();
        m_retiredSession.reset();
    });
    reaper->deleteLater();
}

bool AppController::closeDialogsAndPopups()
{
    bool closed = false;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget == m_unlock.get() || !widget->isVisible())
            continue;
        if (auto* dialog = qobject_cast<QDialog*>(widget)) {
            dialog->done(QDialog::Rejected); // without questions: the editors' drafts were kept sealed
            closed = true;
        } else if (widget->windowType() == Qt::Popup) {
            widget->close(); // a context menu's exec() returns
            closed = true;
        }
    }
    return closed;
}

void AppController::forgetSessionTexts()
{
    // Ctrl+C in a list puts a member's name on the clipboard, which this process then holds for others to
    // read: it goes with the session. Something another program copied stays. (Without a window system
    // the clipboard lives in this process alone, so whatever it holds is the program's.)
    QClipboard* clipboard = QGuiApplication::clipboard();
    const bool inProcessOnly = QGuiApplication::platformName() == QLatin1String("offscreen") ||
                               QGuiApplication::platformName() == QLatin1String("minimal");
    if (clipboard->ownsClipboard() || inProcessOnly)
        clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection() && (clipboard->ownsSelection() || inProcessOnly))
        clipboard->clear(QClipboard::Selection);
    // A tooltip on show over a list repeats the cell under the mouse.
    QToolTip::hideText();
    // The text of the last message box, which may name a member.
    MessageBox::clearLastText();
}

} // namespace orec::gui
