#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>
#include <QtGlobal>

namespace Rewind {

// Writes one compact JSON object with its keys in the order they are added. QJsonObject sorts its
// keys, but `rewind replay` prints an aggregate's state with its keys in a fixed order.
class StateJsonWriter
{
public:
    void add(QStringView key, const QJsonValue& value);
    void addString(QStringView key, QStringView text);
    void addInteger(QStringView key, qint64 number);
    QByteArray finish();

private:
    void appendKey(QStringView key);

    QByteArray m_out = "{";
};

} // namespace Rewind
