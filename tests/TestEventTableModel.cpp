// The event browser's lazy table on real stores: pages arrive off the UI thread, rows are counted in
// the background, positions and times are located, stale results are dropped, new events at the
// head become rows, and the page cache stays bounded however far one scrolls.
#include "EventStoreFactory.h"
#include "EventTableModel.h"
#include "PgTestDatabase.h"
#include "StoreSession.h"
#include "TestEvents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Rewind;

namespace {

constexpr int EventCount = 9000;                     // more pages than the cache holds
constexpr qint64 BaseTimeUs = 1'767'225'600'000'000; // 2026-01-01T00:00:00Z

// Event i (1-based global position on a fresh store): stream quiz-(i % 7) or question-(i % 5),
// type QuizAnswer on every third event, one minute apart.
QList<NewEvent> knownLog()
{
    QList<NewEvent> events;
    for (int i = 1; i <= EventCount; ++i) {
        const bool quiz = i % 2 == 0;
        NewEvent e =
            makeEvent(quiz ? QStringLiteral("quiz-%1").arg(i % 7) : QStringLiteral("question-%1").arg(i % 5),
                      i % 3 == 0 ? QStringLiteral("QuestionAnswered") : QStringLiteral("Other"),
                      QStringLiteral("{\"n\":%1,\"even\":%2}").arg(i).arg(quiz ? "true" : "false").toUtf8(),
                      QStringLiteral("{\"correlationId\":\"c%1\"}").arg(i % 10).toUtf8());
        e.timeUs = BaseTimeUs + qint64(i) * 60'000'000;
        events.append(e);
    }
    return events;
}

} // namespace

class TestEventTableModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    QString m_address;
    std::unique_ptr<StoreSession> m_session;

    std::unique_ptr<EventTableModel> newModel(const LogQuery& query)
    {
        auto model = std::make_unique<EventTableModel>();
        new QAbstractItemModelTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model.get());
        model->setSession(m_session.get());
        model->setQuery(query);
        return model;
    }

    static bool waitForIndex(EventTableModel& model)
    {
        return QTest::qWaitFor([&] { return model.isIndexComplete(); }, 30000);
    }

    // Asks for `row` the way a view does and waits until its page is in.
    static bool waitForRow(EventTableModel& model, int row)
    {
        const QModelIndex index = model.index(row, 0);
        model.data(index, Qt::DisplayRole);
        return QTest::qWaitFor([&] { return model.data(index, EventTableModel::LoadedRole).toBool(); },
                               30000);
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgresql") << "postgresql";
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == "sqlite") {
            static int stores = 0;
            m_address = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++stores));
        } else {
            m_pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
            m_address = m_pg->conninfo();
        }
        auto store = EventStoreFactory::open(m_address, EventStoreFactory::Mode::CreateIfMissing);
        store->initialize();
        ListSource source(knownLog());
        store->importEvents(source);
        m_session = std::make_unique<StoreSession>(m_address);
    }

    void cleanup()
    {
        m_session.reset();
        m_pg.reset();
    }

    void showsTheFirstPageThenCountsEveryRow()
    {
        auto model = newModel(LogQuery{});
        QSignalSpy first(model.get(), &EventTableModel::firstPageLoaded);
        QVERIFY(first.wait(10000) || first.count() == 1);
        QCOMPARE(first.first().first().toInt(), EventTableModel::PageSize);
        QVERIFY(waitForIndex(*model));
        QCOMPARE(model->rowCount(), EventCount);
        QCOMPARE(model->indexedRows(), qint64(EventCount));
        QCOMPARE(model
                     ->data(model->index(0, EventTableModel::GlobalPositionColumn),
                            EventTableModel::GlobalPositionRole)
                     .toLongLong(),
                 1);
        QCOMPARE(model->data(model->index(1, EventTableModel::StreamColumn)).toString(), QString("quiz-2"));
        QCOMPARE(model->data(model->index(2, 0), EventTableModel::TypeRole).toString(),
                 QString("QuestionAnswered"));
        QCOMPARE(model->data(model->index(2, 0), EventTableModel::TimeRole).toLongLong(),
                 BaseTimeUs + 3 * 60'000'000);
    }

    void farRowsShowAPlaceholderUntilTheirPageArrives()
    {
        auto model = newModel(LogQuery{});
        QVERIFY(waitForIndex(*model));
        const int row = 7777;
        const QModelIndex index = model->index(row, EventTableModel::GlobalPositionColumn);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QCOMPARE(model->data(index, EventTableModel::LoadedRole).toBool(), false);
        QCOMPARE(model->data(index).toString(), EventTableModel::tr("loading…"));
        QVERIFY(waitForRow(*model, row));
        QCOMPARE(model->data(index, EventTableModel::GlobalPositionRole).toLongLong(), qint64(row + 1));
        // Only the page's rows were announced, not the whole table.
        QVERIFY(!changed.isEmpty());
        const auto topLeft = changed.last().at(0).value<QModelIndex>();
        const auto bottomRight = changed.last().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), row / EventTableModel::PageSize * EventTableModel::PageSize);
        QCOMPARE(bottomRight.row() - topLeft.row() + 1, EventTableModel::PageSize);
    }

    void filtersAndScopesNarrowTheRows_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QByteArray>("dataContains");
        QTest::addColumn<int>("expectedRows");
        QTest::addColumn<qint64>("firstPosition");
        // Counts from knownLog(): positions divisible by 3 are QuestionAnswered, even ones are quiz.
        QTest::newRow("type") << ""
                              << "" << QStringList{"QuestionAnswered"} << QByteArray() << EventCount / 3
                              << qint64(3);
        QTest::newRow("category") << "quiz"
                                  << "" << QStringList{} << QByteArray() << EventCount / 2 << qint64(2);
        QTest::newRow("category and type")
            << "quiz"
            << "" << QStringList{"QuestionAnswered"} << QByteArray() << EventCount / 6 << qint64(6);
        // quiz-3: even i with i % 7 == 3, i.e. i = 10, 24, 38, … (i ≡ 10 mod 14)
        QTest::newRow("stream") << ""
                                << "quiz-3" << QStringList{} << QByteArray() << (EventCount - 10) / 14 + 1
                                << qint64(10);
        QTest::newRow("data contains")
            << ""
            << "" << QStringList{} << QByteArray("{\"n\":4242}") << 1 << qint64(4242);
    }

    void filtersAndScopesNarrowTheRows()
    {
        QFETCH(QString, category);
        QFETCH(QString, stream);
        QFETCH(QStringList, types);
        QFETCH(QByteArray, dataContains);
        QFETCH(int, expectedRows);
        QFETCH(qint64, firstPosition);
        LogQuery q;
        q.category = category;
        q.streamName = stream;
        q.types = types;
        q.dataContains = dataContains;
        auto model = newModel(q);
        QVERIFY(waitForIndex(*model));
        QCOMPARE(model->rowCount(), expectedRows);
        QVERIFY(waitForRow(*model, 0));
        QCOMPARE(model->data(model->index(0, 0), EventTableModel::GlobalPositionRole).toLongLong(),
                 firstPosition);
        const int last = model->rowCount() - 1;
        QVERIFY(waitForRow(*model, last));
        const QModelIndex lastIndex = model->index(last, 0);
        if (!types.isEmpty())
            QCOMPARE(model->data(lastIndex, EventTableModel::TypeRole).toString(), types.first());
        if (!stream.isEmpty())
            QCOMPARE(model->data(lastIndex, EventTableModel::StreamNameRole).toString(), stream);
        if (!category.isEmpty())
            QVERIFY(model->data(lastIndex, EventTableModel::StreamNameRole)
                        .toString()
                        .startsWith(category + "-"));
    }

    void locatesPositionsAndTimes_data()
    {
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<qint64>("position");
        QTest::addColumn<bool>("byTime");
        QTest::addColumn<qint64>("expectedPosition");
        QTest::newRow("whole log") << QStringList{} << qint64(5001) << false << qint64(5001);
        QTest::newRow("whole log, last")
            << QStringList{} << qint64(EventCount) << false << qint64(EventCount);
        QTest::newRow("filtered: next match")
            << QStringList{"QuestionAnswered"} << qint64(5000) << false << qint64(5001);
        QTest::newRow("by time") << QStringList{} << qint64(6200) << true << qint64(6200);
        QTest::newRow("by time, filtered")
            << QStringList{"QuestionAnswered"} << qint64(6200) << true << qint64(6201);
    }

    void locatesPositionsAndTimes()
    {
        QFETCH(QStringList, types);
        QFETCH(qint64, position);
        QFETCH(bool, byTime);
        QFETCH(qint64, expectedPosition);
        LogQuery q;
        q.types = types;
        auto model = newModel(q);
        QSignalSpy located(model.get(), &EventTableModel::positionLocated);
        QSignalSpy failed(model.get(), &EventTableModel::locateFailed);
        // Asked before the count is complete: answered once it gets there.
        if (byTime)
            model->locateTime(BaseTimeUs + position * 60'000'000);
        else
            model->locatePosition(position);
        QVERIFY2(located.wait(30000) || !located.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const int row = located.first().at(0).toInt();
        QCOMPARE(located.first().at(1).toLongLong(), expectedPosition);
        QCOMPARE(model->data(model->index(row, 0), EventTableModel::GlobalPositionRole).toLongLong(),
                 expectedPosition);
        QCOMPARE(model->eventAt(row)->globalPosition, expectedPosition);
    }

    void loadedPositionsCoverOnlyPagesInMemory()
    {
        auto model = newModel(LogQuery{});
        QVERIFY(waitForIndex(*model));
        QVERIFY(waitForRow(*model, 0));
        QVERIFY(waitForRow(*model, 250));
        QList<qint64> expected;
        for (qint64 p = 151; p <= 251; ++p)
            expected.append(p);
        QCOMPARE(model->loadedPositions(150, 250), expected);
        // Rows whose page was never read have no position at hand.
        QVERIFY(model->loadedPositions(6000, 6010).isEmpty());
        // A range past the end is cut at the last row.
        QVERIFY(model->loadedPositions(EventCount + 5, EventCount + 50).isEmpty());
    }

    void manyRowsGrowInStepsAndALocateWaitsForThem()
    {
        // Well over two growth steps on top of the known log.
        const int extra = 2 * EventTableModel::GrowStep + 1234;
        {
            auto writer = EventStoreFactory::open(m_address);
            QList<NewEvent> events;
            events.reserve(extra);
            for (int i = 0; i < extra; ++i)
                events.append(makeEvent(QStringLiteral("bulk-%1").arg(i % 100), "Bulked", "{}"));
            ListSource source(events);
            writer->importEvents(source);
        }
        auto model = newModel(LogQuery{});
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy located(model.get(), &EventTableModel::positionLocated);
        // The last event, asked for before anything is counted: answered once its row exists.
        model->locatePosition(EventCount + extra);
        QVERIFY(located.wait(60000) || !located.isEmpty());
        const int row = located.first().at(0).toInt();
        QCOMPARE(row, EventCount + extra - 1);
        QVERIFY(row < model->rowCount());
        QVERIFY(QTest::qWaitFor([&] { return model->isSettled(); }, 30000));
        QCOMPARE(model->rowCount(), EventCount + extra);
        // No insertion was larger than a step.
        for (const QList<QVariant>& args : inserted)
            QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <= EventTableModel::GrowStep);
        QVERIFY(inserted.size() >= 3);
    }

    void aPositionPastTheEndIsReportedNotGuessed()
    {
        auto model = newModel(LogQuery{});
        QVERIFY(waitForIndex(*model));
        QSignalSpy failed(model.get(), &EventTableModel::locateFailed);
        model->locatePosition(EventCount + 50);
        QVERIFY(failed.wait(5000) || !failed.isEmpty());
        QVERIFY(failed.first().first().toString().contains(QString::number(EventCount + 50)));
    }

    void aNewQueryDropsTheOldResults()
    {
        LogQuery answered;
        answered.types = {"QuestionAnswered"};
        auto model = newModel(LogQuery{});
        // Replaced before anything of the first query can have arrived.
        model->setQuery(answered);
        QVERIFY(waitForIndex(*model));
        QCOMPARE(model->rowCount(), EventCount / 3);
        QVERIFY(waitForRow(*model, 0));
        QCOMPARE(model->data(model->index(0, 0), EventTableModel::GlobalPositionRole).toLongLong(), 3);
        QTest::qWait(200); // anything late from the first query would land now
        QCOMPARE(model->rowCount(), EventCount / 3);
    }

    void newEventsAtTheHeadBecomeRows()
    {
        auto model = newModel(LogQuery{});
        QVERIFY(waitForIndex(*model));
        QVERIFY(waitForRow(*model, EventCount - 1)); // the last page, short, is in memory
        {
            auto writer = EventStoreFactory::open(m_address);
            for (int i = 0; i < 3; ++i)
                writer->append("quiz-new", {makeEvent("quiz-new", "QuizStarted", "{}")}, std::nullopt);
        }
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        model->headMoved(EventCount + 3);
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == EventCount + 3; }, 10000));
        QVERIFY(!inserted.isEmpty());
        QVERIFY(waitForRow(*model, EventCount + 2));
        QCOMPARE(model->data(model->index(EventCount + 2, 0), EventTableModel::StreamNameRole).toString(),
                 QString("quiz-new"));
    }

    void theCacheStaysBoundedWhileScrollingEverything()
    {
        auto model = newModel(LogQuery{});
        QVERIFY(waitForIndex(*model));
        for (int row = 0; row < model->rowCount(); row += EventTableModel::PageSize) {
            QVERIFY(waitForRow(*model, row));
            QCOMPARE(model->data(model->index(row, 0), EventTableModel::GlobalPositionRole).toLongLong(),
                     qint64(row + 1));
            QVERIFY(model->cachedPages() <= EventTableModel::CachePages);
        }
        QCOMPARE(model->cachedPages(), EventTableModel::CachePages);
    }

    void anUnreachableStoreIsReportedInPlainWords()
    {
        QFETCH_GLOBAL(QString, backend);
        const QString address = backend == "sqlite" ? m_dir.filePath("missing.sqlite")
                                                    : QStringLiteral("dbname=rewind_no_such_database_here");
        StoreSession session(address);
        EventTableModel model;
        model.setSession(&session);
        QSignalSpy failed(&model, &EventTableModel::loadFailed);
        model.setQuery(LogQuery{});
        QVERIFY(failed.wait(10000) || !failed.isEmpty());
        QVERIFY2(failed.first().first().toString().contains(
                     backend == "sqlite" ? "missing.sqlite" : "rewind_no_such_database_here"),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestEventTableModel)
#include "TestEventTableModel.moc"
