#include "BenchReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThread>
#include <cstdio>

namespace Rewind::Cli {

namespace {

QString grouped(double value)
{
    return QLocale(QLocale::English).toString(qint64(value + 0.5));
}

QString sideLine(const QString& label, const BenchSide& side)
{
    return QStringLiteral("  %1 %2 events in %3 s = %4 events/s   %5")
        .arg(label, -6)
        .arg(grouped(double(side.events)), 11)
        .arg(side.seconds, 8, 'f', 3)
        .arg(grouped(side.eventsPerSecond()), 11)
        .arg(side.what);
}

QJsonObject sideJson(const BenchSide& side)
{
    return QJsonObject{{QStringLiteral("what"), side.what},
                       {QStringLiteral("events"), side.events},
                       {QStringLiteral("seconds"), side.seconds},
                       {QStringLiteral("eventsPerSecond"), side.eventsPerSecond()}};
}

} // namespace

std::optional<double> BenchResult::ratio() const
{
    if (!peer || peer->eventsPerSecond() <= 0)
        return std::nullopt;
    return rewind.eventsPerSecond() / peer->eventsPerSecond();
}

QString BenchResult::verdict() const
{
    if (targetMax > 0)
        return measured >= 0 && measured <= targetMax ? QStringLiteral("PASS") : QStringLiteral("BELOW");
    if (targetLatencyMs > 0)
        return latencyMs >= 0 && latencyMs <= targetLatencyMs ? QStringLiteral("PASS")
                                                              : QStringLiteral("BELOW");
    if (targetRate > 0)
        return rewind.eventsPerSecond() >= targetRate ? QStringLiteral("PASS") : QStringLiteral("BELOW");
    if (targetRatio > 0 && ratio())
        return *ratio() >= targetRatio ? QStringLiteral("PASS") : QStringLiteral("BELOW");
    return QStringLiteral("no target");
}

BenchReport::BenchReport(const CliContext& context, bool json) : m_context(context), m_json(json)
{
    m_cores = QThread::idealThreadCount();
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                m_cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    if (m_cpu.isEmpty())
        m_cpu = QStringLiteral("unknown CPU");
    m_versions.append({QStringLiteral("rewind"), QStringLiteral("Rewind " REWIND_VERSION)});
}

void BenchReport::addVersion(const QString& role, const QString& version)
{
    // Several benchmarks of one command report the same store and peer.
    if (m_versions.contains(QPair<QString, QString>(role, version)))
        return;
    m_versions.append({role, version});
}

QString BenchReport::machineLine() const
{
    QStringList parts;
    for (const auto& [role, version] : m_versions)
        parts.append(role == QLatin1String("rewind") ? version
                                                     : QStringLiteral("%1 (%2)").arg(version, role));
    return QStringLiteral("machine: %1, %2 cores; %3")
        .arg(m_cpu)
        .arg(m_cores)
        .arg(parts.join(QStringLiteral(", ")));
}

void BenchReport::print(const BenchResult& r) const
{
    QStringList lines;
    lines.append(QStringLiteral("bench %1 (%2): %3").arg(r.benchmark, r.backend, r.title));
    lines.append(QStringLiteral("  store: %1").arg(r.store));
    lines.append(QStringLiteral("  ") + machineLine());
    lines.append(sideLine(QStringLiteral("rewind"), r.rewind));
    if (r.peer)
        lines.append(sideLine(QStringLiteral("peer"), *r.peer));
    else
        lines.append(QStringLiteral("  peer   none"));
    if (r.latencyMs >= 0)
        lines.append(QStringLiteral("  latency worst %1 ms").arg(r.latencyMs, 0, 'f', 2));
    if (r.measured >= 0)
        lines.append(QStringLiteral("  measured %1 %2").arg(r.measured, 0, 'f', 1).arg(r.unit));
    QString judged = QStringLiteral("  ratio  ");
    if (const auto ratio = r.ratio())
        judged += QStringLiteral("rewind/peer = %1").arg(*ratio, 0, 'f', 2);
    else
        judged += QStringLiteral("none");
    judged += QStringLiteral("   target: %1   %2").arg(r.targetText, r.verdict());
    lines.append(judged);
    for (const QString& note : r.notes)
        lines.append(QStringLiteral("  note: ") + note);
    const QByteArray text = lines.join(u'\n').toUtf8();

    if (!m_json) {
        m_context.print(text);
        std::fflush(m_context.out); // a long benchmark's early figures show while it goes on
        return;
    }
    m_context.note(QString::fromUtf8(text));
    QJsonObject versions;
    for (const auto& [role, version] : m_versions)
        versions.insert(role, version);
    QJsonObject o{
        {QStringLiteral("benchmark"), r.benchmark},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("backend"), r.backend},
        {QStringLiteral("store"), r.store},
        {QStringLiteral("machine"), QJsonObject{{QStringLiteral("cpu"), m_cpu},
                                                {QStringLiteral("cores"), m_cores},
                                                {QStringLiteral("versions"), versions}}},
        {QStringLiteral("rewind"), sideJson(r.rewind)},
        {QStringLiteral("peer"), r.peer ? QJsonValue(sideJson(*r.peer)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ratio"), r.ratio() ? QJsonValue(*r.ratio()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("target"), r.targetText},
        {QStringLiteral("verdict"), r.verdict()},
        {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)},
    };
    if (r.targetRatio > 0)
        o.insert(QStringLiteral("targetRatio"), r.targetRatio);
    if (r.targetRate > 0)
        o.insert(QStringLiteral("targetEventsPerSecond"), r.targetRate);
    if (r.latencyMs >= 0)
        o.insert(QStringLiteral("latencyMs"), r.latencyMs);
    if (r.targetLatencyMs > 0)
        o.insert(QStringLiteral("targetLatencyMs"), r.targetLatencyMs);
    if (r.measured >= 0) {
        o.insert(QStringLiteral("measured"), r.measured);
        o.insert(QStringLiteral("unit"), r.unit);
    }
    if (r.targetMax > 0)
        o.insert(QStringLiteral("targetMax"), r.targetMax);
    m_context.print(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace Rewind::Cli
