#pragma once

#include "BenchReport.h"
#include "CliCommand.h"

namespace Rewind::Cli {

// `bench append`: single-event appends with an expected version from several clients at once, each
// with its own connection and its own stream in its own category, so that clients never wait on
// each other's category lock. The peer is Message DB's write_message under pgbench with the same
// clients, streams per client, expected versions and total count.
class AppendBenchmark
{
public:
    AppendBenchmark(const CliContext& context, BenchReport& report, qint64 events, int clients);
    BenchResult run();

private:
    BenchSide runRewind(const QString& categoryPrefix);
    BenchSide runPgbench(const QString& categoryPrefix);
    void verifyStreams(const QString& categoryPrefix, const QString& side);
    QString streamOf(const QString& categoryPrefix, int client) const;

    const CliContext& m_context;
    BenchReport& m_report;
    qint64 m_perClient;
    int m_clients;
};

} // namespace Rewind::Cli
