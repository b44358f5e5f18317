#include "ReadBenchmark.h"

#include "EventStoreFactory.h"
#include "PeerRunner.h"
#include "StoreAddress.h"
#include "StoreError.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

namespace Rewind::Cli {

namespace {

constexpr int PageSize = 10'000;
constexpr int Runs = 2;

const char* const SelectColumns = "global_position, position, time, stream_name, type, data, metadata, id";

} // namespace

ReadBenchmark::ReadBenchmark(const CliContext& context, BenchReport& report)
    : m_context(context), m_report(report)
{
}

BenchSide ReadBenchmark::readWithRewind()
{
    QElapsedTimer clock;
    clock.start();
    // Opening is timed as well: the peer's figure includes starting psql or sqlite3 and connecting.
    auto store = m_context.openStore(EventStoreFactory::Mode::MustExist);
    LogQuery query;
    query.limit = PageSize;
    qint64 events = 0;
    qint64 payloadBytes = 0; // touches what was read, so that nothing can be skipped as unused
    int idle = 0;
    for (;;) {
        const LogBatch batch = store->readLog(query);
        events += batch.events.size();
        for (const RecordedEvent& e : batch.events)
            payloadBytes += e.data.size() + e.metadata.size();
        if (batch.atHead)
            break;
        // Only a writer in flight keeps a page from becoming final; a benchmark should not meet one.
        if (batch.safePosition <= query.afterGlobalPosition && ++idle > 100)
            throw StoreError(StoreError::Kind::Database,
                             QStringLiteral("rewind: the log did not advance past global position %1")
                                 .arg(query.afterGlobalPosition));
        query.afterGlobalPosition = std::max(query.afterGlobalPosition, batch.safePosition);
    }
    BenchSide side;
    side.what =
        QStringLiteral("EventStore::readLog, pages of %1, every event materialised (%2 MB of data+metadata)")
            .arg(PageSize)
            .arg(payloadBytes / 1'000'000);
    side.events = events;
    side.seconds = double(clock.nsecsElapsed()) / 1e9;
    return side;
}

BenchResult ReadBenchmark::run()
{
    const StoreAddress address = StoreAddress::parse(m_context.storeAddress);
    if (!address.isValid())
        throw StoreError(StoreError::Kind::BadInput, address.error());
    const bool postgres = address.backend() == StoreAddress::Backend::Postgres;
    const QString peerTool =
        postgres ? PeerRunner::require(QStringLiteral("psql"), QStringLiteral("postgresql-client"))
                 : PeerRunner::require(QStringLiteral("sqlite3"), QStringLiteral("sqlite3"));

    BenchResult result;
    result.benchmark = QStringLiteral("read");
    {
        auto store = m_context.openStore(EventStoreFactory::Mode::MustExist);
        if (!store->hasSchema())
            throw StoreError(StoreError::Kind::Unreachable,
                             QStringLiteral("%1 has no message store").arg(store->displayAddress()));
        if (store->headPosition() == 0)
            throw StoreError(StoreError::Kind::BadInput,
                             QStringLiteral("%1 holds no events: fill it first, e.g. with `rewind demo`")
                                 .arg(store->displayAddress()));
        result.backend = store->backendName();
        result.store = store->displayAddress();
        m_report.addVersion(postgres ? QStringLiteral("server") : QStringLiteral("library"),
                            store->serverVersion());
    }
    m_report.addVersion(QStringLiteral("peer"), PeerRunner::version(peerTool));

    QString peerWhat;
    QStringList peerArgs;
    QString peerStdout;
    if (postgres) {
        peerWhat = QStringLiteral("psql \\copy (select … order by global_position) to '/dev/null'");
        peerArgs = {
            QStringLiteral("-X"),
            QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-d"),
            address.conninfo(),
            QStringLiteral("-c"),
            QStringLiteral("\\copy (select %1 from message_store.messages order by global_position) to "
                           "'/dev/null'")
                .arg(QLatin1String(SelectColumns))};
    } else {
        peerWhat =
            QStringLiteral("sqlite3 FILE \"select … order by global_position\" > /dev/null (list mode)");
        peerArgs = {QStringLiteral("-bail"), address.sqlitePath(),
                    QStringLiteral("select %1 from messages order by global_position")
                        .arg(QLatin1String(SelectColumns))};
        peerStdout = QProcess::nullDevice();
    }

    std::optional<BenchSide> best;
    std::optional<BenchSide> bestPeer;
    for (int i = 0; i < Runs; ++i) {
        const BenchSide side = readWithRewind();
        if (!best || side.seconds < best->seconds)
            best = side;
        const auto run = PeerRunner::check(QStringLiteral("peer"), peerTool, peerArgs, peerStdout);
        if (!bestPeer || run.seconds < bestPeer->seconds)
            bestPeer = BenchSide{peerWhat, 0, run.seconds};
        if (postgres) {
            // psql's \copy reports its row count: a peer that read nothing must not look fast.
            const auto m =
                QRegularExpression(QStringLiteral(R"(COPY (\d+))")).match(QString::fromUtf8(run.out));
            bestPeer->events = m.hasMatch() ? m.captured(1).toLongLong() : -1;
        }
    }
    if (!postgres) {
        const auto run =
            PeerRunner::check(QStringLiteral("counting"), peerTool,
                              {address.sqlitePath(), QStringLiteral("select count(*) from messages")});
        bestPeer->events = run.out.trimmed().toLongLong();
    }
    if (bestPeer->events != best->events)
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("rewind read %1 events, the peer %2: the figures are void")
                             .arg(best->events)
                             .arg(bestPeer->events));
    result.rewind = *best;
    result.peer = bestPeer;
    result.title = QStringLiteral("the whole log in global order, best of %1 runs each").arg(Runs);
    if (postgres) {
        result.targetRatio = 0.6;
        result.targetText =
            QStringLiteral(">= 0.6 x psql \\copy out (DESIGN.md §6, for replay into every projection: "
                           "reading is only part of that)");
    } else {
        result.targetRate = 1'000'000;
        result.targetText =
            QStringLiteral(">= 1,000,000 events/s (DESIGN.md §6, for replay into every projection: "
                           "reading is only part of that)");
        result.notes.append(
            QStringLiteral("the SQLite peer is the sqlite3 shell printing every row as text; §6 sets "
                           "an absolute target here, the ratio is for information"));
    }
    return result;
}

} // namespace Rewind::Cli
