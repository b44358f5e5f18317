#pragma once

#include "RecordedEvent.h"

#include <QCoreApplication>
#include <QVariant>

namespace Rewind {

// How one event appears in a table row, for every table of events (the browser's, the replay
// view's): the column titles, the displayed text, and the raw values on roles from Qt::UserRole,
// so that the tables agree on what a time or a data preview looks like and on which role holds what.
class EventCells
{
    Q_DECLARE_TR_FUNCTIONS(EventCells)
public:
    enum Role
    {
        GlobalPositionRole = Qt::UserRole + 1, // qint64
        TimeRole,                              // qint64 microseconds since the epoch, UTC
        StreamNameRole,                        // QString
        TypeRole,                              // QString
        PositionRole,                          // qint64
        DataRole,                              // QByteArray, JSON text
        MetadataRole,                          // QByteArray, JSON text; empty for null
        IdRole,                                // QUuid
        LoadedRole,                            // bool: false while the row's page is loading
    };
    enum class Field
    {
        GlobalPosition,
        Time,
        Stream,
        Type,
        Position,
        Data,
    };

    static QString title(Field field);
    // What `role` gives for `field` of a loaded event (the raw roles do not depend on the field).
    static QVariant data(const RecordedEvent& event, Field field, int role);
    // What a row whose page is still loading gives; `marked` is the field that says so.
    static QVariant placeholder(Field field, Field marked, int role);
    // The stored time form with a space for legibility: 2026-11-24 09:15:02.123456Z
    static QString displayTime(qint64 timeUs);
};

} // namespace Rewind
