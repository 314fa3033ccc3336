// IdleWatcher: notices when nobody has touched the keyboard or mouse for a while (auto-lock).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace orec::gui {

class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);

    void setTimeoutSeconds(int seconds) { setTimeoutMs(static_cast<qint64>(seconds) * 1000); }
    void setTimeoutMs(qint64 milliseconds);
    int timeoutSeconds() const { return static_cast<int>(m_timeoutMs / 1000); }
    int secondsLeft() const;
    void start();
    void stop();
    void poke(); // counts as activity

Q_SIGNALS:
    void tick(int secondsLeft);
    void idleTimeout();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    QElapsedTimer m_sinceActivity;
    QTimer m_ticker;
    qint64 m_timeoutMs = 300'000;
    bool m_running = false;
};

} // namespace orec::gui
