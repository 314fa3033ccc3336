#include "gui/app_controller.h"

#include "gui/main_window.h"
#include "gui/unlock_window.h"

namespace orec::gui {

AppController::AppController(AppOptions options, QObject* parent) : QObject(parent), m_options(std::move(options))
{
    m_idle.setTimeoutMs(m_options.autoLockMs);
    connect(&m_idle, &IdleWatcher::idleTimeout, this, &AppController::lock);
    connect(&m_idle, &IdleWatcher::tick, this, [this](int left) {
        if (m_main)
            m_main->setAutoLockSecondsLeft(left);
    });
}

AppController::~AppController()
{
    m_idle.stop();
    m_main.reset();
    m_session.reset();
}

void AppController::start()
{
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
    m_main->setAutoLockSecondsLeft(static_cast<int>(m_options.autoLockMs / 1000));
    m_unlock->hide();
    m_main->show();
    m_idle.start();
    Q_EMIT unlocked();
}

void AppController::lock()
{
    if (!m_session)
        return;
    m_idle.stop();
    if (m_main) {
        m_main->hide();
        m_main.reset(); // widgets hold references into the session: they go first
    }
    m_session.reset(); // closes the connection, wipes the data key, releases the file lock
    m_unlock->reset(tr("The database was locked. Type your passphrase to continue."));
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
    Q_EMIT locked();
}

} // namespace orec::gui
