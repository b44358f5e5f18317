#pragma once

#include <QString>

namespace Rewind {

// A sort key for the ids of the platform's entities: integer ids (the usual kind) sort by value
// before every other id, which sorts as text. One string key for both keeps the order total, as
// QSortFilterProxyModel needs; a QVariant of mixed numbers and strings would not be.
inline QString idSortKey(const QString& id)
{
    bool isInteger = !id.isEmpty() && id.size() <= 19;
    for (const QChar c : id)
        isInteger = isInteger && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (isInteger)
        return QLatin1Char('0') + id.rightJustified(19, QLatin1Char('0'));
    return QLatin1Char('1') + id;
}

} // namespace Rewind
