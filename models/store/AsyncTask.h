#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>

namespace Rewind {

// Runs `work` on the global thread pool and hands its result to `done` on `context`'s thread, but
// only while `context` lives: the watcher is the context's child, so a closed window never gets a
// callback into freed memory.
template <typename Work, typename Done> void runAsync(QObject* context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace Rewind
