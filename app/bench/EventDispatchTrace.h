#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <array>

namespace Rewind::Cli {

// Remembers when the UI thread began delivering each of its last events, and to what, so that a
// stall the watchdog sees can be laid at the door of the event that ran through it. An application
// event filter sees every event just before delivery; the next one's start is the end of the last.
class EventDispatchTrace : public QObject
{
    Q_OBJECT
public:
    explicit EventDispatchTrace(QObject* parent = nullptr);
    ~EventDispatchTrace() override;

    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    // The event that took the longest of the span [fromNs, toNs], as "type to Class (n ms)";
    // or a sentence saying that no event ran, which points away from the UI thread's own work.
    // Either way it says how much of the span the thread spent on the CPU and how often it was
    // preempted, waited or faulted a page in.
    QString longestIn(qint64 fromNs, qint64 toNs) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // What the thread had used when the event began: the difference to the next entry tells whether
    // a long event worked (CPU time) or waited (preempted, blocked on a lock, faulting a page in).
    struct Entry
    {
        qint64 startNs = -1;
        int type = 0;
        const char* receiverClass = nullptr;
        qint64 cpuNs = 0;
        long preemptions = 0;
        long waits = 0;
        long pageFaults = 0;
    };
    static Entry usageNow();
    static constexpr int Size = 512;

    QElapsedTimer m_clock;
    std::array<Entry, Size> m_entries{};
    int m_next = 0;
};

} // namespace Rewind::Cli
