#include "TimelineSentences.h"

namespace Rewind {

namespace {

// A quiz is named by its section; by the section's id when no course event gave it a title.
QString sectionOf(const TimelineEntry& entry)
{
    if (!entry.sectionTitle.isEmpty())
        return entry.sectionTitle;
    return entry.sectionId.isEmpty() ? entry.quizId : entry.sectionId;
}

} // namespace

QString TimelineSentences::sentence(const TimelineEntry& entry)
{
    using Kind = TimelineEntry::Kind;
    switch (entry.kind) {
    case Kind::Registered:
        if (entry.studentEmail.isEmpty())
            return tr("Registered as %1").arg(entry.studentName);
        return tr("Registered as %1 (%2)").arg(entry.studentName, entry.studentEmail);
    case Kind::LoggedIn:
        return tr("Logged in");
    case Kind::QuizStarted:
        return tr("Started a quiz on %1").arg(sectionOf(entry));
    case Kind::QuestionAssigned:
        return tr("Was given question %1").arg(entry.questionId);
    case Kind::AnsweredCorrectly:
        return tr("Answered question %1 correctly: %2").arg(entry.questionId, entry.answer);
    case Kind::AnsweredIncorrectly:
        return tr("Answered question %1 incorrectly: %2").arg(entry.questionId, entry.answer);
    case Kind::ExplanationViewed:
        return tr("Viewed the explanation of question %1").arg(entry.questionId);
    case Kind::QuizPassed:
        // Two sentences rather than a plural form: English needs no numerus entries that way.
        if (entry.answersInQuiz == 1)
            return tr("Passed the quiz on %1 after 1 answer").arg(sectionOf(entry));
        return tr("Passed the quiz on %1 after %2 answers").arg(sectionOf(entry)).arg(entry.answersInQuiz);
    case Kind::QuizFailed:
        if (entry.answersInQuiz == 1)
            return tr("Failed the quiz on %1 after 1 answer").arg(sectionOf(entry));
        return tr("Failed the quiz on %1 after %2 answers").arg(sectionOf(entry)).arg(entry.answersInQuiz);
    case Kind::Other:
        break;
    }
    return tr("%1 in %2").arg(entry.type, entry.streamName);
}

QString TimelineSentences::kindLabel(TimelineEntry::Kind kind)
{
    using Kind = TimelineEntry::Kind;
    switch (kind) {
    case Kind::Registered:
        return tr("Registered");
    case Kind::LoggedIn:
        return tr("Logged in");
    case Kind::QuizStarted:
        return tr("Quiz started");
    case Kind::QuestionAssigned:
        return tr("Question given");
    case Kind::AnsweredCorrectly:
        return tr("Answered correctly");
    case Kind::AnsweredIncorrectly:
        return tr("Answered incorrectly");
    case Kind::ExplanationViewed:
        return tr("Explanation viewed");
    case Kind::QuizPassed:
        return tr("Quiz passed");
    case Kind::QuizFailed:
        return tr("Quiz failed");
    case Kind::Other:
        break;
    }
    return tr("Other");
}

} // namespace Rewind
