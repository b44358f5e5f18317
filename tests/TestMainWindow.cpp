// The placeholder window: connected to a real SQLite store, it shows the store and its event count,
// loaded off the UI thread.
#include "MainWindow.h"
#include "SqliteEventStore.h"
#include "StoreSummaryLoader.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void showsStoreAndEventCount()
    {
        const QString path = m_dir.filePath("window.sqlite");
        {
            SqliteEventStore store(path, true);
            store.initialize();
            for (int i = 0; i < 7; ++i) {
                NewEvent e;
                e.id = QUuid::createUuid();
                e.streamName = QStringLiteral("quiz-%1").arg(i % 3);
                e.type = "QuizStarted";
                e.data = "{}";
                store.append(e.streamName, {e}, std::nullopt);
            }
        }
        MainWindow window;
        StoreSummaryLoader loader;
        connect(&loader, &StoreSummaryLoader::summaryLoaded, &window, &MainWindow::showSummary);
        QSignalSpy loaded(&loader, &StoreSummaryLoader::summaryLoaded);
        window.showLoading(path);
        window.show();
        loader.load(path, false);
        QVERIFY(loaded.wait(10000));
        const auto summary = loaded.first().first().value<StoreSummary>();
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(window.findChild<QLabel*>("eventsValue")->text(), QLocale().toString(7));
        QCOMPARE(window.findChild<QLabel*>("categoriesValue")->text(), QLocale().toString(1));
        QVERIFY(window.findChild<QLabel*>("storeValue")->text().contains("window.sqlite"));
        QVERIFY(window.findChild<QLabel*>("backendValue")->text().startsWith("SQLite"));
        // For looking at the window: REWIND_SCREENSHOT_DIR=/tmp/shots ctest -R TestMainWindow
        if (const QString dir = qEnvironmentVariable("REWIND_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(window.grab().save(dir + "/main-window.png"));
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
        QVERIFY2(summary.eventCount > 100000, qPrintable(QString::number(summary.eventCount)));
        QVERIFY(!progress.isEmpty());
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + ".partial"));
    }

    void showsAPlainErrorForABadStore()
    {
        MainWindow window;
        StoreSummaryLoader loader;
        connect(&loader, &StoreSummaryLoader::summaryLoaded, &window, &MainWindow::showSummary);
        QSignalSpy loaded(&loader, &StoreSummaryLoader::summaryLoaded);
        loader.load(m_dir.filePath("missing.sqlite"), false);
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.findChild<QLabel*>("message")->text().contains("no SQLite store"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
