#pragma once

#include "GenericAggregate.h"
#include "QuestionAggregate.h"
#include "QuizAggregate.h"
#include "RecordedEvent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <variant>

namespace Rewind {

// The fold a stream's category calls for: quiz and question streams have their own,
// every other category (course and student included, which have no state of their own) the generic
// one. Holds the state so that a caller can feed events one at a time.
class AggregateFold
{
public:
    explicit AggregateFold(QStringView streamName);

    void apply(const RecordedEvent& event);
    QByteArray toJson() const;
    qint64 version() const;

    // The code this stream's state comes from, prefixed with its kind ("quiz:1a2b…"): an aggregate
    // snapshot saved under another fold version must never be loaded.
    QByteArray foldVersion() const;
    // The whole state as bytes for an aggregate snapshot, and back. loadState() returns false, and
    // changes nothing, for bytes it cannot read: another format, another kind of state, or damage.
    QByteArray saveState() const;
    bool loadState(QByteArrayView bytes);

    friend bool operator==(const AggregateFold&, const AggregateFold&) = default;

private:
    std::variant<QuizState, QuestionState, GenericState> m_state;
};

} // namespace Rewind
