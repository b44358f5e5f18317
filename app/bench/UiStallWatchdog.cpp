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
}

QString UiStallWatchdog::longestPerPhase() const
{
    QStringList parts;
    for (const auto& [phase, ns] : m_phases)
        parts.append(QStringLiteral("%1 %2 ms").arg(phase).arg(ns / 1e6, 0, 'f', 1));
    return parts.join(QStringLiteral(", "));
}

} // namespace Rewind::Cli
