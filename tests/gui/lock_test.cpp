// The lock on sleep and screen lock, and what a lock leaves in memory. SystemLockWatcher is driven through
// the slots the bus calls, then through real signals on a private D-Bus bus the test starts (a fake logind
// owns org.freedesktop.login1 there, with a sleep-delay inhibitor that is a pipe); the application locks on
// such a request; and after a lock no widget, item model, clipboard or message of the session holds a
// member's name or card number.
#include "gui/app_controller.h"
#include "gui/main_window.h"
#include "gui/member_list_model.h"
#include "gui/members_screen.h"
#include "gui/screen.h"
#include "gui/system_lock_watcher.h"
#include "gui/unlock_window.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#if defined(OREC_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#endif

#if defined(Q_OS_UNIX)
#include <poll.h>
#include <signal.h>
#include <unistd.h>
#endif

using namespace orec;
using namespace orec::test;
using Reason = gui::SystemLockWatcher::Reason;

namespace {

QList<Reason> reasonsOf(const QSignalSpy& spy)
{
    QList<Reason> reasons;
    for (const QList<QVariant>& call : spy)
        reasons.append(call.at(0).value<Reason>());
    return reasons;
}

#if defined(OREC_HAVE_DBUS) && defined(Q_OS_UNIX)

// A bus of the test's own: `dbus-daemon --session --fork`, ended by its process id.
class PrivateBus
{
public:
    PrivateBus()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            return;
        QProcess start;
        start.start(daemon, {QStringLiteral("--session"), QStringLiteral("--fork"),
                             QStringLiteral("--print-address=1"), QStringLiteral("--print-pid=1")});
        if (!start.waitForFinished(30000) || start.exitCode() != 0)
            return;
        const QStringList lines = QString::fromLocal8Bit(start.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.size() < 2)
            return;
        m_address = lines.at(0).trimmed();
        m_pid = lines.at(1).trimmed().toLongLong();
    }
    ~PrivateBus()
    {
        if (m_pid > 0)
            ::kill(static_cast<pid_t>(m_pid), SIGTERM);
    }
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    bool isRunning() const { return !m_address.isEmpty() && m_pid > 0; }
    QString address() const { return m_address; }

private:
    QString m_address;
    qint64 m_pid = 0;
};

// logind as far as the watcher uses it: the session of a process, and sleep-delay inhibitors. Each
// inhibitor is the write end of a pipe whose read end the fake keeps: it reads end-of-file once every copy
// of the write end is closed, that is once the watcher let the computer sleep.
class FakeLogind : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    static inline const QString kSessionPath = QStringLiteral("/org/freedesktop/login1/session/c7");

    ~FakeLogind() override
    {
        for (int fd : std::as_const(readEnds))
            ::close(fd);
    }

    QList<int> readEnds;
    QStringList inhibitions;
    uint askedPid = 0;

    // Whether the inhibitor handed out last is still held by someone.
    bool lastInhibitorHeld() const
    {
        pollfd p{readEnds.last(), POLLIN, 0};
        return ::poll(&p, 1, 0) == 0; // no data and no hang-up: a writer remains
    }

public Q_SLOTS:
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        askedPid = pid;
        return QDBusObjectPath(kSessionPath);
    }
    QDBusUnixFileDescriptor Inhibit(const QString& what, const QString& who, const QString& why,
                                    const QString& mode)
    {
        Q_UNUSED(who);
        Q_UNUSED(why);
        inhibitions.append(what + QLatin1Char('/') + mode);
        int fds[2];
        if (::pipe(fds) != 0)
            return {};
        readEnds.append(fds[0]);
        QDBusUnixFileDescriptor writeEnd(fds[1]); // a duplicate
        ::close(fds[1]);
        return writeEnd;
    }
};

void emitSignal(QDBusConnection& bus, const QString& path, const QString& interface, const QString& name,
                const QVariantList& arguments = {})
{
    QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
    signal.setArguments(arguments);
    ASSERT_TRUE(bus.send(signal));
}

#endif

