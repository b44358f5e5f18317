// The timeline view over a real SQLite store, offscreen: suggestions while typing, the
// tree, the filters, the progress panel at the selected entry, the entry buttons and the exports.
#include "SqliteEventStore.h"
#include "StoreSession.h"
#include "TimelineCsvParser.h"
#include "TimelineModel.h"
#include "TimelineTestLog.h"
#include "TimelineView.h"

#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Rewind;

class TestTimelineView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    QPushButton* button(TimelineView& view, const QString& text)
    {
        for (QPushButton* b : view.findChildren<QPushButton*>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("view.sqlite"));
        SqliteEventStore store(m_path, true);
        store.initialize();
        TimelineTestLog::fill(store);
    }

    void findsAndOpensAStudent()
    {
        StoreSession session(m_path);
        TimelineView view;
        QSignalSpy students(&view, &TimelineView::studentsLoaded);
        view.setSession(&session);
        QVERIFY(students.wait(10000));
        QCOMPARE(students.first().first().toInt(), 2);

        // Typing a name suggests the students it matches.
        QTest::keyClicks(view.searchEdit(), "vri");
        const auto* suggestions = qobject_cast<QStringListModel*>(view.completer()->model());
        QVERIFY(suggestions);
        QCOMPARE(suggestions->stringList(), QStringList{"Anna de Vries <anna@school.nl> (7)"});

        QSignalSpy loaded(&view, &TimelineView::timelineLoaded);
        QTest::keyClick(view.searchEdit(), Qt::Key_Return);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toString(), QStringLiteral("7"));
        QCOMPARE(loaded.first().at(1).toInt(), 16);
        QCOMPARE(view.studentId(), QStringLiteral("7"));
        QCOMPARE(view.model()->rowCount(), 2);
        QVERIFY(view.errorText().isEmpty());
        // With nothing selected the panel shows the progress at the end.
        QCOMPARE(view.shownProgress().quizzesPassed, 1);
        QCOMPARE(view.shownProgress().quizzesFailed, 1);
    }

    void unknownStudentSaysSo()
    {
        StoreSession session(m_path);
        TimelineView view;
        view.setSession(&session);
        QSignalSpy errors(&view, &TimelineView::errorShown);
        view.openStudent(QStringLiteral("404"));
        QVERIFY(errors.wait(10000));
        QVERIFY2(view.errorText().contains(QStringLiteral("404")), qPrintable(view.errorText()));
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void progressAtTheSelectedEntry()
    {
        StoreSession session(m_path);
        TimelineView view;
        view.setSession(&session);
        QSignalSpy loaded(&view, &TimelineView::timelineLoaded);
        view.openStudent(QStringLiteral("7"));
        QVERIFY(loaded.wait(10000));

        QSignalSpy shown(&view, &TimelineView::progressShown);
        view.selectPosition(14); // the first right answer after the wrong one
        QCOMPARE(view.selectedPosition(), 14);
        QCOMPARE(shown.last().first().toLongLong(), 14);
        QCOMPARE(view.shownProgress().quizzesStarted, 1);
        QCOMPARE(view.shownProgress().answers, 2);
        QCOMPARE(view.shownProgress().correct, 1);
        QCOMPARE(view.shownProgress().streak, 1);
        QVERIFY(view.progressText().contains(QStringLiteral("Current streak: 1")));

        // A filter that hides earlier entries changes what is listed, not the progress.
        view.setKinds({TimelineEntry::Kind::AnsweredCorrectly});
        QCOMPARE(view.model()->filteredCount(), 4);
        QCOMPARE(view.selectedPosition(), 14);
        QCOMPARE(view.shownProgress().answers, 2);

        // The entry's buttons ask the window to open the event or replay its quiz there.
        QSignalSpy openEvent(&view, &TimelineView::openEventRequested);
        QSignalSpy replay(&view, &TimelineView::replayQuizRequested);
        QPushButton* openButton = button(view, QStringLiteral("Open in the browser"));
        QPushButton* replayButton = button(view, QStringLiteral("Replay the quiz at this moment"));
        QVERIFY(openButton && replayButton);
        QVERIFY(openButton->isEnabled() && replayButton->isEnabled());
        openButton->click();
        replayButton->click();
        QCOMPARE(openEvent.size(), 1);
        QCOMPARE(openEvent.first().first().toLongLong(), 14);
        QCOMPARE(replay.size(), 1);
        QCOMPARE(replay.first().at(0).toString(), QStringLiteral("quiz-a"));
        QCOMPARE(replay.first().at(1).toLongLong(), 4); // quiz-a's fifth event

        view.setKinds({});
        view.selectPosition(7); // a log-in: no quiz to replay
        QVERIFY(openButton->isEnabled());
        QVERIFY(!replayButton->isEnabled());
    }

    void exportsWhatTheFilterShows()
    {
        StoreSession session(m_path);
        TimelineView view;
        view.setSession(&session);
        QSignalSpy loaded(&view, &TimelineView::timelineLoaded);
        view.openStudent(QStringLiteral("7"));
        QVERIFY(loaded.wait(10000));
        view.setPeriod(TimelineTestLog::at("2026-03-03T00:00:00Z"), std::nullopt);
        QCOMPARE(view.model()->rowCount(), 1);

        QSignalSpy finished(&view, &TimelineView::exportFinished);
        QSignalSpy failed(&view, &TimelineView::errorShown);
        const QString csv = m_dir.filePath(QStringLiteral("view.csv"));
        QVERIFY(view.exportCsv(csv));
        QVERIFY(view.isExporting());
        QVERIFY(!view.exportPdf(csv + QStringLiteral(".pdf"), QStringLiteral("x"))); // one at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toString(), csv);
        QCOMPARE(finished.last().at(1).toInt(), 6);
        QVERIFY(!view.isExporting());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const QList<QStringList> records = TimelineCsvParser::parse(file.readAll(), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(records.size(), 1 + 6);
        QCOMPARE(records[1][0], QStringLiteral("19"));

        const QString pdf = m_dir.filePath(QStringLiteral("view.pdf"));
        QVERIFY(view.exportPdf(pdf, QStringLiteral("support-jan")));
        QVERIFY(finished.wait(10000));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF-"));

        QVERIFY(view.exportCsv(m_dir.filePath(QStringLiteral("missing/view.csv"))));
        QVERIFY(failed.wait(10000));
        QVERIFY(view.errorText().contains(QStringLiteral("missing")));
        QVERIFY(!view.isExporting());
        QCOMPARE(finished.size(), 2);

        // A cancel leaves nothing under the chosen name and frees the buttons at once.
        QSignalSpy cancelled(&view, &TimelineView::exportCancelled);
        const QString cancelledPdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(view.exportPdf(cancelledPdf, QStringLiteral("support-jan")));
        view.cancelExport();
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().at(0).toString(), cancelledPdf);
        QVERIFY(!view.isExporting());
        // The worker notices the flag between steps; a job behind it on the same lane runs after.
        QVERIFY(view.exportCsv(m_dir.filePath(QStringLiteral("after.csv"))));
        QVERIFY(finished.wait(10000));
        QVERIFY(!QFile::exists(cancelledPdf));
        QVERIFY(!QFile::exists(cancelledPdf + QStringLiteral(".partial")));
        QCOMPARE(finished.size(), 3);
    }
};

QTEST_MAIN(TestTimelineView)
#include "TestTimelineView.moc"
