#include "CommandBus.h"

#include "StateJsonWriter.h"
#include "StoreError.h"

#include <pwd.h>
#include <unistd.h>

namespace Rewind {

QString CommandBus::osUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    // Services and containers often run without USER set; the password database still knows.
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("unknown");
}

QByteArray CommandBus::metadataJson(const CommandMetadata& metadata, const QUuid& commandId)
{
    QString user = metadata.userId;
    if (user.isEmpty()) {
        if (!m_sessionUser)
            m_sessionUser = m_store.sessionUser();
        user = m_sessionUser->isEmpty() ? osUser() : *m_sessionUser;
    }
    const auto uuid = [](const QUuid& id) {
        return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces));
    };
    StateJsonWriter json;
    json.addString(u"userId", user);
    json.addString(u"role", metadata.role);
    json.add(u"commandId", uuid(commandId));
    json.add(u"correlationId", uuid(metadata.correlationId.isNull() ? commandId : metadata.correlationId));
    json.add(u"causationId", uuid(metadata.causationId));
    json.addString(u"appVersion", metadata.appVersion);
    return json.finish();
}

CommandOutcome CommandBus::execute(const DomainCommand& command, const CommandMetadata& metadata)
{
    CommandOutcome outcome;
    outcome.streamName = command.streamName;
    outcome.commandId = QUuid::createUuid();

    QList<RecordedEvent> history;
    constexpr int Page = 1000;
    for (;;) {
        const QList<RecordedEvent> page = m_store.readStream(command.streamName, history.size(), Page);
        history += page;
        if (page.size() < Page)
            break;
    }
    outcome.expectedVersion = history.isEmpty() ? -1 : history.last().position;

    const Decision decision = DomainCommands::decide(command, history);
    if (!decision.accepted()) {
        outcome.result = CommandOutcome::Result::Rejected;
        outcome.rejection = decision.rejection();
        return outcome;
    }

    const QByteArray meta = metadataJson(metadata, outcome.commandId);
    QList<NewEvent> events;
    for (const DecidedEvent& d : decision.events()) {
        NewEvent e;
        e.id = QUuid::createUuid();
        e.streamName = command.streamName;
        e.type = d.type;
        e.data = d.data;
        e.metadata = meta;
        events.append(e);
    }
    try {
        const AppendResult appended = m_store.append(command.streamName, events, outcome.expectedVersion);
        for (int i = 0; i < events.size(); ++i) {
            RecordedEvent r;
            r.position = appended.firstPosition + i;
            // Global positions of one batch need not be consecutive on PostgreSQL (other categories
            // write meanwhile); only the last one is known.
            r.globalPosition = i == events.size() - 1 ? appended.lastGlobalPosition : 0;
            r.streamName = command.streamName;
            r.type = events[i].type;
            r.data = events[i].data;
            r.metadata = events[i].metadata;
            r.id = events[i].id;
            outcome.written.append(r);
        }
    } catch (const StoreError& e) {
        if (e.kind() != StoreError::Kind::Conflict)
            throw;
        outcome.result = CommandOutcome::Result::Conflict;
        outcome.conflict = e.message();
    }
    return outcome;
}

CommandOutcome CommandBus::executeBatch(const QString& streamName, const QList<DomainCommand>& commands,
                                        const CommandMetadata& metadata, qint64 expectedVersion)
{
    CommandOutcome outcome;
    outcome.streamName = streamName;
    outcome.expectedVersion = expectedVersion;

    QList<RecordedEvent> history;
    constexpr int Page = 1000;
    for (;;) {
        const QList<RecordedEvent> page = m_store.readStream(streamName, history.size(), Page);
        history += page;
        if (page.size() < Page)
            break;
    }
    const qint64 actual = history.isEmpty() ? -1 : history.last().position;
    if (actual != expectedVersion) {
        // Deciding on a state the caller never saw could accept what it would not have issued.
        outcome.result = CommandOutcome::Result::Conflict;
        outcome.conflict = QStringLiteral("Wrong expected version for stream %1: expected %2, actual %3")
                               .arg(streamName)
                               .arg(expectedVersion)
                               .arg(actual);
        return outcome;
    }

    QList<QUuid> commandIds;
    for (qsizetype i = 0; i < commands.size(); ++i)
        commandIds.append(QUuid::createUuid());
    if (!commandIds.isEmpty())
        outcome.commandId = commandIds.first();
    CommandMetadata shared = metadata;
    if (shared.correlationId.isNull() && !commandIds.isEmpty())
        shared.correlationId = commandIds.first();

    QList<NewEvent> events;
    for (qsizetype c = 0; c < commands.size(); ++c) {
        const DomainCommand& command = commands[c];
        if (command.streamName != streamName)
            throw StoreError(StoreError::Kind::BadInput,
                             QStringLiteral("%1 acts on %2, not on %3: a batch appends to one stream.")
                                 .arg(command.name, command.streamName, streamName));
        const Decision decision = DomainCommands::decide(command, history);
        if (!decision.accepted()) {
            outcome.result = CommandOutcome::Result::Rejected;
            outcome.rejection = decision.rejection();
            return outcome;
        }
        const QByteArray meta = metadataJson(shared, commandIds[c]);
        for (const DecidedEvent& d : decision.events()) {
            NewEvent e;
            e.id = QUuid::createUuid();
            e.streamName = streamName;
            e.type = d.type;
            e.data = d.data;
            e.metadata = meta;
            events.append(e);
            // The next command is decided on the state this one leaves.
            RecordedEvent r;
            r.position = history.isEmpty() ? 0 : history.last().position + 1;
            r.streamName = streamName;
            r.type = e.type;
            r.data = e.data;
            r.metadata = e.metadata;
            r.id = e.id;
            history.append(r);
        }
    }
    if (events.isEmpty())
        return outcome;

    try {
        const AppendResult appended = m_store.append(streamName, events, expectedVersion);
        for (int i = 0; i < events.size(); ++i) {
            RecordedEvent r;
            r.position = appended.firstPosition + i;
            // As in execute(): only the last global position of a batch is known.
            r.globalPosition = i == events.size() - 1 ? appended.lastGlobalPosition : 0;
            r.streamName = streamName;
            r.type = events[i].type;
            r.data = events[i].data;
            r.metadata = events[i].metadata;
            r.id = events[i].id;
            outcome.written.append(r);
        }
    } catch (const StoreError& e) {
        if (e.kind() != StoreError::Kind::Conflict)
            throw;
        outcome.result = CommandOutcome::Result::Conflict;
        outcome.conflict = e.message();
    }
    return outcome;
}

} // namespace Rewind
