#include "AppendBenchmark.h"

#include "EventStoreFactory.h"
#include "PeerRunner.h"
#include "StoreAddress.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <latch>
#include <thread>
#include <vector>

namespace Rewind::Cli {

namespace {

const QByteArray BenchData = QByteArrayLiteral("{\"n\":1}");
constexpr int Rounds = 2;

double capturedNumber(const QByteArray& text, const char* pattern)
{
    const QRegularExpression re(QString::fromLatin1(pattern), QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(text));
    return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

} // namespace

AppendBenchmark::AppendBenchmark(const CliContext& context, BenchReport& report, qint64 events, int clients)
    : m_context(context), m_report(report), m_perClient(events / clients), m_clients(clients)
{
}

QString AppendBenchmark::streamOf(const QString& categoryPrefix, int client) const
{
    return QStringLiteral("%1c%2-1").arg(categoryPrefix).arg(client);
}

BenchResult AppendBenchmark::run()
{
    const StoreAddress address = StoreAddress::parse(m_context.storeAddress);
    const bool postgres = address.backend() == StoreAddress::Backend::Postgres;
    // Checked first, so that a missing peer costs nothing.
    const QString pgbench =
        postgres ? PeerRunner::require(QStringLiteral("pgbench"), QStringLiteral("postgresql-client"))
                 : QString();

    BenchResult result;
    {
        auto store = m_context.openStore(EventStoreFactory::Mode::MustExist);
        if (!store->hasSchema())
            throw StoreError(StoreError::Kind::Unreachable,
                             QStringLiteral("%1 has no message store: run `rewind init` first")
                                 .arg(store->displayAddress()));
        result.backend = store->backendName();
        result.store = store->displayAddress();
        m_report.addVersion(postgres ? QStringLiteral("server") : QStringLiteral("library"),
                            store->serverVersion());
    }
    if (postgres)
        m_report.addVersion(QStringLiteral("peer"), PeerRunner::version(pgbench));

    // Fresh streams every run: a run id from the process id and the clock keeps reruns apart.
    const QString runId = QStringLiteral("%1x%2")
                              .arg(QCoreApplication::applicationPid())
                              .arg(QString::number(QDateTime::currentMSecsSinceEpoch() % 100'000'000, 36));
    const QString rewindPrefix = QStringLiteral("benchRewind") + runId;
    const QString peerPrefix = QStringLiteral("benchPeer") + runId;

    result.benchmark = QStringLiteral("append");
    result.title =
        QStringLiteral("%1 appends of one event each with an expected version, %2 clients, each on its "
                       "own stream and category, best of %3 alternating runs each")
            .arg(m_perClient * m_clients)
            .arg(m_clients)
            .arg(Rounds);
    // Alternating rounds, each on fresh streams: a burst of other load on the machine or a
    // checkpoint then hurts one round of a side, not the whole figure.
    for (int round = 1; round <= Rounds; ++round) {
        const QString rewindCategory = QStringLiteral("%1r%2").arg(rewindPrefix).arg(round);
        const BenchSide rewind = runRewind(rewindCategory);
        verifyStreams(rewindCategory, QStringLiteral("rewind"));
        if (round == 1 || rewind.seconds < result.rewind.seconds)
            result.rewind = rewind;
        if (!postgres)
            continue;
        const QString peerCategory = QStringLiteral("%1r%2").arg(peerPrefix).arg(round);
        const BenchSide peer = runPgbench(peerCategory);
        verifyStreams(peerCategory, QStringLiteral("peer"));
        if (!result.peer || peer.seconds < result.peer->seconds)
            result.peer = peer;
    }
    if (postgres) {
        result.targetRatio = 1.0;
        result.targetText = QStringLiteral(">= 1.0 x write_message under pgbench");
        result.notes.append(
            QStringLiteral("both sides time the appends only, after every client has connected "
                           "(pgbench's tps \"without initial connection time\")"));
        result.notes.append(
            QStringLiteral("streams %1 (rewind) and %2 (peer), left in the store")
                .arg(rewindPrefix + QStringLiteral("r*c*-1"), peerPrefix + QStringLiteral("r*c*-1")));
    } else {
        result.targetText = QStringLiteral("none for SQLite");
        result.notes.append(QStringLiteral(
            "no peer: the peer, Message DB's write_message under pgbench, needs PostgreSQL; SQLite has one "
            "writer at a time, so the clients here take turns on the file"));
    }
    return result;
}

BenchSide AppendBenchmark::runRewind(const QString& categoryPrefix)
{
    struct Client
    {
        qint64 done = 0;
        QString error;
    };
    std::vector<Client> clients(static_cast<size_t>(m_clients));
    std::latch connected(m_clients + 1);
    std::latch go(1);
    std::vector<std::thread> threads;
    const QString address = m_context.storeAddress;
    const qint64 perClient = m_perClient;

    for (int k = 0; k < m_clients; ++k) {
        const QString stream = streamOf(categoryPrefix, k);
        threads.emplace_back([&, k, stream] {
            Client& me = clients[size_t(k)];
            std::unique_ptr<EventStore> store;
            try {
                // Stores are bound to the thread that opens them: one connection per client.
                store = EventStoreFactory::open(address);
            } catch (const std::exception& e) {
                me.error = QString::fromUtf8(e.what());
            }
            connected.count_down();
            go.wait();
            if (!store)
                return;
            try {
                QList<NewEvent> batch(1);
                batch[0].streamName = stream;
                batch[0].type = QStringLiteral("Benched");
                batch[0].data = BenchData;
                ExpectedVersion expected = -1; // a fresh stream
                for (qint64 i = 0; i < perClient; ++i) {
                    batch[0].id = QUuid::createUuid();
                    expected = store->append(stream, batch, expected).lastPosition;
                    ++me.done;
                }
            } catch (const std::exception& e) {
                me.error = QString::fromUtf8(e.what());
            }
        });
    }
    connected.arrive_and_wait();
    QElapsedTimer clock;
    clock.start();
    go.count_down();
    for (auto& t : threads)
        t.join();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;

    BenchSide side;
    side.what = QStringLiteral("EventStore::append, 1 event per call, expected version given, %1 threads")
                    .arg(m_clients);
    side.seconds = seconds;
    for (int k = 0; k < m_clients; ++k) {
        const Client& c = clients[size_t(k)];
        if (!c.error.isEmpty())
            throw StoreError(StoreError::Kind::Database,
                             QStringLiteral("rewind client %1 failed after %2 appends: %3")
                                 .arg(k)
                                 .arg(c.done)
                                 .arg(c.error));
        side.events += c.done;
    }
    return side;
}

BenchSide AppendBenchmark::runPgbench(const QString& categoryPrefix)
{
    const QString pgbench =
        PeerRunner::require(QStringLiteral("pgbench"), QStringLiteral("postgresql-client"));
    QTemporaryDir dir;
    if (!dir.isValid())
        throw StoreError(StoreError::Kind::Database, QStringLiteral("cannot create a temporary directory"));
    // pgbench keeps a client's variables from one transaction to the next, so :v counts up per
    // client from -D v=-2: -1 (the stream must not exist) on the first call, then 0, 1, …
    const QString script = dir.filePath(QStringLiteral("write_message.sql"));
    QFile file(script);
    if (!file.open(QIODevice::WriteOnly))
        throw StoreError(StoreError::Kind::Database, QStringLiteral("cannot write %1").arg(script));
    file.write(
        QStringLiteral("\\set v :v + 1\n"
                       "SELECT message_store.write_message(gen_random_uuid()::text, "
                       "'%1c' || (:client_id)::text || '-1', 'Benched', '{\"n\":1}'::jsonb, NULL, :v);\n")
            .arg(categoryPrefix)
            .toUtf8());
    file.close();

    const QStringList args = {QStringLiteral("-n"),
                              QStringLiteral("-M"),
                              QStringLiteral("prepared"),
                              QStringLiteral("-c"),
                              QString::number(m_clients),
                              QStringLiteral("-j"),
                              QString::number(m_clients),
                              QStringLiteral("-t"),
                              QString::number(m_perClient),
                              QStringLiteral("-D"),
                              QStringLiteral("v=-2"),
                              QStringLiteral("-f"),
                              script,
                              m_context.storeAddress};
    const auto run = PeerRunner::check(QStringLiteral("peer"), pgbench, args);
    const double processed = capturedNumber(run.out, R"(^number of transactions actually processed: (\d+))");
    const double failed = capturedNumber(run.out, R"(^number of failed transactions: (\d+))");
    const double tps = capturedNumber(run.out, R"(^tps = ([0-9.]+) \(without initial connection time\))");
    if (processed != double(m_perClient * m_clients) || failed > 0 || tps <= 0)
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("peer: pgbench did not complete every append:\n%1%2")
                             .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err)));
    BenchSide side;
    side.what =
        QStringLiteral("message_store.write_message under pgbench -M prepared -c %1 -j %1").arg(m_clients);
    side.events = qint64(processed);
    side.seconds = processed / tps;
    return side;
}

void AppendBenchmark::verifyStreams(const QString& categoryPrefix, const QString& side)
{
    auto store = m_context.openStore(EventStoreFactory::Mode::MustExist);
    for (int k = 0; k < m_clients; ++k) {
        const QString stream = streamOf(categoryPrefix, k);
        const qint64 version = store->streamVersion(stream);
        if (version != m_perClient - 1)
            throw StoreError(StoreError::Kind::Database,
                             QStringLiteral("%1: stream %2 holds %3 events after the run, expected %4")
                                 .arg(side, stream)
                                 .arg(version + 1)
                                 .arg(m_perClient));
    }
}

} // namespace Rewind::Cli
