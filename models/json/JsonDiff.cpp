#include "JsonDiff.h"

#include "JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Rewind {

QSet<QString> JsonChanges::paths() const
{
    QSet<QString> all;
    for (const QStringList* list : {&added, &removed, &changed})
        for (const QString& path : *list)
            all.insert(path);
    return all;
}

JsonChanges JsonDiff::compare(const QJsonValue& before, const QJsonValue& after)
{
    JsonChanges out;
    compareAt(JsonPath::root(), before, after, out);
    return out;
}

void JsonDiff::compareAt(const QString& path, const QJsonValue& before, const QJsonValue& after,
                         JsonChanges& out)
{
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        for (auto i = a.constBegin(); i != a.constEnd(); ++i) {
            const auto j = b.constFind(i.key());
            if (j == b.constEnd())
                out.removed.append(JsonPath::member(path, i.key()));
            else
                compareAt(JsonPath::member(path, i.key()), i.value(), j.value(), out);
        }
        for (auto j = b.constBegin(); j != b.constEnd(); ++j) {
            if (!a.contains(j.key()))
                out.added.append(JsonPath::member(path, j.key()));
        }
        return;
    }
    if (before.isArray() && after.isArray()) {
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        const qsizetype common = std::min(a.size(), b.size());
        for (qsizetype k = 0; k < common; ++k)
            compareAt(JsonPath::item(path, k), a.at(k), b.at(k), out);
        for (qsizetype k = common; k < b.size(); ++k)
            out.added.append(JsonPath::item(path, k));
        for (qsizetype k = common; k < a.size(); ++k)
            out.removed.append(JsonPath::item(path, k));
        return;
    }
    if (before.isUndefined() && !after.isUndefined()) {
        out.added.append(path);
        return;
    }
    if (after.isUndefined() && !before.isUndefined()) {
        out.removed.append(path);
        return;
    }
    // QJsonValue compares 1 and 1.0 as equal, which is right for a reader of the state.
    if (before != after)
        out.changed.append(path);
}

} // namespace Rewind
