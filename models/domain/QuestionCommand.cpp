#include "QuestionCommand.h"

namespace Rewind {

namespace {

struct CommandName
{
    QString operator()(const DraftQuestion&) const { return QStringLiteral("DraftQuestion"); }
    QString operator()(const ChangeQuestionText&) const { return QStringLiteral("ChangeQuestionText"); }
    QString operator()(const ChangeAnswers&) const { return QStringLiteral("ChangeAnswers"); }
    QString operator()(const ChangeExplanation&) const { return QStringLiteral("ChangeExplanation"); }
    QString operator()(const PublishQuestion&) const { return QStringLiteral("PublishQuestion"); }
    QString operator()(const RetireQuestion&) const { return QStringLiteral("RetireQuestion"); }
};

} // namespace

QString questionCommandName(const QuestionCommand& command)
{
    return std::visit(CommandName(), command);
}

} // namespace Rewind
