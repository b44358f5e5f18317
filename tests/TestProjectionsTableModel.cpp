// The projections view's table: rows stay in place across readings, only changed rows are
// reported (in ranges), rows come and go, and raw values sort as numbers.
#include "ProjectionsTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Rewind;

namespace {

MonitoredProjection row(MonitoredProjection::Where where, const QString& source, const QString& name,
                        qint64 checkpoint, qint64 head)
{
    MonitoredProjection p;
    p.where = where;
    p.source = source;
    p.status.name = name;
    p.status.codeVersion = "0123456789abcdef";
    p.status.savedVersion = p.status.codeVersion;
    p.status.checkpoint = checkpoint;
    p.status.head = head;
    p.status.lagEvents = head - checkpoint;
    p.status.lagSeconds = double(head - checkpoint) / 10;
    p.status.state = head == checkpoint ? ProjectionStatus::State::CaughtUp : ProjectionStatus::State::Behind;
    return p;
}

QList<MonitoredProjection> reading(qint64 head)
{
    using W = MonitoredProjection::Where;
    return {row(W::Store, "store", "question-stats", 100, head),
            row(W::Store, "store", "student-progress", 100, head),
            row(W::Serve, "http://a:9464/", "question-stats", head, head),
            row(W::External, "external", "account:position-w1", 9, head)};
}

} // namespace

class TestProjectionsTableModel : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryFigure()
    {
        ProjectionsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjections(reading(120));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ProjectionsTableModel::ColumnCount));
        const QModelIndex serve = model.index(2, 0);
        QCOMPARE(serve.data().toString(), QString("question-stats"));
        QVERIFY(
            model.index(2, ProjectionsTableModel::WhereColumn).data().toString().contains("http://a:9464/"));
        QCOMPARE(serve.data(ProjectionsTableModel::WhereRole).toInt(),
                 int(MonitoredProjection::Where::Serve));
        QCOMPARE(serve.data(ProjectionsTableModel::KeyRole).toString(),
                 QString("http://a:9464/\nquestion-stats"));
        QCOMPARE(model.index(0, ProjectionsTableModel::LagEventsColumn)
                     .data(ProjectionsTableModel::SortRole)
                     .toLongLong(),
                 20);
        QCOMPARE(model.index(3, 0).data(ProjectionsTableModel::LagEventsRole).toLongLong(), 111);
        QCOMPARE(model.index(0, ProjectionsTableModel::CodeVersionColumn).data().toString(),
                 QString("0123456789ab"));
        QCOMPARE(model.index(0, ProjectionsTableModel::StateColumn).data().toString(), QString("behind"));
        QCOMPARE(model.index(2, ProjectionsTableModel::StateColumn).data().toString(), QString("caught up"));
        QCOMPARE(model.rowOf("external\naccount:position-w1"), 3);
        QCOMPARE(model.rowOf("nothing"), -1);
    }

    void reportsOnlyChangedRowsInRanges()
    {
        ProjectionsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProjections(reading(120));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.setProjections(reading(120)); // the same figures: nothing to report
        QCOMPARE(changed.size(), 0);

        QList<MonitoredProjection> next = reading(130); // every row's head moved
        model.setProjections(next);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 3);

        changed.clear();
        next[1].status.parked = 2; // rows 1 and 3 change: two ranges
        next[3].status.checkpoint = 20;
        model.setProjections(next);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[0].at(0).toModelIndex().row(), 1);
        QCOMPARE(changed[0].at(1).toModelIndex().row(), 1);
        QCOMPARE(changed[1].at(0).toModelIndex().row(), 3);
        QCOMPARE(model.index(1, ProjectionsTableModel::ParkedColumn)
                     .data(ProjectionsTableModel::ParkedRole)
                     .toLongLong(),
                 2);

        // A serve instance removed, another consumer found: rows go and come, nothing is reset.
        next.removeAt(2);
        next.append(row(MonitoredProjection::Where::External, "external", "account:position-w2", 5, 130));
        model.setProjections(next);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, 0).data().toString(), QString("account:position-w2"));
    }

    void sortsNumbers_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("lag in events")
            << int(ProjectionsTableModel::LagEventsColumn) << QStringList{"c", "b", "a"};
        QTest::newRow("checkpoint") << int(ProjectionsTableModel::CheckpointColumn)
                                    << QStringList{"a", "b", "c"};
    }
    void sortsNumbers()
    {
        QFETCH(int, column);
        QFETCH(QStringList, order);
        using W = MonitoredProjection::Where;
        ProjectionsTableModel model;
        // As text, "9" would come after "10" and "100".
        model.setProjections({row(W::Store, "store", "a", 9, 1000), row(W::Store, "store", "b", 10, 1000),
                              row(W::Store, "store", "c", 100, 1000)});
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(ProjectionsTableModel::SortRole);
        sorted.sort(column, Qt::AscendingOrder);
        QStringList names;
        for (int i = 0; i < sorted.rowCount(); ++i)
            names << sorted.index(i, 0).data().toString();
        QCOMPARE(names, order);
    }
};

QTEST_MAIN(TestProjectionsTableModel)
#include "TestProjectionsTableModel.moc"
