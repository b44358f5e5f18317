#include "StoreJob.h"

#include "StoreWorker.h"

namespace Rewind {

StoreJob::StoreJob(std::shared_ptr<JobControl> control, StoreWorker* worker)
    : m_control(std::move(control)), m_worker(worker)
{
}

void StoreJob::cancel() const
{
    if (!m_control)
        return;
    m_control->m_cancelled.store(true, std::memory_order_relaxed);
    if (StoreWorker* w = m_worker.data())
        w->interruptIfRunning(m_control.get());
}

} // namespace Rewind
