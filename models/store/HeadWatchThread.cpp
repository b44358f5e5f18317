#include "HeadWatchThread.h"

#include "EventStoreFactory.h"
#include "ReconnectBackoff.h"
#include "StoreError.h"

#include <QMutexLocker>

namespace Rewind {

namespace {
constexpr int WaitSliceMs = 1000;
constexpr int StopCheckMs = 50; // how soon a pause between attempts notices stop()
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
    ReconnectBackoff backoff;
    while (!m_stopping.load()) {
        // Out here so that a failed watch is unpublished (under the mutex) before it is destroyed:
        // stop() must never wake a watcher that is gone.
        std::unique_ptr<EventStore> store;
        std::unique_ptr<HeadWatcher> watcher;
        try {
            store = EventStoreFactory::open(m_address, EventStoreFactory::Mode::MustExist);
            watcher = store->watchHead();
            {
                QMutexLocker lock(&m_watcherMutex);
                m_watcher = watcher.get();
            }
            backoff.reset();
            emit watchStarted();
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
            // The next attempt opens a new connection and waits from m_knownHead, the last head
            // reported, so its first report covers whatever was appended in between.
            const int pauseMs = backoff.nextDelayMs();
            emit watchFailed(e.message(), pauseMs);
            for (int waited = 0; waited < pauseMs && !m_stopping.load(); waited += StopCheckMs)
                msleep(StopCheckMs);
        }
    }
}

} // namespace Rewind
