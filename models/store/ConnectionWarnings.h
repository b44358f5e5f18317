#pragma once

#include "ConnectionSecurity.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Rewind {

// What the window warns about when it opens a PostgreSQL store: a password file others
// may read, a clear-text link across a network, a server that may lose acknowledged commits.
// Sentences in the installed language.
class ConnectionWarnings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionWarnings)

public:
    static QStringList forSecurity(const ConnectionSecurity& security);
    // The file libpq reads passwords from: PGPASSFILE, else ~/.pgpass.
    static QString passwordFilePath();
    // A warning when the file exists and its group or others may read or write it; empty otherwise.
    // (libpq itself then ignores the file, which makes a later password failure puzzling.)
    static QString passwordFileWarning(const QString& path);
    // The link in a few words for the status bar: "TLSv1.3", "not encrypted", "local socket".
    static QString linkText(const ConnectionSecurity& security);
};

} // namespace Rewind
