// Replaying a stream from aggregate snapshots against real SQLite files and a real
// PostgreSQL database: a snapshot may change how fast a replay is, never what it prints.
#include "AggregateFold.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "SqliteEventStore.h"
#include "StreamReplayer.h"
#include "TestEvents.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

namespace {

RecordedEvent recorded(const QString& stream, const QString& type, const QByteArray& data, qint64 position)
{
    RecordedEvent e;
    e.position = position;
    e.streamName = stream;
    e.type = type;
    e.data = data;
    return e;
}

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

// The i-th event of a long stream of each kind, touching every field of the kind's state over and
// over, with numeric and string ids and nested values mixed.
NewEvent quizEvent(const QString& stream, qint64 i)
{
    if (i == 0)
        return makeEvent(stream, "QuizStarted", "{\"quizId\":\"q-1\",\"studentId\":23,\"sectionId\":\"s1\"}");
    switch (i % 7) {
    case 1:
        return makeEvent(stream, "QuestionAssigned",
                         i % 2 ? "{\"questionId\":" + number(i) + "}"
                               : "{\"questionId\":\"x" + number(i) + "\"}");
    case 2:
        return makeEvent(stream, "QuestionAnsweredCorrectly", "{\"questionId\":1,\"answer\":\"4\"}");
    case 3:
        return makeEvent(stream, "ExplanationViewed", "{\"questionId\":1}");
    case 4:
        return makeEvent(stream, "QuestionAnsweredIncorrectly", "{\"questionId\":1,\"answer\":\"5\"}");
    case 5:
        return makeEvent(stream, i % 3 ? "QuizPassed" : "QuizFailed", "{}");
    default:
        return makeEvent(stream, "QuestionAssigned", "{}");
    }
}

NewEvent questionEvent(const QString& stream, qint64 i)
{
    if (i == 0)
        return makeEvent(stream, "QuestionDrafted",
                         "{\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":3,\"text\":\"2+2?\","
                         "\"answers\":[\"3\",\"4\"],\"correctAnswers\":[\"4\"],\"explanation\":null}");
    switch (i % 6) {
    case 1:
        return makeEvent(stream, "QuestionTextChanged", "{\"text\":\"version " + number(i) + "\"}");
    case 2:
        return makeEvent(stream, "AnswersChanged",
                         "{\"answers\":[\"" + number(i) +
                             "\",{\"nested\":[1,2.5,null]}],\"correctAnswers\":[\"" + number(i) + "\"]}");
    case 3:
        return makeEvent(stream, "ExplanationChanged", "{\"explanation\":{\"steps\":[\"a\",\"b\"]}}");
    case 4:
        return makeEvent(stream, "QuestionPublished",
                         i % 4 ? "{\"revision\":" + number(i) + "}"
                               : "{\"revision\":\"r" + number(i) + "\"}");
    default:
        return makeEvent(stream, i % 5 ? "QuestionRetired" : "Unknown", "{\"reason\":\"old\"}");
    }
}

NewEvent genericEvent(const QString& stream, qint64 i)
{
    QByteArray data = "{\"n\":" + number(i) + ",\"k" + number(i % 13) + "\":";
    switch (i % 5) {
    case 0:
        data += "{\"nested\":{\"i\":" + number(i) + ",\"list\":[1,\"two\",null,true]}}";
        break;
    case 1:
        data += "\"text " + number(i) + " caf\xc3\xa9\"";
        break;
    case 2:
        data += "1152921504606846977"; // 2^60 + 1: survives only as an integer
        break;
    case 3:
        data += "null";
        break;
    default:
        data += number(i) + ".25";
        break;
    }
    data += "}";
    return makeEvent(stream, i % 3 ? "Counted" : "Reset", data);
}

NewEvent eventOf(const QString& kind, const QString& stream, qint64 i)
{
    if (kind == QLatin1String("quiz"))
        return quizEvent(stream, i);
    if (kind == QLatin1String("question"))
        return questionEvent(stream, i);
    return genericEvent(stream, i);
}

// Every event of a stream, read back the way the store keeps it.
QList<RecordedEvent> readAll(EventStore& store, const QString& stream)
{
    QList<RecordedEvent> all;
    for (;;) {
        const QList<RecordedEvent> page = store.readStream(stream, all.size(), 1000);
        all += page;
        if (page.size() < 1000)
            return all;
    }
}

// The states after each position, folded in memory: what every replay must print.
QList<QByteArray> statesAfterEach(const QString& stream, const QList<RecordedEvent>& events)
{
    QList<QByteArray> states;
    AggregateFold fold(stream);
    for (const RecordedEvent& e : events) {
        fold.apply(e);
        states.append(fold.toJson());
    }
    return states;
}

// Counts the calls that save snapshots, to see that they are saved in batches.
template <class Store> class CountingStore : public Store
{
public:
    using Store::Store;
    void saveStreamSnapshots(const QList<StreamSnapshot>& snapshots) override
    {
        ++saveCalls;
        Store::saveStreamSnapshots(snapshots);
    }
    int saveCalls = 0;
};

} // namespace

