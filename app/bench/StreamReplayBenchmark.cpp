#include "StreamReplayBenchmark.h"

#include "EventStoreFactory.h"
#include "StoreError.h"
#include "StreamReplayer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace Rewind::Cli {

namespace {

constexpr qint64 StreamEvents = 100'000;
constexpr int SnapshotEvery = 1000;
constexpr int Replays = 200;
constexpr quint32 Seed = 20260302; // the same positions in every run, so runs compare
constexpr double TargetMs = 50;

// The benchmark's stream, made up as it is imported. Every event sets n and score and most set the
// label, and one of twenty further keys turns, so that later keys overwrite earlier ones and the
// state holds a couple of dozen keys, as a generic fold's often does.
class ReplayStreamSource : public EventSource
{
public:
    explicit ReplayStreamSource(QString stream) : m_stream(std::move(stream)) {}

    bool next(NewEvent& event) override
    {
        if (m_index >= StreamEvents)
            return false;
        const qint64 i = m_index++;
        event = NewEvent();
        event.id = QUuid::createUuid();
        event.streamName = m_stream;
        event.position = i;
        const bool roundStarts = i % 100 == 0;
        event.type = roundStarts ? QStringLiteral("RoundStarted") : QStringLiteral("ScoreRecorded");
        event.data =
            "{\"n\":" + QByteArray::number(i) + ",\"score\":" + QByteArray::number((i * 7919) % 1000);
        if (roundStarts || i % 3 == 0)
            event.data += ",\"label\":\"round " + QByteArray::number(i / 100) + "\"";
        event.data += ",\"k" + QByteArray::number(i % 20) + "\":" + QByteArray::number(i) + "}";
        return true;
    }
    QString location() const override { return QStringLiteral("%1 event %2").arg(m_stream).arg(m_index); }

private:
    QString m_stream;
    qint64 m_index = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double worst(const QList<double>& values)
{
    return *std::max_element(values.begin(), values.end());
}

double sum(const QList<double>& values)
{
    double total = 0;
    for (const double v : values)
        total += v;
    return total;
}

// A name no earlier run has taken: streams cannot be deleted, so runs leave theirs behind, and a
// process id comes round again.
QString freeStreamName(EventStore& store)
{
    const QString base = QStringLiteral("benchReplay-%1").arg(QCoreApplication::applicationPid());
    QString name = base;
    for (int n = 2; store.streamVersion(name) != -1; ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

} // namespace

StreamReplayBenchmark::StreamReplayBenchmark(const CliContext& context, BenchReport& report)
    : m_context(context), m_report(report)
{
}

BenchResult StreamReplayBenchmark::run()
{
    auto store = m_context.openStore(EventStoreFactory::Mode::MustExist);
    if (!store->hasSchema())
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("%1 has no message store").arg(store->displayAddress()));
    const bool postgres = store->backendName() == QLatin1String("postgresql");
    m_report.addVersion(postgres ? QStringLiteral("server") : QStringLiteral("library"),
                        store->serverVersion());

    BenchResult result;
    result.benchmark = QStringLiteral("replay-stream");
    result.backend = store->backendName();
    result.store = store->displayAddress();

    const QString stream = freeStreamName(*store);
    QElapsedTimer clock;
    clock.start();
    ReplayStreamSource source(stream);
    const ImportResult imported = store->importEvents(source);
    const double importSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (imported.written != StreamEvents)
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("%1: wrote %2 of %3 events: the figures are void")
                             .arg(stream)
                             .arg(imported.written)
                             .arg(StreamEvents));

    StreamReplayer replayer(*store);
    clock.restart();
    const int snapshots = replayer.snapshot(stream, SnapshotEvery);
    const double snapshotSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (snapshots != StreamEvents / SnapshotEvery)
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("%1: saved %2 snapshots instead of %3: the figures are void")
                             .arg(stream)
                             .arg(snapshots)
                             .arg(StreamEvents / SnapshotEvery));

