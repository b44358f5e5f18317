#include "CommandCommand.h"

#include "CliArguments.h"
#include "CommandBus.h"
#include "DomainCommand.h"
#include "EventJson.h"
#include "StoreError.h"

namespace Rewind::Cli {

int CommandCommand::run(CliContext& context, const QStringList& args)
{
    const QString correlation = QStringLiteral("correlation-id");
    const QString causation = QStringLiteral("causation-id");
    CliArguments parsed(args, {correlation, causation});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (parsed.positionals().size() != 2)
        return usageError(context, QStringLiteral("needs NAME and JSON, for example: command PublishQuestion "
                                                  "'{\"questionId\":7}'"));
    CommandMetadata metadata;
    metadata.appVersion = QStringLiteral("rewind " REWIND_VERSION);
    for (const auto& [option, target] :
         {std::pair{correlation, &metadata.correlationId}, std::pair{causation, &metadata.causationId}}) {
        if (!parsed.has(option))
            continue;
        *target = QUuid::fromString(parsed.value(option));
        if (target->isNull())
            throw StoreError(StoreError::Kind::BadInput,
                             QStringLiteral("--%1: '%2' is not a UUID").arg(option, parsed.value(option)));
    }
    // Parse before connecting: bad input never needs the store.
    const DomainCommand command =
        DomainCommandParser::parse(parsed.positionals()[0], parsed.positionals()[1].toUtf8());

    auto store = context.openStore(EventStoreFactory::Mode::MustExist);
    CommandBus bus(*store);
    const CommandOutcome outcome = bus.execute(command, metadata);
    switch (outcome.result) {
    case CommandOutcome::Result::Rejected:
        context.note(
            QStringLiteral("%1 rejected on %2 (rule %3): %4")
                .arg(command.name, command.streamName, outcome.rejection.rule, outcome.rejection.message));
        return ExitBadInput;
    case CommandOutcome::Result::Conflict:
        context.note(QStringLiteral("%1 not applied: %2. Nothing was written; decide again on the new state.")
                         .arg(command.name, outcome.conflict));
        return ExitConflict;
    case CommandOutcome::Result::Accepted:
        break;
    }
    // One JSON line per event written, as `read` prints them, so the output can be piped the same way.
    for (const RecordedEvent& e : outcome.written) {
        QByteArray line = "{\"stream_name\":";
        EventJson::appendJsonString(line, e.streamName);
        line += ",\"position\":" + QByteArray::number(e.position);
        if (e.globalPosition > 0)
            line += ",\"global_position\":" + QByteArray::number(e.globalPosition);
        line += ",\"type\":";
        EventJson::appendJsonString(line, e.type);
        line += ",\"data\":" + EventJson::canonicalObject(e.data);
        line += ",\"metadata\":" + EventJson::canonicalObject(e.metadata);
        line += ",\"id\":\"" + e.id.toByteArray(QUuid::WithoutBraces) + "\"}";
        context.print(line);
    }
    return ExitOk;
}

} // namespace Rewind::Cli
