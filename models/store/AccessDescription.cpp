#include "AccessDescription.h"

namespace Rewind {

QString AccessDescription::rights(const StoreAccess& access)
{
    // A standby refuses every write whatever the role may do on the primary: say that, not the role.
    if (access.isStandby)
        return tr("hot standby: reads only; changes are made on the primary");
    switch (access.role) {
    case StoreAccess::Role::Owner:
        return tr("full access");
    case StoreAccess::Role::Developer:
        return tr("developer: reads, runs projections");
    case StoreAccess::Role::Editor:
        return tr("editor: reads, writes %1").arg(access.appendCategories.join(QStringLiteral(", ")));
    case StoreAccess::Role::Support:
        return tr("support: read only");
    case StoreAccess::Role::Other:
        break;
    }
    return access.isReadOnly() ? tr("read only") : tr("limited access");
}

QString AccessDescription::publishingReadOnlyReason(const StoreAccess& access, const QString& role,
                                                    bool mayPublish)
{
    if (access.isStandby)
        return tr("This store is a hot standby: questions and courses can be read here and changed only "
                  "on the primary.");
    if (mayPublish)
        return {};
    return tr("Role %1 may read questions and courses but not change them.").arg(role);
}

} // namespace Rewind
