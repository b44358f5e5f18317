#include "JsonScanner.h"

namespace Rewind {

bool JsonScanner::fail(const char* what)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1 at column %2").arg(QLatin1String(what)).arg(m_at + 1);
    return false;
}

void JsonScanner::skipSpace()
{
    while (m_at < m_text.size()) {
        const char c = m_text[m_at];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_at;
    }
}

bool JsonScanner::value(int depth, Type& type)
{
    if (m_at >= m_text.size())
        return fail("unexpected end of the line");
    switch (m_text[m_at]) {
    case '{':
        type = Type::Object;
        return object(depth + 1);
    case '[':
        type = Type::Array;
        return array(depth + 1);
    case '"':
        type = Type::String;
        return string();
    case 't':
        type = Type::True;
        return literal("true");
    case 'f':
        type = Type::False;
        return literal("false");
    case 'n':
        type = Type::Null;
        return literal("null");
    default:
        type = Type::Number;
        return number();
    }
}

bool JsonScanner::literal(const char* word)
{
    for (const char* p = word; *p; ++p, ++m_at)
        if (m_at >= m_text.size() || m_text[m_at] != *p)
            return fail("invalid literal");
    return true;
}

bool JsonScanner::number()
{
    const auto digit = [this] { return m_at < m_text.size() && m_text[m_at] >= '0' && m_text[m_at] <= '9'; };
    if (m_at < m_text.size() && m_text[m_at] == '-')
        ++m_at;
    if (!digit())
        return fail("invalid value");
    if (m_text[m_at] == '0') {
        ++m_at;
    } else {
        while (digit())
            ++m_at;
    }
    if (m_at < m_text.size() && m_text[m_at] == '.') {
        ++m_at;
        if (!digit())
            return fail("invalid number");
        while (digit())
            ++m_at;
    }
    if (m_at < m_text.size() && (m_text[m_at] == 'e' || m_text[m_at] == 'E')) {
        ++m_at;
        if (m_at < m_text.size() && (m_text[m_at] == '+' || m_text[m_at] == '-'))
            ++m_at;
        if (!digit())
            return fail("invalid number");
        while (digit())
            ++m_at;
    }
    return true;
}

bool JsonScanner::string()
{
    ++m_at; // opening quote
    const auto hex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    };
    while (m_at < m_text.size()) {
        const auto c = static_cast<unsigned char>(m_text[m_at]);
        if (c == '"') {
            ++m_at;
            return true;
        }
        if (c < 0x20)
            return fail("control character in a string");
        if (c == '\\') {
            if (m_at + 1 >= m_text.size())
                return fail("unterminated string");
            const char e = m_text[m_at + 1];
            if (e == 'u') {
                if (m_at + 6 > m_text.size() || !hex(m_text[m_at + 2]) || !hex(m_text[m_at + 3]) ||
                    !hex(m_text[m_at + 4]) || !hex(m_text[m_at + 5]))
                    return fail("invalid \\u escape");
                m_at += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
                       e == 't') {
                m_at += 2;
            } else {
                return fail("invalid escape");
            }
            continue;
        }
        if (c < 0x80) {
            ++m_at;
            continue;
        }
        // UTF-8: the shortest form only, no surrogates, nothing above U+10FFFF.
        int length;
        unsigned min;
        unsigned cp;
        if ((c & 0xe0) == 0xc0) {
            length = 2, min = 0x80, cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            length = 3, min = 0x800, cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            length = 4, min = 0x10000, cp = c & 0x07;
        } else {
            return fail("invalid UTF-8");
        }
        if (m_at + length > m_text.size())
            return fail("invalid UTF-8");
        for (int i = 1; i < length; ++i) {
            const auto cc = static_cast<unsigned char>(m_text[m_at + i]);
            if ((cc & 0xc0) != 0x80)
                return fail("invalid UTF-8");
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return fail("invalid UTF-8");
        m_at += length;
    }
    return fail("unterminated string");
}

bool JsonScanner::object(int depth)
{
    return members(depth, [](const Member&) { return true; });
}

bool JsonScanner::array(int depth)
{
    return elements(depth, [](Type, QByteArrayView) { return true; });
}

QString JsonScanner::decodeString(QByteArrayView raw)
{
    const QByteArrayView body = raw.sliced(1, raw.size() - 2);
    if (!body.contains('\\'))
        return QString::fromUtf8(body);
    QString out;
    out.reserve(body.size());
    qsizetype i = 0;
    qsizetype plainStart = 0;
    const auto flush = [&](qsizetype end) {
        out += QString::fromUtf8(body.sliced(plainStart, end - plainStart));
    };
    while (i < body.size()) {
        if (body[i] != '\\') {
            ++i;
            continue;
        }
        flush(i);
        const char e = body[i + 1];
        switch (e) {
        case 'b':
            out += QChar(u'\b');
            break;
        case 'f':
            out += QChar(u'\f');
            break;
        case 'n':
            out += QChar(u'\n');
            break;
        case 'r':
            out += QChar(u'\r');
            break;
        case 't':
            out += QChar(u'\t');
            break;
        case 'u': {
            bool ok = false;
            out += QChar(char16_t(body.sliced(i + 2, 4).toByteArray().toUShort(&ok, 16)));
            i += 4;
            break;
        }
        default:
            out += QLatin1Char(e);
            break;
        }
        i += 2;
        plainStart = i;
    }
    flush(body.size());
    return out;
}

bool JsonScanner::toInteger(QByteArrayView raw, qint64& out)
{
    if (raw.isEmpty() || raw.size() > 17)
        return false;
    qsizetype i = raw[0] == '-' ? 1 : 0;
    if (i == raw.size())
        return false;
    qint64 v = 0;
    for (; i < raw.size(); ++i) {
        if (raw[i] < '0' || raw[i] > '9')
            return false;
        v = v * 10 + (raw[i] - '0');
    }
    if (v > 9007199254740992LL)
        return false;
    out = raw[0] == '-' ? -v : v;
    return true;
}

} // namespace Rewind
