// The main window's flows on a real SQLite store, driven like a user would: the store opens off the UI
// thread, the browser fills, a type filter typed into its field narrows the rows, a selected event
// shows its data in the detail pane, a jump finds a position, and "Replay stream" opens the stream in
// the replay view at a position and at a time.
#include "EventBrowserView.h"
#include "EventDetailPane.h"
#include "EventTableModel.h"
#include "EventTableView.h"
#include "JsonTreeModel.h"
#include "MainWindow.h"
#include "ReplayView.h"
#include "SqliteEventStore.h"
#include "StoreSummaryLoader.h"
#include "TestEvents.h"
#include "TimelineView.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Rewind;

namespace {
constexpr qint64 BaseTimeUs = 1'767'225'600'000'000; // 2026-01-01T00:00:00Z
}

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    static QString screenshotDir() { return qEnvironmentVariable("REWIND_SCREENSHOT_DIR"); }

    static bool waitForRow(EventTableModel* model, int row)
    {
        return QTest::qWaitFor(
            [&] {
                const QModelIndex index = model->index(row, 0);
                model->data(index);
                return model->data(index, EventTableModel::LoadedRole).toBool();
            },
            20000);
    }

private slots:
    void initTestCase()
    {
        // Window geometry and recent stores go to a scratch settings file, not the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
        QCoreApplication::setOrganizationName("RewindTest");
        QCoreApplication::setApplicationName("TestMainWindow");

        // 300 events: question-1 (positions 0..99, one per minute) and quiz-a/quiz-b alternating.
        m_path = m_dir.filePath("window.sqlite");
        SqliteEventStore store(m_path, true);
        store.initialize();
        QList<NewEvent> events;
        for (int i = 0; i < 300; ++i) {
            NewEvent e;
            if (i < 100) {
                e = makeEvent(
                    "question-1", i == 0 ? "QuestionDrafted" : "QuestionTextChanged",
                    QStringLiteral("{\"questionId\":\"1\",\"text\":\"version %1\"}").arg(i).toUtf8(),
                    QStringLiteral("{\"correlationId\":\"00000000-0000-0000-0000-00000000000%1\"}")
                        .arg(i % 3)
                        .toUtf8());
            } else {
                e = makeEvent(i % 2 ? "quiz-a" : "quiz-b", i % 4 < 2 ? "QuizStarted" : "QuestionAnswered",
                              QStringLiteral("{\"n\":%1}").arg(i).toUtf8());
            }
            e.timeUs = BaseTimeUs + qint64(i) * 60'000'000;
            events.append(e);
        }
        ListSource source(events);
        store.importEvents(source);
    }

    void opensTheStoreAndBrowsesIt()
    {
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::storeOpened);
        window.show();
        window.openStore(m_path);
        QVERIFY(opened.wait(10000));
        QVERIFY(window.findChild<QLabel*>("statusStore")->text().contains("window.sqlite"));
        QCOMPARE(window.findChild<QLabel*>("statusHead")->text(),
                 MainWindow::tr("head %1").arg(QLocale().toString(300)));

        EventTableModel* model = window.browser()->tableModel();
        QVERIFY(QTest::qWaitFor([&] { return model->isIndexComplete(); }, 10000));
        QCOMPARE(model->rowCount(), 300);
        QVERIFY(QTest::qWaitFor([&] { return window.findChild<QLabel*>("rowCount")->text().contains("300"); },
                                5000));

        // A type filter typed into its field and applied with Return.
        auto* types = window.findChild<QLineEdit*>("typesFilter");
        QVERIFY(types);
        QTest::keyClicks(types, "QuestionAnswered");
        QTest::keyClick(types, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return model->isIndexComplete() && model->rowCount() == 100; }, 10000));
        QVERIFY(waitForRow(model, 99));
        QCOMPARE(model->data(model->index(99, 0), EventTableModel::TypeRole).toString(),
                 QString("QuestionAnswered"));

        // Clearing the filter brings every event back.
        QTest::mouseClick(window.findChild<QPushButton*>("clearFilter"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return model->isIndexComplete() && model->rowCount() == 300; }, 10000));

        // Selecting the fifth event shows it in the detail pane, data as a JSON tree.
        EventTableView* table = window.browser()->eventTable();
        QVERIFY(waitForRow(model, 4));
        QTest::mouseClick(table->table()->viewport(), Qt::LeftButton, {},
                          table->table()->visualRect(table->table()->model()->index(4, 1)).center());
        QCOMPARE(table->currentRow(), 4);
        EventDetailPane* detail = window.browser()->detailPane();
        QVERIFY(QTest::qWaitFor([&] { return detail->event().has_value(); }, 5000));
        QCOMPARE(detail->event()->globalPosition, 5);
        const QModelIndex text = detail->dataModel()->indexForPath("$.text");
        QVERIFY(text.isValid());
        QCOMPARE(text.siblingAtColumn(1).data().toString(), QString("\"version 4\""));
        QVERIFY(window.findChild<QLabel*>("detailHeader")->text().contains("question-1"));
        // Its relatives: the events sharing correlationId …01 (positions 1, 4, 7, … of question-1).
        QVERIFY(QTest::qWaitFor([&] { return detail->correlatedModel()->isIndexComplete(); }, 10000));
        QCOMPARE(detail->correlatedModel()->rowCount(), 33);

        // Jumping to a global position selects its row.
        auto* jump = window.findChild<QLineEdit*>("jumpBox");
        QTest::keyClicks(jump, "250");
        QTest::keyClick(jump, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return table->currentRow() == 249; }, 10000));
        QVERIFY(
            QTest::qWaitFor([&] { return detail->event() && detail->event()->globalPosition == 250; }, 5000));

        // And to a time (UTC): the event of 2026-01-01 02:30 is number 151.
        jump->clear();
        QTest::keyClicks(jump, "2026-01-01 02:30");
        QTest::keyClick(jump, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return table->currentRow() == 150; }, 10000));

        if (const QString dir = screenshotDir(); !dir.isEmpty())
            QVERIFY(window.grab().save(dir + "/browse.png"));
    }

    // The timeline's entry buttons lead to the event in the browser and to its stream's replay at
    // that moment (the window connects them; TestTimelineView checks the buttons send them).
    void followsTheTimelineToTheBrowserAndTheReplay()
    {
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::storeOpened);
        window.show();
        window.openStore(m_path);
        QVERIFY(opened.wait(10000));
        window.showPage(MainWindow::Page::Timeline);
        emit window.timeline()->openEventRequested(7);
        QCOMPARE(window.currentPage(), MainWindow::Page::Browse);
        QVERIFY(QTest::qWaitFor([&] { return window.browser()->eventTable()->currentRow() == 6; }, 10000));

        emit window.timeline()->replayQuizRequested("question-1", 40);
        QCOMPARE(window.currentPage(), MainWindow::Page::Replay);
        QVERIFY(QTest::qWaitFor([&] { return window.replay()->position() == 40; }, 10000));
        QCOMPARE(window.replay()->stream(), QString("question-1"));
    }

    void replaysAStreamFromTheBrowser()
    {
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::storeOpened);
        window.show();
        window.openStore(m_path);
        QVERIFY(opened.wait(10000));
        EventTableModel* model = window.browser()->tableModel();
        QVERIFY(waitForRow(model, 10));
        window.browser()->eventTable()->selectRow(10);
        EventDetailPane* detail = window.browser()->detailPane();
        QVERIFY(QTest::qWaitFor([&] { return detail->event().has_value(); }, 5000));
        QTest::mouseClick(detail->findChild<QPushButton*>("replayStream"), Qt::LeftButton);
        QCOMPARE(window.currentPage(), MainWindow::Page::Replay);
        ReplayView* replay = window.replay();
        QVERIFY(QTest::qWaitFor([&] { return replay->stream() == "question-1"; }, 5000));
        QSignalSpy shown(replay, &ReplayView::stateShown);

        // To a position: the state after position 40 holds that version's text.
        auto* spin = replay->findChild<QSpinBox*>("positionSpin");
        QVERIFY(QTest::qWaitFor([&] { return spin->isEnabled() && spin->maximum() == 99; }, 10000));
        spin->setValue(40);
        QVERIFY(QTest::qWaitFor([&] { return !shown.isEmpty() && shown.last().first().toLongLong() == 40; },
                                10000));
        auto* tree = replay->findChild<QTreeView*>("stateTree");
        const auto* state = qobject_cast<JsonTreeModel*>(tree->model());
        QVERIFY(state);
        QCOMPARE(state->indexForPath("$.text").siblingAtColumn(1).data().toString(),
                 QString("\"version 40\""));

        // To a time: 00:55 UTC is after event 55 (question-1 position 55) and before the next.
        auto* time = replay->findChild<QDateTimeEdit*>("timeEdit");
        time->setDateTime(
            QDateTime::fromMSecsSinceEpoch((BaseTimeUs + 55LL * 60'000'000 + 30'000'000) / 1000, Qt::UTC));
        const bool at55 = QTest::qWaitFor(
            [&] { return !shown.isEmpty() && shown.last().first().toLongLong() == 55; }, 10000);
        QVERIFY2(at55,
                 qPrintable(QStringLiteral("shown %1, error %2, time %3")
                                .arg(shown.isEmpty() ? -1 : shown.last().first().toLongLong())
                                .arg(replay->errorText(), time->dateTime().toString(Qt::ISODateWithMs))));
        QCOMPARE(state->indexForPath("$.text").siblingAtColumn(1).data().toString(),
                 QString("\"version 55\""));

        if (const QString dir = screenshotDir(); !dir.isEmpty())
            QVERIFY(window.grab().save(dir + "/replay.png"));
    }

    void createsTheDemoStoreOnFirstStart()
    {
        const QString path = m_dir.filePath("first-start/rewind-demo.sqlite");
        StoreSummaryLoader loader;
        QSignalSpy loaded(&loader, &StoreSummaryLoader::summaryLoaded);
        QSignalSpy progress(&loader, &StoreSummaryLoader::demoProgress);
        loader.load(path, true);
        QVERIFY(loaded.wait(120000));
        const auto summary = loaded.first().first().value<StoreSummary>();
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QVERIFY2(summary.headPosition > 100000, qPrintable(QString::number(summary.headPosition)));
        QVERIFY(!progress.isEmpty());
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + ".partial"));
    }

    void showsAPlainErrorForABadStore()
    {
        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::storeFailed);
        window.show();
        window.openStore(m_dir.filePath("missing.sqlite"));
        QVERIFY(failed.wait(10000));
        QVERIFY(window.findChild<QLabel*>("message")->text().contains("no SQLite store"));
        QVERIFY(window.session() == nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
