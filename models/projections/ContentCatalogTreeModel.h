#pragma once

#include "ContentCatalogProjection.h"

#include <QAbstractItemModel>
#include <QList>

namespace Rewind {

// The `content-catalog` state as a tree: courses, their sections, and each section's published
// questions with the revision students see, in the projection's order.
class ContentCatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,      // a course's or section's title; a question's id
        IdColumn,        // the course's or section's id
        QuestionsColumn, // published questions below a course or section
        RevisionColumn,  // a question's published revision
        ColumnCount
    };
    enum class NodeKind
    {
        Course,
        Section,
        Question,
    };
    enum Role
    {
        KindRole = Qt::UserRole, // NodeKind as int
        IdRole,                  // course, section or question id
        TitleRole,               // empty for a question
        QuestionCountRole,       // qint64: published questions below the node (1 for a question)
        RevisionRole,            // qint64 for a question, nothing otherwise
        SortRole,
    };

    explicit ContentCatalogTreeModel(QObject* parent = nullptr);

    void setCourses(const QList<ContentCatalogProjection::Course>& courses);
    const QList<ContentCatalogProjection::Course>& courses() const { return m_courses; }
    // The index (column 0) of the node with this kind and id; invalid when there is none.
    QModelIndex find(NodeKind kind, const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A flat list of nodes, each naming its parent, so an index's internal id is a node number.
    struct Node
    {
        NodeKind kind = NodeKind::Course;
        int parent = -1; // node number; -1 for a course
        int row = 0;     // under its parent
        int course = 0, section = 0, question = 0;
        qint64 questionCount = 0;
        QList<int> children;
    };

    QVariant display(const Node& node, int column) const;
    QString idOf(const Node& node) const;
    QString titleOf(const Node& node) const;

    QList<ContentCatalogProjection::Course> m_courses;
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace Rewind