class TestStreamReplayer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh, initialised store of the backend named by the test row; `db` keeps a PostgreSQL
    // database alive for as long as the store is used.
    template <class Sqlite = SqliteEventStore, class Postgres = PostgresEventStore>
    std::unique_ptr<EventStore> openStore(std::unique_ptr<PgTestDatabase>& db)
    {
        QFETCH_GLOBAL(QString, backend);
        std::unique_ptr<EventStore> store;
        if (backend == QLatin1String("sqlite")) {
            store = std::make_unique<Sqlite>(m_dir.filePath(QStringLiteral("replay%1.sqlite").arg(++m_files)),
                                             true);
        } else {
            db = std::make_unique<PgTestDatabase>();
            if (!db->isValid()) {
                qWarning("%s", qPrintable(db->error()));
                return {};
            }
            store = std::make_unique<Postgres>(db->conninfo());
        }
        store->initialize();
        return store;
    }

    static bool isSqlite()
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("sqlite");
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void stateRoundTrip_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QList<QByteArray>>("data");
        QTest::newRow("quiz start") << "quiz-1" << QStringList{} << QList<QByteArray>{};
        QTest::newRow("quiz, numeric ids")
            << "quiz-1" << QStringList{"QuizStarted",
                                       "QuestionAssigned",
                                       "QuestionAnsweredCorrectly",
                                       "QuestionAnsweredIncorrectly",
                                       "QuestionAssigned",
                                       "QuizFailed"}
            << QList<QByteArray>{"{\"quizId\":1,\"studentId\":23,\"sectionId\":4}",
                                 "{\"questionId\":442}",
                                 "{}",
                                 "{}",
                                 "{\"questionId\":443}",
                                 "{}"};
        QTest::newRow("quiz, string ids")
            << "quiz-5f1c"
            << QStringList{"QuizStarted", "QuestionAssigned", "QuestionAnsweredCorrectly", "QuizPassed",
                           "QuestionAssigned"}
            << QList<QByteArray>{"{\"quizId\":\"5f1c\",\"studentId\":\"23\",\"sectionId\":\"s-4\"}",
                                 "{\"questionId\":\"442\"}", "{}", "{}", "{\"questionId\":\"443\"}"};
        QTest::newRow("question start") << "question-1" << QStringList{} << QList<QByteArray>{};
        QTest::newRow("question, published")
            << "question-442" << QStringList{"QuestionDrafted", "QuestionPublished", "ExplanationChanged"}
            << QList<QByteArray>{
                   "{\"questionId\":442,\"courseId\":\"c1\",\"sectionId\":9,\"text\":\"1/2 + 1/4?\","
                   "\"answers\":[\"3/4\",\"2/6\"],\"correctAnswers\":[\"3/4\"],"
                   "\"explanation\":\"add quarters\"}",
                   "{\"revision\":3}", "{\"explanation\":{\"steps\":[\"a\",{\"b\":[1,null]}]}}"};
        QTest::newRow("question, retired")
            << "question-x"
            << QStringList{"QuestionDrafted", "QuestionPublished", "AnswersChanged", "QuestionRetired"}
            << QList<QByteArray>{"{\"questionId\":\"x\",\"text\":\"?\"}", "{\"revision\":\"r1\"}",
                                 "{\"answers\":[1,2],\"correctAnswers\":[2]}", "{\"reason\":\"old\"}"};
        QTest::newRow("generic start") << "student-1" << QStringList{} << QList<QByteArray>{};
        QTest::newRow("generic, nested and numbers")
            << "student-1" << QStringList{"StudentRegistered", "Measured"}
            << QList<QByteArray>{
                   "{\"studentId\":11,\"name\":\"Sanne\",\"o\":{\"x\":[1,{\"y\":null}],\"z\":false}}",
                   "{\"big\":1152921504606846977,\"d\":1.5,\"neg\":-7,\"e\":1e300,\"s\":\"caf\xc3\xa9\","
                   "\"version\":99}"};
        QTest::newRow("generic, empty type") << "student-2" << QStringList{""} << QList<QByteArray>{"{}"};
    }
    void stateRoundTrip()
    {
        QFETCH(QString, stream);
        QFETCH(QStringList, types);
        QFETCH(QList<QByteArray>, data);
        AggregateFold fold(stream);
        for (qsizetype i = 0; i < types.size(); ++i)
            fold.apply(recorded(stream, types[i], data[i], i));
        const QByteArray bytes = fold.saveState();

        // Into a fold that holds another state of the same kind: every field is replaced.
        AggregateFold copy(stream);
        copy.apply(recorded(stream, "QuizStarted", "{\"quizId\":0,\"other\":\"x\"}", 41));
        QVERIFY(copy.loadState(bytes));
        QVERIFY(copy == fold);
        QCOMPARE(copy.version(), fold.version());
        QCOMPARE(copy.toJson(), fold.toJson());
        QCOMPARE(copy.saveState(), bytes);
        QCOMPARE(copy.foldVersion(), fold.foldVersion());
    }

    void numericAndStringIdsStayApart()
    {
        AggregateFold numeric(u"quiz-1");
        numeric.apply(recorded("quiz-1", "QuizStarted", "{\"quizId\":1}", 0));
        AggregateFold text(u"quiz-1");
        text.apply(recorded("quiz-1", "QuizStarted", "{\"quizId\":\"1\"}", 0));
        AggregateFold loaded(u"quiz-1");
        QVERIFY(loaded.loadState(numeric.saveState()));
        QVERIFY(loaded == numeric);
        QVERIFY(!(loaded == text));
        QVERIFY(loaded.loadState(text.saveState()));
        QVERIFY(loaded == text);
    }

    void foldVersionNamesTheKind()
    {
        QVERIFY(AggregateFold(u"quiz-1").foldVersion().startsWith("quiz:"));
        QVERIFY(AggregateFold(u"question-1").foldVersion().startsWith("question:"));
        QVERIFY(AggregateFold(u"student-1").foldVersion().startsWith("generic:"));
        QVERIFY(AggregateFold(u"quiz-1").foldVersion().size() > 10);
        QCOMPARE(AggregateFold(u"course-1").foldVersion(), AggregateFold(u"student-9").foldVersion());
    }

    void loadStateRefusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QByteArray>("bytes");
        AggregateFold quiz(u"quiz-1");
        quiz.apply(recorded("quiz-1", "QuizStarted", "{\"quizId\":1,\"studentId\":2,\"sectionId\":3}", 0));
        const QByteArray good = quiz.saveState();
        QTest::newRow("empty") << "quiz-1" << QByteArray();
        QTest::newRow("not a state") << "quiz-1" << QByteArray("{\"quizId\":1}");
        QTest::newRow("cut short") << "quiz-1" << good.first(good.size() - 3);
        QTest::newRow("trailing bytes") << "quiz-1" << good + "x";
        QByteArray otherFormat = good;
        otherFormat[4] = char(99);
        QTest::newRow("another format") << "quiz-1" << otherFormat;
        QTest::newRow("another kind") << "student-1" << good;
        QTest::newRow("question state into quiz") << "quiz-1" << AggregateFold(u"question-1").saveState();
        QByteArray badStatus = good;
        badStatus[badStatus.indexOf("[3]") + 3] = char(9); // the status byte follows the three ids
        QTest::newRow("unknown status") << "quiz-1" << badStatus;
    }
    void loadStateRefusesWhatItCannotRead()
    {
        QFETCH(QString, stream);
        QFETCH(QByteArray, bytes);
        AggregateFold fold(stream);
        fold.apply(recorded(stream, "QuizStarted", "{\"quizId\":\"kept\",\"n\":1}", 5));
        const AggregateFold before = fold;
        QVERIFY(!fold.loadState(bytes));
        QVERIFY(fold == before);
        QCOMPARE(fold.toJson(), before.toJson());
    }

    void snapshotsChangeNothingAtAnyPosition_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("quiz") << "quiz";
        QTest::newRow("question") << "question";
        QTest::newRow("generic") << "generic";
    }
    void snapshotsChangeNothingAtAnyPosition()
    {
        QFETCH(QString, kind);
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore<CountingStore<SqliteEventStore>, CountingStore<PostgresEventStore>>(db);
        QVERIFY(store);
        const QString stream =
            (kind == QLatin1String("generic") ? QStringLiteral("counter") : kind) + QStringLiteral("-1");
        constexpr qint64 Count = 3000;
        constexpr int Every = 250;
        QList<NewEvent> events;
        for (qint64 i = 0; i < Count; ++i)
            events.append(eventOf(kind, stream, i));
        // Another stream of the same category between, which no replay may pick up.
        events.insert(1500, makeEvent(stream + "0", "QuizStarted", "{\"quizId\":\"wrong\"}"));
        ListSource source(events);
        store->importEvents(source);

        StreamReplayer replayer(*store);
        QCOMPARE(replayer.snapshot(stream, Every), int(Count / Every));
        // One save per page of 10,000 events read, not one per snapshot.
        const int saveCalls = isSqlite() ? static_cast<CountingStore<SqliteEventStore>&>(*store).saveCalls
                                         : static_cast<CountingStore<PostgresEventStore>&>(*store).saveCalls;
        QCOMPARE(saveCalls, 1);

        const QList<RecordedEvent> stored = readAll(*store, stream);
        QCOMPARE(stored.size(), Count);
        const QList<QByteArray> expected = statesAfterEach(stream, stored);
        const QByteArray start = AggregateFold(stream).toJson();

        // Every position on SQLite; on PostgreSQL every 7th and each side of every snapshot.
        QList<qint64> positions;
        for (qint64 p = -1; p <= Count + 1; ++p) {
            const qint64 fromSnapshot = (p + 1) % Every;
            if (isSqlite() || p % 7 == 0 || fromSnapshot <= 1 || fromSnapshot == Every - 1 || p >= Count - 1)
                positions.append(p);
        }
        for (const qint64 p : positions) {
            const QByteArray want = p < 0 ? start : expected[std::min(p, Count - 1)];
            const ReplayOutcome with = replayer.replay(stream, p, std::nullopt, true);
            QVERIFY2(with.json == want,
                     qPrintable(QStringLiteral("position %1: %2").arg(p).arg(QString::fromUtf8(with.json))));
            const qint64 snapshot = std::min((p + 1) / Every * Every - 1, Count - 1);
            QCOMPARE(with.snapshotPosition, p < Every - 1 ? -1 : snapshot);
            QCOMPARE(with.eventsFolded, std::min(p, Count - 1) - with.snapshotPosition);
            if (p % 97 == 0 || p == Every - 2 || p == Every - 1 || p == Count - 1) {
                const ReplayOutcome without = replayer.replay(stream, p, std::nullopt, false);
                QCOMPARE(without.json, want);
                QCOMPARE(without.snapshotPosition, -1);
                QCOMPARE(without.eventsFolded, std::min(p, Count - 1) + 1);
            }
        }
        // No limit at all starts from the last snapshot, here the last event.
        const ReplayOutcome whole = replayer.replay(stream, std::nullopt, std::nullopt, true);
        QCOMPARE(whole.json, expected.last());
        QCOMPARE(whole.snapshotPosition, Count - 1);
        QCOMPARE(whole.eventsFolded, 0);
        QCOMPARE(replayer.replay(stream, std::nullopt, std::nullopt, false).json, expected.last());
    }

    void snapshotCountsAndEdges()
    {
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY(store);
        StreamReplayer replayer(*store);
        QCOMPARE(replayer.snapshot(QStringLiteral("counter-empty"), 1), 0);
        QCOMPARE(replayer.replay(QStringLiteral("counter-empty"), std::nullopt, std::nullopt, true).json,
                 AggregateFold(u"counter-empty").toJson());

        QList<NewEvent> events;
        for (int i = 0; i < 5; ++i)
            events.append(genericEvent(QStringLiteral("counter-5"), i));
        ListSource source(events);
        store->importEvents(source);
        QCOMPARE(replayer.snapshot(QStringLiteral("counter-5"), 7), 0);
        QCOMPARE(replayer.snapshot(QStringLiteral("counter-5"), 2), 2);
        QCOMPARE(replayer.snapshot(QStringLiteral("counter-5"), 1), 5);
        for (qint64 p = 0; p < 5; ++p) {
            const auto snapshot = store->loadStreamSnapshot(QStringLiteral("counter-5"),
                                                            AggregateFold(u"counter-5").foldVersion(), p);
            QVERIFY(snapshot);
            QCOMPARE(snapshot->position, p);
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, replayer.snapshot(QStringLiteral("counter-5"), 0));
    }

    void snapshotsOfOtherFoldsAreIgnored()
    {
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY(store);
        const QString stream = QStringLiteral("counter-7");
        QList<NewEvent> events;
        for (int i = 0; i < 40; ++i)
            events.append(genericEvent(stream, i));
        ListSource source(events);
        store->importEvents(source);
        StreamReplayer replayer(*store);
        const QByteArray want = replayer.replay(stream, 30, std::nullopt, false).json;

        // A state that would print something else, at a position a replay to 30 would start from.
        AggregateFold bogus(stream);
        bogus.apply(recorded(stream, "Bogus", "{\"bogus\":true}", 19));
        const QByteArray version = bogus.foldVersion();
        store->saveStreamSnapshots({StreamSnapshot{stream, 19, "generic:000000000000", bogus.saveState()},
                                    StreamSnapshot{stream, 20, "quiz:" + version.mid(8), bogus.saveState()}});
        ReplayOutcome outcome = replayer.replay(stream, 30, std::nullopt, true);
        QCOMPARE(outcome.json, want);
        QCOMPARE(outcome.snapshotPosition, -1);

        // Under this fold's version but unreadable, or not the state at its own position: not trusted.
        store->saveStreamSnapshots({StreamSnapshot{stream, 21, version, "not a state"},
                                    StreamSnapshot{stream, 22, version, bogus.saveState()}});
        outcome = replayer.replay(stream, 30, std::nullopt, true);
        QCOMPARE(outcome.json, want);
        QCOMPARE(outcome.snapshotPosition, -1);
        QCOMPARE(outcome.eventsFolded, 31);

        // A good one is used.
        QCOMPARE(replayer.snapshot(stream, 10), 4);
        outcome = replayer.replay(stream, 30, std::nullopt, true);
        QCOMPARE(outcome.json, want);
        QCOMPARE(outcome.snapshotPosition, 29);
        QCOMPARE(outcome.eventsFolded, 1);
    }

    void untilTimeIgnoresSnapshots()
    {
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY(store);
        const QString stream = QStringLiteral("counter-9");
        constexpr qint64 Base = 1'770'000'000'000'000; // 2026-02-02, in microseconds
        // Times out of position order, as an import may bring them.
        QList<NewEvent> events;
        for (int i = 0; i < 60; ++i) {
            NewEvent e = genericEvent(stream, i);
            e.timeUs = Base + qint64((i * 17) % 60) * 1'000'000;
            events.append(e);
        }
        ListSource source(events);
        store->importEvents(source);
        StreamReplayer replayer(*store);
        QCOMPARE(replayer.snapshot(stream, 10), 6);
        const QList<RecordedEvent> stored = readAll(*store, stream);

        for (const qint64 second : {-1, 0, 5, 29, 30, 47, 59}) {
            const qint64 until = Base + second * 1'000'000;
            AggregateFold fold(stream);
            for (const RecordedEvent& e : stored)
                if (e.timeUs <= until)
                    fold.apply(e);
            const ReplayOutcome with = replayer.replay(stream, std::nullopt, until, true);
            QCOMPARE(with.json, fold.toJson());
            QCOMPARE(with.snapshotPosition, -1);
            QCOMPARE(with.eventsFolded, second + 1);
            QCOMPARE(replayer.replay(stream, std::nullopt, until, false).json, fold.toJson());
        }
    }

    void storeWithoutSnapshotTableStillReplays()
    {
        if (isSqlite())
            QSKIP("the SQLite store adds its snapshot table on first use");
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY(store);
        const QString stream = QStringLiteral("counter-3");
        QList<NewEvent> events;
        for (int i = 0; i < 12; ++i)
            events.append(genericEvent(stream, i));
        ListSource source(events);
        store->importEvents(source);
        const QByteArray want = StreamReplayer(*store).replay(stream, 8, std::nullopt, false).json;

        // A Message DB database that `rewind init` never saw has no schema rewind.
        PgTestConnection raw(db->conninfo());
        QVERIFY2(raw.exec(QStringLiteral("DROP SCHEMA rewind CASCADE")), qPrintable(raw.error()));
        PostgresEventStore plain(db->conninfo());
        StreamReplayer replayer(plain);
        const ReplayOutcome outcome = replayer.replay(stream, 8, std::nullopt, true);
        QCOMPARE(outcome.json, want);
        QCOMPARE(outcome.snapshotPosition, -1);
        QVERIFY_THROWS_EXCEPTION(StoreError, replayer.snapshot(stream, 2));
    }
};

QTEST_GUILESS_MAIN(TestStreamReplayer)
#include "TestStreamReplayer.moc"
