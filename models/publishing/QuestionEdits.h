#pragma once

#include "QuestionCommand.h"
#include "QuestionDraft.h"

#include <QList>

namespace Rewind {

// Turns an editor's changes into commands: one command per changed aspect, so the history says
// what changed (text, answers with their correct marks, explanation), never one opaque "saved".
// Pure.
class QuestionEdits
{
public:
    // The commands that turn `from` into `to`, in the order ChangeQuestionText, ChangeAnswers,
    // ChangeExplanation; an aspect that is equal in both gives none. Answers and correct answers
    // are one aspect (ChangeAnswers carries both).
    static QList<QuestionCommand> commandsFor(const QuestionDraft& from, const QuestionDraft& to);

    // After a conflict: `loaded` is what the editor started from, `mine` what the editor made of it,
    // `theirs` the question as it is now. Returns the commands that put the aspects *I* changed
    // (mine differs from loaded) on top of theirs; aspects I did not touch keep the other editor's
    // content, and an aspect where theirs already equals mine gives no command.
    static QList<QuestionCommand> rebase(const QuestionDraft& loaded, const QuestionDraft& mine,
                                         const QuestionDraft& theirs);

    // The content of the aspects I changed applied onto theirs, as the editor shows it after
    // choosing "re-apply my edits" (equal to folding rebase()'s commands onto theirs).
    static QuestionDraft rebased(const QuestionDraft& loaded, const QuestionDraft& mine,
                                 const QuestionDraft& theirs);
};

} // namespace Rewind
