#include "gui/idle_watcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace orec::gui {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &IdleWatcher::check);
}

void IdleWatcher::setTimeoutMs(qint64 milliseconds)
{
    m_timeoutMs = std::max<qint64>(100, milliseconds);
    m_ticker.setInterval(static_cast<int>(std::min<qint64>(250, m_timeoutMs / 4)));
    poke();
}

int IdleWatcher::secondsLeft() const
{
    const qint64 leftMs = m_running ? m_timeoutMs - m_sinceActivity.elapsed() : m_timeoutMs;
    return static_cast<int>(std::max<qint64>(0, (leftMs + 999) / 1000));
}

void IdleWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_sinceActivity.start();
    QCoreApplication::instance()->installEventFilter(this);
    m_ticker.start();
}

void IdleWatcher::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_ticker.stop();
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::poke()
{
    if (m_running)
        m_sinceActivity.restart();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (!m_running)
        return;
    const int left = secondsLeft();
    Q_EMIT tick(left);
    if (m_sinceActivity.elapsed() >= m_timeoutMs) {
        stop();
        Q_EMIT idleTimeout();
    }
}

} // namespace orec::gui
