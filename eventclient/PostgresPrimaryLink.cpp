#include "PostgresPrimaryLink.h"

#include "PostgresConnection.h"
#include "StoreError.h"

#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace Rewind {

namespace {

using Format = PostgresConnection::Format;

// "16/B374D848" as a number, for arithmetic on a WAL location.
quint64 parseLsn(const QByteArray& text, bool* ok)
{
    const qsizetype slash = text.indexOf('/');
    bool highOk = false;
    bool lowOk = false;
    const quint64 high = slash > 0 ? text.left(slash).toULongLong(&highOk, 16) : 0;
    const quint64 low = slash > 0 ? text.mid(slash + 1).toULongLong(&lowOk, 16) : 0;
    *ok = highOk && lowOk && high <= 0xFFFFFFFFu && low <= 0xFFFFFFFFu;
    return high << 32 | low;
}

QByteArray formatLsn(quint64 lsn)
{
    return QByteArray::number(lsn >> 32, 16).toUpper() + '/' +
           QByteArray::number(lsn & 0xFFFFFFFFu, 16).toUpper();
}

void pause(int& pauseMs, const QDeadlineTimer& deadline)
{
    std::this_thread::sleep_for(
        std::chrono::milliseconds(std::min<qint64>(pauseMs, deadline.remainingTime())));
    pauseMs = std::min(pauseMs * 2, 8);
}

} // namespace

PostgresPrimaryLink::PostgresPrimaryLink(PostgresConnection& session) : m_session(session) {}

PostgresPrimaryLink::~PostgresPrimaryLink() = default;

PostgresPrimaryLink::ServerFacts PostgresPrimaryLink::askServer(PostgresConnection& server, bool primary)
{
    // The privilege is asked first: a statement that failed on it would abort the caller's
    // transaction (the read's snapshot).
    const PgResult r = server.exec("SELECT pg_catalog.pg_is_in_recovery(), pg_catalog.has_function_privilege("
                                   "'pg_catalog.pg_control_system()', 'EXECUTE')",
                                   QStringLiteral("asking whether the server is a hot standby"));
    ServerFacts facts;
    facts.inRecovery = r.boolean(0, 0);
    if ((facts.inRecovery || primary) && r.boolean(0, 1))
        facts.systemId = server
                             .exec("SELECT system_identifier::text FROM pg_catalog.pg_control_system()",
                                   QStringLiteral("asking for the server's system identifier"))
                             .bytes(0, 0);
    return facts;
}

bool PostgresPrimaryLink::sessionIsStandby()
{
    if (m_askedSession != m_session.sessionNumber()) {
        m_sessionFacts = askServer(m_session, false);
        m_askedSession = m_session.sessionNumber();
    }
    return m_sessionFacts.inRecovery;
}

PostgresPrimaryLink::Outcome PostgresPrimaryLink::waitForWriters(int maxWaitMs)
{
    const QDeadlineTimer deadline(std::max(0, maxWaitMs));
    const bool askedBefore = m_askedSession == m_session.sessionNumber();
    if (sessionIsStandby() && askedBefore) {
        // A standby may have been promoted since it was asked; its own locks are the truth then.
        const PgResult r = m_session.exec("SELECT pg_catalog.pg_is_in_recovery()",
                                          QStringLiteral("asking whether the server is a hot standby"));
        m_sessionFacts.inRecovery = r.boolean(0, 0);
    }
    if (!m_sessionFacts.inRecovery)
        return waitForLockHolders(m_session, deadline, m_session) ? Outcome::Settled : Outcome::TimedOut;
    QByteArray target;
    try {
        PostgresConnection* link = primary();
        if (!link)
            return Outcome::NoPrimary;
        ++m_primaryWaits;
        target = replayTarget(*link, deadline);
    } catch (const StoreError& e) {
        if (e.kind() != StoreError::Kind::Unreachable)
            throw;
        m_noPrimaryReason = QStringLiteral("the primary stopped answering: %1").arg(e.message());
        return Outcome::NoPrimary;
    }
    if (target.isEmpty())
        return Outcome::TimedOut;
    return waitForReplay(target, deadline) ? Outcome::Settled : Outcome::TimedOut;
}

PostgresConnection* PostgresPrimaryLink::primary()
{
    try {
        if (m_primary)
            m_primary->ensureConnected(); // as the session does: libpq reconnects with the same parameters
        else
            m_primary = m_session.duplicate("read-write");
    } catch (const StoreError& e) {
        if (e.kind() != StoreError::Kind::Unreachable && e.kind() != StoreError::Kind::Forbidden)
            throw;
        m_noPrimaryReason = QStringLiteral("no read-write server answered: %1").arg(e.message());
        return nullptr;
    }
    if (m_checkedPrimarySession == m_primary->sessionNumber())
        return m_primary.get();
    // A new server session: make sure it is a primary of the standby's own cluster. target_session_attrs
    // =read-write never picks a server in recovery, so it cannot be the standby the session reads from
    // (were that one promoted meanwhile, waitForWriters() found it out and asks its own locks). A
    // read-write server of another cluster, listed by mistake in the same address, would answer
    // about other transactions and another WAL.
    const ServerFacts facts = askServer(*m_primary, true);
    QString problem;
    if (facts.inRecovery)
        problem = QStringLiteral("the read-write server found is in recovery itself");
    else if (!facts.systemId.isEmpty() && !m_sessionFacts.systemId.isEmpty() &&
             facts.systemId != m_sessionFacts.systemId)
        problem =
            QStringLiteral("the read-write server found (%1) belongs to another cluster than the standby "
                           "(system identifier %2, not %3)")
                .arg(QStringLiteral("%1:%2").arg(QString::fromUtf8(PQhost(m_primary->handle())),
                                                 QString::fromUtf8(PQport(m_primary->handle()))),
                     QString::fromLatin1(facts.systemId), QString::fromLatin1(m_sessionFacts.systemId));
    if (!problem.isEmpty()) {
        m_primary.reset();
        m_checkedPrimarySession = 0; // the next connection counts its sessions from 1 again
        m_noPrimaryReason = problem;
        return nullptr;
    }
    m_checkedPrimarySession = m_primary->sessionNumber();
    return m_primary.get();
}

