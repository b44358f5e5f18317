#pragma once

#include <QString>

namespace Rewind {

// The versions of the database client libraries Rewind runs with. They are linked privately into
// the event client, so this is the only place above it that can ask them.
class LibraryVersions
{
public:
    static QString sqlite(); // "3.40.1", the library loaded at run time
    static QString libpq();  // "15.18", the library loaded at run time
};

} // namespace Rewind
