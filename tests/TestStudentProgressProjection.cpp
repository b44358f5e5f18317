// student-progress: per student the quizzes, answers and last activity, from the
// student's own stream and the quizzes the student started.
#include "ProjectionTestLog.h"
#include "ProjectionVersions.h"
#include "StudentProgressProjection.h"
#include "StudentTimelineProjection.h"

#include <QTest>

using Rewind::ProjectionTestLog;
using Rewind::StudentProgressProjection;

namespace {

// Student 11: registered, two quizzes (one passed, one failed), four answers of which two right.
// Student 12 never registered; student 9 only logged in.
ProjectionTestLog countedLog()
{
    ProjectionTestLog log;
    log.add("student-11", "StudentRegistered",
            "{\"studentId\":11,\"name\":\"Ann \\u00c9t\\u00e9\",\"email\":\"ann@example.org\"}", 100)
        .add("student-11", "StudentLoggedIn", "{}", 200)
        .add("quiz-a", "QuizStarted", "{\"quizId\":\"a\",\"studentId\":11,\"sectionId\":\"s\"}", 300)
        .add("quiz-a", "QuestionAssigned", "{\"questionId\":1}", 400)
        .add("quiz-a", "QuestionAnsweredCorrectly", "{\"questionId\":1,\"answer\":\"x\"}", 500)
        .add("quiz-a", "QuestionAnsweredIncorrectly", "{\"questionId\":1,\"answer\":\"y\"}", 600)
        .add("quiz-a", "ExplanationViewed", "{\"questionId\":1}", 700)
        .add("quiz-a", "QuestionAnsweredCorrectly", "{\"questionId\":1,\"answer\":\"x\"}", 800)
        .add("quiz-a", "QuizPassed", "{}", 900)
        .add("quiz-b", "QuizStarted", "{\"quizId\":\"b\",\"studentId\":\"11\",\"sectionId\":\"s\"}", 1000)
        .add("quiz-c", "QuizStarted", "{\"quizId\":\"c\",\"studentId\":12,\"sectionId\":\"s\"}", 1100)
        .add("quiz-b", "QuestionAnsweredIncorrectly", "{\"questionId\":2,\"answer\":\"y\"}", 1200)
        .add("quiz-c", "QuestionAnsweredCorrectly", "{\"questionId\":2,\"answer\":\"x\"}", 1300)
        .add("quiz-b", "QuizFailed", "{}", 1400)
        // Later in the log but earlier on the clock: the last activity stays at the latest time.
        .add("student-11", "StudentLoggedIn", "{}", 1350)
        // A quiz whose start is not in the log, and one that is already over: nobody to credit.
        .add("quiz-x", "QuestionAnsweredCorrectly", "{\"questionId\":2,\"answer\":\"x\"}", 1500)
        .add("quiz-a", "QuestionAnsweredCorrectly", "{\"questionId\":1,\"answer\":\"x\"}", 1700)
        .add("student-9", "StudentLoggedIn", "{}", 1600)
        // Quiz d stays open, so a saved state has an open quiz to carry.
        .add("quiz-d", "QuizStarted", "{\"studentId\":9}", 1800)
        .add("quiz-d", "QuestionAssigned", "{\"questionId\":1}", 1900);
    return log;
}

StudentProgressProjection fed(const ProjectionTestLog& log)
{
    StudentProgressProjection projection;
    log.feed(projection);
    return projection;
}

} // namespace

class TestStudentProgressProjection : public QObject
{
    Q_OBJECT
private slots:
    void identity()
    {
        StudentProgressProjection projection;
        QCOMPARE(projection.name(), QStringLiteral("student-progress"));
        QCOMPARE(projection.codeVersion(), QByteArray(Rewind::ProjectionVersions::StudentProgressProjection));
        QCOMPARE(projection.handledTypes(),
                 (QList<QByteArray>{"StudentRegistered", "StudentLoggedIn", "QuizStarted", "QuestionAssigned",
                                    "QuestionAnsweredCorrectly", "QuestionAnsweredIncorrectly",
                                    "ExplanationViewed", "QuizPassed", "QuizFailed"}));
        QCOMPARE(projection.summary(), QStringLiteral("0 students, 0 quizzes"));
    }

