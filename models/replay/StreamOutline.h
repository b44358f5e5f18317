#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace Rewind {

// What the replay view needs to lay a stream out before any state is folded: how long it is, when
// it starts and ends, and the times at a few evenly spread positions for the date ticks.
struct StreamOutline
{
    struct Sample
    {
        qint64 position = 0;
        qint64 timeUs = 0;
    };

    QString stream;
    qint64 version = -1; // position of the last event; -1: the stream has no events
    qint64 firstTimeUs = 0;
    qint64 lastTimeUs = 0;
    QList<Sample> samples; // rising positions, the first and the last event included
};

} // namespace Rewind

Q_DECLARE_METATYPE(Rewind::StreamOutline)
