#include "ImportCommand.h"

#include "CliArguments.h"
#include "ImportFileSource.h"
#include "ProgressMeter.h"
#include "StoreAddress.h"
#include "StoreError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QThread>

namespace Rewind::Cli {

namespace {

// Standard input can be read once; both passes need it, so it is spooled to a temporary file.
std::unique_ptr<QTemporaryFile> spoolStandardInput()
{
    auto spool = std::make_unique<QTemporaryFile>();
    QFile in;
    if (!spool->open() || !in.open(stdin, QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::BadInput, QStringLiteral("<stdin>: cannot buffer standard input"));
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty())
        spool->write(chunk);
    spool->flush();
    return spool;
}

} // namespace

int ImportCommand::run(CliContext& context, const QStringList& args)
{
    const CliArguments parsed(args, {});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (parsed.positionals().size() != 1)
        return usageError(context, QStringLiteral("needs one FILE, or - for standard input"));

    const QString file = parsed.positionals().first();
    std::unique_ptr<QTemporaryFile> spool;
    if (file == QLatin1String("-"))
        spool = spoolStandardInput();
    ImportFileSource source(spool ? spool->fileName() : file, spool ? QStringLiteral("<stdin>") : file);

    QElapsedTimer clock;
    clock.start();
    // Pass 1: every line is validated before the store is even opened, so a bad file changes
    // nothing. The lines are independent, so both cores check them.
    qint64 count = 0;
    {
        ProgressMeter meter(context, QStringLiteral("checking %1").arg(file), 0);
        count = source.validate(std::max(1, QThread::idealThreadCount()),
                                [&meter](qint64 done) { meter.update(done); });
    }
    source.rewind();

    // Pass 2: one transaction. A new SQLite file is the zero-setup case and is initialised here;
    // a PostgreSQL database is shared with others and must be initialised on purpose (`init`).
    const StoreAddress address = StoreAddress::parse(context.storeAddress);
    const bool newFile =
        address.backend() == StoreAddress::Backend::Sqlite && !QFileInfo::exists(address.sqlitePath());
    auto store = context.openStore(newFile ? EventStoreFactory::Mode::CreateIfMissing
                                           : EventStoreFactory::Mode::MustExist);
    if (newFile)
        store->initialize();
    ImportResult result;
    {
        ProgressMeter meter(context, QStringLiteral("importing %1").arg(file), count);
        result = store->importEvents(source, [&meter](qint64 done) { meter.update(done); });
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    context.note(QStringLiteral("imported %1 events (%2 already stored) into %3 in %4 s")
                     .arg(result.written)
                     .arg(result.duplicates)
                     .arg(store->displayAddress())
                     .arg(seconds, 0, 'f', 2));
    return ExitOk;
}

} // namespace Rewind::Cli
