#pragma once

// Starts the real `rewind serve` (the binary CTest names in REWIND_BINARY) for tests that need a
// running instance: TestServeCommand, TestProjectionMonitor, TestProjectionsView.
#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

// Starts `rewind serve` on a free port of 127.0.0.1 and returns its base URL once it says it
// listens; empty (with a warning saying why) when it did not start within 20 s.
inline QString startServe(QProcess& process, const QString& storeAddress)
{
    process.start(qEnvironmentVariable("REWIND_BINARY"),
                  {QStringLiteral("--store"), storeAddress, QStringLiteral("serve"),
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!process.waitForStarted())
        return {};
    static const QRegularExpression listening(QStringLiteral("listening on (http://127.0.0.1:[0-9]+)"));
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch())
            return m.captured(1);
    }
    qWarning("rewind serve did not start: %s %s", out.constData(),
             process.readAllStandardError().constData());
    return {};
}
