#include "AppendCommand.h"

#include "CliArguments.h"
#include "EventJson.h"
#include "JsonScanner.h"
#include "StoreError.h"

namespace Rewind::Cli {

int AppendCommand::run(CliContext& context, const QStringList& args)
{
    CliArguments parsed(
        args, {QStringLiteral("metadata"), QStringLiteral("expected-version"), QStringLiteral("id")});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (parsed.positionals().size() != 3)
        return usageError(context, QStringLiteral("needs STREAM, TYPE and DATA"));

    // The same checks as an import line, so that both paths reject the same things the same way;
    // the payloads go in as the exact text given (no document round trip that would round numbers).
    const auto badInput = [](const QString& message) {
        return StoreError(StoreError::Kind::BadInput, message);
    };
    // Storable rules as for an import line, so that the column named is the one in DATA itself.
    const auto anyMember = [](const JsonScanner::Member&) { return true; };
    const QByteArray data = parsed.positionals()[2].toUtf8();
    if (JsonScanner scanner(data, JsonScanner::Rules::Storable); !scanner.scanObject(anyMember))
        throw badInput(scanner.errorKind() == JsonScanner::ErrorKind::Unstorable
                           ? QStringLiteral("DATA: cannot be stored as event data: %1").arg(scanner.error())
                           : QStringLiteral("DATA: %1").arg(scanner.error()));
    QByteArray metadata = "null";
    if (parsed.has(QStringLiteral("metadata"))) {
        metadata = parsed.value(QStringLiteral("metadata")).toUtf8().trimmed();
        JsonScanner scanner(metadata, JsonScanner::Rules::Storable);
        if (metadata != "null" && !scanner.scanObject(anyMember))
            throw badInput(
                scanner.errorKind() == JsonScanner::ErrorKind::Unstorable
                    ? QStringLiteral("--metadata: cannot be stored as event metadata: %1")
                          .arg(scanner.error())
                    : QStringLiteral("--metadata: must be a JSON object or null: %1").arg(scanner.error()));
    }
    const QString id = parsed.has(QStringLiteral("id")) ? parsed.value(QStringLiteral("id"))
                                                        : QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray line = "{\"stream_name\":";
    EventJson::appendJsonString(line, parsed.positionals()[0]);
    line += ",\"type\":";
    EventJson::appendJsonString(line, parsed.positionals()[1]);
    line += ",\"data\":" + data + ",\"metadata\":" + metadata + ",\"id\":";
    EventJson::appendJsonString(line, id);
    line += '}';

    ExpectedVersion expected;
    if (parsed.has(QStringLiteral("expected-version"))) {
        const auto v =
            parsed.integer(QStringLiteral("expected-version"), 0, -1, std::numeric_limits<qint64>::max());
        if (!v)
            return usageError(context, parsed.error());
        expected = *v;
    }

    NewEvent event;
    QString error;
    if (!EventJson::parseImportLine(line, event, error))
        throw badInput(error.startsWith(QLatin1String("id:")) ? QStringLiteral("--") + error : error);

    auto store = context.openStore(EventStoreFactory::Mode::MustExist);
    const AppendResult result = store->append(event.streamName, {event}, expected);
    const auto stored = store->readStream(event.streamName, result.lastPosition, 1);
    if (!stored.isEmpty())
        context.print(EventJson::toJsonLine(stored.first()));
    return ExitOk;
}

} // namespace Rewind::Cli
