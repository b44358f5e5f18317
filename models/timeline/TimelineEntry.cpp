#include "TimelineEntry.h"

#include <array>
#include <utility>

namespace Rewind {

namespace {

using Kind = TimelineEntry::Kind;

struct KindName
{
    Kind kind;
    const char* type; // the event type it stands for; nullptr for Other
    const char* key;
};

constexpr std::array<KindName, 10> Kinds{{
    {Kind::Registered, "StudentRegistered", "registered"},
    {Kind::LoggedIn, "StudentLoggedIn", "logged-in"},
    {Kind::QuizStarted, "QuizStarted", "quiz-started"},
    {Kind::QuestionAssigned, "QuestionAssigned", "question-assigned"},
    {Kind::AnsweredCorrectly, "QuestionAnsweredCorrectly", "answered-correctly"},
    {Kind::AnsweredIncorrectly, "QuestionAnsweredIncorrectly", "answered-incorrectly"},
    {Kind::ExplanationViewed, "ExplanationViewed", "explanation-viewed"},
    {Kind::QuizPassed, "QuizPassed", "quiz-passed"},
    {Kind::QuizFailed, "QuizFailed", "quiz-failed"},
    {Kind::Other, nullptr, "other"},
}};

} // namespace

TimelineEntry::Kind TimelineEntry::kindOfType(QStringView type)
{
    for (const KindName& k : Kinds) {
        if (k.type && type == QLatin1String(k.type))
            return k.kind;
    }
    return Kind::Other;
}

QString TimelineEntry::kindKey(Kind kind)
{
    return QLatin1String(Kinds[std::size_t(kind)].key);
}

std::optional<TimelineEntry::Kind> TimelineEntry::kindFromKey(QStringView key)
{
    for (const KindName& k : Kinds) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QList<TimelineEntry::Kind> TimelineEntry::allKinds()
{
    QList<Kind> kinds;
    for (const KindName& k : Kinds)
        kinds.append(k.kind);
    return kinds;
}

} // namespace Rewind
