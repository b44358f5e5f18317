// An editor's changes as commands: one command per changed aspect, and after a conflict only
// the aspects I changed, put on top of the other editor's content.
#include "QuestionEdits.h"

#include <QTest>

using namespace Rewind;

Q_DECLARE_METATYPE(Rewind::QuestionDraft)

namespace {

QuestionDraft draft(const QString& text, const QStringList& answers, const QStringList& correct,
                    const QString& explanation)
{
    return QuestionDraft{text, answers, correct, explanation};
}

QString describe(const QuestionCommand& command)
{
    if (const auto* c = std::get_if<ChangeQuestionText>(&command))
        return "ChangeQuestionText(" + c->text + ")";
    if (const auto* c = std::get_if<ChangeAnswers>(&command))
        return "ChangeAnswers(" + c->answers.join('|') + ";" + c->correctAnswers.join('|') + ")";
    if (const auto* c = std::get_if<ChangeExplanation>(&command))
        return "ChangeExplanation(" + c->explanation + ")";
    return questionCommandName(command);
}

QStringList describe(const QList<QuestionCommand>& commands)
{
    QStringList out;
    for (const QuestionCommand& c : commands)
        out.append(describe(c));
    return out;
}

// What folding the commands onto a draft gives, as the store's events would.
QuestionDraft applied(QuestionDraft d, const QList<QuestionCommand>& commands)
{
    for (const QuestionCommand& command : commands) {
        if (const auto* c = std::get_if<ChangeQuestionText>(&command))
            d.text = c->text;
        else if (const auto* c = std::get_if<ChangeAnswers>(&command)) {
            d.answers = c->answers;
            d.correctAnswers = c->correctAnswers;
        } else if (const auto* c = std::get_if<ChangeExplanation>(&command))
            d.explanation = c->explanation;
    }
    return d;
}

const QuestionDraft Base = draft("2+2?", {"3", "4"}, {"4"}, "Count on your fingers.");

} // namespace

class TestQuestionEdits : public QObject
{
    Q_OBJECT

private slots:
    void commandsFor_data()
    {
        QTest::addColumn<QuestionDraft>("from");
        QTest::addColumn<QuestionDraft>("to");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("none") << Base << Base << QStringList{};
        QTest::newRow("text") << Base << draft("2 + 2 = ?", {"3", "4"}, {"4"}, "Count on your fingers.")
                              << QStringList{"ChangeQuestionText(2 + 2 = ?)"};
        QTest::newRow("text emptied") << Base << draft("", {"3", "4"}, {"4"}, "Count on your fingers.")
                                      << QStringList{"ChangeQuestionText()"};
        QTest::newRow("answers") << Base << draft("2+2?", {"3", "4", "5"}, {"4"}, "Count on your fingers.")
                                 << QStringList{"ChangeAnswers(3|4|5;4)"};
        QTest::newRow("answers reordered")
            << Base << draft("2+2?", {"4", "3"}, {"4"}, "Count on your fingers.")
            << QStringList{"ChangeAnswers(4|3;4)"};
        QTest::newRow("correct marks only")
            << Base << draft("2+2?", {"3", "4"}, {"3", "4"}, "Count on your fingers.")
            << QStringList{"ChangeAnswers(3|4;3|4)"};
        QTest::newRow("explanation") << Base << draft("2+2?", {"3", "4"}, {"4"}, "")
                                     << QStringList{"ChangeExplanation()"};
        QTest::newRow("all three, text, answers, explanation")
            << Base << draft("3+3?", {"6"}, {"6"}, "Double three.")
            << QStringList{"ChangeQuestionText(3+3?)", "ChangeAnswers(6;6)",
                           "ChangeExplanation(Double three.)"};
        QTest::newRow("from nothing")
            << QuestionDraft{} << draft("", {}, {}, "x") << QStringList{"ChangeExplanation(x)"};
    }

