#include "gui/background_work.h"

#include <QApplication>
#include <QEventLoop>
#include <QMutexLocker>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <algorithm>

namespace orec::gui {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::gui::BackgroundWork)
};

std::atomic<int> s_running{0};

// Holds back the person's input (and the closing of windows) everywhere but the progress dialog while a
// worker has the register: a click in a list, a key or a closed window would reach it from this thread.
class InputGate : public QObject
{
public:
    explicit InputGate(QWidget* open) : m_open(open) { qApp->installEventFilter(this); }
    ~InputGate() override { qApp->removeEventFilter(this); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::Shortcut:
        case QEvent::ShortcutOverride:
        case QEvent::Close:
        case QEvent::ContextMenu:
        case QEvent::TouchBegin:
            break;
        default:
            return false;
        }
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && m_open && (widget == m_open || m_open->isAncestorOf(widget)))
            return false;
        if (event->type() == QEvent::Close)
            event->ignore();
        return true;
    }

private:
    QPointer<QWidget> m_open;
};

std::function<void(const QString&, qint64, qint64)>& reportHook()
{
    static std::function<void(const QString&, qint64, qint64)> hook;
    return hook;
}

} // namespace

bool WorkProgress::report(const QString& step, qint64 done, qint64 total)
{
    {
        QMutexLocker lock(&m_mutex);
        m_step = step;
    }
    m_done = done;
    m_total = total;
    if (reportHook())
        reportHook()(step, done, total);
    return !m_cancel.load();
}

QString WorkProgress::step() const
{
    QMutexLocker lock(&m_mutex);
    return m_step;
}

void WorkProgress::setReportHookForTests(std::function<void(const QString&, qint64, qint64)> hook)
{
    reportHook() = std::move(hook);
}

void BackgroundWork::runVoid(QWidget* parent, const QString& title,
                             const std::function<void(WorkProgress&)>& work)
{
    WorkProgress progress;
    QEventLoop loop;
    QThread* thread = QThread::create([&work, &progress] { work(progress); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);

    // Shown only when the work takes more than a moment, so a small file does not flash a dialog.
    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("workProgressDialog"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(420);
    dialog.setLabelText(title);
    dialog.setCancelButtonText(Texts::tr("Cancel"));
    dialog.setRange(0, 0);
    dialog.setMinimumDuration(400);
    const auto stop = [&progress, &dialog] {
        progress.cancel();
        dialog.setLabelText(Texts::tr("Stopping…"));
    };
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, stop);
    QObject::connect(&dialog, &QDialog::rejected, &dialog, stop);

    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&progress, &dialog] {
        if (progress.cancelled())
            return;
        const QString step = progress.step();
        if (!step.isEmpty() && dialog.labelText() != step)
            dialog.setLabelText(step);
        const qint64 total = progress.total();
        if (total <= 0) {
            dialog.setRange(0, 0);
            dialog.setValue(0); // also shows the dialog once its minimum duration has passed
        } else {
            // Permille, so that millions of rows fit the bar's int range.
            dialog.setRange(0, 1000);
            dialog.setValue(static_cast<int>(std::clamp<qint64>(progress.done() * 1000 / total, 0, 999)));
        }
    });

    {
        const InputGate gate(&dialog);
        ++s_running;
        thread->start();
        poll.start();
        loop.exec(); // until the worker ends (a Cancel makes it end sooner)
        poll.stop();
        thread->wait();
        delete thread;
        --s_running;
    }
    // Lists left rows blank rather than read the register meanwhile: they read them now.
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (window->isVisible())
            window->update();
    }
}

int BackgroundWork::running()
{
    return s_running.load();
}

bool BackgroundWork::registerBusy()
{
    return s_running.load() > 0 && QThread::currentThread() == QCoreApplication::instance()->thread();
}

} // namespace orec::gui
