#pragma once

#include "BenchReport.h"
#include "CliCommand.h"

namespace Rewind::Cli {

// `bench replay` (one stream): the target is the replay of one 100,000-event stream to any
// point within 50 ms with snapshots. Appends such a stream to the given store, snapshots it every
// 1000 events, and times replays to the same random positions from the nearest snapshot and from
// the start, checking that both give the same state.
class StreamReplayBenchmark
{
public:
    StreamReplayBenchmark(const CliContext& context, BenchReport& report);
    BenchResult run();

private:
    const CliContext& m_context;
    BenchReport& m_report;
};

} // namespace Rewind::Cli
