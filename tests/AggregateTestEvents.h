#pragma once

// Event builders the fold and decision tests share: one "Type {data}" string per event keeps their
// tables one line per event.

#include "RecordedEvent.h"

#include <QString>
#include <QStringList>

namespace Rewind {

// "Type {data}" (or just "Type", data {}) -> the event of `stream` at `position`.
inline RecordedEvent recordedEvent(const QString& stream, const QString& typeAndData, qint64 position)
{
    const qsizetype space = typeAndData.indexOf(u' ');
    RecordedEvent e;
    e.position = position;
    e.streamName = stream;
    e.type = space < 0 ? typeAndData : typeAndData.left(space);
    e.data = space < 0 ? QByteArray("{}") : typeAndData.mid(space + 1).toUtf8();
    return e;
}

// The state `Aggregate` folds from `events`, placed at positions 0, 1, … of `stream`.
template <typename State, typename Aggregate>
State foldEvents(const QString& stream, const QStringList& events)
{
    State state;
    for (qsizetype i = 0; i < events.size(); ++i)
        state = Aggregate::apply(state, recordedEvent(stream, events[i], i));
    return state;
}

} // namespace Rewind
