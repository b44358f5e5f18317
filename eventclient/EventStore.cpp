#include "EventStore.h"
#include "StoreError.h"

#include <algorithm>

namespace Rewind {

void EventStore::installRoles(const QStringList& editorCategories)
{
    Q_UNUSED(editorCategories);
    throw StoreError(StoreError::Kind::BadInput,
                     QStringLiteral("%1: roles need PostgreSQL; a %2 store has no users of its own (protect "
                                    "the file with its permissions instead)")
                         .arg(displayAddress(), backendName()));
}

LogScan EventStore::scanLog(const LogQuery& query, const EventVisitor& visit)
{
    const LogBatch batch = readLog(query);
    LogScan scan;
    scan.safePosition = batch.safePosition;
    scan.atHead = batch.atHead;
    for (const RecordedEvent& e : batch.events) {
        const QByteArray stream = e.streamName.toUtf8();
        const QByteArray type = e.type.toUtf8();
        EventView view{e.globalPosition, e.position, e.timeUs, stream, type, e.data, e.metadata};
        ++scan.visited;
        if (!visit(view)) {
            // Everything up to this event was visited; what follows in the batch was not.
            scan.stopped = true;
            scan.safePosition = e.globalPosition;
            scan.atHead = false;
            break;
        }
    }
    return scan;
}

qint64 EventStore::positionAtTime(qint64 timeUs)
{
    const qint64 head = headPosition();
    // The time of the first event at or after a global position; holes (rolled-back inserts) are
    // skipped by reading the next stored event.
    const auto firstAtOrAfter = [this](qint64 globalPosition) -> std::optional<RecordedEvent> {
        LogQuery q;
        q.afterGlobalPosition = globalPosition - 1;
        q.limit = 1;
        q.maxGapWaitMs = 0;
        const LogBatch batch = readLog(q);
        if (batch.events.isEmpty())
            return std::nullopt;
        return batch.events.first();
    };
    // Invariant: every event before `low` is earlier than timeUs; the answer lies in [low, high].
    qint64 low = 1;
    qint64 high = head + 1;
    while (low < high) {
        const qint64 mid = low + (high - low) / 2;
        const auto e = firstAtOrAfter(mid);
        if (!e)
            high = mid;
        else if (e->timeUs < timeUs)
            low = e->globalPosition + 1;
        else
            high = mid;
    }
    // `low` may be a hole; the answer is the event stored there or after it.
    const auto first = low <= head ? firstAtOrAfter(low) : std::nullopt;
    return first ? first->globalPosition : head + 1;
}

} // namespace Rewind
