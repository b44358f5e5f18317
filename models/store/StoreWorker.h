#pragma once

#include "EventStore.h"
#include "JobControl.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Rewind {

// One connection to a store and the thread it lives on. Jobs run one at a time in the order they
// were submitted; the connection is opened by the first job, on the worker's thread, because
// EventStore objects are bound to the thread that made them.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(const QString& address);
    ~StoreWorker() override;

    // Thread-safe. Queues `job`; it runs on the worker's thread unless it is cancelled before it
    // starts, and gets the store from store(), which throws when it cannot be opened.
    void post(std::shared_ptr<JobControl> control, std::function<void(StoreWorker&)> job);
    // Worker thread only: the open store; opened on first use. Throws StoreError.
    EventStore& store();
    // Thread-safe: stops `control`'s job if it is the one running now.
    void interruptIfRunning(const JobControl* control);
    // Thread-safe: stops whatever runs now (shutdown).
    void interruptAll();

private:
    void run(const std::shared_ptr<JobControl>& control, const std::function<void(StoreWorker&)>& job);

    QString m_address;
    QMutex m_runningMutex; // guards m_running and the m_store pointer against interrupting threads
    std::unique_ptr<EventStore> m_store;
    const JobControl* m_running = nullptr;
};

} // namespace Rewind
