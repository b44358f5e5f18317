#pragma once

#include "BenchReport.h"
#include "CliCommand.h"

namespace Rewind::Cli {

// `bench read`: the whole log of the given store in global order through EventStore::readLog pages
// of 10,000 fully materialised events, against the peer's fastest dump of the same rows in the same
// order to /dev/null. Each side runs twice, alternating, and keeps its better run (warm cache).
class ReadBenchmark
{
public:
    ReadBenchmark(const CliContext& context, BenchReport& report);
    BenchResult run();

private:
    BenchSide readWithRewind();

    const CliContext& m_context;
    BenchReport& m_report;
};

} // namespace Rewind::Cli
