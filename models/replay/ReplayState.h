#pragma once

#include "JsonDiff.h"
#include "RecordedEvent.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QMetaType>
#include <QString>

namespace Rewind {

// The aggregate's state after one event of a stream, with what that event changed.
struct ReplayState
{
    QString stream;
    qint64 position = -1;
    RecordedEvent event;          // the event at `position`
    QByteArray json;              // as `rewind replay --until-position` prints it
    QJsonDocument document;       // `json`, parsed off the UI thread
    JsonChanges changes;          // against the state after position - 1 (the empty state for 0)
    qint64 eventsFolded = 0;      // by the replay to `position`
    qint64 snapshotPosition = -1; // the snapshot that replay started from; -1: none
    qint64 elapsedUs = 0;         // both replays and the diff, on the worker
};

} // namespace Rewind

Q_DECLARE_METATYPE(Rewind::ReplayState)