    void students_data()
    {
        QTest::addColumn<QString>("studentId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("started");
        QTest::addColumn<qint64>("passed");
        QTest::addColumn<qint64>("failed");
        QTest::addColumn<qint64>("answers");
        QTest::addColumn<qint64>("correct");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<qint64>("lastActivityUs");
        QTest::newRow("registered, two quizzes") << "11" << QStringLiteral("Ann \u00c9t\u00e9") << 2LL << 1LL
                                                 << 1LL << 4LL << 2LL << 0.5 << 1400LL;
        QTest::newRow("never registered") << "12"
                                          << "" << 1LL << 0LL << 0LL << 1LL << 1LL << 1.0 << 1300LL;
        QTest::newRow("logged in, one open quiz") << "9"
                                                  << "" << 1LL << 0LL << 0LL << 0LL << 0LL << 0.0 << 1900LL;
    }
    void students()
    {
        QFETCH(QString, studentId);
        const auto s = fed(countedLog()).student(studentId);
        QVERIFY(s);
        QCOMPARE(s->studentId, studentId);
        QTEST(s->name, "name");
        QTEST(s->quizzesStarted, "started");
        QTEST(s->quizzesPassed, "passed");
        QTEST(s->quizzesFailed, "failed");
        QTEST(s->answers, "answers");
        QTEST(s->correct, "correct");
        QTEST(s->correctRatio, "ratio");
        QTEST(s->lastActivityUs, "lastActivityUs");
    }

    void listIsSortedAsText()
    {
        const StudentProgressProjection projection = fed(countedLog());
        QStringList ids;
        for (const auto& s : projection.students()) {
            ids.append(s.studentId);
            QCOMPARE(projection.student(s.studentId), std::optional(s));
        }
        QCOMPARE(ids, (QStringList{"11", "12", "9"}));
        QCOMPARE(projection.studentCount(), 3);
        QVERIFY(!projection.student(QStringLiteral("13")));
        QCOMPARE(projection.summary(), QStringLiteral("3 students, 4 quizzes"));
    }

    void poison_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("start without student")
            << QByteArray("quiz-e") << QByteArray("QuizStarted") << QByteArray("{}")
            << "QuizStarted: field \"studentId\" missing";
        QTest::newRow("student with an exponent")
            << QByteArray("quiz-e") << QByteArray("QuizStarted") << QByteArray("{\"studentId\":1e3}")
            << "QuizStarted: field \"studentId\" is not a string or an integer";
        QTest::newRow("start is not an object")
            << QByteArray("quiz-e") << QByteArray("QuizStarted") << QByteArray("\"11\"")
            << "QuizStarted: data is not a JSON object (expected a JSON object at column 1)";
        QTest::newRow("registration without name")
            << QByteArray("student-11") << QByteArray("StudentRegistered") << QByteArray("{\"studentId\":11}")
            << "StudentRegistered: field \"name\" missing";
        QTest::newRow("name is null")
            << QByteArray("student-11") << QByteArray("StudentRegistered") << QByteArray("{\"name\":null}")
            << "StudentRegistered: field \"name\" is not a string";
        QTest::newRow("registration is an array")
            << QByteArray("student-11") << QByteArray("StudentRegistered") << QByteArray("[]")
            << "StudentRegistered: data is not a JSON object (expected a JSON object at column 1)";
        QTest::newRow("login in a category")
            << QByteArray("student") << QByteArray("StudentLoggedIn") << QByteArray("{}")
            << "StudentLoggedIn: stream name \"student\" has no id";
        QTest::newRow("registration in a stream without id")
            << QByteArray("student-") << QByteArray("StudentRegistered") << QByteArray("{\"name\":\"x\"}")
            << "StudentRegistered: stream name \"student-\" has no id";
    }
    void poison()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, data);
        ProjectionTestLog log = countedLog();
        StudentProgressProjection projection;
        log.feed(projection);
        const QByteArray before = projection.saveState();
        QTEST(Rewind::rejection(projection, log.next(stream, type, data)), "reason");
        QCOMPARE(projection.saveState(), before);
    }

    // Only the student id of a start and the name of a registration are read.
    void acceptedShapes_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qint64>("answers"); // student 9's, afterwards
        QTest::newRow("login data is not read")
            << QByteArray("student-9") << QByteArray("StudentLoggedIn") << QByteArray("nonsense") << 0LL;
        QTest::newRow("registration with only a name")
            << QByteArray("student-9") << QByteArray("StudentRegistered") << QByteArray("{\"name\":\"Bo\"}")
            << 0LL;
        QTest::newRow("answer data is not read")
            << QByteArray("quiz-d") << QByteArray("QuestionAnsweredIncorrectly") << QByteArray("[]") << 1LL;
        QTest::newRow("assignment data is not read")
            << QByteArray("quiz-d") << QByteArray("QuestionAssigned") << QByteArray("") << 0LL;
        QTest::newRow("start with odd fields") << QByteArray("quiz-e") << QByteArray("QuizStarted")
                                               << QByteArray("{\"studentId\":9,\"sectionId\":{}}") << 0LL;
        QTest::newRow("unhandled type")
            << QByteArray("quiz-d") << QByteArray("QuizPaused") << QByteArray("x") << 0LL;
    }
    void acceptedShapes()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, data);
        ProjectionTestLog log = countedLog();
        StudentProgressProjection projection;
        log.feed(projection);
        QCOMPARE(Rewind::rejection(projection, log.next(stream, type, data)), QString());
        QTEST(projection.student(QStringLiteral("9"))->answers, "answers");
    }

    void registrationNamesTheStudentOfTheStream()
    {
        ProjectionTestLog log;
        log.add("student-5", "StudentRegistered", "{\"studentId\":6,\"name\":\"Cy\"}");
        const StudentProgressProjection projection = fed(log);
        QCOMPARE(projection.student(QStringLiteral("5"))->name, QStringLiteral("Cy"));
        QCOMPARE(projection.studentCount(), 1);
    }

    void resumesFromASavedStateAnywhere()
    {
        Rewind::verifyResumesAnywhere<StudentProgressProjection>(countedLog());
    }

    void loadedStateReadsTheSame()
    {
        const StudentProgressProjection original = fed(countedLog());
        StudentProgressProjection loaded;
        loaded.loadState(original.saveState());
        QCOMPARE(loaded.students(), original.students());
        QCOMPARE(loaded.summary(), original.summary());
    }

    void refusesForeignBytes()
    {
        Rewind::verifyRefusesForeignBytes<StudentProgressProjection>(
            countedLog(), {QByteArray(), QByteArray("garbage"), QByteArray(64, '\0'),
                           Rewind::StudentTimelineProjection().saveState()});
    }

    void reset()
    {
        StudentProgressProjection projection = fed(countedLog());
        projection.reset();
        QCOMPARE(projection.saveState(), StudentProgressProjection().saveState());
        QCOMPARE(projection.students(), QList<StudentProgressProjection::Student>());
        QCOMPARE(projection.summary(), QStringLiteral("0 students, 0 quizzes"));
        countedLog().feed(projection);
        QCOMPARE(projection.saveState(), fed(countedLog()).saveState());
    }

    // A quiz is remembered only while it is open: the state does not grow with finished quizzes.
    void finishedQuizzesAreForgotten()
    {
        const auto stateSize = [](int count, bool lastOpen) {
            ProjectionTestLog log;
            for (int i = 0; i < count; ++i) {
                const QByteArray stream = "quiz-" + QByteArray::number(1000 + i);
                log.add(stream, "QuizStarted", "{\"studentId\":11}")
                    .add(stream, "QuestionAnsweredCorrectly", "{\"questionId\":1,\"answer\":\"x\"}");
                if (!lastOpen || i + 1 < count)
                    log.add(stream, i % 2 ? "QuizPassed" : "QuizFailed", "{}");
            }
            return fed(log).saveState().size();
        };
        QCOMPARE(stateSize(1000, false), stateSize(10, false));
        QVERIFY(stateSize(10, true) > stateSize(10, false));
    }
};

QTEST_GUILESS_MAIN(TestStudentProgressProjection)
#include "TestStudentProgressProjection.moc"