// Every text the widgets show and every string the item models of the application hold, with where it was
// found, when it contains one of `needles`.
QStringList whereNeedlesAre(const QStringList& needles)
{
    QStringList found;
    const auto check = [&](const QString& where, const QString& text) {
        for (const QString& needle : needles) {
            if (text.contains(needle, Qt::CaseInsensitive))
                found.append(where + QStringLiteral(": ") + needle);
        }
    };
    QSet<const QAbstractItemModel*> models;
    for (QWidget* widget : QApplication::allWidgets()) {
        const QString where =
            QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('/') + widget->objectName();
        check(where, widget->windowTitle());
        check(where, widget->toolTip());
        check(where, widget->statusTip());
        check(where, widget->whatsThis());
        check(where, widget->accessibleName());
        check(where, widget->accessibleDescription());
        if (auto* label = qobject_cast<QLabel*>(widget))
            check(where, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            check(where, button->text());
        if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            check(where, edit->text());
            check(where, edit->placeholderText());
        }
        if (auto* edit = qobject_cast<QTextEdit*>(widget))
            check(where, edit->toPlainText());
        if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
            check(where, edit->toPlainText());
        if (auto* box = qobject_cast<QGroupBox*>(widget))
            check(where, box->title());
        if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(where, tabs->tabText(i) + QLatin1Char(' ') + tabs->tabToolTip(i));
        }
        for (const QAction* action : widget->actions())
            check(where + QStringLiteral(" action"), action->text() + QLatin1Char(' ') + action->toolTip());
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model())
            models.insert(view->model());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            models.insert(combo->model());
            check(where, combo->currentText());
        }
        for (const QCompleter* completer : widget->findChildren<QCompleter*>(Qt::FindDirectChildrenOnly))
            models.insert(completer->model());
        for (const QAbstractItemModel* model :
             widget->findChildren<QAbstractItemModel*>(Qt::FindDirectChildrenOnly))
            models.insert(model);
    }
    for (const QAbstractItemModel* model : qApp->findChildren<QAbstractItemModel*>())
        models.insert(model);

    const QList<int> roles{Qt::DisplayRole,   Qt::EditRole,     Qt::ToolTipRole,       Qt::StatusTipRole,
                           Qt::WhatsThisRole, Qt::UserRole,     Qt::UserRole + 1,      Qt::UserRole + 2,
                           Qt::UserRole + 3,  Qt::UserRole + 4, Qt::AccessibleTextRole};
    std::function<void(const QAbstractItemModel*, const QModelIndex&, const QString&)> walk =
        [&](const QAbstractItemModel* model, const QModelIndex& parent, const QString& where) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    for (int role : roles) {
                        const QVariant value = model->data(index, role);
                        if (value.canConvert<QString>())
                            check(where, value.toString());
                    }
                    if (column == 0 && model->hasChildren(index))
                        walk(model, index, where);
                }
            }
        };
    for (const QAbstractItemModel* model : std::as_const(models)) {
        const QString where =
            QString::fromLatin1(model->metaObject()->className()) + QStringLiteral(" model");
        for (int column = 0; column < model->columnCount(); ++column)
            check(where, model->headerData(column, Qt::Horizontal).toString());
        walk(model, {}, where);
    }
    const QClipboard* clipboard = QGuiApplication::clipboard();
    check(QStringLiteral("clipboard"), clipboard->text(QClipboard::Clipboard));
    if (clipboard->supportsSelection())
        check(QStringLiteral("selection"), clipboard->text(QClipboard::Selection));
    check(QStringLiteral("last message box"), gui::MessageBox::lastText());
    return found;
}

class LockTest : public RegisterFixture
{
protected:
    void TearDown() override
    {
        QGuiApplication::clipboard()->clear();
        RegisterFixture::TearDown();
    }

    QStringList memberTexts() const
    {
        QStringList texts;
        for (const Member& m : {duc, hoa, leDuc, mai})
            texts << m.fullName << m.partyCardNumber << m.citizenId;
        return texts;
    }

    // The fixture's register, opened in the application through its unlock window.
    std::unique_ptr<gui::AppController> unlockedApplication()
    {
        const QString path = session->database().path();
        service.reset();
        session.reset(); // one program at a time has the file
        gui::AppOptions options;
        options.database = fastOptions(&m_clock);
        options.databasePath = path;
        options.user = kAdmin;
        options.autoLockMs = 60 * 60 * 1000;
        auto controller = std::make_unique<gui::AppController>(options);
        controller->start();
        typeText(child<QLineEdit>(controller->unlockWindow(), "passphraseLineEdit"), kAdminPassphrase);
        QTest::mouseClick(child<QPushButton>(controller->unlockWindow(), "unlockButton"), Qt::LeftButton);
        EXPECT_TRUE(waitUntil([&] { return controller->isUnlocked(); }));
        m_path = path;
        return controller;
    }

