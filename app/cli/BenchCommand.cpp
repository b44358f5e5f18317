#include "BenchCommand.h"

#include "AppendBenchmark.h"
#include "BenchReport.h"
#include "CliArguments.h"
#include "GuiBenchmark.h"
#include "ImportBenchmark.h"
#include "ProjectionReplayBenchmark.h"
#include "ReadBenchmark.h"
#include "StoreAddress.h"
#include "StoreError.h"
#include "StreamReplayBenchmark.h"

namespace Rewind::Cli {

int BenchCommand::run(CliContext& context, const QStringList& args)
{
    CliArguments parsed(args,
                        {QStringLiteral("events"), QStringLiteral("clients"), QStringLiteral("type"),
                         QStringLiteral("scroll-rows")},
                        {QStringLiteral("json")});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (parsed.positionals().size() != 1)
        return usageError(context, QStringLiteral("needs one of append, import, read, replay, gui"));
    const QString which = parsed.positionals().first();
    if (which != QLatin1String("append") && which != QLatin1String("import") &&
        which != QLatin1String("read") && which != QLatin1String("replay") && which != QLatin1String("gui"))
        return usageError(context, QStringLiteral("unknown benchmark '%1'").arg(which));
    if (parsed.has(QStringLiteral("clients")) && which != QLatin1String("append"))
        return usageError(context, QStringLiteral("--clients is for bench append"));
    if (parsed.has(QStringLiteral("events")) &&
        (which == QLatin1String("read") || which == QLatin1String("replay") || which == QLatin1String("gui")))
        return usageError(
            context, QStringLiteral("bench %1 reads the whole store; fill it with `rewind demo`").arg(which));

    const qint64 defaultEvents = which == QLatin1String("append") ? 20'000 : 1'000'000;
    const auto events = parsed.integer(QStringLiteral("events"), defaultEvents, 1, 1'000'000'000);
    const auto clients = parsed.integer(QStringLiteral("clients"), 2, 1, 64);
    if (!events || !clients)
        return usageError(context, parsed.error());
    if (*events < *clients)
        return usageError(context, QStringLiteral("--events must be at least --clients"));
    if (context.storeAddress.isEmpty())
        return usageError(context,
                          QStringLiteral("no store given: pass --store ADDRESS or set REWIND_STORE"));
    if (const StoreAddress address = StoreAddress::parse(context.storeAddress); !address.isValid())
        throw StoreError(StoreError::Kind::BadInput, address.error());

    BenchReport report(context, parsed.has(QStringLiteral("json")));
    QList<BenchResult> results;
    if (which == QLatin1String("append"))
        results = {AppendBenchmark(context, report, *events, int(*clients)).run()};
    else if (which == QLatin1String("import"))
        results = {ImportBenchmark(context, report, *events).run()};
    else if (which == QLatin1String("read"))
        results = {ReadBenchmark(context, report).run()};
    else if (which == QLatin1String("gui")) {
        const auto scrollRows = parsed.integer(QStringLiteral("scroll-rows"), -1, 1, 2'000'000'000);
        if (!scrollRows)
            return usageError(context, parsed.error());
        GuiBenchmark(context, report,
                     parsed.has(QStringLiteral("type")) ? parsed.value(QStringLiteral("type"))
                                                        : QStringLiteral("QuestionAnsweredIncorrectly"),
                     *scrollRows)
            .run(); // prints as it goes
        return ExitOk;
    } else
        results = ProjectionReplayBenchmark(context, report).run()
                  << StreamReplayBenchmark(context, report).run();
    for (const BenchResult& result : results)
        report.print(result);
    return ExitOk;
}

} // namespace Rewind::Cli
