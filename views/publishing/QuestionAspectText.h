#pragma once

#include <QCoreApplication>

#include "QuestionAggregate.h"
#include "QuestionDraft.h"
#include "RecordedEvent.h"

#include <QList>
#include <QString>

namespace Rewind {

// Words for what the editor's panels compare and list: the aspects of a question (text, answers
// with their correct marks, explanation) and a question event with its new value.
class QuestionAspectText
{
    Q_DECLARE_TR_FUNCTIONS(QuestionAspectText)

public:
    enum class Aspect
    {
        Text,
        Answers,
        Explanation,
    };
    static QList<Aspect> aspects() { return {Aspect::Text, Aspect::Answers, Aspect::Explanation}; }
    static QString name(Aspect aspect);
    // The aspect's content as lines of plain text; answers one per line, correct ones marked.
    static QString value(const QuestionDraft& draft, Aspect aspect);
    static bool differs(const QuestionDraft& a, const QuestionDraft& b, Aspect aspect);
    static QString statusText(const QuestionState& state);

    // "changed the text to “…”": the event's type in words with the value it set.
    static QString eventChange(const RecordedEvent& event);
    // The userId of the event's metadata, with the role when there is one; "someone" without.
    static QString eventUser(const RecordedEvent& event);
    static QString eventTime(const RecordedEvent& event); // local time, to the second
};

} // namespace Rewind
