#include "StoreAccess.h"

#include "StreamName.h"

namespace Rewind {

bool StoreAccess::canAppendTo(const QString& streamName) const
{
    if (!canAppend)
        return false;
    return appendCategories.isEmpty() || appendCategories.contains(StreamName::category(streamName));
}

QString StoreAccess::roleKey(Role role)
{
    switch (role) {
    case Role::Owner:
        return QStringLiteral("owner");
    case Role::Developer:
        return QStringLiteral("developer");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Support:
        return QStringLiteral("support");
    case Role::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace Rewind
