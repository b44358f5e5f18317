#pragma once

#include "EventStore.h"
#include "Projection.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Rewind {

struct ProjectionRunnerOptions
{
    bool rebuild = false;             // ignore saved snapshots and start every projection from the beginning
    bool persist = true;              // save snapshots; false keeps the run in memory (read-only reports)
    int batchSize = 20000;            // small enough for reading and folding to overlap well
    qint64 saveEveryEvents = 2000000; // a snapshot costs a full serialisation: not too often
    int saveEveryMs = 10000;
    // Stop once the checkpoint reaches this position even if the log goes on; 0: the head as
    // seen when catchUp() starts.
    qint64 stopAt = 0;
};

// How a projection started: what ProjectionRunner::start() found in the store.
struct ProjectionStart
{
    QString name;
    enum class From
    {
        Nothing,         // never saved: built from the first event
        Snapshot,        // same code version: loaded and caught up from its checkpoint
        VersionMismatch, // saved by other code: rebuilt
        Unreadable,      // the saved state could not be read: rebuilt
        Rebuild,         // rebuild asked for
    } from = From::Nothing;
    qint64 checkpoint = 0;
    // A run that saves nothing (persist off) whose role may not read Rewind's tables: built from
    // the first event, as if never saved (`from` is Nothing).
    bool snapshotDenied = false;
};

struct ProjectionProgress
{
    qint64 checkpoint = 0; // the lowest checkpoint of the projections run
    qint64 target = 0;     // where this catch-up ends
    qint64 applied = 0;    // events read in this run
    double eventsPerSecond = 0;
};

// Feeds projections from the whole log: reads gap-safely in batches from the lowest
// checkpoint, hands each event only to the projections that handle its type and have not seen it,
// parks events that make a fold throw, and saves every state with its checkpoint and the parked
// events in one transaction, so that after a crash (kill -9 included) the next run resumes from
// the last save with the same result as an uninterrupted one. Synchronous: the GUI runs it on a
// worker thread, the command line directly.
class ProjectionRunner
{
public:
    ProjectionRunner(EventStore& store, QList<Projection*> projections, ProjectionRunnerOptions options = {});

    // Loads or resets each projection. Call once, before catchUp().
    QList<ProjectionStart> start();

    // Applies events up to the target (options.stopAt or the head seen now), saving along the way
    // and at the end. `cancel` is polled between events; a cancelled run saves what it has and
    // throws StoreError(Cancelled). Returns the number of events read.
    qint64 catchUp(const std::function<void(const ProjectionProgress&)>& progress = {},
                   const std::atomic_bool* cancel = nullptr);

    // Saves every projection now (no-op when not persisting).
    void save();

    qint64 checkpointOf(const QString& name) const;
    qint64 parkedInThisRun() const { return m_parkedTotal; }
    // Where the last catchUp() was to end: the head it saw, or options.stopAt.
    qint64 lastTarget() const { return m_lastTarget; }

private:
    struct Slot
    {
        Projection* projection = nullptr;
        QByteArray version;
        qint64 checkpoint = 0;
        qint64 checkpointTimeUs = 0;
        bool forgetParked = false;   // the next save starts the parked list afresh
        qint64 savedCheckpoint = -1; // as last saved or loaded; -1 when never
    };

    struct Batch;
    void apply(const EventView& event, quint32 mask);
    void fold(const Batch& batch);
    quint32 handlersOf(QByteArrayView type);

    EventStore& m_store;
    QList<Slot> m_slots;
    ProjectionRunnerOptions m_options;
    QHash<QByteArray, quint32> m_handlers; // event type -> bit per slot
    QList<ParkedEvent> m_parked;           // not saved yet
    qint64 m_parkedTotal = 0;
    qint64 m_lastTimeUs = 0;
    double m_eventsPerSecond = 0;
    qint64 m_lastTarget = 0;
};

} // namespace Rewind
