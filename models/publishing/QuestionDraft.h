#pragma once

#include "QuestionAggregate.h"

#include <QString>
#include <QStringList>

namespace Rewind {

// The content an editor works on: the four aspects of a question that commands change. A
// value, so the editor can keep the loaded version beside the edited one and compare them.
struct QuestionDraft
{
    QString text;
    QStringList answers;
    QStringList correctAnswers;
    QString explanation;

    // The content of a folded question; JSON values that are not strings (a stream written by
    // another tool) become empty strings, lists drop their non-string items.
    static QuestionDraft fromState(const QuestionState& state);

    friend bool operator==(const QuestionDraft&, const QuestionDraft&) = default;
};

} // namespace Rewind
