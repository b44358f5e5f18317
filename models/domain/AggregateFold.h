#pragma once

#include "GenericAggregate.h"
#include "QuestionAggregate.h"
#include "QuizAggregate.h"
#include "RecordedEvent.h"

#include <QByteArray>
#include <QStringView>

#include <variant>

namespace Rewind {

// The fold a stream's category calls for (DESIGN.md §3): quiz and question streams have their own,
// every other category (course and student included, for which §3 defines no state) the generic
// one. Holds the state so that a caller can feed events one at a time.
class AggregateFold
{
public:
    explicit AggregateFold(QStringView streamName);

    void apply(const RecordedEvent& event);
    QByteArray toJson() const;
    qint64 version() const;

private:
    std::variant<QuizState, QuestionState, GenericState> m_state;
};

} // namespace Rewind
