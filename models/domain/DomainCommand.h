#pragma once

#include "CourseCommand.h"
#include "Decision.h"
#include "QuestionCommand.h"
#include "RecordedEvent.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace Rewind {

// One editor's command with the stream it acts on, as `rewind command NAME JSON` gives it.
struct DomainCommand
{
    QString streamName; // "question-{questionId}" or "course-{courseId}"
    std::variant<QuestionCommand, CourseCommand> command;
    QString name; // as the command line spells it, "DraftQuestion", …

    friend bool operator==(const DomainCommand&, const DomainCommand&) = default;
};

// Reads the JSON object of `rewind command NAME JSON`. Question commands carry "questionId", course
// commands "courseId" (a non-empty string without spaces, or a non-negative integer: it becomes part
// of the stream name); the other members are the fields of the command's struct under the same names:
// - CreateCourse {courseId, title, language}
// - AddChapter {courseId, chapterId, title, index?}
// - AddSection {courseId, chapterId, sectionId, title, index?}
// - RenameSection {courseId, sectionId, title}
// - DraftQuestion {questionId, courseId, sectionId, text?, answers?, correctAnswers?, explanation?}
// - ChangeQuestionText {questionId, text}
// - ChangeAnswers {questionId, answers, correctAnswers}
// - ChangeExplanation {questionId, explanation}
// - PublishQuestion {questionId}
// - RetireQuestion {questionId, reason?}
// Ids are strings or integers, answers arrays of strings, index an integer; `?` marks a field that
// may be omitted (a draft may be incomplete, an index defaults to the next one, a reason to ""). null
// is never a value: omit the field instead.
//
// The parser checks shape and types only; what the domain allows (non-empty ids and titles, indexes,
// the state of the stream) is CourseDecision's and QuestionDecision's, whose rejections name the rule.
class DomainCommandParser
{
public:
    // Throws StoreError(BadInput) with a message that starts with the command's name and names the
    // field and what is wrong: an unknown command name (listing the known ones), text that is not
    // one strict JSON object (with the column), an unknown or repeated field, a missing one, a value
    // of the wrong type.
    static DomainCommand parse(const QString& name, QByteArrayView json);
    // The ten command names, course commands first.
    static QStringList commandNames();
};

// Decides a parsed command on the history of its stream: folds the events with the aggregate of the
// command's kind (QuestionAggregate or CourseAggregate) and asks its decision. Pure: the caller reads
// the history (the stream's events in position order) and appends what is decided.
class DomainCommands
{
public:
    static Decision decide(const DomainCommand& command, const QList<RecordedEvent>& history);
    // The categories content commands write to ("course", "question"): what the rewind_editor role
    // may append to.
    static QStringList contentCategories();
};

} // namespace Rewind
