#include "QuestionDecision.h"

#include "StateJsonWriter.h"

#include <QJsonArray>

namespace Rewind {

namespace {

Decision one(const QString& type, StateJsonWriter& data)
{
    return Decision::accept({DecidedEvent{type, data.finish()}});
}

// The first correct answer that is not among the answers, if any.
std::optional<QJsonValue> strayCorrectAnswer(const QJsonArray& answers, const QJsonArray& correctAnswers)
{
    for (const QJsonValue& correct : correctAnswers) {
        if (!answers.contains(correct))
            return correct;
    }
    return std::nullopt;
}

Decision strayRejection(const QJsonValue& stray)
{
    return Decision::reject(QStringLiteral("correct-answer-not-among-answers"),
                            QStringLiteral("The correct answer \"%1\" is not one of the answers.")
                                .arg(stray.isString() ? stray.toString() : QStringLiteral("?")));
}

Decision nothingChanged(const char* what)
{
    return Decision::reject(QStringLiteral("nothing-changed"),
                            QStringLiteral("The question already has this %1.").arg(QLatin1String(what)));
}

struct Decide
{
    const QuestionState& state;

    Decision operator()(const DraftQuestion& c) const
    {
        const bool noId =
            c.questionId.isNull() || c.questionId.isUndefined() || c.questionId == QJsonValue(QString());
        if (noId)
            return Decision::reject(QStringLiteral("question-id-required"),
                                    QStringLiteral("A question needs an id to be drafted."));
        const QJsonArray answers = QJsonArray::fromStringList(c.answers);
        const QJsonArray correctAnswers = QJsonArray::fromStringList(c.correctAnswers);
        if (const auto stray = strayCorrectAnswer(answers, correctAnswers))
            return strayRejection(*stray);
        StateJsonWriter data;
        data.add(u"questionId", c.questionId);
        data.add(u"courseId", c.courseId);
        data.add(u"sectionId", c.sectionId);
        data.addString(u"text", c.text);
        data.add(u"answers", answers);
        data.add(u"correctAnswers", correctAnswers);
        data.addString(u"explanation", c.explanation);
        return one(QStringLiteral("QuestionDrafted"), data);
    }

    Decision operator()(const ChangeQuestionText& c) const
    {
        if (state.text == QJsonValue(c.text))
            return nothingChanged("text");
        StateJsonWriter data;
        data.addString(u"text", c.text);
        return one(QStringLiteral("QuestionTextChanged"), data);
    }

    Decision operator()(const ChangeAnswers& c) const
    {
        const QJsonArray answers = QJsonArray::fromStringList(c.answers);
        const QJsonArray correctAnswers = QJsonArray::fromStringList(c.correctAnswers);
        if (const auto stray = strayCorrectAnswer(answers, correctAnswers))
            return strayRejection(*stray);
        if (state.answers == QJsonValue(answers) && state.correctAnswers == QJsonValue(correctAnswers))
            return nothingChanged("answers");
        StateJsonWriter data;
        data.add(u"answers", answers);
        data.add(u"correctAnswers", correctAnswers);
        return one(QStringLiteral("AnswersChanged"), data);
    }

    Decision operator()(const ChangeExplanation& c) const
    {
        if (state.explanation == QJsonValue(c.explanation))
            return nothingChanged("explanation");
        StateJsonWriter data;
        data.addString(u"explanation", c.explanation);
        return one(QStringLiteral("ExplanationChanged"), data);
    }

    Decision operator()(const PublishQuestion&) const
    {
        if (!state.dirty)
            return Decision::reject(QStringLiteral("nothing-to-publish"),
                                    QStringLiteral("Nothing to publish: the question has not changed since "
                                                   "its last publication."));
        if (!state.text.isString() || state.text.toString().trimmed().isEmpty())
            return Decision::reject(QStringLiteral("text-required"),
                                    QStringLiteral("A question needs text to be published."));
        const QJsonArray correctAnswers = state.correctAnswers.toArray();
        if (correctAnswers.isEmpty())
            return Decision::reject(QStringLiteral("correct-answer-required"),
                                    QStringLiteral("A question needs a correct answer to be published."));
        if (const auto stray = strayCorrectAnswer(state.answers.toArray(), correctAnswers))
            return strayRejection(*stray);
        StateJsonWriter data;
        data.addInteger(u"revision", state.revision.toInteger() + 1);
        return one(QStringLiteral("QuestionPublished"), data);
    }

    Decision operator()(const RetireQuestion& c) const
    {
        StateJsonWriter data;
        data.addString(u"reason", c.reason);
        return one(QStringLiteral("QuestionRetired"), data);
    }
};

} // namespace

Decision QuestionDecision::decide(const QuestionState& state, const QuestionCommand& command)
{
    if (state.status == QuestionState::Status::Retired)
        return Decision::reject(
            QStringLiteral("question-retired"),
            QStringLiteral("A retired question accepts no command (%1).").arg(questionCommandName(command)));
    const bool isDraft = std::holds_alternative<DraftQuestion>(command);
    if (isDraft && state.version != -1)
        return Decision::reject(QStringLiteral("question-exists"),
                                QStringLiteral("The question has already been drafted."));
    if (!isDraft && state.version == -1)
        return Decision::reject(
            QStringLiteral("question-not-drafted"),
            QStringLiteral("%1 needs a drafted question.").arg(questionCommandName(command)));
    return std::visit(Decide{state}, command);
}

} // namespace Rewind
