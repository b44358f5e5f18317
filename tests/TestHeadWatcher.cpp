// The live tail's watcher of the head on both stores: it runs on a thread of its own, sees
// appends made through other connections by polling (PostgreSQL: on a Message DB that Rewind
// initialised or not, with no trigger of Rewind's on the table), and wake() and timeouts end its wait.
#include "MessageDbInstaller.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "SqliteEventStore.h"
#include "StoreError.h"
#include "TestEvents.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Rewind;

namespace {

// waitForHead() on a thread of its own, as the browser's live tail runs it.
struct Waiter
{
    qint64 result = -1;
    qint64 elapsedMs = -1;
    QString error;
    std::thread thread;

    Waiter(HeadWatcher& watcher, qint64 known, int timeoutMs)
    {
        thread = std::thread([this, &watcher, known, timeoutMs] {
            QElapsedTimer timer;
            timer.start();
            try {
                result = watcher.waitForHead(known, timeoutMs);
            } catch (const StoreError& e) {
                error = e.message();
            }
            elapsedMs = timer.elapsed();
        });
    }
    void join() { thread.join(); }
};

} // namespace

class TestHeadWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    bool isSqlite() const
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("sqlite");
    }

    // Opens the current backend's store at `address` (made by the caller for PostgreSQL).
    std::unique_ptr<EventStore> open(const QString& address)
    {
        if (isSqlite())
            return std::make_unique<SqliteEventStore>(address, true);
        return std::make_unique<PostgresEventStore>(address);
    }

    QString freshAddress(std::unique_ptr<PgTestDatabase>& db)
    {
        if (isSqlite())
            return m_dir.filePath(QStringLiteral("watch%1.sqlite").arg(++m_files));
        db = std::make_unique<PgTestDatabase>();
        return db->isValid() ? db->conninfo() : QString();
    }

    // A watcher on a thread sees an append made through another connection, within `withinMs`.
    static void seesAppend(EventStore& writer, HeadWatcher& watcher, int withinMs)
    {
        const qint64 head = writer.headPosition();
        Waiter waiter(watcher, head, 10000);
        QTest::qWait(150); // let it settle into its wait
        const AppendResult r =
            writer.append("watched-1", {makeEvent("watched-1", "Seen", "{}")}, std::nullopt);
        waiter.join();
        QVERIFY2(waiter.error.isEmpty(), qPrintable(waiter.error));
        QCOMPARE(waiter.result, r.lastGlobalPosition);
        QVERIFY2(waiter.elapsedMs < 150 + withinMs, qPrintable(QString::number(waiter.elapsedMs)));
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void seesAnAppendFromAnotherConnection()
    {
        std::unique_ptr<PgTestDatabase> db;
        const QString address = freshAddress(db);
        QVERIFY2(!address.isEmpty(), db ? qPrintable(db->error()) : "no address");
        auto store = open(address);
        store->initialize();
        store->append("before-1", {makeEvent("before-1", "First", "{}")}, -1);
        auto watcher = store->watchHead();
        // Both stores poll, every 200 ms.
        auto writer = open(address);
        seesAppend(*writer, *watcher, 1000);
        seesAppend(*writer, *watcher, 1000); // and again, with the same watcher
        // A head already past what the caller knows is returned without waiting.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(watcher->waitForHead(0, 10000), writer->headPosition());
        QVERIFY(timer.elapsed() < 1000);
    }

    void timeoutReturnsTheOldHead()
    {
        std::unique_ptr<PgTestDatabase> db;
        const QString address = freshAddress(db);
        QVERIFY2(!address.isEmpty(), db ? qPrintable(db->error()) : "no address");
        auto store = open(address);
        store->initialize();
        store->append("before-1", {makeEvent("before-1", "First", "{}")}, -1);
        auto watcher = store->watchHead();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(watcher->waitForHead(1, 400), 1);
        QVERIFY2(timer.elapsed() >= 390 && timer.elapsed() < 2000,
                 qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(watcher->waitForHead(1, 0), 1);
    }

    void wakeReturnsPromptly()
    {
        std::unique_ptr<PgTestDatabase> db;
        const QString address = freshAddress(db);
        QVERIFY2(!address.isEmpty(), db ? qPrintable(db->error()) : "no address");
        auto store = open(address);
        store->initialize();
        auto watcher = store->watchHead();
        Waiter waiter(*watcher, 0, 30000);
        QTest::qWait(300);
        QElapsedTimer timer;
        timer.start();
        watcher->wake();
        waiter.join();
        QVERIFY2(waiter.error.isEmpty(), qPrintable(waiter.error));
        QCOMPARE(waiter.result, 0); // the head as it is: still empty
        QVERIFY2(timer.elapsed() < 300, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(waiter.elapsedMs < 2000);
    }

    void pollsAMessageDbThatRewindNeverTouched()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only: Message DB");
        REWIND_PG_DATABASE(db);
        const QString error = installMessageDb(db.conninfo());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PostgresEventStore store(db.conninfo());
        auto watcher = store.watchHead();
        PostgresEventStore writer(db.conninfo());
        seesAppend(writer, *watcher, 1000);
        // `rewind init` adds Rewind's schema and nothing to the table; the watcher still polls.
        QCOMPARE(store.initialize(), InitResult::RewindAdded);
        QCOMPARE(store.initialize(), InitResult::AlreadyPresent);
        QVERIFY(!store.hasHeadTrigger());
        PgTestConnection sql(db.conninfo());
        QCOMPARE(sql.value(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_trigger"
                                          " WHERE tgrelid = 'message_store.messages'::regclass")),
                 QStringLiteral("0"));
        auto again = store.watchHead();
        seesAppend(writer, *again, 1000);
    }

    void seesEveryWayOfWriting()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only: Message DB's write_message");
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        auto watcher = store.watchHead();
        // Message DB's own write_message, as an Eventide client writes.
        PgTestConnection eventide(db.conninfo());
        const qint64 head = store.headPosition();
        Waiter waiter(*watcher, head, 10000);
        QTest::qWait(150);
        QVERIFY2(
            eventide.exec("SELECT message_store.write_message(gen_random_uuid()::varchar, 'other-1', 'Done',"
                          " '{}'::jsonb)"),
            qPrintable(eventide.error()));
        waiter.join();
        QCOMPARE(waiter.result, head + 1);
        // One poll interval, and the write's own time, at most.
        QVERIFY2(waiter.elapsedMs < 650, qPrintable(QString::number(waiter.elapsedMs)));
    }

    void removesTheTriggerOfAnEarlierRewindOnlyWhenAsked()
    {
        if (isSqlite())
            QSKIP("PostgreSQL only: the trigger");
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        // What an earlier Rewind's `init` left on the table.
        PgTestConnection sql(db.conninfo());
        QVERIFY2(sql.exec(QStringLiteral(
                     "CREATE FUNCTION rewind.notify_head() RETURNS trigger LANGUAGE plpgsql AS"
                     " $$BEGIN PERFORM pg_notify('rewind_head', ''); RETURN NULL; END;$$;"
                     " CREATE TRIGGER rewind_head_notify AFTER INSERT ON message_store.messages"
                     " FOR EACH STATEMENT EXECUTE FUNCTION rewind.notify_head()")),
                 qPrintable(sql.error()));
        QCOMPARE(store.initialize(), InitResult::AlreadyPresent);
        QVERIFY(store.hasHeadTrigger()); // init alone leaves it
        store.dropHeadTrigger();
        QVERIFY(!store.hasHeadTrigger());
        QCOMPARE(sql.value(QStringLiteral("SELECT to_regprocedure('rewind.notify_head()') IS NULL")),
                 QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestHeadWatcher)
#include "TestHeadWatcher.moc"
