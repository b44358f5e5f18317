#include "StudentProgressView.h"

#include "StudentProgressTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Rewind {

StudentProgressView::StudentProgressView(QWidget* parent)
    : QWidget(parent), m_model(new StudentProgressTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_count(new QLabel(this)), m_table(new QTableView(this))
{
    m_filter->setObjectName(QStringLiteral("studentFilterEdit"));
    m_count->setObjectName(QStringLiteral("studentCountLabel"));
    m_table->setObjectName(QStringLiteral("studentProgressTable"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StudentProgressTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StudentProgressTableModel::StudentColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_filter->setPlaceholderText(tr("Filter by student id, name, …"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        showCount();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    showCount();
}

void StudentProgressView::setStudents(const QList<StudentProgressProjection::Student>& students)
{
    m_model->setStudents(students);
    m_table->resizeColumnsToContents();
    showCount();
}

void StudentProgressView::setFilterText(const QString& text)
{
    m_filter->setText(text);
}

void StudentProgressView::showCount()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == all ? tr("%n student(s)", nullptr, all)
                                  : tr("%1 of %n student(s)", nullptr, all).arg(shown));
}

} // namespace Rewind
