#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Rewind {

// One stored event seen in passing while a reader streams the log (EventStore::scanLog). The views
// point into the reader's buffers and are valid only during the call that receives them: a fold
// that needs a value after that copies it. Nothing is decoded up front, so an event whose type
// nobody handles costs no more than a type comparison.
struct EventView
{
    qint64 globalPosition = 0;
    qint64 position = 0;
    qint64 timeUs = 0;         // microseconds since the Unix epoch, UTC
    QByteArrayView streamName; // UTF-8
    QByteArrayView type;       // UTF-8
    QByteArrayView data;       // JSON object text
    QByteArrayView metadata;   // JSON object text; empty means null
};

} // namespace Rewind
