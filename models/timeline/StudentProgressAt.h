#pragma once

#include "TimelineEntry.h"

#include <QList>
#include <QtGlobal>

namespace Rewind {

// A student's progress as it stood at one moment of the timeline: the figures of the
// student-progress projection and the quiz folds, computed from the entries up to
// that moment only, so that it equals a replay of the student's quizzes to the same point.
class StudentProgressAt
{
public:
    struct Figures
    {
        qint64 quizzesStarted = 0;
        qint64 quizzesPassed = 0;
        qint64 quizzesFailed = 0;
        qint64 answers = 0;
        qint64 correct = 0;
        double correctRatio = 0; // correct / answers, 0 without answers
        // The streak of the quiz the student answered in last (a quiz's streak as its fold keeps it);
        // 0 before any answer.
        qint64 streak = 0;
        qint64 lastActivityUs = 0;

        friend bool operator==(const Figures&, const Figures&) = default;
    };

    // Folds the entries (in global order) with globalPosition <= untilGlobalPosition.
    static Figures at(const QList<TimelineEntry>& entries, qint64 untilGlobalPosition);
};

} // namespace Rewind
