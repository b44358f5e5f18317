#pragma once

#include "RecordedEvent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

namespace Rewind {

// The state of a stream whose category has no fold of its own: the union of its
// events' data, later keys overwriting earlier ones.
struct GenericState
{
    QJsonObject data;
    QString lastType; // null before any event
    qint64 version = -1;

    friend bool operator==(const GenericState&, const GenericState&) = default;
};

class GenericAggregate
{
public:
    static GenericState apply(GenericState state, const RecordedEvent& event);
    // Data keys in sorted order (as `rewind read` prints data), then "version" and "lastType".
    static QByteArray toJson(const GenericState& state);
};

} // namespace Rewind
