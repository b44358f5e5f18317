#pragma once
// Runs the real `rewind` binary (REWIND_BINARY, set by CTest) for the command-line tests: one
// process, optional standard input, exit code and both output streams.
#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStringList>

namespace Rewind {

struct RewindRun
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;
    QList<QByteArray> lines() const
    {
        QList<QByteArray> result = out.split('\n');
        if (!result.isEmpty() && result.last().isEmpty())
            result.removeLast();
        return result;
    }
};

inline RewindRun runRewind(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(qEnvironmentVariable("REWIND_BINARY"), args);
    if (!p.waitForStarted())
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace Rewind
