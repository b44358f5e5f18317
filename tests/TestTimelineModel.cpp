// The timeline tree: days with their entries, raw values on roles, filters by kind and
// period, checked by QAbstractItemModelTester throughout.
#include "SqliteEventStore.h"
#include "TimelineModel.h"
#include "TimelineReader.h"
#include "TimelineSentences.h"
#include "TimelineTestLog.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestTimelineModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    StudentTimeline m_timeline;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SqliteEventStore store(m_dir.filePath(QStringLiteral("model.sqlite")), true);
        store.initialize();
        TimelineTestLog::fill(store);
        m_timeline = TimelineReader(store).read(QStringLiteral("7"));
        QCOMPARE(m_timeline.entries.size(), 16);
    }

    void groupsByDay()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &TimelineModel::timelineChanged);
        model.setTimeline(m_timeline);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex day1 = model.index(0, 0);
        const QModelIndex day2 = model.index(1, 0);
        QCOMPARE(model.data(day1, TimelineModel::DayRole).toDate(), QDate(2026, 3, 2));
        QCOMPARE(model.data(day2, TimelineModel::DayRole).toDate(), QDate(2026, 3, 3));
        QVERIFY(model.data(day1, TimelineModel::IsDayRole).toBool());
        QCOMPARE(model.rowCount(day1), 10);
        QCOMPARE(model.rowCount(day2), 6);
        QCOMPARE(model.data(day1, TimelineModel::EntryCountRole).toInt(), 10);
        QCOMPARE(model.data(day1).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(model.data(model.index(0, TimelineModel::SentenceColumn)).toString(),
                 QStringLiteral("10 events"));

        // Children in global order, with raw values on the roles.
        QList<qint64> positions;
        for (int d = 0; d < model.rowCount(); ++d) {
            const QModelIndex day = model.index(d, 0);
            for (int r = 0; r < model.rowCount(day); ++r)
                positions
                    << model.data(model.index(r, 0, day), TimelineModel::GlobalPositionRole).toLongLong();
        }
        QCOMPARE(positions, TimelineTestLog::student7Positions());

        const QModelIndex wrong = model.index(4, 0, day1); // position 11
        QCOMPARE(model.data(wrong, TimelineModel::GlobalPositionRole).toLongLong(), 11);
        QCOMPARE(model.data(wrong, TimelineModel::KindRole).toInt(),
                 int(TimelineEntry::Kind::AnsweredIncorrectly));
        QCOMPARE(model.data(wrong, TimelineModel::StreamNameRole).toString(), QStringLiteral("quiz-a"));
        QCOMPARE(model.data(wrong, TimelineModel::TypeRole).toString(),
                 QStringLiteral("QuestionAnsweredIncorrectly"));
        QCOMPARE(model.data(wrong, TimelineModel::QuizIdRole).toString(), QStringLiteral("a"));
        QCOMPARE(model.data(wrong, TimelineModel::TimeUsRole).toLongLong(),
                 TimelineTestLog::at("2026-03-02T09:04:00Z"));
        QCOMPARE(model.data(wrong, TimelineModel::EventIdRole).toUuid(), m_timeline.entries[4].id);
        QCOMPARE(model.data(wrong, TimelineModel::DayRole).toDate(), QDate(2026, 3, 2));
        QVERIFY(!model.data(wrong, TimelineModel::IsDayRole).toBool());
        QCOMPARE(model.data(wrong).toString(), QStringLiteral("09:04:00"));
        QCOMPARE(model.data(model.index(4, TimelineModel::SentenceColumn, day1)).toString(),
                 QStringLiteral("Answered question 442 incorrectly: 12"));
        QCOMPARE(model.data(wrong, Qt::DecorationRole).value<QColor>(),
                 TimelineModel::kindColor(TimelineEntry::Kind::AnsweredIncorrectly));
        QCOMPARE(model.entryAt(wrong)->globalPosition, 11);
        QCOMPARE(model.entryAt(day1), nullptr);
        QCOMPARE(model.indexOfPosition(11), wrong);
        QVERIFY(!model.indexOfPosition(12).isValid()); // student 8's
    }

    void filtersByKindAndPeriod_data()
    {
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QList<qint64>>("positions");
        QTest::addColumn<int>("days");
        QTest::newRow("everything") << QStringList() << QString() << QString()
                                    << TimelineTestLog::student7Positions() << 2;
        QTest::newRow("answers") << QStringList{"answered-correctly", "answered-incorrectly"} << QString()
                                 << QString() << QList<qint64>{11, 14, 15, 16, 22, 23} << 2;
        QTest::newRow("quiz ends") << QStringList{"quiz-passed", "quiz-failed"} << QString() << QString()
                                   << QList<qint64>{17, 24} << 2;
        QTest::newRow("second day") << QStringList() << "2026-03-03T00:00:00Z" << QString()
                                    << QList<qint64>{19, 20, 21, 22, 23, 24} << 1;
        QTest::newRow("period, both ends inclusive")
            << QStringList() << "2026-03-02T09:04:00Z"
            << "2026-03-02T09:06:00Z" << QList<qint64>{11, 13, 14} << 1;
        QTest::newRow("log-ins of day one")
            << QStringList{"logged-in"} << QString() << "2026-03-02T23:59:59Z" << QList<qint64>{7} << 1;
        QTest::newRow("nothing") << QStringList{"other"} << QString() << QString() << QList<qint64>{} << 0;
    }

    void filtersByKindAndPeriod()
    {
        QFETCH(QStringList, kinds);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QList<qint64>, positions);
        QFETCH(int, days);
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTimeline(m_timeline);
        TimelineFilter filter;
        for (const QString& k : kinds)
            filter.kinds.insert(*TimelineEntry::kindFromKey(k));
        if (!from.isEmpty())
            filter.fromUs = EventTime::fromIso(QStringView(from));
        if (!to.isEmpty())
            filter.toUs = EventTime::fromIso(QStringView(to));
        QSignalSpy changed(&model, &TimelineModel::filterChanged);
        model.setFilter(filter);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), days);
        QList<qint64> shown;
        for (const TimelineEntry& e : model.filteredEntries())
            shown << e.globalPosition;
        QCOMPARE(shown, positions);
        QCOMPARE(model.filteredCount(), positions.size());
        QCOMPARE(filter.apply(m_timeline.entries).size(), positions.size());
        for (const qint64 p : positions)
            QCOMPARE(model.data(model.indexOfPosition(p), TimelineModel::GlobalPositionRole).toLongLong(), p);
    }

    // 100,000 entries open in under a second. Measured and printed, not asserted.
    void hundredThousandEntries()
    {
        StudentTimeline big;
        big.studentId = QStringLiteral("1");
        big.known = true;
        const qint64 start = TimelineTestLog::at("2026-01-05T08:00:00Z");
        for (qint64 i = 0; i < 100000; ++i) {
            TimelineEntry e;
            e.globalPosition = i + 1;
            e.timeUs = start + i * 30000000; // 30 s apart: 2026-01-05 08:00 to 2026-02-09 01:19, 36 days
            e.kind = i % 2 ? TimelineEntry::Kind::AnsweredCorrectly : TimelineEntry::Kind::QuestionAssigned;
            e.streamName = QStringLiteral("quiz-%1").arg(i / 8);
            big.entries.append(e);
        }
        TimelineModel model;
        QElapsedTimer timer;
        timer.start();
        model.setTimeline(big);
        const qint64 openMs = timer.restart();
        TimelineFilter filter;
        filter.kinds = {TimelineEntry::Kind::AnsweredCorrectly};
        model.setFilter(filter);
        const qint64 filterMs = timer.elapsed();
        qInfo("100,000 entries grouped in %lld ms, filtered in %lld ms", qlonglong(openMs),
              qlonglong(filterMs));
        QCOMPARE(model.rowCount(), 36);
        QCOMPARE(model.filteredCount(), 50000);
        QCOMPARE(model.data(model.indexOfPosition(100000), TimelineModel::GlobalPositionRole).toLongLong(),
                 100000);
        QVERIFY(!model.indexOfPosition(99999).isValid()); // a question given: filtered out
    }

    void emptyModel()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));
        QVERIFY(!model.indexOfPosition(5).isValid());
        QCOMPARE(model.headerData(TimelineModel::SentenceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("What happened"));
        model.setTimeline(m_timeline);
        model.setTimeline(StudentTimeline());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "TestTimelineModel.moc"
