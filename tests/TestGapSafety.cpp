// Reading in global order must be gap-safe: a reader never skips an event that
// commits after an event with a higher global_position. Two real connections play the writers.

#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "StoreError.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace Rewind;

namespace {

NewEvent makeEvent(const QString& stream, const QString& type)
{
    NewEvent e;
    e.id = QUuid::createUuid();
    e.streamName = stream;
    e.type = type;
    e.data = "{}";
    return e;
}

QList<qint64> positions(const LogBatch& batch)
{
    QList<qint64> out;
    for (const RecordedEvent& e : batch.events)
        out << e.globalPosition;
    return out;
}

LogQuery query(qint64 after, int maxWaitMs, const QString& category = {}, const QStringList& types = {})
{
    LogQuery q;
    q.afterGlobalPosition = after;
    q.maxGapWaitMs = maxWaitMs;
    q.category = category;
    q.types = types;
    return q;
}

} // namespace

class TestGapSafety : public QObject
{
    Q_OBJECT

private:
    // A store with `committed` events in category "course", initialised by Rewind.
    static std::unique_ptr<PostgresEventStore> prepared(const PgTestDatabase& db, int committed)
    {
        auto store = std::make_unique<PostgresEventStore>(db.conninfo());
        store->initialize();
        for (int i = 0; i < committed; ++i)
            store->append(QStringLiteral("course-%1").arg(i),
                          {makeEvent(QStringLiteral("course-%1").arg(i), QStringLiteral("CourseCreated"))},
                          -1);
        return store;
    }

    // Connection A: opens a transaction and inserts one event, which takes the next global position.
    static bool beginInsert(PgTestConnection& a, const QString& how, const QString& stream,
                            const QString& type)
    {
        if (!a.exec(QStringLiteral("BEGIN")))
            return false;
        if (how == QLatin1String("write_message"))
            return a.exec(QStringLiteral("SELECT message_store.write_message($1, $2, $3, '{}')"),
                          {QUuid::createUuid().toString(QUuid::WithoutBraces), stream, type});
        return a.exec(QStringLiteral("INSERT INTO message_store.messages (stream_name, position, type, data)"
                                     " VALUES ($1, 0, $2, '{}')"),
                      {stream, type});
    }

    // Every case runs twice (initTestCase_data): through readLog(), and through scanLog(), which
    // streams the same promise without building events.
    static LogBatch read(PostgresEventStore& store, const LogQuery& q)
    {
        QFETCH_GLOBAL(bool, scan);
        if (!scan)
            return store.readLog(q);
        LogBatch batch;
        const LogScan s = store.scanLog(q, [&](const EventView& v) {
            RecordedEvent e;
            e.globalPosition = v.globalPosition;
            e.position = v.position;
            e.streamName = QString::fromUtf8(v.streamName);
            e.type = QString::fromUtf8(v.type);
            batch.events.append(e);
            return true;
        });
        batch.safePosition = s.safePosition;
        batch.atHead = s.atHead;
        return batch;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("scan");
        QTest::newRow("readLog") << false;
        QTest::newRow("scanLog") << true;
    }

