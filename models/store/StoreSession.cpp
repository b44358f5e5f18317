#include "StoreSession.h"

#include "HeadWatchThread.h"

namespace Rewind {

StoreSession::StoreSession(const QString& address, QObject* parent) : QObject(parent), m_address(address)
{
    static const char* const names[LaneCount] = {"store-interactive", "store-background", "store-overview"};
    for (int lane = 0; lane < LaneCount; ++lane) {
        m_workers[lane] = new StoreWorker(address);
        m_threads[lane].setObjectName(QString::fromLatin1(names[lane]));
        m_workers[lane]->moveToThread(&m_threads[lane]);
        // The workers close their connections on their own threads.
        connect(&m_threads[lane], &QThread::finished, m_workers[lane], &QObject::deleteLater);
        // Counting and exporting keep both cores busy for seconds on a big store; on Linux the idle
        // class lets them run only when the UI thread (and the interactive lane) does not need the
        // CPU, so the window is never starved by its own background work.
        m_threads[lane].start(Lane(lane) == Lane::Interactive ? QThread::InheritPriority
                                                              : QThread::IdlePriority);
    }
}

StoreSession::~StoreSession()
{
    stopWatchingHead();
    for (StoreWorker* w : m_workers)
        w->interruptAll();
    for (QThread& t : m_threads)
        t.quit();
    for (QThread& t : m_threads)
        t.wait();
}

void StoreSession::startWatchingHead(qint64 knownHead)
{
    if (m_headWatch)
        return;
    m_headWatch = new HeadWatchThread(m_address, knownHead, this);
    connect(m_headWatch, &HeadWatchThread::headMoved, this, &StoreSession::headMoved);
    connect(m_headWatch, &HeadWatchThread::watchStarted, this, &StoreSession::headWatchStarted);
    m_headWatch->start();
}

void StoreSession::stopWatchingHead()
{
    if (!m_headWatch)
        return;
    m_headWatch->stop();
    m_headWatch->wait();
    delete m_headWatch;
    m_headWatch = nullptr;
}

bool StoreSession::isWatchingHead() const
{
    return m_headWatch != nullptr;
}

} // namespace Rewind
