#include "SqliteHeadWatcher.h"

#include "SqliteStatement.h"
#include "StoreError.h"

#include <QDeadlineTimer>

#include <sqlite3.h>

#include <chrono>

namespace Rewind {

SqliteHeadWatcher::SqliteHeadWatcher(const QString& path)
{
    // Read-write without create: a read-only connection cannot always open the WAL index.
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("watching %1: cannot open it: %2").arg(path, why));
    }
    sqlite3_busy_timeout(m_db, 10000);
}

SqliteHeadWatcher::~SqliteHeadWatcher()
{
    sqlite3_close(m_db);
}

qint64 SqliteHeadWatcher::readHead()
{
    SqliteStatement s(m_db, "SELECT coalesce(max(global_position), 0) FROM messages");
    return s.step() ? s.int64(0) : 0;
}

qint64 SqliteHeadWatcher::dataVersion()
{
    SqliteStatement s(m_db, "PRAGMA data_version");
    return s.step() ? s.int64(0) : 0;
}

void SqliteHeadWatcher::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_wakeRequested = true;
    }
    m_woken.notify_all();
}

qint64 SqliteHeadWatcher::waitForHead(qint64 knownHead, int timeoutMs)
{
    qint64 version = dataVersion();
    qint64 head = readHead();
    QDeadlineTimer deadline(std::max(0, timeoutMs));
    while (head <= knownHead) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            break;
        bool woken;
        {
            std::unique_lock lock(m_mutex);
            woken = m_woken.wait_for(lock, std::chrono::milliseconds(std::min<qint64>(left, PollIntervalMs)),
                                     [this] { return m_wakeRequested; });
            m_wakeRequested = false;
        }
        const qint64 now = dataVersion();
        if (now != version || woken) {
            version = now;
            head = readHead();
        }
        if (woken)
            break;
    }
    return head;
}

} // namespace Rewind
