// The projection runner against real stores: resuming from a snapshot gives the same
// state as an uninterrupted run, a poison event is parked and the projection goes on past it,
// snapshots of other code are rebuilt, and external Eventide consumers are listed with their lag.

#include "BuiltInProjections.h"
#include "DemoGenerator.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "ProjectionRunner.h"
#include "ProjectionStatusReader.h"
#include "ProjectionTestStore.h"
#include "SqliteEventStore.h"
#include "TestEvents.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

namespace {

QList<QByteArray> statesOf(BuiltInProjections& p)
{
    QList<QByteArray> out;
    for (const Projection* x : p.all())
        out << x->saveState();
    return out;
}

// The states an uninterrupted in-memory run from the first event ends with.
QList<QByteArray> referenceStates(EventStore& store)
{
    BuiltInProjections p;
    ProjectionRunnerOptions o;
    o.persist = false;
    o.rebuild = true;
    ProjectionRunner runner(store, p.all(), o);
    runner.start();
    runner.catchUp();
    return statesOf(p);
}

} // namespace

class TestProjectionRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<PgTestDatabase> m_db;

    std::unique_ptr<EventStore> freshStore()
    {
        QFETCH_GLOBAL(QString, backend);
        std::unique_ptr<EventStore> store;
        if (backend == QLatin1String("sqlite")) {
            store = std::make_unique<SqliteEventStore>(
                m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_files)), true);
        } else {
            m_db = std::make_unique<PgTestDatabase>();
            if (!m_db->isValid()) {
                qWarning("%s", qPrintable(m_db->error()));
                return nullptr;
            }
            store = std::make_unique<PostgresEventStore>(m_db->conninfo());
        }
        store->initialize();
        return store;
    }

    static void fillWithDemo(EventStore& store)
    {
        DemoOptions o;
        o.students = 80;
        o.days = 30;
        DemoGenerator demo(o);
        store.importEvents(demo);
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void resumeEqualsUninterruptedRun_data()
    {
        QTest::addColumn<int>("stopPercent");
        QTest::addColumn<int>("batchSize");
        QTest::newRow("early, small batches") << 5 << 97;
        QTest::newRow("half way") << 50 << 1000;
        QTest::newRow("near the end") << 99 << 5000;
    }
    void resumeEqualsUninterruptedRun()
    {
        QFETCH(int, stopPercent);
        QFETCH(int, batchSize);
        auto store = freshStore();
        QVERIFY(store);
        fillWithDemo(*store);
        const qint64 head = store->headPosition();
        QVERIFY2(head > 3000, qPrintable(QString::number(head)));
        const QList<QByteArray> expected = referenceStates(*store);

        const qint64 stop = head * stopPercent / 100;
        {
            BuiltInProjections p;
            ProjectionRunnerOptions o;
            o.stopAt = stop;
            o.batchSize = batchSize;
            o.saveEveryEvents = 1500;
            ProjectionRunner first(*store, p.all(), o);
            for (const ProjectionStart& s : first.start())
                QCOMPARE(s.from, ProjectionStart::From::Nothing);
            first.catchUp();
            QCOMPARE(first.checkpointOf(QStringLiteral("question-stats")), stop);
        }
        BuiltInProjections p;
        ProjectionRunner second(*store, p.all());
        for (const ProjectionStart& s : second.start()) {
            QCOMPARE(s.from, ProjectionStart::From::Snapshot);
            QCOMPARE(s.checkpoint, stop);
        }
        QCOMPARE(second.catchUp(), head - stop);
        QCOMPARE(statesOf(p), expected);
        for (const QString& name : p.names())
            QCOMPARE(store->loadProjection(name)->checkpoint, head);
        const QList<ProjectionStatus> status = ProjectionStatusReader::read(*store, p.all());
        QCOMPARE(status.size(), 4);
        for (const ProjectionStatus& s : status) {
            QCOMPARE(s.state, ProjectionStatus::State::CaughtUp);
            QCOMPARE(s.lagEvents, 0);
        }
    }

    void poisonEventIsParkedAndPassed()
    {
        auto store = freshStore();
        QVERIFY(store);
        const QString quiz = QStringLiteral("quiz-p1");
        store->append(quiz,
                      {makeEvent(quiz, QStringLiteral("QuizStarted"),
                                 "{\"quizId\":\"p1\",\"studentId\":5,\"sectionId\":\"s\"}"),
                       // No questionId: question-stats cannot count it.
                       makeEvent(quiz, QStringLiteral("QuestionAnsweredCorrectly"), "{\"answer\":\"4\"}"),
                       makeEvent(quiz, QStringLiteral("QuestionAnsweredCorrectly"),
                                 "{\"questionId\":9,\"answer\":\"4\"}")},
                      std::nullopt);
        const qint64 poison = 2;

        BuiltInProjections p;
        ProjectionRunner runner(*store, p.all());
        runner.start();
        runner.catchUp();
        QVERIFY(runner.parkedInThisRun() >= 1);
        QCOMPARE(runner.checkpointOf(QStringLiteral("question-stats")), 3);
        // The good answer after the poison was counted.
        const auto questions = p.questionStats.questions();
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions[0].questionId, QStringLiteral("9"));
        QCOMPARE(questions[0].attempts, 1);

        const QList<ParkedEvent> parked = store->parkedEvents(QStringLiteral("question-stats"), 10);
        QCOMPARE(parked.size(), 1);
        QCOMPARE(parked[0].globalPosition, poison);
        QCOMPARE(parked[0].streamName, quiz);
        QCOMPARE(parked[0].type, QStringLiteral("QuestionAnsweredCorrectly"));
        QVERIFY2(parked[0].reason.contains(QLatin1String("questionId")), qPrintable(parked[0].reason));

        const QList<ProjectionStatus> status = ProjectionStatusReader::read(*store, p.all());
        const auto stats = std::find_if(status.cbegin(), status.cend(), [](const ProjectionStatus& s) {
            return s.name == QLatin1String("question-stats");
        });
        QVERIFY(stats != status.cend());
        QCOMPARE(stats->parked, 1);
        QCOMPARE(stats->checkpoint, 3);
        QCOMPARE(stats->state, ProjectionStatus::State::CaughtUp);

        // A rebuild parks it again, once: the earlier parking is forgotten, not doubled.
        BuiltInProjections again;
        ProjectionRunnerOptions o;
        o.rebuild = true;
        ProjectionRunner rebuild(*store, again.all(), o);
        rebuild.start();
        rebuild.catchUp();
        QCOMPARE(store->parkedEvents(QStringLiteral("question-stats"), 10).size(), 1);
        QCOMPARE(store->loadProjection(QStringLiteral("question-stats"))->parkedCount, 1);
    }

    void otherCodeVersionRebuilds()
    {
        auto store = freshStore();
        QVERIFY(store);
        fillWithDemo(*store);
        const QList<QByteArray> expected = referenceStates(*store);
        {
            BuiltInProjections p;
            ProjectionRunner runner(*store, p.all());
            runner.start();
            runner.catchUp();
        }
        // Pretend question-stats was saved by other code, and student-progress's bytes are damaged.
        auto stats = *store->loadProjection(QStringLiteral("question-stats"));
        stats.codeVersion = "0123456789ab";
        auto progress = *store->loadProjection(QStringLiteral("student-progress"));
        progress.state = "not a state";
        store->saveProjections({stats, progress}, {});

        BuiltInProjections p;
        ProjectionRunner runner(*store, p.all());
        const QList<ProjectionStart> starts = runner.start();
        QCOMPARE(starts[0].from, ProjectionStart::From::VersionMismatch);
        QCOMPARE(starts[1].from, ProjectionStart::From::Unreadable);
        QCOMPARE(starts[2].from, ProjectionStart::From::Snapshot);
        QCOMPARE(starts[3].from, ProjectionStart::From::Snapshot);
        const QList<ProjectionStatus> before = ProjectionStatusReader::read(*store, p.all());
        QCOMPARE(before[0].state, ProjectionStatus::State::NeedsRebuild);
        runner.catchUp();
        QCOMPARE(statesOf(p), expected);
        QCOMPARE(store->loadProjection(QStringLiteral("question-stats"))->codeVersion,
                 p.questionStats.codeVersion());
    }

    void externalConsumersAreListedWithTheirLag()
    {
        auto store = freshStore();
        QVERIFY(store);
        for (int i = 0; i < 10; ++i)
            store->append(QStringLiteral("account-%1").arg(i),
                          {makeEvent(QStringLiteral("account-%1").arg(i), QStringLiteral("Opened"), "{}")},
                          std::nullopt);
        // Eventide writes its position every so often; the last message is the checkpoint.
        const QString worker = QStringLiteral("account:position-worker1");
        store->append(worker, {makeEvent(worker, QStringLiteral("Recorded"), "{\"position\":3}")},
                      std::nullopt);
        store->append(worker, {makeEvent(worker, QStringLiteral("Recorded"), "{\"position\":7}")},
                      std::nullopt);
        // A consumer of account:command that has read the first of its two commands (13 and 14).
        for (int i = 0; i < 2; ++i)
            store->append(
                QStringLiteral("account:command-%1").arg(i),
                {makeEvent(QStringLiteral("account:command-%1").arg(i), QStringLiteral("Open"), "{}")},
                std::nullopt);
        const QString other = QStringLiteral("account:command+position");
        store->append(other, {makeEvent(other, QStringLiteral("Updated"), "{\"position\":13}")},
                      std::nullopt);

        BuiltInProjections p;
        const QList<ProjectionStatus> status = ProjectionStatusReader::read(*store, p.all());
        QCOMPARE(status.size(), 6);
        const ProjectionStatus& a = status[4];
        const ProjectionStatus& b = status[5];
        QCOMPARE(a.state, ProjectionStatus::State::External);
        QCOMPARE(a.name, other);
        QCOMPARE(a.category, QString("account:command"));
        QCOMPARE(a.checkpoint, 13);
        QCOMPARE(a.head, 14);
        QCOMPARE(a.lagEvents, 1);
        QCOMPARE(b.name, worker);
        QCOMPARE(b.category, QString("account"));
        QCOMPARE(b.checkpoint, 7);
        QCOMPARE(b.head, 10);
        QCOMPARE(b.lagEvents, 3); // account-7, -8 and -9; not the commands, not the positions
        QVERIFY(b.lagSeconds >= 0);
    }

    void consumedCategoryFollowsEventideNaming_data()
    {
        QTest::addColumn<QString>("positionStream");
        QTest::addColumn<QString>("category");
        QTest::newRow("plain") << "account:position"
                               << "account";
        QTest::newRow("identifier") << "account:position-worker1"
                                    << "account";
        QTest::newRow("typed category") << "account:command+position"
                                        << "account:command";
        QTest::newRow("typed, identifier") << "account:command+position-worker1"
                                           << "account:command";
        QTest::newRow("identifier with a dash") << "account:position-worker-1"
                                                << "account";
        QTest::newRow("two types") << "account:command+audit+position-w"
                                   << "account:command+audit";
        QTest::newRow("no position type") << "account:command-1"
                                          << "";
        QTest::newRow("no types") << "account-1"
                                  << "";
    }

    void consumedCategoryFollowsEventideNaming()
    {
        QFETCH(QString, positionStream);
        QFETCH(QString, category);
        QCOMPARE(ProjectionStatusReader::consumedCategory(positionStream), category);
    }

    // A consumer's lag is counted in the category it reads: events of other categories appended
    // after its checkpoint are not behind it.
    void consumerLagCountsOnlyItsCategory()
    {
        auto store = freshStore();
        QVERIFY(store);
        const auto add = [&](const QString& stream, const char* type) {
            store->append(stream, {makeEvent(stream, type, "{}")}, std::nullopt);
        };
        add("course-1", "CourseCreated");
        add("course-1", "ChapterAdded");
        add("course-2", "CourseCreated");
        const QString consumer = QStringLiteral("course:position-catalog");
        recordConsumerPosition(*store, consumer, 3);
        add("quiz-1", "QuizStarted");
        add("quiz-1", "QuestionAssigned");
        add("quiz-2", "QuizStarted");

        const auto consumerStatus = [&]() -> std::optional<ProjectionStatus> {
            BuiltInProjections p;
            for (const ProjectionStatus& s : ProjectionStatusReader::read(*store, p.all()))
                if (s.name == consumer)
                    return s;
            return std::nullopt;
        };
        auto s = consumerStatus();
        QVERIFY(s);
        QCOMPARE(store->headPosition(), 7);
        QCOMPARE(s->category, QString("course"));
        QCOMPARE(s->checkpoint, 3);
        QCOMPARE(s->head, 3);
        QCOMPARE(s->lagEvents, 0);
        QCOMPARE(s->lagSeconds, 0.0);

        // A course event after the quizzes is behind it; the quizzes still are not.
        add("course-2", "ChapterAdded");
        add("quiz-3", "QuizStarted");
        s = consumerStatus();
        QVERIFY(s);
        QCOMPARE(s->head, 8);
        QCOMPARE(s->lagEvents, 1);
        QVERIFY(s->lagSeconds >= 0);
        QCOMPARE(store->categoryHead(QStringLiteral("course")).globalPosition, 8);
        QCOMPARE(store->countInCategory(QStringLiteral("course"), 0), 4);
        QCOMPARE(store->countInCategory(QStringLiteral("quiz"), 4), 4);
        QCOMPARE(store->countInCategory(QStringLiteral("quiz"), 9), 0);
        QCOMPARE(store->categoryHead(QStringLiteral("nothing")).globalPosition, 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectionRunner)
#include "TestProjectionRunner.moc"
