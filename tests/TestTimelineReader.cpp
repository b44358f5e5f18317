// Reading a student's timeline from real SQLite files and a real PostgreSQL database: the streams
// the student-timeline projection lists, merged in global order, with section titles as they were
// when each event happened; progress at a moment compared with a replay of the quizzes.
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "ProjectionRunner.h"
#include "SqliteEventStore.h"
#include "StreamReplayer.h"
#include "StudentProgressAt.h"
#include "StudentTimelineProjection.h"
#include "TimelineReader.h"
#include "TimelineTestLog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestTimelineReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<EventStore> openStore(std::unique_ptr<PgTestDatabase>& db)
    {
        QFETCH_GLOBAL(QString, backend);
        std::unique_ptr<EventStore> store;
        if (backend == QLatin1String("sqlite")) {
            store = std::make_unique<SqliteEventStore>(
                m_dir.filePath(QStringLiteral("timeline%1.sqlite").arg(++m_files)), true);
        } else {
            db = std::make_unique<PgTestDatabase>();
            if (!db->isValid()) {
                qWarning("%s", qPrintable(db->error()));
                return {};
            }
            store = std::make_unique<PostgresEventStore>(db->conninfo());
        }
        store->initialize();
        return store;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mergesStreamsInGlobalOrder_data()
    {
        QTest::addColumn<int>("scanEventsPerStream");
        QTest::newRow("stream by stream") << 0;
        QTest::newRow("scanning the category") << 1000;
    }

    void mergesStreamsInGlobalOrder()
    {
        QFETCH(int, scanEventsPerStream);
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY(store);
        TimelineTestLog::fill(*store);

        const StudentTimeline timeline =
            TimelineReader(*store, {scanEventsPerStream}).read(QStringLiteral("7"));
        QVERIFY(timeline.known);
        QCOMPARE(timeline.name, QStringLiteral("Anna de Vries"));
        QCOMPARE(timeline.email, QStringLiteral("anna@school.nl"));
        QCOMPARE(timeline.streams, QStringList({QStringLiteral("student-7"), QStringLiteral("quiz-a"),
                                                QStringLiteral("quiz-c")}));
        QList<qint64> positions;
        qint64 lastTime = 0;
        for (const TimelineEntry& e : timeline.entries) {
            positions << e.globalPosition;
            QVERIFY(e.timeUs >= lastTime);
            lastTime = e.timeUs;
            QVERIFY(!e.id.isNull());
        }
        QCOMPARE(positions, TimelineTestLog::student7Positions());
    }

    void takesWhatSentencesNeedFromTheEvents_data() { mergesStreamsInGlobalOrder_data(); }

    void takesWhatSentencesNeedFromTheEvents()
    {
        QFETCH(int, scanEventsPerStream);
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY(store);
        TimelineTestLog::fill(*store);
        const StudentTimeline timeline =
            TimelineReader(*store, {scanEventsPerStream}).read(QStringLiteral("7"));
        QCOMPARE(timeline.entries.size(), 16);

        const auto entry = [&timeline](qint64 position) {
            for (const TimelineEntry& e : timeline.entries) {
                if (e.globalPosition == position)
                    return e;
            }
            return TimelineEntry();
        };
        QCOMPARE(entry(5).kind, TimelineEntry::Kind::Registered);
        QCOMPARE(entry(5).studentName, QStringLiteral("Anna de Vries"));
        QCOMPARE(entry(11).kind, TimelineEntry::Kind::AnsweredIncorrectly);
        QCOMPARE(entry(11).questionId, QStringLiteral("442"));
        QCOMPARE(entry(11).answer, QStringLiteral("12"));
        QCOMPARE(entry(11).quizId, QStringLiteral("a"));
        // Section s1 was renamed only after quiz a: its entries keep the title of their time.
        QCOMPARE(entry(8).sectionTitle, QStringLiteral("Breuken"));
        QCOMPARE(entry(17).kind, TimelineEntry::Kind::QuizPassed);
        QCOMPARE(entry(17).sectionTitle, QStringLiteral("Breuken"));
        QCOMPARE(entry(17).answersInQuiz, 4);
        // Section s2 was renamed before quiz c.
        QCOMPARE(entry(20).sectionId, QStringLiteral("s2"));
        QCOMPARE(entry(20).sectionTitle, QStringLiteral("Procenten en breuken"));
        QCOMPARE(entry(24).kind, TimelineEntry::Kind::QuizFailed);
        QCOMPARE(entry(24).answersInQuiz, 2);
        QCOMPARE(entry(22).answer, QStringLiteral("10%"));
    }

    void unknownStudentIsNotKnown()
    {
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY(store);
        TimelineTestLog::fill(*store);
        const StudentTimeline timeline = TimelineReader(*store).read(QStringLiteral("99"));
        QVERIFY(!timeline.known);
        QVERIFY(timeline.entries.isEmpty());
        // Student 8 is there, with its own quiz only.
        const StudentTimeline other = TimelineReader(*store).read(QStringLiteral("8"));
        QVERIFY(other.known);
        QCOMPARE(other.entries.size(), 3);
    }

    void cancelledReadThrows()
    {
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY(store);
        TimelineTestLog::fill(*store);
        JobControl control;
        const_cast<std::atomic<bool>*>(control.cancelFlag())->store(true);
        QVERIFY_THROWS_EXCEPTION(StoreError, TimelineReader(*store).read(QStringLiteral("7"), &control));
    }

    // The progress at a moment equals a replay of the student's quizzes up to
    // that moment, at every moment of the timeline.
    void progressAtEveryMomentEqualsReplay()
    {
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY(store);
        TimelineTestLog::fill(*store);
        const StudentTimeline timeline = TimelineReader(*store).read(QStringLiteral("7"));
        StreamReplayer replayer(*store);

        QList<qint64> moments = {0};
        for (const TimelineEntry& e : timeline.entries)
            moments << e.globalPosition;
        for (const qint64 moment : moments) {
            StudentProgressAt::Figures replayed;
            qint64 lastAnswerPosition = -1;
            for (const QString& stream : timeline.streams) {
                if (!stream.startsWith(QLatin1String("quiz-")))
                    continue;
                qint64 until = -1;
                for (const RecordedEvent& e : store->readStream(stream, 0, 1000)) {
                    if (e.globalPosition > moment)
                        break;
                    until = e.position;
                    if (e.type.startsWith(QLatin1String("QuestionAnswered")) &&
                        e.globalPosition > lastAnswerPosition)
                        lastAnswerPosition = e.globalPosition;
                }
                if (until < 0)
                    continue;
                const QJsonObject quiz =
                    QJsonDocument::fromJson(replayer.replay(stream, until, std::nullopt, false).json)
                        .object();
                ++replayed.quizzesStarted;
                replayed.quizzesPassed += quiz.value("status").toString() == QLatin1String("passed");
                replayed.quizzesFailed += quiz.value("status").toString() == QLatin1String("failed");
                replayed.answers += quiz.value("answered").toInteger();
                replayed.correct += quiz.value("correct").toInteger();
                // The streak shown is that of the quiz answered in last.
                const auto lastIn = [&](qint64 p) {
                    for (const RecordedEvent& e : store->readStream(stream, 0, 1000)) {
                        if (e.globalPosition == p)
                            return true;
                    }
                    return false;
                };
                if (lastAnswerPosition > 0 && lastIn(lastAnswerPosition))
                    replayed.streak = quiz.value("streak").toInteger();
            }
            const StudentProgressAt::Figures shown = StudentProgressAt::at(timeline.entries, moment);
            QCOMPARE(shown.quizzesStarted, replayed.quizzesStarted);
            QCOMPARE(shown.quizzesPassed, replayed.quizzesPassed);
            QCOMPARE(shown.quizzesFailed, replayed.quizzesFailed);
            QCOMPARE(shown.answers, replayed.answers);
            QCOMPARE(shown.correct, replayed.correct);
            QCOMPARE(shown.streak, replayed.streak);
        }
        // And the end of the timeline, spelled out.
        const StudentProgressAt::Figures end = StudentProgressAt::at(timeline.entries, 25);
        QCOMPARE(end.quizzesStarted, 2);
        QCOMPARE(end.quizzesPassed, 1);
        QCOMPARE(end.quizzesFailed, 1);
        QCOMPARE(end.answers, 6);
        QCOMPARE(end.correct, 4);
        QCOMPARE(end.streak, 0);
    }

    // A timeline of a student with 100,000 events opens in under a second. Measured and
    // printed, not asserted: the machine is shared.
    void hundredThousandEvents_data()
    {
        QTest::addColumn<int>("scanEventsPerStream");
        QTest::addColumn<bool>("snapshot");
        const int scan = TimelineReader::Options().scanEventsPerStream;
        // As on a store whose projections are kept (rewind serve, projections run), and from nothing.
        QTest::newRow("from a snapshot") << scan << true;
        QTest::newRow("no snapshot") << scan << false;
        QTest::newRow("no snapshot, stream by stream") << 0 << false;
    }

    void hundredThousandEvents()
    {
        QFETCH(int, scanEventsPerStream);
        QFETCH(bool, snapshot);
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY(store);
        constexpr int Quizzes = 12500; // 8 events each, with the student's own 2 events: 100,002
        QList<NewEvent> events;
        events.reserve(Quizzes * 8 + 2);
        qint64 t = TimelineTestLog::at("2026-01-05T08:00:00Z");
        const auto add = [&](const QString& stream, const QString& type, const QByteArray& data) {
            NewEvent e = makeEvent(stream, type, data);
            e.timeUs = (t += 1000000);
            events.append(e);
        };
        add(QStringLiteral("student-1"), QStringLiteral("StudentRegistered"),
            R"({"studentId":1,"name":"Veel Werk","email":"veel@school.nl"})");
        add(QStringLiteral("student-1"), QStringLiteral("StudentLoggedIn"), "{}");
        for (int q = 0; q < Quizzes; ++q) {
            const QString stream = QStringLiteral("quiz-%1").arg(q);
            const QByteArray question = QByteArray::number(q % 400);
            add(stream, QStringLiteral("QuizStarted"),
                "{\"quizId\":" + QByteArray::number(q) + ",\"studentId\":1,\"sectionId\":\"s1\"}");
            for (int a = 0; a < 3; ++a) {
                add(stream, QStringLiteral("QuestionAssigned"), "{\"questionId\":" + question + "}");
                add(stream, QStringLiteral("QuestionAnsweredCorrectly"),
                    "{\"questionId\":" + question + ",\"answer\":\"4\"}");
            }
            add(stream, QStringLiteral("QuizPassed"), "{}");
        }
        ListSource source(events);
        store->importEvents(source);
        if (snapshot) {
            StudentTimelineProjection projection;
            ProjectionRunner runner(*store, {&projection});
            runner.start();
            runner.catchUp();
        }

        QElapsedTimer timer;
        timer.start();
        const StudentTimeline timeline =
            TimelineReader(*store, {scanEventsPerStream}).read(QStringLiteral("1"));
        const qint64 ms = timer.elapsed();
        QFETCH_GLOBAL(QString, backend);
        qInfo("timeline of a student with %lld events from %lld streams opened in %lld ms (%s, %s)",
              qlonglong(timeline.entries.size()), qlonglong(timeline.streams.size()), qlonglong(ms),
              qPrintable(backend), QTest::currentDataTag());
        QCOMPARE(timeline.entries.size(), qsizetype(Quizzes) * 8 + 2);
        QCOMPARE(
            StudentProgressAt::at(timeline.entries, timeline.entries.last().globalPosition).quizzesPassed,
            Quizzes);
    }
};

QTEST_GUILESS_MAIN(TestTimelineReader)
#include "TestTimelineReader.moc"
