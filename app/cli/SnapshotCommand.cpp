#include "SnapshotCommand.h"

#include "CliArguments.h"
#include "StreamName.h"
#include "StreamReplayer.h"

#include <limits>

namespace Rewind::Cli {

namespace {

constexpr qint64 DefaultEvery = 1000;

QString plural(qint64 count, const QString& one, const QString& many)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? one : many);
}

} // namespace

int SnapshotCommand::run(CliContext& context, const QStringList& args)
{
    const QString every = QStringLiteral("every");
    CliArguments parsed(args, {every});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (parsed.positionals().size() != 1)
        return usageError(context, QStringLiteral("needs exactly one STREAM"));
    const QString stream = parsed.positionals().first();
    if (StreamName::isCategory(stream))
        return usageError(
            context,
            QStringLiteral("'%1' is a category; snapshots are taken of a stream such as %1-1").arg(stream));
    const auto interval = parsed.integer(every, DefaultEvery, 1, std::numeric_limits<int>::max());
    if (!interval)
        return usageError(context, parsed.error());

    auto store = context.openStore(EventStoreFactory::Mode::MustExist);
    StreamReplayer replayer(*store);
    const int saved = replayer.snapshot(stream, int(*interval));
    context.note(QStringLiteral("saved %1 of %2 (every %3)")
                     .arg(plural(saved, QStringLiteral("snapshot"), QStringLiteral("snapshots")), stream,
                          plural(*interval, QStringLiteral("event"), QStringLiteral("events"))));
    return ExitOk;
}

} // namespace Rewind::Cli
