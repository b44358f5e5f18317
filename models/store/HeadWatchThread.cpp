#include "HeadWatchThread.h"

#include "EventStoreFactory.h"
#include "StoreError.h"

#include <QMutexLocker>

namespace Rewind {

namespace {
constexpr int WaitSliceMs = 1000;
constexpr int RetryPauseMs = 3000;
} // namespace

HeadWatchThread::HeadWatchThread(const QString& address, qint64 knownHead, QObject* parent)
    : QThread(parent), m_address(address), m_knownHead(knownHead)
{
}

HeadWatchThread::~HeadWatchThread()
{
    stop();
    wait();
}

void HeadWatchThread::stop()
{
    m_stopping.store(true);
    QMutexLocker lock(&m_watcherMutex);
    if (m_watcher)
        m_watcher->wake();
}

void HeadWatchThread::run()
{
    while (!m_stopping.load()) {
        try {
            auto store = EventStoreFactory::open(m_address, EventStoreFactory::Mode::MustExist);
            std::unique_ptr<HeadWatcher> watcher = store->watchHead();
            {
                QMutexLocker lock(&m_watcherMutex);
                m_watcher = watcher.get();
            }
            emit watchStarted(watcher->isPushed());
            while (!m_stopping.load()) {
                const qint64 head = watcher->waitForHead(m_knownHead, WaitSliceMs);
                if (head > m_knownHead) {
                    m_knownHead = head;
                    emit headMoved(head);
                }
            }
            QMutexLocker lock(&m_watcherMutex);
            m_watcher = nullptr;
        } catch (const StoreError& e) {
            {
                QMutexLocker lock(&m_watcherMutex);
                m_watcher = nullptr;
            }
            emit watchFailed(e.message());
            for (int waited = 0; waited < RetryPauseMs && !m_stopping.load(); waited += 100)
                msleep(100);
        }
    }
}

} // namespace Rewind
