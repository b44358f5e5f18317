#pragma once

#include "BenchReport.h"
#include "CliCommand.h"

namespace Rewind::Cli {

// `bench import`: the same generated demo events loaded into two fresh, identically initialised
// stores on the same server or disk: one by the real `rewind import FILE` (this binary, run as a child
// process: validation pass and store import, exactly what a user runs), the other by the peer's bulk
// loader (psql \copy, sqlite3 .import). Both stores must then hold every event.
class ImportBenchmark
{
public:
    ImportBenchmark(const CliContext& context, BenchReport& report, qint64 events);
    BenchResult run();

private:
    BenchResult runPostgres(const QString& conninfo);
    BenchResult runSqlite(const QString& path);
    BenchSide runRewindImport(const QString& storeAddress, const QString& jsonPath);
    void requireCount(const QString& side, qint64 count) const;

    const CliContext& m_context;
    BenchReport& m_report;
    qint64 m_events;
};

} // namespace Rewind::Cli
