#include "EventTableView.h"

#include "RowWindowModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace Rewind {

EventTableView::EventTableView(QWidget* parent)
    : QWidget(parent), m_window(new RowWindowModel(this)), m_table(new QTableView(this)),
      m_bar(new QScrollBar(Qt::Vertical, this))
{
    m_table->setModel(m_window);
    // One scroll step per row: the table's own (hidden) scroll bar then counts rows of the window.
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->installEventFilter(this);
    m_bar->setObjectName(QStringLiteral("rowScrollBar"));
    m_bar->setSingleStep(1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_bar);

    QScrollBar* inner = m_table->verticalScrollBar();
    connect(inner, &QScrollBar::valueChanged, this, &EventTableView::tableScrolled);
    // Queued: QTableView sets the range before the page step (the rows that fit), and both count.
    connect(inner, &QScrollBar::rangeChanged, this, &EventTableView::updateBar, Qt::QueuedConnection);
    connect(m_bar, &QScrollBar::valueChanged, this, &EventTableView::barMoved);
    connect(m_window, &RowWindowModel::sourceRowsChanged, this, &EventTableView::updateBar);
    connect(m_window, &RowWindowModel::windowMoved, this, &EventTableView::updateBar);
    connect(m_window, &QAbstractItemModel::modelReset, this, &EventTableView::updateBar);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                emit currentRowChanged(current.isValid() ? m_window->windowStart() + current.row() : -1);
            });
    updateBar();
}

void EventTableView::setModel(QAbstractItemModel* source)
{
    m_window->setSourceModel(source);
}

int EventTableView::visibleRows() const
{
    return std::max(1, m_table->verticalScrollBar()->pageStep());
}

int EventTableView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_window->windowStart() + current.row() : -1;
}

QList<std::pair<int, int>> EventTableView::selectedRowRanges() const
{
    QList<std::pair<int, int>> ranges;
    const int start = m_window->windowStart();
    for (const QItemSelectionRange& range : m_table->selectionModel()->selection())
        ranges.append({start + range.top(), start + range.bottom()});
    return ranges;
}

void EventTableView::scrollToRow(int row, QAbstractItemView::ScrollHint hint)
{
    if (row < 0 || row >= m_window->sourceRowCount())
        return;
    m_window->centerOn(row);
    m_table->scrollTo(m_window->index(row - m_window->windowStart(), 0), hint);
    updateBar();
}

void EventTableView::selectRow(int row, QAbstractItemView::ScrollHint hint)
{
    if (row < 0 || row >= m_window->sourceRowCount())
        return;
    scrollToRow(row, hint);
    m_table->selectionModel()->setCurrentIndex(m_window->index(row - m_window->windowStart(), 0),
                                               QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
}

void EventTableView::scrollToBottom()
{
    const int rows = m_window->sourceRowCount();
    if (rows == 0)
        return;
    m_window->centerOn(rows - 1);
    m_table->scrollToBottom();
    updateBar();
}

void EventTableView::tableScrolled(int value)
{
    if (m_syncing)
        return;
    // Near the window's edge with more rows beyond it: move the window, keep the same rows in view.
    const int top = m_window->windowStart() + value;
    m_window->centerOn(top);
    const int inWindow = top - m_window->windowStart();
    if (inWindow != value) {
        m_syncing = true;
        m_table->verticalScrollBar()->setValue(inWindow);
        m_syncing = false;
    }
    updateBar();
}

void EventTableView::barMoved(int value)
{
    if (m_syncing)
        return;
    QScrollBar* inner = m_table->verticalScrollBar();
    const int inWindow = value - m_window->windowStart();
    if (inWindow >= 0 && inWindow <= inner->maximum()) {
        inner->setValue(inWindow); // moves the window too when this comes near its edge
        return;
    }
    // A jump of the thumb far outside the window.
    m_window->centerOn(value);
    m_syncing = true;
    inner->setValue(value - m_window->windowStart());
    m_syncing = false;
    updateBar();
}

void EventTableView::updateBar()
{
    const int rows = m_window->sourceRowCount();
    const int visible = visibleRows();
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    // The table's own maximum already leaves the last screenful (measured from the bottom rows).
    m_bar->setRange(0, std::max(0, rows - m_window->rowCount() + m_table->verticalScrollBar()->maximum()));
    m_bar->setPageStep(visible);
    m_bar->setValue(m_window->windowStart() + m_table->verticalScrollBar()->value());
    m_bar->setEnabled(rows > visible);
    m_syncing = wasSyncing;
}

bool EventTableView::eventFilter(QObject* watched, QEvent* event)
{
    // The table's own Ctrl+Home and Ctrl+End would stop at the window's edges.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & Qt::ControlModifier) {
            if (key->key() == Qt::Key_Home) {
                selectRow(0);
                return true;
            }
            if (key->key() == Qt::Key_End) {
                selectRow(m_window->sourceRowCount() - 1);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Rewind
