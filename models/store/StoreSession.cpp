#include "StoreSession.h"

#include "HeadWatchThread.h"

#include <QTimer>

namespace Rewind {

namespace {

// The head, read once more if the first call finds the connection dropped: a connection the server
// dropped fails its next call as Unreachable and is opened again by the call after that
// (PostgresConnection::ensureConnected). A second failure is the outage going on, and is thrown.
qint64 headAfterReopening(EventStore& store)
{
    try {
        return store.headPosition();
    } catch (const StoreError& e) {
        if (e.kind() != StoreError::Kind::Unreachable)
            throw;
    }
    return store.headPosition();
}

} // namespace

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
    connect(m_headWatch, &HeadWatchThread::watchStarted, this, &StoreSession::onWatchStarted);
    connect(m_headWatch, &HeadWatchThread::watchFailed, this, &StoreSession::onWatchFailed);
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

void StoreSession::onWatchStarted()
{
    if (m_watchLost) {
        m_watchLost = false;
        // With worker probes under way, their last round announces the return.
        if (!m_workersLost) {
            // Queued before the signal goes out, so whatever its receivers submit runs after them.
            reviveWorkers();
            emit connectionRestored();
        }
    }
    emit headWatchStarted();
}

void StoreSession::onWatchFailed(const QString& message, int retryInMs)
{
    m_watchLost = true;
    emit connectionLost(message, retryInMs);
}

void StoreSession::onJobUnreachable(const QString& message)
{
    // Already known: the watcher's retries or a round of probes will announce the return.
    if (isConnectionLost())
        return;
    m_workersLost = true;
    scheduleWorkerProbe(message);
}

void StoreSession::scheduleWorkerProbe(const QString& message)
{
    const int delay = m_workerBackoff.nextDelayMs();
    emit connectionLost(message, delay);
    QTimer::singleShot(delay, this, [this] { probeWorkers(); });
}

void StoreSession::probeWorkers()
{
    m_probesPending = LaneCount;
    m_probeFailure.clear();
    for (int lane = 0; lane < LaneCount; ++lane) {
        submit(
            Lane(lane), this, [](EventStore& store, const JobControl&) { return headAfterReopening(store); },
            [this](qint64) { workerProbeFinished({}); },
            [this](const Failure& f) {
                workerProbeFinished(f.message.isEmpty() ? QStringLiteral("?") : f.message);
            });
    }
}

void StoreSession::workerProbeFinished(const QString& failure)
{
    if (!failure.isEmpty())
        m_probeFailure = failure;
    if (--m_probesPending > 0)
        return;
    if (!m_probeFailure.isEmpty()) {
        scheduleWorkerProbe(m_probeFailure);
        return;
    }
    m_workerBackoff.reset();
    m_workersLost = false;
    if (!m_watchLost)
        emit connectionRestored();
}

void StoreSession::reviveWorkers()
{
    for (int lane = 0; lane < LaneCount; ++lane) {
        submit(
            Lane(lane), this, [](EventStore& store, const JobControl&) { return headAfterReopening(store); },
            [](qint64) {},
            // Still down: the head watcher notices on its own and reports connectionLost().
            [](const Failure&) {});
    }
}

} // namespace Rewind
