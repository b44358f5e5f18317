#include "EventTime.h"

#include <chrono>

namespace Rewind {

namespace {

// Howard Hinnant's civil-calendar conversions: exact for every proleptic Gregorian date.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

void civilFromDays(qint64 z, int& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yy + (m <= 2));
}

QByteArray format(qint64 us, char separator, bool zulu)
{
    qint64 secs = us / 1000000;
    qint64 frac = us % 1000000;
    if (frac < 0) {
        frac += 1000000;
        --secs;
    }
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    // Written digit by digit: snprintf showed up in import profiles.
    char buf[32];
    char* p = buf;
    const auto put = [&p](unsigned value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            p[i] = char('0' + value % 10);
        p += width;
    };
    if (y < 0 || y > 9999) // outside what ISO 8601's four-digit years can say; kept readable
        return QByteArray::number(us) + "us";
    put(unsigned(y), 4);
    *p++ = '-';
    put(m, 2);
    *p++ = '-';
    put(d, 2);
    *p++ = separator;
    put(unsigned(rem / 3600), 2);
    *p++ = ':';
    put(unsigned(rem / 60 % 60), 2);
    *p++ = ':';
    put(unsigned(rem % 60), 2);
    *p++ = '.';
    put(unsigned(frac), 6);
    if (zulu)
        *p++ = 'Z';
    return QByteArray(buf, p - buf);
}

bool digits(QByteArrayView t, qsizetype at, int count, int& out)
{
    if (at + count > t.size())
        return false;
    out = 0;
    for (int i = 0; i < count; ++i) {
        const char c = t[at + i];
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

} // namespace

qint64 EventTime::nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QByteArray EventTime::toIso(qint64 us)
{
    return format(us, 'T', true);
}

QByteArray EventTime::toSqlTimestamp(qint64 us)
{
    return format(us, ' ', false);
}

std::optional<qint64> EventTime::fromIso(QByteArrayView t)
{
    int y, mo, d, h, mi, s;
    if (!digits(t, 0, 4, y) || t.size() < 19 || t[4] != '-' || !digits(t, 5, 2, mo) || t[7] != '-' ||
        !digits(t, 8, 2, d) || (t[10] != 'T' && t[10] != ' ') || !digits(t, 11, 2, h) || t[13] != ':' ||
        !digits(t, 14, 2, mi) || t[16] != ':' || !digits(t, 17, 2, s))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    static const int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > monthDays[mo - 1] || (mo == 2 && d == 29 && !leap))
        return std::nullopt;
    qsizetype at = 19;
    qint64 frac = 0;
    if (at < t.size() && t[at] == '.') {
        ++at;
        int n = 0;
        while (at < t.size() && t[at] >= '0' && t[at] <= '9') {
            if (++n > 6)
                return std::nullopt;
            frac = frac * 10 + (t[at] - '0');
            ++at;
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 6; ++n)
            frac *= 10;
    }
    qint64 offsetSecs = 0;
    if (at < t.size()) {
        if (t[at] == 'Z' && at + 1 == t.size()) {
            ++at;
        } else if ((t[at] == '+' || t[at] == '-') && at + 6 == t.size() && t[at + 3] == ':') {
            int oh, om;
            if (!digits(t, at + 1, 2, oh) || !digits(t, at + 4, 2, om) || oh > 23 || om > 59)
                return std::nullopt;
            offsetSecs = (oh * 3600 + om * 60) * (t[at] == '+' ? 1 : -1);
            at += 6;
        } else {
            return std::nullopt;
        }
    }
    if (at != t.size())
        return std::nullopt;
    const qint64 secs =
        daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + s - offsetSecs;
    return secs * 1000000 + frac;
}

std::optional<qint64> EventTime::fromImportIso(QByteArrayView text, QString& why)
{
    const std::optional<qint64> us = fromIso(text);
    if (!us)
        why = QStringLiteral("must be an ISO 8601 time like 2024-01-31T08:15:00.000000Z");
    else if (*us < MinImportUs)
        why = QStringLiteral("year must be 1 or later (in UTC)");
    else if (*us > MaxImportUs)
        why = QStringLiteral("year must be 9999 or earlier (in UTC)");
    else
        return us;
    return std::nullopt;
}

} // namespace Rewind
