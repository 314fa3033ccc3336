// BackgroundWork: long work (an import, an export, a PDF) on a worker thread while the window stays
// responsive, with a progress dialog and Cancel; the caller waits for it in a local event loop.
#pragma once

#include <QMutex>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace orec::gui {

// What the worker says of its progress and what the interface asks of it: shared by both threads.
class WorkProgress
{
public:
    // From the worker: what it does now and how far it is (total 0: no count known). False once the
    // person pressed Cancel: the worker then stops and leaves everything as it was.
    bool report(const QString& step, qint64 done = 0, qint64 total = 0);
    bool cancelled() const { return m_cancel.load(); }
    void cancel() { m_cancel = true; }

    QString step() const;
    qint64 done() const { return m_done.load(); }
    qint64 total() const { return m_total.load(); }

    // Tests: called on the worker thread at every report, before the answer is read (a test pauses the
    // worker there to press Cancel at a known point). Empty to remove it.
    static void
    setReportHookForTests(std::function<void(const QString& step, qint64 done, qint64 total)> hook);

private:
    mutable QMutex m_mutex;
    QString m_step;
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancel{false};
};

// Runs `work` on a worker thread and returns when it ended. Meanwhile the event loop runs (windows repaint,
// timers fire) and, past a moment, a progress dialog titled `title` shows the worker's step with a Cancel
// button. The work may use the interface's session: while it runs, the person's input goes to the progress
// dialog only (mouse, keys and closing other windows are held back), and the lists read no new page from
// the register (MemberListModel), so the interface's thread does not use the connection meanwhile; it is
// handed from one thread to the other, never shared.
class BackgroundWork
{
public:
    template <typename T>
    static T run(QWidget* parent, const QString& title, std::function<T(WorkProgress&)> work)
    {
        std::optional<T> result;
        runVoid(parent, title, [&result, &work](WorkProgress& progress) { result.emplace(work(progress)); });
        return std::move(*result);
    }
    static void runVoid(QWidget* parent, const QString& title,
                        const std::function<void(WorkProgress&)>& work);

    // Work waited for now (0 or 1): tests check the interface is not left waiting.
    static int running();
    // The register belongs to a worker now: the interface's thread must not read or write it.
    static bool registerBusy();
};

} // namespace orec::gui
