// question-stats: counts, the most common wrong answers, the explanation recovery
// share and the CSV report, on hand-built logs whose answers are worked out by hand.
#include "ProjectionTestLog.h"
#include "ProjectionVersions.h"
#include "QuestionStatsProjection.h"
#include "StudentTimelineProjection.h"

#include <QTest>

using Rewind::ProjectionTestLog;
using Rewind::QuestionStatsProjection;

namespace {

// Question 9: right, wrong A, (explanation), right, wrong B, wrong A -> 5 attempts, 2 right.
// Question 10: right as 10, wrong y and right as "10" in another quiz -> one question, 2 of 3.
// Question 7: answered in a quiz whose start is not in the log, five different wrong answers.
// "q,1", "line\nbreak" and "say \"hi\"" need quoting in the CSV.
const QList<QByteArray> CountedLog = {
    "quiz-a QuizStarted {\"quizId\":\"a\",\"studentId\":11,\"sectionId\":\"s1\"}",
    "quiz-a QuestionAssigned {\"questionId\":9}",
    "quiz-a QuestionAnsweredCorrectly {\"questionId\":9,\"answer\":\"4\"}",
    "quiz-a QuestionAssigned {\"questionId\":9}",
    "quiz-a QuestionAnsweredIncorrectly {\"questionId\":9,\"answer\":\"A\"}",
    "quiz-a ExplanationViewed {\"questionId\":9}",
    "quiz-a QuestionAssigned {\"questionId\":10}",
    "quiz-a QuestionAnsweredCorrectly {\"questionId\":10,\"answer\":\"x\"}",
    "quiz-a QuestionAssigned {\"questionId\":9}",
    "quiz-a QuestionAnsweredCorrectly {\"questionId\":9,\"answer\":\"4\"}",
    "quiz-b QuizStarted {\"quizId\":\"b\",\"studentId\":\"12\",\"sectionId\":\"s1\"}",
    "quiz-b QuestionAnsweredIncorrectly {\"questionId\":\"10\",\"answer\":\"y\"}",
    "quiz-b QuestionAnsweredCorrectly {\"questionId\":\"10\",\"answer\":\"x\"}",
    "quiz-a QuestionAnsweredIncorrectly {\"questionId\":9,\"answer\":\"B\"}",
    "quiz-a QuestionAnsweredIncorrectly {\"questionId\":9,\"answer\":\"A\"}",
    "quiz-a QuizFailed {}",
    "quiz-x QuestionAnsweredIncorrectly {\"questionId\":7,\"answer\":\"d\"}",
    "quiz-x QuestionAnsweredIncorrectly {\"questionId\":7,\"answer\":\"c\"}",
    "quiz-x QuestionAnsweredIncorrectly {\"questionId\":7,\"answer\":\"b\"}",
    "quiz-x QuestionAnsweredIncorrectly {\"questionId\":7,\"answer\":\"a\"}",
    "quiz-x QuestionAnsweredIncorrectly {\"questionId\":7,\"answer\":\"Z\"}",
    "quiz-x QuestionAnsweredCorrectly {\"questionId\":7,\"answer\":\"ok\"}",
    "quiz-b QuestionAnsweredCorrectly {\"questionId\":\"q,1\",\"answer\":\"ok\"}",
    "quiz-b QuestionAnsweredCorrectly {\"questionId\":\"line\\nbreak\",\"answer\":\"ok\"}",
    "quiz-b QuestionAnsweredIncorrectly {\"questionId\":\"say \\\"hi\\\"\",\"answer\":\"no\"}",
    "quiz-b QuizPassed {}",
};

// Quizzes left open at the end: one waiting for the answer after a view, one right after a wrong
// answer, so a saved state has to carry both kinds of unfinished business.
const QList<QByteArray> OpenQuizzes = {
    "quiz-c QuizStarted {\"studentId\":13}",
    "quiz-c QuestionAnsweredIncorrectly {\"questionId\":9,\"answer\":\"C\"}",
    "quiz-c ExplanationViewed {\"questionId\":9}",
    "quiz-d QuizStarted {\"studentId\":14}",
    "quiz-d QuestionAnsweredIncorrectly {\"questionId\":10,\"answer\":\"y\"}",
};

ProjectionTestLog logOf(const QList<QByteArray>& lines)
{
    ProjectionTestLog log;
    log.lines(lines);
    return log;
}

QuestionStatsProjection fed(const QList<QByteArray>& lines)
{
    QuestionStatsProjection projection;
    logOf(lines).feed(projection);
    return projection;
}

std::optional<QuestionStatsProjection::Question> questionOf(const QuestionStatsProjection& projection,
                                                            const QString& questionId)
{
    for (const auto& q : projection.questions()) {
        if (q.questionId == questionId)
            return q;
    }
    return std::nullopt;
}

QByteArray quiz(const QByteArray& id, const char* type, const QByteArray& data)
{
    return QByteArray("quiz-") + id + ' ' + type + ' ' + data;
}
QByteArray start(const QByteArray& id, const QByteArray& student)
{
    return quiz(id, "QuizStarted", QByteArray("{\"studentId\":") + student + '}');
}
QByteArray assign(const QByteArray& id, const QByteArray& question)
{
    return quiz(id, "QuestionAssigned", QByteArray("{\"questionId\":") + question + '}');
}
QByteArray right(const QByteArray& id, const QByteArray& question)
{
    return quiz(id, "QuestionAnsweredCorrectly",
                QByteArray("{\"questionId\":") + question + ",\"answer\":\"r\"}");
}
QByteArray wrong(const QByteArray& id, const QByteArray& question)
{
    return quiz(id, "QuestionAnsweredIncorrectly",
                QByteArray("{\"questionId\":") + question + ",\"answer\":\"w\"}");
}
QByteArray view(const QByteArray& id, const QByteArray& question)
{
    return quiz(id, "ExplanationViewed", QByteArray("{\"questionId\":") + question + '}');
}
QByteArray failed(const QByteArray& id)
{
    return quiz(id, "QuizFailed", "{}");
}

} // namespace

