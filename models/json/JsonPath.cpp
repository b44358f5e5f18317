#include "JsonPath.h"

namespace Rewind {

namespace {

bool isIdentifier(const QString& key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key[i];
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

} // namespace

QString JsonPath::member(const QString& parent, const QString& key)
{
    if (isIdentifier(key))
        return parent + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return parent + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString JsonPath::item(const QString& parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

QStringList JsonPath::segments(const QString& path)
{
    QStringList out;
    if (!path.startsWith(u'$'))
        return out;
    qsizetype i = 1;
    while (i < path.size()) {
        const qsizetype start = i;
        if (path[i] == u'.') {
            ++i;
            while (i < path.size() && path[i] != u'.' && path[i] != u'[')
                ++i;
        } else if (path[i] == u'[') {
            ++i;
            if (i < path.size() && path[i] == u'"') {
                // A quoted key may hold any character, escaped ones included.
                ++i;
                while (i < path.size() && path[i] != u'"')
                    i += path[i] == u'\\' ? 2 : 1;
                ++i;
            }
            while (i < path.size() && path[i] != u']')
                ++i;
            ++i;
        } else {
            return {};
        }
        out.append(path.mid(start, i - start));
    }
    return out;
}

QString JsonPath::parent(const QString& path)
{
    const QStringList parts = segments(path);
    if (parts.isEmpty())
        return {};
    return path.first(path.size() - parts.last().size());
}

bool JsonPath::isInside(const QString& path, const QString& ancestor)
{
    if (path.size() <= ancestor.size() || !path.startsWith(ancestor))
        return false;
    const QChar next = path[ancestor.size()];
    return next == u'.' || next == u'[';
}

} // namespace Rewind
