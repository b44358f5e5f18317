#include "StoreWorker.h"

#include "EventStoreFactory.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace Rewind {

namespace {
// Per connection; a session has two. Pages are small, and the OS caches the file anyway.
constexpr int CacheMegabytes = 8;
} // namespace

StoreWorker::StoreWorker(const QString& address) : m_address(address) {}

StoreWorker::~StoreWorker() = default;

void StoreWorker::post(std::shared_ptr<JobControl> control, std::function<void(StoreWorker&)> job)
{
    QMetaObject::invokeMethod(
        this, [this, control = std::move(control), job = std::move(job)] { run(control, job); },
        Qt::QueuedConnection);
}

void StoreWorker::run(const std::shared_ptr<JobControl>& control,
                      const std::function<void(StoreWorker&)>& job)
{
    if (control->cancelled())
        return; // superseded before it started: the common case for pages scrolled past
    {
        QMutexLocker lock(&m_runningMutex);
        m_running = control.get();
    }
    job(*this);
    QMutexLocker lock(&m_runningMutex);
    m_running = nullptr;
}

EventStore& StoreWorker::store()
{
    if (!m_store) {
        auto opened = EventStoreFactory::open(m_address, EventStoreFactory::Mode::MustExist);
        opened->limitMemory(CacheMegabytes);
        QMutexLocker lock(&m_runningMutex);
        m_store = std::move(opened);
    }
    return *m_store;
}

void StoreWorker::interruptIfRunning(const JobControl* control)
{
    QMutexLocker lock(&m_runningMutex);
    if (m_running == control && m_store)
        m_store->interrupt();
}

void StoreWorker::interruptAll()
{
    QMutexLocker lock(&m_runningMutex);
    if (m_running && m_store)
        m_store->interrupt();
}

} // namespace Rewind
