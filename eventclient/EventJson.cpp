#include "EventJson.h"

#include "EventTime.h"
#include "JsonScanner.h"
#include "StreamName.h"

#include <algorithm>
#include <vector>

namespace Rewind {

namespace {

// Compact JSON with object keys sorted by their bytes and the last of duplicate keys kept, as
// PostgreSQL's jsonb keeps it. Numbers keep their exact text: QJsonDocument would turn them into
// doubles and round integers beyond 2^53. Returns false for text that is not valid JSON.
bool appendCanonicalValue(QByteArray& out, JsonScanner::Type type, QByteArrayView raw)
{
    using T = JsonScanner::Type;
    switch (type) {
    case T::Object: {
        std::vector<std::pair<QByteArray, JsonScanner::Member>> members;
        JsonScanner scanner(raw);
        if (!scanner.scanObject([&](const JsonScanner::Member& m) {
                const QString key = JsonScanner::decodeString(QByteArray("\"") + m.key.toByteArray() + "\"");
                members.emplace_back(key.toUtf8(), m);
                return true;
            }))
            return false;
        std::stable_sort(members.begin(), members.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        out += '{';
        bool first = true;
        for (size_t i = 0; i < members.size(); ++i) {
            if (i + 1 < members.size() && members[i + 1].first == members[i].first)
                continue; // a later duplicate wins
            if (!first)
                out += ',';
            first = false;
            EventJson::appendJsonString(out, QString::fromUtf8(members[i].first));
            out += ':';
            if (!appendCanonicalValue(out, members[i].second.type, members[i].second.value))
                return false;
        }
        out += '}';
        return true;
    }
    case T::Array: {
        out += '[';
        bool first = true;
        JsonScanner scanner(raw);
        const bool ok = scanner.scanArray([&](JsonScanner::Type t, QByteArrayView v) {
            if (!first)
                out += ',';
            first = false;
            return appendCanonicalValue(out, t, v);
        });
        out += ']';
        return ok;
    }
    case T::String:
        EventJson::appendJsonString(out, JsonScanner::decodeString(raw));
        return true;
    case T::Number:
    case T::True:
    case T::False:
    case T::Null:
        out += raw;
        return true;
    }
    return false;
}

// Any JSON value, as Message DB's jsonb columns hold them. Objects and arrays are validated by
// the walk that writes them; only scalars need a scan of their own.
void appendCanonical(QByteArray& out, QByteArrayView json)
{
    const qsizetype size = out.size();
    qsizetype first = 0;
    while (first < json.size() &&
           (json[first] == ' ' || json[first] == '\t' || json[first] == '\n' || json[first] == '\r'))
        ++first;
    bool ok = false;
    if (first < json.size() && json[first] == '{') {
        ok = appendCanonicalValue(out, JsonScanner::Type::Object, json);
    } else if (first < json.size() && json[first] == '[') {
        ok = appendCanonicalValue(out, JsonScanner::Type::Array, json);
    } else if (first < json.size()) {
        JsonScanner::Type type;
        QByteArrayView raw;
        ok = JsonScanner(json).scanValue(type, raw) && appendCanonicalValue(out, type, raw);
    }
    if (!ok) {
        out.truncate(size);
        out += "null";
    }
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
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
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

bool EventJson::isObject(QByteArrayView json)
{
    return JsonScanner(json).scanObject([](const JsonScanner::Member&) { return true; });
}

QByteArray EventJson::canonicalObject(QByteArrayView json)
{
    if (json.isEmpty())
        return {};
    QByteArray out;
    out.reserve(json.size());
    appendCanonical(out, json);
    return out;
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
    enum Field
    {
        GlobalPosition,
        Position,
        Time,
        Stream,
        Type,
        Data,
        Metadata,
        Id,
        FieldCount
    };
    static const QByteArrayView names[FieldCount] = {
        "global_position", "position", "time", "stream_name", "type", "data", "metadata", "id"};
    // Valid JSON that a backend cannot store is the field's fault, not the syntax's: name the
    // field when the value of a known one held it.
    const auto unstorableFieldName = [](QByteArrayView rawKey) {
        const QString key = JsonScanner::decodeString(QByteArray("\"") + rawKey.toByteArray() + "\"");
        for (const QByteArrayView name : names)
            if (!rawKey.isEmpty() && key == QLatin1String(name.data(), name.size()))
                return key;
        return QStringLiteral("json");
    };
    JsonScanner::Member members[FieldCount];
    bool seen[FieldCount] = {};
    QString fieldError;
    JsonScanner scanner(line, JsonScanner::Rules::Storable);
    const bool valid = scanner.scanObject([&](const JsonScanner::Member& m) {
        const QByteArray decoded =
            m.keyEscaped ? JsonScanner::decodeString(QByteArray("\"") + m.key.toByteArray() + "\"").toUtf8()
                         : QByteArray();
        const QByteArrayView key = m.keyEscaped ? QByteArrayView(decoded) : m.key;
        for (int f = 0; f < FieldCount; ++f) {
            if (key == names[f]) {
                if (seen[f]) {
                    fieldError = QStringLiteral("%1: given twice").arg(QString::fromUtf8(key));
                    return false;
                }
                seen[f] = true;
                members[f] = m;
                return true;
            }
        }
        fieldError = QStringLiteral("%1: unknown field").arg(QString::fromUtf8(key));
        return false;
    });
    if (!valid) {
        error = !fieldError.isEmpty() ? fieldError
                : scanner.errorKind() == JsonScanner::ErrorKind::Unstorable
                    ? unstorableFieldName(scanner.errorMember()) + QStringLiteral(": ") + scanner.error()
                    : QStringLiteral("json: ") + scanner.error();
        return false;
    }
    using T = JsonScanner::Type;
    const auto isString = [&](Field f) { return seen[f] && members[f].type == T::String; };

    event = NewEvent{};
    if (!isString(Stream) ||
        !validStreamName(event.streamName = JsonScanner::decodeString(members[Stream].value))) {
        error = !seen[Stream] ? QStringLiteral("stream_name: missing")
                              : QStringLiteral("stream_name: must be a non-empty string without spaces "
                                               "whose category is not empty");
        return false;
    }
    if (!isString(Type) || (event.type = JsonScanner::decodeString(members[Type].value)).isEmpty() ||
        event.type.size() > 1000) {
        error = !seen[Type] ? QStringLiteral("type: missing")
                            : QStringLiteral("type: must be a non-empty string");
        return false;
    }
    // Any JSON value, as Message DB stores them (Eventide writes objects, other clients need not),
    // so that what `read` prints imports again unchanged. Metadata null is stored as SQL NULL.
    if (!seen[Data]) {
        error = QStringLiteral("data: missing");
        return false;
    }
    event.data = members[Data].value.toByteArray();
    if (seen[Metadata] && members[Metadata].type != T::Null)
        event.metadata = members[Metadata].value.toByteArray();
    // The canonical 8-4-4-4-12 form only: an id is compared as text by other tools.
    const QByteArrayView id =
        isString(Id) ? members[Id].value.sliced(1, members[Id].value.size() - 2) : QByteArrayView();
    if (id.size() != 36 || (event.id = QUuid::fromString(QLatin1String(id.data(), id.size()))).isNull()) {
        error = !seen[Id] ? QStringLiteral("id: missing")
                          : QStringLiteral("id: must be a UUID like 1b4e28ba-2fa1-11d2-883f-0016d3cca427");
        return false;
    }
    if (seen[Time]) {
        QString why = QStringLiteral("must be an ISO 8601 time like 2024-01-31T08:15:00.000000Z");
        const auto us =
            isString(Time)
                ? EventTime::fromImportIso(members[Time].value.sliced(1, members[Time].value.size() - 2), why)
                : std::nullopt;
        if (!us) {
            error = QStringLiteral("time: ") + why;
            return false;
        }
        event.timeUs = *us;
    }
    if (seen[Position] &&
        (members[Position].type != T::Number ||
         !JsonScanner::toInteger(members[Position].value, event.position) || event.position < 0)) {
        error = QStringLiteral("position: must be a whole number >= 0");
        return false;
    }
    qint64 globalPosition = 0;
    if (seen[GlobalPosition] &&
        (members[GlobalPosition].type != T::Number ||
         !JsonScanner::toInteger(members[GlobalPosition].value, globalPosition) || globalPosition < 1)) {
        error = QStringLiteral("global_position: must be a whole number >= 1");
        return false;
    }
    return true;
}

} // namespace Rewind
