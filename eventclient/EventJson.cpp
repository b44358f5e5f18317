#include "EventJson.h"

#include "EventTime.h"
#include "StreamName.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace Rewind {

namespace {

void appendCanonical(QByteArray& out, QByteArrayView json)
{
    if (json.isEmpty()) {
        out += "null";
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray());
    out += doc.isNull() ? QByteArrayView("null") : QByteArrayView(doc.toJson(QJsonDocument::Compact));
}

bool isWholeNumber(const QJsonValue& v, qint64 min, qint64& out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < double(min) || d > 9007199254740992.0)
        return false;
    out = qint64(d);
    return true;
}

bool validStreamName(const QString& name)
{
    if (name.isEmpty() || name.size() > 1000)
        return false;
    for (const QChar c : name)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    return !StreamName::category(name).isEmpty();
}

} // namespace

void EventJson::appendJsonString(QByteArray& out, QStringView text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

QByteArray EventJson::canonicalObject(QByteArrayView json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toByteArray()).toJson(QJsonDocument::Compact);
}

QByteArray EventJson::toJsonLine(const RecordedEvent& e)
{
    QByteArray out;
    out.reserve(128 + e.data.size() + e.metadata.size() + e.streamName.size() + e.type.size());
    out += "{\"global_position\":";
    out += QByteArray::number(e.globalPosition);
    out += ",\"position\":";
    out += QByteArray::number(e.position);
    out += ",\"time\":\"";
    out += EventTime::toIso(e.timeUs);
    out += "\",\"stream_name\":";
    appendJsonString(out, e.streamName);
    out += ",\"type\":";
    appendJsonString(out, e.type);
    out += ",\"data\":";
    appendCanonical(out, e.data);
    out += ",\"metadata\":";
    appendCanonical(out, e.metadata);
    out += ",\"id\":\"";
    out += e.id.toByteArray(QUuid::WithoutBraces);
    out += "\"}";
    return out;
}

bool EventJson::parseImportLine(QByteArrayView line, NewEvent& event, QString& error)
{
    if (line.size() > MaxLineBytes) {
        error = QStringLiteral("line: longer than %1 bytes").arg(MaxLineBytes);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = QStringLiteral("json: %1 at column %2").arg(parseError.errorString()).arg(parseError.offset + 1);
        return false;
    }
    if (!doc.isObject()) {
        error = QStringLiteral("json: the line is not a JSON object");
        return false;
    }
    const QJsonObject obj = doc.object();
    static const QStringList known = {QStringLiteral("global_position"), QStringLiteral("position"),
                                      QStringLiteral("time"),            QStringLiteral("stream_name"),
                                      QStringLiteral("type"),            QStringLiteral("data"),
                                      QStringLiteral("metadata"),        QStringLiteral("id")};
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!known.contains(it.key())) {
            error = QStringLiteral("%1: unknown field").arg(it.key());
            return false;
        }
    }

    event = NewEvent{};
    const QJsonValue stream = obj.value(QLatin1String("stream_name"));
    if (!stream.isString() || !validStreamName(stream.toString())) {
        error = stream.isUndefined() ? QStringLiteral("stream_name: missing")
                                     : QStringLiteral("stream_name: must be a non-empty string without spaces "
                                                      "whose category is not empty");
        return false;
    }
    event.streamName = stream.toString();

    const QJsonValue type = obj.value(QLatin1String("type"));
    if (!type.isString() || type.toString().isEmpty() || type.toString().size() > 1000) {
        error = type.isUndefined() ? QStringLiteral("type: missing")
                                   : QStringLiteral("type: must be a non-empty string");
        return false;
    }
    event.type = type.toString();

    const QJsonValue data = obj.value(QLatin1String("data"));
    if (!data.isObject()) {
        error = data.isUndefined() ? QStringLiteral("data: missing") : QStringLiteral("data: must be a JSON object");
        return false;
    }
    event.data = QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);

    const QJsonValue metadata = obj.value(QLatin1String("metadata"));
    if (metadata.isObject()) {
        event.metadata = QJsonDocument(metadata.toObject()).toJson(QJsonDocument::Compact);
    } else if (!metadata.isNull() && !metadata.isUndefined()) {
        error = QStringLiteral("metadata: must be a JSON object or null");
        return false;
    }

    const QJsonValue id = obj.value(QLatin1String("id"));
    const QString idText = id.toString();
    event.id = QUuid::fromString(idText);
    if (!id.isString() || event.id.isNull() || idText.size() != 36) {
        error = id.isUndefined() ? QStringLiteral("id: missing")
                                 : QStringLiteral("id: must be a UUID like 1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        return false;
    }

    const QJsonValue time = obj.value(QLatin1String("time"));
    if (!time.isUndefined()) {
        const auto us = time.isString() ? EventTime::fromIso(QStringView(time.toString())) : std::nullopt;
        if (!us) {
            error = QStringLiteral("time: must be an ISO 8601 time like 2024-01-31T08:15:00.000000Z");
            return false;
        }
        event.timeUs = *us;
    }

    const QJsonValue position = obj.value(QLatin1String("position"));
    if (!position.isUndefined() && !isWholeNumber(position, 0, event.position)) {
        error = QStringLiteral("position: must be a whole number >= 0");
        return false;
    }
    qint64 globalPosition = 0;
    const QJsonValue global = obj.value(QLatin1String("global_position"));
    if (!global.isUndefined() && !isWholeNumber(global, 1, globalPosition)) {
        error = QStringLiteral("global_position: must be a whole number >= 1");
        return false;
    }
    return true;
}

} // namespace Rewind
