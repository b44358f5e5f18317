#include "StoreAddress.h"

#include <QRegularExpression>
#include <QStringList>

#include <libpq-fe.h>

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
    if (keyword == QLatin1String("port")) {
        // One port, or one for each host of a list; an empty one means the default.
        for (const QString& port : value.split(u',')) {
            bool ok = false;
            const int number = port.toInt(&ok);
            if (!port.isEmpty() && (!ok || number < 1 || number > 65535))
                return QStringLiteral("store address: port '%1' is not a number from 1 to 65535").arg(port);
        }
    }
    return {};
}

// libpq's own parser decides what is an address, so that Rewind takes exactly what psql takes
// (multi-host lists, percent-encoded socket directories, every keyword of this libpq). It does not
// check the values of the keywords with fixed choices; those are checked here.
QString checkWithLibpq(const QString& text, const QString& refusal)
{
    QByteArray info = text.toUtf8();
    char* parseError = nullptr;
    PQconninfoOption* options = PQconninfoParse(info.constData(), &parseError);
    info.fill('\0'); // may hold a password
    if (!options) {
        const QString why =
            parseError ? QString::fromUtf8(parseError).trimmed() : QStringLiteral("out of memory");
        PQfreemem(parseError);
        return refusal.arg(why);
    }
    QString bad;
    for (PQconninfoOption* o = options; o->keyword && bad.isEmpty(); ++o)
        if (o->val)
            bad = badChoice(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    PQconninfoFree(options);
    return bad;
}

// A PostgreSQL URI with its password masked (mask non-empty) or removed (mask empty): the one in
// user:password@ and any password= query parameter. Done on the text, since QUrl takes neither
// a host list ("a:5432,b:5433") nor every escape libpq takes.
QString uriPasswordReplaced(const QString& uri, const QString& mask)
{
    const qsizetype schemeEnd = uri.indexOf(QLatin1String("://")) + 3;
    qsizetype authorityEnd = schemeEnd;
    while (authorityEnd < uri.size() && uri[authorityEnd] != u'/' && uri[authorityEnd] != u'?')
        ++authorityEnd;
    QString authority = uri.sliced(schemeEnd, authorityEnd - schemeEnd);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        if (const qsizetype colon = authority.indexOf(u':'); colon >= 0 && colon < at)
            authority =
                authority.left(colon) + (mask.isEmpty() ? QString() : u':' + mask) + authority.sliced(at);
    }
    QString rest = uri.sliced(authorityEnd);
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        QStringList kept;
        for (const QString& item : rest.sliced(q + 1).split(u'&')) {
            if (item.startsWith(QLatin1String("password="))) {
                if (!mask.isEmpty())
                    kept << QStringLiteral("password=") + mask;
            } else {
                kept << item;
            }
        }
        rest = rest.left(q) + (kept.isEmpty() ? QString() : u'?' + kept.join(u'&'));
    }
    return uri.left(schemeEnd) + authority + rest;
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
        if (const QString bad =
                checkWithLibpq(text, QStringLiteral("store address: not a valid PostgreSQL URI: %1"));
            !bad.isEmpty()) {
            a.m_error = bad;
            return a;
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
        if (const QString bad = checkWithLibpq(text, QStringLiteral("store address: %1")); !bad.isEmpty()) {
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
            return uriPasswordReplaced(m_target, QStringLiteral("***"));
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
            return uriPasswordReplaced(m_target, QString());
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
