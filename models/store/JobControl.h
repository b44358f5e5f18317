#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace Rewind {

// What a job running on a store worker sees of its caller: whether it was cancelled, and a way to
// report progress. Long jobs check cancelled() between steps (a scan's visitor returns false);
// a statement that is already running is stopped by EventStore::interrupt().
class JobControl
{
public:
    bool cancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // For code that polls a flag itself (ProjectionRunner::catchUp).
    const std::atomic<bool>* cancelFlag() const { return &m_cancelled; }
    // Posts progress to the caller's thread (dropped when the job is cancelled).
    void progress(qint64 done, qint64 total) const
    {
        if (m_progress && !cancelled())
            m_progress(done, total);
    }

private:
    friend class StoreWorker;
    friend class StoreSession;
    friend class StoreJob;
    std::atomic<bool> m_cancelled{false};
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace Rewind
