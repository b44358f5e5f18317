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

} // namespace Rewind