class TestQuestionStatsProjection : public QObject
{
    Q_OBJECT
private slots:
    void identity()
    {
        QuestionStatsProjection projection;
        QCOMPARE(projection.name(), QStringLiteral("question-stats"));
        QCOMPARE(projection.codeVersion(), QByteArray(Rewind::ProjectionVersions::QuestionStatsProjection));
        QVERIFY(!projection.codeVersion().isEmpty());
        QCOMPARE(projection.handledTypes(),
                 (QList<QByteArray>{"QuizStarted", "QuestionAnsweredCorrectly", "QuestionAnsweredIncorrectly",
                                    "ExplanationViewed", "QuizPassed", "QuizFailed"}));
        QCOMPARE(projection.summary(), QStringLiteral("0 questions, 0 answers"));
    }

    void counts_data()
    {
        QTest::addColumn<QString>("questionId");
        QTest::addColumn<qint64>("attempts");
        QTest::addColumn<qint64>("correct");
        QTest::addColumn<qint64>("incorrect");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<QStringList>("wrongAnswers");
        QTest::addColumn<qint64>("viewed");
        QTest::addColumn<qint64>("recovered");
        QTest::newRow("9") << "9" << 5LL << 2LL << 3LL << 0.4 << QStringList{"A:2", "B:1"} << 1LL << 1LL;
        QTest::newRow("10 as number and as string")
            << "10" << 3LL << 2LL << 1LL << 2.0 / 3 << QStringList{"y:1"} << 0LL << 0LL;
        QTest::newRow("7 without a start, ties by text")
            << "7" << 6LL << 1LL << 5LL << 1.0 / 6 << QStringList{"Z:1", "a:1", "b:1"} << 0LL << 0LL;
        QTest::newRow("comma") << "q,1" << 1LL << 1LL << 0LL << 1.0 << QStringList{} << 0LL << 0LL;
        QTest::newRow("escaped quotes")
            << "say \"hi\"" << 1LL << 0LL << 1LL << 0.0 << QStringList{"no:1"} << 0LL << 0LL;
    }
    void counts()
    {
        QFETCH(QString, questionId);
        const QuestionStatsProjection projection = fed(CountedLog);
        const auto q = questionOf(projection, questionId);
        QVERIFY(q);
        QTEST(q->attempts, "attempts");
        QTEST(q->correct, "correct");
        QTEST(q->incorrect, "incorrect");
        QTEST(q->correctRatio, "ratio");
        QStringList wrongAnswers;
        for (const auto& w : q->commonWrongAnswers)
            wrongAnswers.append(w.answer + u':' + QString::number(w.count));
        QTEST(wrongAnswers, "wrongAnswers");
        QTEST(q->viewedAfterWrong, "viewed");
        QTEST(q->recoveredAfterView, "recovered");
    }

