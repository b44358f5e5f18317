#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>
#include <QtGlobal>

#include <limits>

namespace Rewind {

// One stored message, with exactly the event fields: global_position, position, time, stream_name,
// type, data, metadata, id. JSON payloads stay as text so that reading a page never pays for
// parsing what nobody looks at.
struct RecordedEvent
{
    qint64 globalPosition = 0;
    qint64 position = 0;
    qint64 timeUs = 0; // microseconds since the Unix epoch, UTC
    QString streamName;
    QString type;
    QByteArray data;     // compact JSON text, an object when Rewind or Eventide wrote it, else any value
    QByteArray metadata; // compact JSON text as data; empty means null
    QUuid id;

    friend bool operator==(const RecordedEvent&, const RecordedEvent&) = default;
};

// An event about to be appended. The store assigns global_position; position and time are assigned
// by the store unless an import supplies them.
struct NewEvent
{
    QUuid id;
    QString streamName;
    QString type;
    QByteArray data;     // JSON text: an object on append; any JSON value on import
    QByteArray metadata; // JSON text as data; empty means null
    // Times before 1970 are negative, so "no time given" needs a value no event can have.
    static constexpr qint64 StoreClock = std::numeric_limits<qint64>::min();
    qint64 timeUs = StoreClock; // StoreClock: the store's clock at append
    qint64 position = -1;       // -1: next in stream; otherwise must equal the next position (import)
};

} // namespace Rewind
