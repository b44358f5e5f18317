#pragma once

#include "EventStore.h"

#include <QByteArray>
#include <QJsonObject>

namespace Rewind {

// What both stores check and convert the same way before they turn a LogQuery's filters into SQL.
class LogFilter
{
public:
    // The containment pattern as an object; throws StoreError(BadInput) naming `field`
    // ("dataContains: …") when the text is not valid JSON or not an object.
    static QJsonObject containmentPattern(const QByteArray& json, const char* field);
    // Checks both containment fields of the query (see containmentPattern).
    static void validate(const LogQuery& query);
    // Time bounds clamped to years 0001-9999, the range in which the stores' text forms of a
    // time have a fixed width (so that text order is time order) and PostgreSQL takes them.
    static qint64 clampTimeUs(qint64 us);
};

} // namespace Rewind
