#pragma once

#include "StoreAccess.h"

#include <QCoreApplication>
#include <QString>

namespace Rewind {

// What the session may do, said in words for the status bar and the pages that turn read-only:
// the database role's rights, and on a hot standby that nothing can be written there at all.
class AccessDescription
{
    Q_DECLARE_TR_FUNCTIONS(AccessDescription)
public:
    // "full access", "editor: reads, writes course, question", "hot standby: reads only; …".
    static QString rights(const StoreAccess& access);
    // Why the Publish page shows questions without letting them be changed; empty when it may.
    static QString publishingReadOnlyReason(const StoreAccess& access, const QString& role, bool mayPublish);
};

} // namespace Rewind
