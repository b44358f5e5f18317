#pragma once

#include "EventStore.h"
#include "Projection.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Rewind {

// One line of `projections status`: a built-in projection as last saved, or an
// external Eventide consumer found by its position stream.
struct ProjectionStatus
{
    enum class State
    {
        NeverRun,     // no snapshot saved yet
        CaughtUp,     // checkpoint at the head
        Behind,       // events after the checkpoint not applied yet
        NeedsRebuild, // saved by code of another version: the next run rebuilds
        External,     // an Eventide consumer: Rewind only reads its position
    };

    QString name;
    QString category; // an external consumer: the category it reads, whose head its lag counts to
    State state = State::NeverRun;
    QByteArray codeVersion;  // of this build; empty for an external consumer
    QByteArray savedVersion; // of the snapshot
    qint64 checkpoint = 0;
    qint64 head = 0;
    qint64 lagEvents = 0;
    double lagSeconds = 0; // head event's time minus the checkpoint event's time
    qint64 eventsPerSecond = 0;
    qint64 parked = 0;
    qint64 savedAtUs = 0;

    static QString stateName(State state); // "caught up", … (stable, for JSON)
};

// Reads the status of the given projections and discovers external consumers. Read-only.
class ProjectionStatusReader
{
public:
    static QList<ProjectionStatus> read(EventStore& store, const QList<Projection*>& projections);
    // The built-in projections alone, against a head already read (a monitor asks every second and
    // must not scan for external consumers each time).
    static QList<ProjectionStatus> readSaved(EventStore& store, const QList<Projection*>& projections,
                                             qint64 head, qint64 headTimeUs);
    // The position streams of Eventide consumers: found by listing categories, which scans the log.
    static QStringList externalConsumerStreams(EventStore& store);
    // One consumer's status from the last message of its position stream, its lag counted against
    // the head of the category it reads (consumedCategory), not the whole log's.
    static std::optional<ProjectionStatus> externalConsumer(EventStore& store, const QString& positionStream);
    // Eventide consumers: streams of categories that carry the `position` type
    // (`account:position-worker1`), whose last `Recorded {position}` (`Updated` in newer Eventide)
    // is the checkpoint.
    static QList<ProjectionStatus> externalConsumers(EventStore& store);
    // The category a consumer reads, from its position stream's name ("account:command" for
    // "account:command+position-worker1"); empty when the name carries no `position` type.
    static QString consumedCategory(const QString& positionStream);
    // The time of the event at `globalPosition`, or nullopt when there is none.
    static std::optional<qint64> timeAt(EventStore& store, qint64 globalPosition);
};

} // namespace Rewind
