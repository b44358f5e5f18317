#include "UiStallWatchdog.h"

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
    m_longestNs = std::max(m_longestNs, gap - qint64(IntervalMs) * 1'000'000);
}

} // namespace Rewind::Cli
