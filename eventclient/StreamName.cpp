#include "StreamName.h"

#include <QStringList>

namespace Rewind {

QString StreamName::category(QStringView streamName)
{
    const auto dash = streamName.indexOf(u'-');
    return (dash < 0 ? streamName : streamName.left(dash)).toString();
}

QString StreamName::id(QStringView streamName)
{
    const auto dash = streamName.indexOf(u'-');
    return dash < 0 ? QString() : streamName.mid(dash + 1).toString();
}

QString StreamName::cardinalId(QStringView streamName)
{
    const auto dash = streamName.indexOf(u'-');
    if (dash < 0)
        return {};
    const auto rest = streamName.mid(dash + 1);
    const auto plus = rest.indexOf(u'+');
    return (plus < 0 ? rest : rest.left(plus)).toString();
}

bool StreamName::isCategory(QStringView streamName)
{
    return !streamName.contains(u'-');
}

QStringList StreamName::categoryTypes(QStringView streamName)
{
    const QString cat = category(streamName);
    const auto colon = cat.indexOf(u':');
    if (colon < 0)
        return {};
    return cat.mid(colon + 1).split(u'+', Qt::SkipEmptyParts);
}

QString StreamName::entityName(QStringView streamName)
{
    const QString cat = category(streamName);
    const auto colon = cat.indexOf(u':');
    return colon < 0 ? cat : cat.left(colon);
}

} // namespace Rewind
