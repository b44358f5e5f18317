#pragma once

#include "EventStore.h"
#include "JobControl.h"
#include "ReconnectBackoff.h"
#include "StoreError.h"
#include "StoreJob.h"
#include "StoreWorker.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace Rewind {

class HeadWatchThread;

// One open store as the window uses it. Every store call runs on a worker thread with its own
// connection, so the UI thread never waits for a database:
//  - the Interactive lane serves what a user waits for (a page, a jump, an event's details);
//  - the Background lane runs what may take seconds (row indexes, exports), so that a long
//    scan never holds up the next page;
//  - the Overview lane counts for the side panels (scope tree, related events), which can take
//    minutes on a big store and must not hold up the row index that scrolling needs;
//  - a head watcher (polling) reports new events for the live tail. Its connection
//    is the session's sentinel: when the server drops it (a restart, pg_terminate_backend), the
//    session reports connectionLost() for each failed attempt, retries with a growing pause, and
//    reports connectionRestored() once it is back; the watch then resumes from the last head it
//    reported, so a live tail that reads on from its own position misses nothing. A job that
//    fails as Unreachable while the watcher's connection still works (the server dropped only a
//    worker's) starts the same cycle for the workers: probes on every lane, with growing pauses.
// Results come back as calls on a context object's thread, and only while it lives; a cancelled
// job's result is dropped.
class StoreSession : public QObject
{
    Q_OBJECT
public:
    enum class Lane
    {
        Interactive,
        Background,
        // What side panels show and nobody waits for: scope counts and correlation searches, which
        // may scan the whole log for minutes on a big store and must not hold up the row index.
        Overview,
    };
    static constexpr int LaneCount = 3;

    struct Failure
    {
        StoreError::Kind kind = StoreError::Kind::Database;
        QString message;
    };

    explicit StoreSession(const QString& address, QObject* parent = nullptr);
    ~StoreSession() override; // cancels what runs and joins the threads

    QString address() const { return m_address; }

    // Runs `work(EventStore&, const JobControl&)` on `lane`; then `done(result)` on `context`'s thread,
    // or `failed(Failure)` when it threw a StoreError (default: the session's jobFailed signal).
    // `progress(done, total)` calls arrive on `context`'s thread too.
    template <typename Work, typename Done>
    StoreJob submit(Lane lane, QObject* context, Work work, Done done,
                    std::function<void(const Failure&)> failed = {},
                    std::function<void(qint64, qint64)> progress = {});

    // Starts reporting headMoved() whenever the head passes the last head seen. Idempotent.
    void startWatchingHead(qint64 knownHead);
    void stopWatchingHead();
    bool isWatchingHead() const;
    // Between connectionLost() and connectionRestored().
    bool isConnectionLost() const { return m_watchLost || m_workersLost; }

signals:
    void jobFailed(const QString& message);
    void headMoved(qint64 head);
    // The head watcher runs (again): the live tail follows the head.
    void headWatchStarted();
    // A connection to the store failed or could not be opened again (the head watcher's, or a
    // worker's: a job failed as Unreachable); `message` is the store's error, and the next attempt
    // comes in `retryInMs`, growing while the server stays away. Sent for every failed attempt,
    // the first one included. Jobs submitted meanwhile fail as StoreError::Unreachable.
    void connectionLost(const QString& message, int retryInMs);
    // Every connection works again after connectionLost(). The workers' connections are checked
    // (and opened again) before any job submitted from here on runs.
    void connectionRestored();

private:
    StoreWorker* worker(Lane lane) const { return m_workers[int(lane)]; }
    void onWatchStarted();
    void onWatchFailed(const QString& message, int retryInMs);
    // Queues on every lane a call that notices a connection the server dropped and opens it again.
    void reviveWorkers();
    // A job failed as Unreachable; on the session's thread.
    void onJobUnreachable(const QString& message);
    void scheduleWorkerProbe(const QString& message);
    void probeWorkers();
    void workerProbeFinished(const QString& failure);

    QString m_address;
    QThread m_threads[LaneCount];
    StoreWorker* m_workers[LaneCount];
    HeadWatchThread* m_headWatch = nullptr;
    bool m_watchLost = false;   // the head watcher is between attempts
    bool m_workersLost = false; // worker probes run or wait for their next round
    ReconnectBackoff m_workerBackoff;
    int m_probesPending = 0;
    QString m_probeFailure;
};

namespace detail {
// Queues `f` on `context`'s thread; nothing when the context is gone already.
template <typename F> void postTo(const QPointer<QObject>& context, F&& f)
{
    if (QObject* c = context.data())
        QMetaObject::invokeMethod(c, std::forward<F>(f), Qt::QueuedConnection);
}
} // namespace detail

template <typename Work, typename Done>
StoreJob StoreSession::submit(Lane lane, QObject* context, Work work, Done done,
                              std::function<void(const Failure&)> failed,
                              std::function<void(qint64, qint64)> progress)
{
    using Result = std::invoke_result_t<Work, EventStore&, const JobControl&>;
    auto control = std::make_shared<JobControl>();
    QPointer<QObject> guard(context);
    QPointer<StoreSession> self(this);
    if (progress) {
        control->m_progress = [guard, weak = std::weak_ptr<JobControl>(control), progress](qint64 d,
                                                                                           qint64 t) {
            detail::postTo(guard, [guard, weak, progress, d, t] {
                const auto c = weak.lock();
                if (guard && c && !c->cancelled())
                    progress(d, t);
            });
        };
    }
    StoreWorker* target = worker(lane);
    target->post(control, [control, guard, self, work = std::move(work), done = std::move(done),
                           failed = std::move(failed)](StoreWorker& worker) mutable {
        const auto deliverFailure = [&](Failure f) {
            // The session lives until the workers are joined, so it is there to be told.
            if (f.kind == StoreError::Kind::Unreachable)
                if (StoreSession* s = self.data())
                    QMetaObject::invokeMethod(
                        s, [s, message = f.message] { s->onJobUnreachable(message); }, Qt::QueuedConnection);
            detail::postTo(guard, [control, guard, self, failed, f] {
                if (!guard || control->cancelled())
                    return;
                if (failed)
                    failed(f);
                else if (self)
                    emit self->jobFailed(f.message);
            });
        };
        try {
            Result result = work(worker.store(), std::as_const(*control));
            detail::postTo(guard, [control, guard, done, result = std::move(result)]() mutable {
                if (guard && !control->cancelled())
                    done(std::move(result));
            });
        } catch (const StoreError& e) {
            deliverFailure({e.kind(), e.message()});
        } catch (const std::exception& e) {
            deliverFailure({StoreError::Kind::Database, QString::fromLocal8Bit(e.what())});
        }
    });
    return StoreJob(control, target);
}

} // namespace Rewind
