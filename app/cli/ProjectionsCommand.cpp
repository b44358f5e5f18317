#include "ProjectionsCommand.h"

#include "BuiltInProjections.h"
#include "CliArguments.h"
#include "EventJson.h"
#include "ProgressMeter.h"
#include "ProjectionRunner.h"
#include "ProjectionStatusReader.h"
#include "StoreError.h"

#include <atomic>
#include <csignal>

namespace Rewind::Cli {

namespace {

std::atomic_bool interrupted{false};

// Ctrl-C during a rebuild saves what was done, so the next run resumes there instead of at the
// last periodic save.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        m_previous = std::signal(SIGINT, [](int) { interrupted = true; });
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }

private:
    void (*m_previous)(int) = SIG_DFL;
};

QString lagSeconds(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    if (seconds < 60)
        return QString::number(seconds, 'f', seconds < 10 ? 1 : 0);
    // Larger lags are read, not compared digit by digit: "3h 05m" says more than "11100".
    const qint64 s = qint64(seconds);
    if (s < 3600)
        return QStringLiteral("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return QStringLiteral("%1h %2m").arg(s / 3600).arg(s % 3600 / 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1d %2h").arg(s / 86400).arg(s % 86400 / 3600);
}

QByteArray statusJson(const ProjectionStatus& s)
{
    QByteArray line = "{\"name\":";
    EventJson::appendJsonString(line, s.name);
    line += ",\"state\":";
    EventJson::appendJsonString(line, ProjectionStatus::stateName(s.state));
    line += ",\"external\":";
    line += s.state == ProjectionStatus::State::External ? "true" : "false";
    line += ",\"code_version\":";
    line += s.codeVersion.isEmpty() ? QByteArray("null") : "\"" + s.codeVersion + "\"";
    line += ",\"saved_version\":";
    line += s.savedVersion.isEmpty() ? QByteArray("null") : "\"" + s.savedVersion + "\"";
    line += ",\"checkpoint\":" + QByteArray::number(s.checkpoint);
    line += ",\"head\":" + QByteArray::number(s.head);
    line += ",\"lag_events\":" + QByteArray::number(s.lagEvents);
    line += ",\"lag_seconds\":" +
            (s.lagSeconds < 0 ? QByteArray("null") : QByteArray::number(s.lagSeconds, 'f', 3));
    line += ",\"events_per_second\":" + QByteArray::number(s.eventsPerSecond);
    line += ",\"parked\":" + QByteArray::number(s.parked);
    line += "}";
    return line;
}

} // namespace

int ProjectionsCommand::run(CliContext& context, const QStringList& args)
{
    const QString saveEveryOption = QStringLiteral("save-every");
    CliArguments parsed(args, {saveEveryOption}, {QStringLiteral("json"), QStringLiteral("all")});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    const QStringList& pos = parsed.positionals();
    if (pos.isEmpty())
        return usageError(context, QStringLiteral("needs status, rebuild NAME or run"));
    const auto saveEvery = parsed.integer(saveEveryOption, 2000000, 1, std::numeric_limits<qint64>::max());
    if (!saveEvery)
        return usageError(context, parsed.error());
    const QString& action = pos.first();
    if (action == QLatin1String("status")) {
        if (pos.size() != 1)
            return usageError(context, QStringLiteral("status takes no NAME"));
        return status(context, parsed.has(QStringLiteral("json")));
    }
    BuiltInProjections builtIns;
    if (action == QLatin1String("rebuild")) {
        QStringList names = pos.mid(1);
        if (parsed.has(QStringLiteral("all")) == !names.isEmpty())
            return usageError(context,
                              QStringLiteral("rebuild needs one or more NAMEs or --all; projections: %1")
                                  .arg(builtIns.names().join(QStringLiteral(", "))));
        for (const QString& n : names) {
            if (!builtIns.byName(n))
                return usageError(context, QStringLiteral("no projection named '%1'; projections: %2")
                                               .arg(n, builtIns.names().join(QStringLiteral(", "))));
        }
        return catchUp(context, names.isEmpty() ? builtIns.names() : names, true, *saveEvery);
    }
    if (action == QLatin1String("run")) {
        if (pos.size() != 1)
            return usageError(context, QStringLiteral("run takes no NAME: it catches up every projection"));
        return catchUp(context, builtIns.names(), false, *saveEvery);
    }
    return usageError(context, QStringLiteral("unknown action '%1': status, rebuild or run").arg(action));
}

