#include "JsonScanner.h"

#include <algorithm>

namespace Rewind {

bool JsonScanner::fail(const char* what)
{
    if (m_error.isEmpty()) {
        m_error = QStringLiteral("%1 at column %2").arg(QLatin1String(what)).arg(m_at + 1);
        m_errorKind = ErrorKind::Syntax;
    }
    return false;
}

bool JsonScanner::unstorable(const char* what)
{
    fail(what);
    m_errorKind = ErrorKind::Unstorable;
    return false;
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

unsigned codeUnit(QByteArrayView text, qsizetype at) // at the 'u' of a validated \uXXXX
{
    return unsigned(hexValue(text[at + 1]) << 12 | hexValue(text[at + 2]) << 8 | hexValue(text[at + 3]) << 4 |
                    hexValue(text[at + 4]));
}

} // namespace

// At a validated \uXXXX under Rules::Storable: PostgreSQL refuses U+0000 in jsonb and text, and
// a surrogate that is not half of a pair has no UTF-8 form to store.
bool JsonScanner::unicodeEscape()
{
    const unsigned unit = codeUnit(m_text, m_at + 1);
    if (unit == 0)
        return unstorable("a string contains \\u0000, which PostgreSQL cannot store,");
    if (unit >= 0xdc00 && unit <= 0xdfff)
        return unstorable("invalid Unicode escape (a low surrogate without a high one)");
    if (unit >= 0xd800 && unit <= 0xdbff) {
        const qsizetype next = m_at + 6;
        const auto isHex = [this](qsizetype i) {
            const char c = m_text[i];
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        };
        if (next + 6 > m_text.size() || m_text[next] != '\\' || m_text[next + 1] != 'u' || !isHex(next + 2) ||
            !isHex(next + 3) || !isHex(next + 4) || !isHex(next + 5))
            return unstorable("invalid Unicode escape (a high surrogate without a low one)");
        const unsigned low = codeUnit(m_text, next + 1);
        if (low < 0xdc00 || low > 0xdfff)
            return unstorable("invalid Unicode escape (a high surrogate without a low one)");
        m_at += 6; // the pair is consumed as one
    }
    return true;
}

// Under Rules::Storable, the limits of PostgreSQL's numeric (what jsonb keeps numbers as): the
// most significant digit at most 10^131071, at most 16383 digits after the point, and an exponent
// below INT_MAX / 2 even for zero. Only numbers with an exponent or many digits get here.
bool JsonScanner::numberInRange(qsizetype intStart, qsizetype intDigits, qsizetype fracDigits,
                                qsizetype exponentAt)
{
    constexpr qint64 MaxWeight = 131071;
    constexpr qint64 MaxScale = 16383;
    constexpr qint64 MaxExponent = 1073741823; // INT_MAX / 2, where numeric_in gives up
    qint64 exponent = 0;
    if (exponentAt >= 0) {
        qsizetype i = exponentAt + 1;
        const bool negative = m_text[i] == '-';
        if (m_text[i] == '-' || m_text[i] == '+')
            ++i;
        for (; i < m_at; ++i) {
            exponent = exponent * 10 + (m_text[i] - '0');
            if (exponent > MaxExponent)
                return unstorable("number out of range for PostgreSQL");
        }
        if (negative)
            exponent = -exponent;
    }
    if (std::max<qint64>(0, fracDigits - exponent) > MaxScale)
        return unstorable("number out of range for PostgreSQL (more than 16383 digits after the point)");
    // The power of ten of the first non-zero digit; zero has none.
    qint64 weight;
    if (m_text[intStart] != '0') {
        weight = intDigits - 1;
    } else {
        qsizetype firstNonZero = 0;
        while (firstNonZero < fracDigits && m_text[intStart + 2 + firstNonZero] == '0')
            ++firstNonZero;
        if (firstNonZero == fracDigits)
            return true;
        weight = -1 - firstNonZero;
    }
    if (weight + exponent > MaxWeight)
        return unstorable("number out of range for PostgreSQL (more than 131072 digits before the point)");
    return true;
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
    const qsizetype intStart = m_at;
    if (m_text[m_at] == '0') {
        ++m_at;
    } else {
        while (digit())
            ++m_at;
    }
    const qsizetype intDigits = m_at - intStart;
    qsizetype fracDigits = 0;
    if (m_at < m_text.size() && m_text[m_at] == '.') {
        ++m_at;
        if (!digit())
            return fail("invalid number");
        const qsizetype fracStart = m_at;
        while (digit())
            ++m_at;
        fracDigits = m_at - fracStart;
    }
    qsizetype exponentAt = -1;
    if (m_at < m_text.size() && (m_text[m_at] == 'e' || m_text[m_at] == 'E')) {
        exponentAt = m_at;
        ++m_at;
        if (m_at < m_text.size() && (m_text[m_at] == '+' || m_text[m_at] == '-'))
            ++m_at;
        if (!digit())
            return fail("invalid number");
        while (digit())
            ++m_at;
    }
    if (m_storable && (exponentAt >= 0 || intDigits > 131072 || fracDigits > 16383))
        return numberInRange(intStart, intDigits, fracDigits, exponentAt);
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
                if (m_storable && !unicodeEscape())
                    return false;
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

bool JsonScanner::scanValue(Type& type, QByteArrayView& raw)
{
    skipSpace();
    const qsizetype start = m_at;
    if (!value(0, type))
        return false;
    raw = m_text.sliced(start, m_at - start);
    skipSpace();
    if (m_at != m_text.size())
        return fail("unexpected text after the value");
    return true;
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
