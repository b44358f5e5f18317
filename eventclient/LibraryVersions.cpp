#include "LibraryVersions.h"

#include <libpq-fe.h>
#include <sqlite3.h>

namespace Rewind {

QString LibraryVersions::sqlite()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString LibraryVersions::libpq()
{
    // Since PostgreSQL 10 the number is major * 10000 + minor.
    const int v = PQlibVersion();
    if (v >= 100000)
        return QStringLiteral("%1.%2").arg(v / 10000).arg(v % 10000);
    return QStringLiteral("%1.%2.%3").arg(v / 10000).arg(v / 100 % 100).arg(v % 100);
}

} // namespace Rewind
