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

    // Json: RFC 8259 only. Storable: also refuses what PostgreSQL's jsonb and text cannot hold, so
    // that a line imports into every backend or into none: the escape \u0000, lone surrogate
    // escapes, and numbers beyond numeric's range (131072 digits before the point, 16383 after).
    enum class Rules
    {
        Json,
        Storable
    };
    // Syntax: not JSON. Unstorable: valid JSON that Rules::Storable refuses.
    enum class ErrorKind
    {
        None,
        Syntax,
        Unstorable
    };

    explicit JsonScanner(QByteArrayView text, Rules rules = Rules::Json)
        : m_text(text), m_storable(rules == Rules::Storable)
    {
    }

    // Validates the whole text as one JSON object and calls `member` for each top-level member in
    // order. Returns false with error() set ("what at column N") on the first violation.
    template <typename MemberFn> bool scanObject(MemberFn member);

    // The same for a JSON array: calls `element(type, raw value)` for each element in order.
    template <typename ElementFn> bool scanArray(ElementFn element);

    // Validates the whole text as one JSON value of any type (Message DB's jsonb columns hold any)
    // and gives its type and its text without the space around it.
    bool scanValue(Type& type, QByteArrayView& raw);

    QString error() const { return m_error; }
    ErrorKind errorKind() const { return m_errorKind; }
    // After a scanObject() that failed: the raw key of the top-level member whose value (not key)
    // held the error, so that the caller can name the field; empty otherwise.
    QByteArrayView errorMember() const
    {
        return m_errorKind == ErrorKind::None ? QByteArrayView() : m_topKey;
    }

    // Decodes a raw JSON string value (with its quotes) that scanObject has validated.
    static QString decodeString(QByteArrayView raw);
    // A JSON integer without fraction or exponent, within ±2^53; false otherwise.
    static bool toInteger(QByteArrayView raw, qint64& out);

private:
    bool fail(const char* what);
    bool unstorable(const char* what);
    bool unicodeEscape();
    bool numberInRange(qsizetype intStart, qsizetype intDigits, qsizetype fracDigits, qsizetype exponentAt);
    void skipSpace();
    bool value(int depth, Type& type);
    bool string();
    bool number();
    bool literal(const char* word);
    bool object(int depth);
    bool array(int depth);
    // At '{' or '[': walks the members or elements through the closing bracket. Shared by the
    // nested walkers above and by scanObject() and scanArray(), which hand out what they find.
    template <typename MemberFn> bool members(int depth, MemberFn member);
    template <typename ElementFn> bool elements(int depth, ElementFn element);
    template <typename WalkFn> bool whole(char open, const char* expected, WalkFn walk);

    QByteArrayView m_text;
    qsizetype m_at = 0;
    QString m_error;
    ErrorKind m_errorKind = ErrorKind::None;
    bool m_storable = false;
    QByteArrayView m_topKey;
    static constexpr int MaxDepth = 256;
};

template <typename WalkFn> bool JsonScanner::whole(char open, const char* expected, WalkFn walk)
{
    skipSpace();
    if (m_at >= m_text.size() || m_text[m_at] != open)
        return fail(expected);
    if (!walk())
        return false;
    skipSpace();
    if (m_at != m_text.size())
        return fail("unexpected text after the value");
    return true;
}

template <typename MemberFn> bool JsonScanner::scanObject(MemberFn member)
{
    return whole('{', "expected a JSON object", [&] { return members(1, member); });
}

template <typename ElementFn> bool JsonScanner::scanArray(ElementFn element)
{
    return whole('[', "expected a JSON array", [&] { return elements(1, element); });
}

template <typename MemberFn> bool JsonScanner::members(int depth, MemberFn member)
{
    if (depth > MaxDepth)
        return fail("nested too deeply");
    ++m_at; // '{'
    skipSpace();
    if (m_at < m_text.size() && m_text[m_at] == '}') {
        ++m_at;
        return true;
    }
    for (;;) {
        skipSpace();
        const qsizetype keyStart = m_at;
        if (m_at >= m_text.size() || m_text[m_at] != '"')
            return fail("expected a member name in quotes");
        if (depth == 1)
            m_topKey = {};
        if (!string())
            return false;
        Member m;
        m.key = m_text.sliced(keyStart + 1, m_at - keyStart - 2);
        m.keyEscaped = m.key.contains('\\');
        if (depth == 1)
            m_topKey = m.key;
        skipSpace();
        if (m_at >= m_text.size() || m_text[m_at] != ':')
            return fail("expected ':' after a member name");
        ++m_at;
        skipSpace();
        const qsizetype valueStart = m_at;
        if (!value(depth, m.type))
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
            return true;
        }
        return fail("expected ',' or '}'");
    }
}

template <typename ElementFn> bool JsonScanner::elements(int depth, ElementFn element)
{
    if (depth > MaxDepth)
        return fail("nested too deeply");
    ++m_at; // '['
    skipSpace();
    if (m_at < m_text.size() && m_text[m_at] == ']') {
        ++m_at;
        return true;
    }
    for (;;) {
        skipSpace();
        const qsizetype start = m_at;
        Type type;
        if (!value(depth, type))
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
            return true;
        }
        return fail("expected ',' or ']'");
    }
}

} // namespace Rewind
