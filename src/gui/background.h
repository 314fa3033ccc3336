// Runs slow work (Argon2id, re-encryption) off the GUI thread and hands the result back on it.
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace orec::gui {

// `done` runs on the thread of `context`, and only if `context` still exists.
template <typename T>
void runInBackground(QObject* context, std::function<T()> work, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread* thread = QThread::create([result, work = std::move(work)] { result->emplace(work()); });
    QPointer<QObject> guard(context);
    QObject::connect(thread, &QThread::finished, context, [thread, result, guard, done = std::move(done)] {
        thread->deleteLater();
        if (guard && result->has_value())
            done(std::move(**result));
    });
    thread->start();
}

} // namespace orec::gui
