// Clock: the one source of "now", so tests can fix time (deadlines, auto-lock, audit).
#pragma once

#include <QDate>
#include <QDateTime>

namespace orec {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate today() const { return nowUtc().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock& instance();
};

// A clock that stands still until told to move; for tests and reproducible demos.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace orec
