#include "QuestionDraft.h"

#include <QJsonArray>

namespace Rewind {

namespace {

QString stringOrEmpty(const QJsonValue& value)
{
    return value.isString() ? value.toString() : QString();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

} // namespace

QuestionDraft QuestionDraft::fromState(const QuestionState& state)
{
    QuestionDraft draft;
    draft.text = stringOrEmpty(state.text);
    draft.answers = strings(state.answers);
    draft.correctAnswers = strings(state.correctAnswers);
    draft.explanation = stringOrEmpty(state.explanation);
    return draft;
}

} // namespace Rewind
