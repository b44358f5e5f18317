#include "ServeCommand.h"

#include "CliArguments.h"
#include "EventTime.h"
#include "LiveProjector.h"
#include "MetricsHttpServer.h"
#include "ProjectionMetrics.h"
#include "StoreError.h"
#include "TerminationSignal.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonDocument>

#include <algorithm>
#include <csignal>

namespace Rewind::Cli {

namespace {

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
    QString error; // why the text is not a HOST:PORT this process can use
};

// "HOST:PORT", "[IPv6]:PORT" or ":PORT" (every interface); PORT 0 lets the system choose.
ListenAddress parseListen(const QString& text)
{
    ListenAddress out;
    QString host;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0) {
            out.error = QStringLiteral("--listen '%1': needs [IPv6]:PORT").arg(text);
            return out;
        }
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon < 0) {
            out.error =
                QStringLiteral("--listen '%1': needs HOST:PORT, for example 127.0.0.1:9464").arg(text);
            return out;
        }
        host = text.left(colon);
        port = text.mid(colon + 1);
        if (host.contains(QLatin1Char(':'))) {
            out.error =
                QStringLiteral("--listen '%1': write an IPv6 address in brackets, [::1]:9464").arg(text);
            return out;
        }
    }
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (port.isEmpty() || !ok ||
        !std::all_of(port.cbegin(), port.cend(), [](QChar c) { return c.isDigit(); })) {
        out.error = QStringLiteral("--listen '%1': the port must be a number from 0 to 65535").arg(text);
        return out;
    }
    if (number > 65535) {
        out.error = QStringLiteral("--listen '%1': port %2 is out of range (0 to 65535)").arg(text, port);
        return out;
    }
    out.port = quint16(number);
    if (host.isEmpty()) {
        out.address = QHostAddress::Any;
    } else if (!out.address.setAddress(host)) {
        const QHostInfo info = QHostInfo::fromName(host);
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            out.error = QStringLiteral("--listen '%1': cannot resolve host '%2'").arg(text, host);
            return out;
        }
        out.address = info.addresses().first();
    }
    return out;
}

QString url(const QHostAddress& address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port);
}

QString startNote(const ProjectionStart& s)
{
    switch (s.from) {
    case ProjectionStart::From::Snapshot:
        return QStringLiteral("%1: resuming from position %2").arg(s.name).arg(s.checkpoint);
    case ProjectionStart::From::VersionMismatch:
        return QStringLiteral("%1: saved by other code; rebuilding").arg(s.name);
    case ProjectionStart::From::Unreadable:
        return QStringLiteral("%1: saved state unreadable; rebuilding").arg(s.name);
    case ProjectionStart::From::Rebuild:
    case ProjectionStart::From::Nothing:
        break;
    }
    return QStringLiteral("%1: building from the first event").arg(s.name);
}

} // namespace

int ServeCommand::run(CliContext& context, const QStringList& args)
{
    const QString listenOption = QStringLiteral("listen");
    CliArguments parsed(args, {listenOption});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (!parsed.positionals().isEmpty())
        return usageError(context,
                          QStringLiteral("takes no arguments, got '%1'").arg(parsed.positionals().first()));
    const ListenAddress listen = parseListen(parsed.has(listenOption) ? parsed.value(listenOption)
                                                                      : QString::fromLatin1(DefaultListen));
    if (!listen.error.isEmpty())
        return usageError(context, listen.error);

    // The same checks and messages as every other command: unreachable or uninitialised is exit 4.
    QString backend;
    {
        const auto store = context.openStore(EventStoreFactory::Mode::MustExist);
        if (!store->hasSchema())
            throw StoreError(
                StoreError::Kind::Unreachable,
                QStringLiteral("%1 has no message store: create it with `rewind --store ADDRESS init`")
                    .arg(store->displayAddress()));
        context.requireWritable(*store, QStringLiteral("serve"));
        backend = store->backendName();
    }

    // Before anything runs that a signal should stop cleanly.
    TerminationSignal termination;
    if (!termination.isInstalled()) {
        context.note(QStringLiteral("rewind serve: cannot install the SIGTERM handler"));
        return ExitFailure;
    }
    MetricsHttpServer server;
    if (!server.listen(listen.address, listen.port)) {
        context.note(QStringLiteral("rewind serve: cannot listen on %1: %2")
                         .arg(url(listen.address, listen.port), server.errorString()));
        return ExitUsage;
    }

    LiveProjector projector(context.storeAddress);
    for (const ProjectionStart& s : projector.start())
        context.note(startNote(s));

    ServeFacts facts;
    facts.storeAddress = context.storeAddress;
    facts.backend = backend;
    facts.version = QStringLiteral(REWIND_VERSION);
    facts.startedAtUs = EventTime::nowUs();
    QElapsedTimer uptime;
    uptime.start();
    const auto current = [&] {
        const LiveStatus status = projector.status();
        facts.uptimeSeconds = uptime.elapsed() / 1000.0;
        facts.storeError = status.storeError;
        facts.eventsApplied = status.eventsApplied;
        return status.projections;
    };
    server.route("/metrics", [&] {
        const QList<ProjectionStatus> projections = current();
        return MetricsHttpServer::Response{200, "text/plain; version=0.0.4; charset=utf-8",
                                           ProjectionMetrics::prometheusText(projections, facts)};
    });
    server.route("/status", [&] {
        const QList<ProjectionStatus> projections = current();
        return MetricsHttpServer::Response{200, "application/json",
                                           ProjectionMetrics::statusJson(projections, facts).toJson()};
    });
    server.route("/health", [&] {
        const QString error = projector.status().storeError;
        if (error.isEmpty())
            return MetricsHttpServer::Response{200, "text/plain; charset=utf-8", "ok\n"};
        return MetricsHttpServer::Response{503, "text/plain; charset=utf-8",
                                           "store failing: " + error.toUtf8() + '\n'};
    });

    context.print(QStringLiteral("rewind serve: listening on %1")
                      .arg(url(server.serverAddress(), server.serverPort()))
                      .toUtf8());
    std::fflush(context.out); // whoever started us waits for this line

    QEventLoop loop;
    int stopSignal = 0;
    QObject::connect(&termination, &TerminationSignal::received, &loop, [&](int signalNumber) {
        stopSignal = signalNumber;
        loop.quit();
    });
    loop.exec();

    context.note(QStringLiteral("rewind serve: %1 received; saving and stopping")
                     .arg(stopSignal == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM")));
    server.close();
    projector.stop();
    QStringList checkpoints;
    for (const ProjectionStatus& s : projector.status().projections)
        checkpoints << QStringLiteral("%1 at %2").arg(s.name).arg(s.checkpoint);
    context.note(QStringLiteral("rewind serve: stopped; %1").arg(checkpoints.join(QStringLiteral(", "))));
    return ExitOk;
}

} // namespace Rewind::Cli
