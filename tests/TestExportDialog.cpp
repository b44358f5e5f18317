// The export dialog under the offscreen platform, on a real SQLite store: choose CSV, export the
// selection or the filter result to a file, and cancel a running export.
#include "ExportDialog.h"
#include "SqliteEventStore.h"
#include "StoreSession.h"
#include "TestEvents.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestExportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString storeWith(int count)
    {
        const QString path = m_dir.filePath(QStringLiteral("dialog%1.sqlite").arg(++m_files));
        SqliteEventStore store(path, true);
        store.initialize();
        QList<NewEvent> events;
        for (int i = 0; i < count; ++i)
            events.append(makeEvent(QStringLiteral("%1-%2").arg(i % 2 ? "quiz" : "course").arg(i % 5),
                                    "Counted",
                                    "{\"n\":" + QByteArray::number(i) + ",\"text\":\"a, \\\"b\\\"\"}"));
        ListSource source(events);
        store.importEvents(source);
        return path;
    }

    static void chooseCsv(ExportDialog& dialog)
    {
        auto* format = dialog.findChild<QComboBox*>("format");
        QVERIFY(format);
        format->setCurrentIndex(format->findText("CSV"));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void exportsTheFilterResultAsCsv()
    {
        StoreSession session(storeWith(30));
        LogQuery query;
        query.category = "quiz";
        ExportDialog dialog(&session, query, {2, 4, 6});
        dialog.setFilterEventCount(15);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QRadioButton*>("filterScope")->text(),
                 "All events of the current filter (15)");
        QCOMPARE(dialog.findChild<QRadioButton*>("selectionScope")->text(), "Selected events (3)");
        QVERIFY(dialog.findChild<QRadioButton*>("selectionScope")->isChecked());
        auto* exportButton = dialog.findChild<QPushButton*>("exportButton");
        QVERIFY(!exportButton->isEnabled()); // no file yet

        const QString file = m_dir.filePath("filter.jsonl");
        dialog.findChild<QLineEdit*>("filePath")->setText(file);
        chooseCsv(dialog);
        // The extension follows the format.
        QCOMPARE(dialog.findChild<QLineEdit*>("filePath")->text(), m_dir.filePath("filter.csv"));
        dialog.findChild<QRadioButton*>("filterScope")->setChecked(true);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QVERIFY(exportButton->isEnabled());
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!dialog.isExporting());
        QCOMPARE(finished.first().at(0).toString(), m_dir.filePath("filter.csv"));
        QCOMPARE(finished.first().at(1).toLongLong(), 15);

        QFile out(m_dir.filePath("filter.csv"));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = out.readAll().split('\n');
        QCOMPARE(lines.size(), 17); // header, 15 events, the empty tail
        QCOMPARE(lines[0], QByteArray("global_position,time,stream_name,type,position,data,metadata,id\r"));
        QVERIFY2(lines[1].startsWith("2,"), lines[1].constData());
        QVERIFY2(
            lines[1].contains(",quiz-1,Counted,0,\"{\"\"n\"\":1,\"\"text\"\":\"\"a, \\\"\"b\\\"\"\"\"}\",,"),
            lines[1].constData());
        for (int i = 1; i <= 15; ++i)
            QVERIFY2(lines[i].contains(",quiz-"), lines[i].constData());
        const QString message = dialog.findChild<QLabel*>("message")->text();
        QVERIFY2(message.contains("15 events") && message.contains("filter.csv"), qPrintable(message));
        QVERIFY(exportButton->isEnabled());
    }

    void exportsTheSelection()
    {
        StoreSession session(storeWith(30));
        LogQuery query;
        query.streamName = "quiz-1";
        ExportDialog dialog(&session, query, {2, 12, 22});
        dialog.show();
        // The count of a whole stream is cheap: asked of the store off the UI thread.
        QTRY_COMPARE_WITH_TIMEOUT(dialog.findChild<QRadioButton*>("filterScope")->text(),
                                  QString("All events of the current filter (3)"), 10000);
        dialog.findChild<QLineEdit*>("filePath")->setText(m_dir.filePath("selection"));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        // No extension given: the format's is added.
        QCOMPARE(finished.first().at(0).toString(), m_dir.filePath("selection.jsonl"));
        QFile out(m_dir.filePath("selection.jsonl"));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = out.readAll().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("{\"global_position\":2,"));
        QVERIFY(lines[1].startsWith("{\"global_position\":12,"));
        QVERIFY(lines[2].startsWith("{\"global_position\":22,"));
    }

    void showsAnErrorInPlainWords()
    {
        StoreSession session(storeWith(3));
        ExportDialog dialog(&session, LogQuery{}, {});
        QVERIFY(!dialog.findChild<QRadioButton*>("selectionScope")->isEnabled());
        QVERIFY(dialog.findChild<QRadioButton*>("filterScope")->isChecked());
        const QString file = m_dir.filePath("missing-dir/out.jsonl");
        dialog.findChild<QLineEdit*>("filePath")->setText(file);
        QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        const QString message = dialog.findChild<QLabel*>("message")->text();
        QVERIFY2(message.startsWith("Export failed: cannot write " + file + ".partial"), qPrintable(message));
        QVERIFY(!dialog.isExporting());
    }

    void cancelLeavesNoFile()
    {
        StoreSession session(storeWith(150000));
        ExportDialog dialog(&session, LogQuery{}, {});
        dialog.resize(560, dialog.sizeHint().height());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        chooseCsv(dialog);
        const QString file = m_dir.filePath("cancelled.csv");
        dialog.findChild<QLineEdit*>("filePath")->setText(file);
        QSignalSpy cancelled(&dialog, &ExportDialog::exportCancelled);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        auto* cancel = dialog.findChild<QPushButton*>("cancelButton");
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        // Wait until the export is under way and has written a part of the file.
        const QRegularExpression someWritten(" [1-9][0-9,.]* events written");
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel*>("message")->text().contains(someWritten), 20000);
        QVERIFY(QFile::exists(file + ".partial"));
        QVERIFY(dialog.grab().save("/tmp/export-dialog.png"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 20000);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + ".partial"));
        QVERIFY(dialog.findChild<QLabel*>("message")->text().startsWith("Export cancelled"));
    }
};

QTEST_MAIN(TestExportDialog)
#include "TestExportDialog.moc"
