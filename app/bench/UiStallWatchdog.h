#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "EventDispatchTrace.h"

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
    void setPhase(const QString& phase)
    {
        m_phase = phase;
        m_step.clear();
    }
    // Where inside a phase the benchmark is (say, the row it scrolled to); kept with the worst stalls.
    void setStep(const QString& step) { m_step = step; }
    QString longestPerPhase() const;
    // The few worst stalls, each with its phase, step and the event that ran through it.
    QStringList worstStalls() const;

private:
    void tick();

    struct Stall
    {
        qint64 ns = 0;
        QString phase;
        QString step;
        QString cause;
    };
    static constexpr int WorstKept = 5;
    // Below this a stall is not worth explaining, and looking through the trace costs a little.
    static constexpr qint64 ExplainAboveNs = 20'000'000;

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestNs = 0;
    QString m_phase;
    QString m_step;
    EventDispatchTrace m_trace;
    qint64 m_lastTickNs = 0;
    QList<Stall> m_worst;                   // longest first
    QList<QPair<QString, qint64>> m_phases; // in the order they began
};

} // namespace Rewind::Cli