    // The database file is free again: the session's connection was closed and its lock file released.
    bool databaseClosed() const
    {
        return Database::unlock(m_path, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions()).ok();
    }

    static void expectLocked(gui::AppController& controller)
    {
        EXPECT_FALSE(controller.isUnlocked());
        EXPECT_EQ(controller.mainWindow(), nullptr);
        EXPECT_EQ(controller.session(), nullptr);
        EXPECT_TRUE(controller.unlockWindow()->isVisible());
        for (QWidget* widget : QApplication::topLevelWidgets())
            EXPECT_EQ(qobject_cast<gui::MainWindow*>(widget), nullptr) << "a main window is left";
    }

    // Every screen shown, the member list's first name copied with Ctrl+C: the session's data in memory.
    void fillEveryScreen(gui::MainWindow* window)
    {
        for (gui::ScreenId id : {gui::ScreenId::Dashboard, gui::ScreenId::Postings, gui::ScreenId::Cells,
                                 gui::ScreenId::ReportsDue, gui::ScreenId::AuditLog, gui::ScreenId::Users,
                                 gui::ScreenId::Members}) {
            ASSERT_NE(window->showScreen(id), nullptr);
            settleEvents();
        }
        auto* view = child<QTableView>(window, "membersTableView");
        ASSERT_NE(view, nullptr);
        ASSERT_TRUE(waitUntil([&] { return view->model()->rowCount() == 4; }));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, gui::MemberListModel::NameColumn));
        QTest::keySequence(view, QKeySequence::Copy);
        EXPECT_TRUE(memberTexts().contains(QGuiApplication::clipboard()->text()))
            << QGuiApplication::clipboard()->text().toStdString();
    }

    QString m_path;
};

} // namespace

TEST(SystemLockWatcher, WhatTheBusSaysBecomesALockRequest)
{
    gui::SystemLockWatcher watcher;
    QSignalSpy spy(&watcher, &gui::SystemLockWatcher::lockRequested);
    watcher.onPrepareForSleep(false);          // woke up
    watcher.onScreenSaverActiveChanged(false); // screen saver off
    EXPECT_EQ(spy.count(), 0);
    watcher.onPrepareForSleep(true);
    watcher.onSessionLock();
    watcher.onScreenSaverActiveChanged(true);
    EXPECT_EQ(reasonsOf(spy), (QList<Reason>{Reason::Sleep, Reason::SessionLocked, Reason::ScreenLocked}));
}

TEST(SystemLockWatcher, WithoutABusItListensToNothingAndSaysSo)
{
    // The test runner points both buses at nothing, as on CI.
    static QStringList messages;
    messages.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("orec.gui.lock.debug=true"));
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext& context, const QString& text) {
            if (QByteArrayView(context.category) == "orec.gui.lock")
                messages.append(text);
        });
    gui::SystemLockWatcher watcher;
    QSignalSpy spy(&watcher, &gui::SystemLockWatcher::lockRequested);
    watcher.watch();
    settleEvents();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    EXPECT_FALSE(watcher.hearsSleep());
    EXPECT_FALSE(watcher.hearsScreenSaver());
    EXPECT_TRUE(watcher.sessionPath().isEmpty());
    EXPECT_FALSE(watcher.holdsSleepDelay());
    EXPECT_EQ(spy.count(), 0);
    const QString log = messages.join(QLatin1Char('\n'));
#if defined(OREC_HAVE_DBUS)
    EXPECT_TRUE(log.contains(QStringLiteral("No system bus"))) << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("No session bus"))) << log.toStdString();
#else
    EXPECT_TRUE(log.contains(QStringLiteral("without D-Bus"))) << log.toStdString();
#endif
}

#if defined(OREC_HAVE_DBUS) && defined(Q_OS_UNIX)

