#pragma once

#include <QString>
#include <stdexcept>

namespace Rewind {

// The one error type stores throw. Its kind maps onto the command line's exit codes.
class StoreError : public std::runtime_error
{
public:
    enum class Kind
    {
        BadInput = 2,    // malformed event, address or argument; nothing was written
        Conflict = 3,    // expected version did not match
        Unreachable = 4, // cannot connect, or the schema is missing
        Database = 5,    // any other failure reported by the database
        Cancelled = 6,   // the caller asked to stop
        Forbidden = 7,   // the database refused: the session's role may not do this
    };

    // What failed. Rewind's own tables (snapshots, on PostgreSQL in schema rewind) only save time
    // when reading, so a reader may go on without them; the message store it may not.
    enum class Subject
    {
        Store,
        RewindTables,
    };

    StoreError(Kind kind, const QString& message, Subject subject = Subject::Store)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message), m_subject(subject)
    {
    }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    Subject subject() const { return m_subject; }

private:
    Kind m_kind;
    QString m_message;
    Subject m_subject;
};

} // namespace Rewind
