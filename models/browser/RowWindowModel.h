#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QMetaObject>

namespace Rewind {

// A window of at most windowRows() consecutive rows of a flat table model, starting at windowStart().
//
// Why: a QTableView keeps an entry per row in its vertical header and walks all of them after every
// change of the row count (QHeaderView recomputes every section's position). Over ten million rows
// that is tens of milliseconds of the UI thread for each step of a background count or each event of
// a live tail. Through this window a view never holds more than a few thousand rows; EventTableView
// moves the window as the user scrolls and shows a scroll bar over the whole source.
//
// Moving the window is a layout change: persistent indexes (the selection, the current index) follow
// their source rows, and those that leave the window become invalid.
class RowWindowModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    static constexpr int DefaultWindowRows = 10'000;

    explicit RowWindowModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* source) override;

    void setWindowRows(int rows);
    int windowRows() const { return m_windowRows; }
    int windowStart() const { return m_start; }
    int sourceRowCount() const;

    // Moves the window to start at `start`, clamped so that it stays full when the source has enough
    // rows.
    void setWindowStart(int start);
    // Moves the window, when needed, so that `sourceRow` lies in its middle part.
    void centerOn(int sourceRow);
    bool containsSourceRow(int sourceRow) const
    {
        return sourceRow >= m_start && sourceRow < m_start + m_shown;
    }

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void windowMoved(int start);
    // The source's row count changed (a view's scroll bar over the whole source follows it).
    void sourceRowsChanged(int rows);

private:
    int wantedShown() const;
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceRowsAboutToBeInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void fillToWindow();
    void moveTo(int start);

    int m_windowRows = DefaultWindowRows;
    int m_start = 0;    // first source row shown
    int m_shown = 0;    // rows announced to views: min(windowRows, source rows - start)
    int m_entering = 0; // rows announced by beginInsertRows, inserted once the source has them
    bool m_resetting = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Rewind
