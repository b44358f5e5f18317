#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <variant>

namespace Rewind {

// The six question commands, as plain values. Ids are JSON values so that numeric
// and string ids reach the events unchanged, as the fold keeps them (QuestionAggregate).
struct DraftQuestion
{
    QJsonValue questionId;
    QJsonValue courseId;
    QJsonValue sectionId;
    QString text;
    QStringList answers;
    QStringList correctAnswers;
    QString explanation;

    friend bool operator==(const DraftQuestion&, const DraftQuestion&) = default;
};

struct ChangeQuestionText
{
    QString text;

    friend bool operator==(const ChangeQuestionText&, const ChangeQuestionText&) = default;
};

struct ChangeAnswers
{
    QStringList answers;
    QStringList correctAnswers;

    friend bool operator==(const ChangeAnswers&, const ChangeAnswers&) = default;
};

struct ChangeExplanation
{
    QString explanation;

    friend bool operator==(const ChangeExplanation&, const ChangeExplanation&) = default;
};

struct PublishQuestion
{
    friend bool operator==(const PublishQuestion&, const PublishQuestion&) = default;
};

struct RetireQuestion
{
    QString reason;

    friend bool operator==(const RetireQuestion&, const RetireQuestion&) = default;
};

using QuestionCommand = std::variant<DraftQuestion, ChangeQuestionText, ChangeAnswers, ChangeExplanation,
                                     PublishQuestion, RetireQuestion>;

// The command's name as the command line spells it ("DraftQuestion", …), for messages and logs.
QString questionCommandName(const QuestionCommand& command);

} // namespace Rewind