TEST(SystemLockWatcher, RealSignalsOnAPrivateBus)
{
    PrivateBus bus;
    if (!bus.isRunning())
        GTEST_SKIP() << "dbus-daemon could not be started (scripts/install-deps.sh installs it)";
    // The fake logind and screen savers: one connection owning their names, as the services would.
    QDBusConnection services = QDBusConnection::connectToBus(bus.address(), QStringLiteral("test-services"));
    ASSERT_TRUE(services.isConnected());
    FakeLogind logind;
    ASSERT_TRUE(services.registerObject(QStringLiteral("/org/freedesktop/login1"), &logind,
                                        QDBusConnection::ExportAllSlots));
    for (const char* name :
         {"org.freedesktop.login1", "org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"})
        ASSERT_TRUE(services.registerService(QString::fromLatin1(name))) << name;
    // Anyone else on the bus: the same signals from it must not lock.
    QDBusConnection stranger = QDBusConnection::connectToBus(bus.address(), QStringLiteral("test-stranger"));
    ASSERT_TRUE(stranger.isConnected());

    {
        gui::SystemLockWatcher watcher;
        QSignalSpy spy(&watcher, &gui::SystemLockWatcher::lockRequested);
        watcher.watch(bus.address(), bus.address());
        EXPECT_TRUE(watcher.hearsSleep());
        EXPECT_TRUE(watcher.hearsScreenSaver());
        // It asked logind for its session (by its process id) and for a sleep delay.
        ASSERT_TRUE(waitUntil([&] { return !watcher.sessionPath().isEmpty() && watcher.holdsSleepDelay(); }));
        EXPECT_EQ(watcher.sessionPath(), FakeLogind::kSessionPath);
        EXPECT_EQ(logind.askedPid, static_cast<uint>(QCoreApplication::applicationPid()));
        EXPECT_EQ(logind.inhibitions, QStringList{QStringLiteral("sleep/delay")});
        ASSERT_TRUE(waitUntil([&] { return logind.lastInhibitorHeld(); }));

        const QString manager = QStringLiteral("org.freedesktop.login1.Manager");
        emitSignal(stranger, QStringLiteral("/org/freedesktop/login1"), manager,
                   QStringLiteral("PrepareForSleep"), {true});
        stranger.interface()->registeredServiceNames(); // a round trip: the daemon has routed the above
        emitSignal(services, QStringLiteral("/org/freedesktop/login1"), manager,
                   QStringLiteral("PrepareForSleep"), {false});
        emitSignal(services, QStringLiteral("/org/freedesktop/login1/session/other"),
                   QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"));
        emitSignal(services, QStringLiteral("/org/freedesktop/ScreenSaver"),
                   QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), {false});
        // What counts, in order: sleep, this session locked, the screen savers.
        emitSignal(services, QStringLiteral("/org/freedesktop/login1"), manager,
                   QStringLiteral("PrepareForSleep"), {true});
        ASSERT_TRUE(waitUntil([&] { return spy.count() >= 1; }));
        // The computer may sleep once the lock is done: the delay is let go.
        ASSERT_TRUE(waitUntil([&] { return !logind.lastInhibitorHeld(); }));
        emitSignal(services, FakeLogind::kSessionPath, QStringLiteral("org.freedesktop.login1.Session"),
                   QStringLiteral("Lock"));
        emitSignal(services, QStringLiteral("/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"),
                   QStringLiteral("ActiveChanged"), {true});
        emitSignal(services, QStringLiteral("/org/gnome/ScreenSaver"),
                   QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("ActiveChanged"), {true});
        ASSERT_TRUE(waitUntil([&] { return spy.count() >= 4; }));
        settleEvents();
        EXPECT_EQ(reasonsOf(spy), (QList<Reason>{Reason::Sleep, Reason::SessionLocked, Reason::ScreenLocked,
                                                 Reason::ScreenLocked}));

        // Awake again: the next sleep waits for the lock too.
        emitSignal(services, QStringLiteral("/org/freedesktop/login1"), manager,
                   QStringLiteral("PrepareForSleep"), {false});
        ASSERT_TRUE(waitUntil([&] { return logind.inhibitions.size() == 2 && watcher.holdsSleepDelay(); }));
        EXPECT_TRUE(logind.lastInhibitorHeld());
    }
    // Gone with the watcher.
    EXPECT_TRUE(waitUntil([&] { return !logind.lastInhibitorHeld(); }));
    QDBusConnection::disconnectFromBus(QStringLiteral("test-services"));
    QDBusConnection::disconnectFromBus(QStringLiteral("test-stranger"));
}

