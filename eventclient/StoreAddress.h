#pragma once

#include <QString>

namespace Rewind {

// A store address: a file path or "sqlite:PATH" for SQLite;
// "postgresql://…", "postgres://…" or a libpq conninfo string ("service=…", "host=… dbname=…")
// for PostgreSQL. Passwords are never kept beyond handing the text to libpq.
class StoreAddress
{
public:
    enum class Backend
    {
        Invalid,
        Sqlite,
        Postgres
    };

    static StoreAddress parse(const QString& text);

    Backend backend() const { return m_backend; }
    bool isValid() const { return m_backend != Backend::Invalid; }
    QString error() const { return m_error; }       // why parse() refused the text
    QString sqlitePath() const { return m_target; } // for SQLite
    QString conninfo() const { return m_target; }   // for PostgreSQL, as libpq takes it
    QString display() const;                        // for status bars and messages: no password
    // The address as text that parses back to the same store, with any password removed rather
    // than masked (a URI's user:password, a password query parameter, conninfo's password=), so it
    // can be kept in settings. Empty for an invalid address.
    QString withoutPassword() const;

private:
    Backend m_backend = Backend::Invalid;
    QString m_target;
    QString m_error;
};

} // namespace Rewind
