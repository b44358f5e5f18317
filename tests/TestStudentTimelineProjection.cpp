// student-timeline: the streams support opens for one student, in the order they
// were first seen.
#include "ProjectionTestLog.h"
#include "ProjectionVersions.h"
#include "StudentProgressProjection.h"
#include "StudentTimelineProjection.h"

#include <QTest>

using Rewind::ProjectionTestLog;
using Rewind::StudentTimelineProjection;

namespace {

const QList<QByteArray> TimelineLog = {
    "student-11 StudentRegistered {\"studentId\":11,\"name\":\"Ann\"}",
    "student-11 StudentLoggedIn {}",
    "quiz-a QuizStarted {\"quizId\":\"a\",\"studentId\":11,\"sectionId\":\"s\"}",
    "quiz-a QuestionAssigned {\"questionId\":1}",
    "student-12 StudentLoggedIn {}",
    "quiz-b QuizStarted {\"quizId\":\"b\",\"studentId\":\"11\",\"sectionId\":\"s\"}",
    "quiz-c QuizStarted {\"quizId\":\"c\",\"studentId\":12,\"sectionId\":\"s\"}",
    "student-11 StudentLoggedIn {}",
    // Student 13's quiz comes before the student's own stream.
    "quiz-e QuizStarted {\"studentId\":13}",
    "student-13 StudentRegistered {\"studentId\":13,\"name\":\"Cy\"}",
    // A second start in a stream already listed adds nothing.
    "quiz-a QuizStarted {\"quizId\":\"a\",\"studentId\":11,\"sectionId\":\"s\"}",
    "student-13 StudentLoggedIn {}",
    // The same stream naming another student lists it for that student too.
    "quiz-c QuizStarted {\"studentId\":13}",
};

ProjectionTestLog logOf(const QList<QByteArray>& lines)
{
    ProjectionTestLog log;
    log.lines(lines);
    return log;
}

StudentTimelineProjection fed(const QList<QByteArray>& lines)
{
    StudentTimelineProjection projection;
    logOf(lines).feed(projection);
    return projection;
}

} // namespace

class TestStudentTimelineProjection : public QObject
{
    Q_OBJECT
private slots:
    void identity()
    {
        StudentTimelineProjection projection;
        QCOMPARE(projection.name(), QStringLiteral("student-timeline"));
        QCOMPARE(projection.codeVersion(), QByteArray(Rewind::ProjectionVersions::StudentTimelineProjection));
        QCOMPARE(projection.handledTypes(),
                 (QList<QByteArray>{"StudentRegistered", "StudentLoggedIn", "QuizStarted"}));
        QCOMPARE(projection.summary(), QStringLiteral("0 students, 0 streams"));
    }

    void streamsOf_data()
    {
        QTest::addColumn<QString>("studentId");
        QTest::addColumn<QStringList>("streams");
        QTest::newRow("number and string ids") << "11" << QStringList{"student-11", "quiz-a", "quiz-b"};
        QTest::newRow("logged in without registering") << "12" << QStringList{"student-12", "quiz-c"};
        QTest::newRow("quiz before own stream") << "13" << QStringList{"quiz-e", "student-13", "quiz-c"};
        QTest::newRow("unknown student") << "14" << QStringList{};
    }
    void streamsOf()
    {
        QFETCH(QString, studentId);
        QTEST(fed(TimelineLog).streamsOf(studentId), "streams");
    }

    void counts()
    {
        const StudentTimelineProjection projection = fed(TimelineLog);
        QCOMPARE(projection.studentCount(), 3);
        QCOMPARE(projection.streamCount(), 8);
        QCOMPARE(projection.studentIds(), (QStringList{"11", "12", "13"}));
        QCOMPARE(projection.summary(), QStringLiteral("3 students, 8 streams"));
    }

    // A stream is found again wherever it sits in the list, and a name that merely contains or
    // starts another is not mistaken for it.
    void noDuplicates_data()
    {
        QTest::addColumn<QList<QByteArray>>("events");
        QTest::addColumn<QStringList>("streams");
        QTest::newRow("restart of the first quiz")
            << QList<QByteArray>{"quiz-a QuizStarted {\"studentId\":1}",
                                 "quiz-ab QuizStarted {\"studentId\":1}",
                                 "quiz-b QuizStarted {\"studentId\":1}",
                                 "quiz-a QuizStarted {\"studentId\":1}"}
            << QStringList{"quiz-a", "quiz-ab", "quiz-b"};
        QTest::newRow("a prefix is another stream")
            << QList<QByteArray>{"quiz-ab QuizStarted {\"studentId\":1}", "quiz-ab QuizPaused {}",
                                 "quiz-a QuestionAssigned {}", "quiz-a QuizStarted {\"studentId\":1}"}
            << QStringList{"quiz-ab", "quiz-a"};
        QTest::newRow("a suffix is another stream")
            << QList<QByteArray>{"myquiz-a QuizStarted {\"studentId\":1}", "quiz-a QuestionAssigned {}",
                                 "quiz-a QuizStarted {\"studentId\":1}",
                                 "quiz-a QuizStarted {\"studentId\":1}"}
            << QStringList{"myquiz-a", "quiz-a"};
        QTest::newRow("own stream seen late")
            << QList<QByteArray>{"quiz-a QuizStarted {\"studentId\":1}", "student-1 StudentLoggedIn {}",
                                 "student-1 StudentLoggedIn {}", "quiz-b QuizStarted {\"studentId\":1}",
                                 "student-1 StudentLoggedIn {}"}
            << QStringList{"quiz-a", "student-1", "quiz-b"};
        QTest::newRow("two categories with one id")
            << QList<QByteArray>{"student-1 StudentLoggedIn {}", "pupil-1 StudentLoggedIn {}",
                                 "student-1 StudentLoggedIn {}", "pupil-1 StudentLoggedIn {}"}
            << QStringList{"student-1", "pupil-1"};
    }
    void noDuplicates()
    {
        QFETCH(QList<QByteArray>, events);
        const StudentTimelineProjection projection = fed(events);
        QTEST(projection.streamsOf(QStringLiteral("1")), "streams");
        QFETCH(QStringList, streams);
        QCOMPARE(projection.streamCount(), streams.size());
    }

