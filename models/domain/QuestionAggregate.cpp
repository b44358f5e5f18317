#include "QuestionAggregate.h"

#include "StateJsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Rewind {

namespace {

// A key the event does not carry resets the field to its start value, so a state never keeps a
// value the event that "sets" the field did not give.
QJsonValue field(const QJsonObject& data, QLatin1String key, const QJsonValue& start = QJsonValue())
{
    const QJsonValue value = data.value(key);
    return value.isUndefined() ? start : value;
}

QStringView statusName(QuestionState::Status status)
{
    switch (status) {
    case QuestionState::Status::Draft:
        return u"draft";
    case QuestionState::Status::Published:
        return u"published";
    case QuestionState::Status::Retired:
        return u"retired";
    }
    return u"draft";
}

} // namespace

QuestionState QuestionAggregate::apply(QuestionState state, const RecordedEvent& event)
{
    state.version = event.position;
    const QString& type = event.type;
    const auto data = [&event] { return QJsonDocument::fromJson(event.data).object(); };
    if (type == u"QuestionDrafted") {
        const QJsonObject d = data();
        state.questionId = field(d, QLatin1String("questionId"));
        state.courseId = field(d, QLatin1String("courseId"));
        state.sectionId = field(d, QLatin1String("sectionId"));
        state.text = field(d, QLatin1String("text"));
        state.answers = field(d, QLatin1String("answers"), QJsonArray());
        state.correctAnswers = field(d, QLatin1String("correctAnswers"), QJsonArray());
        state.explanation = field(d, QLatin1String("explanation"));
        state.dirty = true;
    } else if (type == u"QuestionTextChanged") {
        state.text = field(data(), QLatin1String("text"));
        state.dirty = true;
    } else if (type == u"AnswersChanged") {
        const QJsonObject d = data();
        state.answers = field(d, QLatin1String("answers"), QJsonArray());
        state.correctAnswers = field(d, QLatin1String("correctAnswers"), QJsonArray());
        state.dirty = true;
    } else if (type == u"ExplanationChanged") {
        state.explanation = field(data(), QLatin1String("explanation"));
        state.dirty = true;
    } else if (type == u"QuestionPublished") {
        state.status = QuestionState::Status::Published;
        state.revision = field(data(), QLatin1String("revision"), 0);
        state.dirty = false;
    } else if (type == u"QuestionRetired") {
        state.status = QuestionState::Status::Retired;
    }
    // Any other type moves only the version: a newer editor's event must not make an
    // older Rewind refuse to replay the stream.
    return state;
}

QByteArray QuestionAggregate::toJson(const QuestionState& state)
{
    StateJsonWriter out;
    out.add(u"questionId", state.questionId);
    out.add(u"courseId", state.courseId);
    out.add(u"sectionId", state.sectionId);
    out.add(u"text", state.text);
    out.add(u"answers", state.answers);
    out.add(u"correctAnswers", state.correctAnswers);
    out.add(u"explanation", state.explanation);
    out.addString(u"status", statusName(state.status));
    out.add(u"revision", state.revision);
    out.add(u"dirty", state.dirty);
    out.addInteger(u"version", state.version);
    return out.finish();
}

} // namespace Rewind
