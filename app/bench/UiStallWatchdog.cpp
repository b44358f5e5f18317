#include "UiStallWatchdog.h"

#include <QStringList>

#include <algorithm>

namespace Rewind::Cli {

UiStallWatchdog::UiStallWatchdog(QObject* parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &UiStallWatchdog::tick);
}

void UiStallWatchdog::start()
{
    m_longestNs = 0;
    resume();
}

void UiStallWatchdog::pause()
{
    m_timer.stop();
}

void UiStallWatchdog::resume()
{
    m_sinceTick.start();
    m_lastTickNs = m_trace.nowNs();
    m_timer.start();
}

void UiStallWatchdog::tick()
{
    const qint64 gap = m_sinceTick.nsecsElapsed();
    m_sinceTick.start();
    const qint64 stall = gap - qint64(IntervalMs) * 1'000'000;
    m_longestNs = std::max(m_longestNs, stall);
    if (m_phases.isEmpty() || m_phases.last().first != m_phase)
        m_phases.append({m_phase, 0});
    m_phases.last().second = std::max(m_phases.last().second, stall);

    const qint64 nowNs = m_trace.nowNs();
    const qint64 sinceNs = m_lastTickNs;
    m_lastTickNs = nowNs;
    if (stall < ExplainAboveNs || (m_worst.size() == WorstKept && stall <= m_worst.last().ns))
        return;
    const Stall found{stall, m_phase, m_step, m_trace.longestIn(sinceNs, nowNs)};
    m_worst.insert(std::upper_bound(m_worst.begin(), m_worst.end(), found,
                                    [](const Stall& a, const Stall& b) { return a.ns > b.ns; }),
                   found);
    if (m_worst.size() > WorstKept)
        m_worst.removeLast();
}

QStringList UiStallWatchdog::worstStalls() const
{
    QStringList lines;
    for (const Stall& s : m_worst)
        lines.append(
            QStringLiteral("%1 ms in %2%3: %4")
                .arg(s.ns / 1e6, 0, 'f', 1)
                .arg(s.phase, s.step.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.step), s.cause));
    return lines;
}

QString UiStallWatchdog::longestPerPhase() const
{
    QStringList parts;
    for (const auto& [phase, ns] : m_phases)
        parts.append(QStringLiteral("%1 %2 ms").arg(phase).arg(ns / 1e6, 0, 'f', 1));
    return parts.join(QStringLiteral(", "));
}

} // namespace Rewind::Cli
