#include "EventStore.h"

namespace Rewind {

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

} // namespace Rewind
