#include "EventJson.h"
#include "EventTime.h"
#include "SqliteEventStore.h"
#include "StoreContractChecks.h"
#include "StoreError.h"
#include "TestEvents.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestSqliteEventStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<SqliteEventStore> freshStore()
    {
        auto store = std::make_unique<SqliteEventStore>(
            m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_counter)), true);
        store->initialize();
        return store;
    }

private slots:
    void initCreatesOnceAndKeepsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("init.sqlite"));
        {
            SqliteEventStore store(path, true);
            QVERIFY(!store.hasSchema());
            QCOMPARE(store.initialize(), InitResult::Created);
            store.append(QStringLiteral("a-1"), {makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{}")},
                         std::nullopt);
        }
        SqliteEventStore again(path, false);
        QCOMPARE(again.initialize(), InitResult::AlreadyPresent);
        QCOMPARE(again.headPosition(), 1);
    }

    void missingFileIsUnreachable()
    {
        try {
            SqliteEventStore store(m_dir.filePath(QStringLiteral("nope.sqlite")), false);
            QFAIL("opened a missing file");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
            QVERIFY2(e.message().contains(QLatin1String("rewind --store")), qPrintable(e.message()));
        }
    }

    void notADatabaseIsUnreachable()
    {
        const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        try {
            SqliteEventStore store(path, false);
            store.headPosition();
            QFAIL("read a text file as a store");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
        }
    }

    void withoutSchemaReadsAreUnreachable()
    {
        SqliteEventStore store(m_dir.filePath(QStringLiteral("empty.sqlite")), true);
        QVERIFY_THROWS_EXCEPTION(StoreError, store.headPosition());
        try {
            store.readStream(QStringLiteral("a-1"), 0, 10);
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
        }
    }

    void appendAndReadBackEveryField()
    {
        auto store = freshStore();
        NewEvent e = makeEvent(QStringLiteral("quiz-1"), QStringLiteral("QuizStarted"),
                               "{\"quizId\":\"1\",\"name\":\"Zoë ✓\"}", "{\"userId\":\"student-1\"}");
        e.timeUs = 1757318400123456;
        NewEvent f =
            makeEvent(QStringLiteral("quiz-1"), QStringLiteral("QuestionAssigned"), "{\"questionId\":442}");
        const AppendResult r = store->append(QStringLiteral("quiz-1"), {e, f}, -1);
        QCOMPARE(r.firstPosition, 0);
        QCOMPARE(r.lastPosition, 1);
        QCOMPARE(r.written, 2);
        QCOMPARE(r.lastGlobalPosition, 2);

        const auto events = store->readStream(QStringLiteral("quiz-1"), 0, 10);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].globalPosition, 1);
        QCOMPARE(events[0].position, 0);
        QCOMPARE(events[0].timeUs, 1757318400123456);
        QCOMPARE(events[0].streamName, QStringLiteral("quiz-1"));
        QCOMPARE(events[0].type, QStringLiteral("QuizStarted"));
        QCOMPARE(EventJson::canonicalObject(events[0].data), EventJson::canonicalObject(e.data));
        QCOMPARE(events[0].metadata, e.metadata);
        QCOMPARE(events[0].id, e.id);
        QVERIFY(events[1].metadata.isEmpty());
        QVERIFY(qAbs(events[1].timeUs - EventTime::nowUs()) < 60'000'000);
        QCOMPARE(store->readStream(QStringLiteral("quiz-1"), 1, 10).size(), 1);

        // A time before 1970 is a time like any other, not "use the store's clock".
        NewEvent old = makeEvent(QStringLiteral("quiz-2"), QStringLiteral("QuizStarted"), "{}");
        old.timeUs = -86'400'000'000;
        store->append(QStringLiteral("quiz-2"), {old}, std::nullopt);
        QCOMPARE(store->readStream(QStringLiteral("quiz-2"), 0, 1).first().timeUs, -86'400'000'000);
    }

    void expectedVersion_data()
    {
        QTest::addColumn<int>("existing");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("anyVersion");
        QTest::addColumn<bool>("conflict");
        QTest::newRow("any, new stream") << 0 << qint64(0) << true << false;
        QTest::newRow("any, existing stream") << 3 << qint64(0) << true << false;
        QTest::newRow("-1, new stream") << 0 << qint64(-1) << false << false;
        QTest::newRow("-1, existing stream") << 1 << qint64(-1) << false << true;
        QTest::newRow("right version") << 3 << qint64(2) << false << false;
        QTest::newRow("stale version") << 3 << qint64(1) << false << true;
        QTest::newRow("future version") << 3 << qint64(5) << false << true;
        QTest::newRow("0 on new stream") << 0 << qint64(0) << false << true;
    }
    void expectedVersion()
    {
        QFETCH(int, existing);
        QFETCH(qint64, expected);
        QFETCH(bool, anyVersion);
        QFETCH(bool, conflict);
        auto store = freshStore();
        const QString stream = QStringLiteral("question-7");
        for (int i = 0; i < existing; ++i)
            store->append(stream, {makeEvent(stream, QStringLiteral("T"), "{}")}, std::nullopt);
        const ExpectedVersion ev = anyVersion ? ExpectedVersion() : ExpectedVersion(expected);
        const QList<NewEvent> batch{makeEvent(stream, QStringLiteral("A"), "{}"),
                                    makeEvent(stream, QStringLiteral("B"), "{}")};
        try {
            const AppendResult r = store->append(stream, batch, ev);
            QVERIFY2(!conflict, "append should have conflicted");
            QCOMPARE(r.lastPosition, existing + 1);
        } catch (const StoreError& e) {
            QVERIFY2(conflict, qPrintable(e.message()));
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(stream), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("expected %1").arg(expected)),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("actual %1").arg(existing - 1)),
                     qPrintable(e.message()));
            // The whole batch was refused.
            QCOMPARE(store->streamVersion(stream), existing - 1);
        }
    }

    void idempotentAppend()
    {
        auto store = freshStore();
        const NewEvent e = makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{\"x\":1,\"y\":2}");
        store->append(QStringLiteral("a-1"), {makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{}")},
                      std::nullopt);
        QCOMPARE(store->append(QStringLiteral("a-1"), {e}, std::nullopt).lastPosition, 1);
        // Retried after a lost acknowledgement, even with keys in another order: nothing new.
        NewEvent retry = e;
        retry.data = "{\"y\": 2, \"x\": 1}";
        const AppendResult r = store->append(QStringLiteral("a-1"), {retry}, std::nullopt);
        QCOMPARE(r.written, 0);
        QCOMPARE(r.lastPosition, 1);
        QCOMPARE(store->headPosition(), 2);

        // The same retry with the expected version of the first attempt: still the stored result.
        const AppendResult again = store->append(QStringLiteral("a-1"), {retry}, 0);
        QCOMPARE(again.written, 0);
        QCOMPARE(again.lastPosition, 1);

        NewEvent clash = e;
        clash.data = "{\"x\":2}";
        try {
            store->append(QStringLiteral("a-1"), {clash}, std::nullopt);
            QFAIL("same id with other data was accepted");
        } catch (const StoreError& error) {
            QCOMPARE(error.kind(), StoreError::Kind::BadInput);
            QVERIFY2(error.message().contains(e.id.toString(QUuid::WithoutBraces)),
                     qPrintable(error.message()));
        }
        QCOMPARE(store->headPosition(), 2);
    }

    void appendRefusesNonObjects()
    {
        auto store = freshStore();
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 store->append(QStringLiteral("a-1"),
                                               {makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "[1]")},
                                               std::nullopt));
        QVERIFY_THROWS_EXCEPTION(
            StoreError,
            store->append(QStringLiteral("a-1"),
                          {makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{}", "7")}, std::nullopt));
        QCOMPARE(store->headPosition(), 0);
    }

    void readLogFilters()
    {
        auto store = freshStore();
        for (int i = 0; i < 5; ++i) {
            store->append(QStringLiteral("quiz-%1").arg(i),
                          {makeEvent(QStringLiteral("quiz-%1").arg(i), QStringLiteral("QuizStarted"), "{}")},
                          std::nullopt);
            store->append(
                QStringLiteral("student-%1").arg(i),
                {makeEvent(QStringLiteral("student-%1").arg(i), QStringLiteral("StudentLoggedIn"), "{}")},
                std::nullopt);
            store->append(QStringLiteral("quiz-%1").arg(i),
                          {makeEvent(QStringLiteral("quiz-%1").arg(i), QStringLiteral("QuizPassed"), "{}")},
                          std::nullopt);
        }
        LogQuery all;
        LogBatch b = store->readLog(all);
        QCOMPARE(b.events.size(), 15);
        QCOMPARE(b.safePosition, 15);
        QVERIFY(b.atHead);

        LogQuery quizzes;
        quizzes.category = QStringLiteral("quiz");
        b = store->readLog(quizzes);
        QCOMPARE(b.events.size(), 10);
        for (const auto& e : b.events)
            QVERIFY(e.streamName.startsWith(QLatin1String("quiz-")));

        LogQuery passed;
        passed.types = {QStringLiteral("QuizPassed"), QStringLiteral("StudentLoggedIn")};
        passed.afterGlobalPosition = 6;
        b = store->readLog(passed);
        QCOMPARE(b.events.size(), 6);
        QCOMPARE(b.events.first().globalPosition, 8);

        LogQuery paged;
        paged.limit = 4;
        b = store->readLog(paged);
        QCOMPARE(b.events.size(), 4);
        QCOMPARE(b.safePosition, 4);
        QVERIFY(!b.atHead);
        paged.afterGlobalPosition = b.safePosition;
        QCOMPARE(store->readLog(paged).events.first().globalPosition, 5);

        // A filter that matches nothing still moves the reader to the head.
        LogQuery none;
        none.types = {QStringLiteral("Nothing")};
        b = store->readLog(none);
        QVERIFY(b.events.isEmpty());
        QCOMPARE(b.safePosition, 15);
    }

    void countsAndVersions()
    {
        auto store = freshStore();
        QCOMPARE(store->streamVersion(QStringLiteral("a-1")), -1);
        QCOMPARE(store->headPosition(), 0);
        store->append(QStringLiteral("a-1"),
                      {makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{}"),
                       makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{}")},
                      std::nullopt);
        store->append(QStringLiteral("a-2"), {makeEvent(QStringLiteral("a-2"), QStringLiteral("T"), "{}")},
                      std::nullopt);
        store->append(QStringLiteral("b"), {makeEvent(QStringLiteral("b"), QStringLiteral("T"), "{}")},
                      std::nullopt);
        QCOMPARE(store->streamVersion(QStringLiteral("a-1")), 1);
        const auto categories = store->categories();
        QCOMPARE(categories.size(), 2);
        QCOMPARE(categories[0].name, QStringLiteral("a"));
        QCOMPARE(categories[0].streamCount, 2);
        QCOMPARE(categories[0].eventCount, 3);
        QCOMPARE(categories[1].name, QStringLiteral("b"));
        const auto streams = store->streams(QStringLiteral("a"), QString(), 10);
        QCOMPARE(streams.size(), 2);
        QCOMPARE(streams[0].name, QStringLiteral("a-1"));
        QCOMPARE(streams[0].eventCount, 2);
        QCOMPARE(streams[0].version, 1);
        QCOMPARE(store->streams(QStringLiteral("a"), QStringLiteral("a-1"), 10).size(), 1);
    }

    void importAssignsPositionsAndIsAtomic()
    {
        auto store = freshStore();
        store->append(QStringLiteral("a-1"), {makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{}")},
                      std::nullopt);
        QList<NewEvent> events;
        for (int i = 0; i < 300; ++i)
            events.append(makeEvent(QStringLiteral("a-%1").arg(i % 7), QStringLiteral("T"),
                                    QByteArray("{\"i\":") + QByteArray::number(i) + "}"));
        {
            ListSource failing(events, 250);
            QVERIFY_THROWS_EXCEPTION(StoreError, store->importEvents(failing));
            QCOMPARE(store->headPosition(), 1);
        }
        ListSource source(events);
        const ImportResult r = store->importEvents(source);
        QCOMPARE(r.written, 300);
        QCOMPARE(store->streamVersion(QStringLiteral("a-1")), 43); // 1 appended + 43 imported (i % 7 == 1)
        QCOMPARE(store->streamVersion(QStringLiteral("a-0")), 42);

        ListSource again(events);
        const ImportResult repeat = store->importEvents(again);
        QCOMPARE(repeat.written, 0);
        QCOMPARE(repeat.duplicates, 300);
        QCOMPARE(store->headPosition(), 301);
    }

    void importChecksSuppliedPositions()
    {
        auto store = freshStore();
        NewEvent first = makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{}");
        first.position = 0;
        NewEvent skipping = makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{}");
        skipping.position = 2;
        ListSource source({first, skipping});
        try {
            store->importEvents(source);
            QFAIL("accepted a position gap");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::BadInput);
            QVERIFY2(e.message().contains(QLatin1String("list:2: position: expected 1")),
                     qPrintable(e.message()));
        }
        QCOMPARE(store->headPosition(), 0);
    }

    void scanLogMatchesReadLog()
    {
        auto store = freshStore();
        checkScanMatchesRead(*store);
    }

    void projectionSnapshotsRoundTrip()
    {
        auto store = freshStore();
        checkProjectionSnapshots(*store);
    }

    void streamSnapshotsRoundTrip()
    {
        auto store = freshStore();
        checkStreamSnapshots(*store);
    }
};

QTEST_GUILESS_MAIN(TestSqliteEventStore)
#include "TestSqliteEventStore.moc"
