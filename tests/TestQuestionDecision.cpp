// The question rules as pure decisions: each row folds events into a state, decides a
// command on it, and checks the rule broken or the events emitted and the state they fold into.
#include "AggregateTestEvents.h"
#include "QuestionDecision.h"

#include <QTest>

using Rewind::ChangeAnswers;
using Rewind::ChangeExplanation;
using Rewind::ChangeQuestionText;
using Rewind::Decision;
using Rewind::DraftQuestion;
using Rewind::PublishQuestion;
using Rewind::QuestionAggregate;
using Rewind::QuestionCommand;
using Rewind::QuestionDecision;
using Rewind::QuestionState;
using Rewind::RetireQuestion;

Q_DECLARE_METATYPE(Rewind::QuestionCommand)

namespace {

QuestionState fold(const QStringList& events)
{
    return Rewind::foldEvents<QuestionState, Rewind::QuestionAggregate>(QStringLiteral("question-7"), events);
}

QStringList typesAndData(const Decision& decision)
{
    QStringList out;
    for (const auto& e : decision.events())
        out << e.type + u' ' + QString::fromUtf8(e.data);
    return out;
}

// The part of a state the rules are about, e.g. "published 2 clean".
QString summary(const QuestionState& s)
{
    const char* status = s.status == QuestionState::Status::Draft       ? "draft"
                         : s.status == QuestionState::Status::Published ? "published"
                                                                        : "retired";
    return QStringLiteral("%1 %2 %3")
        .arg(QLatin1String(status))
        .arg(s.revision.toInteger())
        .arg(QLatin1String(s.dirty ? "dirty" : "clean"));
}

const QString Drafted = "QuestionDrafted {\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\","
                        "\"text\":\"1/2 + 1/4?\",\"answers\":[\"3/4\",\"2/6\"],\"correctAnswers\":[\"3/4\"],"
                        "\"explanation\":\"Same denominator first.\"}";
const QString Published1 = "QuestionPublished {\"revision\":1}";
const QString TextChanged = "QuestionTextChanged {\"text\":\"1/2 + 1/2?\"}";
const QString Retired = "QuestionRetired {\"reason\":\"duplicate\"}";

const QStringList NoEvents;
const QStringList Draft{Drafted};
const QStringList PublishedClean{Drafted, Published1};
const QStringList PublishedChanged{Drafted, Published1, TextChanged};
const QStringList RetiredDraft{Drafted, Retired};
const QStringList RetiredPublished{Drafted, Published1, Retired};

QuestionCommand draft7()
{
    return DraftQuestion{7, "c1", "s1", "1/2 + 1/4?", {"3/4", "2/6"}, {"3/4"}, "Same denominator first."};
}

} // namespace

