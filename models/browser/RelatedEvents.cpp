#include "RelatedEvents.h"

#include "EventJson.h"
#include "JsonScanner.h"

#include <QUuid>

namespace Rewind {

RelatedEvents::Links RelatedEvents::links(const QByteArray& metadata)
{
    Links out;
    JsonScanner scanner(metadata);
    const auto text = [](const JsonScanner::Member& m) {
        return m.type == JsonScanner::Type::String ? JsonScanner::decodeString(m.value) : QString();
    };
    const auto number = [](const JsonScanner::Member& m, qint64 fallback) {
        qint64 value = fallback;
        if (m.type != JsonScanner::Type::Number || !JsonScanner::toInteger(m.value, value))
            return fallback;
        return value;
    };
    // A member whose value has the wrong type is as good as absent: the metadata came from any writer.
    scanner.scanObject([&](const JsonScanner::Member& m) {
        if (m.keyEscaped)
            return true;
        if (m.key == QByteArrayView("correlationId"))
            out.correlationId = text(m);
        else if (m.key == QByteArrayView("causationId"))
            out.causationId = text(m);
        else if (m.key == QByteArrayView("causationMessageGlobalPosition"))
            out.causationGlobalPosition = std::max<qint64>(0, number(m, 0));
        else if (m.key == QByteArrayView("causationMessageStreamName"))
            out.causationStreamName = text(m);
        else if (m.key == QByteArrayView("causationMessagePosition"))
            out.causationPosition = std::max<qint64>(-1, number(m, -1));
        else if (m.key == QByteArrayView("correlationStreamName"))
            out.correlationStreamName = text(m);
        else if (m.key == QByteArrayView("replyStreamName"))
            out.replyStreamName = text(m);
        return true;
    });
    return out;
}

std::optional<LogQuery> RelatedEvents::correlationQuery(const Links& links)
{
    const bool byId = !links.correlationId.isEmpty();
    if (!byId && links.correlationStreamName.isEmpty())
        return std::nullopt;
    LogQuery q;
    q.metadataContains = byId ? "{\"correlationId\":" : "{\"correlationStreamName\":";
    EventJson::appendJsonString(q.metadataContains, byId ? links.correlationId : links.correlationStreamName);
    q.metadataContains += '}';
    return q;
}

std::optional<RecordedEvent> RelatedEvents::cause(EventStore& store, const Links& links)
{
    if (links.causationGlobalPosition > 0) {
        LogQuery q;
        q.afterGlobalPosition = links.causationGlobalPosition - 1;
        q.limit = 1;
        q.maxGapWaitMs = 0; // the cause was written before this event: it is no writer in flight
        const LogBatch batch = store.readLog(q);
        if (!batch.events.isEmpty() && batch.events.first().globalPosition == links.causationGlobalPosition)
            return batch.events.first();
    }
    if (!links.causationStreamName.isEmpty() && links.causationPosition >= 0) {
        const QList<RecordedEvent> events =
            store.readStream(links.causationStreamName, links.causationPosition, 1);
        if (!events.isEmpty() && events.first().position == links.causationPosition)
            return events.first();
    }
    const QUuid id(links.causationId);
    if (!id.isNull())
        return store.readEvent(id);
    return std::nullopt;
}

QList<RecordedEvent> RelatedEvents::replies(EventStore& store, const Links& links)
{
    if (links.replyStreamName.isEmpty())
        return {};
    return store.readStream(links.replyStreamName, 0, MaxReplies);
}

RelatedEvents::Found RelatedEvents::find(EventStore& store, const Links& links)
{
    return {cause(store, links), replies(store, links)};
}

} // namespace Rewind
