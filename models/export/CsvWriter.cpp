#include "CsvWriter.h"

namespace Rewind {

void CsvWriter::appendField(QByteArray& out, QByteArrayView field)
{
    bool quote = false;
    for (const char c : field) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void CsvWriter::appendRecord(QByteArray& out, std::initializer_list<QByteArrayView> fields)
{
    bool first = true;
    for (const QByteArrayView f : fields) {
        if (!first)
            out += ',';
        first = false;
        appendField(out, f);
    }
    out += "\r\n";
}

} // namespace Rewind
