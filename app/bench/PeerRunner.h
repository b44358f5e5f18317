#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Rewind::Cli {

// Runs the other side of a benchmark (psql, pgbench, sqlite3) and Rewind's own binary as child
// processes, timed by the wall clock around the whole process, so that both sides of a ratio pay for
// their start-up and connection the same way.
class PeerRunner
{
public:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray out;
        QByteArray err;
        double seconds = 0;
    };

    // The path of `tool` on PATH. A missing peer is StoreError(Unreachable), exit 4: a benchmark
    // without its peer would print a figure nobody can judge.
    static QString require(const QString& tool, const QString& debianPackage);

    // `stdoutFile` redirects standard output (e.g. to /dev/null) instead of collecting it.
    static Run run(const QString& program, const QStringList& args, const QString& stdoutFile = {});
    // As run(), but a failed run is StoreError(Database) quoting the tool's standard error.
    static Run check(const QString& what, const QString& program, const QStringList& args,
                     const QString& stdoutFile = {});

    static QString version(const QString& program); // "psql 15.18"
};

} // namespace Rewind::Cli
