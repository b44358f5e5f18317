#include "AppendCommand.h"

#include "CliArguments.h"
#include "EventJson.h"
#include "StoreError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Rewind::Cli {

int AppendCommand::run(CliContext& context, const QStringList& args)
{
    CliArguments parsed(
        args, {QStringLiteral("metadata"), QStringLiteral("expected-version"), QStringLiteral("id")});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (parsed.positionals().size() != 3)
        return usageError(context, QStringLiteral("needs STREAM, TYPE and DATA"));

    // The same checks as an import line, so that both paths reject the same things the same way.
    QJsonObject line;
    line.insert(QStringLiteral("stream_name"), parsed.positionals()[0]);
    line.insert(QStringLiteral("type"), parsed.positionals()[1]);
    const auto badInput = [](const QString& message) {
        return StoreError(StoreError::Kind::BadInput, message);
    };
    QJsonParseError jsonError;
    const QJsonDocument data = QJsonDocument::fromJson(parsed.positionals()[2].toUtf8(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        throw badInput(
            QStringLiteral("DATA: %1 at column %2").arg(jsonError.errorString()).arg(jsonError.offset + 1));
    if (!data.isObject())
        throw badInput(QStringLiteral("DATA: must be a JSON object"));
    line.insert(QStringLiteral("data"), data.object());
    if (parsed.has(QStringLiteral("metadata"))) {
        const QJsonDocument metadata =
            QJsonDocument::fromJson(parsed.value(QStringLiteral("metadata")).toUtf8(), &jsonError);
        if (jsonError.error != QJsonParseError::NoError)
            throw badInput(QStringLiteral("--metadata: %1 at column %2")
                               .arg(jsonError.errorString())
                               .arg(jsonError.offset + 1));
        if (!metadata.isObject() &&
            !(metadata.isNull() &&
              parsed.value(QStringLiteral("metadata")).trimmed() == QLatin1String("null")))
            throw badInput(QStringLiteral("--metadata: must be a JSON object or null"));
        if (metadata.isObject())
            line.insert(QStringLiteral("metadata"), metadata.object());
    }
    const QString id = parsed.has(QStringLiteral("id")) ? parsed.value(QStringLiteral("id"))
                                                        : QUuid::createUuid().toString(QUuid::WithoutBraces);
    line.insert(QStringLiteral("id"), id);

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
    if (!EventJson::parseImportLine(QJsonDocument(line).toJson(QJsonDocument::Compact), event, error))
        throw badInput(error.startsWith(QLatin1String("id:")) ? QStringLiteral("--") + error : error);

    auto store = context.openStore(EventStoreFactory::Mode::MustExist);
    const AppendResult result = store->append(event.streamName, {event}, expected);
    const auto stored = store->readStream(event.streamName, result.lastPosition, 1);
    if (!stored.isEmpty())
        context.print(EventJson::toJsonLine(stored.first()));
    return ExitOk;
}

} // namespace Rewind::Cli
