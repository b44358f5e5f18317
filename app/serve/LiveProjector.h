#pragma once

#include "EventStore.h"
#include "ProjectionRunner.h"
#include "ProjectionStatusReader.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <future>
#include <thread>

namespace Rewind {

struct LiveProjectorOptions
{
    // Catch-ups start at most this often. Each one ends with a save of every state (the runner
    // saves whenever something changed), so a burst of appends must not cost one save per event.
    int minCatchUpIntervalMs = 200;
    // A catch-up that took long (the save of a big state) spaces the next one out by as much, up
    // to this.
    int maxCatchUpIntervalMs = 500;
    int retryMaxMs = 10000; // back-off ceiling after a store failure
};

// The figures `rewind serve` answers with, as of the moment they were taken.
struct LiveStatus
{
    QList<ProjectionStatus> projections;
    // By projection name: events folded since start(). After a store failure the projections go
    // on from their last save, and events folded again are counted again.
    QHash<QString, qint64> eventsApplied;
    QString storeError; // the last failure while it lasts
};

// Keeps the built-in projections caught up with the store, live: a projector thread with its own
// connection runs ProjectionRunner from the saved checkpoints, then waits for the head to move and
// catches up again; a head thread with another connection polls the store's head so the head and
// the lag are current even while a catch-up runs or waits for a writer below a gap. status() only
// copies figures under a mutex: whoever asks never waits for the store.
class LiveProjector
{
public:
    explicit LiveProjector(const QString& storeAddress, LiveProjectorOptions options = {});
    ~LiveProjector(); // stop()

    // Starts both threads and returns once the projector has opened the store and loaded the saved
    // states, with how each projection started; throws the StoreError that prevented it (nothing
    // then runs). Call once.
    QList<ProjectionStart> start();
    // Stops and joins both threads. A catch-up in progress saves what it has applied first; between
    // catch-ups everything applied is already saved. Idempotent.
    void stop();

    LiveStatus status() const;

private:
    struct Figures
    {
        QString name;
        QByteArray codeVersion;
        qint64 checkpoint = 0;
        qint64 checkpointTimeUs = 0;
        qint64 parked = 0;
        qint64 applied = 0;
        qint64 eventsPerSecond = 0;
    };

    void runProjector(std::promise<QList<ProjectionStart>>& started);
    void runHeadWatch(std::promise<void>& firstAttempt);
    void publishHead(qint64 head, qint64 headTimeUs);
    void publishError(const QString& message);
    // Sleeps up to `ms`, returning early when stopping.
    void pause(int ms);

    QString m_address;
    LiveProjectorOptions m_options;
    std::atomic_bool m_stopping{false};
    std::thread m_projector;
    std::thread m_headWatch;

    mutable QMutex m_mutex; // guards everything below
    QWaitCondition m_wake;  // the head moved, or stop() was called
    QList<Figures> m_figures;
    qint64 m_head = 0;
    qint64 m_headTimeUs = 0;
    QString m_projectorError;
    QString m_headError;
    HeadWatcher* m_watcher = nullptr; // the one waiting now, to wake on stop()
};

} // namespace Rewind
