#include "QuestionAspectText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rewind {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& v : value.toArray())
        result << v.toString();
    return result;
}

QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(text);
}

QString answersInline(const QStringList& answers, const QStringList& correct)
{
    QStringList parts;
    for (const QString& a : answers)
        parts << (correct.contains(a) ? quoted(a) + QStringLiteral(" ✓") : quoted(a));
    for (const QString& c : correct) {
        if (!answers.contains(c))
            parts << quoted(c) + QStringLiteral(" ✓");
    }
    return parts.isEmpty() ? QuestionAspectText::tr("no answers") : parts.join(QStringLiteral(", "));
}

} // namespace

QString QuestionAspectText::name(Aspect aspect)
{
    switch (aspect) {
    case Aspect::Text:
        return tr("Text");
    case Aspect::Answers:
        return tr("Answers");
    case Aspect::Explanation:
        return tr("Explanation");
    }
    return {};
}

QString QuestionAspectText::value(const QuestionDraft& draft, Aspect aspect)
{
    switch (aspect) {
    case Aspect::Text:
        return draft.text;
    case Aspect::Explanation:
        return draft.explanation;
    case Aspect::Answers: {
        QStringList lines;
        for (const QString& a : draft.answers)
            lines << (draft.correctAnswers.contains(a) ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + a;
        for (const QString& c : draft.correctAnswers) {
            if (!draft.answers.contains(c))
                lines << tr("✓ %1 (not among the answers)").arg(c);
        }
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

bool QuestionAspectText::differs(const QuestionDraft& a, const QuestionDraft& b, Aspect aspect)
{
    switch (aspect) {
    case Aspect::Text:
        return a.text != b.text;
    case Aspect::Explanation:
        return a.explanation != b.explanation;
    case Aspect::Answers:
        return a.answers != b.answers || a.correctAnswers != b.correctAnswers;
    }
    return false;
}

QString QuestionAspectText::statusText(const QuestionState& state)
{
    const qint64 revision = state.revision.toInteger();
    switch (state.status) {
    case QuestionState::Status::Draft:
        return tr("draft");
    case QuestionState::Status::Retired:
        return tr("retired");
    case QuestionState::Status::Published:
        return state.dirty ? tr("changed since revision %1").arg(revision)
                           : tr("published revision %1").arg(revision);
    }
    return {};
}

QString QuestionAspectText::eventChange(const RecordedEvent& event)
{
    const QJsonObject data = QJsonDocument::fromJson(event.data).object();
    const QString type = event.type;
    if (type == QLatin1String("QuestionDrafted"))
        return tr("drafted it with the text %1").arg(quoted(data.value(QLatin1String("text")).toString()));
    if (type == QLatin1String("QuestionTextChanged"))
        return tr("changed the text to %1").arg(quoted(data.value(QLatin1String("text")).toString()));
    if (type == QLatin1String("AnswersChanged"))
        return tr("changed the answers to %1")
            .arg(answersInline(strings(data.value(QLatin1String("answers"))),
                               strings(data.value(QLatin1String("correctAnswers")))));
    if (type == QLatin1String("ExplanationChanged"))
        return tr("changed the explanation to %1")
            .arg(quoted(data.value(QLatin1String("explanation")).toString()));
    if (type == QLatin1String("QuestionPublished"))
        return tr("published revision %1").arg(data.value(QLatin1String("revision")).toInteger());
    if (type == QLatin1String("QuestionRetired")) {
        const QString reason = data.value(QLatin1String("reason")).toString();
        return reason.isEmpty() ? tr("retired it") : tr("retired it: %1").arg(quoted(reason));
    }
    return tr("wrote %1").arg(type);
}

QString QuestionAspectText::eventUser(const RecordedEvent& event)
{
    const QJsonObject metadata = QJsonDocument::fromJson(event.metadata).object();
    const QString user = metadata.value(QLatin1String("userId")).toString();
    const QString role = metadata.value(QLatin1String("role")).toString();
    if (user.isEmpty())
        return tr("someone");
    return role.isEmpty() ? user : tr("%1 (%2)").arg(user, role);
}

QString QuestionAspectText::eventTime(const RecordedEvent& event)
{
    return QDateTime::fromMSecsSinceEpoch(event.timeUs / 1000, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace Rewind
