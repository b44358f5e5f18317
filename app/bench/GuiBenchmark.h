#pragma once

#include "BenchReport.h"
#include "CliCommand.h"

namespace Rewind::Cli {

// `bench gui`: the event browser on the given store, driven the way a developer uses it, inside a
// real (offscreen) window: time to the first page, jumps to random positions, a type filter,
// memory while scrolling through every row, and the longest stall of the UI thread throughout
// The peer of the timed steps is the same read made by a bare store call, which is
// what the window adds its threads, models and painting to.
class GuiBenchmark
{
public:
    GuiBenchmark(const CliContext& context, BenchReport& report, QString type, qint64 scrollRows);
    // Prints each result as soon as it is measured, and returns them all.
    QList<BenchResult> run();

private:
    const CliContext& m_context;
    BenchReport& m_report;
    QString m_type;
    qint64 m_scrollRows; // -1: every row
};

} // namespace Rewind::Cli
