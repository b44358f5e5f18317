#include "QuestionRules.h"

#include <QCoreApplication>
#include <QSet>

namespace Rewind {

namespace {

RuleProblem problem(RuleProblem::Field field, const char* rule, const QString& message)
{
    return RuleProblem{field, QString::fromLatin1(rule), message};
}

} // namespace

QList<RuleProblem> QuestionRules::check(const QuestionDraft& draft)
{
    using Field = RuleProblem::Field;
    QList<RuleProblem> problems;

    // The same test as QuestionDecision's text-required: blank after trimming.
    if (draft.text.trimmed().isEmpty())
        problems.append(problem(Field::Text, "text-required", tr("A question needs text to be published.")));

    int blank = -1;
    QString duplicate;
    QSet<QString> seen;
    for (int i = 0; i < draft.answers.size(); ++i) {
        const QString answer = draft.answers[i].trimmed();
        if (answer.isEmpty()) {
            if (blank < 0)
                blank = i;
            continue;
        }
        // Compared trimmed: "4" and "4 " look alike to a student and to whoever marks one correct.
        if (seen.contains(answer) && duplicate.isNull())
            duplicate = answer;
        seen.insert(answer);
    }
    if (blank >= 0)
        problems.append(problem(Field::Answers, "answer-blank", tr("Answer %1 is blank.").arg(blank + 1)));
    if (!duplicate.isNull())
        problems.append(problem(Field::Answers, "answer-duplicate",
                                tr("The answer \"%1\" appears more than once.").arg(duplicate)));

    // The decision's order: first a correct answer at all, then whether each is among the answers
    // (exactly, as the store compares them).
    if (draft.correctAnswers.isEmpty()) {
        problems.append(problem(Field::CorrectAnswers, "correct-answer-required",
                                tr("A question needs a correct answer to be published.")));
    } else {
        for (const QString& correct : draft.correctAnswers) {
            if (!draft.answers.contains(correct)) {
                problems.append(
                    problem(Field::CorrectAnswers, "correct-answer-not-among-answers",
                            tr("The correct answer \"%1\" is not one of the answers.").arg(correct)));
                break;
            }
        }
    }
    // There is no rule on the explanation: it may be empty.
    return problems;
}

QList<RuleProblem> QuestionRules::problemsAt(const QList<RuleProblem>& problems, RuleProblem::Field field)
{
    QList<RuleProblem> out;
    for (const RuleProblem& p : problems) {
        if (p.field == field)
            out.append(p);
    }
    return out;
}

} // namespace Rewind
