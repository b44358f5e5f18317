#pragma once

#include "Decision.h"
#include "QuestionAggregate.h"
#include "QuestionCommand.h"

namespace Rewind {

// The question rules as a pure function of the current state (the fold of the
// stream, QuestionAggregate) and a command: no I/O, no clock, no ids.
//
// Rules, checked in this order; the first broken one is reported:
// - question-retired: a retired question accepts no command.
// - question-exists: DraftQuestion only on a stream with no events (state.version == -1).
// - question-not-drafted: any other command on a stream with no events.
// - question-id-required: DraftQuestion needs a questionId (not null, not an empty string).
// - correct-answer-not-among-answers (DraftQuestion, ChangeAnswers): each correct answer the command
//   names must be one of its answers. A draft may be incomplete (empty text, no correct answer),
//   but a command that contradicts itself is never useful.
// - nothing-changed: a change command that sets the value the question already has is refused,
//   so that it cannot make a published question "dirty" without a change.
// - PublishQuestion: nothing-to-publish (state.dirty false), then text-required (text blank after
//   trimming), correct-answer-required, correct-answer-not-among-answers, on the folded state.
// Empty text is accepted by DraftQuestion and ChangeQuestionText: text is required only to publish.
// RetireQuestion takes any reason, empty included.
class QuestionDecision
{
public:
    static Decision decide(const QuestionState& state, const QuestionCommand& command);
};

} // namespace Rewind