int ProjectionsCommand::status(CliContext& context, bool json)
{
    auto store = context.openStore(EventStoreFactory::Mode::MustExist);
    BuiltInProjections builtIns;
    const QList<ProjectionStatus> rows = ProjectionStatusReader::read(*store, builtIns.all());
    if (json) {
        QByteArray out = "[";
        for (int i = 0; i < rows.size(); ++i)
            out += (i ? "," : "") + statusJson(rows[i]);
        context.print(out + "]");
        return ExitOk;
    }
    const QStringList header{
        QStringLiteral("NAME"),       QStringLiteral("VERSION"),  QStringLiteral("STATE"),
        QStringLiteral("CHECKPOINT"), QStringLiteral("HEAD"),     QStringLiteral("LAG"),
        QStringLiteral("LAG (TIME)"), QStringLiteral("EVENTS/S"), QStringLiteral("PARKED")};
    QList<QStringList> table{header};
    for (const ProjectionStatus& s : rows)
        table.append({s.name,
                      s.codeVersion.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(s.codeVersion),
                      ProjectionStatus::stateName(s.state), QString::number(s.checkpoint),
                      QString::number(s.head), QString::number(s.lagEvents), lagSeconds(s.lagSeconds),
                      s.eventsPerSecond ? QString::number(s.eventsPerSecond) : QStringLiteral("-"),
                      QString::number(s.parked)});
    QList<int> widths(header.size(), 0);
    for (const QStringList& row : table)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(row[c].size()));
    for (const QStringList& row : table) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            // Names and words to the left, numbers to the right.
            const bool left = c < 3;
            line += left ? row[c].leftJustified(widths[c]) : row[c].rightJustified(widths[c]);
            if (c + 1 < row.size())
                line += QStringLiteral("  ");
        }
        context.print(line.trimmed().toUtf8());
    }
    return ExitOk;
}

int ProjectionsCommand::catchUp(CliContext& context, const QStringList& names, bool rebuild, qint64 saveEvery)
{
    auto store = context.openStore(EventStoreFactory::Mode::MustExist);
    context.requireWritable(*store, rebuild ? QStringLiteral("projections rebuild")
                                            : QStringLiteral("projections run"));
    BuiltInProjections builtIns;
    QList<Projection*> chosen;
    for (const QString& n : names)
        chosen << builtIns.byName(n);
    ProjectionRunnerOptions options;
    options.rebuild = rebuild;
    options.saveEveryEvents = saveEvery;
    ProjectionRunner runner(*store, chosen, options);
    for (const ProjectionStart& s : runner.start()) {
        switch (s.from) {
        case ProjectionStart::From::Snapshot:
            context.note(QStringLiteral("%1: resuming from position %2").arg(s.name).arg(s.checkpoint));
            break;
        case ProjectionStart::From::VersionMismatch:
            context.note(QStringLiteral("%1: saved by other code; rebuilding").arg(s.name));
            break;
        case ProjectionStart::From::Unreadable:
            context.note(QStringLiteral("%1: saved state unreadable; rebuilding").arg(s.name));
            break;
        case ProjectionStart::From::Rebuild:
        case ProjectionStart::From::Nothing:
            context.note(QStringLiteral("%1: building from the first event").arg(s.name));
            break;
        }
    }
    QElapsedTimer clock;
    clock.start();
    ProgressMeter meter(context, rebuild ? QStringLiteral("rebuilding") : QStringLiteral("catching up"), 0);
    InterruptGuard guard;
    interrupted = false;
    const qint64 read =
        runner.catchUp([&](const ProjectionProgress& p) { meter.update(p.applied); }, &interrupted);
    const qint64 target = runner.lastTarget();
    meter.finish();
    const double seconds = clock.elapsed() / 1000.0;
    // A rate over a few milliseconds says nothing; small stores finish that fast.
    const QString rate =
        seconds >= 0.05 ? QStringLiteral(" (%1 events/s)").arg(qint64(read / seconds)) : QString();
    context.note(QStringLiteral("%1 %2 events up to position %3 in %4 s%5; %6 parked")
                     .arg(rebuild ? QStringLiteral("rebuilt from") : QStringLiteral("applied"))
                     .arg(read)
                     .arg(target)
                     .arg(seconds, 0, 'f', 2)
                     .arg(rate)
                     .arg(runner.parkedInThisRun()));
    return ExitOk;
}

} // namespace Rewind::Cli
