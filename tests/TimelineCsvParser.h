#pragma once

// Reads RFC 4180 CSV back into records, so that the timeline tests check exports by their content
// rather than by their bytes.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Rewind::TimelineCsvParser {

// Returns the records, or sets `error` for a malformed text (an unterminated quote, a bare CR).
inline QList<QStringList> parse(const QByteArray& csv, QString* error)
{
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == ',') {
            record << QString::fromUtf8(field);
            field.clear();
            wasQuoted = false;
        } else if (c == '\r') {
            if (i + 1 >= csv.size() || csv[i + 1] != '\n') {
                *error = QStringLiteral("bare CR at byte %1").arg(i);
                return {};
            }
            record << QString::fromUtf8(field);
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            field += c;
        }
    }
    if (quoted)
        *error = QStringLiteral("unterminated quote");
    else if (!field.isEmpty() || !record.isEmpty())
        *error = QStringLiteral("last record not ended by CRLF");
    return records;
}

} // namespace Rewind::TimelineCsvParser
