// A window's session when the server drops its connections (pg_terminate_backend) or refuses new
// ones for a while: it reports the loss with growing retry pauses, reports the return, resumes the
// live tail from the last head it reported, and its workers serve jobs again. A reader that follows
// headMoved() with readLog() from its last safe position sees every event exactly once.
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "StoreError.h"
#include "StoreSession.h"
#include "TestEvents.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Rewind;

namespace {

// The live tail as the event browser runs it: on every new head, read on from the last position
// proven final; a failed read (the connection was down) is tried again a little later.
class TailReader : public QObject
{
public:
    TailReader(StoreSession& session, qint64 from) : m_session(session), m_safe(from), m_head(from)
    {
        connect(&session, &StoreSession::headMoved, this, [this](qint64 head) {
            m_head = std::max(m_head, head);
            readOn();
        });
    }

    QList<qint64> positions; // in the order read
    QStringList failures;
    qint64 safePosition() const { return m_safe; }

private:
    void readOn()
    {
        if (m_reading || m_safe >= m_head)
            return;
        m_reading = true;
        const qint64 after = m_safe;
        m_session.submit(
            StoreSession::Lane::Interactive, this,
            [after](EventStore& store, const JobControl&) {
                LogQuery q;
                q.afterGlobalPosition = after;
                q.limit = 7; // several batches per catch-up
                return store.readLog(q);
            },
            [this](LogBatch batch) {
                for (const RecordedEvent& e : batch.events)
                    positions << e.globalPosition;
                m_safe = batch.safePosition;
                m_reading = false;
                readOn();
            },
            [this](const StoreSession::Failure& f) {
                failures << f.message;
                m_reading = false;
                QTimer::singleShot(250, this, [this] { readOn(); });
            });
    }

    StoreSession& m_session;
    qint64 m_safe;
    qint64 m_head;
    bool m_reading = false;
};

// An initialised store with `count` events in the stream `before-1`.
void seed(const QString& conninfo, int count)
{
    PostgresEventStore setup(conninfo);
    setup.initialize();
    for (int i = 0; i < count; ++i)
        setup.append(QStringLiteral("before-1"), {makeEvent(QStringLiteral("before-1"), "T", "{}")},
                     std::nullopt);
}

QList<qint64> oneTo(qint64 last)
{
    QList<qint64> all;
    for (qint64 p = 1; p <= last; ++p)
        all << p;
    return all;
}

// Appends `count` events through a raw connection, behind the session's back.
bool appendRaw(PgTestConnection& conn, int count, const QString& stream)
{
    for (int i = 0; i < count; ++i) {
        if (!conn.exec(QStringLiteral("SELECT message_store.write_message(gen_random_uuid()::varchar, $1,"
                                      " 'Appended', '{}'::jsonb)"),
                       {stream}))
            return false;
    }
    return true;
}

const QString TerminateOthers =
    QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                   " WHERE datname = current_database() AND pid <> pg_backend_pid()");

} // namespace

class TestSessionReconnect : public QObject
{
    Q_OBJECT

    // Runs headPosition() on every lane; the heads they returned, or the failures.
    static QStringList jobOnEveryLane(StoreSession& session, QObject* context, QList<qint64>& heads)
    {
        QStringList failures;
        int pending = StoreSession::LaneCount;
        for (int lane = 0; lane < StoreSession::LaneCount; ++lane)
            session.submit(
                StoreSession::Lane(lane), context,
                [](EventStore& store, const JobControl&) { return store.headPosition(); },
                [&](qint64 head) {
                    heads << head;
                    --pending;
                },
                [&](const StoreSession::Failure& f) {
                    failures << f.message;
                    --pending;
                });
        if (!QTest::qWaitFor([&] { return pending == 0; }, 15000))
            failures << QStringLiteral("%1 jobs still pending after 15 s").arg(pending);
        return failures;
    }

private slots:
    void terminatedBackendsReconnectAndTheTailMissesNothing()
    {
        REWIND_PG_DATABASE(db);
        seed(db.conninfo(), 5);
        StoreSession session(db.conninfo());
        QSignalSpy lost(&session, &StoreSession::connectionLost);
        QSignalSpy restored(&session, &StoreSession::connectionRestored);
        QSignalSpy started(&session, &StoreSession::headWatchStarted);
        QSignalSpy moved(&session, &StoreSession::headMoved);
        TailReader reader(session, 5);
        session.startWatchingHead(5);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);

        // Every lane has a connection of its own to lose.
        QList<qint64> heads;
        QCOMPARE(jobOnEveryLane(session, this, heads), QStringList());
        QCOMPARE(heads, (QList<qint64>{5, 5, 5}));

