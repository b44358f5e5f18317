#include "ImportBenchmark.h"

#include "BenchEventFiles.h"
#include "EventStoreFactory.h"
#include "PeerRunner.h"
#include "ScratchDatabase.h"
#include "StoreAddress.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Rewind::Cli {

namespace {

QString sqlQuoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QStringList psqlArgs(const QString& conninfo, const QString& command)
{
    return {QStringLiteral("-X"),
            QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-d"),
            conninfo,
            QStringLiteral("-c"),
            command};
}

qint64 countOf(const QString& what, const QString& program, const QStringList& args)
{
    const auto run = PeerRunner::check(what, program, args);
    bool ok = false;
    const qint64 n = run.out.trimmed().toLongLong(&ok);
    return ok ? n : -1;
}

// So that the second run does not pay for flushing the first one's writes. Needs a superuser or
// pg_checkpoint; without either the runs simply go without it.
void checkpoint(const QString& psql, const QString& conninfo)
{
    PeerRunner::run(psql, psqlArgs(conninfo, QStringLiteral("CHECKPOINT")));
}

} // namespace

ImportBenchmark::ImportBenchmark(const CliContext& context, BenchReport& report, qint64 events)
    : m_context(context), m_report(report), m_events(events)
{
}

BenchResult ImportBenchmark::run()
{
    const StoreAddress address = StoreAddress::parse(m_context.storeAddress);
    switch (address.backend()) {
    case StoreAddress::Backend::Postgres:
        return runPostgres(address.conninfo());
    case StoreAddress::Backend::Sqlite:
        return runSqlite(address.sqlitePath());
    case StoreAddress::Backend::Invalid:
        break;
    }
    throw StoreError(StoreError::Kind::BadInput, address.error());
}

void ImportBenchmark::requireCount(const QString& side, qint64 count) const
{
    if (count != m_events)
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("%1: the store holds %2 events after the import, "
                                        "expected %3: the figures are void")
                             .arg(side)
                             .arg(count)
                             .arg(m_events));
}

