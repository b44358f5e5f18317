#include "ContentCatalogTreeModel.h"

#include "IdSortKey.h"

#include <QLocale>

namespace Rewind {

ContentCatalogTreeModel::ContentCatalogTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void ContentCatalogTreeModel::setCourses(const QList<ContentCatalogProjection::Course>& courses)
{
    beginResetModel();
    m_courses = courses;
    m_nodes.clear();
    m_roots.clear();
    for (int c = 0; c < m_courses.size(); ++c) {
        const int courseNode = int(m_nodes.size());
        m_nodes.append(Node{NodeKind::Course, -1, int(m_roots.size()), c, 0, 0, 0, {}});
        m_roots.append(courseNode);
        const auto& sections = m_courses[c].sections;
        for (int s = 0; s < sections.size(); ++s) {
            const int sectionNode = int(m_nodes.size());
            const int sectionRow = int(m_nodes[courseNode].children.size());
            m_nodes.append(Node{NodeKind::Section, courseNode, sectionRow, c, s, 0, 0, {}});
            m_nodes[courseNode].children.append(sectionNode);
            const auto& questions = sections[s].questions;
            for (int q = 0; q < questions.size(); ++q) {
                const int questionNode = int(m_nodes.size());
                m_nodes.append(Node{NodeKind::Question, sectionNode, q, c, s, q, 1, {}});
                m_nodes[sectionNode].children.append(questionNode);
            }
            m_nodes[sectionNode].questionCount = questions.size();
            m_nodes[courseNode].questionCount += questions.size();
        }
    }
    endResetModel();
}

QModelIndex ContentCatalogTreeModel::find(NodeKind kind, const QString& id) const
{
    for (int n = 0; n < m_nodes.size(); ++n) {
        const Node& node = m_nodes[n];
        if (node.kind == kind && idOf(node) == id)
            return createIndex(node.row, 0, quintptr(n));
    }
    return {};
}

QModelIndex ContentCatalogTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const QList<int>& siblings = parent.isValid() ? m_nodes[int(parent.internalId())].children : m_roots;
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex ContentCatalogTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[int(child.internalId())].parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes[parentNode].row, 0, quintptr(parentNode));
}

int ContentCatalogTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    // Only the first column has children, as views expect of a tree.
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int ContentCatalogTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString ContentCatalogTreeModel::idOf(const Node& node) const
{
    const auto& course = m_courses[node.course];
    switch (node.kind) {
    case NodeKind::Course:
        return course.courseId;
    case NodeKind::Section:
        return course.sections[node.section].sectionId;
    case NodeKind::Question:
        return course.sections[node.section].questions[node.question].questionId;
    }
    return {};
}

QString ContentCatalogTreeModel::titleOf(const Node& node) const
{
    const auto& course = m_courses[node.course];
    switch (node.kind) {
    case NodeKind::Course:
        return course.title;
    case NodeKind::Section:
        return course.sections[node.section].title;
    case NodeKind::Question:
        return {};
    }
    return {};
}

QVariant ContentCatalogTreeModel::display(const Node& node, int column) const
{
    switch (column) {
    case NameColumn:
        if (node.kind == NodeKind::Question)
            return tr("Question %1").arg(idOf(node));
        // A course or section known only from a question placed in it has no title yet.
        return titleOf(node).isEmpty() ? tr("(untitled)") : titleOf(node);
    case IdColumn:
        return node.kind == NodeKind::Question ? QString() : idOf(node);
    case QuestionsColumn:
        return node.kind == NodeKind::Question ? QString() : QLocale().toString(node.questionCount);
    case RevisionColumn:
        if (node.kind != NodeKind::Question)
            return QString();
        return QLocale().toString(
            m_courses[node.course].sections[node.section].questions[node.question].revision);
    }
    return {};
}

QVariant ContentCatalogTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& node = m_nodes[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return display(node, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == QuestionsColumn || index.column() == RevisionColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case KindRole:
        return int(node.kind);
    case IdRole:
        return idOf(node);
    case TitleRole:
        return titleOf(node);
    case QuestionCountRole:
        return node.questionCount;
    case RevisionRole:
        if (node.kind != NodeKind::Question)
            return {};
        return m_courses[node.course].sections[node.section].questions[node.question].revision;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return node.kind == NodeKind::Question ? idSortKey(idOf(node)) : titleOf(node);
        case IdColumn:
            return idSortKey(idOf(node));
        case QuestionsColumn:
            return node.questionCount;
        case RevisionColumn:
            return node.kind == NodeKind::Question
                       ? m_courses[node.course].sections[node.section].questions[node.question].revision
                       : qint64(0);
        }
        return {};
    }
    return {};
}

QVariant ContentCatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Course / section / question");
    case IdColumn:
        return tr("Id");
    case QuestionsColumn:
        return tr("Published questions");
    case RevisionColumn:
        return tr("Revision");
    }
    return {};
}

} // namespace Rewind
