#include "ContentCatalogView.h"

#include "ContentCatalogTreeModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rewind {

ContentCatalogView::ContentCatalogView(QWidget* parent)
    : QWidget(parent), m_model(new ContentCatalogTreeModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_summary(new QLabel(this)), m_tree(new QTreeView(this))
{
    m_summary->setObjectName(QStringLiteral("catalogSummary"));
    m_tree->setObjectName(QStringLiteral("contentCatalogTree"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContentCatalogTreeModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ContentCatalogTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ContentCatalogTreeModel::NameColumn, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    setCourses({});
}

void ContentCatalogView::setCourses(const QList<ContentCatalogProjection::Course>& courses)
{
    m_model->setCourses(courses);
    qint64 sections = 0, questions = 0;
    for (const auto& course : courses) {
        sections += course.sections.size();
        for (const auto& section : course.sections)
            questions += section.questions.size();
    }
    m_summary->setText(tr("%n course(s)", nullptr, int(courses.size())) + QStringLiteral(", ") +
                       tr("%n section(s)", nullptr, int(sections)) + QStringLiteral(", ") +
                       tr("%n published question(s)", nullptr, int(questions)));
    // Courses open on their sections; a section's questions open on demand.
    m_tree->expandToDepth(0);
    for (int column = 1; column < ContentCatalogTreeModel::ColumnCount; ++column)
        m_tree->resizeColumnToContents(column);
}

QString ContentCatalogView::summaryText() const
{
    return m_summary->text();
}

} // namespace Rewind
