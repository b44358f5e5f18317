#include "DemoCommand.h"

#include "CliArguments.h"
#include "DemoGenerator.h"
#include "ProgressMeter.h"

#include <QElapsedTimer>

namespace Rewind::Cli {

int DemoCommand::run(CliContext& context, const QStringList& args)
{
    CliArguments parsed(args, {QStringLiteral("students"), QStringLiteral("days"), QStringLiteral("seed")});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (!parsed.positionals().isEmpty())
        return usageError(context,
                          QStringLiteral("unexpected argument '%1'").arg(parsed.positionals().first()));
    DemoOptions options;
    const auto students = parsed.integer(QStringLiteral("students"), options.students, 1, 10'000'000);
    const auto days = parsed.integer(QStringLiteral("days"), options.days, 1, 3650);
    const auto seed =
        parsed.integer(QStringLiteral("seed"), qint64(options.seed), 0, std::numeric_limits<qint64>::max());
    if (!students || !days || !seed)
        return usageError(context, parsed.error());
    options.students = int(*students);
    options.days = int(*days);
    options.seed = quint64(*seed);

    QElapsedTimer clock;
    clock.start();
    auto store = context.openStore(EventStoreFactory::Mode::CreateIfMissing);
    // The embedded default needs no setup; a PostgreSQL store is shared and is initialised on purpose.
    if (store->backendName() == QLatin1String("sqlite"))
        store->initialize();
    DemoGenerator generator(options);
    ImportResult result;
    {
        ProgressMeter meter(context, QStringLiteral("generating demo data"), generator.estimatedEventCount());
        result = store->importEvents(generator, [&meter](qint64 done) { meter.update(done); });
    }
    context.note(
        QStringLiteral("wrote %1 demo events (%2 already stored) for %3 students over %4 days, seed %5, "
                       "into %6 in %7 s")
            .arg(result.written)
            .arg(result.duplicates)
            .arg(options.students)
            .arg(options.days)
            .arg(options.seed)
            .arg(store->displayAddress())
            .arg(clock.nsecsElapsed() / 1e9, 0, 'f', 2));
    return ExitOk;
}

} // namespace Rewind::Cli
