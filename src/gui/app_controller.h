// AppController: the application's life between locked and unlocked; owns the session and both windows.
#pragma once

#include "app/session.h"
#include "gui/idle_watcher.h"
#include "gui/lock_drafts.h"
#include "gui/system_lock_watcher.h"
#include "storage/database.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace orec::gui {

class MainWindow;
class UnlockWindow;

struct AppOptions
{
    DatabaseOptions database;
    QString databasePath;
    QString user;
    qint64 autoLockMs = 5 * 60 * 1000; // settings override it unless a test sets it explicitly
    // Where versions with the outside PDF viewer left scan copies: the temporary folder as it was before
    // the program chose a private one (empty: QDir::tempPath()). Swept when the program starts.
    QString leftoverScanFolder;
    // A package (.orecpkg) the program was started with (double-clicked in the file manager): opened in the
    // main window once the user has unlocked, the first time only.
    QString packagePath;
};

class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(AppOptions options, QObject* parent = nullptr);
    ~AppController() override;

    // Sweeps what earlier versions left on disk, listens for sleep and screen locks, shows the unlock window.
    void start();
    // The one way the program locks (Ctrl+L, the idle time, sleep, the desktop's screen lock): keeps where
    // the clerk was and what the open editors hold, sealed to the user's key (see DraftVault); closes the
    // dialogs and the main window with every list, cache and form of the session, closes the database (wiping
    // the key), clears what the program put on the clipboard and shows the unlock window again. The same
    // user's next unlock brings the screen and the editors back; another user's finds nothing of it.
    void lock();
    // How long before the idle lock the clerk with unsaved changes is warned (30 s).
    static constexpr int kLockWarningSeconds = 30;
    bool isUnlocked() const { return m_session != nullptr; }

    UnlockWindow* unlockWindow() const { return m_unlock.get(); }
    MainWindow* mainWindow() const { return m_main.get(); }
    app::Session* session() const { return m_session.get(); }
    IdleWatcher& idleWatcher() { return m_idle; }
    SystemLockWatcher& systemLockWatcher() { return m_systemLock; }
    const DraftVault& draftVault() const { return m_drafts; }

Q_SIGNALS:
    void unlocked();
    void locked();

private:
    void onSessionReady();
    bool closeDialogsAndPopups();
    // Deletes the retired window and session once the loops the lock closed have returned.
    void retireLater();
    static void forgetSessionTexts();

    AppOptions m_options;
    std::unique_ptr<UnlockWindow> m_unlock;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<app::Session> m_session;
    // Locked while a dialog was open: deleted once that dialog's event loop has returned.
    std::unique_ptr<MainWindow> m_retiredMain;
    std::unique_ptr<app::Session> m_retiredSession;
    IdleWatcher m_idle;
    SystemLockWatcher m_systemLock;
    DraftVault m_drafts;
};

} // namespace orec::gui
