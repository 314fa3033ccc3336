// MainWindow: the clerk's desktop after unlocking: navigation, screens, menus and the status bar.
#pragma once

#include "app/session.h"

#include <QLabel>
#include <QMainWindow>

namespace orec::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(app::Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setAutoLockSecondsLeft(int seconds);
    QString statusText() const;

Q_SIGNALS:
    void lockRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void retranslate();
    void backup();
    void checkDatabase();
    void changePassphrase();
    void refreshSummary();

    app::Session& m_session;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_lockLabel = nullptr;
    QLabel* m_summaryLabel = nullptr;
    int m_secondsLeft = 0;
};

} // namespace orec::gui
