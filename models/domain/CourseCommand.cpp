#include "CourseCommand.h"

namespace Rewind {

namespace {

struct CommandName
{
    QString operator()(const CreateCourse&) const { return QStringLiteral("CreateCourse"); }
    QString operator()(const AddChapter&) const { return QStringLiteral("AddChapter"); }
    QString operator()(const AddSection&) const { return QStringLiteral("AddSection"); }
    QString operator()(const RenameSection&) const { return QStringLiteral("RenameSection"); }
};

} // namespace

QString courseCommandName(const CourseCommand& command)
{
    return std::visit(CommandName(), command);
}

} // namespace Rewind
