#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>

namespace Rewind {

// CSV records as RFC 4180 defines them: fields separated by commas, records ended by CRLF, and a
// field quoted (with its quotes doubled) only when it holds a comma, a quote, CR or LF. Text is
// written as the UTF-8 bytes it is given.
class CsvWriter
{
public:
    static void appendField(QByteArray& out, QByteArrayView field);
    static void appendRecord(QByteArray& out, std::initializer_list<QByteArrayView> fields);
};

} // namespace Rewind
