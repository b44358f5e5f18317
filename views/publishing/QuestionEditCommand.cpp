#include "QuestionEditCommand.h"

namespace Rewind {

QuestionEditCommand::QuestionEditCommand(const QString& text, const QuestionDraft& before,
                                         const QuestionDraft& after, Apply apply, int mergeId)
    : QUndoCommand(text), m_before(before), m_after(after), m_apply(std::move(apply)), m_mergeId(mergeId)
{
}

void QuestionEditCommand::undo()
{
    m_apply(m_before);
}

void QuestionEditCommand::redo()
{
    m_apply(m_after);
}

bool QuestionEditCommand::mergeWith(const QUndoCommand* other)
{
    if (other->id() != m_mergeId || m_mergeId == NoMerge)
        return false;
    m_after = static_cast<const QuestionEditCommand*>(other)->m_after;
    // Typed and then deleted again: nothing left to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Rewind
