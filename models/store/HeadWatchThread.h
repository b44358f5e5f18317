#pragma once

#include "EventStore.h"

#include <QMutex>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace Rewind {

// Waits on a HeadWatcher of its own connection and reports each new head. Notified by the server
// where it can be, polling elsewhere. A lost connection (a server restart, pg_terminate_backend) is
// opened again after a growing pause (ReconnectBackoff), and the watch resumes from the last head it
// reported, so that the head reported next covers everything appended during the outage.
class HeadWatchThread : public QThread
{
    Q_OBJECT
public:
    HeadWatchThread(const QString& address, qint64 knownHead, QObject* parent = nullptr);
    ~HeadWatchThread() override; // stops and joins

    void stop(); // thread-safe; returns at once

signals:
    void headMoved(qint64 head);
    // The watch runs (again): the connection works.
    void watchStarted();
    // Opening or watching failed; the next attempt comes in `retryInMs`.
    void watchFailed(const QString& message, int retryInMs);

protected:
    void run() override;

private:
    QString m_address;
    qint64 m_knownHead;
    std::atomic<bool> m_stopping{false};
    QMutex m_watcherMutex;
    HeadWatcher* m_watcher = nullptr; // the one waiting now, to wake on stop()
};

} // namespace Rewind
