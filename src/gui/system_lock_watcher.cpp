// The platform-specific file of the lock on sleep and screen lock. Linux: logind and the screen saver over
// D-Bus. Elsewhere (or built without Qt D-Bus) nothing is heard yet; Windows would register for
// WTSRegisterSessionNotification and power broadcasts here, macOS for the workspace's sleep notification.
#include "gui/system_lock_watcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <optional>

#if defined(OREC_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#endif

namespace orec::gui {

namespace {

// Debug lines are off unless asked for: QT_LOGGING_RULES="orec.gui.lock.debug=true".
Q_LOGGING_CATEGORY(lcLock, "orec.gui.lock", QtInfoMsg)

#if defined(OREC_HAVE_DBUS)
const QString kLogin = QStringLiteral("org.freedesktop.login1");
const QString kLoginPath = QStringLiteral("/org/freedesktop/login1");
const QString kLoginManager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kLoginSession = QStringLiteral("org.freedesktop.login1.Session");
// KDE, Xfce and others; KDE sends it from two paths, so any path of that service counts.
const QString kScreenSaver = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kGnomeScreenSaver = QStringLiteral("org.gnome.ScreenSaver");
const QString kGnomeScreenSaverPath = QStringLiteral("/org/gnome/ScreenSaver");
const QString kActiveChanged = QStringLiteral("ActiveChanged");

// logind's "delay" inhibitor: the computer waits (at most logind's InhibitDelayMaxSec, 5 s by default)
// for this descriptor to be closed before it sleeps, so the lock happens before, not after waking up.
class SleepDelay : public QObject
{
public:
    SleepDelay(QDBusUnixFileDescriptor fd, QObject* parent) : QObject(parent), m_fd(std::move(fd)) {}

private:
    QDBusUnixFileDescriptor m_fd;
};
#endif

} // namespace

struct SystemLockWatcher::Buses
{
#if defined(OREC_HAVE_DBUS)
    std::optional<QDBusConnection> system;
    std::optional<QDBusConnection> session;
    QStringList ownConnections; // made from an address: closed by stop()
    QString sessionPath;
    QPointer<QObject> sleepDelay;
    bool delayAsked = false;
    bool hearsSleep = false;
    bool hearsScreenSaver = false;
    int generation = 0; // answers to an earlier watch() are dropped
#endif
};

SystemLockWatcher::SystemLockWatcher(QObject* parent) : QObject(parent), m_buses(std::make_unique<Buses>()) {}

SystemLockWatcher::~SystemLockWatcher()
{
    stop();
}

void SystemLockWatcher::watch()
{
    listen(true, {}, {});
}

void SystemLockWatcher::watch(const QString& systemBusAddress, const QString& sessionBusAddress)
{
    listen(false, systemBusAddress, sessionBusAddress);
}

#if defined(OREC_HAVE_DBUS)

void SystemLockWatcher::listen(bool useDefaultBuses, const QString& systemBusAddress,
                               const QString& sessionBusAddress)
{
    stop();
    Buses& b = *m_buses;
    if (useDefaultBuses) {
        b.system = QDBusConnection::systemBus();
        b.session = QDBusConnection::sessionBus();
    } else {
        static int made = 0;
        const QString tag = QString::number(++made);
        b.ownConnections = {QStringLiteral("orec-lock-system-") + tag,
                            QStringLiteral("orec-lock-session-") + tag};
        b.system = QDBusConnection::connectToBus(systemBusAddress, b.ownConnections.at(0));
        b.session = QDBusConnection::connectToBus(sessionBusAddress, b.ownConnections.at(1));
    }
    if (b.system->isConnected()) {
        b.hearsSleep = b.system->connect(kLogin, kLoginPath, kLoginManager, QStringLiteral("PrepareForSleep"),
                                         this, SLOT(onPrepareForSleep(bool)));
        findSession(true);
        takeSleepDelay();
    } else {
        qCDebug(lcLock).noquote() << QStringLiteral("No system bus (%1): sleep and a locked session will not "
                                                    "lock the program.")
                                         .arg(b.system->lastError().message());
    }
    if (b.session->isConnected()) {
        const bool common = b.session->connect(kScreenSaver, QString(), kScreenSaver, kActiveChanged, this,
                                               SLOT(onScreenSaverActiveChanged(bool)));
        const bool gnome = b.session->connect(kGnomeScreenSaver, kGnomeScreenSaverPath, kGnomeScreenSaver,
                                              kActiveChanged, this, SLOT(onScreenSaverActiveChanged(bool)));
        b.hearsScreenSaver = common || gnome;
    } else {
        qCDebug(lcLock).noquote() << QStringLiteral("No session bus (%1): the desktop's screen lock will not "
                                                    "lock the program.")
                                         .arg(b.session->lastError().message());
    }
}

void SystemLockWatcher::stop()
{
    Buses& b = *m_buses;
    ++b.generation;
    if (b.system && b.system->isConnected()) {
        b.system->disconnect(kLogin, kLoginPath, kLoginManager, QStringLiteral("PrepareForSleep"), this,
                             SLOT(onPrepareForSleep(bool)));
        if (!b.sessionPath.isEmpty())
            b.system->disconnect(kLogin, b.sessionPath, kLoginSession, QStringLiteral("Lock"), this,
                                 SLOT(onSessionLock()));
    }
    if (b.session && b.session->isConnected()) {
        b.session->disconnect(kScreenSaver, QString(), kScreenSaver, kActiveChanged, this,
                              SLOT(onScreenSaverActiveChanged(bool)));
        b.session->disconnect(kGnomeScreenSaver, kGnomeScreenSaverPath, kGnomeScreenSaver, kActiveChanged,
                              this, SLOT(onScreenSaverActiveChanged(bool)));
    }
    delete b.sleepDelay.data();
    b.system.reset();
    b.session.reset();
    for (const QString& name : std::as_const(b.ownConnections))
        QDBusConnection::disconnectFromBus(name);
    b.ownConnections.clear();
    b.sessionPath.clear();
    b.delayAsked = false;
    b.hearsSleep = false;
    b.hearsScreenSaver = false;
}

void SystemLockWatcher::findSession(bool byProcess)
{
    Buses& b = *m_buses;
    QDBusMessage call = QDBusMessage::createMethodCall(kLogin, kLoginPath, kLoginManager,
                                                       byProcess ? QStringLiteral("GetSessionByPID")
                                                                 : QStringLiteral("GetSession"));
    if (byProcess) {
        call << static_cast<uint>(QCoreApplication::applicationPid());
    } else {
        const QString id = qEnvironmentVariable("XDG_SESSION_ID");
        if (id.isEmpty()) {
            qCDebug(lcLock) << "Not in a login session: a locked session will not lock the program.";
            return;
        }
        call << id;
    }
    auto* pending = new QDBusPendingCallWatcher(b.system->asyncCall(call), this);
    const int generation = b.generation;
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this, pending, byProcess, generation] {
        pending->deleteLater();
        Buses& buses = *m_buses;
        if (generation != buses.generation)
            return;
        const QDBusPendingReply<QDBusObjectPath> reply = *pending;
        if (reply.isError()) {
            // A program started outside the session's process tree (a service, a terminal multiplexer)
            // has no session of its own: the environment still names it.
            if (byProcess)
                findSession(false);
            else
                qCDebug(lcLock).noquote()
                    << QStringLiteral(
                           "No login session found (%1): a locked session will not lock the program.")
                           .arg(reply.error().message());
            return;
        }
        const QString path = reply.value().path();
        if (buses.system->connect(kLogin, path, kLoginSession, QStringLiteral("Lock"), this,
                                  SLOT(onSessionLock())))
            buses.sessionPath = path;
    });
}

