// MainWindow: the clerk's desktop after unlocking: navigation pane, one screen at a time, menus, status bar.
#pragma once

#include "app/session.h"

#include <QHash>
#include <QLabel>
#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace orec::gui {

class ExchangeActions;
class Screen;

enum class ScreenId {
    Dashboard,
    Members,
    Postings,
    Cells,
    ReportsDue,
    AuditLog, // admins and auditors
    Users,    // admins
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
    // A package given on the command line (the file manager's double-click): at home its change list
    // (File › Import a package), on a laptop installed as File › Install a package from home does.
    void openPackage(const QString& path);

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
