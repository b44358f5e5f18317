#include "StudentProgressAt.h"

#include <QHash>

namespace Rewind {

StudentProgressAt::Figures StudentProgressAt::at(const QList<TimelineEntry>& entries,
                                                 qint64 untilGlobalPosition)
{
    using Kind = TimelineEntry::Kind;
    Figures f;
    QHash<QString, qint64> streaks; // per quiz stream
    for (const TimelineEntry& e : entries) {
        if (e.globalPosition > untilGlobalPosition)
            break;
        f.lastActivityUs = qMax(f.lastActivityUs, e.timeUs);
        switch (e.kind) {
        case Kind::QuizStarted:
            ++f.quizzesStarted;
            break;
        case Kind::QuizPassed:
            ++f.quizzesPassed;
            break;
        case Kind::QuizFailed:
            ++f.quizzesFailed;
            break;
        case Kind::AnsweredCorrectly:
            ++f.answers;
            ++f.correct;
            f.streak = ++streaks[e.streamName];
            break;
        case Kind::AnsweredIncorrectly:
            ++f.answers;
            streaks[e.streamName] = 0;
            f.streak = 0;
            break;
        default:
            break;
        }
    }
    f.correctRatio = f.answers > 0 ? double(f.correct) / double(f.answers) : 0.0;
    return f;
}

} // namespace Rewind
