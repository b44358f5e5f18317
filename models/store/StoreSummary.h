#pragma once

#include "ConnectionSecurity.h"
#include "StoreAccess.h"

#include <QMetaType>
#include <QString>

namespace Rewind {

// What the main window shows about the store it is connected to.
struct StoreSummary
{
    QString address; // password-free
    QString backend; // "sqlite" or "postgresql"
    QString serverVersion;
    QString role; // the database role (PostgreSQL); the OS user has no meaning to SQLite: empty
    // Not an event count: counting a 10-million-event store takes seconds, and the window opens
    // at once. The browser counts in the background.
    qint64 headPosition = 0;
    bool hasSchema = true;
    StoreAccess access; // what the role may do: the window hides the rest (the database refuses it)
    ConnectionSecurity security;
    QStringList warnings; // about the link, the password file and the server's durability
    QString error;        // non-empty when the store could not be read
};

} // namespace Rewind

Q_DECLARE_METATYPE(Rewind::StoreSummary)
