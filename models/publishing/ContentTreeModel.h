#pragma once

#include "ContentSnapshot.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonValue>
#include <QList>

namespace Rewind {

// Courses, their chapters and sections, and each section's questions with their status, for the
// editor's tree. Unlike the content-catalog projection it shows drafts and retired
// questions too: it is built from the folded streams (ContentSnapshot), not from a read model.
class ContentTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,  // course/chapter/section title; a question's text (first line)
        StatusColumn, // a question's status in words; for the others the number of questions below
        ColumnCount
    };
    enum class NodeKind
    {
        Course,
        Chapter,
        Section,
        Unfiled, // one per course: questions whose section is not (or no longer) in the course
        Question,
    };
    // A question's status as the tree shows it: "changed" is published with unpublished edits.
    enum class QuestionStatus
    {
        Draft,
        Published,
        Changed,
        Retired,
    };
    enum Role
    {
        KindRole = Qt::UserRole, // NodeKind as int
        IdRole,                  // the node's id as text (a JSON number as its decimal text)
        IdJsonRole,              // the node's id as the QJsonValue the events carry
        CourseIdJsonRole,        // the course the node belongs to (QJsonValue)
        ChapterIdJsonRole,       // for chapters and sections (QJsonValue)
        StreamRole,              // "course-…" or "question-…"
        StatusRole,              // QuestionStatus as int, questions only
        SearchTextRole,          // a question's text, answers and explanation, for the search
        QuestionCountRole,       // int: questions below the node (1 for a question)
        SortRole,                // what the column sorts on
    };

    explicit ContentTreeModel(QObject* parent = nullptr);

    // Replaces everything (beginResetModel/endResetModel).
    void setSnapshot(const ContentSnapshot& snapshot);
    const ContentSnapshot& snapshot() const { return m_snapshot; }
    // Updates or adds one question in place (after the editor saved it): dataChanged for the row,
    // or a row inserted under its section; a question that moved section is moved.
    void updateQuestion(const QuestionState& question);
    // Updates or adds one course (after a course command): the course's subtree is rebuilt.
    void updateCourse(const CourseState& course);

    // The index (column 0) of the node with this kind and id (as text); invalid when there is none.
    QModelIndex find(NodeKind kind, const QString& id) const;
    static QString statusText(QuestionStatus status); // translated

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Nodes live in a map under keys that are never reused, so an index's internal id stays valid
    // while rows are inserted and removed around it (updateQuestion, updateCourse).
    struct Node
    {
        NodeKind kind = NodeKind::Course;
        quintptr parent = 0; // 0: a top-level node
        QList<quintptr> children;
        int course = -1;   // index into m_snapshot.courses; -1 for the top-level "Unfiled"
        int question = -1; // index into m_snapshot.questions
        QJsonValue chapterId, sectionId;
        int questionCount = 0;
    };

    const Node& node(quintptr key) const { return m_nodes.find(key).value(); }
    const QList<quintptr>& childrenOf(quintptr key) const { return key ? node(key).children : m_roots; }
    int rowOf(quintptr key) const;
    QModelIndex indexOf(quintptr key, int column = 0) const;
    quintptr addNode(Node node, int row);
    void dropSubtree(quintptr key);
    quintptr buildCourse(int course, int row);
    quintptr buildChapter(int course, const CourseChapter& chapter, quintptr parent, int row);
    quintptr buildSection(int course, const CourseChapter& chapter, const CourseSection& section,
                          quintptr parent, int row);
    quintptr sectionNode(const QJsonValue& courseId, const QJsonValue& sectionId) const;
    quintptr unfiledNode(const QJsonValue& courseId) const;
    int questionRow(quintptr parent, int question) const;
    void placeQuestion(int question);   // inserts its row (and an "Unfiled" node when needed)
    void unplaceQuestion(int question); // removes its row (and an "Unfiled" node left empty)
    void replaceQuestionsOf(const QJsonValue& courseId);
    void recount(quintptr key);
    bool updateCourseInPlace(int course, const CourseState& updated);
    QString idText(const Node& node) const;
    QString titleOf(const Node& node) const;
    QVariant sortKey(const Node& node, int column) const;

    ContentSnapshot m_snapshot;
    QHash<quintptr, Node> m_nodes;
    QList<quintptr> m_roots;
    quintptr m_nextKey = 1;
    QHash<QString, quintptr> m_courseNodes;  // course id key -> node
    QHash<QString, quintptr> m_sectionNodes; // course id key + section id key -> node
    QHash<QString, quintptr> m_unfiledNodes; // course id key ("" for unknown courses) -> node
    QHash<QString, int> m_questionIndex;     // question id key -> index into m_snapshot.questions
    QHash<QString, int> m_courseIndex;       // course id key -> index into m_snapshot.courses
    QList<quintptr> m_questionNodes;         // per question: its node, 0 when not shown
    bool m_building = false;                 // inside setSnapshot's reset: no row signals
};

} // namespace Rewind
