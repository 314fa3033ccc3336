// SystemLockWatcher: hears the computer going to sleep and the desktop locking its screen, and asks the
// program to lock too. The operating-system side lives in system_lock_watcher.cpp alone.
#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace orec::gui {

class SystemLockWatcher : public QObject
{
    Q_OBJECT
public:
    enum class Reason {
        Sleep,         // the computer is about to suspend or hibernate (lid closed, power button...)
        SessionLocked, // the login manager locked this session
        ScreenLocked,  // the desktop's screen saver or screen lock came on
    };
    Q_ENUM(Reason)

    explicit SystemLockWatcher(QObject* parent = nullptr);
    ~SystemLockWatcher() override;

    // Starts listening on this desktop session's buses. On Linux: logind on the system bus (the computer
    // going to sleep, the session being locked) and the screen saver on the session bus. A bus that is not
    // there (CI, offscreen, another system) is written to the debug log and skipped; this never fails.
    void watch();
    // The same on the buses at these addresses (one bus may play both): a test's private bus.
    void watch(const QString& systemBusAddress, const QString& sessionBusAddress);
    void stop();

    // What is being listened to (tests, the debug log).
    bool hearsSleep() const;
    bool hearsScreenSaver() const;
    // The login manager's object of this session once it answered, else empty.
    QString sessionPath() const;
    // Whether the computer waits for the program to lock before it sleeps (a logind "delay" inhibitor).
    bool holdsSleepDelay() const;

Q_SIGNALS:
    void lockRequested(orec::gui::SystemLockWatcher::Reason reason);

public Q_SLOTS:
    // What the buses call; public so that a test can play the bus.
    void onPrepareForSleep(bool goingToSleep);
    void onSessionLock();
    void onScreenSaverActiveChanged(bool active);

private:
    void listen(bool useDefaultBuses, const QString& systemBusAddress, const QString& sessionBusAddress);
    void findSession(bool byProcess);
    void takeSleepDelay();
    void releaseSleepDelay();

    struct Buses;
    std::unique_ptr<Buses> m_buses;
};

} // namespace orec::gui
