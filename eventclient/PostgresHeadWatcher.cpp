#include "PostgresHeadWatcher.h"

#include "PostgresConnection.h"
#include "StoreError.h"

#include <QDeadlineTimer>

#include <cerrno>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace Rewind {

using Format = PostgresConnection::Format;

PostgresHeadWatcher::PostgresHeadWatcher(std::unique_ptr<PostgresConnection> connection)
    : m_connection(std::move(connection))
{
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_wakeFd < 0)
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("watching the head: cannot create an eventfd: %1")
                             .arg(QString::fromLocal8Bit(strerror(errno))));
}

PostgresHeadWatcher::~PostgresHeadWatcher()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

qint64 PostgresHeadWatcher::readHead()
{
    m_connection->ensureConnected(); // after a dropped connection, the next poll reconnects
    const PgResult r = m_connection->execPrepared(
        "rewind_watch_head", "SELECT coalesce(max(global_position), 0) FROM message_store.messages", {},
        Format::Binary, QStringLiteral("reading the head position"));
    return r.int64(0, 0);
}

void PostgresHeadWatcher::wake()
{
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
}

bool PostgresHeadWatcher::sleep(int ms)
{
    pollfd fd{m_wakeFd, POLLIN, 0};
    const int rc = ::poll(&fd, 1, ms);
    if (rc < 0 && errno != EINTR)
        throw StoreError(
            StoreError::Kind::Database,
            QStringLiteral("waiting for new events: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    if (rc > 0 && (fd.revents & POLLIN)) {
        quint64 count;
        [[maybe_unused]] const ssize_t n = ::read(m_wakeFd, &count, sizeof count);
        return true;
    }
    return false;
}

qint64 PostgresHeadWatcher::waitForHead(qint64 knownHead, int timeoutMs)
{
    qint64 head = readHead();
    QDeadlineTimer deadline(std::max(0, timeoutMs));
    while (head <= knownHead) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            break;
        const bool woken = sleep(int(std::min<qint64>(left, PollIntervalMs)));
        head = readHead();
        if (woken)
            break;
    }
    return head;
}

} // namespace Rewind
