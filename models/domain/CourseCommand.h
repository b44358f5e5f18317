#pragma once

#include <QJsonValue>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <variant>

namespace Rewind {

// The four course commands, as plain values. Ids are JSON values so that numeric and
// string ids reach the events unchanged, as the fold keeps them (CourseAggregate). The course's own
// id is only in CreateCourse: the other commands act on the stream `course-{courseId}`, whose name
// carries it.
struct CreateCourse
{
    QJsonValue courseId;
    QString title;
    QString language;

    friend bool operator==(const CreateCourse&, const CreateCourse&) = default;
};

struct AddChapter
{
    QJsonValue chapterId;
    QString title;
    std::optional<qint64> index; // none: after the last chapter

    friend bool operator==(const AddChapter&, const AddChapter&) = default;
};

struct AddSection
{
    QJsonValue chapterId;
    QJsonValue sectionId;
    QString title;
    std::optional<qint64> index; // none: after the chapter's last section

    friend bool operator==(const AddSection&, const AddSection&) = default;
};

struct RenameSection
{
    QJsonValue sectionId;
    QString title;

    friend bool operator==(const RenameSection&, const RenameSection&) = default;
};

using CourseCommand = std::variant<CreateCourse, AddChapter, AddSection, RenameSection>;

// The command's name as the command line spells it ("CreateCourse", …), for messages and logs.
QString courseCommandName(const CourseCommand& command);

} // namespace Rewind
