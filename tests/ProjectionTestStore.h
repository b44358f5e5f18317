#pragma once

// A store for the projections view's tests (TestProjectionMonitor, TestProjectionRebuilder,
// TestProjectionsView): quiz events the built-in projections fold, the built-ins saved part of the
// way, and an Eventide consumer's position stream.
#include "BuiltInProjections.h"
#include "EventStore.h"
#include "ProjectionRunner.h"
#include "TestEvents.h"

namespace Rewind {

// `quizzes` quizzes of four events each (started, assigned, a wrong then a right answer).
inline void appendQuizzes(EventStore& store, int quizzes, int firstQuiz = 1)
{
    for (int q = firstQuiz; q < firstQuiz + quizzes; ++q) {
        const QString stream = QStringLiteral("quiz-%1").arg(q);
        const QByteArray id = QByteArray::number(q);
        const QByteArray question = QByteArray::number(100 + q % 7);
        store.append(stream,
                     {makeEvent(stream, "QuizStarted",
                                "{\"quizId\":\"" + id + "\",\"studentId\":\"s" + QByteArray::number(q % 5) +
                                    "\",\"sectionId\":\"sec-1\"}"),
                      makeEvent(stream, "QuestionAssigned", "{\"questionId\":\"" + question + "\"}"),
                      makeEvent(stream, "QuestionAnsweredIncorrectly",
                                "{\"questionId\":\"" + question + "\",\"answer\":\"wrong" + id + "\"}"),
                      makeEvent(stream, "QuestionAnsweredCorrectly",
                                "{\"questionId\":\"" + question + "\",\"answer\":\"right\"}")},
                     std::nullopt);
    }
}

// Saves every built-in projection as of `position` (built from the first event, replacing what was
// saved), as an earlier `rewind projections run` would have left it.
inline void saveBuiltInsAt(EventStore& store, qint64 position)
{
    BuiltInProjections builtIns;
    ProjectionRunnerOptions options;
    options.rebuild = true;
    options.stopAt = position;
    ProjectionRunner runner(store, builtIns.all(), options);
    runner.start();
    runner.catchUp();
}

// An Eventide consumer that recorded `position` (a `Recorded {position}` event).
inline void recordConsumerPosition(EventStore& store, const QString& stream, qint64 position)
{
    store.append(stream,
                 {makeEvent(stream, "Recorded", "{\"position\":" + QByteArray::number(position) + "}")},
                 std::nullopt);
}

} // namespace Rewind
