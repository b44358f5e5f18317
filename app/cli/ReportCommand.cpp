#include "ReportCommand.h"

#include "CliArguments.h"
#include "ProjectionRunner.h"
#include "QuestionStatsProjection.h"

namespace Rewind::Cli {

int ReportCommand::run(CliContext& context, const QStringList& args)
{
    const QString format = QStringLiteral("format");
    CliArguments parsed(args, {format});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (parsed.positionals() != QStringList{QStringLiteral("question-stats")})
        return usageError(context, QStringLiteral("the one report is question-stats"));
    if (parsed.value(format) != QLatin1String("csv"))
        return usageError(context, QStringLiteral("--format csv is required (the one format there is)"));

    auto store = context.openStore(EventStoreFactory::Mode::MustExist);
    QuestionStatsProjection stats;
    ProjectionRunnerOptions options;
    options.persist = false;
    ProjectionRunner runner(*store, {&stats}, options);
    runner.start();
    runner.catchUp();
    const QByteArray csv = stats.csv();
    std::fwrite(csv.constData(), 1, size_t(csv.size()), context.out);
    std::fflush(context.out);
    return ExitOk;
}

} // namespace Rewind::Cli
