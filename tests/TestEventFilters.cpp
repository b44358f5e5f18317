// The event browser's reads on both stores: every LogQuery filter alone and
// combined, JSON containment with PostgreSQL's `@>` answers on SQLite too, row indexes
// (positionsOnly), readEvent, positionAtTime and interrupting a running read.
#include "EventTime.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "SqliteEventStore.h"
#include "StoreError.h"
#include "TestEvents.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <map>
#include <thread>

using namespace Rewind;

namespace {

constexpr qint64 T0 = 1700000000000000LL; // 2023-11-14T22:13:20Z
constexpr qint64 Second = 1000000;

NewEvent timed(const QString& stream, const QString& type, const QByteArray& data, qint64 timeUs,
               const QByteArray& metadata = {})
{
    NewEvent e = makeEvent(stream, type, data, metadata);
    e.timeUs = timeUs;
    return e;
}

QString positionsText(const QList<qint64>& positions)
{
    QStringList parts;
    for (qint64 p : positions)
        parts << QString::number(p);
    return parts.join(QLatin1Char(','));
}

// `count` events of stream bulk-1, the first and the last of type Rare, the rest Common.
class BulkSource : public EventSource
{
public:
    explicit BulkSource(int count) : m_count(count) {}
    bool next(NewEvent& e) override
    {
        if (m_done == m_count)
            return false;
        const bool rare = m_done == 0 || m_done == m_count - 1;
        e = makeEvent("bulk-1", rare ? "Rare" : "Common", "{\"i\":" + QByteArray::number(m_done) + "}");
        ++m_done;
        return true;
    }
    QString location() const override { return QStringLiteral("bulk:%1").arg(m_done); }

private:
    int m_count;
    int m_done = 0;
};

struct Fixture
{
    std::unique_ptr<PgTestDatabase> db;
    std::unique_ptr<EventStore> store;
};

} // namespace

