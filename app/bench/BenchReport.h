#pragma once

#include "CliCommand.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rewind::Cli {

// One side of a benchmark: what ran, over how many events, in how long.
struct BenchSide
{
    QString what;
    qint64 events = 0;
    double seconds = 0;

    double eventsPerSecond() const { return seconds > 0 ? double(events) / seconds : 0; }
};

// A benchmark's figures beside its peer's and the performance target they are judged by: either a
// ratio against the peer (targetRatio) or, where the target is one, an absolute rate (targetRate).
struct BenchResult
{
    QString benchmark; // "append", "import", "read"
    QString title;     // one line: what was measured
    QString backend;   // "postgresql" or "sqlite"
    QString store;     // display address, never a password
    BenchSide rewind;
    std::optional<BenchSide> peer;
    double targetRatio = 0;
    double targetRate = 0;
    // For latency benchmarks (replay to a point): the worst time measured, and the target's bound on it.
    double latencyMs = -1;
    double targetLatencyMs = 0;
    // For other "at most" figures (memory in MB, a UI stall in ms): what was measured, its unit and
    // the target's bound on it.
    double measured = -1;
    double targetMax = 0;
    QString unit;
    QString targetText; // how the target is worded, printed beside the verdict
    QStringList notes;  // what a reader needs to judge the figures

    std::optional<double> ratio() const;
    QString verdict() const; // "PASS", "BELOW", or "no target"
};

// Prints results as text on standard output, or with --json a JSON object on standard output and
// the text on standard error, so that a script can keep the figures and a person still sees them.
class BenchReport
{
public:
    BenchReport(const CliContext& context, bool json);

    // Versions of what was measured, for the machine line: role "server", "library" (the store's
    // SQLite) or "peer", version as the program names itself ("psql 15.18").
    void addVersion(const QString& role, const QString& version);
    void print(const BenchResult& result) const;

private:
    QString machineLine() const;

    const CliContext& m_context;
    bool m_json;
    QList<QPair<QString, QString>> m_versions;
    QString m_cpu;
    int m_cores = 0;
};

} // namespace Rewind::Cli
