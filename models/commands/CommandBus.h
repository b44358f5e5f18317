#pragma once

#include "Decision.h"
#include "DomainCommand.h"
#include "EventStore.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Rewind {

// Who issues a command and why, for the metadata of the events it writes.
struct CommandMetadata
{
    QString userId; // empty: the store's session user (the PostgreSQL role) or the OS user
    QString role = QStringLiteral("editor");
    QString appVersion;
    QUuid correlationId; // null: the command's own id starts a new correlation
    QUuid causationId;   // null: nothing caused it but the user
};

struct CommandOutcome
{
    enum class Result
    {
        Accepted,
        Rejected, // a domain rule said no: see rejection
        Conflict, // the stream changed between reading and appending: see conflict
    };
    Result result = Result::Accepted;
    QString streamName;
    qint64 expectedVersion = -1; // the version the decision was made on
    QUuid commandId;
    QList<RecordedEvent> written; // on Accepted: the events as appended, positions filled in
    Rejection rejection;
    QString conflict;
};

// Loads the aggregate a command acts on, decides, and appends what was decided with the loaded
// version as the expected version, so that a concurrent change is reported as a conflict and never
// overwritten. A conflict is not retried: the editor decides again on the new state.
class CommandBus
{
public:
    explicit CommandBus(EventStore& store) : m_store(store) {}

    CommandOutcome execute(const DomainCommand& command, const CommandMetadata& metadata);

    // Several commands on one stream as one atomic append, decided on the stream as it is at
    // `expectedVersion` (an editor's save: one command per changed aspect, then maybe Publish).
    // A stream at another version is a Conflict before anything is decided; each command is decided
    // on the history plus the events decided before it, and a rejection of any appends nothing.
    // Each command's events carry its own commandId; all share the metadata's correlationId, or the
    // first command's id. outcome.commandId is the first command's id.
    CommandOutcome executeBatch(const QString& streamName, const QList<DomainCommand>& commands,
                                const CommandMetadata& metadata, qint64 expectedVersion);

    // The OS user, for stores that have no users of their own (SQLite).
    static QString osUser();

private:
    QByteArray metadataJson(const CommandMetadata& metadata, const QUuid& commandId);

    EventStore& m_store;
    std::optional<QString> m_sessionUser;
};

} // namespace Rewind
