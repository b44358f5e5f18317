#pragma once

#include <QByteArrayView>
#include <QString>

namespace Rewind {

// A strict RFC 8259 JSON validator that walks one top-level object and reports each member's key
// and raw value, without building a document. Import validates every line twice (check, then
// write), and QJsonDocument's tree building and re-serialising cost more than the store's insert;
// this keeps the payload as the exact bytes that were given.
class JsonScanner
{
public:
    enum class Type
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null
    };

    struct Member
    {
        QByteArrayView key; // raw, without quotes; may contain escapes when keyEscaped
        bool keyEscaped = false;
        Type type = Type::Null;
        QByteArrayView value; // the raw text of the value (strings with their quotes)
    };

    explicit JsonScanner(QByteArrayView text) : m_text(text) {}

    // Validates the whole text as one JSON object and calls `member` for each top-level member in
    // order. Returns false with error() set ("what at column N") on the first violation.
    template <typename MemberFn> bool scanObject(MemberFn member);

    // The same for a JSON array: calls `element(type, raw value)` for each element in order.
    template <typename ElementFn> bool scanArray(ElementFn element);

    QString error() const { return m_error; }

    // Decodes a raw JSON string value (with its quotes) that scanObject has validated.
    static QString decodeString(QByteArrayView raw);
    // A JSON integer without fraction or exponent, within ±2^53; false otherwise.
    static bool toInteger(QByteArrayView raw, qint64& out);

private:
    bool fail(const char* what);
    void skipSpace();
    bool value(int depth, Type& type);
    bool string();
    bool number();
    bool literal(const char* word);
    bool object(int depth);
    bool array(int depth);

    QByteArrayView m_text;
    qsizetype m_at = 0;
    QString m_error;
    static constexpr int MaxDepth = 256;
};

template <typename MemberFn> bool JsonScanner::scanObject(MemberFn member)
{
    skipSpace();
    if (m_at >= m_text.size() || m_text[m_at] != '{')
        return fail("expected a JSON object");
    ++m_at;
    skipSpace();
    if (m_at < m_text.size() && m_text[m_at] == '}') {
        ++m_at;
    } else {
        for (;;) {
            skipSpace();
            const qsizetype keyStart = m_at;
            if (m_at >= m_text.size() || m_text[m_at] != '"')
                return fail("expected a member name in quotes");
            if (!string())
                return false;
            Member m;
            m.key = m_text.sliced(keyStart + 1, m_at - keyStart - 2);
            m.keyEscaped = m.key.contains('\\');
            skipSpace();
            if (m_at >= m_text.size() || m_text[m_at] != ':')
                return fail("expected ':' after a member name");
            ++m_at;
            skipSpace();
            const qsizetype valueStart = m_at;
            if (!value(1, m.type))
                return false;
            m.value = m_text.sliced(valueStart, m_at - valueStart);
            if (!member(m))
                return false;
            skipSpace();
            if (m_at < m_text.size() && m_text[m_at] == ',') {
                ++m_at;
                continue;
            }
            if (m_at < m_text.size() && m_text[m_at] == '}') {
                ++m_at;
                break;
            }
            return fail("expected ',' or '}'");
        }
    }
    skipSpace();
    if (m_at != m_text.size())
        return fail("unexpected text after the object");
    return true;
}

template <typename ElementFn> bool JsonScanner::scanArray(ElementFn element)
{
    skipSpace();
    if (m_at >= m_text.size() || m_text[m_at] != '[')
        return fail("expected a JSON array");
    ++m_at;
    skipSpace();
    if (m_at < m_text.size() && m_text[m_at] == ']') {
        ++m_at;
    } else {
        for (;;) {
            skipSpace();
            const qsizetype start = m_at;
            Type type;
            if (!value(1, type))
                return false;
            if (!element(type, m_text.sliced(start, m_at - start)))
                return false;
            skipSpace();
            if (m_at < m_text.size() && m_text[m_at] == ',') {
                ++m_at;
                continue;
            }
            if (m_at < m_text.size() && m_text[m_at] == ']') {
                ++m_at;
                break;
            }
            return fail("expected ',' or ']'");
        }
    }
    skipSpace();
    if (m_at != m_text.size())
        return fail("unexpected text after the array");
    return true;
}

} // namespace Rewind
