#include "RowWindowModel.h"

#include <algorithm>

namespace Rewind {

RowWindowModel::RowWindowModel(QObject* parent) : QAbstractProxyModel(parent) {}

void RowWindowModel::setSourceModel(QAbstractItemModel* source)
{
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_start = 0;
    if (source) {
        m_connections
            << connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                       &RowWindowModel::sourceAboutToBeReset)
            << connect(source, &QAbstractItemModel::modelReset, this, &RowWindowModel::sourceReset)
            // A change of layout or columns is rare in a flat table: shown as a reset.
            << connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                       &RowWindowModel::sourceAboutToBeReset)
            << connect(source, &QAbstractItemModel::layoutChanged, this, &RowWindowModel::sourceReset)
            << connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this,
                       &RowWindowModel::sourceAboutToBeReset)
            << connect(source, &QAbstractItemModel::columnsInserted, this, &RowWindowModel::sourceReset)
            << connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                       &RowWindowModel::sourceAboutToBeReset)
            << connect(source, &QAbstractItemModel::columnsRemoved, this, &RowWindowModel::sourceReset)
            << connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                       &RowWindowModel::sourceRowsAboutToBeInserted)
            << connect(source, &QAbstractItemModel::rowsInserted, this, &RowWindowModel::sourceRowsInserted)
            << connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                       &RowWindowModel::sourceRowsAboutToBeRemoved)
            << connect(source, &QAbstractItemModel::rowsRemoved, this, &RowWindowModel::sourceRowsRemoved)
            << connect(source, &QAbstractItemModel::dataChanged, this, &RowWindowModel::sourceDataChanged)
            << connect(source, &QAbstractItemModel::headerDataChanged, this,
                       &RowWindowModel::sourceHeaderDataChanged);
    }
    m_shown = wantedShown();
    endResetModel();
    emit sourceRowsChanged(sourceRowCount());
}

void RowWindowModel::setWindowRows(int rows)
{
    rows = std::max(1, rows);
    if (rows == m_windowRows)
        return;
    beginResetModel();
    m_windowRows = rows;
    m_start = std::clamp(m_start, 0, std::max(0, sourceRowCount() - m_windowRows));
    m_shown = wantedShown();
    endResetModel();
}

int RowWindowModel::sourceRowCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

int RowWindowModel::wantedShown() const
{
    return std::clamp(sourceRowCount() - m_start, 0, m_windowRows);
}

void RowWindowModel::setWindowStart(int start)
{
    moveTo(start);
}

void RowWindowModel::centerOn(int sourceRow)
{
    const int rows = sourceRowCount();
    if (sourceRow < 0 || sourceRow >= rows)
        return;
    const int margin = m_windowRows / 4;
    const bool clearOfTop = sourceRow >= m_start + margin || m_start == 0;
    const bool clearOfBottom = sourceRow < m_start + m_shown - margin || m_start + m_shown >= rows;
    if (containsSourceRow(sourceRow) && clearOfTop && clearOfBottom)
        return;
    moveTo(sourceRow - m_windowRows / 2);
}

void RowWindowModel::moveTo(int start)
{
    start = std::clamp(start, 0, std::max(0, sourceRowCount() - m_windowRows));
    if (start == m_start)
        return;
    const int shown = std::clamp(sourceRowCount() - start, 0, m_windowRows);
    if (shown != m_shown) {
        // Only after rows left the source under a window that had moved: the window changes size.
        beginResetModel();
        m_start = start;
        m_shown = shown;
        endResetModel();
        emit windowMoved(m_start);
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    const int delta = start - m_start;
    m_start = start;
    for (const QModelIndex& index : before) {
        const int row = index.row() - delta;
        after << (row >= 0 && row < m_shown ? createIndex(row, index.column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit windowMoved(m_start);
}

QModelIndex RowWindowModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!sourceModel() || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return sourceModel()->index(m_start + proxyIndex.row(), proxyIndex.column());
}

QModelIndex RowWindowModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceModel() || !sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        sourceIndex.parent().isValid() || !containsSourceRow(sourceIndex.row()))
        return {};
    return createIndex(sourceIndex.row() - m_start, sourceIndex.column());
}

QModelIndex RowWindowModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_shown || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RowWindowModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex RowWindowModel::sibling(int row, int column, const QModelIndex& index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

bool RowWindowModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && m_shown > 0 && columnCount() > 0;
}

int RowWindowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int RowWindowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QVariant RowWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical)
        section += m_start;
    return sourceModel()->headerData(section, orientation, role);
}