class TestQuestionDecision : public QObject
{
    Q_OBJECT
private slots:
    void decide_data()
    {
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<QuestionCommand>("command");
        QTest::addColumn<QString>("rule");        // empty: accepted
        QTest::addColumn<QStringList>("emitted"); // when accepted
        QTest::addColumn<QString>("after");       // summary of the state after the emitted events

        const QStringList none;
        const auto accepted = [](const char* name, const QStringList& history, const QuestionCommand& command,
                                 const QStringList& emitted, const QString& after) {
            QTest::newRow(name) << history << command << QString() << emitted << after;
        };
        const auto rejected = [&none](const char* name, const QStringList& history,
                                      const QuestionCommand& command, const char* rule) {
            QTest::newRow(name) << history << command << QString::fromLatin1(rule) << none << QString();
        };

        // DraftQuestion
        accepted("draft on a new stream", NoEvents, draft7(), {Drafted}, "draft 0 dirty");
        accepted("draft keeps string ids and escapes text", NoEvents,
                 DraftQuestion{"q7", 2, 30, "say \"hi\"", {"a"}, {"a"}, "e"},
                 {"QuestionDrafted {\"questionId\":\"q7\",\"courseId\":2,\"sectionId\":30,"
                  "\"text\":\"say \\\"hi\\\"\",\"answers\":[\"a\"],\"correctAnswers\":[\"a\"],"
                  "\"explanation\":\"e\"}"},
                 "draft 0 dirty");
        accepted("an incomplete draft is accepted", NoEvents, DraftQuestion{7, "c1", "s1", "", {}, {}, ""},
                 {"QuestionDrafted {\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\",\"text\":\"\","
                  "\"answers\":[],\"correctAnswers\":[],\"explanation\":\"\"}"},
                 "draft 0 dirty");
        rejected("draft without id", NoEvents, DraftQuestion{QJsonValue(), "c1", "s1", "t", {"a"}, {"a"}, ""},
                 "question-id-required");
        rejected("draft with an empty id", NoEvents, DraftQuestion{"", "c1", "s1", "t", {"a"}, {"a"}, ""},
                 "question-id-required");
        rejected("draft with a stray correct answer", NoEvents,
                 DraftQuestion{7, "c1", "s1", "t", {"a", "b"}, {"a", "c"}, ""},
                 "correct-answer-not-among-answers");
        rejected("draft on a drafted question", Draft, draft7(), "question-exists");
        rejected("draft on a published question", PublishedClean, draft7(), "question-exists");
        rejected("draft on a retired question", RetiredDraft, draft7(), "question-retired");

        // Anything but DraftQuestion on a new stream
        rejected("change text before draft", NoEvents, ChangeQuestionText{"t"}, "question-not-drafted");
        rejected("change answers before draft", NoEvents, ChangeAnswers{{"a"}, {"a"}},
                 "question-not-drafted");
        rejected("change explanation before draft", NoEvents, ChangeExplanation{"e"}, "question-not-drafted");
        rejected("publish before draft", NoEvents, PublishQuestion{}, "question-not-drafted");
        rejected("retire before draft", NoEvents, RetireQuestion{"r"}, "question-not-drafted");

        // A retired question accepts no command
        rejected("change text when retired", RetiredPublished, ChangeQuestionText{"t"}, "question-retired");
        rejected("change answers when retired", RetiredPublished, ChangeAnswers{{"a"}, {"a"}},
                 "question-retired");
        rejected("change explanation when retired", RetiredPublished, ChangeExplanation{"e"},
                 "question-retired");
        rejected("publish when retired", RetiredDraft, PublishQuestion{}, "question-retired");
        rejected("retire when retired", RetiredPublished, RetireQuestion{"again"}, "question-retired");

        // ChangeQuestionText
        accepted("change text of a published question", PublishedClean, ChangeQuestionText{"1/2 + 1/2?"},
                 {TextChanged}, "published 1 dirty");
        accepted("empty text is accepted as a draft", Draft, ChangeQuestionText{""},
                 {"QuestionTextChanged {\"text\":\"\"}"}, "draft 0 dirty");
        rejected("same text", PublishedClean, ChangeQuestionText{"1/2 + 1/4?"}, "nothing-changed");

        // ChangeAnswers
        accepted("change answers", PublishedClean, ChangeAnswers{{"1", "3/4"}, {"1"}},
                 {"AnswersChanged {\"answers\":[\"1\",\"3/4\"],\"correctAnswers\":[\"1\"]}"},
                 "published 1 dirty");
        accepted("change only the correct answers", Draft, ChangeAnswers{{"3/4", "2/6"}, {"3/4", "2/6"}},
                 {"AnswersChanged {\"answers\":[\"3/4\",\"2/6\"],\"correctAnswers\":[\"3/4\",\"2/6\"]}"},
                 "draft 0 dirty");
        accepted("no correct answer is accepted as a draft", Draft, ChangeAnswers{{"a"}, {}},
                 {"AnswersChanged {\"answers\":[\"a\"],\"correctAnswers\":[]}"}, "draft 0 dirty");
        rejected("same answers", PublishedClean, ChangeAnswers{{"3/4", "2/6"}, {"3/4"}}, "nothing-changed");
        rejected("answers with a stray correct answer", PublishedClean, ChangeAnswers{{"1"}, {"3/4"}},
                 "correct-answer-not-among-answers");

        // ChangeExplanation
        accepted("change explanation", PublishedClean, ChangeExplanation{"Add."},
                 {"ExplanationChanged {\"explanation\":\"Add.\"}"}, "published 1 dirty");
        rejected("same explanation", PublishedClean, ChangeExplanation{"Same denominator first."},
                 "nothing-changed");

        // PublishQuestion
        accepted("publish a draft", Draft, PublishQuestion{}, {Published1}, "published 1 clean");
        accepted("republish after a change", PublishedChanged, PublishQuestion{},
                 {"QuestionPublished {\"revision\":2}"}, "published 2 clean");
        rejected("publish with no change since the last publication", PublishedClean, PublishQuestion{},
                 "nothing-to-publish");
        rejected("publish with empty text", QStringList{Drafted, "QuestionTextChanged {\"text\":\"\"}"},
                 PublishQuestion{}, "text-required");
        rejected("publish with blank text", QStringList{Drafted, "QuestionTextChanged {\"text\":\"  \"}"},
                 PublishQuestion{}, "text-required");
        rejected("publish with no text at all", QStringList{"QuestionDrafted {\"questionId\":7}"},
                 PublishQuestion{}, "text-required");
        rejected("publish with no correct answer",
                 QStringList{Drafted, "AnswersChanged {\"answers\":[\"a\"],\"correctAnswers\":[]}"},
                 PublishQuestion{}, "correct-answer-required");
        rejected("publish with a correct answer not among the answers",
                 QStringList{"QuestionDrafted {\"questionId\":7,\"text\":\"t\",\"answers\":[\"a\"],"
                             "\"correctAnswers\":[\"b\"]}"},
                 PublishQuestion{}, "correct-answer-not-among-answers");

        // RetireQuestion
        accepted("retire a draft", Draft, RetireQuestion{"duplicate"}, {Retired}, "retired 0 dirty");
        accepted("retire a published question", PublishedClean, RetireQuestion{""},
                 {"QuestionRetired {\"reason\":\"\"}"}, "retired 1 clean");
    }
    void decide()
    {
        QFETCH(QStringList, history);
        QFETCH(QuestionCommand, command);
        QFETCH(QString, rule);
        QFETCH(QStringList, emitted);
        QFETCH(QString, after);

        const Decision decision = QuestionDecision::decide(fold(history), command);
        if (!rule.isEmpty()) {
            QVERIFY(!decision.accepted());
            QCOMPARE(decision.rejection().rule, rule);
            QVERIFY(!decision.rejection().message.isEmpty());
            QVERIFY(decision.events().isEmpty());
            return;
        }
        QVERIFY2(decision.accepted(),
                 qPrintable(decision.accepted() ? QString()
                                                : decision.rejection().rule + QStringLiteral(": ") +
                                                      decision.rejection().message));
        QCOMPARE(typesAndData(decision), emitted);
        QCOMPARE(summary(fold(history + typesAndData(decision))), after);
    }

