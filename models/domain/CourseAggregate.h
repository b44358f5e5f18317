#pragma once

#include "RecordedEvent.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QtGlobal>

namespace Rewind {

// A course as `rewind replay` shows it. Like QuestionState, fields hold the JSON values
// the events carry: the demo writes UUID strings as ids, other writers integers, and both must replay
// unchanged.
struct CourseSection
{
    QJsonValue sectionId;
    QJsonValue title;
    QJsonValue index;

    friend bool operator==(const CourseSection&, const CourseSection&) = default;
};

struct CourseChapter
{
    QJsonValue chapterId;
    QJsonValue title;
    QJsonValue index;
    QList<CourseSection> sections; // in the order their SectionAdded events came

    friend bool operator==(const CourseChapter&, const CourseChapter&) = default;
};

struct CourseState
{
    QJsonValue courseId;
    QJsonValue title;
    QJsonValue language;
    QList<CourseChapter> chapters; // in the order their ChapterAdded events came
    qint64 version = -1;

    // The chapter with this id, or null. Ids compare as JSON values: "7" is not 7.
    const CourseChapter* chapter(const QJsonValue& chapterId) const;
    // The section with this id in any chapter, or null.
    const CourseSection* section(const QJsonValue& sectionId) const;

    friend bool operator==(const CourseState&, const CourseState&) = default;
};

// The fold of a `course-…` stream: pure, so the same events always give the same state. It never
// refuses an event: a stream written by another tool may break CourseDecision's rules, and the fold
// still shows what the stream says (see apply()).
class CourseAggregate
{
public:
    static CourseState apply(CourseState state, const RecordedEvent& event);
    // Keys in this order: courseId, title, language, chapters (chapterId, title, index, sections:
    // sectionId, title, index), version.
    static QByteArray toJson(const CourseState& state);
};

} // namespace Rewind
