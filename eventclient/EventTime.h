#pragma once

#include <QByteArray>
#include <QString>
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
    // "YYYY-MM-DDTHH:MM:SS.ffffffZ", the stored and printed form
    static QByteArray toIso(qint64 us);
    // "YYYY-MM-DD HH:MM:SS.ffffff", PostgreSQL's timestamp input
    static QByteArray toSqlTimestamp(qint64 us);
    // Accepts "YYYY-MM-DDTHH:MM:SS[.f…]" with 'T' or ' ', then 'Z', "+HH:MM" / "-HH:MM", or nothing
    // (UTC). Fractions longer than six digits are refused rather than rounded.
    static std::optional<qint64> fromIso(QByteArrayView text);
    static std::optional<qint64> fromIso(QStringView text) { return fromIso(QByteArrayView(text.toUtf8())); }

    // What an imported time may be: years 1 to 9999 in UTC. PostgreSQL's timestamp would take
    // years BC that SQLite's text sorts wrongly, and toIso() writes only four-digit years, so a
    // time outside this range would not read back as it was given.
    static constexpr qint64 MinImportUs = -62135596800000000LL; // 0001-01-01T00:00:00Z
    static constexpr qint64 MaxImportUs = 253402300799999999LL; // 9999-12-31T23:59:59.999999Z
    // fromIso() within that range; on failure `why` says what is wrong ("year must be 1 or later").
    static std::optional<qint64> fromImportIso(QByteArrayView text, QString& why);
};

} // namespace Rewind