void RowWindowModel::sourceAboutToBeReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void RowWindowModel::sourceReset()
{
    if (!m_resetting)
        beginResetModel();
    m_resetting = false;
    const int oldStart = m_start;
    m_start = std::clamp(m_start, 0, std::max(0, sourceRowCount() - m_windowRows));
    m_shown = wantedShown();
    endResetModel();
    if (m_start != oldStart)
        emit windowMoved(m_start);
    emit sourceRowsChanged(sourceRowCount());
}

void RowWindowModel::sourceRowsAboutToBeInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || first < m_start || first >= m_start + m_shown)
        return;
    // Inside the window. Views must be told before the source changes (they may look at the rows
    // around the insertion); the rows pushed past the window's end leave it first, so that a view
    // never holds more than the window, however many rows arrive.
    const int at = first - m_start;
    const int entering = std::min(last - first + 1, m_windowRows - at);
    const int leaving = std::max(0, m_shown + entering - m_windowRows);
    if (leaving > 0) {
        beginRemoveRows({}, m_shown - leaving, m_shown - 1);
        m_shown -= leaving;
        endRemoveRows();
    }
    beginInsertRows({}, at, at + entering - 1);
    m_entering = entering;
}

void RowWindowModel::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_entering > 0) {
        m_shown += m_entering;
        m_entering = 0;
        endInsertRows();
    } else if (first < m_start) {
        // Before the window: it keeps showing the same rows, which moved down.
        m_start += last - first + 1;
    }
    fillToWindow();
    emit sourceRowsChanged(sourceRowCount());
}

void RowWindowModel::sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int top = std::max(first, m_start);
    const int bottom = std::min(last, m_start + m_shown - 1);
    if (top <= bottom)
        beginRemoveRows({}, top - m_start, bottom - m_start);
}

void RowWindowModel::sourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int top = std::max(first, m_start);
    const int bottom = std::min(last, m_start + m_shown - 1);
    const int before = first < m_start ? std::min(last, m_start - 1) - first + 1 : 0;
    if (top <= bottom) {
        m_shown -= bottom - top + 1;
        m_start -= before;
        endRemoveRows();
    } else {
        m_start -= before;
    }
    fillToWindow();
    emit sourceRowsChanged(sourceRowCount());
}

void RowWindowModel::fillToWindow()
{
    const int wanted = wantedShown();
    if (wanted <= m_shown)
        return;
    beginInsertRows({}, m_shown, wanted - 1);
    m_shown = wanted;
    endInsertRows();
}

void RowWindowModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                       const QList<int>& roles)
{
    if (topLeft.parent().isValid() || m_shown == 0)
        return;
    const int top = std::max(topLeft.row(), m_start);
    const int bottom = std::min(bottomRight.row(), m_start + m_shown - 1);
    if (top > bottom)
        return;
    emit dataChanged(index(top - m_start, topLeft.column()), index(bottom - m_start, bottomRight.column()),
                     roles);
}

void RowWindowModel::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal) {
        emit headerDataChanged(orientation, first, last);
        return;
    }
    const int top = std::max(first, m_start);
    const int bottom = std::min(last, m_start + m_shown - 1);
    if (top <= bottom)
        emit headerDataChanged(orientation, top - m_start, bottom - m_start);
}

} // namespace Rewind
