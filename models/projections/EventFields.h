#pragma once

#include "EventView.h"
#include "JsonScanner.h"
#include "Projection.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <optional>

// Reading the fields a projection needs from an event's data, shared by the built-in projections.
// How an id is read decides a projection's output, so this header is part of every projection's
// code version (models/ProjectionVersions.cmake). Inline: these run for every event of a replay.
namespace Rewind::EventFields {

using Member = JsonScanner::Member;

// Every failure names the event type and the field: it becomes the reason of a parked event.
[[noreturn]] inline void reject(const EventView& event, const QString& why)
{
    throw ProjectionError(QString::fromUtf8(event.type) + QStringLiteral(": ") + why);
}

// A key for looking up a QHash<QByteArray, …> without copying the text.
inline QByteArray probe(QByteArrayView text)
{
    return QByteArray::fromRawData(text.data(), text.size());
}

inline bool keyIs(const Member& m, QByteArrayView key)
{
    if (!m.keyEscaped)
        return m.key == key;
    // The scanner hands the key out without its quotes; they are right around it in the text.
    return JsonScanner::decodeString(QByteArrayView(m.key.data() - 1, m.key.size() + 2)).toUtf8() == key;
}

// Scans the data once and keeps the members named in `keys` (the last one when a key repeats). The
// views point into the event.
template <std::size_t N>
std::array<std::optional<Member>, N> pick(const EventView& event, const QByteArrayView (&keys)[N])
{
    std::array<std::optional<Member>, N> found;
    JsonScanner scanner(event.data);
    const bool ok = scanner.scanObject([&](const Member& m) {
        for (std::size_t i = 0; i < N; ++i) {
            if (keyIs(m, keys[i])) {
                found[i] = m;
                break;
            }
        }
        return true;
    });
    if (!ok)
        reject(event, QStringLiteral("data is not a JSON object (%1)").arg(scanner.error()));
    return found;
}

inline const Member& need(const EventView& event, const std::optional<Member>& m, QByteArrayView key)
{
    if (!m)
        reject(event, QStringLiteral("field \"%1\" missing").arg(QString::fromUtf8(key)));
    return *m;
}

// A string member's decoded UTF-8; a view into the event unless the string has escapes.
inline QByteArrayView stringText(const Member& m, QByteArray& decoded)
{
    const QByteArrayView body = m.value.sliced(1, m.value.size() - 2);
    if (!body.contains('\\'))
        return body;
    decoded = JsonScanner::decodeString(m.value).toUtf8();
    return decoded;
}

inline QByteArrayView needString(const EventView& event, const std::optional<Member>& m, QByteArrayView key,
                                 QByteArray& decoded)
{
    const Member& member = need(event, m, key);
    if (member.type != JsonScanner::Type::String)
        reject(event, QStringLiteral("field \"%1\" is not a string").arg(QString::fromUtf8(key)));
    return stringText(member, decoded);
}

// An id as text: a string's decoded value or an integer's digits, so 11 and "11" are one id.
inline QByteArrayView needId(const EventView& event, const std::optional<Member>& m, QByteArrayView key,
                             QByteArray& decoded)
{
    const Member& member = need(event, m, key);
    qint64 number = 0;
    if (member.type == JsonScanner::Type::Number && JsonScanner::toInteger(member.value, number))
        return member.value;
    if (member.type != JsonScanner::Type::String)
        reject(event,
               QStringLiteral("field \"%1\" is not a string or an integer").arg(QString::fromUtf8(key)));
    const QByteArrayView text = stringText(member, decoded);
    if (text.isEmpty())
        reject(event, QStringLiteral("field \"%1\" is empty").arg(QString::fromUtf8(key)));
    return text;
}

inline qint64 needInteger(const EventView& event, const std::optional<Member>& m, QByteArrayView key)
{
    const Member& member = need(event, m, key);
    qint64 number = 0;
    if (member.type != JsonScanner::Type::Number || !JsonScanner::toInteger(member.value, number))
        reject(event, QStringLiteral("field \"%1\" is not an integer").arg(QString::fromUtf8(key)));
    return number;
}

// The id of a `category-id` stream: the text after the first '-'. StreamName does the
// same on QString; this stays on the event's bytes.
inline QByteArrayView streamId(const EventView& event)
{
    const qsizetype dash = event.streamName.indexOf('-');
    if (dash < 0 || dash + 1 == event.streamName.size())
        reject(event,
               QStringLiteral("stream name \"%1\" has no id").arg(QString::fromUtf8(event.streamName)));
    return event.streamName.sliced(dash + 1);
}

} // namespace Rewind::EventFields
