// MainWindow: the clerk's desktop after unlocking: navigation pane, one screen at a time, menus, status bar.
#pragma once

#include "app/session.h"
#include "gui/lock_drafts.h"

#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace orec::gui {

class ExchangeActions;
class Screen;
class UserGuideWindow;

enum class ScreenId {
    Dashboard,
    Members,
    Postings,
    Cells,
    ReportsDue,
    AuditLog, // admins and auditors
    Users,    // admins
};

// The main window's menus and actions, created once in buildMenus() and relabelled through these members
// in retranslate(): a misspelt member does not compile, where a misspelt object name failed silently. An
// action the mode or the role does not offer stays nullptr (a laptop has no spreadsheet import).
struct MainWindowActions
{
    QMenu* fileMenu = nullptr;
    QMenu* editMenu = nullptr;
    QMenu* goMenu = nullptr;
    QMenu* toolsMenu = nullptr;
    QMenu* helpMenu = nullptr;

    QAction* backup = nullptr;
    QAction* check = nullptr;
    QAction* checkpoint = nullptr;
    QAction* exportPackage = nullptr;  // home
    QAction* importPackage = nullptr;  // home
    QAction* installPackage = nullptr; // field laptop
    QAction* exportReturn = nullptr;   // field laptop
    QAction* fieldStatus = nullptr;    // field laptop
    QAction* importSpreadsheet = nullptr;
    QAction* documentRegister = nullptr; // home
    QAction* changePassphrase = nullptr;
    QAction* lock = nullptr;
    QAction* quit = nullptr;
    QAction* find = nullptr;
    QAction* newMember = nullptr;
    QAction* settings = nullptr;
    QAction* rules = nullptr; // home
    QAction* keys = nullptr;
    QAction* secretaries = nullptr;    // home, who manages keys
    QAction* enrolSecretary = nullptr; // home, who manages keys
    QAction* userGuide = nullptr;
    QAction* about = nullptr;
    QHash<ScreenId, QAction*> go; // the screens the role offers
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(app::Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setAutoLockSecondsLeft(int seconds);
    QString statusText() const;
    // A cell secretary's laptop: only the cell's screens and the secretary's exchange actions.
    bool isFieldMode() const { return m_fieldMode; }
    QString fieldBannerText() const;

    // Whether the user's role lets them see the screen (it is then in the navigation pane).
    bool offersScreen(ScreenId id) const;
    // Switches to the screen, creating it the first time; nullptr when the role does not offer it
    // or the clerk chose to stay with unsaved edits on the current one.
    Screen* showScreen(ScreenId id);
    Screen* currentScreen() const;
    // The screen if it was created already.
    Screen* screen(ScreenId id) const { return m_screens.value(id, nullptr); }

    void openSettings();
    // The rules table with each rule's source; administrators change a rule as a new version.
    void openRules();
    // A package given on the command line (the file manager's double-click): at home its change list
    // (File › Import a package), on a laptop installed as File › Install a package from home does.
    void openPackage(const QString& path);

    const MainWindowActions& actions() const { return m_actions; }

    // Help › User guide (F1): the guide shipped with the program, in the interface's language, at the
    // section of the screen on show. The window stays open beside the main window until it closes.
    void showUserGuide();
    UserGuideWindow* userGuideWindow() const;

    // Before a lock: where the clerk is (screen, selected row) and every editor open on it with the values
    // typed, so that they come back after the unlock. The editors are not closed here.
    WorkspaceDraft workspaceDraft() const;
    // After an unlock by the same user: back to that screen and row, and the editors reopened with their
    // values (once the event loop runs, as they are modal), under a notice that says so.
    void restoreWorkspace(WorkspaceDraft draft);
    // Whether an editor open now has changes not saved, and whether every such editor can be kept over a
    // lock (a passphrase or the settings are never kept).
    bool hasUnsavedEdits() const;
    bool canKeepUnsavedEdits() const;
    // The idle time is about to run out: a notice in every editor with unsaved changes and in the status
    // bar says so (seconds <= 0 takes it away again).
    void warnOfLock(int secondsLeft);

Q_SIGNALS:
    void lockRequested();
    // Settings changed the auto-lock time: the running idle watcher follows at once.
    void autoLockMinutesChanged(int minutes);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void detectFieldMode();
    void buildNavigation();
    void buildMenus();
    QString lockWarningText(int secondsLeft) const;
    void reopenEditor(const EditorDraft& draft);
    // File › Export a cell package / Import a package: enabled for who signs as home, else the reason.
    void updateExchangeActions();
    void retranslate();
    Screen* createScreen(ScreenId id);
    void onNavigationRowChanged(int row);
    void onRegisterChanged(Screen* source);
    void focusSearch();
    void newMember();
    void importSpreadsheet();
    void backup();
    void checkDatabase();
    void showCheckpoint();
    void changePassphrase();
    void about();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowActions m_actions;
    QPointer<UserGuideWindow> m_guide;
    int m_lockWarningSeconds = 0;
    app::Session& m_session;
    QHash<ScreenId, Screen*> m_screens;
    QList<Screen*> m_stale; // screens to reload when next shown
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_lockLabel = nullptr;
    QLabel* m_fieldBanner = nullptr;
    ExchangeActions* m_exchangeActions = nullptr;
    bool m_fieldMode = false;
    QString m_fieldCellCode;
    QString m_fieldCellName;
    int m_secondsLeft = 0;
    bool m_switching = false;
};

} // namespace orec::gui
