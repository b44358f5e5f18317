#include "StreamReplayer.h"

#include "AggregateFold.h"
#include "StoreError.h"

#include <limits>

namespace Rewind {

namespace {

// Pending snapshots are saved at the end of each page read, or sooner once their states add up to
// this much, so that snapshotting a stream with large states often does not hold them all at once.
constexpr qint64 MaxPendingStateBytes = 64 * 1024 * 1024;

// Puts the latest usable snapshot at or before `atOrBefore` into `fold`; returns its position.
std::optional<qint64> startFromSnapshot(EventStore& store, const QString& stream, AggregateFold& fold,
                                        qint64 atOrBefore, bool& denied)
{
    std::optional<StreamSnapshot> snapshot;
    try {
        snapshot = store.loadStreamSnapshot(stream, fold.foldVersion(), atOrBefore);
    } catch (const StoreError& e) {
        // A snapshot only saves time. A Message DB database that `rewind init` never saw has no
        // snapshot table, and a role such as Eventide's `message_store` may not read schema rewind:
        // both still replay, from the start. A refusal on anything but Rewind's tables is a failure.
        // A connection that is really gone fails the read that follows.
        if (e.kind() == StoreError::Kind::Forbidden && e.subject() == StoreError::Subject::RewindTables) {
            denied = true;
            return std::nullopt;
        }
        if (e.kind() != StoreError::Kind::Unreachable && e.kind() != StoreError::Kind::Database)
            throw;
        return std::nullopt;
    }
    if (!snapshot)
        return std::nullopt;
    AggregateFold loaded(stream);
    // A state that does not read back, or is not the state as of its own position, is not trusted:
    // folding from the start is slower but never wrong.
    if (!loaded.loadState(snapshot->state) || loaded.version() != snapshot->position)
        return std::nullopt;
    fold = std::move(loaded);
    return snapshot->position;
}

} // namespace

StreamReplayer::StreamReplayer(EventStore& store) : m_store(store) {}

ReplayOutcome StreamReplayer::replay(const QString& stream, std::optional<qint64> untilPosition,
                                     std::optional<qint64> untilTimeUs, bool useSnapshots)
{
    AggregateFold fold(stream);
    const qint64 last = untilPosition.value_or(std::numeric_limits<qint64>::max());
    ReplayOutcome outcome;
    qint64 next = 0;
    // Imported events may carry times out of position order, so the state as of a moment is not the
    // state at any one position, and no snapshot can stand in for the events before it.
    if (useSnapshots && !untilTimeUs && last >= 0) {
        if (const auto position = startFromSnapshot(m_store, stream, fold, last, outcome.snapshotsDenied)) {
            outcome.snapshotPosition = *position;
            next = *position + 1;
        }
    }
    while (next <= last) {
        // No more than the replay needs: after a snapshot that is often only a few hundred events.
        const int limit = last - next < PageSize ? int(last - next + 1) : PageSize;
        const QList<RecordedEvent> events = m_store.readStream(stream, next, limit);
        for (const RecordedEvent& e : events) {
            if (e.position > last)
                break;
            // A later event can still be at or before the moment asked for (see above): the whole
            // stream is read, not cut at the first miss.
            if (!untilTimeUs || e.timeUs <= *untilTimeUs) {
                fold.apply(e);
                ++outcome.eventsFolded;
            }
        }
        if (events.size() < limit)
            break;
        next = events.last().position + 1;
    }
    outcome.json = fold.toJson();
    return outcome;
}

int StreamReplayer::snapshot(const QString& stream, int every)
{
    if (every < 1)
        throw StoreError(StoreError::Kind::BadInput,
                         QStringLiteral("snapshots need an interval of at least 1 event, got %1").arg(every));
    AggregateFold fold(stream);
    const QByteArray foldVersion = fold.foldVersion();
    QList<StreamSnapshot> pending;
    qint64 pendingBytes = 0;
    int saved = 0;
    const auto flush = [&] {
        if (pending.isEmpty())
            return;
        m_store.saveStreamSnapshots(pending);
        saved += int(pending.size());
        pending.clear();
        pendingBytes = 0;
    };
    qint64 next = 0;
    for (;;) {
        const QList<RecordedEvent> events = m_store.readStream(stream, next, PageSize);
        for (const RecordedEvent& e : events) {
            fold.apply(e);
            // Positions in a stream have no holes, so this is after every `every` events.
            if ((e.position + 1) % every != 0)
                continue;
            pending.append(StreamSnapshot{stream, e.position, foldVersion, fold.saveState()});
            pendingBytes += pending.last().state.size();
            if (pendingBytes >= MaxPendingStateBytes)
                flush();
        }
        flush();
        if (events.size() < PageSize)
            break;
        next = events.last().position + 1;
    }
    return saved;
}

} // namespace Rewind
