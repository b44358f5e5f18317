#include "ProjectionRunner.h"

#include "EventTime.h"
#include "StoreError.h"

#include <algorithm>
#include <future>
#include <vector>

namespace Rewind {

ProjectionRunner::ProjectionRunner(EventStore& store, QList<Projection*> projections,
                                   ProjectionRunnerOptions options)
    : m_store(store), m_options(options)
{
    // A bit per projection in a quint32 mask.
    Q_ASSERT(projections.size() <= 32);
    for (int i = 0; i < projections.size(); ++i) {
        Slot slot;
        slot.projection = projections[i];
        slot.version = projections[i]->codeVersion();
        m_slots.append(slot);
        for (const QByteArray& type : projections[i]->handledTypes())
            m_handlers[type] |= 1u << i;
    }
}

QList<ProjectionStart> ProjectionRunner::start()
{
    QList<ProjectionStart> starts;
    for (Slot& slot : m_slots) {
        ProjectionStart s;
        s.name = slot.projection->name();
        slot.projection->reset();
        slot.checkpoint = 0;
        slot.checkpointTimeUs = 0;
        slot.forgetParked = true;
        std::optional<ProjectionSnapshot> saved;
        if (!m_options.rebuild) {
            try {
                saved = m_store.loadProjection(s.name);
            } catch (const StoreError& e) {
                // A read-only run (a report, a timeline) by a role without access to Rewind's tables
                // builds from the first event; a run that saves would only fail later.
                if (m_options.persist || e.kind() != StoreError::Kind::Forbidden ||
                    e.subject() != StoreError::Subject::RewindTables)
                    throw;
                s.snapshotDenied = true;
            }
        }
        if (m_options.rebuild) {
            s.from = ProjectionStart::From::Rebuild;
        } else if (saved) {
            if (saved->codeVersion != slot.version) {
                s.from = ProjectionStart::From::VersionMismatch;
            } else {
                try {
                    slot.projection->loadState(saved->state);
                    slot.checkpoint = saved->checkpoint;
                    slot.checkpointTimeUs = saved->checkpointTimeUs;
                    slot.savedCheckpoint = saved->checkpoint;
                    slot.forgetParked = false;
                    s.from = ProjectionStart::From::Snapshot;
                } catch (const ProjectionError&) {
                    slot.projection->reset();
                    s.from = ProjectionStart::From::Unreadable;
                }
            }
        }
        s.checkpoint = slot.checkpoint;
        starts.append(s);
    }
    return starts;
}

quint32 ProjectionRunner::handlersOf(QByteArrayView type)
{
    // fromRawData: the lookup key borrows the reader's bytes instead of copying them per event.
    const auto it = m_handlers.constFind(QByteArray::fromRawData(type.data(), type.size()));
    return it == m_handlers.constEnd() ? 0 : it.value();
}

void ProjectionRunner::apply(const EventView& event, quint32 mask)
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (!(mask & (1u << i)))
            continue;
        Slot& slot = m_slots[i];
        if (event.globalPosition <= slot.checkpoint)
            continue;
        try {
            slot.projection->apply(event);
        } catch (const ProjectionError& e) {
            m_parked.append(ParkedEvent{slot.projection->name(), event.globalPosition,
                                        QString::fromUtf8(event.streamName), QString::fromUtf8(event.type),
                                        e.reason(), EventTime::nowUs()});
            ++m_parkedTotal;
        }
    }
}

// A batch read from the log and not yet folded: the bytes of the events some projection handles,
// copied out of the reader's buffers so that the reader can go on while another thread folds.
struct ProjectionRunner::Batch
{
    struct Entry
    {
        qint64 globalPosition;
        qint64 position;
        qint64 timeUs;
        qsizetype stream, streamSize, type, typeSize, data, dataSize; // offsets into `bytes`
        quint32 mask;
    };
    QByteArray bytes;
    std::vector<Entry> entries;
    qint64 from = 0;       // the position the batch was read after
    qint64 safe = 0;       // every event up to here is in the batch or handled by nobody
    qint64 lastTimeUs = 0; // time of the last event read
    qint64 read = 0;       // events read, handled or not

    void clear()
    {
        bytes.resize(0); // keeps the allocation, unlike clear(): the next batch is about as large
        entries.clear();
        read = 0;
    }
};

void ProjectionRunner::fold(const Batch& batch)
{
    const char* base = batch.bytes.constData();
    for (const Batch::Entry& e : batch.entries) {
        EventView v;
        v.globalPosition = e.globalPosition;
        v.position = e.position;
        v.timeUs = e.timeUs;
        v.streamName = QByteArrayView(base + e.stream, e.streamSize);
        v.type = QByteArrayView(base + e.type, e.typeSize);
        v.data = QByteArrayView(base + e.data, e.dataSize);
        apply(v, e.mask);
    }
}