    void questionsAreSortedAsText()
    {
        QStringList ids;
        for (const auto& q : fed(CountedLog).questions())
            ids.append(q.questionId);
        QCOMPARE(ids, (QStringList{"10", "7", "9", "line\nbreak", "q,1", "say \"hi\""}));
    }

    void csv()
    {
        QCOMPARE(fed(CountedLog).csv(), QByteArray("question_id,attempts,correct,incorrect,correct_ratio\n"
                                                   "10,3,2,1,0.6667\n"
                                                   "7,6,1,5,0.1667\n"
                                                   "9,5,2,3,0.4000\n"
                                                   "\"line\nbreak\",1,1,0,1.0000\n"
                                                   "\"q,1\",1,1,0,1.0000\n"
                                                   "\"say \"\"hi\"\"\",1,0,1,0.0000\n"));
        QCOMPARE(QuestionStatsProjection().csv(),
                 QByteArray("question_id,attempts,correct,incorrect,correct_ratio\n"));
    }

    void summary()
    {
        QCOMPARE(fed(CountedLog).summary(), QStringLiteral("6 questions, 17 answers"));
        QCOMPARE(fed({right("a", "1")}).summary(), QStringLiteral("1 question, 1 answer"));
    }

    // Four decimals rounded half up on the exact fraction: 3/20000 = 0.00015 is a hair below the
    // half in binary, and printf would print 0.0001.
    void ratioRounding_data()
    {
        QTest::addColumn<int>("correct");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QByteArray>("ratio");
        QTest::newRow("two thirds") << 2 << 3 << QByteArray("0.6667");
        QTest::newRow("one third") << 1 << 3 << QByteArray("0.3333");
        QTest::newRow("exact") << 1 << 8 << QByteArray("0.1250");
        QTest::newRow("none right") << 0 << 2 << QByteArray("0.0000");
        QTest::newRow("all right") << 4 << 4 << QByteArray("1.0000");
        QTest::newRow("half rounds up") << 1 << 20000 << QByteArray("0.0001");
        QTest::newRow("half below in binary") << 3 << 20000 << QByteArray("0.0002");
        QTest::newRow("half up to one") << 19999 << 20000 << QByteArray("1.0000");
    }
    void ratioRounding()
    {
        QFETCH(int, correct);
        QFETCH(int, attempts);
        QFETCH(QByteArray, ratio);
        ProjectionTestLog log;
        for (int i = 0; i < attempts; ++i) {
            if (i < correct)
                log.add("quiz-r", "QuestionAnsweredCorrectly", "{\"questionId\":\"r\",\"answer\":\"1\"}");
            else
                log.add("quiz-r", "QuestionAnsweredIncorrectly", "{\"questionId\":\"r\",\"answer\":\"0\"}");
        }
        QuestionStatsProjection projection;
        log.feed(projection);
        QCOMPARE(projection.csv(), "question_id,attempts,correct,incorrect,correct_ratio\nr," +
                                       QByteArray::number(attempts) + ',' + QByteArray::number(correct) +
                                       ',' + QByteArray::number(attempts - correct) + ',' + ratio + '\n');
    }

    void thousandsInTheSummary()
    {
        ProjectionTestLog log;
        for (int i = 0; i < 1234; ++i)
            log.add("quiz-r", "QuestionAnsweredCorrectly", "{\"questionId\":1}");
        QuestionStatsProjection projection;
        log.feed(projection);
        QCOMPARE(projection.summary(), QStringLiteral("1 question, 1,234 answers"));
    }

