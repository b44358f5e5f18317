// The quiz fold, checked on the full state text `rewind replay` prints.
#include "AggregateTestEvents.h"
#include "QuizAggregate.h"

#include <QTest>

using Rewind::QuizAggregate;
using Rewind::QuizState;
using Rewind::RecordedEvent;

namespace {

RecordedEvent recorded(const QString& typeAndData, qint64 position)
{
    return Rewind::recordedEvent(QStringLiteral("quiz-q1"), typeAndData, position);
}

QuizState fold(const QStringList& events)
{
    return Rewind::foldEvents<QuizState, Rewind::QuizAggregate>(QStringLiteral("quiz-q1"), events);
}

const QString Started = "QuizStarted {\"quizId\":\"q1\",\"studentId\":11,\"sectionId\":\"s1\"}";
const QString Assigned7 = "QuestionAssigned {\"questionId\":7}";
const QString Correct7 = "QuestionAnsweredCorrectly {\"questionId\":7,\"answer\":\"83\"}";
const QString Wrong7 = "QuestionAnsweredIncorrectly {\"questionId\":7,\"answer\":\"44\"}";

} // namespace

class TestQuizAggregate : public QObject
{
    Q_OBJECT
private slots:
    void startState()
    {
        QCOMPARE(QuizAggregate::toJson(QuizState()),
                 QByteArray("{\"quizId\":null,\"studentId\":null,\"sectionId\":null,\"status\":\"open\","
                            "\"streak\":0,\"answered\":0,\"correct\":0,\"incorrect\":0,"
                            "\"currentQuestionId\":null,\"version\":-1}"));
    }

    void transitions_data()
    {
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QByteArray>("expected");
        const auto state = [](const char* ids, const char* status, int streak, int answered, int correct,
                              int incorrect, const char* current, int version) {
            return QByteArray("{") + ids + ",\"status\":\"" + status +
                   "\",\"streak\":" + QByteArray::number(streak) +
                   ",\"answered\":" + QByteArray::number(answered) +
                   ",\"correct\":" + QByteArray::number(correct) +
                   ",\"incorrect\":" + QByteArray::number(incorrect) + ",\"currentQuestionId\":" + current +
                   ",\"version\":" + QByteArray::number(version) + "}";
        };
        const char* ids = "\"quizId\":\"q1\",\"studentId\":11,\"sectionId\":\"s1\"";
        const char* noIds = "\"quizId\":null,\"studentId\":null,\"sectionId\":null";

        QTest::newRow("started sets the three ids")
            << QStringList{Started} << state(ids, "open", 0, 0, 0, 0, "null", 0);
        QTest::newRow("string ids stay strings")
            << QStringList{"QuizStarted {\"quizId\":\"q1\",\"studentId\":\"11\",\"sectionId\":\"s1\"}",
                           "QuestionAssigned {\"questionId\":\"7\"}"}
            << state("\"quizId\":\"q1\",\"studentId\":\"11\",\"sectionId\":\"s1\"", "open", 0, 0, 0, 0,
                     "\"7\"", 1);
        QTest::newRow("numeric ids stay numbers")
            << QStringList{"QuizStarted {\"quizId\":5,\"studentId\":11,\"sectionId\":3}", Assigned7}
            << state("\"quizId\":5,\"studentId\":11,\"sectionId\":3", "open", 0, 0, 0, 0, "7", 1);
        QTest::newRow("missing id becomes null")
            << QStringList{"QuizStarted {\"quizId\":\"q1\",\"sectionId\":\"s1\"}"}
            << state("\"quizId\":\"q1\",\"studentId\":null,\"sectionId\":\"s1\"", "open", 0, 0, 0, 0, "null",
                     0);
        QTest::newRow("assigned sets the current question")
            << QStringList{Started, Assigned7} << state(ids, "open", 0, 0, 0, 0, "7", 1);
        QTest::newRow("a later assignment replaces the current question")
            << QStringList{Started, Assigned7, "QuestionAssigned {\"questionId\":8}"}
            << state(ids, "open", 0, 0, 0, 0, "8", 2);
        QTest::newRow("correct answer counts, streak up, question cleared")
            << QStringList{Started, Assigned7, Correct7} << state(ids, "open", 1, 1, 1, 0, "null", 2);
        QTest::newRow("wrong answer counts, streak reset, question cleared")
            << QStringList{Started, Assigned7, Correct7, Assigned7, Wrong7}
            << state(ids, "open", 0, 2, 1, 1, "null", 4);
        QTest::newRow("streak grows over correct answers")
            << QStringList{Started, Assigned7, Correct7, Assigned7, Correct7}
            << state(ids, "open", 2, 2, 2, 0, "null", 4);
        QTest::newRow("explanation viewed changes only the version")
            << QStringList{Started, Assigned7, Wrong7, "ExplanationViewed {\"questionId\":7}"}
            << state(ids, "open", 0, 1, 0, 1, "null", 3);
        QTest::newRow("explanation viewed keeps an assigned question")
            << QStringList{Started, Assigned7, "ExplanationViewed {\"questionId\":7}"}
            << state(ids, "open", 0, 0, 0, 0, "7", 2);
        QTest::newRow("passed") << QStringList{Started,  Assigned7, Correct7, Assigned7,
                                               Correct7, Assigned7, Correct7, "QuizPassed"}
                                << state(ids, "passed", 3, 3, 3, 0, "null", 7);
        QTest::newRow("failed") << QStringList{Started, Assigned7, Wrong7, "QuizFailed {}"}
                                << state(ids, "failed", 0, 1, 0, 1, "null", 3);
        QTest::newRow("unknown type changes only the version")
            << QStringList{Started, Assigned7, "QuizPaused {\"quizId\":\"other\"}"}
            << state(ids, "open", 0, 0, 0, 0, "7", 2);
        QTest::newRow("answer without a start")
            << QStringList{Wrong7} << state(noIds, "open", 0, 1, 0, 1, "null", 0);
    }
    void transitions()
    {
        QFETCH(QStringList, events);
        QFETCH(QByteArray, expected);
        QCOMPARE(QuizAggregate::toJson(fold(events)), expected);
    }

    void versionIsThePositionOfTheLastEvent()
    {
        QuizState state;
        state = QuizAggregate::apply(state, recorded(Started, 0));
        QCOMPARE(state.version, 0);
        state = QuizAggregate::apply(state, recorded("ExplanationViewed {}", 1));
        QCOMPARE(state.version, 1);
        // A fold resumed from a saved state sees positions that do not start at 0.
        state = QuizAggregate::apply(state, recorded(Assigned7, 41));
        QCOMPARE(state.version, 41);
        QVERIFY(QuizAggregate::toJson(state).endsWith(",\"version\":41}"));
    }

    void applyIsPure()
    {
        const QuizState before = fold({Started, Assigned7});
        const QuizState after = QuizAggregate::apply(before, recorded(Correct7, 2));
        QCOMPARE(before, fold({Started, Assigned7}));
        QCOMPARE(after, QuizAggregate::apply(before, recorded(Correct7, 2)));
    }
};

QTEST_GUILESS_MAIN(TestQuizAggregate)
#include "TestQuizAggregate.moc"
