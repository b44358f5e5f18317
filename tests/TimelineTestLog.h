#pragma once

// A small learning platform for the timeline tests: one course whose sections are renamed, student
// 7 with two quizzes in different sections on two days, and student 8 whose quiz interleaves with
// student 7's, so that an ordering or a filter by student that goes wrong shows.

#include "EventStore.h"
#include "EventTime.h"
#include "TestEvents.h"

#include <QList>

namespace Rewind::TimelineTestLog {

inline qint64 at(const char* iso)
{
    return *EventTime::fromIso(QByteArrayView(iso));
}

inline NewEvent timed(const char* iso, const QString& stream, const QString& type, const QByteArray& data)
{
    NewEvent e = makeEvent(stream, type, data);
    e.timeUs = at(iso);
    return e;
}

// Imported in this order: global positions 1..25.
inline QList<NewEvent> events()
{
    const QString course = QStringLiteral("course-c1");
    const QString s7 = QStringLiteral("student-7");
    const QString s8 = QStringLiteral("student-8");
    const QString qa = QStringLiteral("quiz-a");
    const QString qb = QStringLiteral("quiz-b");
    const QString qc = QStringLiteral("quiz-c");
    return {
        timed("2026-03-01T08:00:00Z", course, "CourseCreated",
              R"({"courseId":"c1","title":"Rekenen","language":"nl"})"),
        timed("2026-03-01T08:01:00Z", course, "ChapterAdded",
              R"({"chapterId":"h1","title":"Getallen","index":0})"),
        timed("2026-03-01T08:02:00Z", course, "SectionAdded",
              R"({"chapterId":"h1","sectionId":"s1","title":"Breuken","index":0})"),
        timed("2026-03-01T08:03:00Z", course, "SectionAdded",
              R"({"chapterId":"h1","sectionId":"s2","title":"Procenten","index":1})"),
        timed(
            "2026-03-02T09:00:00Z", s7, "StudentRegistered",
            R"({"studentId":7,"name":"Anna de Vries","email":"anna@school.nl","schoolId":"x","className":"2a"})"),
        timed(
            "2026-03-02T09:00:30Z", s8, "StudentRegistered",
            R"({"studentId":8,"name":"Bram Jansen","email":"bram@school.nl","schoolId":"x","className":"2a"})"),
        timed("2026-03-02T09:01:00Z", s7, "StudentLoggedIn", "{}"),
        timed("2026-03-02T09:02:00Z", qa, "QuizStarted", R"({"quizId":"a","studentId":7,"sectionId":"s1"})"),
        timed("2026-03-02T09:02:30Z", qb, "QuizStarted", R"({"quizId":"b","studentId":8,"sectionId":"s1"})"),
        timed("2026-03-02T09:03:00Z", qa, "QuestionAssigned", R"({"questionId":442})"),
        timed("2026-03-02T09:04:00Z", qa, "QuestionAnsweredIncorrectly",
              R"({"questionId":442,"answer":"12"})"),
        timed("2026-03-02T09:04:30Z", qb, "QuestionAnsweredCorrectly",
              R"({"questionId":442,"answer":"3/4"})"),
        timed("2026-03-02T09:05:00Z", qa, "ExplanationViewed", R"({"questionId":442})"),
        timed("2026-03-02T09:06:00Z", qa, "QuestionAnsweredCorrectly",
              R"({"questionId":442,"answer":"3/4"})"),
        timed("2026-03-02T09:07:00Z", qa, "QuestionAnsweredCorrectly",
              R"({"questionId":443,"answer":"1/2"})"),
        timed("2026-03-02T09:08:00Z", qa, "QuestionAnsweredCorrectly", R"({"questionId":444,"answer":"5"})"),
        timed("2026-03-02T09:09:00Z", qa, "QuizPassed", "{}"),
        timed("2026-03-03T07:00:00Z", course, "SectionRenamed",
              R"({"sectionId":"s2","title":"Procenten en breuken"})"),
        timed("2026-03-03T10:00:00Z", s7, "StudentLoggedIn", "{}"),
        timed("2026-03-03T10:01:00Z", qc, "QuizStarted", R"({"quizId":"c","studentId":7,"sectionId":"s2"})"),
        timed("2026-03-03T10:02:00Z", qc, "QuestionAssigned", R"({"questionId":500})"),
        timed("2026-03-03T10:03:00Z", qc, "QuestionAnsweredCorrectly",
              R"({"questionId":500,"answer":"10%"})"),
        timed("2026-03-03T10:04:00Z", qc, "QuestionAnsweredIncorrectly",
              R"({"questionId":501,"answer":"20%"})"),
        timed("2026-03-03T10:05:00Z", qc, "QuizFailed", "{}"),
        timed("2026-03-04T07:00:00Z", course, "SectionRenamed",
              R"({"sectionId":"s1","title":"Breuken en delen"})"),
    };
}

// Student 7's events, by global position.
inline QList<qint64> student7Positions()
{
    return {5, 7, 8, 10, 11, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24};
}

inline void fill(EventStore& store)
{
    ListSource source(events());
    store.importEvents(source);
}

} // namespace Rewind::TimelineTestLog
