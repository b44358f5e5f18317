#pragma once

#include "RecordedEvent.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QtGlobal>

namespace Rewind {

// A question as `rewind replay` shows it. Fields hold the JSON values the events
// carry, so numeric and string ids, and whatever an editor typed, replay unchanged.
struct QuestionState
{
    enum class Status
    {
        Draft,
        Published,
        Retired,
    };

    QJsonValue questionId;
    QJsonValue courseId;
    QJsonValue sectionId;
    QJsonValue text;
    QJsonValue answers = QJsonArray();
    QJsonValue correctAnswers = QJsonArray();
    QJsonValue explanation;
    Status status = Status::Draft;
    QJsonValue revision = 0;
    bool dirty = false; // changed since the last publication
    qint64 version = -1;

    friend bool operator==(const QuestionState&, const QuestionState&) = default;
};

// The fold of a `question-…` stream: pure, so the same events always give the same state.
class QuestionAggregate
{
public:
    static QuestionState apply(QuestionState state, const RecordedEvent& event);
    static QByteArray toJson(const QuestionState& state);
};

} // namespace Rewind