    void commandsFor()
    {
        QFETCH(QuestionDraft, from);
        QFETCH(QuestionDraft, to);
        QFETCH(QStringList, expected);
        const QList<QuestionCommand> commands = QuestionEdits::commandsFor(from, to);
        QCOMPARE(describe(commands), expected);
        // The commands bring `from` exactly to `to`.
        QCOMPARE(applied(from, commands), to);
    }

    void rebase_data()
    {
        QTest::addColumn<QuestionDraft>("loaded");
        QTest::addColumn<QuestionDraft>("mine");
        QTest::addColumn<QuestionDraft>("theirs");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QuestionDraft>("result");

        const QuestionDraft myText = draft("What is 2+2?", {"3", "4"}, {"4"}, "Count on your fingers.");
        const QuestionDraft theirAnswers = draft("2+2?", {"3", "4", "22"}, {"4"}, "Count on your fingers.");
        QTest::newRow("I changed text, they changed answers: only my text")
            << Base << myText << theirAnswers << QStringList{"ChangeQuestionText(What is 2+2?)"}
            << draft("What is 2+2?", {"3", "4", "22"}, {"4"}, "Count on your fingers.");

        const QuestionDraft theirText = draft("Two plus two?", {"3", "4"}, {"4"}, "Count on your fingers.");
        QTest::newRow("both changed the text differently: mine wins")
            << Base << myText << theirText << QStringList{"ChangeQuestionText(What is 2+2?)"} << myText;

        QTest::newRow("theirs already equals mine: nothing")
            << Base << myText << myText << QStringList{} << myText;

        QTest::newRow("I changed nothing: nothing, theirs stays")
            << Base << Base << theirAnswers << QStringList{} << theirAnswers;

        const QuestionDraft myAnswersAndExplanation = draft("2+2?", {"4", "5"}, {"4"}, "Add.");
        const QuestionDraft theirTextAndExplanation = draft("Sum?", {"3", "4"}, {"4"}, "Use a ruler.");
        QTest::newRow("I changed answers and explanation, they text and explanation")
            << Base << myAnswersAndExplanation << theirTextAndExplanation
            << QStringList{"ChangeAnswers(4|5;4)", "ChangeExplanation(Add.)"}
            << draft("Sum?", {"4", "5"}, {"4"}, "Add.");

        QTest::newRow("I changed only a correct mark, they reordered answers")
            << Base << draft("2+2?", {"3", "4"}, {"3"}, "Count on your fingers.")
            << draft("2+2?", {"4", "3"}, {"4"}, "Count on your fingers.")
            << QStringList{"ChangeAnswers(3|4;3)"}
            << draft("2+2?", {"3", "4"}, {"3"}, "Count on your fingers.");
    }

    void rebase()
    {
        QFETCH(QuestionDraft, loaded);
        QFETCH(QuestionDraft, mine);
        QFETCH(QuestionDraft, theirs);
        QFETCH(QStringList, expected);
        QFETCH(QuestionDraft, result);
        const QList<QuestionCommand> commands = QuestionEdits::rebase(loaded, mine, theirs);
        QCOMPARE(describe(commands), expected);
        QCOMPARE(QuestionEdits::rebased(loaded, mine, theirs), result);
        // rebased() is what folding rebase()'s commands onto theirs gives.
        QCOMPARE(applied(theirs, commands), result);
    }

    void fromStateKeepsOnlyStrings()
    {
        QuestionState state;
        state.text = QJsonValue(42);
        state.answers = QJsonArray{"a", 1, QJsonValue(), "b"};
        state.correctAnswers = QJsonArray{"b", true};
        state.explanation = QJsonValue("why");
        QCOMPARE(QuestionDraft::fromState(state), draft("", {"a", "b"}, {"b"}, "why"));
        QCOMPARE(QuestionDraft::fromState(QuestionState{}), QuestionDraft{});
    }
};

QTEST_GUILESS_MAIN(TestQuestionEdits)
#include "TestQuestionEdits.moc"
