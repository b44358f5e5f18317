#include "ReadBenchmark.h"

#include "EventStoreFactory.h"
#include "PeerLogDump.h"
#include "PeerRunner.h"
#include "StoreAddress.h"
#include "StoreError.h"

#include <QElapsedTimer>

namespace Rewind::Cli {

namespace {

constexpr int PageSize = 10'000;
constexpr int Runs = 2;

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
    const PeerLogDump peer(address);

    BenchResult result;
    result.benchmark = QStringLiteral("read");
    peer.describe(m_context, m_report, result);
    const auto [best, bestPeer] = peer.bestOf(Runs, [this] { return readWithRewind(); });
    result.rewind = best;
    result.peer = bestPeer;
    result.title = QStringLiteral("the whole log in global order, best of %1 runs each").arg(Runs);
    // There is no performance target for reading into event objects (pages of the browser); the replay
    // targets belong to `bench replay`, which reads through views instead.
    result.targetText = QStringLiteral("none of its own: see bench replay");
    return result;
}

} // namespace Rewind::Cli
