// The publication rules as the editor checks them while typing, each at its field, with the
// rule ids that QuestionDecision gives for PublishQuestion on the same content.
#include "QuestionDecision.h"
#include "QuestionRules.h"

#include <QJsonArray>
#include <QTest>

using namespace Rewind;

namespace {

QString fieldName(RuleProblem::Field field)
{
    switch (field) {
    case RuleProblem::Field::Text:
        return "text";
    case RuleProblem::Field::Answers:
        return "answers";
    case RuleProblem::Field::CorrectAnswers:
        return "correctAnswers";
    case RuleProblem::Field::Explanation:
        return "explanation";
    }
    return "?";
}

QStringList describe(const QList<RuleProblem>& problems)
{
    QStringList out;
    for (const RuleProblem& p : problems)
        out.append(fieldName(p.field) + ":" + p.rule);
    return out;
}

// Rule ids of the domain's rules; the others are the editor's own.
bool isDomainRule(const QString& rule)
{
    return rule != QLatin1String("answer-blank") && rule != QLatin1String("answer-duplicate");
}

// A drafted, unpublished question with this content, as the store folds it.
QuestionState stateWith(const QuestionDraft& d)
{
    QuestionState state;
    state.questionId = QJsonValue("q");
    state.text = d.text;
    state.answers = QJsonArray::fromStringList(d.answers);
    state.correctAnswers = QJsonArray::fromStringList(d.correctAnswers);
    state.explanation = d.explanation;
    state.dirty = true;
    state.version = 0;
    return state;
}

} // namespace

class TestQuestionRules : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QStringList>("correctAnswers");
        QTest::addColumn<QString>("explanation");
        QTest::addColumn<QStringList>("expected"); // field:rule, in field order

        QTest::newRow("valid") << "2+2?" << QStringList{"3", "4"} << QStringList{"4"} << "Count."
                               << QStringList{};
        QTest::newRow("valid without explanation")
            << "2+2?" << QStringList{"3", "4"} << QStringList{"4"} << "" << QStringList{};
        QTest::newRow("valid, two correct answers")
            << "Even?" << QStringList{"2", "3", "4"} << QStringList{"2", "4"} << "" << QStringList{};
        QTest::newRow("text empty") << "" << QStringList{"3", "4"} << QStringList{"4"} << ""
                                    << QStringList{"text:text-required"};
        QTest::newRow("text blank") << " \t\n"
                                    << QStringList{"3", "4"} << QStringList{"4"} << ""
                                    << QStringList{"text:text-required"};
        QTest::newRow("answer blank") << "2+2?" << QStringList{"3", " ", "4"} << QStringList{"4"} << ""
                                      << QStringList{"answers:answer-blank"};
        QTest::newRow("answer empty") << "2+2?" << QStringList{"", "4"} << QStringList{"4"} << ""
                                      << QStringList{"answers:answer-blank"};
        QTest::newRow("answer duplicate") << "2+2?" << QStringList{"4", "3", "4"} << QStringList{"4"} << ""
                                          << QStringList{"answers:answer-duplicate"};
        QTest::newRow("answer duplicate after trimming")
            << "2+2?" << QStringList{"4", "4 "} << QStringList{"4"} << ""
            << QStringList{"answers:answer-duplicate"};
        QTest::newRow("no correct answer") << "2+2?" << QStringList{"3", "4"} << QStringList{} << ""
                                           << QStringList{"correctAnswers:correct-answer-required"};
        QTest::newRow("no answers at all") << "2+2?" << QStringList{} << QStringList{} << ""
                                           << QStringList{"correctAnswers:correct-answer-required"};
        QTest::newRow("correct answer not among answers")
            << "2+2?" << QStringList{"3", "4"} << QStringList{"5"} << ""
            << QStringList{"correctAnswers:correct-answer-not-among-answers"};
        QTest::newRow("correct answer differs by a space")
            << "2+2?" << QStringList{"3", "4"} << QStringList{"4 "} << ""
            << QStringList{"correctAnswers:correct-answer-not-among-answers"};
        QTest::newRow("everything wrong, in field order")
            << "" << QStringList{"", "x", "x"} << QStringList{} << ""
            << QStringList{"text:text-required", "answers:answer-blank", "answers:answer-duplicate",
                           "correctAnswers:correct-answer-required"};
        QTest::newRow("text and stray correct answer")
            << " " << QStringList{"a"} << QStringList{"a", "b"} << "e"
            << QStringList{"text:text-required", "correctAnswers:correct-answer-not-among-answers"};
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, answers);
        QFETCH(QStringList, correctAnswers);
        QFETCH(QString, explanation);
        QFETCH(QStringList, expected);
        const QuestionDraft draft{text, answers, correctAnswers, explanation};

        const QList<RuleProblem> problems = QuestionRules::check(draft);
        QCOMPARE(describe(problems), expected);
        for (const RuleProblem& p : problems)
            QVERIFY2(!p.message.isEmpty(), qPrintable(p.rule));

        // problemsAt splits them by field without losing or adding any.
        QList<RuleProblem> regrouped;
        for (auto field : {RuleProblem::Field::Text, RuleProblem::Field::Answers,
                           RuleProblem::Field::CorrectAnswers, RuleProblem::Field::Explanation}) {
            const QList<RuleProblem> at = QuestionRules::problemsAt(problems, field);
            for (const RuleProblem& p : at)
                QCOMPARE(p.field, field);
            regrouped += at;
        }
        QCOMPARE(regrouped, problems);

        // What the editor shows is what the store's decision says on Publish of the same content:
        // the first domain rule the editor reports is the rule the decision rejects with.
        const Decision decision = QuestionDecision::decide(stateWith(draft), PublishQuestion{});
        QString firstDomainRule;
        for (const RuleProblem& p : problems) {
            if (isDomainRule(p.rule)) {
                firstDomainRule = p.rule;
                break;
            }
        }
        if (firstDomainRule.isEmpty()) {
            QVERIFY2(decision.accepted(),
                     qPrintable(decision.accepted() ? QString() : decision.rejection().rule));
        } else {
            QVERIFY(!decision.accepted());
            QCOMPARE(decision.rejection().rule, firstDomainRule);
            // Same rule, same sentence where the decision words one.
            for (const RuleProblem& p : problems) {
                if (p.rule == firstDomainRule) {
                    QCOMPARE(p.message, decision.rejection().message);
                    break;
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestQuestionRules)
#include "TestQuestionRules.moc"
