#include "StateJsonWriter.h"

#include "EventJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Rewind {

void StateJsonWriter::add(QStringView key, const QJsonValue& value)
{
    appendKey(key);
    switch (value.type()) {
    case QJsonValue::String:
        EventJson::appendJsonString(m_out, value.toString());
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        m_out += "null";
        return;
    default: {
        // QJsonDocument only writes objects and arrays; a one-element array lets it write any value
        // (numbers keep Qt's integer form, nested values stay compact).
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        m_out += QByteArrayView(wrapped).sliced(1, wrapped.size() - 2);
        return;
    }
    }
}

void StateJsonWriter::addString(QStringView key, QStringView text)
{
    appendKey(key);
    EventJson::appendJsonString(m_out, text);
}

void StateJsonWriter::addInteger(QStringView key, qint64 number)
{
    appendKey(key);
    m_out += QByteArray::number(number);
}

QByteArray StateJsonWriter::finish()
{
    m_out += '}';
    return std::move(m_out);
}

void StateJsonWriter::appendKey(QStringView key)
{
    if (m_out.size() > 1)
        m_out += ',';
    EventJson::appendJsonString(m_out, key);
    m_out += ':';
}

} // namespace Rewind