BenchSide ImportBenchmark::runRewindImport(const QString& storeAddress, const QString& jsonPath)
{
    const auto run =
        PeerRunner::check(QStringLiteral("rewind"), QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--store"), storeAddress, QStringLiteral("import"), jsonPath});
    BenchSide side;
    side.what = QStringLiteral("rewind import FILE.jsonl (validation pass + one transaction, own process)");
    side.events = m_events;
    side.seconds = run.seconds;
    return side;
}

BenchResult ImportBenchmark::runPostgres(const QString& conninfo)
{
    const QString psql = PeerRunner::require(QStringLiteral("psql"), QStringLiteral("postgresql-client"));
    m_report.addVersion(QStringLiteral("peer"), PeerRunner::version(psql));

    QTemporaryDir dir;
    if (!dir.isValid())
        throw StoreError(StoreError::Kind::Database, QStringLiteral("cannot create a temporary directory"));
    const QString jsonPath = dir.filePath(QStringLiteral("events.jsonl"));
    const QString csvPath = dir.filePath(QStringLiteral("peer.csv"));
    BenchEventFiles::write(m_context, m_events, BenchEventFiles::CsvLayout::MessageDbCopy, jsonPath, csvPath);

    const QString stem = QStringLiteral("rewind_bench_%1").arg(QCoreApplication::applicationPid());
    ScratchDatabase rewindDb(m_context, psql, conninfo, stem + QStringLiteral("_a"));
    ScratchDatabase peerDb(m_context, psql, conninfo, stem + QStringLiteral("_b"));

    BenchResult result;
    for (const ScratchDatabase* db : {&rewindDb, &peerDb}) {
        auto store = EventStoreFactory::open(db->conninfo());
        store->initialize();
        if (db == &rewindDb) {
            result.backend = store->backendName();
            m_report.addVersion(QStringLiteral("server"), store->serverVersion());
        }
    }
    result.store = QStringLiteral("scratch databases %1 and %2 on %3, dropped afterwards")
                       .arg(rewindDb.name(), peerDb.name(), StoreAddress::parse(conninfo).display());

    checkpoint(psql, conninfo);
    result.rewind = runRewindImport(rewindDb.conninfo(), jsonPath);
    checkpoint(psql, conninfo);
    const auto peerRun = PeerRunner::check(
        QStringLiteral("peer"), psql,
        psqlArgs(peerDb.conninfo(),
                 QStringLiteral(
                     "\\copy message_store.messages (position, time, stream_name, type, data, metadata, id) "
                     "from %1 with (format csv)")
                     .arg(sqlQuoted(csvPath))));
    BenchSide peer;
    peer.what = QStringLiteral("psql \\copy message_store.messages from CSV");
    peer.events = m_events;
    peer.seconds = peerRun.seconds;
    result.peer = peer;

    const QString count = QStringLiteral("SELECT count(*) FROM message_store.messages");
    const QStringList tuplesOnly = {QStringLiteral("-A"), QStringLiteral("-t")};
    requireCount(QStringLiteral("rewind"), countOf(QStringLiteral("counting"), psql,
                                                   tuplesOnly + psqlArgs(rewindDb.conninfo(), count)));
    requireCount(QStringLiteral("peer"),
                 countOf(QStringLiteral("counting"), psql, tuplesOnly + psqlArgs(peerDb.conninfo(), count)));

    result.benchmark = QStringLiteral("import");
    result.title =
        QStringLiteral("bulk import of %1 demo events into a fresh `rewind init` database").arg(m_events);
    result.targetRatio = 0.9;
    result.targetText = QStringLiteral(">= 0.9 x psql \\copy into the same schema");
    result.notes.append(
        QStringLiteral("both databases have the same table, indexes and functions; the peer loads "
                       "the same rows with the positions already assigned"));
    return result;
}

BenchResult ImportBenchmark::runSqlite(const QString& path)
{
    const QString sqlite3 = PeerRunner::require(QStringLiteral("sqlite3"), QStringLiteral("sqlite3"));
    m_report.addVersion(QStringLiteral("peer"), PeerRunner::version(sqlite3));

    // Beside the given store, so that --store chooses the disk both sides write to.
    QString parent = QFileInfo(path).absolutePath();
    if (!QFileInfo(parent).isDir())
        parent = QDir::tempPath();
    QTemporaryDir dir(parent + QStringLiteral("/rewind-bench-XXXXXX"));
    if (!dir.isValid())
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("cannot create a directory in %1").arg(parent));
    const QString jsonPath = dir.filePath(QStringLiteral("events.jsonl"));
    const QString csvPath = dir.filePath(QStringLiteral("peer.csv"));
    const QString rewindFile = dir.filePath(QStringLiteral("rewind.sqlite"));
    const QString peerFile = dir.filePath(QStringLiteral("peer.sqlite"));
    BenchEventFiles::write(m_context, m_events, BenchEventFiles::CsvLayout::SqliteTable, jsonPath, csvPath);

    BenchResult result;
    for (const QString& file : {rewindFile, peerFile}) {
        auto store = EventStoreFactory::open(file, EventStoreFactory::Mode::CreateIfMissing);
        store->initialize();
        result.backend = store->backendName();
        if (file == rewindFile)
            m_report.addVersion(QStringLiteral("library"), store->serverVersion());
    }
    result.store = QStringLiteral("fresh files in %1, removed afterwards").arg(dir.path());

    result.rewind = runRewindImport(rewindFile, jsonPath);
    // -bail: sqlite3 reports a rejected row and goes on with the next; a benchmark must stop instead.
    const auto peerRun =
        PeerRunner::check(QStringLiteral("peer"), sqlite3,
                          {QStringLiteral("-bail"), peerFile,
                           QStringLiteral(".import --csv %1 messages").arg(sqlQuoted(csvPath))});
    BenchSide peer;
    peer.what = QStringLiteral("sqlite3 .import --csv into the messages table");
    peer.events = m_events;
    peer.seconds = peerRun.seconds;
    result.peer = peer;

    const QString count = QStringLiteral("SELECT count(*) FROM messages");
    requireCount(QStringLiteral("rewind"), countOf(QStringLiteral("counting"), sqlite3, {rewindFile, count}));
    requireCount(QStringLiteral("peer"), countOf(QStringLiteral("counting"), sqlite3, {peerFile, count}));

    result.benchmark = QStringLiteral("import");
    result.title =
        QStringLiteral("bulk import of %1 demo events into a fresh `rewind init` file").arg(m_events);
    result.targetRatio = 1.0;
    result.targetText = QStringLiteral(">= 1.0 x sqlite3 .import into the same table");
    result.notes.append(
        QStringLiteral("both files were initialised by Rewind (same table, CHECKs and indexes, WAL); "
                       "sqlite3 keeps its default synchronous=FULL, Rewind sets NORMAL"));
    return result;
}

} // namespace Rewind::Cli
