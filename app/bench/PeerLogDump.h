#pragma once

#include "BenchReport.h"
#include "PeerRunner.h"
#include "StoreAddress.h"

#include <functional>
#include <utility>

#include <QString>
#include <QStringList>

namespace Rewind::Cli {

// The peer of the whole-log benchmarks (read, replay): the store's own client dumping every event
// in global order to /dev/null, the fastest way either database has to hand out the same rows.
class PeerLogDump
{
public:
    // Throws StoreError(Unreachable) when the client (psql or sqlite3) is not installed.
    explicit PeerLogDump(const StoreAddress& address);

    QString tool() const { return m_tool; }
    QString what() const { return m_what; }
    PeerRunner::Run run() const; // one timed dump; a failed one is StoreError(Database)
    qint64 count() const;        // the events in the store, as the peer counts them

    // Checks that the store holds events, and names it and both sides' versions in the result
    // and the report.
    void describe(const CliContext& context, BenchReport& report, BenchResult& result) const;
    // Runs Rewind's side and the peer alternately, keeps each one's best run (warm cache), and
    // voids the figures unless both went through every event.
    std::pair<BenchSide, BenchSide> bestOf(int runs, const std::function<BenchSide()>& rewind) const;

private:
    StoreAddress m_address;
    bool m_postgres;
    QString m_tool;
    QString m_what;
    QStringList m_args;
    QString m_stdout;
};

} // namespace Rewind::Cli
