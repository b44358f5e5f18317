#include "GenericAggregate.h"

#include "StateJsonWriter.h"

#include <QJsonDocument>

namespace Rewind {

namespace {

constexpr QStringView VersionKey = u"version";
constexpr QStringView LastTypeKey = u"lastType";

} // namespace

GenericState GenericAggregate::apply(GenericState state, const RecordedEvent& event)
{
    // Overwriting is shallow: a nested object in a later event replaces the earlier one whole,
    // as "later keys overwrite earlier ones" reads.
    const QJsonObject data = QJsonDocument::fromJson(event.data).object();
    for (auto it = data.begin(); it != data.end(); ++it)
        state.data.insert(it.key(), it.value());
    state.lastType = event.type;
    state.version = event.position;
    return state;
}

QByteArray GenericAggregate::toJson(const GenericState& state)
{
    StateJsonWriter out;
    for (auto it = state.data.begin(); it != state.data.end(); ++it) {
        // The fold's own two keys win over data keys of the same name: a JSON object with a key
        // twice is one that most readers silently halve.
        if (it.key() == VersionKey || it.key() == LastTypeKey)
            continue;
        out.add(it.key(), it.value());
    }
    out.addInteger(VersionKey, state.version);
    out.add(LastTypeKey, state.lastType.isNull() ? QJsonValue() : QJsonValue(state.lastType));
    return out.finish();
}

} // namespace Rewind
