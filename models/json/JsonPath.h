#pragma once

#include <QString>
#include <QStringList>

namespace Rewind {

// Paths into a JSON document in the JSONPath spelling people read in logs: `$` for the root,
// `.key` for an object member whose key is an identifier, `["any key"]` otherwise, and `[2]` for an
// array item, as in `$.answers[2].text`. Built and taken apart here so that the diff and the tree
// model always spell a path the same way.
class JsonPath
{
public:
    static QString root() { return QStringLiteral("$"); }
    static QString member(const QString& parent, const QString& key);
    static QString item(const QString& parent, qsizetype index);
    // The segments after `$` (".key", "[\"k\"]", "[2]"); empty for the root or a malformed path.
    static QStringList segments(const QString& path);
    // The path one level up; empty for the root.
    static QString parent(const QString& path);
    // True when `path` lies strictly inside `ancestor`.
    static bool isInside(const QString& path, const QString& ancestor);
};

} // namespace Rewind
