// The replay view's lazy table over one stream, against real SQLite files and a real PostgreSQL
// database, read through a StoreSession's worker threads.
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "SqliteEventStore.h"
#include "StoreSession.h"
#include "StreamEventsModel.h"
#include "TestEvents.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

namespace {

constexpr int LongCount = 3000;
constexpr int ShortCount = 7;
constexpr int WaitMs = 20000;

QString typeOf(int i)
{
    return i % 3 == 0 ? QStringLiteral("Reset") : QStringLiteral("Counted");
}

int nOf(const QVariant& data)
{
    return QJsonDocument::fromJson(data.toByteArray()).object().value("n").toInt(-1);
}

} // namespace

class TestStreamEventsModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<PgTestDatabase> m_db;

    // A store of the row's backend with a long stream, a short one and another stream interleaved;
    // returns its address for a StoreSession, or an empty string (after failing the test).
    QString makeStore()
    {
        QFETCH_GLOBAL(QString, backend);
        std::unique_ptr<EventStore> store;
        QString address;
        if (backend == QLatin1String("sqlite")) {
            address = m_dir.filePath(QStringLiteral("events%1.sqlite").arg(++m_files));
            store = std::make_unique<SqliteEventStore>(address, true);
        } else {
            m_db = std::make_unique<PgTestDatabase>();
            if (!m_db->isValid()) {
                qWarning("%s", qPrintable(m_db->error()));
                return {};
            }
            address = m_db->conninfo();
            store = std::make_unique<PostgresEventStore>(address);
        }
        store->initialize();
        QList<NewEvent> events;
        for (int i = 0; i < LongCount; ++i) {
            events.append(makeEvent("counter-long", typeOf(i), "{\"n\":" + QByteArray::number(i) + "}"));
            if (i % 500 == 0)
                events.append(makeEvent("counter-other", "Other", "{\"n\":-1}"));
        }
        for (int i = 0; i < ShortCount; ++i)
            events.append(makeEvent("counter-short", "Short", "{\"n\":" + QByteArray::number(100 + i) + "}"));
        ListSource source(events);
        store->importEvents(source);
        return address;
    }

    static bool waitForPage(QSignalSpy& pages, int page)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < WaitMs) {
            for (const QList<QVariant>& args : std::as_const(pages))
                if (args.at(0).toInt() == page)
                    return true;
            pages.wait(200);
        }
        return false;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_db.reset(); }

    void placeholdersThenData()
    {
        const QString address = makeStore();
        QVERIFY(!address.isEmpty());
        StoreSession session(address);
        StreamEventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QSignalSpy loaded(&model, &StreamEventsModel::streamLoaded);
        QSignalSpy pages(&model, &StreamEventsModel::pageLoaded);
        QSignalSpy failed(&model, &StreamEventsModel::loadFailed);
        model.setStream("counter-long");
        QCOMPARE(model.rowCount(), 0); // nothing is known before the worker answers
        QVERIFY(loaded.wait(WaitMs));
        QCOMPARE(loaded.first().at(0).toString(), QString("counter-long"));
        QCOMPARE(loaded.first().at(1).toLongLong(), qint64(LongCount - 1));
        QCOMPARE(model.rowCount(), LongCount);
        QCOMPARE(model.columnCount(), int(StreamEventsModel::ColumnCount));
        // The first page comes with the stream.
        QVERIFY(model.isPageLoaded(0));
        QCOMPARE(model.index(0, StreamEventsModel::TypeColumn).data().toString(), typeOf(0));
        QCOMPARE(model.index(0, 0).data(StreamEventsModel::LoadedRole).toBool(), true);

        // A row of a page not read yet: a placeholder, and the page is asked for.
        const int row = 1234;
        const int page = row / StreamEventsModel::PageSize;
        QVERIFY(!model.isPageLoaded(page));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex type = model.index(row, StreamEventsModel::TypeColumn);
        QCOMPARE(type.data().toString(), QString("loading…"));
        QCOMPARE(type.data(StreamEventsModel::LoadedRole).toBool(), false);
        QCOMPARE(model.index(row, StreamEventsModel::PositionColumn).data().toLongLong(), qint64(row));
        QVERIFY(!model.index(row, StreamEventsModel::DataColumn).data(StreamEventsModel::DataRole).isValid());
        QVERIFY(waitForPage(pages, page));
        QVERIFY(failed.isEmpty());

        // Only the loaded range was announced.
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.first().at(0).value<QModelIndex>();
        const auto bottomRight = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), page * StreamEventsModel::PageSize);
        QCOMPARE(bottomRight.row(), (page + 1) * StreamEventsModel::PageSize - 1);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), StreamEventsModel::ColumnCount - 1);

        QCOMPARE(type.data().toString(), typeOf(row));
        QCOMPARE(type.data(StreamEventsModel::LoadedRole).toBool(), true);
        QCOMPARE(model.index(row, 0).data(StreamEventsModel::PositionRole).toLongLong(), qint64(row));
        QCOMPARE(nOf(model.index(row, 0).data(StreamEventsModel::DataRole)), row);
        QCOMPARE(model.index(row, 0).data(StreamEventsModel::StreamNameRole).toString(),
                 QString("counter-long"));
        QVERIFY(model.index(row, 0).data(StreamEventsModel::TimeRole).toLongLong() > 0);
        QVERIFY(!model.index(row, 0).data(StreamEventsModel::IdRole).toUuid().isNull());
        QVERIFY(model.index(row, StreamEventsModel::DataColumn).data().toString().contains("\"n\""));
        QVERIFY(model.index(row, StreamEventsModel::TimeColumn).data().toString().endsWith("Z"));
        // Global positions count the other stream's events that were imported in between.
        const qint64 global = model.index(row, 0).data(StreamEventsModel::GlobalPositionRole).toLongLong();
        QCOMPARE(global, qint64(row + 1 + row / 500 + 1));
        QCOMPARE(model.index(row, StreamEventsModel::GlobalPositionColumn).data().toLongLong(), global);

        // The last, partly filled page.
        const int last = LongCount - 1;
        QCOMPARE(model.index(last, StreamEventsModel::TypeColumn).data().toString(), QString("loading…"));
        QVERIFY(waitForPage(pages, last / StreamEventsModel::PageSize));
        QCOMPARE(nOf(model.index(last, 0).data(StreamEventsModel::DataRole)), last);
        QVERIFY(model.eventAt(last).has_value());
        QCOMPARE(model.eventAt(last)->position, qint64(last));
        QVERIFY(!model.eventAt(LongCount).has_value());
        QVERIFY(!model.eventAt(-1).has_value());
    }

    void cacheKeepsPagesNearTheLatestRequest()
    {
        const QString address = makeStore();
        QVERIFY(!address.isEmpty());
        StoreSession session(address);
        StreamEventsModel model;
        model.setSession(&session);
        QSignalSpy loaded(&model, &StreamEventsModel::streamLoaded);
        QSignalSpy pages(&model, &StreamEventsModel::pageLoaded);
        model.setStream("counter-long", LongCount - 1); // the version is known: rows at once
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), LongCount);
        const int pageCount = (LongCount + StreamEventsModel::PageSize - 1) / StreamEventsModel::PageSize;
        // One page at a time from the start to the end, as a slow scroll would.
        for (int page = 0; page < pageCount; ++page) {
            model.index(page * StreamEventsModel::PageSize, 1).data();
            QVERIFY(waitForPage(pages, page));
            QVERIFY(model.cachedPages() <= StreamEventsModel::CachePages);
        }
        QVERIFY(model.isPageLoaded(pageCount - 1));
        if (pageCount > StreamEventsModel::CachePages)
            QVERIFY(!model.isPageLoaded(0));
        // Every row reads back right after it.
        for (int row : {0, 199, 200, 2000, 2999}) {
            model.index(row, 0).data();
            QVERIFY(waitForPage(pages, row / StreamEventsModel::PageSize));
            QCOMPARE(nOf(model.index(row, 0).data(StreamEventsModel::DataRole)), row);
        }
    }

    void fastScrollingKeepsFewRequests()
    {
        const QString address = makeStore();
        QVERIFY(!address.isEmpty());
        StoreSession session(address);
        StreamEventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QSignalSpy pages(&model, &StreamEventsModel::pageLoaded);
        model.setStream("counter-long", LongCount - 1);
        // Every page asked for at once: the older requests give way to the newer ones.
        for (int row = 0; row < LongCount; row += StreamEventsModel::PageSize)
            model.index(row, 0).data();
        QVERIFY(waitForPage(pages, (LongCount - 1) / StreamEventsModel::PageSize));
        QTest::qWait(200);
        QVERIFY2(pages.size() <= StreamEventsModel::MaxPendingPages + 1,
                 qPrintable(QString::number(pages.size())));
        QCOMPARE(nOf(model.index(LongCount - 1, 0).data(StreamEventsModel::DataRole)), LongCount - 1);
    }

    void switchingStreamsDropsStalePages()
    {
        const QString address = makeStore();
        QVERIFY(!address.isEmpty());
        StoreSession session(address);
        StreamEventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QSignalSpy loaded(&model, &StreamEventsModel::streamLoaded);
        QSignalSpy pages(&model, &StreamEventsModel::pageLoaded);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStream("counter-long");
        QVERIFY(loaded.wait(WaitMs));
        // Pages of the long stream are asked for, then the short stream replaces it at once.
        for (int row : {600, 1400, 2600})
            model.index(row, 0).data();
        model.setStream("counter-short");
        QCOMPARE(model.rowCount(), 0);
        pages.clear();
        changed.clear();
        QVERIFY(loaded.wait(WaitMs));
        QCOMPARE(loaded.last().at(0).toString(), QString("counter-short"));
        QTest::qWait(500); // time for any late page of the long stream to come back
        QCOMPARE(model.rowCount(), ShortCount);
        for (const QList<QVariant>& args : std::as_const(pages))
            QCOMPARE(args.at(0).toInt(), 0);
        for (const QList<QVariant>& args : std::as_const(changed))
            QVERIFY(args.at(1).value<QModelIndex>().row() < ShortCount);
        QCOMPARE(model.cachedPages(), 1);
        for (int row = 0; row < ShortCount; ++row) {
            QCOMPARE(model.index(row, StreamEventsModel::TypeColumn).data().toString(), QString("Short"));
            QCOMPARE(nOf(model.index(row, 0).data(StreamEventsModel::DataRole)), 100 + row);
        }
        QCOMPARE(model.stream(), QString("counter-short"));
    }

    void emptyStreamAndNoSession()
    {
        const QString address = makeStore();
        QVERIFY(!address.isEmpty());
        StreamEventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStream("counter-long"); // no session: nothing happens, nothing breaks
        QCOMPARE(model.rowCount(), 0);
        StoreSession session(address);
        model.setSession(&session);
        QSignalSpy loaded(&model, &StreamEventsModel::streamLoaded);
        model.setStream("counter-none");
        QVERIFY(loaded.wait(WaitMs));
        QCOMPARE(loaded.first().at(1).toLongLong(), qint64(-1));
        QCOMPARE(model.rowCount(), 0);
        model.setSession(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void unreachableStoreIsReported()
    {
        QFETCH_GLOBAL(QString, backend);
        const QString address = backend == QLatin1String("sqlite")
                                    ? m_dir.filePath("missing/none.sqlite")
                                    : QStringLiteral("dbname=rewind_no_such_database_%1").arg(++m_files);
        StoreSession session(address);
        StreamEventsModel model;
        model.setSession(&session);
        QSignalSpy failed(&model, &StreamEventsModel::loadFailed);
        model.setStream("counter-long");
        QVERIFY(failed.wait(WaitMs));
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStreamEventsModel)
#include "TestStreamEventsModel.moc"
