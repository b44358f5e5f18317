#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QUuid>
#include <QtGlobal>

#include <optional>

namespace Rewind {

// One event of a student's timeline, with what its sentence needs already taken out of
// the event's data, so that showing 100,000 of them never parses JSON again.
struct TimelineEntry
{
    // What happened, for the icon and the filter. `Other` keeps events of types the platform adds
    // later visible instead of dropping them.
    enum class Kind : quint8
    {
        Registered,
        LoggedIn,
        QuizStarted,
        QuestionAssigned,
        AnsweredCorrectly,
        AnsweredIncorrectly,
        ExplanationViewed,
        QuizPassed,
        QuizFailed,
        Other,
    };

    qint64 globalPosition = 0;
    qint64 position = 0;
    qint64 timeUs = 0; // microseconds since the Unix epoch, UTC
    QString streamName;
    QString type;
    QUuid id;
    Kind kind = Kind::Other;

    // Ids as text: a number's digits or a string's content.
    QString quizId;
    QString questionId;
    QString answer;
    QString sectionId;
    QString sectionTitle;     // the section's title when the event happened; empty when unknown
    QString studentName;      // StudentRegistered
    QString studentEmail;     // StudentRegistered
    qint64 answersInQuiz = 0; // QuizPassed, QuizFailed: answers given in that quiz up to then

    static Kind kindOfType(QStringView type);
    // Stable names for the command line and the CSV ("answered-correctly").
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(QStringView key);
    static QList<Kind> allKinds();
};

} // namespace Rewind