class TestEventFilters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::map<QString, Fixture> m_shared;  // per backend: the store the containment rows share
    std::map<QString, Fixture> m_samples; // per backend: appendSample() once, then only read

    // The sample store of the current backend, made on first use.
    EventStore* sampleStore()
    {
        QFETCH_GLOBAL(QString, backend);
        Fixture& f = m_samples[backend];
        if (!f.store) {
            f.store = openStore(f.db);
            if (f.store)
                appendSample(*f.store);
        }
        return f.store.get();
    }

    bool isSqlite() const
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("sqlite");
    }

    // A fresh, initialised store of the current backend; `db` keeps a PostgreSQL database alive.
    std::unique_ptr<EventStore> openStore(std::unique_ptr<PgTestDatabase>& db, QString* conninfo = nullptr)
    {
        if (isSqlite()) {
            const QString path = m_dir.filePath(QStringLiteral("filters%1.sqlite").arg(++m_files));
            if (conninfo)
                *conninfo = path;
            auto store = std::make_unique<SqliteEventStore>(path, true);
            store->initialize();
            return store;
        }
        db = std::make_unique<PgTestDatabase>();
        if (!db->isValid())
            return nullptr;
        if (conninfo)
            *conninfo = db->conninfo();
        auto store = std::make_unique<PostgresEventStore>(db->conninfo());
        store->initialize();
        return store;
    }

    // The events every filter test reads, at T0 + i seconds (positions 1…8 in this order).
    static void appendSample(EventStore& s)
    {
        s.append("account-1",
                 {timed("account-1", "Opened", "{\"amount\":1,\"name\":\"a\"}", T0,
                        "{\"correlationId\":\"c1\",\"user\":{\"id\":7}}")},
                 -1);
        s.append("account-1", {timed("account-1", "Deposited", "{\"amount\":10}", T0 + 1 * Second)}, 0);
        s.append("account-2",
                 {timed("account-2", "Opened", "{\"amount\":\"1\"}", T0 + 2 * Second,
                        "{\"correlationId\":\"c2\"}")},
                 -1);
        s.append("accounting-9",
                 {timed("accounting-9", "Audited", "{\"tags\":[\"x\",\"y\"]}", T0 + 3 * Second)}, -1);
        s.append("acc%unt-1", {timed("acc%unt-1", "Opened", "{}", T0 + 4 * Second)}, -1);
        s.append("account-1",
                 {timed("account-1", "Deposited", "{\"amount\":2.5,\"nested\":{\"k\":[1,{\"z\":true}]}}",
                        T0 + 5 * Second, "{\"correlationId\":\"c1\"}")},
                 1);
        s.append("ACCOUNT-3", {timed("ACCOUNT-3", "Opened", "{\"amount\":1}", T0 + 6 * Second)}, -1);
        s.append("accxunt-1", {timed("accxunt-1", "Closed", "{\"amount\":1}", T0 + 7 * Second)}, -1);
    }

    // Every matching position, read page by page with `pageSize`, checking the batches' promises.
    static QList<qint64> readAll(EventStore& s, LogQuery q, int pageSize)
    {
        q.limit = pageSize;
        QList<qint64> out;
        for (int round = 0; round < 100; ++round) {
            const LogBatch b = s.readLog(q);
            for (const RecordedEvent& e : b.events) {
                if (e.globalPosition <= q.afterGlobalPosition)
                    qWarning("position %lld at or before %lld", e.globalPosition, q.afterGlobalPosition);
                out << e.globalPosition;
            }
            if (b.atHead)
                return out;
            q.afterGlobalPosition = b.safePosition;
        }
        return {-1};
    }

    static QList<qint64> scanAll(EventStore& s, LogQuery q, bool positionsOnly)
    {
        q.positionsOnly = positionsOnly;
        QList<qint64> out;
        bool fieldsFilled = false;
        const LogScan scan = s.scanLog(q, [&](const EventView& v) {
            out << v.globalPosition;
            fieldsFilled = fieldsFilled || !v.streamName.isEmpty() || !v.type.isEmpty() || !v.data.isEmpty();
            return true;
        });
        if (!scan.atHead || scan.visited != out.size() || (positionsOnly && fieldsFilled))
            return {-1};
        return out;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        for (auto* fixtures : {&m_shared, &m_samples}) {
            for (auto& [name, fixture] : *fixtures)
                fixture.store.reset();
            fixtures->clear();
        }
    }

    void filters_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("streamName");
        QTest::addColumn<QString>("streamPrefix");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<int>("fromSecond"); // -1: no bound
        QTest::addColumn<int>("toSecond");
        QTest::addColumn<QByteArray>("dataContains");
        QTest::addColumn<QByteArray>("metadataContains");
        QTest::addColumn<QString>("expected");

        const QStringList none;
        QTest::newRow("no filter") << ""
                                   << ""
                                   << "" << none << -1 << -1 << QByteArray() << QByteArray()
                                   << "1,2,3,4,5,6,7,8";
        QTest::newRow("category") << "account"
                                  << ""
                                  << "" << none << -1 << -1 << QByteArray() << QByteArray() << "1,2,3,6";
        QTest::newRow("category is exact") << "accounting"
                                           << ""
                                           << "" << none << -1 << -1 << QByteArray() << QByteArray() << "4";
        QTest::newRow("stream") << ""
                                << "account-1"
                                << "" << none << -1 << -1 << QByteArray() << QByteArray() << "1,2,6";
        QTest::newRow("stream, none") << ""
                                      << "account"
                                      << "" << none << -1 << -1 << QByteArray() << QByteArray() << "";
        QTest::newRow("prefix") << ""
                                << ""
                                << "account" << none << -1 << -1 << QByteArray() << QByteArray()
                                << "1,2,3,4,6";
        QTest::newRow("prefix is case-sensitive")
            << ""
            << ""
            << "ACC" << none << -1 << -1 << QByteArray() << QByteArray() << "7";
        QTest::newRow("prefix with % is literal")
            << ""
            << ""
            << "acc%" << none << -1 << -1 << QByteArray() << QByteArray() << "5";
        QTest::newRow("prefix with _ is literal")
            << ""
            << ""
            << "acc_" << none << -1 << -1 << QByteArray() << QByteArray() << "";
        QTest::newRow("prefix with quote")
            << ""
            << ""
            << "acc'" << none << -1 << -1 << QByteArray() << QByteArray() << "";
        QTest::newRow("one type") << ""
                                  << ""
                                  << "" << QStringList{"Opened"} << -1 << -1 << QByteArray() << QByteArray()
                                  << "1,3,5,7";
        QTest::newRow("two types") << ""
                                   << ""
                                   << "" << QStringList{"Deposited", "Closed"} << -1 << -1 << QByteArray()
                                   << QByteArray() << "2,6,8";
        QTest::newRow("unknown type")
            << ""
            << ""
            << "" << QStringList{"Nope"} << -1 << -1 << QByteArray() << QByteArray() << "";
        QTest::newRow("from (inclusive)") << ""
                                          << ""
                                          << "" << none << 5 << -1 << QByteArray() << QByteArray() << "6,7,8";
        QTest::newRow("to (inclusive)") << ""
                                        << ""
                                        << "" << none << -1 << 1 << QByteArray() << QByteArray() << "1,2";
        QTest::newRow("time range") << ""
                                    << ""
                                    << "" << none << 2 << 4 << QByteArray() << QByteArray() << "3,4,5";
        QTest::newRow("empty time range") << ""
                                          << ""
                                          << "" << none << 4 << 3 << QByteArray() << QByteArray() << "";
        QTest::newRow("data") << ""
                              << ""
                              << "" << none << -1 << -1 << QByteArray("{\"amount\":1}") << QByteArray()
                              << "1,7,8";
        QTest::newRow("data, empty object")
            << ""
            << ""
            << "" << none << -1 << -1 << QByteArray("{}") << QByteArray() << "1,2,3,4,5,6,7,8";
        QTest::newRow("metadata") << ""
                                  << ""
                                  << "" << none << -1 << -1 << QByteArray()
                                  << QByteArray("{\"correlationId\":\"c1\"}") << "1,6";
        QTest::newRow("metadata, empty object skips null")
            << ""
            << ""
            << "" << none << -1 << -1 << QByteArray() << QByteArray("{}") << "1,3,6";
        QTest::newRow("metadata, nested")
            << ""
            << ""
            << "" << none << -1 << -1 << QByteArray() << QByteArray("{\"user\":{\"id\":7}}") << "1";
        QTest::newRow("category + type")
            << "account"
            << ""
            << "" << QStringList{"Opened"} << -1 << -1 << QByteArray() << QByteArray() << "1,3";
        QTest::newRow("stream + time") << ""
                                       << "account-1"
                                       << "" << none << 1 << 5 << QByteArray() << QByteArray() << "2,6";
        QTest::newRow("prefix + data")
            << ""
            << ""
            << "acc" << none << -1 << -1 << QByteArray("{\"amount\":1}") << QByteArray() << "1,8";
        QTest::newRow("everything") << "account"
                                    << "account-1"
                                    << "account" << QStringList{"Deposited"} << 1 << 7
                                    << QByteArray("{\"nested\":{\"k\":[{\"z\":true}]}}")
                                    << QByteArray("{\"correlationId\":\"c1\"}") << "6";
        QTest::newRow("everything but one mismatch") << "account"
                                                     << "account-1"
                                                     << "account" << QStringList{"Deposited"} << 1 << 4
                                                     << QByteArray("{\"nested\":{\"k\":[{\"z\":true}]}}")
                                                     << QByteArray("{\"correlationId\":\"c1\"}") << "";
    }

    void filters()
    {
        QFETCH(QString, category);
        QFETCH(QString, streamName);
        QFETCH(QString, streamPrefix);
        QFETCH(QStringList, types);
        QFETCH(int, fromSecond);
        QFETCH(int, toSecond);
        QFETCH(QByteArray, dataContains);
        QFETCH(QByteArray, metadataContains);
        QFETCH(QString, expected);

        EventStore* store = sampleStore();
        QVERIFY(store);

        LogQuery q;
        q.category = category;
        q.streamName = streamName;
        q.streamPrefix = streamPrefix;
        q.types = types;
        if (fromSecond >= 0)
            q.fromTimeUs = T0 + fromSecond * Second;
        if (toSecond >= 0)
            q.toTimeUs = T0 + toSecond * Second;
        q.dataContains = dataContains;
        q.metadataContains = metadataContains;

        QCOMPARE(positionsText(readAll(*store, q, 1000)), expected);
        QCOMPARE(positionsText(readAll(*store, q, 1)), expected); // paging: one event at a time
        QCOMPARE(positionsText(scanAll(*store, q, false)), expected);
        QCOMPARE(positionsText(scanAll(*store, q, true)), expected);
        // Filters narrow what is returned, never where reading may continue from.
        LogQuery whole = q;
        whole.limit = 1000;
        const LogBatch b = store->readLog(whole);
        QCOMPARE(b.safePosition, 8);
        QVERIFY(b.atHead);
    }

    void timeBoundsOutsideIsoYears()
    {
        EventStore* store = sampleStore();
        QVERIFY(store);
        LogQuery q;
        q.fromTimeUs = std::numeric_limits<qint64>::min() + 1;
        q.toTimeUs = std::numeric_limits<qint64>::max();
        QCOMPARE(positionsText(readAll(*store, q, 1000)), QString("1,2,3,4,5,6,7,8"));
        q.fromTimeUs = std::numeric_limits<qint64>::max();
        QCOMPARE(positionsText(readAll(*store, q, 1000)), QString());
    }

    void containment_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<bool>("contains");

        const auto row = [](const char* name, const char* stored, const char* pattern, bool contains) {
            QTest::newRow(name) << QByteArray(stored) << QByteArray(pattern) << contains;
        };
        row("empty pattern", "{\"x\":1}", "{}", true);
        row("empty pattern, empty object", "{}", "{}", true);
        row("member", "{\"a\":1,\"b\":2}", "{\"a\":1}", true);
        row("two members", "{\"a\":1,\"b\":2}", "{\"b\":2,\"a\":1}", true);
        row("missing member", "{\"a\":1}", "{\"a\":1,\"b\":2}", false);
        row("other value", "{\"a\":1}", "{\"a\":2}", false);
        row("1 matches 1.0", "{\"a\":1.0}", "{\"a\":1}", true);
        row("1.0 matches 1", "{\"a\":1}", "{\"a\":1.0}", true);
        row("1e2 matches 100", "{\"a\":100}", "{\"a\":1e2}", true);
        row("negative fraction", "{\"a\":-0.5}", "{\"a\":-0.5}", true);
        row("big integers exact", "{\"a\":9007199254740993}", "{\"a\":9007199254740993}", true);
        row("big integers differ", "{\"a\":9007199254740992}", "{\"a\":9007199254740993}", false);
        row("string 1 is not number 1", "{\"a\":1}", "{\"a\":\"1\"}", false);
        row("number 1 is not string 1", "{\"a\":\"1\"}", "{\"a\":1}", false);
        row("string", "{\"s\":\"abc\"}", "{\"s\":\"abc\"}", true);
        row("string is not a prefix", "{\"s\":\"abc\"}", "{\"s\":\"ab\"}", false);
        row("string % is no wildcard", "{\"s\":\"abc\"}", "{\"s\":\"%\"}", false);
        row("string with quote", "{\"s\":\"it's\"}", "{\"s\":\"it's\"}", true);
        row("escaped string", "{\"s\":\"\\u00e9\"}", "{\"s\":\"\xc3\xa9\"}", true);
        row("case matters", "{\"s\":\"A\"}", "{\"s\":\"a\"}", false);
        row("true", "{\"b\":true}", "{\"b\":true}", true);
        row("true is not 1", "{\"b\":1}", "{\"b\":true}", false);
        row("false is not true", "{\"b\":true}", "{\"b\":false}", false);
        row("false", "{\"b\":false}", "{\"b\":false}", true);
        row("null", "{\"n\":null}", "{\"n\":null}", true);
        row("null is not missing", "{}", "{\"n\":null}", false);
        row("null is not false", "{\"n\":false}", "{\"n\":null}", false);
        row("nested object", "{\"o\":{\"k\":1,\"j\":2}}", "{\"o\":{\"k\":1}}", true);
        row("nested object, other value", "{\"o\":{\"k\":1}}", "{\"o\":{\"k\":2}}", false);
        row("nested empty object", "{\"o\":{\"k\":1}}", "{\"o\":{}}", true);
        row("object is not array", "{\"o\":[]}", "{\"o\":{}}", false);
        row("object is not scalar", "{\"o\":\"{}\"}", "{\"o\":{}}", false);
        row("deep object", "{\"a\":{\"b\":{\"c\":{\"d\":[1]}}}}", "{\"a\":{\"b\":{\"c\":{\"d\":[1]}}}}",
            true);
        row("array element", "{\"t\":[\"x\",\"y\"]}", "{\"t\":[\"x\"]}", true);
        row("array, any order", "{\"t\":[\"x\",\"y\"]}", "{\"t\":[\"y\",\"x\"]}", true);
        row("array, missing element", "{\"t\":[\"x\",\"y\"]}", "{\"t\":[\"z\"]}", false);
        row("array, repeated element", "{\"t\":[1]}", "{\"t\":[1,1]}", true);
        row("empty array in array", "{\"t\":[1]}", "{\"t\":[]}", true);
        row("empty array is not object", "{\"t\":{}}", "{\"t\":[]}", false);
        row("scalar is not in array below top", "{\"t\":[\"x\"]}", "{\"t\":\"x\"}", false);
        row("array is not scalar", "{\"t\":\"x\"}", "{\"t\":[\"x\"]}", false);
        row("array numbers 1 and 1.0", "{\"t\":[1.0]}", "{\"t\":[1]}", true);
        row("array string is not number", "{\"t\":[1]}", "{\"t\":[\"1\"]}", false);
        row("object in array", "{\"t\":[{\"a\":1,\"b\":2},3]}", "{\"t\":[{\"a\":1}]}", true);
        row("object in array, mismatch", "{\"t\":[{\"a\":1},{\"b\":2}]}", "{\"t\":[{\"a\":1,\"b\":2}]}",
            false);
        row("array in array", "{\"t\":[[1,2]]}", "{\"t\":[[1]]}", true);
        row("scalar is not nested array", "{\"t\":[[1]]}", "{\"t\":[1]}", false);
        row("deep in arrays", "{\"o\":[{\"p\":{\"q\":[\"s\",\"r\"]}}]}", "{\"o\":[{\"p\":{\"q\":[\"r\"]}}]}",
            true);
        row("null in array", "{\"t\":[null]}", "{\"t\":[null]}", true);
        row("dotted key is one key", "{\"a.b\":1}", "{\"a.b\":1}", true);
        row("dotted key is not a path", "{\"a\":{\"b\":1}}", "{\"a.b\":1}", false);
        row("bracket key is not a path", "{\"a\":[1]}", "{\"a[0]\":1}", false);
        row("dollar key", "{\"$\":1}", "{\"$\":1}", true);
        row("key with quote", "{\"q\\\"k\":1}", "{\"q\\\"k\":1}", true);
        row("key with quote, other key", "{\"q\":1}", "{\"q\\\"k\":1}", false);
        row("key with backslash", "{\"b\\\\k\":1}", "{\"b\\\\k\":1}", true);
        row("non-ASCII key", "{\"\xc3\xa9t\xc3\xa9\":1}", "{\"\xc3\xa9t\xc3\xa9\":1}", true);
        row("escaped non-ASCII key", "{\"\\u00e9t\\u00e9\":1}", "{\"\xc3\xa9t\xc3\xa9\":1}", true);
        row("SQL in key", "{\"a\":1}", "{\"a'); DROP TABLE messages; --\":1}", false);
        row("SQL in value", "{\"a\":1}", "{\"a\":\"1' OR '1'='1\"}", false);
        row("key with quote inside array", "{\"t\":[{\"q\\\"k\":[true]}]}", "{\"t\":[{\"q\\\"k\":[true]}]}",
            true);
    }

    void containment()
    {
        QFETCH_GLOBAL(QString, backend);
        QFETCH(QByteArray, stored);
        QFETCH(QByteArray, pattern);
        QFETCH(bool, contains);

        Fixture& f = m_shared[backend];
        if (!f.store) {
            f.store = openStore(f.db);
            QVERIFY2(f.store, f.db ? qPrintable(f.db->error()) : "no store");
        }
        // Each row gets streams of its own in the shared store; the stored object goes in as data
        // of one event and as metadata of another.
        const QString stream = QStringLiteral("doc-") + QUuid::createUuid().toString(QUuid::Id128);
        f.store->append(stream,
                        {makeEvent(stream, "Stored", stored), makeEvent(stream, "Meta", "{}", stored)}, -1);

        LogQuery q;
        q.streamName = stream;
        q.types = {"Stored"};
        q.dataContains = pattern;
        LogBatch b = f.store->readLog(q);
        QCOMPARE(b.events.size(), contains ? 1 : 0);
        if (contains)
            QCOMPARE(b.events.first().type, QString("Stored"));

        q.types = {"Meta"};
        q.dataContains.clear();
        q.metadataContains = pattern;
        b = f.store->readLog(q);
        QCOMPARE(b.events.size(), contains ? 1 : 0);
        if (contains)
            QCOMPARE(b.events.first().type, QString("Meta"));

        int scanned = 0;
        q.positionsOnly = true;
        f.store->scanLog(q, [&](const EventView&) {
            ++scanned;
            return true;
        });
        QCOMPARE(scanned, contains ? 1 : 0);
        QVERIFY(f.store->headPosition() > 0); // the table is still there
    }

    void badInput_data()
    {
        QTest::addColumn<bool>("metadata");
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QString>("message");
        QTest::newRow("data, not JSON") << false << QByteArray("amount=1") << "dataContains: not valid JSON";
        QTest::newRow("data, cut off") << false << QByteArray("{\"a\":") << "dataContains: not valid JSON";
        QTest::newRow("data, array") << false << QByteArray("[1]") << "dataContains: must be a JSON object";
        QTest::newRow("data, string") << false << QByteArray("\"a\"") << "dataContains: ";
        QTest::newRow("data, number") << false << QByteArray("1") << "dataContains: ";
        QTest::newRow("metadata, not JSON")
            << true << QByteArray("{a:1}") << "metadataContains: not valid JSON";
        QTest::newRow("metadata, array")
            << true << QByteArray("[]") << "metadataContains: must be a JSON object";
    }

    void badInput()
    {
        QFETCH(bool, metadata);
        QFETCH(QByteArray, pattern);
        QFETCH(QString, message);
        EventStore* store = sampleStore();
        QVERIFY(store);
        LogQuery q;
        (metadata ? q.metadataContains : q.dataContains) = pattern;
        for (int call = 0; call < 2; ++call) {
            try {
                if (call == 0)
                    store->readLog(q);
                else
                    store->scanLog(q, [](const EventView&) { return true; });
                QFAIL("no error for a bad pattern");
            } catch (const StoreError& e) {
                QCOMPARE(e.kind(), StoreError::Kind::BadInput);
                QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
            }
        }
        QCOMPARE(store->readLog(LogQuery{}).events.size(), 8); // the store is still usable
    }

    void positionsOnlyCountsManyRows()
    {
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY2(store, db ? qPrintable(db->error()) : "no store");
        constexpr int Events = 6000;
        for (int batch = 0; batch < Events / 500; ++batch) {
            QList<NewEvent> events;
            for (int i = 0; i < 500; ++i) {
                const int n = batch * 500 + i;
                events << makeEvent("count-1", n % 3 == 0 ? "Third" : "Other",
                                    "{\"n\":" + QByteArray::number(n) +
                                        ",\"even\":" + (n % 2 ? "false" : "true") + "}");
            }
            store->append("count-1", events, std::nullopt);
        }
        LogQuery q;
        q.positionsOnly = true;
        q.limit = 1 << 30;
        qint64 count = 0;
        qint64 previous = 0;
        bool ordered = true;
        LogScan scan = store->scanLog(q, [&](const EventView& v) {
            ordered = ordered && v.globalPosition == previous + 1;
            previous = v.globalPosition;
            ++count;
            return true;
        });
        QCOMPARE(count, Events);
        QVERIFY(ordered);
        QVERIFY(scan.atHead);
        QCOMPARE(scan.safePosition, Events);

        // Every 100th matching row, as the browser's row index keeps them. The matches are
        // n = 6k, at positions 6k + 1.
        q.types = {"Third"};
        q.dataContains = "{\"even\":true}";
        QList<qint64> starts;
        count = 0;
        scan = store->scanLog(q, [&](const EventView& v) {
            if (count++ % 100 == 0)
                starts << v.globalPosition;
            return true;
        });
        QCOMPARE(count, qint64(Events / 6));
        QList<qint64> expected;
        for (int j = 0; j < 10; ++j)
            expected << 600 * j + 1;
        QCOMPARE(starts, expected);
        QVERIFY(scan.atHead);

        // A limit stops the count, with safePosition where it stopped.
        q.limit = 10;
        count = 0;
        scan = store->scanLog(q, [&](const EventView&) {
            ++count;
            return true;
        });
        QCOMPARE(count, 10);
        QCOMPARE(scan.safePosition, 55); // the 10th match: n = 54
        QVERIFY(!scan.atHead);
    }

    void sparseMatchesInOneRead()
    {
        // Two matches 40,000 positions apart: one read finds both (PostgreSQL looks through
        // growing windows of positions rather than returning an empty page per window).
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY2(store, db ? qPrintable(db->error()) : "no store");
        constexpr int Events = 40000;
        BulkSource source(Events);
        QCOMPARE(store->importEvents(source).written, Events);
        LogQuery q;
        q.types = {"Rare"};
        q.limit = 100;
        const LogBatch b = store->readLog(q);
        QCOMPARE(b.events.size(), 2);
        QCOMPARE(b.events.at(0).globalPosition, 1);
        QCOMPARE(b.events.at(1).globalPosition, Events);
        QCOMPARE(b.safePosition, Events);
        QVERIFY(b.atHead);
        // A full page stops at its last event, not at the window's end.
        q.types = {"Common"};
        q.limit = 3;
        const LogBatch page = store->readLog(q);
        QCOMPARE(page.events.size(), 3);
        QCOMPARE(page.safePosition, 4);
        QVERIFY(!page.atHead);
        qint64 count = 0;
        q.limit = 1 << 30;
        q.positionsOnly = true;
        const LogScan scan = store->scanLog(q, [&](const EventView&) { return ++count > 0; });
        QCOMPARE(count, Events - 2);
        QVERIFY(scan.atHead);
    }

    void readEvent()
    {
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY2(store, db ? qPrintable(db->error()) : "no store");
        const NewEvent e = timed("order-5", "Placed", "{\"total\":12.5}", T0, "{\"causationId\":\"x\"}");
        store->append("order-5", {makeEvent("order-5", "Drafted", "{}"), e}, -1);
        const auto found = store->readEvent(e.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->id, e.id);
        QCOMPARE(found->globalPosition, 2);
        QCOMPARE(found->position, 1);
        QCOMPARE(found->streamName, QString("order-5"));
        QCOMPARE(found->type, QString("Placed"));
        QCOMPARE(found->data, QByteArray("{\"total\":12.5}"));
        QCOMPARE(found->metadata, QByteArray("{\"causationId\":\"x\"}"));
        QCOMPARE(found->timeUs, T0);
        QVERIFY(!store->readEvent(QUuid::createUuid()).has_value());
    }

    void positionAtTime()
    {
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY2(store, db ? qPrintable(db->error()) : "no store");
        QCOMPARE(store->positionAtTime(T0), 1); // empty store: head + 1
        // Ten events at T0, T0 + 10 s, …; on PostgreSQL a rolled-back insert leaves a hole at 6.
        for (int i = 0; i < 10; ++i) {
            if (i == 5 && !isSqlite()) {
                PgTestConnection raw(db->conninfo());
                QVERIFY2(
                    raw.exec("BEGIN; INSERT INTO message_store.messages (id, stream_name, position, type,"
                             " data, time) VALUES (gen_random_uuid(), 'hole-1', 0, 'Gone', '{}', now());"
                             " ROLLBACK"),
                    qPrintable(raw.error()));
            }
            const QString stream = QStringLiteral("tick-%1").arg(i);
            store->append(stream, {timed(stream, "Tick", "{}", T0 + i * 10 * Second)}, -1);
        }
        const qint64 head = store->headPosition();
        const auto at = [&](int i) { return !isSqlite() && i >= 5 ? i + 2 : i + 1; }; // position of event i
        QCOMPARE(head, at(9));
        QCOMPARE(store->positionAtTime(T0 - 1000 * Second), 1); // before the first
        QCOMPARE(store->positionAtTime(std::numeric_limits<qint64>::min() + 1), 1);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(store->positionAtTime(T0 + i * 10 * Second), at(i));     // exactly its time
            QCOMPARE(store->positionAtTime(T0 + i * 10 * Second - 1), at(i)); // just before it
            if (i < 9)
                QCOMPARE(store->positionAtTime(T0 + i * 10 * Second + 1), at(i + 1)); // just after it
        }
        QCOMPARE(store->positionAtTime(T0 + 90 * Second + 1), head + 1); // after the last
        QCOMPARE(store->positionAtTime(std::numeric_limits<qint64>::max()), head + 1);
    }

    void interruptStopsARunningRead()
    {
        std::unique_ptr<PgTestDatabase> db;
        auto store = openStore(db);
        QVERIFY2(store, db ? qPrintable(db->error()) : "no store");
        std::unique_ptr<PgTestConnection> locker;
        LogQuery q;
        if (isSqlite()) {
            // A containment filter whose every row walks a long array twenty times: many seconds.
            QByteArray big = "{\"t\":[";
            for (int i = 0; i < 300; ++i)
                big += (i ? ",\"v" : "\"v") + QByteArray::number(i) + "\"";
            big += "]}";
            for (int batch = 0; batch < 20; ++batch) {
                QList<NewEvent> events;
                for (int i = 0; i < 1000; ++i)
                    events << makeEvent("big-1", "Big", big);
                store->append("big-1", events, std::nullopt);
            }
            QByteArray pattern = "{\"t\":[";
            for (int i = 0; i < 20; ++i)
                pattern += (i ? ",\"w" : "\"w") + QByteArray::number(i) + "\"";
            q.dataContains = pattern + "]}";
            q.types = {"Big"};
        } else {
            // A statement that waits for a lock another session holds, until it is cancelled.
            store->append("big-1", {makeEvent("big-1", "Big", "{}")}, -1);
            locker = std::make_unique<PgTestConnection>(db->conninfo());
            QVERIFY2(locker->exec("BEGIN; LOCK TABLE message_store.messages IN ACCESS EXCLUSIVE MODE"),
                     qPrintable(locker->error()));
        }
        q.limit = 10;

        std::atomic<bool> done{false};
        std::optional<StoreError> error;
        QElapsedTimer timer;
        timer.start();
        std::thread reader([&] {
            try {
                store->readLog(q);
            } catch (const StoreError& e) {
                error = e;
            }
            done = true;
        });
        QTest::qWait(200);
        // Repeated: an interrupt before the statement started does nothing.
        while (!done && timer.elapsed() < 20000) {
            store->interrupt();
            QTest::qWait(50);
        }
        reader.join();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(error.has_value());
        QCOMPARE(error->kind(), StoreError::Kind::Cancelled);
        if (locker)
            QVERIFY(locker->exec("ROLLBACK"));

        // The connection stays usable, and an interrupt while nothing runs changes nothing.
        store->interrupt();
        const LogBatch b = store->readLog(LogQuery{});
        QVERIFY(!b.events.isEmpty());
        QCOMPARE(b.events.first().type, QString("Big"));
        store->append("after-1", {makeEvent("after-1", "Written", "{}")}, -1);
        QCOMPARE(store->streamVersion("after-1"), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventFilters)
#include "TestEventFilters.moc"
