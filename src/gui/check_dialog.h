// CheckDialog: Tools → Check: the quick or full check of the register on a worker thread, with progress,
// a Stop button and the findings listed by table and row.
#pragma once

#include "storage/database.h"

#include <QDialog>
#include <atomic>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;
class QTimer;

namespace orec::app {
class Session;
}

namespace orec::gui {

class CheckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CheckDialog(app::Session& session, QWidget* parent = nullptr);
    ~CheckDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    // The findings as shown (for tests and for copying into a letter).
    QString findings() const;
    // Set after a check finished (not stopped): whether it found the register sound.
    std::optional<bool> lastResultOk() const { return m_lastOk; }

public Q_SLOTS:
    void start();
    void stop();
    // Closing (or the lock, which closes every dialog) stops a running check and waits for its thread.
    void done(int result) override;

Q_SIGNALS:
    void finished(bool ok);

private:
    void updateProgress();
    void showReport(const Result<Database::CheckReport>& report, qint64 wallMs);
    void setRunning(bool running);

    app::Session& m_session;
    QRadioButton* m_quick = nullptr;
    QRadioButton* m_full = nullptr;
    QLineEdit* m_checkpoint = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_findings = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_close = nullptr;
    QTimer* m_poll = nullptr;
    QThread* m_thread = nullptr;

    // Written by the worker, read by the poll timer.
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancel{false};
    std::optional<bool> m_lastOk;
};

} // namespace orec::gui
