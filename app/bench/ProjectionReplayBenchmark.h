#pragma once

#include "BenchReport.h"
#include "CliCommand.h"

#include <QList>

namespace Rewind::Cli {

// `bench replay`, the projection half: a rebuild of every built-in projection from
// the whole log, against the peer's dump of the same rows in global order; then a start-up from
// the snapshots that rebuild saved, against the rebuild itself.
class ProjectionReplayBenchmark
{
public:
    ProjectionReplayBenchmark(const CliContext& context, BenchReport& report);
    QList<BenchResult> run();

private:
    BenchSide rebuild();
    BenchSide startFromSnapshots();

    const CliContext& m_context;
    BenchReport& m_report;
};

} // namespace Rewind::Cli