    void poison_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("start without student")
            << QByteArray("quiz-f") << QByteArray("QuizStarted") << QByteArray("{\"quizId\":\"f\"}")
            << "QuizStarted: field \"studentId\" missing";
        QTest::newRow("student is true")
            << QByteArray("quiz-f") << QByteArray("QuizStarted") << QByteArray("{\"studentId\":true}")
            << "QuizStarted: field \"studentId\" is not a string or an integer";
        QTest::newRow("start is not JSON")
            << QByteArray("quiz-f") << QByteArray("QuizStarted") << QByteArray("{\"studentId\":11,}")
            << "QuizStarted: data is not a JSON object (expected a member name in quotes at column 17)";
        QTest::newRow("login in a category")
            << QByteArray("student") << QByteArray("StudentLoggedIn") << QByteArray("{}")
            << "StudentLoggedIn: stream name \"student\" has no id";
        QTest::newRow("line break in a stream name")
            << QByteArray("quiz-f\nquiz-g") << QByteArray("QuizStarted") << QByteArray("{\"studentId\":11}")
            << "QuizStarted: stream name \"quiz-f\nquiz-g\" cannot be listed";
    }
    void poison()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, data);
        ProjectionTestLog log = logOf(TimelineLog);
        StudentTimelineProjection projection;
        log.feed(projection);
        const QByteArray before = projection.saveState();
        QTEST(Rewind::rejection(projection, log.next(stream, type, data)), "reason");
        QCOMPARE(projection.saveState(), before);
    }

    void acceptedShapes()
    {
        ProjectionTestLog log = logOf(TimelineLog);
        StudentTimelineProjection projection;
        log.feed(projection);
        // Only the student id of a start is read.
        QCOMPARE(Rewind::rejection(projection, log.next("student-14", "StudentRegistered", "not json")),
                 QString());
        QCOMPARE(Rewind::rejection(projection, log.next("student-14", "StudentLoggedIn", "")), QString());
        QCOMPARE(
            Rewind::rejection(projection, log.next("quiz-f", "QuizStarted", "{\"studentId\":14,\"x\":[{}]}")),
            QString());
        QCOMPARE(projection.streamsOf(QStringLiteral("14")), (QStringList{"student-14", "quiz-f"}));
    }

    void resumesFromASavedStateAnywhere()
    {
        Rewind::verifyResumesAnywhere<StudentTimelineProjection>(logOf(TimelineLog));
    }

    void loadedStateReadsTheSame()
    {
        StudentTimelineProjection loaded;
        loaded.loadState(fed(TimelineLog).saveState());
        for (const char* id : {"11", "12", "13"})
            QCOMPARE(loaded.streamsOf(QString::fromUtf8(id)),
                     fed(TimelineLog).streamsOf(QString::fromUtf8(id)));
        QCOMPARE(loaded.summary(), QStringLiteral("3 students, 8 streams"));
    }

    void refusesForeignBytes()
    {
        Rewind::verifyRefusesForeignBytes<StudentTimelineProjection>(
            logOf(TimelineLog),
            {QByteArray(), QByteArray("garbage"), Rewind::StudentProgressProjection().saveState()});
    }

    void reset()
    {
        StudentTimelineProjection projection = fed(TimelineLog);
        projection.reset();
        QCOMPARE(projection.saveState(), StudentTimelineProjection().saveState());
        QCOMPARE(projection.streamsOf(QStringLiteral("11")), QStringList());
        QCOMPARE(projection.summary(), QStringLiteral("0 students, 0 streams"));
        logOf(TimelineLog).feed(projection);
        QCOMPARE(projection.saveState(), fed(TimelineLog).saveState());
    }
};

QTEST_GUILESS_MAIN(TestStudentTimelineProjection)
#include "TestStudentTimelineProjection.moc"