QByteArray PostgresPrimaryLink::replayTarget(PostgresConnection& primary, const QDeadlineTimer& deadline)
{
    // Why this is enough: the session's snapshot showed some position q above the missing ones. A
    // transaction that drew a missing position p < q drew it before q was drawn, and q had committed
    // on the primary before the standby could show it, so before we look at the primary's locks now.
    // Every writer takes its lock on messages before it draws a position and keeps it to its end, so
    // that transaction either still holds its lock (we wait for it) or has ended, and a transaction
    // writes its commit record before it releases its locks. The primary's insert location, read
    // after the wait, therefore lies at or past every such commit record (insert, not write or flush:
    // with asynchronous commit the locks go before the record is written out). Once the standby has
    // replayed up to it, a fresh snapshot there shows every such p that committed.
    if (!waitForLockHolders(primary, deadline, m_session))
        return {};
    const PgResult r =
        primary.exec("SELECT pg_catalog.pg_current_wal_insert_lsn()::text, current_setting('wal_block_size')",
                     QStringLiteral("reading the primary's WAL location"));
    bool ok = false;
    quint64 target = parseLsn(r.bytes(0, 0), &ok);
    const quint64 pageSize = r.bytes(0, 1).toULongLong();
    if (!ok || pageSize == 0)
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("reading the primary's WAL location: cannot read '%1'")
                             .arg(QString::fromLatin1(r.bytes(0, 0))));
    // When the last record ended on a page boundary, the insert location points past the next
    // page's header, while the standby reports the end of the last record it replayed: the
    // boundary, where an idle primary would leave it for good. Within 40 bytes after a boundary only
    // the tail of a record that began before it can end (a page header and a whole record take
    // more), and the standby reaches the boundary only by replaying that record: the boundary is as
    // good a target.
    const quint64 intoPage = target % pageSize;
    if (intoPage > 0 && intoPage <= 40)
        target -= intoPage;
    return formatLsn(target);
}

bool PostgresPrimaryLink::waitForReplay(const QByteArray& lsn, const QDeadlineTimer& deadline)
{
    const PgParams params = PgParams().add(lsn);
    int pauseMs = 1;
    for (;;) {
        const PgResult r = m_session.execPrepared(
            "rewind_replayed", "SELECT coalesce(pg_catalog.pg_last_wal_replay_lsn() >= $1::pg_lsn, false)",
            params, Format::Binary, QStringLiteral("waiting for the standby to replay the primary's writes"));
        if (r.boolean(0, 0))
            return true;
        if (deadline.remainingTime() <= 0)
            return false;
        pause(pauseMs, deadline);
    }
}

bool PostgresPrimaryLink::waitForLockHolders(PostgresConnection& server, const QDeadlineTimer& deadline,
                                             const PostgresConnection& session)
{
    // Transactions of other sessions that may have inserted into messages: INSERT and COPY hold
    // RowExclusiveLock (or stronger) until they end. Readers hold only AccessShareLock. A prepared
    // transaction has no pid, hence IS DISTINCT FROM.
    const PgResult holders = server.exec(
        "SELECT DISTINCT l.virtualtransaction FROM pg_catalog.pg_locks AS l"
        " WHERE l.locktype = 'relation'"
        " AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())"
        " AND l.relation = 'message_store.messages'::regclass AND l.granted AND l.mode <> 'AccessShareLock'"
        " AND l.pid IS DISTINCT FROM pg_backend_pid()",
        QStringLiteral("looking for writers in progress"));
    if (holders.rows() == 0)
        return true;
    PgArray ids;
    for (int i = 0; i < holders.rows(); ++i)
        ids.append(holders.bytes(i, 0));
    const PgParams params = PgParams().add(ids.text());

    int pauseMs = 1;
    for (;;) {
        if (deadline.remainingTime() <= 0)
            return false;
        pause(pauseMs, deadline);
        session.throwIfCancelled(QStringLiteral("waiting for writers in progress"));
        // Every transaction holds a lock on its own virtual transaction id while it runs.
        const PgResult running = server.execPrepared(
            "rewind_writers_running",
            "SELECT count(*) FROM pg_catalog.pg_locks WHERE virtualtransaction = ANY($1::text[])", params,
            Format::Binary, QStringLiteral("waiting for writers in progress"));
        if (running.int64(0, 0) == 0)
            return true;
    }
}

} // namespace Rewind