    // Question 1 throughout; "11" is one student whether written as a number or a string.
    void recovery_data()
    {
        QTest::addColumn<QList<QByteArray>>("events");
        QTest::addColumn<qint64>("viewed");
        QTest::addColumn<qint64>("recovered");
        QTest::addColumn<double>("share");
        QTest::newRow("view right after a wrong answer, then right")
            << QList<QByteArray>{start("a", "11"), assign("a", "1"), wrong("a", "1"),
                                 view("a", "1"),   assign("a", "1"), right("a", "1")}
            << 1LL << 1LL << 1.0;
        QTest::newRow("next answer wrong again, right only after that")
            << QList<QByteArray>{start("a", "11"), wrong("a", "1"), view("a", "1"), wrong("a", "1"),
                                 right("a", "1")}
            << 1LL << 0LL << 0.0;
        QTest::newRow("view not right after the wrong answer")
            << QList<QByteArray>{start("a", "11"), wrong("a", "1"), assign("a", "2"), view("a", "1"),
                                 right("a", "1")}
            << 0LL << 0LL << 0.0;
        QTest::newRow("view before any wrong answer")
            << QList<QByteArray>{start("a", "11"), assign("a", "1"), view("a", "1"), right("a", "1")} << 0LL
            << 0LL << 0.0;
        QTest::newRow("view of another question")
            << QList<QByteArray>{start("a", "11"), wrong("a", "1"), view("a", "2"), right("a", "1")} << 0LL
            << 0LL << 0.0;
        QTest::newRow("another question answered in between")
            << QList<QByteArray>{start("a", "11"), wrong("a", "1"), view("a", "1"),   assign("a", "2"),
                                 right("a", "2"),  wrong("a", "2"), assign("a", "1"), right("a", "1")}
            << 1LL << 1LL << 1.0;
        QTest::newRow("one student over two quizzes counts once")
            << QList<QByteArray>{start("a", "11"), wrong("a", "1"), view("a", "1"),
                                 right("a", "1"),  failed("a"),     start("b", "\"11\""),
                                 wrong("b", "1"),  view("b", "1"),  right("b", "1")}
            << 1LL << 1LL << 1.0;
        QTest::newRow("recovered in a later quiz")
            << QList<QByteArray>{start("a", "11"), wrong("a", "1"), view("a", "1"),
                                 wrong("a", "1"),  failed("a"),     start("b", "11"),
                                 wrong("b", "1"),  view("b", "1"),  right("b", "1")}
            << 1LL << 1LL << 1.0;
        QTest::newRow("the right answer must come in the same quiz")
            << QList<QByteArray>{start("a", "11"), start("b", "11"), wrong("a", "1"), view("a", "1"),
                                 right("b", "1")}
            << 1LL << 0LL << 0.0;
        QTest::newRow("two students, one recovers")
            << QList<QByteArray>{start("a", "11"), start("b", "12"), wrong("a", "1"), wrong("b", "1"),
                                 view("a", "1"),   view("b", "1"),   right("a", "1"), wrong("b", "1")}
            << 2LL << 1LL << 0.5;
        QTest::newRow("quiz whose start was never seen")
            << QList<QByteArray>{wrong("x", "1"), view("x", "1"), right("x", "1")} << 0LL << 0LL << 0.0;
        QTest::newRow("a quiz is forgotten once failed")
            << QList<QByteArray>{start("a", "11"), wrong("a", "1"), failed("a"), view("a", "1"),
                                 right("a", "1")}
            << 0LL << 0LL << 0.0;
        QTest::newRow("question id as string and number")
            << QList<QByteArray>{start("a", "11"), wrong("a", "\"1\""), view("a", "1"), right("a", "\"1\"")}
            << 1LL << 1LL << 1.0;
    }
    void recovery()
    {
        QFETCH(QList<QByteArray>, events);
        const auto q = questionOf(fed(events), QStringLiteral("1"));
        QVERIFY(q);
        QTEST(q->viewedAfterWrong, "viewed");
        QTEST(q->recoveredAfterView, "recovered");
        QTEST(q->recoveryShare, "share");
    }

