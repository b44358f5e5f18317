#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

#include <memory>

namespace Rewind {

class PostgresConnection;

// The server that can settle a gap of a global-order read: the one that takes the writes. On a
// primary that is the session's own server. A hot standby's pg_locks shows only the standby's own
// sessions, so there an event still being written looks like a rolled-back hole; the standby asks
// the primary instead, over a second connection made from the session's parameters with
// target_session_attrs=read-write, opened at the first gap that needs it and kept for the next.
class PostgresPrimaryLink
{
public:
    enum class Outcome
    {
        Settled,   // a snapshot of the session taken now shows every position the gap check saw
                   // missing that will ever exist: what is still missing then is a hole
        TimedOut,  // the writers, or the standby's replay of their commits, took longer than allowed
        NoPrimary, // the session is on a hot standby and no primary answered (noPrimaryReason())
    };

    explicit PostgresPrimaryLink(PostgresConnection& session);
    ~PostgresPrimaryLink();
    PostgresPrimaryLink(const PostgresPrimaryLink&) = delete;
    PostgresPrimaryLink& operator=(const PostgresPrimaryLink&) = delete;

    // Whether the session's server is a hot standby; asked once per server session, again after a
    // reconnect (a multi-host address may then lead elsewhere).
    bool sessionIsStandby();

    // Called with the session's read snapshot open, after it showed a missing position: waits, up to
    // maxWaitMs, until every transaction that may still fill a missing position below the highest
    // one the snapshot showed has ended and, on a standby, has been replayed there.
    Outcome waitForWriters(int maxWaitMs);
    QString noPrimaryReason() const { return m_noPrimaryReason; }
    // Gaps a standby session settled by asking the primary (for diagnostics and tests).
    qint64 primaryWaits() const { return m_primaryWaits; }

private:
    struct ServerFacts
    {
        bool inRecovery = false;
        QByteArray systemId; // empty when the role may not ask (pg_control_system() revoked)
    };
    // The system identifier is asked of a primary, and of a session only when it is in recovery.
    static ServerFacts askServer(PostgresConnection& server, bool primary);
    // Waits until the transactions of other sessions on `server` that hold a write lock on messages
    // now have ended; false when the deadline passed first. `session` is polled for cancellation.
    static bool waitForLockHolders(PostgresConnection& server, const QDeadlineTimer& deadline,
                                   const PostgresConnection& session);
    PostgresConnection* primary(); // nullptr, with m_noPrimaryReason, when none answers
    // Waits for the primary's writers; returns the WAL location the standby must replay to see
    // what they committed, or nothing when they did not end in time.
    QByteArray replayTarget(PostgresConnection& primary, const QDeadlineTimer& deadline);
    bool waitForReplay(const QByteArray& lsn, const QDeadlineTimer& deadline);

    PostgresConnection& m_session;
    quint64 m_askedSession = 0; // the session number m_sessionFacts were asked in; 0: never
    ServerFacts m_sessionFacts;
    std::unique_ptr<PostgresConnection> m_primary;
    quint64 m_checkedPrimarySession = 0;
    QString m_noPrimaryReason;
    qint64 m_primaryWaits = 0;
};

} // namespace Rewind
