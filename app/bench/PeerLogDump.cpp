#include "PeerLogDump.h"

#include "EventStoreFactory.h"
#include "StoreError.h"

#include <QProcess>

#include <optional>

namespace Rewind::Cli {

namespace {

const char* const SelectColumns = "global_position, position, time, stream_name, type, data, metadata, id";

} // namespace

PeerLogDump::PeerLogDump(const StoreAddress& address)
    : m_address(address), m_postgres(address.backend() == StoreAddress::Backend::Postgres)
{
    if (m_postgres) {
        m_tool = PeerRunner::require(QStringLiteral("psql"), QStringLiteral("postgresql-client"));
        m_what = QStringLiteral("psql \\copy (select … order by global_position) to '/dev/null'");
        m_args = {QStringLiteral("-X"),
                  QStringLiteral("-v"),
                  QStringLiteral("ON_ERROR_STOP=1"),
                  QStringLiteral("-d"),
                  address.conninfo(),
                  QStringLiteral("-c"),
                  QStringLiteral("\\copy (select %1 from message_store.messages order by global_position) to "
                                 "'/dev/null'")
                      .arg(QLatin1String(SelectColumns))};
    } else {
        m_tool = PeerRunner::require(QStringLiteral("sqlite3"), QStringLiteral("sqlite3"));
        m_what = QStringLiteral("sqlite3 FILE \"select … order by global_position\" > /dev/null (list mode)");
        m_args = {QStringLiteral("-bail"), address.sqlitePath(),
                  QStringLiteral("select %1 from messages order by global_position")
                      .arg(QLatin1String(SelectColumns))};
        m_stdout = QProcess::nullDevice();
    }
}

PeerRunner::Run PeerLogDump::run() const
{
    return PeerRunner::check(QStringLiteral("peer"), m_tool, m_args, m_stdout);
}

qint64 PeerLogDump::count() const
{
    // Counted apart from the timed runs: a peer that read nothing must not look fast.
    const QStringList args =
        m_postgres ? QStringList{QStringLiteral("-X"),
                                 QStringLiteral("-A"),
                                 QStringLiteral("-t"),
                                 QStringLiteral("-d"),
                                 m_address.conninfo(),
                                 QStringLiteral("-c"),
                                 QStringLiteral("select count(*) from message_store.messages")}
                   : QStringList{m_address.sqlitePath(), QStringLiteral("select count(*) from messages")};
    return PeerRunner::check(QStringLiteral("counting"), m_tool, args).out.trimmed().toLongLong();
}

void PeerLogDump::describe(const CliContext& context, BenchReport& report, BenchResult& result) const
{
    auto store = context.openStore(EventStoreFactory::Mode::MustExist);
    if (!store->hasSchema())
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("%1 has no message store").arg(store->displayAddress()));
    if (store->headPosition() == 0)
        throw StoreError(StoreError::Kind::BadInput,
                         QStringLiteral("%1 holds no events: fill it first, e.g. with `rewind demo`")
                             .arg(store->displayAddress()));
    result.backend = store->backendName();
    result.store = store->displayAddress();
    report.addVersion(m_postgres ? QStringLiteral("server") : QStringLiteral("library"),
                      store->serverVersion());
    report.addVersion(QStringLiteral("peer"), PeerRunner::version(m_tool));
}

std::pair<BenchSide, BenchSide> PeerLogDump::bestOf(int runs, const std::function<BenchSide()>& rewind) const
{
    std::optional<BenchSide> best;
    std::optional<BenchSide> bestPeer;
    for (int i = 0; i < runs; ++i) {
        const BenchSide side = rewind();
        if (!best || side.seconds < best->seconds)
            best = side;
        const PeerRunner::Run peerRun = run();
        if (!bestPeer || peerRun.seconds < bestPeer->seconds)
            bestPeer = BenchSide{m_what, 0, peerRun.seconds};
    }
    bestPeer->events = count();
    if (bestPeer->events != best->events)
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("rewind went through %1 events, the peer %2: the figures are void")
                             .arg(best->events)
                             .arg(bestPeer->events));
    return {*best, *bestPeer};
}

} // namespace Rewind::Cli
