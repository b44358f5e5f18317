#pragma once

#include "RecordedEvent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Rewind {

// The JSON-lines form of events, used by `read`, `import` and exports.
class EventJson
{
public:
    // One line, without the newline: the event fields in their order (global_position, position, time,
    // stream_name, type, data, metadata, id), data and metadata compact with
    // sorted keys, so that the same event prints the same from every backend. Data and metadata
    // that are not objects (Message DB stores any JSON) print as the values they are.
    static QByteArray toJsonLine(const RecordedEvent& event);

    // Parses one import line. On failure returns false and sets `error` to "field: what is wrong"
    // (or a JSON syntax error with its column). global_position is checked but not kept: the store
    // assigns it. Data and metadata may be any JSON value, as `read` prints them.
    static bool parseImportLine(QByteArrayView line, NewEvent& event, QString& error);

    // Whether the text is exactly one valid JSON object (what data and metadata must be).
    static bool isObject(QByteArrayView json);

    // Canonical compact text of a stored JSON value: objects with sorted keys (at every depth), any
    // other value compact as it is; empty input stays empty (null), text that is not JSON is "null".
    static QByteArray canonicalObject(QByteArrayView json);

    static void appendJsonString(QByteArray& out, QStringView text);

    static constexpr qsizetype MaxLineBytes = 4 * 1024 * 1024;
};

} // namespace Rewind
