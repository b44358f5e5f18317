#pragma once

#include <QAbstractItemView>
#include <QWidget>

#include <utility>

class QAbstractItemModel;
class QScrollBar;
class QTableView;

namespace Rewind {

class RowWindowModel;

// A table over a model of any length (ten million events and more) that keeps the UI thread's work
// per change small: the QTableView inside only ever sees a window of RowWindowModel::windowRows()
// rows, and a scroll bar beside it stands for every row of the model. Scrolling, the keyboard and
// scrollToRow() move the window; rows are always *source* rows in this class's interface.
class EventTableView : public QWidget
{
    Q_OBJECT
public:
    explicit EventTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* source);
    QTableView* table() const { return m_table; }
    QScrollBar* rowScrollBar() const { return m_bar; }
    RowWindowModel* windowModel() const { return m_window; }

    int currentRow() const; // -1 when none
    // Source rows selected, as inclusive ranges (the part of the selection inside the window).
    QList<std::pair<int, int>> selectedRowRanges() const;
    void scrollToRow(int row, QAbstractItemView::ScrollHint hint = QAbstractItemView::EnsureVisible);
    // Scrolls to `row` and makes it the current and only selected row.
    void selectRow(int row, QAbstractItemView::ScrollHint hint = QAbstractItemView::EnsureVisible);
    void scrollToBottom();

signals:
    void currentRowChanged(int row);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int visibleRows() const;
    void tableScrolled(int value);
    void barMoved(int value);
    void updateBar();

    RowWindowModel* m_window;
    QTableView* m_table;
    QScrollBar* m_bar;
    bool m_syncing = false;
};

} // namespace Rewind
