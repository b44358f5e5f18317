#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Rewind::Cli {

// Measures how long the UI thread's event loop went without turning: a precise timer ticks every
// few milliseconds, and the longest gap between two ticks, less the interval, is the longest stall.
// Measured, not assumed: whatever blocks the UI thread (a store call, painting, a model) shows here.
class UiStallWatchdog : public QObject
{
    Q_OBJECT
public:
    static constexpr int IntervalMs = 5;

    explicit UiStallWatchdog(QObject* parent = nullptr);
    void start();
    // The benchmark's own work on the UI thread (a peer's store call) is not the window's stall.
    void pause();
    void resume();
    double longestStallMs() const { return m_longestNs / 1e6; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestNs = 0;
};

} // namespace Rewind::Cli
