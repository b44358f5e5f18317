#pragma once

#include "EventStore.h"
#include "JobControl.h"
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
//  - a head watcher (LISTEN/NOTIFY or polling) reports new events for the live tail.
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

signals:
    void jobFailed(const QString& message);
    void headMoved(qint64 head);
    // Whether the watcher is notified by the server (true) or polls (false); sent once it knows.
    void headWatchStarted(bool pushed);

private:
    StoreWorker* worker(Lane lane) const { return m_workers[int(lane)]; }

    QString m_address;
    QThread m_threads[LaneCount];
    StoreWorker* m_workers[LaneCount];
    HeadWatchThread* m_headWatch = nullptr;
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
