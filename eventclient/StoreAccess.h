#pragma once

#include <QString>
#include <QStringList>

namespace Rewind {

// What the session may do, as the database grants it. The window hides what is not
// allowed, but the database is what refuses: this only mirrors its grants so that nobody is offered
// a button that is bound to fail.
struct StoreAccess
{
    enum class Role
    {
        Owner,     // superuser or owner of the messages table, or a file one may write (SQLite)
        Developer, // rewind_developer: reads everything, runs projections
        Editor,    // rewind_editor: reads, appends only to the editor categories
        Support,   // rewind_support: reads
        Other,     // granted otherwise: see the flags
    };
    Role role = Role::Owner;
    QString roleName;                // the database role the session acts as (current_user); empty on SQLite
    bool canAppend = true;           // may insert into the messages table
    QStringList appendCategories;    // when not empty: appends are allowed only to these categories
    bool canWriteProjections = true; // checkpoints, snapshots, parked events, lag samples
    bool isStandby = false;          // a hot standby: both flags above are false, whatever the role

    bool canAppendTo(const QString& streamName) const;
    bool isReadOnly() const { return !canAppend && !canWriteProjections; }
    static QString roleKey(Role role); // "owner", "developer", "editor", "support", "other"
};

} // namespace Rewind
