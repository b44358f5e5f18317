#include "ProjectionReplayBenchmark.h"

#include "BuiltInProjections.h"
#include "EventStoreFactory.h"
#include "PeerLogDump.h"
#include "PeerRunner.h"
#include "ProjectionRunner.h"
#include "StoreAddress.h"
#include "StoreError.h"

#include <QElapsedTimer>

namespace Rewind::Cli {

namespace {

constexpr int Runs = 2;

} // namespace

ProjectionReplayBenchmark::ProjectionReplayBenchmark(const CliContext& context, BenchReport& report)
    : m_context(context), m_report(report)
{
}

BenchSide ProjectionReplayBenchmark::rebuild()
{
    QElapsedTimer clock;
    clock.start();
    // Opening is timed as well: the peer's figure includes starting psql and connecting.
    auto store = m_context.openStore(EventStoreFactory::Mode::MustExist);
    BuiltInProjections projections;
    ProjectionRunnerOptions options;
    options.rebuild = true;
    // One save, at the end, as a rebuild that nobody interrupts would do on a store this size.
    options.saveEveryEvents = std::numeric_limits<qint64>::max();
    options.saveEveryMs = std::numeric_limits<int>::max();
    ProjectionRunner runner(*store, projections.all(), options);
    runner.start();
    const qint64 events = runner.catchUp();
    BenchSide side;
    side.what = QStringLiteral("rebuild of all %1 built-in projections from the whole log, saved at the end")
                    .arg(projections.all().size());
    side.events = events;
    side.seconds = double(clock.nsecsElapsed()) / 1e9;
    return side;
}

BenchSide ProjectionReplayBenchmark::startFromSnapshots()
{
    QElapsedTimer clock;
    clock.start();
    auto store = m_context.openStore(EventStoreFactory::Mode::MustExist);
    BuiltInProjections projections;
    ProjectionRunner runner(*store, projections.all());
    for (const ProjectionStart& s : runner.start()) {
        if (s.from != ProjectionStart::From::Snapshot)
            throw StoreError(
                StoreError::Kind::Database,
                QStringLiteral("%1 did not start from its snapshot: the figures are void").arg(s.name));
    }
    const qint64 applied = runner.catchUp();
    BenchSide side;
    side.what =
        QStringLiteral("start-up of all built-in projections from their snapshots, caught up to the head "
                       "(%1 events applied)")
            .arg(applied);
    side.events = store->headPosition();
    side.seconds = double(clock.nsecsElapsed()) / 1e9;
    return side;
}

QList<BenchResult> ProjectionReplayBenchmark::run()
{
    const StoreAddress address = StoreAddress::parse(m_context.storeAddress);
    if (!address.isValid())
        throw StoreError(StoreError::Kind::BadInput, address.error());
    const bool postgres = address.backend() == StoreAddress::Backend::Postgres;
    const PeerLogDump peer(address);
    BenchResult full;
    full.benchmark = QStringLiteral("replay");
    peer.describe(m_context, m_report, full);
    const auto [best, bestPeer] = peer.bestOf(Runs, [this] { return rebuild(); });
    full.rewind = best;
    full.peer = bestPeer;
    full.title =
        QStringLiteral("full-log replay into every built-in projection, best of %1 runs each").arg(Runs);
    if (postgres) {
        full.targetRatio = 0.6;
        full.targetText = QStringLiteral(">= 0.6 x psql \\copy out");
    } else {
        full.targetRate = 1'000'000;
        full.targetText = QStringLiteral(">= 1,000,000 events/s");
        full.notes.append(
            QStringLiteral("the SQLite peer is the sqlite3 shell printing every row as text; the target is "
                           "absolute here, the ratio is for information"));
    }
    full.notes.append(
        QStringLiteral("the rebuild replaced the stored snapshots of the built-in projections"));

    // Start-up from the snapshots the last rebuild saved, against that rebuild.
    std::optional<BenchSide> bestStart;
    for (int i = 0; i < 3; ++i) {
        const BenchSide side = startFromSnapshots();
        if (!bestStart || side.seconds < bestStart->seconds)
            bestStart = side;
    }
    BenchResult startup;
    startup.benchmark = QStringLiteral("replay-startup");
    startup.backend = full.backend;
    startup.store = full.store;
    startup.title =
        QStringLiteral("start-up from matching snapshots against a full rebuild, best of 3 and %1").arg(Runs);
    startup.rewind = *bestStart;
    startup.peer = best;
    startup.targetRatio = 100;
    startup.targetText = QStringLiteral(">= 100 x faster than a rebuild");
    startup.notes.append(QStringLiteral("both sides count the whole log as their events, so the ratio is the "
                                        "rebuild's time over the start-up's"));
    return {full, startup};
}

} // namespace Rewind::Cli
