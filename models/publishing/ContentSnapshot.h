#pragma once

#include "CourseAggregate.h"
#include "JobControl.h"
#include "QuestionAggregate.h"

#include <QList>

namespace Rewind {

class EventStore;

// Every course and every question of the store, folded, as the publishing page's tree shows them.
// Questions whose section names no known section are kept (listed under "Unfiled" by the tree).
struct ContentSnapshot
{
    QList<CourseState> courses;     // in the order their first events were written
    QList<QuestionState> questions; // in the order their first events were written
    qint64 headPosition = 0;        // the store's head when the read began

    // Reads the `course` and `question` categories in global order (one scan each, gap-safe as the
    // store reads are) and folds them. Checks control.cancelled() between events; a cancelled read
    // returns what it has with headPosition 0. Reports progress as (events read, category total
    // when known, else 0).
    static ContentSnapshot read(EventStore& store, const JobControl& control);
};

} // namespace Rewind
