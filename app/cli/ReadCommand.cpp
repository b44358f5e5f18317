#include "ReadCommand.h"

#include "CliArguments.h"
#include "EventJson.h"
#include "StoreError.h"
#include "StreamName.h"

#include <limits>

namespace Rewind::Cli {

int ReadCommand::run(CliContext& context, const QStringList& args)
{
    CliArguments parsed(args, {QStringLiteral("from"), QStringLiteral("limit")}, {QStringLiteral("all")},
                        {QStringLiteral("type")});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    const bool all = parsed.has(QStringLiteral("all"));
    if (all == (parsed.positionals().size() == 1) || parsed.positionals().size() > 1)
        return usageError(context, QStringLiteral("give exactly one of STREAM, CATEGORY or --all"));
    const QString target = all ? QString() : parsed.positionals().first();
    // An empty category would read as "no category", which is the whole log: a name that went
    // missing in a script must not print every event.
    if (!all && target.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::BadInput,
                         QStringLiteral("STREAM|CATEGORY: '%1' is not a stream or category name; give one "
                                        "such as question-1 or question, or --all for the whole log")
                             .arg(target));
    const bool isStream = !all && !StreamName::isCategory(target);
    const auto from =
        parsed.integer(QStringLiteral("from"), isStream ? 0 : 1, 0, std::numeric_limits<qint64>::max());
    const auto limit = parsed.integer(QStringLiteral("limit"), -1, 0, std::numeric_limits<qint64>::max());
    if (!from || !limit)
        return usageError(context, parsed.error());
    QStringList types;
    for (const QString& t : parsed.values(QStringLiteral("type")))
        types += t.split(u',', Qt::SkipEmptyParts);

    auto store = context.openStore(EventStoreFactory::Mode::MustExist);
    qint64 remaining = *limit < 0 ? std::numeric_limits<qint64>::max() : *limit;
    constexpr int Page = 1000;

    if (isStream) {
        qint64 next = *from;
        while (remaining > 0) {
            const auto events = store->readStream(target, next, Page);
            for (const RecordedEvent& e : events) {
                next = e.position + 1;
                if (!types.isEmpty() && !types.contains(e.type))
                    continue;
                context.print(EventJson::toJsonLine(e));
                if (--remaining == 0)
                    break;
            }
            if (events.size() < Page)
                break;
        }
        return ExitOk;
    }

    LogQuery query;
    query.category = target;
    query.types = types;
    query.afterGlobalPosition = std::max<qint64>(0, *from - 1);
    int stalled = 0;
    while (remaining > 0) {
        query.limit = int(std::min<qint64>(Page, remaining));
        const LogBatch batch = store->readLog(query);
        for (const RecordedEvent& e : batch.events)
            context.print(EventJson::toJsonLine(e));
        remaining -= batch.events.size();
        if (batch.atHead)
            break;
        // The store waits a while for writers below a gap; a transaction that stays open far
        // longer than that is reported rather than waited for without end.
        stalled = batch.safePosition == query.afterGlobalPosition ? stalled + 1 : 0;
        if (stalled >= 5) {
            context.note(
                QStringLiteral("rewind read: stopped after global position %1: a transaction that may "
                               "still write below the head has stayed open")
                    .arg(batch.safePosition));
            return ExitFailure;
        }
        query.afterGlobalPosition = batch.safePosition;
    }
    return ExitOk;
}

} // namespace Rewind::Cli
