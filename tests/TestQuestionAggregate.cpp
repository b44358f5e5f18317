// The question fold, checked on the full state text `rewind replay` prints.
#include "AggregateTestEvents.h"
#include "QuestionAggregate.h"

#include <QTest>

using Rewind::QuestionAggregate;
using Rewind::QuestionState;
using Rewind::RecordedEvent;

namespace {

RecordedEvent recorded(const QString& typeAndData, qint64 position)
{
    return Rewind::recordedEvent(QStringLiteral("question-7"), typeAndData, position);
}

QuestionState fold(const QStringList& events)
{
    return Rewind::foldEvents<QuestionState, Rewind::QuestionAggregate>(QStringLiteral("question-7"), events);
}

const QString Drafted = "QuestionDrafted {\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\","
                        "\"text\":\"1/2 + 1/4?\",\"answers\":[\"3/4\",\"2/6\"],\"correctAnswers\":[\"3/4\"],"
                        "\"explanation\":\"Same denominator first.\"}";
const QByteArray DraftedContent = "\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\","
                                  "\"text\":\"1/2 + 1/4?\",\"answers\":[\"3/4\",\"2/6\"],"
                                  "\"correctAnswers\":[\"3/4\"],\"explanation\":\"Same denominator first.\"";

QByteArray state(const QByteArray& content, const char* status, const QByteArray& revision, bool dirty,
                 int version)
{
    return "{" + content + ",\"status\":\"" + status + "\",\"revision\":" + revision +
           ",\"dirty\":" + (dirty ? "true" : "false") + ",\"version\":" + QByteArray::number(version) + "}";
}

} // namespace

class TestQuestionAggregate : public QObject
{
    Q_OBJECT
private slots:
    void startState()
    {
        QCOMPARE(QuestionAggregate::toJson(QuestionState()),
                 QByteArray("{\"questionId\":null,\"courseId\":null,\"sectionId\":null,\"text\":null,"
                            "\"answers\":[],\"correctAnswers\":[],\"explanation\":null,\"status\":\"draft\","
                            "\"revision\":0,\"dirty\":false,\"version\":-1}"));
    }

    void transitions_data()
    {
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QByteArray>("expected");
        const QString published1 = "QuestionPublished {\"revision\":1}";

        QTest::newRow("drafted sets the content and dirty")
            << QStringList{Drafted} << state(DraftedContent, "draft", "0", true, 0);
        QTest::newRow("string ids stay strings")
            << QStringList{"QuestionDrafted {\"questionId\":\"7\",\"courseId\":\"c1\",\"sectionId\":\"s1\","
                           "\"text\":\"t\",\"answers\":[\"a\"],\"correctAnswers\":[\"a\"],\"explanation\":"
                           "\"e\"}"}
            << state("\"questionId\":\"7\",\"courseId\":\"c1\",\"sectionId\":\"s1\",\"text\":\"t\","
                     "\"answers\":[\"a\"],\"correctAnswers\":[\"a\"],\"explanation\":\"e\"",
                     "draft", "0", true, 0);
        QTest::newRow("numeric ids stay numbers")
            << QStringList{"QuestionDrafted {\"questionId\":7,\"courseId\":2,\"sectionId\":30,"
                           "\"text\":\"t\",\"answers\":[\"a\"],\"correctAnswers\":[\"a\"],\"explanation\":"
                           "\"e\"}"}
            << state("\"questionId\":7,\"courseId\":2,\"sectionId\":30,\"text\":\"t\","
                     "\"answers\":[\"a\"],\"correctAnswers\":[\"a\"],\"explanation\":\"e\"",
                     "draft", "0", true, 0);
        QTest::newRow("missing draft fields take their start values")
            << QStringList{"QuestionDrafted {\"questionId\":7}"}
            << state("\"questionId\":7,\"courseId\":null,\"sectionId\":null,\"text\":null,"
                     "\"answers\":[],\"correctAnswers\":[],\"explanation\":null",
                     "draft", "0", true, 0);
        QTest::newRow("published sets status, revision, clean")
            << QStringList{Drafted, published1} << state(DraftedContent, "published", "1", false, 1);
        QTest::newRow("text changed")
            << QStringList{Drafted, published1, "QuestionTextChanged {\"text\":\"1/2 + 1/2?\"}"}
            << state(QByteArray(DraftedContent).replace("1/2 + 1/4?", "1/2 + 1/2?"), "published", "1", true,
                     2);
        QTest::newRow("answers changed")
            << QStringList{Drafted, published1,
                           "AnswersChanged {\"answers\":[\"1\",\"3/4\"],\"correctAnswers\":[\"1\"]}"}
            << state(QByteArray(DraftedContent)
                         .replace("\"answers\":[\"3/4\",\"2/6\"]", "\"answers\":[\"1\",\"3/4\"]")
                         .replace("\"correctAnswers\":[\"3/4\"]", "\"correctAnswers\":[\"1\"]"),
                     "published", "1", true, 2);
        QTest::newRow("explanation changed")
            << QStringList{Drafted, published1, "ExplanationChanged {\"explanation\":\"Add.\"}"}
            << state(QByteArray(DraftedContent).replace("Same denominator first.", "Add."), "published", "1",
                     true, 2);
        QTest::newRow("republished after a change")
            << QStringList{Drafted, published1, "ExplanationChanged {\"explanation\":\"Add.\"}",
                           "QuestionPublished {\"revision\":2}"}
            << state(QByteArray(DraftedContent).replace("Same denominator first.", "Add."), "published", "2",
                     false, 3);
        QTest::newRow("retired keeps revision and dirty")
            << QStringList{Drafted, published1, "QuestionTextChanged {\"text\":\"x\"}",
                           "QuestionRetired {\"reason\":\"duplicate\"}"}
            << state(QByteArray(DraftedContent).replace("1/2 + 1/4?", "x"), "retired", "1", true, 3);
        QTest::newRow("retired draft") << QStringList{Drafted, "QuestionRetired {\"reason\":\"typo\"}"}
                                       << state(DraftedContent, "retired", "0", true, 1);
        QTest::newRow("unknown type changes only the version")
            << QStringList{Drafted, "QuestionTagged {\"text\":\"ignored\"}"}
            << state(DraftedContent, "draft", "0", true, 1);
        QTest::newRow("text with escapes")
            << QStringList{"QuestionTextChanged {\"text\":\"say \\\"hi\\\"\\n\"}"}
            << state(
                   "\"questionId\":null,\"courseId\":null,\"sectionId\":null,\"text\":\"say \\\"hi\\\"\\n\","
                   "\"answers\":[],\"correctAnswers\":[],\"explanation\":null",
                   "draft", "0", true, 0);
    }
    void transitions()
    {
        QFETCH(QStringList, events);
        QFETCH(QByteArray, expected);
        QCOMPARE(QuestionAggregate::toJson(fold(events)), expected);
    }

    void versionIsThePositionOfTheLastEvent()
    {
        QuestionState state;
        state = QuestionAggregate::apply(state, recorded(Drafted, 0));
        QCOMPARE(state.version, 0);
        state = QuestionAggregate::apply(state, recorded("QuestionPublished {\"revision\":1}", 12));
        QCOMPARE(state.version, 12);
        QVERIFY(QuestionAggregate::toJson(state).endsWith(",\"version\":12}"));
    }
};

QTEST_GUILESS_MAIN(TestQuestionAggregate)
#include "TestQuestionAggregate.moc"
