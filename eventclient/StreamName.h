#pragma once

#include <QString>
#include <QStringView>

namespace Rewind {

// Message DB stream-name conventions: "category-id", category before the first '-',
// cardinal id up to the first '+', qualifiers after ':' in the category.
class StreamName
{
public:
    static QString category(QStringView streamName);
    static QString id(QStringView streamName);         // empty when the name is a category
    static QString cardinalId(QStringView streamName); // empty when the name is a category
    static bool isCategory(QStringView streamName);
    // The category's type qualifiers ("questionStats:position" -> {"position"}), split on '+'.
    static QStringList categoryTypes(QStringView streamName);
    // The category without its qualifiers ("account:command+position" -> "account").
    static QString entityName(QStringView streamName);
};

} // namespace Rewind
