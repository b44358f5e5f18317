#include "SqliteJsonContainment.h"

#include <QJsonArray>
#include <QVariant>

namespace Rewind {

namespace {

// Keys SQLite's JSON path can name exactly: its quoted labels have no escapes and are compared
// with the key as written, so anything beyond plain printable ASCII goes through json_each, whose
// `key` column is the decoded key.
bool plainKey(const QString& key)
{
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == '"' || u == '\\')
            return false;
    }
    return true;
}

} // namespace

QByteArray SqliteJsonContainment::condition(const char* column, const QJsonObject& pattern)
{
    return match(Node{QByteArray(column), QByteArray("$"), {}}, pattern);
}

QByteArray SqliteJsonContainment::param(const SqliteValue& value)
{
    m_params.append(value);
    return "?" + QByteArray::number(m_params.size());
}

QByteArray SqliteJsonContainment::pathParam(const QByteArray& path)
{
    return param(path);
}

QByteArray SqliteJsonContainment::valueOf(const Node& node)
{
    if (node.path.isEmpty())
        return node.alias + ".value";
    return "json_extract(" + node.base + ", " + pathParam(node.path) + ")";
}

QByteArray SqliteJsonContainment::typeOf(const Node& node)
{
    if (node.path.isEmpty())
        return node.alias + ".type";
    return "json_type(" + node.base + ", " + pathParam(node.path) + ")";
}

QByteArray SqliteJsonContainment::eachOf(const Node& node)
{
    if (node.path.isEmpty())
        return "json_each(" + node.alias + ".value)";
    return "json_each(" + node.base + ", " + pathParam(node.path) + ")";
}

QByteArray SqliteJsonContainment::match(const Node& node, const QJsonValue& pattern)
{
    switch (pattern.type()) {
    case QJsonValue::Object: {
        // CASE, not AND: SQLite does not promise to skip the right side of an AND, and the JSON
        // functions fail on a stored scalar that is not JSON text.
        QByteArray all = "1";
        const QJsonObject object = pattern.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QByteArray member;
            if (plainKey(it.key())) {
                // The member by path: no walk over the other members.
                const QByteArray label = "\"" + it.key().toUtf8() + "\"";
                const Node child = node.path.isEmpty() ? Node{node.alias + ".value", "$." + label, {}}
                                                       : Node{node.base, node.path + "." + label, {}};
                member = match(child, it.value());
            } else {
                const QByteArray alias = "j" + QByteArray::number(++m_aliases);
                const QByteArray each = eachOf(node);
                member = "EXISTS (SELECT 1 FROM " + each + " AS " + alias + " WHERE " + alias +
                         ".key = " + param(it.key().toUtf8()) + " AND " +
                         match(Node{{}, {}, alias}, it.value()) + ")";
            }
            all += " AND " + member;
        }
        return "(CASE WHEN " + typeOf(node) + " = 'object' THEN (" + all + ") ELSE 0 END)";
    }
    case QJsonValue::Array: {
        QByteArray all = "1";
        const QJsonArray array = pattern.toArray();
        for (const QJsonValue& element : array) {
            const QByteArray alias = "j" + QByteArray::number(++m_aliases);
            const QByteArray each = eachOf(node);
            all += " AND EXISTS (SELECT 1 FROM " + each + " AS " + alias + " WHERE " +
                   match(Node{{}, {}, alias}, element) + ")";
        }
        return "(CASE WHEN " + typeOf(node) + " = 'array' THEN (" + all + ") ELSE 0 END)";
    }
    case QJsonValue::String:
        return "(" + typeOf(node) + " = 'text' AND " + valueOf(node) + " = " +
               param(pattern.toString().toUtf8()) + ")";
    case QJsonValue::Double: {
        // Integers are compared as integers (exact beyond 2^53), others as reals; SQLite finds
        // 1 = 1.0 as jsonb does.
        const QVariant v = pattern.toVariant();
        const SqliteValue number =
            v.typeId() == QMetaType::LongLong ? SqliteValue(v.toLongLong()) : SqliteValue(pattern.toDouble());
        return "(" + typeOf(node) + " IN ('integer', 'real') AND " + valueOf(node) + " = " + param(number) +
               ")";
    }
    case QJsonValue::Bool:
        return "(" + typeOf(node) + (pattern.toBool() ? " = 'true')" : " = 'false')");
    case QJsonValue::Null:
        return "(" + typeOf(node) + " = 'null')";
    case QJsonValue::Undefined:
        break;
    }
    return "0";
}

} // namespace Rewind
