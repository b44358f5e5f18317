#pragma once

#include "RecordedEvent.h"

#include <QByteArray>
#include <QJsonValue>
#include <QtGlobal>

namespace Rewind {

// A quiz as `rewind replay` shows it. Ids stay the JSON values the events carry:
// student applications write numbers or strings, and replay must not turn one into the other.
struct QuizState
{
    enum class Status
    {
        Open,
        Passed,
        Failed,
    };

    QJsonValue quizId;
    QJsonValue studentId;
    QJsonValue sectionId;
    Status status = Status::Open;
    qint64 streak = 0;
    qint64 answered = 0;
    qint64 correct = 0;
    qint64 incorrect = 0;
    QJsonValue currentQuestionId;
    qint64 version = -1;

    friend bool operator==(const QuizState&, const QuizState&) = default;
};

// The fold of a `quiz-…` stream: pure, so the same events always give the same state.
class QuizAggregate
{
public:
    static QuizState apply(QuizState state, const RecordedEvent& event);
    static QByteArray toJson(const QuizState& state);
};

} // namespace Rewind
