#include "ReplayCommand.h"

#include "CliArguments.h"
#include "EventTime.h"
#include "StoreError.h"
#include "StreamName.h"
#include "StreamReplayer.h"

#include <limits>
#include <optional>

namespace Rewind::Cli {

int ReplayCommand::run(CliContext& context, const QStringList& args)
{
    const QString untilPosition = QStringLiteral("until-position");
    const QString untilTime = QStringLiteral("until-time");
    const QString noSnapshots = QStringLiteral("no-snapshots");
    CliArguments parsed(args, {untilPosition, untilTime}, {noSnapshots});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (parsed.positionals().size() != 1)
        return usageError(context, QStringLiteral("needs exactly one STREAM"));
    const QString stream = parsed.positionals().first();
    if (StreamName::isCategory(stream))
        return usageError(
            context, QStringLiteral("'%1' is a category; replay needs a stream such as %1-1").arg(stream));
    if (parsed.has(untilPosition) && parsed.has(untilTime))
        return usageError(context, QStringLiteral("give --until-position or --until-time, not both"));
    // -1 is the version before any event, so it replays to the start state.
    const auto lastPosition = parsed.integer(untilPosition, std::numeric_limits<qint64>::max(), -1,
                                             std::numeric_limits<qint64>::max());
    if (!lastPosition)
        return usageError(context, parsed.error());
    std::optional<qint64> lastTime;
    if (parsed.has(untilTime)) {
        lastTime = EventTime::fromIso(QStringView(parsed.value(untilTime)));
        if (!lastTime)
            throw StoreError(StoreError::Kind::BadInput,
                             QStringLiteral("--until-time: '%1' is not a time such as 2026-03-02T08:15:00Z")
                                 .arg(parsed.value(untilTime)));
    }

    auto store = context.openStore(EventStoreFactory::Mode::MustExist);
    StreamReplayer replayer(*store);
    const ReplayOutcome outcome = replayer.replay(
        stream, parsed.has(untilPosition) ? lastPosition : std::nullopt, lastTime, !parsed.has(noSnapshots));
    if (outcome.snapshotsDenied)
        context.note(QStringLiteral("note: no access to Rewind's snapshots (schema rewind) for role %1; "
                                    "replaying from the first event")
                         .arg(store->sessionUser()));
    context.print(outcome.json);
    return ExitOk;
}

} // namespace Rewind::Cli