TEST_F(LockTest, TheComputerGoingToSleepLocksTheApplication)
{
    PrivateBus bus;
    if (!bus.isRunning())
        GTEST_SKIP() << "dbus-daemon could not be started (scripts/install-deps.sh installs it)";
    QDBusConnection services =
        QDBusConnection::connectToBus(bus.address(), QStringLiteral("test-app-services"));
    ASSERT_TRUE(services.registerService(QStringLiteral("org.freedesktop.login1")));
    auto controller = unlockedApplication();
    ASSERT_TRUE(controller->isUnlocked());
    EXPECT_FALSE(databaseClosed());
    controller->systemLockWatcher().watch(bus.address(), bus.address());
    ASSERT_TRUE(controller->systemLockWatcher().hearsSleep());

    emitSignal(services, QStringLiteral("/org/freedesktop/login1"),
               QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), {true});
    ASSERT_TRUE(waitUntil([&] { return !controller->isUnlocked(); }));
    expectLocked(*controller);
    EXPECT_TRUE(databaseClosed());
    controller.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("test-app-services"));
}

#endif

TEST_F(LockTest, TheScreenLockingLocksTheApplication)
{
    auto controller = unlockedApplication();
    ASSERT_TRUE(controller->isUnlocked());
    EXPECT_FALSE(databaseClosed());
    // What the session bus would deliver when the desktop's screen lock comes on.
    controller->systemLockWatcher().onScreenSaverActiveChanged(true);
    expectLocked(*controller);
    EXPECT_TRUE(databaseClosed());
}

TEST_F(LockTest, NothingOfTheSessionStaysInMemoryAfterALock)
{
    sendAbroad();
    auto controller = unlockedApplication();
    ASSERT_TRUE(controller->isUnlocked());
    fillEveryScreen(controller->mainWindow());
    // The walk sees the session's data while it is open: models, widgets, the clipboard.
    const QStringList before = whereNeedlesAre(memberTexts());
    EXPECT_GT(before.size(), 20) << before.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(before.join(QLatin1Char('\n')).contains(QStringLiteral("clipboard")));

    controller->lock();
    expectLocked(*controller);
    EXPECT_TRUE(databaseClosed());
    const QStringList after = whereNeedlesAre(memberTexts());
    EXPECT_TRUE(after.isEmpty()) << after.join(QLatin1Char('\n')).toStdString();
}

TEST_F(LockTest, NothingOfTheSessionStaysInMemoryAfterALockFromInsideADialog)
{
    sendAbroad();
    auto controller = unlockedApplication();
    ASSERT_TRUE(controller->isUnlocked());
    fillEveryScreen(controller->mainWindow());
    auto* members =
        qobject_cast<gui::MembersScreen*>(controller->mainWindow()->screen(gui::ScreenId::Members));
    ASSERT_NE(members, nullptr);

    // The idle time runs out while a member's dossier is open (its own event loop inside the screen).
    QStringList inDialog;
    whenModalOpens([&](QWidget*) {
        settleEvents();
        inDialog = whereNeedlesAre({duc.fullName});
        controller->lock();
    });
    members->openMember(duc.id);
    EXPECT_FALSE(inDialog.isEmpty());
    // Back in the outer event loop, the window put aside while the dialog returned is deleted.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    settleEvents();
    expectLocked(*controller);
    EXPECT_TRUE(databaseClosed());
    const QStringList after = whereNeedlesAre(memberTexts());
    EXPECT_TRUE(after.isEmpty()) << after.join(QLatin1Char('\n')).toStdString();
}

TEST_F(LockTest, ALockWhileAMenuIsOpenLetsItCloseFirst)
{
    sendAbroad();
    auto controller = unlockedApplication();
    ASSERT_TRUE(controller->isUnlocked());
    fillEveryScreen(controller->mainWindow());
    auto* chart = child<QWidget>(controller->mainWindow(), "countryChartView");
    ASSERT_NE(chart, nullptr);
    // A chart's menu on the dashboard is a QMenu on the stack of the screen's function, child of the screen,
    // running its own event loop (QMenu::exec): deleting the screen under it would delete the menu twice.
    bool menuWasOpen = false;
    QTimer::singleShot(0, [&] {
        ASSERT_TRUE(waitUntil([] { return QApplication::activePopupWidget() != nullptr; }, 5000));
        menuWasOpen = true;
        controller->lock();
    });
    Q_EMIT chart->customContextMenuRequested(QPoint(10, 10));
    EXPECT_TRUE(menuWasOpen);
    EXPECT_EQ(QApplication::activePopupWidget(), nullptr);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    settleEvents();
    expectLocked(*controller);
    EXPECT_TRUE(databaseClosed());
    const QStringList after = whereNeedlesAre(memberTexts());
    EXPECT_TRUE(after.isEmpty()) << after.join(QLatin1Char('\n')).toStdString();
}

#include "lock_test.moc"
