#include "RowWindowModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

using namespace Rewind;

// The window over a flat table that keeps QTableView's per-row header small (EventTableView).
class TestRowWindowModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QStandardItemModel> m_source;
    std::unique_ptr<RowWindowModel> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void fill(int rows)
    {
        m_source->clear();
        m_source->setColumnCount(2);
        for (int i = 0; i < rows; ++i)
            m_source->appendRow(
                {new QStandardItem(QStringLiteral("r%1").arg(i)), new QStandardItem(QString())});
    }
    QString shown(int proxyRow) const { return m_window->index(proxyRow, 0).data().toString(); }
    // Inserts `count` rows at `at`, labelled n0, n1, … (data changes after the insert, as a model would).
    void insertLabelled(int at, int count)
    {
        m_source->insertRows(at, count);
        for (int i = 0; i < count; ++i)
            m_source->setItem(at + i, 0, new QStandardItem(QStringLiteral("n%1").arg(i)));
    }

private slots:
    void init()
    {
        m_source = std::make_unique<QStandardItemModel>();
        m_window = std::make_unique<RowWindowModel>();
        m_window->setWindowRows(10);
        m_window->setSourceModel(m_source.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
        m_source.reset();
    }

    void showsAtMostTheWindow_data()
    {
        QTest::addColumn<int>("sourceRows");
        QTest::addColumn<int>("shownRows");
        QTest::newRow("empty") << 0 << 0;
        QTest::newRow("fewer than the window") << 5 << 5;
        QTest::newRow("exactly the window") << 10 << 10;
        QTest::newRow("more than the window") << 25 << 10;
    }
    void showsAtMostTheWindow()
    {
        QFETCH(int, sourceRows);
        QFETCH(int, shownRows);
        fill(sourceRows);
        QCOMPARE(m_window->rowCount(), shownRows);
        QCOMPARE(m_window->columnCount(), 2);
        QCOMPARE(m_window->sourceRowCount(), sourceRows);
    }

    void movesAndClampsTheWindow_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("start");
        QTest::newRow("inside") << 30 << 30;
        QTest::newRow("past the end: stays full") << 95 << 90;
        QTest::newRow("before the start") << -5 << 0;
        QTest::newRow("last full window") << 90 << 90;
    }
    void movesAndClampsTheWindow()
    {
        QFETCH(int, asked);
        QFETCH(int, start);
        fill(100);
        QSignalSpy moved(m_window.get(), &RowWindowModel::windowMoved);
        m_window->setWindowStart(asked);
        QCOMPARE(m_window->windowStart(), start);
        QCOMPARE(moved.size(), start == 0 ? 0 : 1);
        QCOMPARE(m_window->rowCount(), 10);
        QCOMPARE(shown(0), QStringLiteral("r%1").arg(start));
        QCOMPARE(shown(9), QStringLiteral("r%1").arg(start + 9));
        QCOMPARE(m_window->mapToSource(m_window->index(4, 1)), m_source->index(start + 4, 1));
        QCOMPARE(m_window->mapFromSource(m_source->index(start + 4, 1)), m_window->index(4, 1));
        QVERIFY(!m_window->mapFromSource(m_source->index(start + 10 < 100 ? start + 10 : start - 1, 0))
                     .isValid());
        QCOMPARE(m_window->headerData(3, Qt::Vertical).toInt(),
                 start + 4); // QStandardItemModel counts from 1
    }

    void persistentIndexesFollowTheirRows()
    {
        fill(100);
        const QPersistentModelIndex fifth(m_window->index(5, 1));
        m_window->setWindowStart(3);
        QVERIFY(fifth.isValid());
        QCOMPARE(fifth.row(), 2);
        QCOMPARE(fifth.column(), 1);
        QCOMPARE(m_window->mapToSource(fifth).row(), 5);
        m_window->setWindowStart(20); // the row left the window
        QVERIFY(!fifth.isValid());
    }

    void appendsBeyondAFullWindowReachNoView()
    {
        fill(10);
        QSignalSpy inserted(m_window.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy sourceRows(m_window.get(), &RowWindowModel::sourceRowsChanged);
        m_source->insertRows(10, 1000);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(m_window->rowCount(), 10);
        QCOMPARE(sourceRows.size(), 1);
        QCOMPARE(sourceRows.first().first().toInt(), 1010);
    }

    void appendsFillAPartlyFilledWindowOnly()
    {
        fill(4);
        QSignalSpy inserted(m_window.get(), &QAbstractItemModel::rowsInserted);
        m_source->insertRows(4, 1000);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 4);
        QCOMPARE(inserted.first().at(2).toInt(), 9);
        QCOMPARE(m_window->rowCount(), 10);
    }

    void insertsInsideTheWindow_data()
    {
        QTest::addColumn<int>("sourceRows");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("at");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("three in the middle of a full window")
            << 10 << 0 << 4 << 3 << QStringList{"r0", "r1", "r2", "r3", "n0", "n1", "n2", "r4", "r5", "r6"};
        QTest::newRow("more than the window at its second row")
            << 30 << 10 << 11 << 50
            << QStringList{"r10", "n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8"};
        QTest::newRow("at the window's first row")
            << 30 << 10 << 10 << 2
            << QStringList{"n0", "n1", "r10", "r11", "r12", "r13", "r14", "r15", "r16", "r17"};
        QTest::newRow("into a partly filled window")
            << 3 << 0 << 1 << 2 << QStringList{"r0", "n0", "n1", "r1", "r2"};
    }
    void insertsInsideTheWindow()
    {
        QFETCH(int, sourceRows);
        QFETCH(int, start);
        QFETCH(int, at);
        QFETCH(int, count);
        QFETCH(QStringList, expected);
        fill(sourceRows);
        m_window->setWindowStart(start);
        insertLabelled(at, count);
        QCOMPARE(m_window->windowStart(), start);
        QStringList rows;
        for (int i = 0; i < m_window->rowCount(); ++i)
            rows << shown(i);
        QCOMPARE(rows, expected);
    }

    void insertsBeforeTheWindowKeepItsRows()
    {
        fill(100);
        m_window->setWindowStart(20);
        QSignalSpy inserted(m_window.get(), &QAbstractItemModel::rowsInserted);
        m_source->insertRows(0, 5);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(m_window->windowStart(), 25);
        QCOMPARE(shown(0), QString("r20"));
    }

    void removes_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("expectedStart");
        QTest::addColumn<QString>("firstShown");
        QTest::addColumn<QString>("lastShown");
        QTest::newRow("before the window") << 20 << 0 << 5 << 15 << "r20"
                                           << "r29";
        QTest::newRow("after the window") << 20 << 50 << 5 << 20 << "r20"
                                          << "r29";
        QTest::newRow("inside: refilled from below") << 20 << 22 << 3 << 20 << "r20"
                                                     << "r32";
        QTest::newRow("across the window's top") << 20 << 18 << 4 << 18 << "r22"
                                                 << "r31";
        QTest::newRow("the whole window") << 20 << 15 << 20 << 15 << "r35"
                                          << "r44";
    }
    void removes()
    {
        QFETCH(int, start);
        QFETCH(int, first);
        QFETCH(int, count);
        QFETCH(int, expectedStart);
        QFETCH(QString, firstShown);
        QFETCH(QString, lastShown);
        fill(100);
        m_window->setWindowStart(start);
        m_source->removeRows(first, count);
        QCOMPARE(m_window->windowStart(), expectedStart);
        QCOMPARE(m_window->rowCount(), 10);
        QCOMPARE(shown(0), firstShown);
        QCOMPARE(shown(9), lastShown);
    }

    void removingTheTailShrinksTheWindowThenRefillsOnMove()
    {
        fill(100);
        m_window->setWindowStart(90);
        m_source->removeRows(95, 5);
        QCOMPARE(m_window->rowCount(), 5);
        QCOMPARE(shown(4), QString("r94"));
        m_window->setWindowStart(85); // the window becomes full again
        QCOMPARE(m_window->windowStart(), 85);
        QCOMPARE(m_window->rowCount(), 10);
        QCOMPARE(shown(9), QString("r94"));
    }

    void forwardsDataChangesInsideTheWindowOnly()
    {
        fill(100);
        m_window->setWindowStart(30);
        QSignalSpy changed(m_window.get(), &QAbstractItemModel::dataChanged);
        m_source->item(35, 1)->setText("changed");
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), m_window->index(5, 1));
        QCOMPARE(m_window->index(5, 1).data().toString(), QString("changed"));
        m_source->item(80, 1)->setText("elsewhere");
        QCOMPARE(changed.size(), 1);
    }

    void centersOnARowNearItsEdge_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("expectedStart");
        // A window of 100 rows over 1000; its middle part is 25 rows clear of either edge.
        QTest::newRow("in the middle: stays") << 0 << 10 << 0;
        QTest::newRow("near the bottom edge") << 0 << 90 << 40;
        QTest::newRow("far away") << 0 << 600 << 550;
        QTest::newRow("the last row") << 0 << 999 << 900;
        QTest::newRow("near the top edge") << 500 << 510 << 460;
        QTest::newRow("the first row") << 500 << 0 << 0;
        QTest::newRow("at the end: stays") << 900 << 990 << 900;
        QTest::newRow("outside the source: stays") << 300 << 1000 << 300;
    }
    void centersOnARowNearItsEdge()
    {
        QFETCH(int, start);
        QFETCH(int, row);
        QFETCH(int, expectedStart);
        m_window->setWindowRows(100);
        fill(1000);
        m_window->setWindowStart(start);
        m_window->centerOn(row);
        QCOMPARE(m_window->windowStart(), expectedStart);
    }

    void aSourceResetStartsAtTheTop()
    {
        fill(100);
        m_window->setWindowStart(50);
        fill(30);
        QCOMPARE(m_window->windowStart(), 0);
        QCOMPARE(shown(0), QString("r0"));
        QCOMPARE(m_window->rowCount(), 10);
    }
};

QTEST_MAIN(TestRowWindowModel)
#include "TestRowWindowModel.moc"
