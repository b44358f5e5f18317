#include "EventTableView.h"
#include "RowWindowModel.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

using namespace Rewind;

namespace {

// Rows that are computed, not stored: a table of millions of rows costs nothing here, which is the
// point of the view under test.
class CountingModel : public QAbstractTableModel
{
public:
    int rows = 0;
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : rows; }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(index.row()) : QVariant();
    }
    void append(int count)
    {
        beginInsertRows({}, rows, rows + count - 1);
        rows += count;
        endInsertRows();
    }
};

} // namespace

// EventTableView: a QTableView that only sees a window of the rows, scrolled over all of them.
class TestEventTableView : public QObject
{
    Q_OBJECT

    static int topRow(const EventTableView& view)
    {
        const QModelIndex top = view.table()->indexAt(QPoint(2, 2));
        return top.isValid() ? top.data().toInt() : -1;
    }

private slots:
    void theTableHoldsOnlyTheWindow()
    {
        CountingModel model;
        EventTableView view;
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Ten million rows arrive in steps, as the browser's background count delivers them.
        for (int i = 0; i < 100; ++i)
            model.append(100'000);
        QCOMPARE(view.table()->model()->rowCount(), RowWindowModel::DefaultWindowRows);
        QCOMPARE(view.table()->verticalHeader()->count(), RowWindowModel::DefaultWindowRows);
        // The table lays itself out on a later turn of the event loop.
        QTRY_VERIFY(view.rowScrollBar()->pageStep() > 1);
        const int visible = view.table()->verticalScrollBar()->pageStep();
        QCOMPARE(view.rowScrollBar()->maximum(), 10'000'000 - visible);
    }

    void theScrollBarReachesEveryRow_data()
    {
        QTest::addColumn<int>("row");
        QTest::newRow("inside the first window") << 1'000;
        QTest::newRow("near the first window's edge") << 9'000;
        QTest::newRow("far away") << 6'543'210;
        QTest::newRow("the last screen") << -1;
    }
    void theScrollBarReachesEveryRow()
    {
        QFETCH(int, row);
        CountingModel model;
        model.rows = 10'000'000;
        EventTableView view;
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar* bar = view.rowScrollBar();
        QTRY_VERIFY(bar->pageStep() > 1);
        const bool last = row < 0;
        if (last)
            row = bar->maximum();
        bar->setValue(row);
        QVERIFY(view.windowModel()->containsSourceRow(row));
        QCOMPARE(bar->value(), row);
        // At its end a table aligns the last row with the bottom edge; the top row may show in part.
        const int top = topRow(view);
        QVERIFY2(top == row || (last && top == row - 1), qPrintable(QString::number(top)));
        if (last) {
            const QModelIndex bottom =
                view.table()->indexAt(QPoint(2, view.table()->viewport()->height() - 3));
            QCOMPARE(bottom.data().toInt(), 9'999'999);
        }
    }

    void selectRowMovesTheWindowAndReportsSourceRows()
    {
        CountingModel model;
        model.rows = 1'000'000;
        EventTableView view;
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy current(&view, &EventTableView::currentRowChanged);
        view.selectRow(765'432, QAbstractItemView::PositionAtCenter);
        QCOMPARE(view.currentRow(), 765'432);
        QCOMPARE(current.last().first().toInt(), 765'432);
        QCOMPARE(view.table()->currentIndex().data().toInt(), 765'432);
        const QList<std::pair<int, int>> ranges = view.selectedRowRanges();
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first(), std::make_pair(765'432, 765'432));
        QVERIFY(view.rowScrollBar()->value() <= 765'432);
        QVERIFY(view.rowScrollBar()->value() + view.rowScrollBar()->pageStep() > 765'432);
    }

    void theKeyboardCrossesWindowEdges()
    {
        CountingModel model;
        model.rows = 50'000;
        EventTableView view;
        view.windowModel()->setWindowRows(1'000);
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.table()->setFocus();
        view.selectRow(0);
        for (int i = 0; i < 2'500; ++i)
            QTest::keyClick(view.table(), Qt::Key_Down);
        QCOMPARE(view.currentRow(), 2'500);
        QCOMPARE(view.table()->currentIndex().data().toInt(), 2'500);
        QVERIFY(view.windowModel()->windowStart() > 0);

        QTest::keyClick(view.table(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view.currentRow(), 49'999);
        QCOMPARE(view.rowScrollBar()->value(), view.rowScrollBar()->maximum());
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(view.table(), Qt::Key_PageUp);
        QVERIFY(view.currentRow() < 49'999 - 30);
        QCOMPARE(view.table()->currentIndex().data().toInt(), view.currentRow());
        QTest::keyClick(view.table(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view.currentRow(), 0);
        QCOMPARE(view.rowScrollBar()->value(), 0);
    }

    void theWheelScrollsPastTheWindow()
    {
        CountingModel model;
        model.rows = 50'000;
        EventTableView view;
        view.windowModel()->setWindowRows(200);
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QWidget* viewport = view.table()->viewport();
        const QPoint at = viewport->rect().center();
        for (int i = 0; i < 200; ++i) {
            QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(viewport, &wheel);
        }
        // Three rows per notch by default: well past a window of 200 rows.
        const int top = topRow(view);
        QVERIFY2(top >= 400, qPrintable(QString::number(top)));
        QCOMPARE(view.rowScrollBar()->value(), top);
    }

    void aFollowedTailStaysAtTheBottom()
    {
        CountingModel model;
        model.rows = 100'000;
        EventTableView view;
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollToBottom();
        QCOMPARE(view.rowScrollBar()->value(), view.rowScrollBar()->maximum());
        model.append(5);
        view.scrollToBottom();
        QCOMPARE(view.rowScrollBar()->value(), view.rowScrollBar()->maximum());
        const QModelIndex bottom = view.table()->indexAt(QPoint(2, view.table()->viewport()->height() - 3));
        QCOMPARE(bottom.data().toInt(), 100'004);
    }
};

QTEST_MAIN(TestEventTableView)
#include "TestEventTableView.moc"