// Reading and folding overlap: while one thread folds batch N, the calling thread reads batch N+1
// (SQLite's row decoding and libpq's parsing take about as long as the folds). Everything else
// (checkpoints, progress, saves) happens on the calling thread while the folding thread is idle,
// so the two never touch the same state at the same time.
qint64 ProjectionRunner::catchUp(const std::function<void(const ProjectionProgress&)>& progress,
                                 const std::atomic_bool* cancel)
{
    if (m_slots.isEmpty())
        return 0;
    qint64 from = std::numeric_limits<qint64>::max();
    for (const Slot& slot : m_slots)
        from = std::min(from, slot.checkpoint);
    const qint64 target = m_options.stopAt > 0 ? m_options.stopAt : m_store.headPosition();
    m_lastTarget = target;

    QElapsedTimer clock;
    clock.start();
    qint64 applied = 0;
    qint64 sinceSave = 0;
    qint64 lastSaveMs = 0;
    ProjectionProgress p;
    p.target = target;
    bool cancelled = false;
    qint64 position = from; // read up to here
    Batch batches[2];
    int next = 0;
    std::future<void> folding;
    Batch* inFlight = nullptr;

    // Waits for the batch being folded and moves the checkpoints past it; saves when due.
    const auto finishFolding = [&] {
        if (!inFlight)
            return;
        folding.get(); // rethrows what the fold threw (ProjectionError is parked, not thrown)
        const Batch& b = *inFlight;
        inFlight = nullptr;
        for (Slot& slot : m_slots) {
            if (slot.checkpoint < b.safe) {
                slot.checkpoint = b.safe;
                slot.checkpointTimeUs = b.lastTimeUs;
            }
        }
        applied += b.read;
        sinceSave += b.safe - b.from;
        const qint64 ms = clock.elapsed();
        m_eventsPerSecond = ms > 0 ? applied * 1000.0 / ms : 0;
        if (progress) {
            p.checkpoint = b.safe;
            p.applied = applied;
            p.eventsPerSecond = m_eventsPerSecond;
            progress(p);
        }
        if (m_options.persist &&
            (sinceSave >= m_options.saveEveryEvents || ms - lastSaveMs >= m_options.saveEveryMs)) {
            save();
            sinceSave = 0;
            lastSaveMs = clock.elapsed();
        }
    };

    try {
        while (position < target && !cancelled) {
            Batch& b = batches[next];
            b.clear();
            b.from = position;
            LogQuery query;
            query.afterGlobalPosition = position;
            query.withMetadata = false; // no projection reads it
            // Saves happen between batches, so a batch never runs past the next save.
            query.limit =
                int(std::min({qint64(m_options.batchSize), m_options.saveEveryEvents, target - position}));
            qint64 lastSeen = position;
            const LogScan scan = m_store.scanLog(query, [&](const EventView& e) {
                lastSeen = e.globalPosition;
                b.lastTimeUs = e.timeUs;
                if (const quint32 mask = handlersOf(e.type)) {
                    const qsizetype at = b.bytes.size();
                    b.bytes.append(e.streamName.data(), e.streamName.size());
                    b.bytes.append(e.type.data(), e.type.size());
                    b.bytes.append(e.data.data(), e.data.size());
                    b.entries.push_back({e.globalPosition, e.position, e.timeUs, at, e.streamName.size(),
                                         at + e.streamName.size(), e.type.size(),
                                         at + e.streamName.size() + e.type.size(), e.data.size(), mask});
                }
                // Polled every 4096 events: an atomic load per event is measurable at this rate.
                if ((++b.read & 4095) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
                    cancelled = true;
                    return false;
                }
                return true;
            });
            const qint64 safe = cancelled ? lastSeen : scan.safePosition;
            if (safe <= position && !cancelled) {
                if (scan.atHead)
                    break; // nothing more is final yet: the target lies in a hole or beyond it
                // A writer below the gap has not finished within the scan's wait: try again.
                cancelled = cancel && cancel->load();
                continue;
            }
            b.safe = safe;
            position = safe;
            finishFolding();
            inFlight = &b;
            folding = std::async(std::launch::async, [this, &b] { fold(b); });
            next ^= 1;
            if (scan.atHead && position < target)
                break; // the head moved back below the target: rows were deleted under us
        }
        finishFolding();
    } catch (...) {
        // Never leave a thread folding into a batch that is about to go away.
        if (inFlight && folding.valid())
            folding.wait();
        throw;
    }
    // A run that found nothing new leaves the saved states as they are: rewriting megabytes of
    // identical state would make every start-up as slow as a save.
    bool changed = !m_parked.isEmpty();
    for (const Slot& slot : m_slots)
        changed = changed || slot.forgetParked || slot.checkpoint != slot.savedCheckpoint;
    if (changed)
        save();
    if (cancelled)
        throw StoreError(StoreError::Kind::Cancelled,
                         QStringLiteral("stopped at position %1 of %2; the next run resumes there")
                             .arg(position)
                             .arg(target));
    return applied;
}

void ProjectionRunner::save()
{
    if (!m_options.persist)
        return;
    QList<ProjectionSnapshot> snapshots;
    const qint64 now = EventTime::nowUs();
    for (const Slot& slot : m_slots) {
        ProjectionSnapshot s;
        s.name = slot.projection->name();
        s.codeVersion = slot.version;
        s.checkpoint = slot.checkpoint;
        s.checkpointTimeUs = slot.checkpointTimeUs;
        s.state = slot.projection->saveState();
        s.eventsPerSecond = qint64(m_eventsPerSecond);
        s.savedAtUs = now;
        s.replaceParked = slot.forgetParked;
        snapshots.append(s);
    }
    m_store.saveProjections(snapshots, m_parked);
    m_parked.clear();
    for (Slot& slot : m_slots) {
        slot.forgetParked = false;
        slot.savedCheckpoint = slot.checkpoint;
    }
}

qint64 ProjectionRunner::checkpointOf(const QString& name) const
{
    for (const Slot& slot : m_slots) {
        if (slot.projection->name() == name)
            return slot.checkpoint;
    }
    return 0;
}

} // namespace Rewind
