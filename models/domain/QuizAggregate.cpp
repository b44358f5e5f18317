#include "QuizAggregate.h"

#include "StateJsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Rewind {

namespace {

// A key the event does not carry resets the field to its start value (null), so a state never keeps
// a value the event that "sets" the field did not give.
QJsonValue field(const QJsonObject& data, QLatin1String key)
{
    const QJsonValue value = data.value(key);
    return value.isUndefined() ? QJsonValue() : value;
}

QStringView statusName(QuizState::Status status)
{
    switch (status) {
    case QuizState::Status::Open:
        return u"open";
    case QuizState::Status::Passed:
        return u"passed";
    case QuizState::Status::Failed:
        return u"failed";
    }
    return u"open";
}

} // namespace

QuizState QuizAggregate::apply(QuizState state, const RecordedEvent& event)
{
    state.version = event.position;
    const QString& type = event.type;
    if (type == u"QuizStarted") {
        const QJsonObject data = QJsonDocument::fromJson(event.data).object();
        state.quizId = field(data, QLatin1String("quizId"));
        state.studentId = field(data, QLatin1String("studentId"));
        state.sectionId = field(data, QLatin1String("sectionId"));
    } else if (type == u"QuestionAssigned") {
        const QJsonObject data = QJsonDocument::fromJson(event.data).object();
        state.currentQuestionId = field(data, QLatin1String("questionId"));
    } else if (type == u"QuestionAnsweredCorrectly") {
        ++state.answered;
        ++state.correct;
        ++state.streak;
        state.currentQuestionId = QJsonValue();
    } else if (type == u"QuestionAnsweredIncorrectly") {
        ++state.answered;
        ++state.incorrect;
        state.streak = 0;
        state.currentQuestionId = QJsonValue();
    } else if (type == u"QuizPassed") {
        state.status = QuizState::Status::Passed;
    } else if (type == u"QuizFailed") {
        state.status = QuizState::Status::Failed;
    }
    // ExplanationViewed, and any other type, moves only the version: a newer client's
    // event must not make an older Rewind refuse to replay the stream.
    return state;
}

QByteArray QuizAggregate::toJson(const QuizState& state)
{
    StateJsonWriter out;
    out.add(u"quizId", state.quizId);
    out.add(u"studentId", state.studentId);
    out.add(u"sectionId", state.sectionId);
    out.addString(u"status", statusName(state.status));
    out.addInteger(u"streak", state.streak);
    out.addInteger(u"answered", state.answered);
    out.addInteger(u"correct", state.correct);
    out.addInteger(u"incorrect", state.incorrect);
    out.add(u"currentQuestionId", state.currentQuestionId);
    out.addInteger(u"version", state.version);
    return out.finish();
}

} // namespace Rewind
