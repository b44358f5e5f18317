// Reading in global order from a hot standby must never skip an event. A standby's pg_locks shows
// only its own sessions, so the gap check asks the primary (PostgresPrimaryLink); a standby that
// cannot reach its primary refuses rather than guess. The test starts its own primary and streaming
// standby (initdb, pg_basebackup) and fails, never skips, when it cannot.

#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "RewindProcess.h"
#include "StoreError.h"
#include "TestEvents.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace Rewind;

namespace {

// A TCP port on 127.0.0.1 that nobody listens on: bound with port 0, read back, released.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// A primary and a hot standby streaming from it, each in a directory of one temporary directory and
// listening on 127.0.0.1 at a free port. initdb refuses to run as root: the servers then run as the
// user postgres, who owns the directory.
class ReplicaPair
{
public:
    ReplicaPair() = default;
    ~ReplicaPair() { stop(); }
    ReplicaPair(const ReplicaPair&) = delete;
    ReplicaPair& operator=(const ReplicaPair&) = delete;

    bool start()
    {
        if (!m_dir.isValid())
            return fail(QStringLiteral("cannot make a temporary directory"));
        m_bin = binDir();
        if (m_bin.isEmpty())
            return fail(
                QStringLiteral("no initdb: neither `pg_config --bindir` nor /usr/lib/postgresql/15/bin has "
                               "it (Debian: apt-get install postgresql-15)"));
        m_asPostgres = ::geteuid() == 0;
        if (m_asPostgres) {
            const passwd* user = ::getpwnam("postgres");
            if (!user)
                return fail(
                    QStringLiteral("running as root, and there is no user postgres to run the servers"));
            if (::chown(m_dir.path().toLocal8Bit().constData(), user->pw_uid, user->pw_gid) != 0)
                return fail(QStringLiteral("cannot give %1 to the user postgres").arg(m_dir.path()));
        }
        m_primaryPort = freePort();
        m_standbyPort = freePort();
        while (m_standbyPort == m_primaryPort)
            m_standbyPort = freePort();
        if (!m_primaryPort || !m_standbyPort)
            return fail(QStringLiteral("cannot find free ports"));

        const QString primaryDir = path(QStringLiteral("primary"));
        const QString standbyDir = path(QStringLiteral("standby"));
        if (!tool(QStringLiteral("initdb"),
                  {QStringLiteral("-D"), primaryDir, QStringLiteral("-U"), QStringLiteral("postgres"),
                   QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                   QStringLiteral("--locale=C"), QStringLiteral("--no-sync")}))
            return false;
        const QString settings = QStringLiteral("listen_addresses = '127.0.0.1'\n"
                                                "port = %1\n"
                                                "unix_socket_directories = '%2'\n"
                                                "wal_level = replica\n"
                                                "max_wal_senders = 4\n"
                                                "hot_standby = on\n"
                                                "fsync = off\n"
                                                "shared_buffers = 32MB\n"
                                                "max_connections = 40\n")
                                     .arg(m_primaryPort)
                                     .arg(m_dir.path());
        if (!appendTo(primaryDir + QStringLiteral("/postgresql.conf"), settings))
            return false;
        if (!tool(QStringLiteral("pg_ctl"),
                  {QStringLiteral("-D"), primaryDir, QStringLiteral("-l"),
                   path(QStringLiteral("primary.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                   QStringLiteral("60"), QStringLiteral("start")}))
            return false;
        m_running << primaryDir;
        if (!tool(QStringLiteral("pg_basebackup"),
                  {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_primaryPort),
                   QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-D"), standbyDir,
                   QStringLiteral("-R"), QStringLiteral("-X"), QStringLiteral("stream"), QStringLiteral("-c"),
                   QStringLiteral("fast"), QStringLiteral("--no-sync")}))
            return false;
        // The copied settings name the primary's port; a later line wins.
        if (!appendTo(standbyDir + QStringLiteral("/postgresql.conf"),
                      QStringLiteral("port = %1\n").arg(m_standbyPort)))
            return false;
        if (!tool(QStringLiteral("pg_ctl"),
                  {QStringLiteral("-D"), standbyDir, QStringLiteral("-l"),
                   path(QStringLiteral("standby.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                   QStringLiteral("60"), QStringLiteral("start")}))
            return false;
        m_running << standbyDir;

        QElapsedTimer waited;
        waited.start();
        for (;;) {
            PgTestConnection standby(standbyConninfo(QStringLiteral("postgres")));
            if (standby.isValid() && standby.value(QStringLiteral("SELECT pg_is_in_recovery()")) == "t")
                return true;
            if (waited.elapsed() > 30000)
                return fail(QStringLiteral("the standby did not answer as a hot standby within 30 s: %1\n%2")
                                .arg(standby.error(), log(QStringLiteral("standby.log"))));
            QThread::msleep(100);
        }
    }

    void stop()
    {
        // Immediate: nothing here needs to survive, and it is quickest.
        while (!m_running.isEmpty())
            tool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_running.takeLast(), QStringLiteral("-m"),
                  QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    }

    QString error() const { return m_error; }

    // The superuser, who writes and sets up; readers log in as `reader`, a plain role (initTestCase),
    // to show that asking the primary needs no privilege beyond reading the log.
    static QString conninfo(int port, const QString& db, const QString& user)
    {
        return QStringLiteral("host=127.0.0.1 port=%1 user=%2 dbname=%3 sslmode=disable connect_timeout=10")
            .arg(port)
            .arg(user, db);
    }
    QString primaryConninfo(const QString& db, const QString& user = QStringLiteral("postgres")) const
    {
        return conninfo(m_primaryPort, db, user);
    }
    QString standbyConninfo(const QString& db, const QString& user = QStringLiteral("postgres")) const
    {
        return conninfo(m_standbyPort, db, user);
    }
    // Both servers, the primary first: target_session_attrs=prefer-standby must still pick the standby.
    QString bothConninfo(const QString& db, const QString& user = QStringLiteral("postgres")) const
    {
        return QStringLiteral("host=127.0.0.1,127.0.0.1 port=%1,%2 user=%3 dbname=%4 sslmode=disable "
                              "connect_timeout=10 target_session_attrs=prefer-standby")
            .arg(m_primaryPort)
            .arg(m_standbyPort)
            .arg(user, db);
    }

private:
    static QString binDir()
    {
        QProcess config;
        config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
        if (config.waitForFinished(10000) && config.exitCode() == 0) {
            const QString dir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
            if (QFile::exists(dir + QStringLiteral("/initdb")))
                return dir;
        }
        const QString debian = QStringLiteral("/usr/lib/postgresql/15/bin");
        return QFile::exists(debian + QStringLiteral("/initdb")) ? debian : QString();
    }

    QString path(const QString& name) const { return m_dir.path() + QLatin1Char('/') + name; }

    bool fail(const QString& why)
    {
        m_error = why;
        return false;
    }

    QString log(const QString& name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll().right(2000))
                                              : QString();
    }

    bool appendTo(const QString& file, const QString& text)
    {
        QFile f(file);
        if (!f.open(QIODevice::Append | QIODevice::Text) || f.write(text.toUtf8()) < 0)
            return fail(QStringLiteral("cannot write %1").arg(file));
        return true;
    }

    // Runs one of the server's programs, as postgres when we are root. The libpq environment of the
    // surrounding cluster (pg_virtualenv) is not for these servers.
    bool tool(const QString& name, const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& key : env.keys())
            if (key.startsWith(QLatin1String("PG")))
                env.remove(key);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        const QString program = m_bin + QLatin1Char('/') + name;
        if (m_asPostgres)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                           QStringLiteral("--"), program} +
                                                   args);
        else
            p.start(program, args);
        const bool finished = p.waitForStarted(10000) && p.waitForFinished(120000);
        if (finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return true;
        return fail(QStringLiteral("%1 %2 failed: %3")
                        .arg(name, args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll())));
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/rewind-standby-XXXXXX")};
    QString m_bin;
    bool m_asPostgres = false;
    int m_primaryPort = 0;
    int m_standbyPort = 0;
    QStringList m_running; // data directories of started servers
    QString m_error;
};

// What a read delivered, in one shape for readLog() and scanLog().
struct Delivery
{
    QList<qint64> positions;
    qint64 safePosition = 0;
    bool atHead = false;
};

enum class Reader
{
    ReadLog,
    ScanLog,
    Filtered, // a type filter every committed event matches: the windowed path
};

Delivery readFrom(PostgresEventStore& store, Reader reader, qint64 after, int limit, int maxWaitMs)
{
    LogQuery q;
    q.afterGlobalPosition = after;
    q.limit = limit;
    q.maxGapWaitMs = maxWaitMs;
    Delivery d;
    if (reader == Reader::ScanLog) {
        const LogScan s = store.scanLog(q, [&](const EventView& v) {
            d.positions << v.globalPosition;
            return true;
        });
        d.safePosition = s.safePosition;
        d.atHead = s.atHead;
        return d;
    }
    if (reader == Reader::Filtered)
        q.types = {QStringLiteral("Fast"), QStringLiteral("Slow"), QStringLiteral("Noted")};
    const LogBatch b = store.readLog(q);
    for (const RecordedEvent& e : b.events)
        d.positions << e.globalPosition;
    d.safePosition = b.safePosition;
    d.atHead = b.atHead;
    return d;
}

// Checks one delivery continues from `after` in order, within its safe position.
bool consistent(const Delivery& d, qint64 after, QString* why)
{
    qint64 last = after;
    for (qint64 p : d.positions) {
        if (p <= last) {
            *why = QStringLiteral("position %1 after %2").arg(p).arg(last);
            return false;
        }
        last = p;
    }
    if (d.safePosition < last || d.safePosition < after) {
        *why = QStringLiteral("safe position %1, last delivered %2, read after %3")
                   .arg(d.safePosition)
                   .arg(last)
                   .arg(after);
        return false;
    }
    return true;
}

// Writers on the primary, each on its own connection, committing out of position order: quick
// transactions, ones that wait 10-100 ms between insert and commit, and (when asked) rollbacks.
class Writers
{
public:
    Writers(const QString& conninfo, int count, bool rollbacks)
    {
        for (int w = 0; w < count; ++w)
            m_threads.emplace_back([this, conninfo, w, rollbacks] { write(conninfo, w, rollbacks); });
    }
    ~Writers() { stop(); }
    Writers(const Writers&) = delete;
    Writers& operator=(const Writers&) = delete;

    void stop()
    {
        m_stop = true;
        for (std::thread& t : m_threads)
            if (t.joinable())
                t.join();
    }
    int failures() const { return m_failures; }
    QString firstFailure() const
    {
        std::lock_guard lock(m_mutex);
        return m_firstFailure;
    }
    int committed() const { return m_committed; }
    int rolledBack() const { return m_rolledBack; }

private:
    void write(const QString& conninfo, int w, bool rollbacks)
    {
        PgTestConnection c(conninfo);
        if (!c.isValid()) {
            failed(c.error());
            return;
        }
        QRandomGenerator random(quint32(w + 1));
        const QString insert = QStringLiteral("SELECT message_store.write_message($1, $2, $3, '{}')");
        for (int i = 0; !m_stop; ++i) {
            const QString stream = QStringLiteral("writer%1-%2").arg(w).arg(i % 8);
            const int kind = int(random.bounded(100));
            const bool slow = kind < 35;
            const bool rollback = rollbacks && kind >= 85;
            if (!c.exec(QStringLiteral("BEGIN")) ||
                !c.exec(insert, {QUuid::createUuid().toString(QUuid::WithoutBraces), stream,
                                 slow       ? QStringLiteral("Slow")
                                 : rollback ? QStringLiteral("Dropped")
                                            : QStringLiteral("Fast")})) {
                failed(c.error());
                return;
            }
            if (slow)
                QThread::msleep(10 + random.bounded(91));
            else if (rollback)
                QThread::msleep(random.bounded(31));
            if (!c.exec(rollback ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT"))) {
                failed(c.error());
                return;
            }
            ++(rollback ? m_rolledBack : m_committed);
            QThread::msleep(random.bounded(4));
        }
    }
    void failed(const QString& why)
    {
        std::lock_guard lock(m_mutex);
        if (m_firstFailure.isEmpty())
            m_firstFailure = why;
        ++m_failures;
    }

    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_failures{0};
    std::atomic<int> m_committed{0};
    std::atomic<int> m_rolledBack{0};
    mutable std::mutex m_mutex;
    QString m_firstFailure;
};

} // namespace

class TestStandbyReads : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReplicaPair> m_pair;
    int m_databases = 0;

    // A new database on the primary with Rewind's schema, once the standby shows it.
    QString freshDatabase()
    {
        const QString name = QStringLiteral("standby_reads_%1").arg(++m_databases);
        PgTestConnection admin(m_pair->primaryConninfo(QStringLiteral("postgres")));
        if (!admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            return QString();
        PostgresEventStore(m_pair->primaryConninfo(name)).initialize();
        PgTestConnection owner(m_pair->primaryConninfo(name));
        if (!owner.exec(QStringLiteral("GRANT USAGE ON SCHEMA message_store TO reader;"
                                       " GRANT SELECT ON message_store.messages TO reader")))
            return QString();
        return waitOnStandby(name,
                             QStringLiteral("SELECT to_regclass('message_store.messages') IS NOT NULL"
                                            " AND has_table_privilege('reader', 'message_store.messages',"
                                            " 'SELECT')"))
                   ? name
                   : QString();
    }

    // Polls the standby until `sql` answers true (the standby has replayed that far).
    bool waitOnStandby(const QString& db, const QString& sql, const QStringList& params = {})
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000) {
            PgTestConnection standby(m_pair->standbyConninfo(db));
            if (standby.isValid() && standby.value(sql, params) == QLatin1String("t"))
                return true;
            QThread::msleep(20);
        }
        return false;
    }

    bool standbyShows(const QString& db, qint64 position)
    {
        return waitOnStandby(db,
                             QStringLiteral("SELECT EXISTS (SELECT 1 FROM message_store.messages WHERE "
                                            "global_position = $1)"),
                             {QString::number(position)});
    }

    static QList<qint64> storedPositions(const QString& primary)
    {
        PgTestConnection check(primary);
        QList<qint64> stored;
        if (check.exec(QStringLiteral("SELECT global_position FROM message_store.messages ORDER BY 1")))
            for (const QStringList& row : check.rows())
                stored << row.first().toLongLong();
        return stored;
    }

private slots:
    void initTestCase()
    {
        QElapsedTimer clock;
        clock.start();
        m_pair = std::make_unique<ReplicaPair>();
        QVERIFY2(m_pair->start(), qPrintable(m_pair->error()));
        PgTestConnection admin(m_pair->primaryConninfo(QStringLiteral("postgres")));
        QVERIFY2(admin.exec(QStringLiteral("CREATE ROLE reader LOGIN NOSUPERUSER")),
                 qPrintable(admin.error()));
        qInfo("primary and hot standby started in %lld ms", clock.elapsed());
    }

    void cleanupTestCase() { m_pair.reset(); }

    void accessSaysStandbyIsReadOnly()
    {
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        PostgresEventStore standby(m_pair->standbyConninfo(db));
        QVERIFY(standby.isStandby());
        const StoreAccess a = standby.access();
        QVERIFY(a.isStandby);
        QVERIFY(!a.canAppend);
        QVERIFY(!a.canWriteProjections);
        QVERIFY(a.isReadOnly());

        PostgresEventStore primary(m_pair->primaryConninfo(db));
        QVERIFY(!primary.isStandby());
        const StoreAccess p = primary.access();
        QVERIFY(!p.isStandby);
        QVERIFY(p.canAppend);
        QVERIFY(p.canWriteProjections);

        PostgresEventStore both(m_pair->bothConninfo(db));
        QVERIFY2(both.isStandby(), "target_session_attrs=prefer-standby did not pick the standby");
    }

    // A reader on the multi-host address (standby preferred) follows the log while writers commit
    // out of order and roll back: it must end with every committed event exactly once.
    void tailingReaderOnStandbyMissesNothing()
    {
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        PostgresEventStore reader(m_pair->bothConninfo(db, QStringLiteral("reader")));
        QVERIFY(reader.isStandby());

        QElapsedTimer clock;
        clock.start();
        constexpr int WriteMs = 12000;
        Writers writers(m_pair->primaryConninfo(db), 4, true);
        QList<qint64> seen;
        qint64 after = 0;
        int reads = 0;
        for (; clock.elapsed() < WriteMs; ++reads) {
            const Reader kind = Reader(reads % 3);
            const Delivery d = readFrom(reader, kind, after, 1 + reads % 97, 2000);
            QString why;
            QVERIFY2(consistent(d, after, &why), qPrintable(why));
            seen << d.positions;
            after = d.safePosition;
        }
        writers.stop();
        QVERIFY2(writers.failures() == 0, qPrintable(writers.firstFailure()));
        const qint64 writeEnd = clock.elapsed();

        // Drain: everything the primary has must reach the standby and the reader.
        const QList<qint64> stored = storedPositions(m_pair->primaryConninfo(db));
        QVERIFY(!stored.isEmpty());
        QElapsedTimer drain;
        drain.start();
        while (after < stored.last() && drain.elapsed() < 30000) {
            const Delivery d = readFrom(reader, Reader(reads++ % 3), after, 500, 2000);
            QString why;
            QVERIFY2(consistent(d, after, &why), qPrintable(why));
            seen << d.positions;
            after = d.safePosition;
        }
        qInfo("%lld events committed (%d rolled back) by 4 writers in %lld ms; the reader made %d reads, "
              "waited for %lld gaps through the primary, and was done %lld ms after the writers stopped",
              qint64(stored.size()), writers.rolledBack(), writeEnd, reads, reader.gapsSettledOnPrimary(),
              clock.elapsed() - writeEnd);
        QCOMPARE(seen.size(), stored.size());
        QCOMPARE(seen, stored);
        // Rollbacks leave holes only the primary can settle: the primary was asked.
        QVERIFY(reader.gapsSettledOnPrimary() > 0);
    }

    // The standby alone, without a primary to ask: a read below a gap still delivers what lies
    // below it; a read that starts at the gap is refused, never answered by skipping.
    void standbyAloneRefusesAtAGap()
    {
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        PostgresEventStore writer(m_pair->primaryConninfo(db));
        const auto append = [&](const QString& stream) {
            return writer.append(stream, {makeEvent(stream, QStringLiteral("Noted"), "{}")}, std::nullopt)
                .lastGlobalPosition;
        };
        for (int i = 0; i < 3; ++i)
            append(QStringLiteral("course-%1").arg(i));
        QCOMPARE(append(QStringLiteral("course-3")), 4);
        QCOMPARE(append(QStringLiteral("course-4")), 5);

        PgTestConnection open(m_pair->primaryConninfo(db));
        QVERIFY2(open.exec(QStringLiteral("BEGIN")), qPrintable(open.error()));
        QVERIFY2(open.exec(QStringLiteral("SELECT message_store.write_message($1, 'quiz-1', 'Noted', '{}')"),
                           {QUuid::createUuid().toString(QUuid::WithoutBraces)}),
                 qPrintable(open.error()));               // position 6, not committed
        QCOMPARE(append(QStringLiteral("student-1")), 7); // committed above it
        QVERIFY(standbyShows(db, 7));

        PostgresEventStore alone(m_pair->standbyConninfo(db, QStringLiteral("reader")));
        for (const Reader kind : {Reader::ReadLog, Reader::ScanLog, Reader::Filtered}) {
            const Delivery below = readFrom(alone, kind, 3, 100, 300);
            QCOMPARE(below.positions, (QList<qint64>{4, 5}));
            QCOMPARE(below.safePosition, 5);
            try {
                const Delivery d = readFrom(alone, kind, 5, 100, 300);
                QFAIL(
                    qPrintable(QStringLiteral("read past an undecidable gap, got %1 events, safe position %2")
                                   .arg(d.positions.size())
                                   .arg(d.safePosition)));
            } catch (const StoreError& e) {
                if (kind == Reader::ReadLog)
                    qInfo("refused: %s", qPrintable(e.message()));
                QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
                QVERIFY2(e.message().contains(QLatin1String("is a hot standby and position 6 is missing")),
                         qPrintable(e.message()));
                QVERIFY2(e.message().contains(QLatin1String("Name the primary too")),
                         qPrintable(e.message()));
            }
        }

        // Once the writer commits and the standby shows it, there is no gap to decide.
        QVERIFY(open.exec(QStringLiteral("COMMIT")));
        QVERIFY(standbyShows(db, 6));
        QCOMPARE(readFrom(alone, Reader::ReadLog, 5, 100, 300).positions, (QList<qint64>{6, 7}));

        // A rolled-back position is a hole for good: alone, the standby refuses it every time; with
        // the primary named too, the hole is settled and the reader goes past it.
        QVERIFY(open.exec(QStringLiteral("BEGIN")));
        QVERIFY(open.exec(QStringLiteral("SELECT message_store.write_message($1, 'quiz-2', 'Noted', '{}')"),
                          {QUuid::createUuid().toString(QUuid::WithoutBraces)})); // position 8
        QVERIFY(open.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(append(QStringLiteral("student-2")), 9);
        QVERIFY(standbyShows(db, 9));
        for (const Reader kind : {Reader::ReadLog, Reader::ScanLog, Reader::Filtered})
            QVERIFY_THROWS_EXCEPTION(StoreError, readFrom(alone, kind, 7, 100, 300));
        PostgresEventStore both(m_pair->bothConninfo(db, QStringLiteral("reader")));
        QVERIFY(both.isStandby());
        for (const Reader kind : {Reader::ReadLog, Reader::ScanLog, Reader::Filtered}) {
            const Delivery d = readFrom(both, kind, 7, 100, 2000);
            QCOMPARE(d.positions, QList<qint64>{9});
            QCOMPARE(d.safePosition, 9);
        }

        // With the primary named, a writer still open holds the reader back until it commits.
        QVERIFY(open.exec(QStringLiteral("BEGIN")));
        QVERIFY(open.exec(QStringLiteral("SELECT message_store.write_message($1, 'quiz-3', 'Noted', '{}')"),
                          {QUuid::createUuid().toString(QUuid::WithoutBraces)})); // position 10
        QCOMPARE(append(QStringLiteral("student-3")), 11);
        QVERIFY(standbyShows(db, 11));
        QElapsedTimer timer;
        timer.start();
        const Delivery held = readFrom(both, Reader::ScanLog, 9, 100, 300);
        QVERIFY2(timer.elapsed() >= 250, "the standby reader did not wait for the primary's writer");
        QCOMPARE(held.positions, QList<qint64>{});
        QCOMPARE(held.safePosition, 9);
        QVERIFY(open.exec(QStringLiteral("COMMIT")));
        const Delivery released = readFrom(both, Reader::ReadLog, 9, 100, 2000);
        QCOMPARE(released.positions, (QList<qint64>{10, 11}));
    }

    // The standby alone under writers that commit out of order: every read delivers in order or is
    // refused; at the end the reader has every committed event once.
    void standbyAloneUnderWritersNeverSkips()
    {
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        PostgresEventStore alone(m_pair->standbyConninfo(db, QStringLiteral("reader")));
        QList<qint64> seen;
        qint64 after = 0;
        int reads = 0;
        int refused = 0;
        QElapsedTimer clock;
        clock.start();
        {
            Writers writers(m_pair->primaryConninfo(db), 3, false); // no rollbacks: no permanent holes
            for (; clock.elapsed() < 5000; ++reads) {
                try {
                    const Delivery d = readFrom(alone, Reader(reads % 3), after, 1 + reads % 61, 300);
                    QString why;
                    QVERIFY2(consistent(d, after, &why), qPrintable(why));
                    seen << d.positions;
                    after = d.safePosition;
                } catch (const StoreError& e) {
                    QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
                    QVERIFY2(
                        e.message().contains(
                            QStringLiteral("is a hot standby and position %1 is missing").arg(after + 1)),
                        qPrintable(e.message()));
                    ++refused;
                    QThread::msleep(5);
                }
            }
            writers.stop();
            QVERIFY2(writers.failures() == 0, qPrintable(writers.firstFailure()));
        }
        const QList<qint64> stored = storedPositions(m_pair->primaryConninfo(db));
        QVERIFY(!stored.isEmpty());
        QElapsedTimer drain;
        drain.start();
        while (after < stored.last() && drain.elapsed() < 30000) {
            try {
                const Delivery d = readFrom(alone, Reader(reads++ % 3), after, 500, 300);
                seen << d.positions;
                after = d.safePosition;
            } catch (const StoreError&) {
                ++refused; // the standby has not replayed the last commits yet
                QThread::msleep(20);
            }
        }
        qInfo("standby alone: %lld events, %d reads, %d refused at a gap", qint64(stored.size()), reads,
              refused);
        QCOMPARE(seen, stored);
    }

    // Commands that save checkpoints refuse a standby before they fold anything.
    void savingCommandsRefuseAStandby()
    {
        const QString db = freshDatabase();
        QVERIFY(!db.isEmpty());
        PostgresEventStore writer(m_pair->primaryConninfo(db));
        for (int i = 0; i < 20; ++i)
            writer.append(
                QStringLiteral("course-%1").arg(i),
                {makeEvent(QStringLiteral("course-%1").arg(i), QStringLiteral("CourseCreated"), "{}")}, -1);
        QVERIFY(standbyShows(db, 20));
        const auto savedStates = [&] {
            PgTestConnection c(m_pair->primaryConninfo(db));
            return c.value(QStringLiteral("SELECT count(*) FROM rewind.projections"))
                .value_or(QStringLiteral("?"));
        };

        for (const QString& address : {m_pair->standbyConninfo(db), m_pair->bothConninfo(db)}) {
            for (const QStringList& command :
                 {QStringList{QStringLiteral("projections"), QStringLiteral("run")},
                  QStringList{QStringLiteral("projections"), QStringLiteral("rebuild"),
                              QStringLiteral("--all")}}) {
                const RewindRun run = runRewind(QStringList{QStringLiteral("--store"), address} + command);
                QVERIFY2(run.exitCode == 4, run.err.constData());
                QVERIFY2(run.err.contains("is a hot standby"), run.err.constData());
                QVERIFY2(run.err.contains("target_session_attrs=read-write"), run.err.constData());
                QVERIFY2(!run.err.contains("building from the first event"), run.err.constData());
                QVERIFY2(!run.err.contains("password"), run.err.constData());
            }
            // serve would run until stopped: it must refuse at once instead.
            QProcess serve;
            serve.start(qEnvironmentVariable("REWIND_BINARY"),
                        {QStringLiteral("--store"), address, QStringLiteral("serve"),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
            QVERIFY(serve.waitForStarted());
            const bool ended = serve.waitForFinished(30000);
            if (!ended) {
                serve.kill();
                serve.waitForFinished();
            }
            QVERIFY2(ended, "rewind serve did not refuse the standby");
            const QByteArray err = serve.readAllStandardError();
            QCOMPARE(serve.exitCode(), 4);
            QVERIFY2(err.contains("is a hot standby"), err.constData());
        }
        QCOMPARE(savedStates(), QStringLiteral("0"));

        // The primary is where they run.
        const RewindRun run = runRewind({QStringLiteral("--store"), m_pair->primaryConninfo(db),
                                         QStringLiteral("projections"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(savedStates() != QLatin1String("0"));
    }
};

QTEST_GUILESS_MAIN(TestStandbyReads)
#include "TestStandbyReads.moc"
