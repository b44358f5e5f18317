// The projections view offscreen: on one screen, the store's projections, a
// running `rewind serve` added by typing its address, and an Eventide consumer, each with a line in
// the lag chart; a rebuild started with the button ends with the projection caught up.
#include "ProjectionMonitor.h"
#include "ProjectionTestStore.h"
#include "ProjectionsTableModel.h"
#include "ProjectionsView.h"
#include "ServeProcess.h"
#include "SqliteEventStore.h"
#include "StoreSession.h"

#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestProjectionsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int rowOf(QTableView* table, MonitoredProjection::Where where, const QString& name)
    {
        QAbstractItemModel* model = table->model();
        for (int i = 0; i < model->rowCount(); ++i) {
            const QModelIndex index = model->index(i, 0);
            if (index.data(ProjectionsTableModel::WhereRole).toInt() == int(where) &&
                index.data(ProjectionsTableModel::NameRole).toString() == name)
                return i;
        }
        return -1;
    }

    static QStringList seriesNames(QChartView* chart)
    {
        QStringList names;
        for (QAbstractSeries* series : chart->chart()->series())
            if (static_cast<QLineSeries*>(series)->count() > 0)
                names << series->name();
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("REWIND_BINARY"), "REWIND_BINARY is not set");
    }

    void showsEveryKindOnOneScreenAndRebuilds()
    {
        const QString address = m_dir.filePath(QStringLiteral("view.sqlite"));
        const QString servedAddress = m_dir.filePath(QStringLiteral("served.sqlite"));
        {
            SqliteEventStore store(address, true);
            store.initialize();
            // 1: an answer question-stats cannot fold (no questionId): parked by every run.
            store.append(QStringLiteral("quiz-0"), {makeEvent("quiz-0", "QuestionAnsweredCorrectly", "{}")},
                         std::nullopt);
            appendQuizzes(store, 50);
            saveBuiltInsAt(store, 120);
            recordConsumerPosition(store, QStringLiteral("account:position-worker1"), 150);
            SqliteEventStore served(servedAddress, true);
            served.initialize();
            appendQuizzes(served, 5);
        }
        QProcess serve;
        const QString base = startServe(serve, servedAddress);
        QVERIFY(!base.isEmpty());

        StoreSession session(address);
        ProjectionsView view;
        view.resize(1400, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSession(&session);

        // A wrong address is refused where it was typed; the right one is added.
        auto* url = view.findChild<QLineEdit*>("serveUrl");
        QTest::keyClicks(url, "ftp://nowhere");
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY(view.findChild<QLabel*>("serveError")->isVisible());
        url->clear();
        QTest::keyClicks(url, base.mid(QStringLiteral("http://").size()));
        QTest::mouseClick(view.findChild<QPushButton*>("addServe"), Qt::LeftButton);
        QVERIFY(!view.findChild<QLabel*>("serveError")->isVisible());

        auto* table = view.findChild<QTableView*>("projectionsTable");
        auto* lagChart = view.findChild<QChartView*>("lagChart");
        const auto everyKind = [&] {
            return rowOf(table, MonitoredProjection::Where::Store, "question-stats") >= 0 &&
                   rowOf(table, MonitoredProjection::Where::Serve, "question-stats") >= 0 &&
                   rowOf(table, MonitoredProjection::Where::External, "account:position-worker1") >= 0 &&
                   seriesNames(lagChart).size() == table->model()->rowCount();
        };
        QTRY_VERIFY_WITH_TIMEOUT(everyKind(), 15000);
        const QStringList names = seriesNames(lagChart);
        QVERIFY(names.contains("question-stats"));
        QVERIFY(names.contains("account:position-worker1"));
        QVERIFY(names.contains(QStringLiteral("question-stats @ %1").arg(QUrl(base).authority())));
        const int saved = rowOf(table, MonitoredProjection::Where::Store, "question-stats");
        QCOMPARE(table->model()->index(saved, 0).data(ProjectionsTableModel::LagEventsRole).toLongLong(),
                 202 - 120);
        QTRY_COMPARE_WITH_TIMEOUT(
            table->model()
                ->index(rowOf(table, MonitoredProjection::Where::Serve, "question-stats"), 0)
                .data(ProjectionsTableModel::LagEventsRole)
                .toLongLong(),
            0, 10000);
        if (const QString dir = qEnvironmentVariable("REWIND_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(2500); // a few seconds of lines in the charts
            QVERIFY(view.grab().save(dir + "/projections.png"));
        }

        // Rebuild the saved question-stats from the view: caught up at the head afterwards.
        table->selectRow(saved);
        auto* rebuild = view.findChild<QPushButton*>("rebuildProjection");
        QVERIFY(rebuild->isEnabled());
        QTest::mouseClick(rebuild, Qt::LeftButton);
        auto* message = view.findChild<QLabel*>("rebuildMessage");
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith("Rebuilt question-stats"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            table->model()
                ->index(rowOf(table, MonitoredProjection::Where::Store, "question-stats"), 0)
                .data(ProjectionsTableModel::LagEventsRole)
                .toLongLong(),
            0, 10000);

        // Its parked event: listed, and skipped from the view.
        table->selectRow(rowOf(table, MonitoredProjection::Where::Store, "question-stats"));
        auto* parked = view.findChild<QTableView*>("parkedTable");
        QTRY_COMPARE_WITH_TIMEOUT(parked->model()->rowCount(), 1, 10000);
        QCOMPARE(parked->model()->index(0, 0).data(Qt::UserRole).toLongLong(), 1);
        auto* skip = view.findChild<QPushButton*>("skipParked");
        QVERIFY(!skip->isEnabled());
        parked->selectRow(0);
        QVERIFY(skip->isEnabled());
        QTest::mouseClick(skip, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(parked->model()->rowCount(), 0, 10000);
        QVERIFY(message->text().startsWith("Event 1 skipped"));

        // Removing the serve instance takes its rows away.
        table->selectRow(rowOf(table, MonitoredProjection::Where::Serve, "question-stats"));
        QTest::mouseClick(view.findChild<QPushButton*>("removeServe"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(table, MonitoredProjection::Where::Serve, "question-stats"), -1,
                                  5000);
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
    }
};

QTEST_MAIN(TestProjectionsView)
#include "TestProjectionsView.moc"
