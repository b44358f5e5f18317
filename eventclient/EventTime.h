#pragma once

#include <QByteArray>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace Rewind {

// Event times are microseconds since the Unix epoch, UTC. Qt's QDateTime stops at milliseconds, so
// the text forms are written and read here.
class EventTime
{
public:
    static qint64 nowUs();
    // "YYYY-MM-DDTHH:MM:SS.ffffffZ" (DESIGN.md §1)
    static QByteArray toIso(qint64 us);
    // "YYYY-MM-DD HH:MM:SS.ffffff", PostgreSQL's timestamp input
    static QByteArray toSqlTimestamp(qint64 us);
    // Accepts "YYYY-MM-DDTHH:MM:SS[.f…]" with 'T' or ' ', then 'Z', "+HH:MM" / "-HH:MM", or nothing
    // (UTC). Fractions longer than six digits are refused rather than rounded.
    static std::optional<qint64> fromIso(QByteArrayView text);
    static std::optional<qint64> fromIso(QStringView text) { return fromIso(QByteArrayView(text.toUtf8())); }
};

} // namespace Rewind
