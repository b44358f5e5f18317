#include "EventDispatchTrace.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <sys/resource.h>
#include <time.h>

namespace Rewind::Cli {

EventDispatchTrace::EventDispatchTrace(QObject* parent) : QObject(parent)
{
    m_clock.start();
    QCoreApplication::instance()->installEventFilter(this);
}

EventDispatchTrace::~EventDispatchTrace()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

EventDispatchTrace::Entry EventDispatchTrace::usageNow()
{
    Entry e;
    timespec cpu{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    e.cpuNs = qint64(cpu.tv_sec) * 1'000'000'000 + cpu.tv_nsec;
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    e.preemptions = usage.ru_nivcsw;
    e.waits = usage.ru_nvcsw;
    e.pageFaults = usage.ru_minflt + usage.ru_majflt;
    return e;
}

bool EventDispatchTrace::eventFilter(QObject* watched, QEvent* event)
{
    // The application's filters also see other threads' events; only the UI thread's can stall it.
    if (QThread::currentThread() == thread()) {
        Entry e = usageNow();
        e.startNs = m_clock.nsecsElapsed();
        e.type = int(event->type());
        e.receiverClass = watched->metaObject()->className();
        m_entries[m_next] = e;
        m_next = (m_next + 1) % Size;
    }
    return false;
}

QString EventDispatchTrace::longestIn(qint64 fromNs, qint64 toNs) const
{
    // Walk the ring from the oldest entry: each event runs until the next one starts (or `toNs`).
    const Entry* longest = nullptr;
    const Entry* longestEnd = nullptr;
    qint64 longestNs = 0;
    const Entry* previous = nullptr;
    const Entry now = [&] {
        Entry e = usageNow();
        e.startNs = toNs;
        return e;
    }();
    const auto consider = [&](const Entry* e, const Entry* end) {
        const qint64 overlap = std::min(end->startNs, toNs) - std::max(e->startNs, fromNs);
        if (overlap > longestNs) {
            longestNs = overlap;
            longest = e;
            longestEnd = end;
        }
    };
    for (int i = 0; i < Size; ++i) {
        const Entry& e = m_entries[(m_next + i) % Size];
        if (e.startNs < 0)
            continue;
        if (previous)
            consider(previous, &e);
        previous = &e;
    }
    if (previous)
        consider(previous, &now);
    if (!longest)
        return QStringLiteral("no event was delivered");
    const QString usage = QStringLiteral("%1 ms on the CPU, preempted %2, waited %3, %4 page faults")
                              .arg((longestEnd->cpuNs - longest->cpuNs) / 1e6, 0, 'f', 1)
                              .arg(longestEnd->preemptions - longest->preemptions)
                              .arg(longestEnd->waits - longest->waits)
                              .arg(longestEnd->pageFaults - longest->pageFaults);
    if (longestNs < (toNs - fromNs) / 2)
        return QStringLiteral("no one event took most of it; the longest, %1 ms: %2")
            .arg(longestNs / 1e6, 0, 'f', 1)
            .arg(usage);
    const char* typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(longest->type);
    // The start on CLOCK_MONOTONIC, the clock `perf record -k CLOCK_MONOTONIC` stamps samples with,
    // so that a profile of the run can be cut down to this one event.
    const double monotonicS = (m_clock.msecsSinceReference() * 1'000'000 + longest->startNs) / 1e9;
    return QStringLiteral("%1 to %2 (%3 ms: %4; began at %5 s monotonic)")
        .arg(typeName ? QString::fromLatin1(typeName) : QString::number(longest->type),
             QString::fromLatin1(longest->receiverClass))
        .arg(longestNs / 1e6, 0, 'f', 1)
        .arg(usage)
        .arg(monotonicS, 0, 'f', 3);
}

} // namespace Rewind::Cli
