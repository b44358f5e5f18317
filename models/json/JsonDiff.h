#pragma once

#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Rewind {

// Where two JSON documents differ, as JsonPath paths. A member or item present only after is
// added, present only before is removed; a value that differs in type or scalar value is changed
// (its children are not listed again). Containers that hold a difference are not listed themselves.
struct JsonChanges
{
    QStringList added;
    QStringList removed;
    QStringList changed;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    // Every path of the three lists.
    QSet<QString> paths() const;
};

class JsonDiff
{
public:
    // Compares `before` with `after` from the root `$`. An undefined `before` (no earlier document)
    // makes the whole of `after` one change at the root.
    static JsonChanges compare(const QJsonValue& before, const QJsonValue& after);

private:
    static void compareAt(const QString& path, const QJsonValue& before, const QJsonValue& after,
                          JsonChanges& out);
};

} // namespace Rewind