    void poison_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("question missing")
            << QByteArray("QuestionAnsweredCorrectly") << QByteArray("{\"answer\":\"x\"}")
            << "QuestionAnsweredCorrectly: field \"questionId\" missing";
        QTest::newRow("question is a boolean")
            << QByteArray("QuestionAnsweredIncorrectly")
            << QByteArray("{\"questionId\":true,\"answer\":\"x\"}")
            << "QuestionAnsweredIncorrectly: field \"questionId\" is not a string or an integer";
        QTest::newRow("question is a fraction")
            << QByteArray("QuestionAnsweredCorrectly") << QByteArray("{\"questionId\":1.5}")
            << "QuestionAnsweredCorrectly: field \"questionId\" is not a string or an integer";
        QTest::newRow("question is null")
            << QByteArray("QuestionAnsweredCorrectly") << QByteArray("{\"questionId\":null}")
            << "QuestionAnsweredCorrectly: field \"questionId\" is not a string or an integer";
        QTest::newRow("question is empty")
            << QByteArray("QuestionAnsweredCorrectly") << QByteArray("{\"questionId\":\"\"}")
            << "QuestionAnsweredCorrectly: field \"questionId\" is empty";
        QTest::newRow("wrong answer missing")
            << QByteArray("QuestionAnsweredIncorrectly") << QByteArray("{\"questionId\":9}")
            << "QuestionAnsweredIncorrectly: field \"answer\" missing";
        QTest::newRow("wrong answer is a number")
            << QByteArray("QuestionAnsweredIncorrectly") << QByteArray("{\"questionId\":9,\"answer\":4}")
            << "QuestionAnsweredIncorrectly: field \"answer\" is not a string";
        QTest::newRow("data is an array")
            << QByteArray("QuestionAnsweredCorrectly") << QByteArray("[1]")
            << "QuestionAnsweredCorrectly: data is not a JSON object (expected a JSON object at column 1)";
        QTest::newRow("data is cut off")
            << QByteArray("QuestionAnsweredIncorrectly") << QByteArray("{\"questionId\":9")
            << "QuestionAnsweredIncorrectly: data is not a JSON object (expected ',' or '}' at column 16)";
        QTest::newRow("view without question") << QByteArray("ExplanationViewed") << QByteArray("{}")
                                               << "ExplanationViewed: field \"questionId\" missing";
        QTest::newRow("student is an array")
            << QByteArray("QuizStarted") << QByteArray("{\"studentId\":[11]}")
            << "QuizStarted: field \"studentId\" is not a string or an integer";
        QTest::newRow("start with empty data")
            << QByteArray("QuizStarted") << QByteArray("")
            << "QuizStarted: data is not a JSON object (expected a JSON object at column 1)";
    }
    void poison()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, data);
        ProjectionTestLog log = logOf(CountedLog + OpenQuizzes);
        QuestionStatsProjection projection;
        log.feed(projection);
        const QByteArray before = projection.saveState();
        // quiz-c waits for the answer after a view: the event lands where it would change most.
        QTEST(Rewind::rejection(projection, log.next("quiz-c", type, data)), "reason");
        QCOMPARE(projection.saveState(), before);
    }

    // What the fold does not read may have any shape.
    void acceptedShapes_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("countedFor"); // the question that gains an attempt, if any
        QTest::newRow("right answer without answer")
            << QByteArray("QuestionAnsweredCorrectly") << QByteArray("{\"questionId\":7}") << "7";
        QTest::newRow("right answer as a number") << QByteArray("QuestionAnsweredCorrectly")
                                                  << QByteArray("{\"questionId\":7,\"answer\":7}") << "7";
        QTest::newRow("escaped key") << QByteArray("QuestionAnsweredCorrectly")
                                     << QByteArray("{\"question\\u0049d\":7}") << "7";
        QTest::newRow("escaped id") << QByteArray("QuestionAnsweredCorrectly")
                                    << QByteArray("{\"questionId\":\"\\u0037\"}") << "7";
        QTest::newRow("repeated key, the last counts")
            << QByteArray("QuestionAnsweredCorrectly") << QByteArray("{\"questionId\":9,\"questionId\":7}")
            << "7";
        QTest::newRow("odd extra fields")
            << QByteArray("QuestionAnsweredIncorrectly")
            << QByteArray("{\"x\":[{}],\"questionId\":7,\"answer\":\"q\",\"y\":null}") << "7";
        QTest::newRow("start with odd section")
            << QByteArray("QuizStarted") << QByteArray("{\"studentId\":15,\"sectionId\":[1,2]}") << "";
        QTest::newRow("end is not read") << QByteArray("QuizPassed") << QByteArray("not json") << "";
        QTest::newRow("unhandled type") << QByteArray("QuizPaused") << QByteArray("[]") << "";
        QTest::newRow("view of an unknown question")
            << QByteArray("ExplanationViewed") << QByteArray("{\"questionId\":\"new\"}") << "";
    }
    void acceptedShapes()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, data);
        QFETCH(QString, countedFor);
        ProjectionTestLog log = logOf(CountedLog + OpenQuizzes);
        QuestionStatsProjection projection;
        log.feed(projection);
        const qint64 answers = projection.answerCount();
        const qint64 attempts = countedFor.isEmpty() ? 0 : questionOf(projection, countedFor)->attempts;
        QCOMPARE(Rewind::rejection(projection, log.next("quiz-c", type, data)), QString());
        QCOMPARE(projection.answerCount(), answers + (countedFor.isEmpty() ? 0 : 1));
        if (!countedFor.isEmpty())
            QCOMPARE(questionOf(projection, countedFor)->attempts, attempts + 1);
        QCOMPARE(projection.questionCount(), 6);
    }

    void resumesFromASavedStateAnywhere()
    {
        Rewind::verifyResumesAnywhere<QuestionStatsProjection>(logOf(CountedLog + OpenQuizzes));
    }

    void loadedStateReadsTheSame()
    {
        const QuestionStatsProjection original = fed(CountedLog + OpenQuizzes);
        QuestionStatsProjection loaded;
        loaded.loadState(original.saveState());
        QCOMPARE(loaded.questions(), original.questions());
        QCOMPARE(loaded.csv(), original.csv());
        QCOMPARE(loaded.summary(), original.summary());
        QCOMPARE(loaded.answerCount(), original.answerCount());
    }

    void refusesForeignBytes()
    {
        Rewind::verifyRefusesForeignBytes<QuestionStatsProjection>(
            logOf(CountedLog + OpenQuizzes), {QByteArray(), QByteArray("garbage"), QByteArray(64, '\xff'),
                                              Rewind::StudentTimelineProjection().saveState()});
    }

    void reset()
    {
        QuestionStatsProjection projection = fed(CountedLog + OpenQuizzes);
        projection.reset();
        QCOMPARE(projection.saveState(), QuestionStatsProjection().saveState());
        QCOMPARE(projection.questions(), QList<QuestionStatsProjection::Question>());
        QCOMPARE(projection.summary(), QStringLiteral("0 questions, 0 answers"));
        // Nothing of the open quizzes survives either: the same log again gives a fresh run's state.
        logOf(CountedLog + OpenQuizzes).feed(projection);
        QCOMPARE(projection.saveState(), fed(CountedLog + OpenQuizzes).saveState());
    }

    // A finished quiz leaves nothing behind but its counts, so the state does not grow with the
    // number of quizzes in the log.
    void finishedQuizzesAreForgotten()
    {
        const auto quizzes = [](int count, bool lastOpen) {
            QList<QByteArray> events;
            for (int i = 0; i < count; ++i) {
                const QByteArray id = QByteArray::number(1000 + i);
                events += {start(id, "11"), wrong(id, "1"), view(id, "1")};
                if (!lastOpen || i + 1 < count)
                    events += {right(id, "1"), quiz(id, "QuizPassed", "{}")};
            }
            return fed(events).saveState().size();
        };
        QCOMPARE(quizzes(1000, false), quizzes(10, false));
        QVERIFY(quizzes(10, true) > quizzes(10, false));
    }
};

QTEST_GUILESS_MAIN(TestQuestionStatsProjection)
#include "TestQuestionStatsProjection.moc"
