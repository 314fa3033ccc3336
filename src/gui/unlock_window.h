// UnlockWindow: the first window. Unlock an existing database, create a new one, or use the recovery key.
#pragma once

#include "app/session.h"
#include "storage/database.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class UnlockWindow;
}

namespace orec::gui {

class UnlockWindow : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockWindow(DatabaseOptions options, QWidget* parent = nullptr);
    ~UnlockWindow() override;

    void setDatabasePath(const QString& path);
    void setUserName(const QString& user);
    QString databasePath() const;
    // Returns to the unlock page with the passphrase cleared and focused (after a lock).
    void reset(const QString& message = {});

    // The unlocked session, once sessionReady() was emitted.
    std::unique_ptr<app::Session> takeSession();

    bool isBusy() const { return m_busy; }
    int failedAttempts() const { return m_failures; }
    int secondsUntilRetry() const { return m_retryIn; }

Q_SIGNALS:
    void sessionReady();

protected:
    void changeEvent(QEvent* event) override;

private:
    void unlock();
    void create();
    void recover();
    // A cell secretary's first start: the field database is made from home's first package.
    void setUpFromPackage();
    void browse();
    void browseNewPath();
    void showCreatePage();
    void showUnlockPage();
    void updateStrength();
    void showRecoveryKey(const QString& key);
    void printRecoveryKey();
    void showUnlockError(const Error& error);
    void showCreateError(const QString& message);
    void setBusy(bool busy);
    void countDown();
    void retranslate();

    std::unique_ptr<Ui::UnlockWindow> m_ui;
    DatabaseOptions m_options;
    std::unique_ptr<app::Session> m_session;
    QString m_recoveryKey;
    QTimer m_retryTimer;
    int m_failures = 0;
    int m_retryIn = 0;
    bool m_busy = false;
};

} // namespace orec::gui