    void inFlightWriterHoldsBackLaterPositions_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("write_message, whole log")
            << QStringLiteral("write_message") << QString() << QStringList();
        QTest::newRow("plain INSERT, whole log") << QStringLiteral("insert") << QString() << QStringList();
        QTest::newRow("category of the later event")
            << QStringLiteral("write_message") << QStringLiteral("student") << QStringList();
        QTest::newRow("category of the in-flight event")
            << QStringLiteral("insert") << QStringLiteral("quiz") << QStringList();
        QTest::newRow("type filter") << QStringLiteral("write_message") << QString()
                                     << QStringList{QStringLiteral("StudentRegistered"),
                                                    QStringLiteral("QuizStarted")};
        QTest::newRow("category and type") << QStringLiteral("insert") << QStringLiteral("student")
                                           << QStringList{QStringLiteral("StudentRegistered")};
    }
    void inFlightWriterHoldsBackLaterPositions()
    {
        QFETCH(QString, how);
        QFETCH(QString, category);
        QFETCH(QStringList, types);
        REWIND_PG_DATABASE(db);
        auto reader = prepared(db, 3);

        PgTestConnection a(db.conninfo());
        QVERIFY2(a.isValid(), qPrintable(a.error()));
        QVERIFY2(beginInsert(a, how, QStringLiteral("quiz-1"), QStringLiteral("QuizStarted")),
                 qPrintable(a.error()));
        const qint64 g = 4; // A's position, not committed

        PostgresEventStore b(db.conninfo());
        const AppendResult later =
            b.append(QStringLiteral("student-1"),
                     {makeEvent(QStringLiteral("student-1"), QStringLiteral("StudentRegistered"))}, -1);
        QCOMPARE(later.lastGlobalPosition, g + 1); // committed, above A's uncommitted position

        QElapsedTimer timer;
        timer.start();
        const LogBatch held = read(*reader, query(0, 150, category, types));
        QVERIFY2(!positions(held).contains(g + 1), "returned an event above an in-flight gap");
        QVERIFY(held.safePosition < g);
        QVERIFY(!held.atHead);
        QVERIFY2(timer.elapsed() >= 100, "the reader did not wait for the in-flight writer");
        const QList<qint64> committedBefore =
            category.isEmpty() && types.isEmpty() ? QList<qint64>{1, 2, 3} : QList<qint64>{};
        QCOMPARE(positions(held), committedBefore);

        // Continuing from the safe position while A is still open returns nothing new.
        const LogBatch stillHeld = read(*reader, query(held.safePosition, 50, category, types));
        QVERIFY(!positions(stillHeld).contains(g + 1));
        QVERIFY(stillHeld.safePosition < g);

        QVERIFY2(a.exec(QStringLiteral("COMMIT")), qPrintable(a.error()));
        const LogBatch released = read(*reader, query(held.safePosition, 150, category, types));
        QList<qint64> expected;
        if ((category.isEmpty() || category == QLatin1String("quiz")) &&
            (types.isEmpty() || types.contains(QLatin1String("QuizStarted"))))
            expected << g;
        if ((category.isEmpty() || category == QLatin1String("student")) &&
            (types.isEmpty() || types.contains(QLatin1String("StudentRegistered"))))
            expected << g + 1;
        QCOMPARE(positions(released), expected); // nothing skipped, in global order
        QCOMPARE(released.safePosition, g + 1);
        QVERIFY(released.atHead);
    }

    void readerWaitsForTheWriterToFinish()
    {
        REWIND_PG_DATABASE(db);
        auto reader = prepared(db, 2);
        PgTestConnection a(db.conninfo());
        QVERIFY2(beginInsert(a, QStringLiteral("write_message"), QStringLiteral("quiz-1"),
                             QStringLiteral("QuizStarted")),
                 qPrintable(a.error()));
        PostgresEventStore b(db.conninfo());
        b.append(QStringLiteral("student-1"),
                 {makeEvent(QStringLiteral("student-1"), QStringLiteral("StudentRegistered"))}, -1);

        // A commits while the reader is waiting: the reader then returns both, from a fresh snapshot.
        std::thread committer([&a] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            a.exec(QStringLiteral("COMMIT"));
        });
        QElapsedTimer timer;
        timer.start();
        const LogBatch batch = read(*reader, query(0, 10000));
        const qint64 waited = timer.elapsed();
        committer.join();
        QCOMPARE(positions(batch), (QList<qint64>{1, 2, 3, 4}));
        QCOMPARE(batch.safePosition, 4);
        QVERIFY(batch.atHead);
        QVERIFY2(waited >= 250 && waited < 5000, qPrintable(QString::number(waited)));
    }

    void rolledBackInsertIsAPermanentHole()
    {
        REWIND_PG_DATABASE(db);
        auto reader = prepared(db, 2);
        PgTestConnection a(db.conninfo());
        QVERIFY2(
            beginInsert(a, QStringLiteral("insert"), QStringLiteral("quiz-1"), QStringLiteral("QuizStarted")),
            qPrintable(a.error()));
        QVERIFY(a.exec(QStringLiteral("ROLLBACK"))); // position 3 is gone for good
        PostgresEventStore b(db.conninfo());
        b.append(QStringLiteral("student-1"),
                 {makeEvent(QStringLiteral("student-1"), QStringLiteral("StudentRegistered"))}, -1);

        for (const QString& category : {QString(), QStringLiteral("student")}) {
            QElapsedTimer timer;
            timer.start();
            const LogBatch batch = read(*reader, query(0, 10000, category));
            QVERIFY2(timer.elapsed() < 2000, "the reader stalled on a rolled-back position");
            QCOMPARE(positions(batch), category.isEmpty() ? (QList<qint64>{1, 2, 4}) : (QList<qint64>{4}));
            QCOMPARE(batch.safePosition, 4);
            QVERIFY(batch.atHead);
        }
        // And from just below the hole.
        const LogBatch tail = read(*reader, query(2, 10000));
        QCOMPARE(positions(tail), QList<qint64>{4});
        QCOMPARE(tail.safePosition, 4);
    }

    void holeBesideAnInFlightWriter()
    {
        // A hole at 3, then a committed 4, while C (another category) is still open at 5.
        REWIND_PG_DATABASE(db);
        auto reader = prepared(db, 2);
        PgTestConnection a(db.conninfo());
        QVERIFY(beginInsert(a, QStringLiteral("insert"), QStringLiteral("quiz-1"),
                            QStringLiteral("QuizStarted")));
        QVERIFY(a.exec(QStringLiteral("ROLLBACK")));
        PostgresEventStore b(db.conninfo());
        b.append(QStringLiteral("student-1"),
                 {makeEvent(QStringLiteral("student-1"), QStringLiteral("StudentRegistered"))}, -1);
        PgTestConnection c(db.conninfo());
        QVERIFY(beginInsert(c, QStringLiteral("write_message"), QStringLiteral("course-9"),
                            QStringLiteral("CourseCreated")));

        // The reader cannot tell whose position 3 was; with C open it may only return up to 2.
        const LogBatch held = read(*reader, query(0, 100));
        QCOMPARE(positions(held), (QList<qint64>{1, 2}));
        QCOMPARE(held.safePosition, 2);
        QVERIFY(c.exec(QStringLiteral("COMMIT")));
        const LogBatch released = read(*reader, query(held.safePosition, 5000));
        QCOMPARE(positions(released), (QList<qint64>{4, 5}));
        QCOMPARE(released.safePosition, 5);
    }

    void fullPageBelowTheGapDoesNotWait()
    {
        REWIND_PG_DATABASE(db);
        auto reader = prepared(db, 10);
        PgTestConnection a(db.conninfo());
        QVERIFY(beginInsert(a, QStringLiteral("write_message"), QStringLiteral("quiz-1"),
                            QStringLiteral("QuizStarted")));
        PostgresEventStore b(db.conninfo());
        b.append(QStringLiteral("student-1"),
                 {makeEvent(QStringLiteral("student-1"), QStringLiteral("StudentRegistered"))}, -1);

        for (const QString& category : {QString(), QStringLiteral("course")}) {
            LogQuery q = query(0, 5000, category);
            q.limit = 5;
            QElapsedTimer timer;
            timer.start();
            const LogBatch batch = read(*reader, q);
            QVERIFY2(timer.elapsed() < 1000, "waited although the page was full below the gap");
            QCOMPARE(positions(batch), (QList<qint64>{1, 2, 3, 4, 5}));
            QCOMPARE(batch.safePosition, 5);
            QVERIFY(!batch.atHead);
        }
        QVERIFY(a.exec(QStringLiteral("ROLLBACK")));
    }

    void concurrentWritersNeverSkipAnEvent()
    {
        // Writers in several categories append while a reader follows the log from its safe
        // position: at the end the reader has seen every committed event exactly once, in order.
        REWIND_PG_DATABASE(db);
        auto reader = prepared(db, 0);
        const QString conninfo = db.conninfo();
        constexpr int writers = 3;
        constexpr int perWriter = 150;
        std::atomic<int> failures{0};
        std::atomic<int> finished{0};
        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back([conninfo, w, &failures, &finished] {
                try {
                    PostgresEventStore store(conninfo);
                    PgTestConnection raw(conninfo);
                    for (int i = 0; i < perWriter; ++i) {
                        const QString stream = QStringLiteral("cat%1-%2").arg(w).arg(i % 4);
                        if (i % 10 == 7) {
                            // Now and then a transaction that stays open a little, or rolls back.
                            raw.exec(QStringLiteral("BEGIN"));
                            raw.exec(
                                QStringLiteral("SELECT message_store.write_message($1, $2, 'Slow', '{}')"),
                                {QUuid::createUuid().toString(QUuid::WithoutBraces), stream});
                            std::this_thread::sleep_for(std::chrono::milliseconds(15));
                            raw.exec(i % 20 == 7 ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT"));
                        } else {
                            store.append(stream, {makeEvent(stream, QStringLiteral("Fast"))}, std::nullopt);
                        }
                    }
                } catch (...) {
                    ++failures;
                }
                ++finished;
            });
        }
        // Follow the log while they write, then once more after the last has finished. An event
        // skipped on the way would be missing at the end: reads only ever continue from safePosition.
        QList<qint64> seen;
        qint64 after = 0;
        int reads = 0;
        bool drained = false;
        while (!drained) {
            const bool allDone = finished.load() == writers;
            LogQuery q = query(after, 2000);
            q.limit = 37;
            const LogBatch batch = read(*reader, q);
            ++reads;
            for (const RecordedEvent& e : batch.events)
                seen << e.globalPosition;
            QVERIFY(batch.safePosition >= after);
            after = batch.safePosition;
            drained = allDone && batch.atHead;
        }
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        QVERIFY(reads > 3);
        PgTestConnection check(conninfo);
        QVERIFY(check.exec(QStringLiteral("SELECT global_position FROM message_store.messages ORDER BY 1")));
        QList<qint64> stored;
        for (const QStringList& row : check.rows())
            stored << row.first().toLongLong();
        QCOMPARE(seen, stored);
    }
};

QTEST_GUILESS_MAIN(TestGapSafety)
#include "TestGapSafety.moc"
