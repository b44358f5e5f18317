#pragma once

// A small folded content log for the publishing page's tree and search tests, and an outline of a
// tree model to compare against.
#include "ContentSnapshot.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace Rewind::ContentSamples {

inline RecordedEvent event(const QString& stream, qint64 position, const QString& type,
                           const QByteArray& data)
{
    RecordedEvent e;
    e.streamName = stream;
    e.position = position;
    e.type = type;
    e.data = data;
    return e;
}

// Folds (type, data) pairs after `state`'s version.
template <typename State, typename Fold>
State fold(State state, Fold apply, const QString& stream, const QList<QPair<QString, QByteArray>>& events)
{
    for (const auto& [type, data] : events)
        state = apply(std::move(state), event(stream, state.version + 1, type, data));
    return state;
}

inline CourseState course(const QString& stream, const QList<QPair<QString, QByteArray>>& events,
                          CourseState from = {})
{
    return fold(std::move(from), &CourseAggregate::apply, stream, events);
}

inline QuestionState question(const QString& stream, const QList<QPair<QString, QByteArray>>& events,
                              QuestionState from = {})
{
    return fold(std::move(from), &QuestionAggregate::apply, stream, events);
}

inline QuestionState drafted(const QByteArray& id, const QByteArray& courseId, const QByteArray& sectionId,
                             const QByteArray& textJson, const QList<QString>& then = {})
{
    QList<QPair<QString, QByteArray>> events{
        {"QuestionDrafted", "{\"questionId\":" + id + ",\"courseId\":" + courseId +
                                ",\"sectionId\":" + sectionId + ",\"text\":" + textJson + "}"}};
    for (const QString& type : then) {
        if (type == QLatin1String("QuestionTextChanged"))
            events.append({type, "{\"text\":\"changed\"}"});
        else if (type == QLatin1String("QuestionRetired"))
            events.append({type, "{\"reason\":\"old\"}"});
        else
            events.append({type, "{\"revision\":1}"});
    }
    return question("question", events);
}

// Course "c1" (chapters added out of index order), course 7 without chapters, and questions in
// sections, in a section the course lacks, and in a course nobody created.
inline ContentSnapshot sample()
{
    ContentSnapshot s;
    s.courses << course(
        "course-c1",
        {{"CourseCreated", R"({"courseId":"c1","title":"Rekenen","language":"nl"})"},
         {"ChapterAdded", R"({"chapterId":"ch2","title":"Hoofdstuk B","index":1})"},
         {"ChapterAdded", R"({"chapterId":"ch1","title":"Hoofdstuk A","index":0})"},
         {"SectionAdded", R"({"chapterId":"ch1","sectionId":"s1","title":"Optellen","index":0})"},
         {"SectionAdded", R"({"chapterId":"ch2","sectionId":"s2","title":"Delen","index":0})"}});
    s.courses << course("course-7", {{"CourseCreated", R"({"courseId":7,"title":"Taal","language":"nl"})"}});
    s.questions << question(
        "question-q1",
        {{"QuestionDrafted", "{\"questionId\":\"q1\",\"courseId\":\"c1\",\"sectionId\":\"s1\","
                             "\"text\":\"Wat is 1+1?\\nTweede regel\",\"answers\":[\"twee\",\"drie\"],"
                             "\"correctAnswers\":[\"twee\"],\"explanation\":\"Één en één\"}"}});
    s.questions << drafted("\"q2\"", "\"c1\"", "\"s1\"", "\"\"", {"QuestionPublished"});
    s.questions << drafted("\"q3\"", "\"c1\"", "\"s2\"", "\"Deel 6 door 3\"",
                           {"QuestionPublished", "QuestionTextChanged"});
    s.questions << drafted("\"q4\"", "\"c1\"", "\"gone\"", "\"Oud\"",
                           {"QuestionPublished", "QuestionRetired"});
    s.questions << drafted("\"q5\"", "\"unknown\"", "\"sx\"", "\"Wees\"");
    s.questions << drafted("6", "7", "3", "\"Zes\"");
    return s;
}

// "title [status]" per row, indented two spaces per level.
inline QStringList outline(const QAbstractItemModel& model, const QModelIndex& parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex title = model.index(row, 0, parent);
        lines << QString(depth * 2, QLatin1Char(' ')) + title.data().toString() + QStringLiteral(" [") +
                     model.index(row, 1, parent).data().toString() + QLatin1Char(']');
        lines += outline(model, title, depth + 1);
    }
    return lines;
}

} // namespace Rewind::ContentSamples
