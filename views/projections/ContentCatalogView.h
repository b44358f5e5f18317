#pragma once

#include "ContentCatalogProjection.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace Rewind {

class ContentCatalogTreeModel;

// The `content-catalog` state: courses, their sections and the published questions in them with
// the revision students see, as a tree sorted by title (questions by id) until a header is clicked.
class ContentCatalogView : public QWidget
{
    Q_OBJECT
public:
    explicit ContentCatalogView(QWidget* parent = nullptr);

    void setCourses(const QList<ContentCatalogProjection::Course>& courses);

    ContentCatalogTreeModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* tree() const { return m_tree; }
    QString summaryText() const;

private:
    ContentCatalogTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_summary;
    QTreeView* m_tree;
};

} // namespace Rewind