void SystemLockWatcher::takeSleepDelay()
{
    Buses& b = *m_buses;
    if (!b.system || !b.system->isConnected() || b.sleepDelay || b.delayAsked)
        return;
    if (!(b.system->connectionCapabilities() & QDBusConnection::UnixFileDescriptorPassing)) {
        qCDebug(lcLock) << "The system bus passes no file descriptors: the lock happens on waking up.";
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kLogin, kLoginPath, kLoginManager, QStringLiteral("Inhibit"));
    call << QStringLiteral("sleep") << QCoreApplication::applicationName()
         << QStringLiteral("Lock the encrypted records before sleeping") << QStringLiteral("delay");
    b.delayAsked = true;
    auto* pending = new QDBusPendingCallWatcher(b.system->asyncCall(call), this);
    const int generation = b.generation;
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this, pending, generation] {
        pending->deleteLater();
        Buses& buses = *m_buses;
        if (generation != buses.generation)
            return;
        buses.delayAsked = false;
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *pending;
        if (reply.isError() || !reply.value().isValid()) {
            qCDebug(lcLock).noquote()
                << QStringLiteral(
                       "logind gave no sleep delay (%1): the lock happens when the computer wakes up.")
                       .arg(reply.error().message());
            return;
        }
        buses.sleepDelay = new SleepDelay(reply.value(), this);
    });
}

void SystemLockWatcher::releaseSleepDelay()
{
    Buses& b = *m_buses;
    if (!b.sleepDelay)
        return;
    // Deferred like the windows a lock leaves while a dialog was open: the computer sleeps once they are
    // gone, not before.
    b.sleepDelay->deleteLater();
    b.sleepDelay = nullptr;
}

bool SystemLockWatcher::hearsSleep() const
{
    return m_buses->hearsSleep;
}

bool SystemLockWatcher::hearsScreenSaver() const
{
    return m_buses->hearsScreenSaver;
}

QString SystemLockWatcher::sessionPath() const
{
    return m_buses->sessionPath;
}

bool SystemLockWatcher::holdsSleepDelay() const
{
    return !m_buses->sleepDelay.isNull();
}

#else // no D-Bus

void SystemLockWatcher::listen(bool, const QString&, const QString&)
{
    qCDebug(lcLock) << "Built without D-Bus: sleep and the screen lock will not lock the program.";
}

void SystemLockWatcher::stop() {}
void SystemLockWatcher::findSession(bool) {}
void SystemLockWatcher::takeSleepDelay() {}
void SystemLockWatcher::releaseSleepDelay() {}
bool SystemLockWatcher::hearsSleep() const
{
    return false;
}
bool SystemLockWatcher::hearsScreenSaver() const
{
    return false;
}
QString SystemLockWatcher::sessionPath() const
{
    return {};
}
bool SystemLockWatcher::holdsSleepDelay() const
{
    return false;
}

#endif

void SystemLockWatcher::onPrepareForSleep(bool goingToSleep)
{
    if (!goingToSleep) {
        // Awake again: the next sleep waits for the lock too.
        takeSleepDelay();
        return;
    }
    qCDebug(lcLock) << "The computer is going to sleep: locking.";
    Q_EMIT lockRequested(Reason::Sleep);
    releaseSleepDelay();
}

void SystemLockWatcher::onSessionLock()
{
    qCDebug(lcLock) << "The login session was locked: locking.";
    Q_EMIT lockRequested(Reason::SessionLocked);
}

void SystemLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (!active)
        return;
    qCDebug(lcLock) << "The screen was locked: locking.";
    Q_EMIT lockRequested(Reason::ScreenLocked);
}

} // namespace orec::gui
