#include "PeerRunner.h"

#include "StoreError.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Rewind::Cli {

QString PeerRunner::require(const QString& tool, const QString& debianPackage)
{
    const QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty())
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("the peer of this benchmark needs `%1`, which is not on PATH "
                                        "(Debian package %2)")
                             .arg(tool, debianPackage));
    return path;
}

PeerRunner::Run PeerRunner::run(const QString& program, const QStringList& args, const QString& stdoutFile)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Demo data holds names with accents; psql would otherwise pick its encoding from the locale,
    // which is often C (SQL_ASCII) on servers.
    env.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
    process.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.setStandardInputFile(QProcess::nullDevice());

    Run result;
    QElapsedTimer clock;
    clock.start();
    process.start(program, args);
    if (!process.waitForStarted(-1)) {
        result.err = process.errorString().toUtf8();
        result.crashed = true;
        return result;
    }
    process.waitForFinished(-1);
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    return result;
}

PeerRunner::Run PeerRunner::check(const QString& what, const QString& program, const QStringList& args,
                                  const QString& stdoutFile)
{
    Run result = run(program, args, stdoutFile);
    if (result.crashed || result.exitCode != 0) {
        const QString status = result.crashed ? QStringLiteral("did not finish")
                                              : QStringLiteral("exited with %1").arg(result.exitCode);
        throw StoreError(StoreError::Kind::Database, QStringLiteral("%1: %2 %3:\n%4")
                                                         .arg(what, QFileInfo(program).fileName(), status,
                                                              QString::fromUtf8(result.err).trimmed()));
    }
    return result;
}

QString PeerRunner::version(const QString& program)
{
    // "psql (PostgreSQL) 15.18 (Debian …)" and "3.40.1 2022-12-28 …" both become "name 15.18".
    const Run result = run(program, {QStringLiteral("--version")});
    static const QRegularExpression number(QStringLiteral(R"(\d+\.\d+(\.\d+)?)"));
    const auto m = number.match(QString::fromUtf8(result.out));
    return QFileInfo(program).fileName() + u' ' +
           (m.hasMatch() ? m.captured() : QStringLiteral("(unknown version)"));
}

} // namespace Rewind::Cli
