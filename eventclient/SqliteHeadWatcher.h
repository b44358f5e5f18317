#pragma once

#include "EventStore.h"

#include <QString>

#include <condition_variable>
#include <mutex>

struct sqlite3;

namespace Rewind {

// Watches the head of a SQLite store on a connection of its own. SQLite cannot push, so the
// watcher polls `PRAGMA data_version` (which changes when another connection commits, and costs
// no read of the file) every PollIntervalMs and reads the head only after a change. Used by one
// thread at a time; wake() from any thread.
class SqliteHeadWatcher : public HeadWatcher
{
public:
    explicit SqliteHeadWatcher(const QString& path);
    ~SqliteHeadWatcher() override;
    SqliteHeadWatcher(const SqliteHeadWatcher&) = delete;
    SqliteHeadWatcher& operator=(const SqliteHeadWatcher&) = delete;

    qint64 waitForHead(qint64 knownHead, int timeoutMs) override;
    void wake() override;

    static constexpr int PollIntervalMs = 200;

private:
    qint64 readHead();
    qint64 dataVersion();

    sqlite3* m_db = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_woken;
    bool m_wakeRequested = false;
};

} // namespace Rewind
