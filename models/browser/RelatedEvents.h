#pragma once

#include "EventStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Rewind {

// An event's relatives, as its metadata names them. Rewind's commands write `correlationId` and
// `causationId`; Eventide's messages carry `causationMessageGlobalPosition`,
// `causationMessageStreamName` with `causationMessagePosition`, `correlationStreamName` and
// `replyStreamName`. The cause and the replies are a few indexed reads (find(), on a worker
// thread); the events that share a correlation may be spread over the whole log, so they are a
// query for the browser's paged table.
class RelatedEvents
{
public:
    static constexpr int MaxReplies = 50;

    struct Links
    {
        QString correlationId;
        QString causationId;                // a UUID when Rewind wrote it
        qint64 causationGlobalPosition = 0; // 0: not given
        QString causationStreamName;
        qint64 causationPosition = -1; // -1: not given
        QString correlationStreamName;
        QString replyStreamName;

        bool namesCause() const
        {
            return causationGlobalPosition > 0 ||
                   (!causationStreamName.isEmpty() && causationPosition >= 0) || !causationId.isEmpty();
        }
    };

    struct Found
    {
        std::optional<RecordedEvent> cause;
        QList<RecordedEvent> replies; // the first MaxReplies events of the reply stream
    };

    // The links in the metadata; none when it is not a JSON object.
    static Links links(const QByteArray& metadata);

    // The events that share this event's correlation: by `correlationId` when it has one, else by
    // Eventide's `correlationStreamName`; nullopt when it has neither.
    static std::optional<LogQuery> correlationQuery(const Links& links);

    // The causing event: by global position, else by stream name and position, else by
    // `causationId`; the first of these the metadata gives that is in the store.
    static std::optional<RecordedEvent> cause(EventStore& store, const Links& links);
    static QList<RecordedEvent> replies(EventStore& store, const Links& links);
    static Found find(EventStore& store, const Links& links);
};

} // namespace Rewind