    // Folding the emitted QuestionDrafted gives the command's content, field for field.
    void draftFoldsIntoTheCommandsContent()
    {
        const Decision decision = QuestionDecision::decide(QuestionState(), draft7());
        QVERIFY(decision.accepted());
        QCOMPARE(fold(typesAndData(decision)), fold({Drafted}));
    }

    // A full editing session: every step is decided on the fold of the events so far.
    void editingSession()
    {
        QStringList events;
        const auto run = [&events](const QuestionCommand& command) {
            const Decision d = QuestionDecision::decide(fold(events), command);
            if (d.accepted())
                events += typesAndData(d);
            return d.accepted() ? QString() : d.rejection().rule;
        };
        QCOMPARE(run(DraftQuestion{7, "c1", "s1", "", {"a", "b"}, {}, ""}), QString());
        QCOMPARE(run(PublishQuestion{}), QString("text-required"));
        QCOMPARE(run(ChangeQuestionText{"Pick a"}), QString());
        QCOMPARE(run(PublishQuestion{}), QString("correct-answer-required"));
        QCOMPARE(run(ChangeAnswers{{"a", "b"}, {"a"}}), QString());
        QCOMPARE(run(PublishQuestion{}), QString());
        QCOMPARE(run(PublishQuestion{}), QString("nothing-to-publish"));
        QCOMPARE(run(ChangeExplanation{"Because."}), QString());
        QCOMPARE(run(PublishQuestion{}), QString());
        QCOMPARE(run(RetireQuestion{"obsolete"}), QString());
        QCOMPARE(run(ChangeQuestionText{"again"}), QString("question-retired"));
        QCOMPARE(
            QuestionAggregate::toJson(fold(events)),
            QByteArray("{\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\",\"text\":\"Pick a\","
                       "\"answers\":[\"a\",\"b\"],\"correctAnswers\":[\"a\"],\"explanation\":\"Because.\","
                       "\"status\":\"retired\",\"revision\":2,\"dirty\":false,\"version\":6}"));
    }
};

QTEST_GUILESS_MAIN(TestQuestionDecision)
#include "TestQuestionDecision.moc"
