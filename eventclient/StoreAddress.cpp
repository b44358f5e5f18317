#include "StoreAddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Rewind {

namespace {

bool looksLikeConninfo(const QString& text)
{
    // libpq conninfo: one or more "keyword=value" pairs, the keyword made of letters and '_'.
    static const QRegularExpression pair(QStringLiteral(R"(^\s*[A-Za-z_]+\s*=)"));
    return pair.match(text).hasMatch();
}

// libpq checks these values only when it connects, and reports a wrong one as a failed
// connection; a typo in the address is bad input, said before anything is tried.
QString badChoice(const QString& keyword, const QString& value)
{
    static const QList<std::pair<QString, QStringList>> choices{
        {QStringLiteral("sslmode"),
         {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}},
        {QStringLiteral("gssencmode"),
         {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")}},
        {QStringLiteral("target_session_attrs"),
         {QStringLiteral("any"), QStringLiteral("read-write"), QStringLiteral("read-only"),
          QStringLiteral("primary"), QStringLiteral("standby"), QStringLiteral("prefer-standby")}},
    };
    for (const auto& [name, allowed] : choices)
        if (keyword == name && !allowed.contains(value))
            return QStringLiteral("store address: %1 '%2' is not one of %3")
                .arg(name, value, allowed.join(QStringLiteral(", ")));
    return {};
}

// The keyword=value pairs of a conninfo string, in libpq's syntax (a value is single-quoted or
// runs to the next space; a backslash escapes the next character). Stops at the first malformed
// pair: libpq's own parser names that one when the store is opened.
QString checkConninfo(const QString& text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        const qsizetype keyStart = i;
        while (i < n && text[i] != u'=' && !text[i].isSpace())
            ++i;
        const QString keyword = text.sliced(keyStart, i - keyStart);
        while (i < n && text[i].isSpace())
            ++i;
        if (keyword.isEmpty() || i >= n || text[i] != u'=')
            return {};
        ++i;
        while (i < n && text[i].isSpace())
            ++i;
        QString value;
        if (i < n && text[i] == u'\'') {
            ++i;
            for (;; ++i) {
                if (i >= n)
                    return {};
                if (text[i] == u'\\' && i + 1 < n)
                    ++i;
                else if (text[i] == u'\'')
                    break;
                value += text[i];
            }
            ++i;
        } else {
            for (; i < n && !text[i].isSpace(); ++i) {
                if (text[i] == u'\\' && i + 1 < n)
                    ++i;
                value += text[i];
            }
        }
        if (const QString bad = badChoice(keyword, value); !bad.isEmpty())
            return bad;
    }
    return {};
}

} // namespace

StoreAddress StoreAddress::parse(const QString& input)
{
    StoreAddress a;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        a.m_error = QStringLiteral("store address: empty (give a SQLite file path, sqlite:PATH, "
                                   "postgresql://… or a libpq conninfo such as 'service=NAME')");
        return a;
    }
    if (text.contains(QChar(0))) {
        a.m_error = QStringLiteral("store address: contains a NUL character");
        return a;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid()) {
            a.m_error =
                QStringLiteral("store address: not a valid PostgreSQL URI: %1").arg(url.errorString());
            return a;
        }
        for (const auto& [keyword, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            if (const QString bad = badChoice(keyword, value); !bad.isEmpty()) {
                a.m_error = bad;
                return a;
            }
        }
        a.m_backend = Backend::Postgres;
        a.m_target = text;
        return a;
    }
    if (text.startsWith(QLatin1String("sqlite:"))) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty()) {
            a.m_error = QStringLiteral("store address: sqlite: needs a file path after the colon");
            return a;
        }
        a.m_backend = Backend::Sqlite;
        a.m_target = path;
        return a;
    }
    static const QRegularExpression scheme(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9+.-]*)://)"));
    if (const auto m = scheme.match(text); m.hasMatch()) {
        a.m_error = QStringLiteral("store address: unknown scheme '%1' (use a file path, sqlite:PATH or "
                                   "postgresql://…)")
                        .arg(m.captured(1));
        return a;
    }
    if (looksLikeConninfo(text)) {
        if (const QString bad = checkConninfo(text); !bad.isEmpty()) {
            a.m_error = bad;
            return a;
        }
        a.m_backend = Backend::Postgres;
        a.m_target = text;
        return a;
    }
    a.m_backend = Backend::Sqlite;
    a.m_target = text;
    return a;
}

QString StoreAddress::display() const
{
    switch (m_backend) {
    case Backend::Sqlite:
        return QStringLiteral("sqlite:") + m_target;
    case Backend::Postgres:
        if (m_target.contains(QLatin1String("://"))) {
            QUrl url(m_target);
            url.setPassword(QString());
            QString shown = url.toString();
            // A password given as a query parameter must not be shown either.
            static const QRegularExpression pw(QStringLiteral(R"(([?&]password=)[^&]*)"));
            return shown.replace(pw, QStringLiteral("\\1***"));
        } else {
            QString shown = m_target;
            static const QRegularExpression pw(QStringLiteral(R"((password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+))"));
            return shown.replace(pw, QStringLiteral("\\1***"));
        }
    case Backend::Invalid:
        break;
    }
    return {};
}

QString StoreAddress::withoutPassword() const
{
    switch (m_backend) {
    case Backend::Sqlite: {
        // The bare path when it reads back as this file; otherwise ("host=x.sqlite") say which it is.
        const StoreAddress again = parse(m_target);
        if (again.m_backend == Backend::Sqlite && again.m_target == m_target)
            return m_target;
        return QStringLiteral("sqlite:") + m_target;
    }
    case Backend::Postgres:
        if (m_target.contains(QLatin1String("://"))) {
            QUrl url(m_target);
            url.setPassword(QString());
            if (url.hasQuery()) {
                QUrlQuery query(url);
                query.removeAllQueryItems(QStringLiteral("password"));
                url.setQuery(query);
                if (query.isEmpty())
                    url.setQuery(QString());
            }
            return url.toString(QUrl::FullyEncoded);
        } else {
            QString kept = m_target;
            // libpq's value syntax: single-quoted, or unquoted up to whitespace; a backslash escapes
            // the next character in both.
            static const QRegularExpression pw(
                QStringLiteral(R"((^|\s+)password\s*=\s*('(?:[^'\\]|\\.)*'|(?:[^\s\\]|\\.)+))"));
            kept.remove(pw);
            return kept.trimmed();
        }
    case Backend::Invalid:
        break;
    }
    return {};
}

} // namespace Rewind
