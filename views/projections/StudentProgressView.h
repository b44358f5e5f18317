#pragma once

#include "StudentProgressProjection.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Rewind {

class StudentProgressTableModel;

// The `student-progress` state: a sortable table of the students with a box that filters them by
// any of their cells (id, name, …).
class StudentProgressView : public QWidget
{
    Q_OBJECT
public:
    explicit StudentProgressView(QWidget* parent = nullptr);

    void setStudents(const QList<StudentProgressProjection::Student>& students);
    void setFilterText(const QString& text);

    StudentProgressTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }

private:
    void showCount();

    StudentProgressTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QLabel* m_count;
    QTableView* m_table;
};

} // namespace Rewind