        PgTestConnection admin(db.conninfo());
        QVERIFY2(admin.isValid(), qPrintable(admin.error()));
        QVERIFY(appendRaw(admin, 3, QStringLiteral("live-1")));
        QTRY_COMPARE_WITH_TIMEOUT(moved.isEmpty() ? 0 : moved.last().at(0).toLongLong(), 8, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(reader.positions, oneTo(8).mid(5), 10000);

        QVERIFY2(admin.exec(TerminateOthers), qPrintable(admin.error()));
        // The three workers' and the watcher's (which keeps a second one for LISTEN).
        QVERIFY2(admin.rows().size() >= 1 + StoreSession::LaneCount,
                 qPrintable(QString::number(admin.rows().size())));
        QVERIFY(appendRaw(admin, 20, QStringLiteral("during-1")));

        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 10000);
        QVERIFY2(lost.first().at(0).toString().contains(QLatin1String("connection")),
                 qPrintable(lost.first().at(0).toString()));
        QCOMPARE(lost.first().at(1).toInt(), 500);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 15000);
        QVERIFY(!session.isConnectionLost());
        QCOMPARE(started.size(), 2);

        QTRY_COMPARE_WITH_TIMEOUT(moved.last().at(0).toLongLong(), 28, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(reader.positions, oneTo(28).mid(5), 10000);
        QCOMPARE(reader.safePosition(), 28);

        // Jobs after the return run on connections that work, whatever the server dropped.
        heads.clear();
        QCOMPARE(jobOnEveryLane(session, this, heads), QStringList());
        QCOMPARE(heads, (QList<qint64>{28, 28, 28}));

        // And the tail goes on after it.
        QVERIFY(appendRaw(admin, 2, QStringLiteral("after-1")));
        QTRY_COMPARE_WITH_TIMEOUT(reader.positions, oneTo(30).mid(5), 10000);
        QCOMPARE(restored.size(), 1);
        QCOMPARE(moved.last().at(0).toLongLong(), 30);
        // Heads only ever grow: none reported twice.
        for (qsizetype i = 1; i < moved.size(); ++i)
            QVERIFY(moved.at(i).at(0).toLongLong() > moved.at(i - 1).at(0).toLongLong());
    }

    void refusedConnectionsBackOffUntilTheServerTakesThemAgain()
    {
        REWIND_PG_DATABASE(db);
        seed(db.conninfo(), 1);
        StoreSession session(db.conninfo());
        QSignalSpy lost(&session, &StoreSession::connectionLost);
        QSignalSpy restored(&session, &StoreSession::connectionRestored);
        QSignalSpy started(&session, &StoreSession::headWatchStarted);
        QSignalSpy moved(&session, &StoreSession::headMoved);
        TailReader reader(session, 1);
        session.startWatchingHead(1);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);

        // The outage: the database takes no new connections, and the open ones are dropped.
        PgTestConnection admin(db.conninfo());
        QVERIFY2(admin.isValid(), qPrintable(admin.error()));
        // A database cannot close itself to connections: that is done from the maintenance one.
        PgTestConnection maintenance(PgTestDatabase::adminConninfo());
        QVERIFY2(maintenance.isValid(), qPrintable(maintenance.error()));
        const QString allow = QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2");
        QVERIFY2(maintenance.exec(allow.arg(db.name(), QStringLiteral("false"))),
                 qPrintable(maintenance.error()));
        QVERIFY2(admin.exec(TerminateOthers), qPrintable(admin.error()));
        QVERIFY(admin.rows().size() >= 1);
        QVERIFY(appendRaw(admin, 12, QStringLiteral("during-1")));

        // 0.5 + 1 + 2 s of pauses before the fourth attempt.
        QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 4, 15000);
        QList<int> delays;
        for (const QList<QVariant>& args : lost)
            delays << args.at(1).toInt();
        QCOMPARE(delays.mid(0, 4), (QList<int>{500, 1000, 2000, 4000}));
        QVERIFY2(lost.last().at(0).toString().contains(QLatin1String("not currently accepting connections")),
                 qPrintable(lost.last().at(0).toString()));
        QVERIFY(session.isConnectionLost());
        QCOMPARE(restored.size(), 0);
        QCOMPARE(moved.size(), 0);

        // A job meanwhile fails as Unreachable rather than hanging.
        StoreSession::Failure failure;
        bool failed = false;
        session.submit(
            StoreSession::Lane::Background, this,
            [](EventStore& store, const JobControl&) { return store.headPosition(); }, [](qint64) {},
            [&](const StoreSession::Failure& f) {
                failure = f;
                failed = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(failed, 10000);
        QCOMPARE(failure.kind, StoreError::Kind::Unreachable);

        QVERIFY2(maintenance.exec(allow.arg(db.name(), QStringLiteral("true"))),
                 qPrintable(maintenance.error()));
        // The next attempt comes within the last pause announced (at most 8 s here).
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 20000);
        QVERIFY(!session.isConnectionLost());
        QTRY_COMPARE_WITH_TIMEOUT(moved.isEmpty() ? 0 : moved.last().at(0).toLongLong(), 13, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(reader.positions, oneTo(13).mid(1), 10000);

        QList<qint64> heads;
        QCOMPARE(jobOnEveryLane(session, this, heads), QStringList());
        QCOMPARE(heads, (QList<qint64>{13, 13, 13}));

        // A second outage starts again from the shortest pause.
        const qsizetype before = lost.size();
        QVERIFY2(admin.exec(TerminateOthers), qPrintable(admin.error()));
        QTRY_VERIFY_WITH_TIMEOUT(lost.size() > before, 10000);
        QCOMPARE(lost.at(before).at(1).toInt(), 500);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 2, 15000);
    }

    void droppedWorkerConnectionsAreProbedUntilTheyWorkAgain()
    {
        REWIND_PG_DATABASE(db);
        seed(db.conninfo(), 1);
        StoreSession session(db.conninfo());
        QSignalSpy lost(&session, &StoreSession::connectionLost);
        QSignalSpy restored(&session, &StoreSession::connectionRestored);
        QSignalSpy started(&session, &StoreSession::headWatchStarted);
        QSignalSpy moved(&session, &StoreSession::headMoved);
        session.startWatchingHead(1);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);

        // The watcher's connections are there before any worker has opened one.
        PgTestConnection admin(db.conninfo());
        QVERIFY2(admin.isValid(), qPrintable(admin.error()));
        QVERIFY2(
            admin.exec(QStringLiteral("SELECT pid FROM pg_stat_activity"
                                      " WHERE datname = current_database() AND pid <> pg_backend_pid()")),
            qPrintable(admin.error()));
        QStringList watcherPids;
        for (const QStringList& row : admin.rows())
            watcherPids << row.at(0);
        QVERIFY(!watcherPids.isEmpty());
        QList<qint64> heads;
        QCOMPARE(jobOnEveryLane(session, this, heads), QStringList());

        // Only the workers' connections are dropped, and new ones are refused for a while.
        PgTestConnection maintenance(PgTestDatabase::adminConninfo());
        QVERIFY2(maintenance.isValid(), qPrintable(maintenance.error()));
        const QString allow = QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2");
        QVERIFY2(maintenance.exec(allow.arg(db.name(), QStringLiteral("false"))),
                 qPrintable(maintenance.error()));
        QVERIFY2(admin.exec(TerminateOthers + QStringLiteral(" AND NOT (pid = ANY ($1::int[]))"),
                            {QLatin1Char('{') + watcherPids.join(QLatin1Char(',')) + QLatin1Char('}')}),
                 qPrintable(admin.error()));
        QCOMPARE(admin.rows().size(), StoreSession::LaneCount);
        QTest::qWait(200); // the backends exit on their own time

        // The next job meets its dropped connection: that starts the probes.
        bool failed = false;
        session.submit(
            StoreSession::Lane::Background, this,
            [](EventStore& store, const JobControl&) { return store.headPosition(); }, [](qint64) {},
            [&](const StoreSession::Failure& f) {
                QCOMPARE(f.kind, StoreError::Kind::Unreachable);
                failed = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(failed, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 3, 15000);
        QList<int> delays;
        for (const QList<QVariant>& args : lost)
            delays << args.at(1).toInt();
        QCOMPARE(delays.mid(0, 3), (QList<int>{500, 1000, 2000}));
        QVERIFY(session.isConnectionLost());
        QCOMPARE(restored.size(), 0);

        QVERIFY2(maintenance.exec(allow.arg(db.name(), QStringLiteral("true"))),
                 qPrintable(maintenance.error()));
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 15000);
        QVERIFY(!session.isConnectionLost());
        QCOMPARE(started.size(), 1); // the watcher kept its connection all along
        heads.clear();
        QCOMPARE(jobOnEveryLane(session, this, heads), QStringList());
        QCOMPARE(heads, (QList<qint64>{1, 1, 1}));
        QVERIFY(appendRaw(admin, 1, QStringLiteral("after-1")));
        QTRY_COMPARE_WITH_TIMEOUT(moved.isEmpty() ? 0 : moved.last().at(0).toLongLong(), 2, 10000);
        QCOMPARE(restored.size(), 1);
    }

    void stoppingDuringAPauseIsPrompt()
    {
        // Nothing listens on port 1: every attempt is refused at once.
        StoreSession session(QStringLiteral("host=127.0.0.1 port=1 dbname=nothing connect_timeout=5"));
        QSignalSpy lost(&session, &StoreSession::connectionLost);
        session.startWatchingHead(0);
        QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 2, 10000);
        QCOMPARE(lost.at(0).at(1).toInt(), 500);
        QCOMPARE(lost.at(1).at(1).toInt(), 1000);
        QVERIFY(session.isConnectionLost());
        QElapsedTimer timer;
        timer.start();
        session.stopWatchingHead(); // in the middle of a 2 s pause
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!session.isWatchingHead());
    }
};

QTEST_GUILESS_MAIN(TestSessionReconnect)
#include "TestSessionReconnect.moc"
