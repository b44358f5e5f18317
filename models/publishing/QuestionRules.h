#pragma once

#include "QuestionDraft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Rewind {

// The publication rules, checked on a draft while the editor types, each reported at the
// field it concerns. The rule ids are QuestionDecision's, so what the editor shows while typing is
// what the store's decision would refuse on Publish.
struct RuleProblem
{
    enum class Field
    {
        Text,
        Answers,
        CorrectAnswers,
        Explanation,
    };
    Field field = Field::Text;
    QString rule;    // "text-required", "correct-answer-required", "correct-answer-not-among-answers",
                     // "answer-blank", "answer-duplicate"
    QString message; // translated sentence for the editor (context "QuestionRules")
    friend bool operator==(const RuleProblem&, const RuleProblem&) = default;
};

class QuestionRules
{
    Q_DECLARE_TR_FUNCTIONS(QuestionRules)

public:
    // Every broken rule, in field order (Text, Answers, CorrectAnswers, Explanation). Empty: the
    // draft may be published (as far as its content goes; "nothing-to-publish" and
    // "question-retired" depend on the stream, not the draft).
    // "answer-blank" and "answer-duplicate" are the editor's own checks (an answer that is blank
    // after trimming, or the same answer twice, which makes a correct mark ambiguous): the domain does
    // not name them, so the editor blocks Publish on them but the store would accept them.
    static QList<RuleProblem> check(const QuestionDraft& draft);
    static QList<RuleProblem> problemsAt(const QList<RuleProblem>& problems, RuleProblem::Field field);
};

} // namespace Rewind
