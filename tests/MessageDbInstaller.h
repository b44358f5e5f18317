#pragma once

// Installs the real Message DB (Eventide's PostgreSQL message store) into a test database from its
// npm package's `database` directory, named by REWIND_MESSAGE_DB_DIR (scripts/test unpacks it), the
// way the package's install.sh does. Tests that need a Message DB that Rewind did not create use it.

#include "PgTestDatabase.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace Rewind {

// The package's SQL files in the order its install.sh runs them (database creation aside).
inline const char* const MessageDbFiles[] = {
    "roles/message-store.sql",
    "extensions/pgcrypto.sql",
    "schema/message-store.sql",
    "tables/messages.sql",
    "types/message.sql",
    "functions/message-store-version.sql",
    "functions/hash-64.sql",
    "functions/acquire-lock.sql",
    "functions/category.sql",
    "functions/is-category.sql",
    "functions/id.sql",
    "functions/cardinal-id.sql",
    "functions/stream-version.sql",
    "functions/write-message.sql",
    "functions/get-stream-messages.sql",
    "functions/get-category-messages.sql",
    "functions/get-last-stream-message.sql",
    "indexes/messages-id.sql",
    "indexes/messages-stream.sql",
    "indexes/messages-category.sql",
    "views/stream-summary.sql",
    "views/type-summary.sql",
    "views/stream-type-summary.sql",
    "views/type-stream-summary.sql",
    "views/category-type-summary.sql",
    "views/type-category-summary.sql",
    "privileges/schema.sql",
    "privileges/table.sql",
    "privileges/sequence.sql",
    "privileges/functions.sql",
    "privileges/views.sql",
};

// Installs Message DB into the database; returns an error text, empty on success.
inline QString installMessageDb(const QString& conninfo)
{
    const QString dir = qEnvironmentVariable("REWIND_MESSAGE_DB_DIR");
    if (dir.isEmpty())
        return QStringLiteral("REWIND_MESSAGE_DB_DIR is not set: point it at the `database` directory of the "
                              "message-db npm package (the test script unpacks it)");
    PgTestConnection sql(conninfo);
    if (!sql.isValid())
        return sql.error();
    sql.exec(QStringLiteral("SET client_min_messages = warning"));
    for (const char* file : MessageDbFiles) {
        QFile f(QDir(dir).filePath(QString::fromUtf8(file)));
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("%1: %2").arg(f.fileName(), f.errorString());
        if (!sql.exec(QString::fromUtf8(f.readAll())))
            return QStringLiteral("%1: %2").arg(f.fileName(), sql.error());
    }
    return {};
}

} // namespace Rewind
