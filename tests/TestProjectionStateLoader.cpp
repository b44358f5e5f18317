// Loading a projection's state for the browsers, on real SQLite files and a real PostgreSQL: the
// result equals a direct run, a matching snapshot is the starting point (and one of other code is
// not), nothing is ever written to the store, and a cancelled or superseded load reports nothing.
#include "BuiltInProjections.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "ProjectionRunner.h"
#include "ProjectionStateLoader.h"
#include "ProjectionTestLog.h"
#include "SqliteEventStore.h"
#include "StoreSession.h"
#include "TestEvents.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

namespace {

constexpr int WaitMs = 30000;
using Kind = ProjectionStateLoader::Kind;

NewEvent eventOf(const QByteArray& line)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype second = line.indexOf(' ', first + 1);
    return makeEvent(QString::fromUtf8(line.left(first)),
                     QString::fromUtf8(line.mid(first + 1, second - first - 1)), line.mid(second + 1));
}

// Three students, a course with two sections, and quizzes with right and wrong answers and
// explanations; the last event answers question 1 wrongly with "last".
QList<NewEvent> knownEvents()
{
    QList<QByteArray> lines = {
        "student-1 StudentRegistered {\"studentId\":1,\"name\":\"Ann\"}",
        "student-2 StudentRegistered {\"studentId\":2,\"name\":\"Bob\"}",
        "course-c1 CourseCreated {\"courseId\":\"c1\",\"title\":\"Maths\",\"language\":\"en\"}",
        "course-c1 SectionAdded {\"chapterId\":\"ch\",\"sectionId\":\"s1\",\"title\":\"Sums\",\"index\":0}",
        "course-c1 SectionAdded "
        "{\"chapterId\":\"ch\",\"sectionId\":\"s2\",\"title\":\"Products\",\"index\":1}",
        "question-1 QuestionDrafted "
        "{\"questionId\":1,\"courseId\":\"c1\",\"sectionId\":\"s1\",\"text\":\"?\"}",
        "question-1 QuestionPublished {\"revision\":1}",
        "question-2 QuestionDrafted "
        "{\"questionId\":2,\"courseId\":\"c1\",\"sectionId\":\"s2\",\"text\":\"?\"}",
        "question-2 QuestionPublished {\"revision\":4}",
    };
    for (int quiz = 0; quiz < 6; ++quiz) {
        const QByteArray stream = "quiz-" + QByteArray::number(quiz);
        lines << stream + " QuizStarted {\"quizId\":\"" + QByteArray::number(quiz) +
                     "\",\"studentId\":" + QByteArray::number(quiz % 3 + 1) + ",\"sectionId\":\"s1\"}";
        for (int i = 0; i < 5; ++i) {
            const QByteArray question = QByteArray::number((quiz + i) % 2 + 1);
            if ((quiz * 5 + i) % 3 == 0) {
                lines << stream + " QuestionAnsweredIncorrectly {\"questionId\":" + question +
                             ",\"answer\":\"w" + QByteArray::number(i % 2) + "\"}";
                lines << stream + " ExplanationViewed {\"questionId\":" + question + "}";
            }
            lines << stream + " QuestionAnsweredCorrectly {\"questionId\":" + question +
                         ",\"answer\":\"ok\"}";
        }
        lines << stream + (quiz % 2 ? " QuizPassed {}" : " QuizFailed {}");
    }
    lines << "quiz-9 QuestionAnsweredIncorrectly {\"questionId\":1,\"answer\":\"last\"}";
    QList<NewEvent> events;
    for (const QByteArray& line : lines)
        events << eventOf(line);
    return events;
}

// What the loader hands over, whatever the kind.
struct Loaded
{
    QList<QuestionStatsProjection::Question> questions;
    QList<StudentProgressProjection::Student> students;
    QList<ContentCatalogProjection::Course> courses;
    qint64 checkpoint = -1;
    int results = 0;
    QStringList failures;
    QList<QPair<qint64, qint64>> progress;
};