    QRandomGenerator random(Seed);
    QList<double> withoutMs;
    QList<double> withMs;
    qint64 foldedWithout = 0;
    qint64 foldedWith = 0;
    for (int i = 0; i < Replays; ++i) {
        const qint64 position = random.bounded(StreamEvents);
        // Alternating the two, position by position, gives both the same cache and the same store.
        clock.restart();
        const ReplayOutcome fromStart = replayer.replay(stream, position, std::nullopt, false);
        withoutMs.append(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        const ReplayOutcome fromSnapshot = replayer.replay(stream, position, std::nullopt, true);
        withMs.append(double(clock.nsecsElapsed()) / 1e6);
        foldedWithout += fromStart.eventsFolded;
        foldedWith += fromSnapshot.eventsFolded;

        const qint64 expectedSnapshot = (position + 1) / SnapshotEvery * SnapshotEvery - 1;
        if (fromSnapshot.snapshotPosition != expectedSnapshot)
            throw StoreError(StoreError::Kind::Database,
                             QStringLiteral("%1: the replay to position %2 started from snapshot %3 "
                                            "instead of %4: the figures are void")
                                 .arg(stream)
                                 .arg(position)
                                 .arg(fromSnapshot.snapshotPosition)
                                 .arg(expectedSnapshot));
        if (fromSnapshot.json != fromStart.json)
            throw StoreError(
                StoreError::Kind::Database,
                QStringLiteral("%1: the replay to position %2 gave another state from a snapshot "
                               "than from the start: the figures are void\n  from the start: "
                               "%3\n  from snapshot %4: %5")
                    .arg(stream)
                    .arg(position)
                    .arg(QString::fromUtf8(fromStart.json))
                    .arg(fromSnapshot.snapshotPosition)
                    .arg(QString::fromUtf8(fromSnapshot.json)));
    }

    result.title = QStringLiteral("replay of one %1-event stream to %2 random positions (seed %3), with "
                                  "and without snapshots")
                       .arg(QLocale(QLocale::English).toString(StreamEvents))
                       .arg(Replays)
                       .arg(Seed);
    result.rewind.what = QStringLiteral("replays from the nearest snapshot (one every %1 events), "
                                        "%2 events folded on average")
                             .arg(SnapshotEvery)
                             .arg(foldedWith / Replays);
    result.rewind.events = Replays;
    result.rewind.seconds = sum(withMs) / 1000;
    BenchSide peer;
    peer.what = QStringLiteral("replays from the start of the stream, %1 events folded on average")
                    .arg(foldedWithout / Replays);
    peer.events = Replays;
    peer.seconds = sum(withoutMs) / 1000;
    result.peer = peer;
    result.latencyMs = worst(withMs);
    result.targetLatencyMs = TargetMs;
    result.targetText = QStringLiteral("<= %1 ms per replay to any point with snapshots").arg(TargetMs);
    result.notes.append(QStringLiteral("\"events\" above are replays, each one StreamReplayer::replay to one "
                                       "position through the store; the peer is the same replay without "
                                       "snapshots"));
    result.notes.append(QStringLiteral("with snapshots: median %1 ms, worst %2 ms; without: median %3 ms, "
                                       "worst %4 ms")
                            .arg(median(withMs), 0, 'f', 2)
                            .arg(worst(withMs), 0, 'f', 2)
                            .arg(median(withoutMs), 0, 'f', 2)
                            .arg(worst(withoutMs), 0, 'f', 2));
    result.notes.append(QStringLiteral("both gave the same state at every position tried"));
    result.notes.append(QStringLiteral("setting up: imported the stream in %1 s, saved %2 snapshots in %3 s")
                            .arg(importSeconds, 0, 'f', 2)
                            .arg(snapshots)
                            .arg(snapshotSeconds, 0, 'f', 2));
    result.notes.append(QStringLiteral("the stream %1 and its snapshots stay in the store: events cannot be "
                                       "deleted")
                            .arg(stream));
    return result;
}

} // namespace Rewind::Cli
