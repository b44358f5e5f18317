#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
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
    // Stalls are also kept per phase of the benchmark, so that a long one can be traced to a step.
    void setPhase(const QString& phase) { m_phase = phase; }
    QString longestPerPhase() const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestNs = 0;
    QString m_phase;
    QList<QPair<QString, qint64>> m_phases; // in the order they began
};

} // namespace Rewind::Cli
