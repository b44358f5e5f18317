#pragma once

#include "CourseAggregate.h"
#include "CourseCommand.h"
#include "Decision.h"

namespace Rewind {

// The course rules as a pure function of the current state (the fold of the stream, CourseAggregate)
// and a command: no I/O, no clock, no ids.
//
// Rules, checked in this order; the first broken one is reported:
// - course-exists: CreateCourse only on a stream with no events (state.version == -1).
// - course-not-created: any other command on a stream with no events.
// - course-id-required (CreateCourse), chapter-id-required (AddChapter, AddSection), then
//   section-id-required (AddSection, RenameSection): an id is not null and not an empty string.
// - title-required: every command carries a title, and it is not blank after trimming. The title is
//   written as given; trimming only decides whether there is one.
// - index-invalid (AddChapter, AddSection): a given index is not negative. An omitted index becomes
//   the next one: the number of chapters, or the number of sections in that chapter. A given index
//   is not checked against the others: the events record where an editor put a chapter, and readers
//   order by index.
// - chapter-exists (AddChapter): the course has no chapter with this id.
// - chapter-not-found (AddSection): the course has a chapter with this id.
// - section-exists (AddSection): no chapter of the course has a section with this id, since
//   RenameSection names a section by its id alone.
// - section-not-found (RenameSection): some chapter has a section with this id.
// - nothing-changed (RenameSection): the section does not already have exactly this title.
// Ids compare as JSON values: the string "7" and the number 7 are different ids.
// Event data carries exactly these fields: CourseCreated {courseId, title, language}, ChapterAdded
// {chapterId, title, index}, SectionAdded {chapterId, sectionId, title, index}, SectionRenamed
// {sectionId, title}.
class CourseDecision
{
public:
    static Decision decide(const CourseState& state, const CourseCommand& command);
};

} // namespace Rewind
