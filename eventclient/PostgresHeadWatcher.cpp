#include "PostgresHeadWatcher.h"

#include "PostgresConnection.h"
#include "StoreError.h"

#include <QDeadlineTimer>

#include <libpq-fe.h>

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
    const PgResult r = m_connection->exec(
        "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgname = 'rewind_head_notify'"
        " AND tgrelid = to_regclass('message_store.messages') AND tgenabled <> 'D')",
        QStringLiteral("looking for Rewind's live-tail trigger"));
    m_pushed = r.boolean(0, 0);
    if (m_pushed)
        m_connection->exec("LISTEN rewind_head", QStringLiteral("listening for new events"));
}

PostgresHeadWatcher::~PostgresHeadWatcher()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

qint64 PostgresHeadWatcher::readHead()
{
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

bool PostgresHeadWatcher::takeNotifications()
{
    // Notifications may also have come in with the reply to the last query: libpq queues them.
    PGconn* c = m_connection->handle();
    if (!PQconsumeInput(c))
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("lost the connection to PostgreSQL while waiting for new events: %1")
                             .arg(QString::fromUtf8(PQerrorMessage(c)).trimmed()));
    bool any = false;
    while (PGnotify* n = PQnotifies(c)) {
        any = true;
        PQfreemem(n);
    }
    return any;
}

bool PostgresHeadWatcher::sleep(int ms, bool watchSocket)
{
    pollfd fds[2];
    fds[0] = {m_wakeFd, POLLIN, 0};
    fds[1] = {watchSocket ? PQsocket(m_connection->handle()) : -1, POLLIN, 0};
    const int rc = ::poll(fds, 2, ms);
    if (rc < 0 && errno != EINTR)
        throw StoreError(
            StoreError::Kind::Database,
            QStringLiteral("waiting for new events: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    if (rc > 0 && (fds[0].revents & POLLIN)) {
        quint64 count;
        [[maybe_unused]] const ssize_t n = ::read(m_wakeFd, &count, sizeof count);
        return true;
    }
    return false;
}

qint64 PostgresHeadWatcher::waitForHead(qint64 knownHead, int timeoutMs)
{
    if (PQstatus(m_connection->handle()) != CONNECTION_OK) {
        // A new session listens to nothing: LISTEN again after reconnecting.
        m_connection->ensureConnected();
        if (m_pushed)
            m_connection->exec("LISTEN rewind_head", QStringLiteral("listening for new events"));
    }
    if (m_pushed)
        takeNotifications(); // what was announced before this call is covered by the read below
    qint64 head = readHead();
    QDeadlineTimer deadline(std::max(0, timeoutMs));
    while (head <= knownHead) {
        if (m_pushed && takeNotifications()) {
            // Sent when the inserting transaction committed: a read of the head now sees it.
            head = readHead();
            continue;
        }
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            break;
        const int ms = int(m_pushed ? left : std::min<qint64>(left, PollIntervalMs));
        const bool woken = sleep(ms, m_pushed);
        if (woken || !m_pushed)
            head = readHead();
        if (woken)
            break;
    }
    return head;
}

} // namespace Rewind
