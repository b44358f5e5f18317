#include "QuestionEdits.h"

namespace Rewind {

namespace {

bool sameText(const QuestionDraft& a, const QuestionDraft& b)
{
    return a.text == b.text;
}

// Answers and their correct marks travel together in ChangeAnswers, so they are one aspect; the
// order of the answers is part of it (students see them in that order).
bool sameAnswers(const QuestionDraft& a, const QuestionDraft& b)
{
    return a.answers == b.answers && a.correctAnswers == b.correctAnswers;
}

bool sameExplanation(const QuestionDraft& a, const QuestionDraft& b)
{
    return a.explanation == b.explanation;
}

} // namespace

QList<QuestionCommand> QuestionEdits::commandsFor(const QuestionDraft& from, const QuestionDraft& to)
{
    QList<QuestionCommand> commands;
    if (!sameText(from, to))
        commands.append(ChangeQuestionText{to.text});
    if (!sameAnswers(from, to))
        commands.append(ChangeAnswers{to.answers, to.correctAnswers});
    if (!sameExplanation(from, to))
        commands.append(ChangeExplanation{to.explanation});
    return commands;
}

QuestionDraft QuestionEdits::rebased(const QuestionDraft& loaded, const QuestionDraft& mine,
                                     const QuestionDraft& theirs)
{
    QuestionDraft out = theirs;
    if (!sameText(loaded, mine))
        out.text = mine.text;
    if (!sameAnswers(loaded, mine)) {
        out.answers = mine.answers;
        out.correctAnswers = mine.correctAnswers;
    }
    if (!sameExplanation(loaded, mine))
        out.explanation = mine.explanation;
    return out;
}

QList<QuestionCommand> QuestionEdits::rebase(const QuestionDraft& loaded, const QuestionDraft& mine,
                                             const QuestionDraft& theirs)
{
    // Only aspects I touched differ between theirs and the rebased content, so commandsFor gives
    // exactly the commands for my aspects where theirs does not already say the same.
    return commandsFor(theirs, rebased(loaded, mine, theirs));
}

} // namespace Rewind