void record(ProjectionStateLoader& loader, Loaded& into)
{
    QObject::connect(&loader, &ProjectionStateLoader::questionStatsLoaded, &loader,
                     [&into](const QList<QuestionStatsProjection::Question>& v, qint64 checkpoint) {
                         into.questions = v;
                         into.checkpoint = checkpoint;
                         ++into.results;
                     });
    QObject::connect(&loader, &ProjectionStateLoader::studentProgressLoaded, &loader,
                     [&into](const QList<StudentProgressProjection::Student>& v, qint64 checkpoint) {
                         into.students = v;
                         into.checkpoint = checkpoint;
                         ++into.results;
                     });
    QObject::connect(&loader, &ProjectionStateLoader::contentCatalogLoaded, &loader,
                     [&into](const QList<ContentCatalogProjection::Course>& v, qint64 checkpoint) {
                         into.courses = v;
                         into.checkpoint = checkpoint;
                         ++into.results;
                     });
    QObject::connect(&loader, &ProjectionStateLoader::loadFailed, &loader,
                     [&into](const QString& message) { into.failures << message; });
    QObject::connect(&loader, &ProjectionStateLoader::progressed, &loader,
                     [&into](qint64 checkpoint, qint64 head) {
                         into.progress.append({checkpoint, head});
                     });
}

bool waitForResult(const Loaded& loaded, int results = 1)
{
    return QTest::qWaitFor([&] { return loaded.results >= results || !loaded.failures.isEmpty(); }, WaitMs);
}

} // namespace

class TestProjectionStateLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh store of the row's backend with the known events, and its address for a session.
    std::unique_ptr<EventStore> openStore(std::unique_ptr<PgTestDatabase>& db, QString& address)
    {
        QFETCH_GLOBAL(QString, backend);
        std::unique_ptr<EventStore> store;
        if (backend == QLatin1String("sqlite")) {
            address = m_dir.filePath(QStringLiteral("loader%1.sqlite").arg(++m_files));
            store = std::make_unique<SqliteEventStore>(address, true);
        } else {
            db = std::make_unique<PgTestDatabase>();
            if (!db->isValid()) {
                qWarning("%s", qPrintable(db->error()));
                return {};
            }
            address = db->conninfo();
            store = std::make_unique<PostgresEventStore>(address);
        }
        store->initialize();
        ListSource source(knownEvents());
        store->importEvents(source);
        return store;
    }

    static BuiltInProjections directRun(EventStore& store)
    {
        BuiltInProjections direct;
        ProjectionRunnerOptions options;
        options.persist = false;
        options.rebuild = true;
        ProjectionRunner runner(
            store, {&direct.questionStats, &direct.studentProgress, &direct.contentCatalog}, options);
        runner.start();
        runner.catchUp();
        return direct;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadsLikeADirectRun_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("question-stats") << int(Kind::QuestionStats) << "question-stats";
        QTest::newRow("student-progress") << int(Kind::StudentProgress) << "student-progress";
        QTest::newRow("content-catalog") << int(Kind::ContentCatalog) << "content-catalog";
    }

    void loadsLikeADirectRun()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        std::unique_ptr<PgTestDatabase> db;
        QString address;
        auto store = openStore(db, address);
        QVERIFY(store);
        const qint64 head = store->headPosition();
        QVERIFY(head > 50);
        BuiltInProjections direct = directRun(*store);

        StoreSession session(address);
        ProjectionStateLoader loader{Kind(kind)};
        QCOMPARE(loader.projectionName(), name);
        Loaded loaded;
        record(loader, loaded);
        loader.setSession(&session);
        QVERIFY(!loader.isLoading());
        loader.load();
        QVERIFY(loader.isLoading());
        QVERIFY(waitForResult(loaded));
        QVERIFY2(loaded.failures.isEmpty(), qPrintable(loaded.failures.join('\n')));
        QVERIFY(!loader.isLoading());
        QCOMPARE(loaded.results, 1);
        QCOMPARE(loaded.checkpoint, head);
        QVERIFY(!loaded.progress.isEmpty());
        QCOMPARE(loaded.progress.last(), (QPair<qint64, qint64>(head, head)));
        switch (Kind(kind)) {
        case Kind::QuestionStats:
            QCOMPARE(loaded.questions.size(), 2);
            QCOMPARE(loaded.questions, direct.questionStats.questions());
            break;
        case Kind::StudentProgress:
            QCOMPARE(loaded.students.size(), 3);
            QCOMPARE(loaded.students, direct.studentProgress.students());
            break;
        case Kind::ContentCatalog:
            QCOMPARE(loaded.courses.size(), 1);
            QCOMPARE(loaded.courses, direct.contentCatalog.courses());
            break;
        }
        // A browser reads; it never leaves a snapshot behind.
        QVERIFY(store->projectionSnapshots().isEmpty());
    }

    void startsFromAMatchingSnapshot_data()
    {
        QTest::addColumn<bool>("sameVersion");
        QTest::newRow("same code version") << true;
        QTest::newRow("other code version") << false;
    }

    void startsFromAMatchingSnapshot()
    {
        QFETCH(bool, sameVersion);
        std::unique_ptr<PgTestDatabase> db;
        QString address;
        auto store = openStore(db, address);
        QVERIFY(store);
        const qint64 head = store->headPosition();
        const BuiltInProjections direct = directRun(*store);

        // A snapshot one event short of the head whose state no event of this store could give:
        // only question "fake". Caught up from it, the last event (question 1, "last") is added.
        ProjectionTestLog fakeLog;
        fakeLog.line("quiz-f QuestionAnsweredIncorrectly {\"questionId\":\"fake\",\"answer\":\"f\"}");
        QuestionStatsProjection fake;
        fakeLog.feed(fake);
        ProjectionSnapshot snapshot;
        snapshot.name = fake.name();
        snapshot.codeVersion = sameVersion ? fake.codeVersion() : QByteArray("older code");
        snapshot.checkpoint = head - 1;
        snapshot.state = fake.saveState();
        store->saveProjections({snapshot}, {});
        const auto before = store->loadProjection(fake.name());
        QVERIFY(before);

        StoreSession session(address);
        ProjectionStateLoader loader(Kind::QuestionStats);
        Loaded loaded;
        record(loader, loaded);
        loader.setSession(&session);
        loader.load();
        QVERIFY(waitForResult(loaded));
        QVERIFY2(loaded.failures.isEmpty(), qPrintable(loaded.failures.join('\n')));
        QCOMPARE(loaded.checkpoint, head);
        if (sameVersion) {
            QCOMPARE(loaded.questions.size(), 2);
            QCOMPARE(loaded.questions[0].questionId, QString("1"));
            QCOMPARE(loaded.questions[0].attempts, 1);
            QCOMPARE(loaded.questions[0].commonWrongAnswers.first().answer, QString("last"));
            QCOMPARE(loaded.questions[1].questionId, QString("fake"));
        } else {
            QCOMPARE(loaded.questions, direct.questionStats.questions());
        }
        // The snapshot is as it was: the loader never saves.
        const auto after = store->loadProjection(fake.name());
        QVERIFY(after);
        QCOMPARE(after->checkpoint, before->checkpoint);
        QCOMPARE(after->codeVersion, before->codeVersion);
        QCOMPARE(after->state, before->state);
        QCOMPARE(after->savedAtUs, before->savedAtUs);
        QCOMPARE(store->projectionSnapshots().size(), 1);
    }

    void cancelledLoadsReportNothing()
    {
        std::unique_ptr<PgTestDatabase> db;
        QString address;
        auto store = openStore(db, address);
        QVERIFY(store);
        StoreSession session(address);
        ProjectionStateLoader loader(Kind::StudentProgress);
        Loaded loaded;
        record(loader, loaded);
        loader.setSession(&session);

        loader.load();
        loader.cancel();
        QVERIFY(!loader.isLoading());
        // A job queued after the cancelled one comes back; by then the cancelled one is done.
        ProjectionStateLoader marker(Kind::ContentCatalog);
        Loaded markerLoaded;
        record(marker, markerLoaded);
        marker.setSession(&session);
        marker.load();
        QVERIFY(waitForResult(markerLoaded));
        QTest::qWait(50);
        QCOMPARE(loaded.results, 0);
        QVERIFY(loaded.failures.isEmpty());

        // A second load supersedes the first: one result.
        loader.load();
        loader.load();
        QVERIFY(waitForResult(loaded));
        marker.load();
        QVERIFY(waitForResult(markerLoaded, 2));
        QTest::qWait(50);
        QCOMPARE(loaded.results, 1);
        QCOMPARE(loaded.students.size(), 3);

        // Without a session there is nothing to load from, and the loader says so.
        loader.setSession(nullptr);
        loader.load();
        QCOMPARE(loaded.failures, QStringList{"No store is open."});
    }
};

QTEST_GUILESS_MAIN(TestProjectionStateLoader)
#include "TestProjectionStateLoader.moc"
