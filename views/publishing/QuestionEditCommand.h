#pragma once

#include "QuestionDraft.h"

#include <QUndoCommand>

#include <functional>

namespace Rewind {

// One unsaved edit of a question: the whole draft before and after, so undo and redo are exact
// whatever the edit was (typing, marking, moving an answer, discarding, reloading theirs). Typing in
// one field merges into one command per field; other edits never merge.
class QuestionEditCommand : public QUndoCommand
{
public:
    // What merges: consecutive typing in the same field.
    enum MergeId
    {
        NoMerge = -1,
        TextTyping = 1,
        ExplanationTyping = 2,
        AnswerTyping = 100, // + the answer's row
    };
    using Apply = std::function<void(const QuestionDraft&)>;

    // `apply` shows a draft in the editor. The first redo() (QUndoStack::push) applies `after` too;
    // showing what the editor shows already must be harmless.
    QuestionEditCommand(const QString& text, const QuestionDraft& before, const QuestionDraft& after,
                        Apply apply, int mergeId = NoMerge);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;

    const QuestionDraft& before() const { return m_before; }
    const QuestionDraft& after() const { return m_after; }

private:
    QuestionDraft m_before;
    QuestionDraft m_after;
    Apply m_apply;
    int m_mergeId;
};

} // namespace Rewind
