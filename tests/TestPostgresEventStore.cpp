#include "EventJson.h"
#include "EventTime.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "StoreContractChecks.h"
#include "StoreError.h"
#include "TestEvents.h"

#include <QTest>

using namespace Rewind;

namespace {

QList<NewEvent> manyEvents(int count, int streams, const QString& category = QStringLiteral("quiz"))
{
    QList<NewEvent> events;
    events.reserve(count);
    for (int i = 0; i < count; ++i) {
        NewEvent e = makeEvent(
            QStringLiteral("%1-%2").arg(category).arg(i % streams), QStringLiteral("QuestionAssigned"),
            QByteArray("{\"i\":") + QByteArray::number(i) + ",\"text\":\"tab\\there, line\\nbreak, \\\\ \"}",
            i % 3 ? QByteArray() : QByteArray("{\"userId\":\"u-") + QByteArray::number(i) + "\"}");
        if (i % 5 == 0)
            e.timeUs = 1700000000000000 + i;
        events.append(e);
    }
    return events;
}

StoreError::Kind kindOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const StoreError& e) {
        return e.kind();
    }
    return StoreError::Kind(0);
}

} // namespace

class TestPostgresEventStore : public QObject
{
    Q_OBJECT

private slots:
    void initCreatesTheLayoutOnce()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        QCOMPARE(store.backendName(), QStringLiteral("postgresql"));
        QVERIFY(!store.hasSchema());
        QCOMPARE(store.initialize(), InitResult::Created);
        QVERIFY(store.hasSchema());

        PgTestConnection sql(db.conninfo());
        QVERIFY2(sql.isValid(), qPrintable(sql.error()));
        const auto table = [&](const char* query) {
            if (!sql.exec(QString::fromUtf8(query)))
                return sql.error();
            QStringList lines;
            for (const QStringList& row : sql.rows())
                lines << row.join(QLatin1Char('|'));
            return lines.join(QLatin1Char('\n'));
        };
        QCOMPARE(
            table("SELECT column_name, data_type, coalesce(column_default, ''), is_nullable"
                  " FROM information_schema.columns WHERE table_schema = 'message_store'"
                  " AND table_name = 'messages' ORDER BY ordinal_position"),
            QStringLiteral(
                "global_position|bigint|nextval('message_store.messages_global_position_seq'::regclass)|NO\n"
                "position|bigint||NO\n"
                "time|timestamp without time zone|(now() AT TIME ZONE 'utc'::text)|NO\n"
                "stream_name|text||NO\n"
                "type|text||NO\n"
                "data|jsonb||YES\n"
                "metadata|jsonb||YES\n"
                "id|uuid|gen_random_uuid()|NO"));
        QCOMPARE(table("SELECT indexname FROM pg_indexes WHERE schemaname = 'message_store' ORDER BY 1"),
                 QStringLiteral("messages_category\nmessages_id\nmessages_pkey\nmessages_stream"));
        QCOMPARE(table("SELECT indexdef FROM pg_indexes WHERE indexname IN ('messages_id', "
                       "'messages_stream') ORDER BY 1"),
                 QStringLiteral("CREATE UNIQUE INDEX messages_id ON message_store.messages USING btree (id)\n"
                                "CREATE UNIQUE INDEX messages_stream ON message_store.messages USING btree "
                                "(stream_name, \"position\")"));
        QCOMPARE(table("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                       " WHERE n.nspname = 'message_store' ORDER BY 1"),
                 QStringLiteral("acquire_lock\ncardinal_id\ncategory\nget_category_messages\n"
                                "get_last_stream_message\nget_stream_messages\nhash_64\nid\nis_category\n"
                                "message_store_version\nstream_version\nwrite_message"));
        QCOMPARE(sql.value(QStringLiteral("SELECT to_regtype('message_store.message')::text")).value(),
                 QStringLiteral("message_store.message"));
        QCOMPARE(
            sql.value(QStringLiteral("SELECT value FROM rewind.schema_info WHERE key = 'schema_version'"))
                .value(),
            QStringLiteral("4"));

        // A second init changes nothing: same objects, same definitions.
        const QString catalog = QStringLiteral(
            "SELECT string_agg(c, ';' ORDER BY c) FROM ("
            " SELECT p.oid::text || pg_get_functiondef(p.oid) AS c FROM pg_proc p"
            "  JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN ('message_store', 'rewind')"
            " UNION ALL SELECT c.oid::text || c.relname FROM pg_class c"
            "  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('message_store', 'rewind')"
            " UNION ALL SELECT key || '=' || coalesce(value, '') FROM rewind.schema_info) AS t");
        const auto before = sql.value(catalog);
        QVERIFY(before.has_value());
        PostgresEventStore again(db.conninfo());
        QCOMPARE(again.initialize(), InitResult::AlreadyPresent);
        QCOMPARE(sql.value(catalog), before);
        QVERIFY2(again.serverVersion().startsWith(QLatin1String("PostgreSQL ")),
                 qPrintable(again.serverVersion()));
    }

    void appendAndReadBackEveryField()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        const QString stream = QStringLiteral("quiz-Zoë✓");
        NewEvent e =
            makeEvent(stream, QStringLiteral("QuizStarted"),
                      "{\"quizId\":\"1\",\"name\":\"Zoë ✓ \\\"quoted\\\" \\\\ 𝄞\",\"n\":[1,2.5,null,true]}",
                      "{\"userId\":\"student-1\",\"nested\":{\"a\":\"b\"}}");
        e.timeUs = 1757318400123456;
        NewEvent f = makeEvent(stream, QStringLiteral("QuestionAssigned"), "{\"questionId\":442}");
        f.timeUs = 946684800000001; // one microsecond after PostgreSQL's own epoch
        const AppendResult r = store.append(stream, {e, f}, -1);
        QCOMPARE(r.firstPosition, 0);
        QCOMPARE(r.lastPosition, 1);
        QCOMPARE(r.written, 2);
        QCOMPARE(r.lastGlobalPosition, 2);

        NewEvent g = makeEvent(stream, QStringLiteral("QuizPassed"), "{}");
        const qint64 before = EventTime::nowUs();
        const AppendResult single = store.append(stream, {g}, 1);
        QCOMPARE(single.firstPosition, 2);
        QCOMPARE(single.lastGlobalPosition, 3);

        const auto events = store.readStream(stream, 0, 10);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].globalPosition, 1);
        QCOMPARE(events[0].position, 0);
        QCOMPARE(events[0].timeUs, 1757318400123456);
        QCOMPARE(events[0].streamName, stream);
        QCOMPARE(events[0].type, QStringLiteral("QuizStarted"));
        QCOMPARE(EventJson::canonicalObject(events[0].data), EventJson::canonicalObject(e.data));
        QVERIFY2(!events[0].data.contains(": "), events[0].data.constData()); // compact
        QCOMPARE(EventJson::canonicalObject(events[0].metadata), EventJson::canonicalObject(e.metadata));
        QCOMPARE(events[0].id, e.id);
        QCOMPARE(events[1].timeUs, 946684800000001);
        QVERIFY(events[1].metadata.isEmpty());
        QCOMPARE(events[1].data, QByteArray("{\"questionId\":442}"));
        QCOMPARE(events[2].id, g.id);
        QVERIFY(events[2].metadata.isEmpty());
        QVERIFY2(events[2].timeUs >= before - 5'000'000 && events[2].timeUs <= EventTime::nowUs() + 5'000'000,
                 qPrintable(QString::fromLatin1(EventTime::toIso(events[2].timeUs))));
        QCOMPARE(store.readStream(stream, 1, 10).size(), 2);
        QCOMPARE(store.readStream(stream, 0, 1).size(), 1);
        QCOMPARE(store.readLog(LogQuery{}).events, events);
    }

    void expectedVersion_data()
    {
        QTest::addColumn<int>("existing");
        QTest::addColumn<bool>("anyVersion");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<bool>("conflict");
        // One event goes through write_message, several through Rewind's own transaction.
        for (const int batch : {1, 3}) {
            const char* kind = batch == 1 ? "single" : "batch";
            QTest::addRow("%s: none, new stream", kind) << 0 << true << qint64(0) << batch << false;
            QTest::addRow("%s: none, existing stream", kind) << 3 << true << qint64(0) << batch << false;
            QTest::addRow("%s: -1, new stream", kind) << 0 << false << qint64(-1) << batch << false;
            QTest::addRow("%s: -1, existing stream", kind) << 2 << false << qint64(-1) << batch << true;
            QTest::addRow("%s: N right", kind) << 3 << false << qint64(2) << batch << false;
            QTest::addRow("%s: N stale", kind) << 3 << false << qint64(1) << batch << true;
            QTest::addRow("%s: N ahead", kind) << 3 << false << qint64(5) << batch << true;
            QTest::addRow("%s: 0 on new stream", kind) << 0 << false << qint64(0) << batch << true;
        }
    }
    void expectedVersion()
    {
        QFETCH(int, existing);
        QFETCH(bool, anyVersion);
        QFETCH(qint64, expected);
        QFETCH(int, batchSize);
        QFETCH(bool, conflict);
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        const QString stream = QStringLiteral("question-7");
        for (int i = 0; i < existing; ++i)
            store.append(stream, {makeEvent(stream, QStringLiteral("T"), "{}")}, std::nullopt);
        QList<NewEvent> batch;
        for (int i = 0; i < batchSize; ++i)
            batch.append(makeEvent(stream, QStringLiteral("A"), "{\"i\":1}"));
        const ExpectedVersion ev = anyVersion ? ExpectedVersion() : ExpectedVersion(expected);
        try {
            const AppendResult r = store.append(stream, batch, ev);
            QVERIFY2(!conflict, "append should have conflicted");
            QCOMPARE(r.firstPosition, existing);
            QCOMPARE(r.lastPosition, existing + batchSize - 1);
            QCOMPARE(r.written, batchSize);
            QCOMPARE(r.lastGlobalPosition, existing + batchSize);
        } catch (const StoreError& e) {
            QVERIFY2(conflict, qPrintable(e.message()));
            QCOMPARE(e.kind(), StoreError::Kind::Conflict);
            QVERIFY2(e.message().contains(stream), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("expected %1").arg(expected)),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("actual %1").arg(existing - 1)),
                     qPrintable(e.message()));
        }
        QCOMPARE(store.streamVersion(stream), conflict ? existing - 1 : existing + batchSize - 1);
        QCOMPARE(store.headPosition(), conflict ? existing : existing + batchSize);
    }

    void conflictingBatchWritesNothing()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        const QString stream = QStringLiteral("course-1");
        const NewEvent stored = makeEvent(stream, QStringLiteral("CourseCreated"), "{\"title\":\"A\"}");
        store.append(stream, {stored, makeEvent(stream, QStringLiteral("ChapterAdded"), "{}")}, -1);
        QCOMPARE(kindOf([&] {
                     store.append(stream,
                                  {makeEvent(stream, QStringLiteral("X"), "{}"),
                                   makeEvent(stream, QStringLiteral("Y"), "{}")},
                                  0);
                 }),
                 StoreError::Kind::Conflict);
        // The second event clashes with a stored id: the first must not stay behind either.
        NewEvent clash = stored;
        clash.data = "{\"title\":\"B\"}";
        QCOMPARE(kindOf([&] {
                     store.append(stream, {makeEvent(stream, QStringLiteral("X"), "{}"), clash}, 1);
                 }),
                 StoreError::Kind::BadInput);
        QCOMPARE(store.streamVersion(stream), 1);
        QCOMPARE(store.headPosition(), 2);
    }

    void idempotentReappend_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<bool>("withTime");
        QTest::newRow("single, write_message") << 1 << false;
        QTest::newRow("single with time") << 1 << true;
        QTest::newRow("batch") << 3 << false;
    }
    void idempotentReappend()
    {
        QFETCH(int, batchSize);
        QFETCH(bool, withTime);
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        const QString stream = QStringLiteral("a-1");
        store.append(stream, {makeEvent(stream, QStringLiteral("T"), "{}")}, std::nullopt);
        QList<NewEvent> batch;
        for (int i = 0; i < batchSize; ++i) {
            NewEvent e = makeEvent(stream, QStringLiteral("T"), "{\"x\":1,\"y\":[2,3]}");
            if (withTime)
                e.timeUs = 1700000000000000;
            batch.append(e);
        }
        const AppendResult first = store.append(stream, batch, 0);
        QCOMPARE(first.firstPosition, 1);
        QCOMPARE(first.written, batchSize);

        // A retry after a lost acknowledgement, keys in another order, with the expected version
        // of the first attempt (now stale) or none: nothing new, the stored positions come back.
        for (const ExpectedVersion ev : {ExpectedVersion(0), ExpectedVersion()}) {
            QList<NewEvent> retry = batch;
            for (NewEvent& e : retry)
                e.data = "{\"y\": [2, 3], \"x\": 1}";
            const AppendResult r = store.append(stream, retry, ev);
            QCOMPARE(r.written, 0);
            QCOMPARE(r.firstPosition, 1);
            QCOMPARE(r.lastPosition, batchSize);
            QCOMPARE(r.lastGlobalPosition, first.lastGlobalPosition);
        }
        QCOMPARE(store.headPosition(), 1 + batchSize);

        // Same id, different content: refused, naming the id and where it is stored.
        NewEvent clash = batch.last();
        clash.data = "{\"x\":2}";
        try {
            store.append(stream, {clash}, std::nullopt);
            QFAIL("same id with other data was accepted");
        } catch (const StoreError& error) {
            QCOMPARE(error.kind(), StoreError::Kind::BadInput);
            QVERIFY2(error.message().startsWith(
                         QStringLiteral("id %1: already stored with different content (stream a-1")
                             .arg(clash.id.toString(QUuid::WithoutBraces))),
                     qPrintable(error.message()));
        }
        NewEvent otherStream = batch.first();
        otherStream.streamName = QStringLiteral("a-2");
        QCOMPARE(kindOf([&] { store.append(QStringLiteral("a-2"), {otherStream}, std::nullopt); }),
                 StoreError::Kind::BadInput);
        QCOMPARE(store.headPosition(), 1 + batchSize);
    }

    void appendRefusesBadInput()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        const QString s = QStringLiteral("a-1");
        QCOMPARE(kindOf([&] { store.append(s, {makeEvent(s, QStringLiteral("T"), "[1]")}, std::nullopt); }),
                 StoreError::Kind::BadInput);
        QCOMPARE(
            kindOf([&] { store.append(s, {makeEvent(s, QStringLiteral("T"), "{}", "7")}, std::nullopt); }),
            StoreError::Kind::BadInput);
        QCOMPARE(kindOf([&] {
                     store.append(s, {makeEvent(QStringLiteral("b-1"), QStringLiteral("T"), "{}")},
                                  std::nullopt);
                 }),
                 StoreError::Kind::BadInput);
        QCOMPARE(kindOf([&] { store.append(s, {makeEvent(s, QString(), "{}")}, std::nullopt); }),
                 StoreError::Kind::BadInput);
        QCOMPARE(store.headPosition(), 0);
    }

    void readLogFiltersAndPages()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        const auto add = [&](const QString& stream, const QString& type) {
            store.append(stream, {makeEvent(stream, type, "{}")}, std::nullopt);
        };
        for (int i = 0; i < 5; ++i) {
            add(QStringLiteral("quiz-%1").arg(i), QStringLiteral("QuizStarted"));
            add(QStringLiteral("student-%1").arg(i), QStringLiteral("StudentLoggedIn"));
            add(QStringLiteral("quiz-%1").arg(i), QStringLiteral("QuizPassed"));
        }
        LogBatch b = store.readLog(LogQuery{});
        QCOMPARE(b.events.size(), 15);
        QCOMPARE(b.safePosition, 15);
        QVERIFY(b.atHead);
        for (int i = 0; i < 15; ++i)
            QCOMPARE(b.events[i].globalPosition, i + 1);

        LogQuery quizzes;
        quizzes.category = QStringLiteral("quiz");
        b = store.readLog(quizzes);
        QCOMPARE(b.events.size(), 10);
        QCOMPARE(b.safePosition, 15);
        QVERIFY(b.atHead);
        for (const auto& e : b.events)
            QVERIFY(e.streamName.startsWith(QLatin1String("quiz-")));

        LogQuery typed;
        typed.types = {QStringLiteral("QuizPassed"), QStringLiteral("StudentLoggedIn")};
        typed.afterGlobalPosition = 6;
        b = store.readLog(typed);
        QCOMPARE(b.events.size(), 6);
        QCOMPARE(b.events.first().globalPosition, 8);
        QCOMPARE(b.safePosition, 15);

        LogQuery both;
        both.category = QStringLiteral("quiz");
        both.types = {QStringLiteral("QuizPassed")};
        both.limit = 2;
        b = store.readLog(both);
        QCOMPARE(b.events.size(), 2);
        QCOMPARE(b.events[0].globalPosition, 3);
        QCOMPARE(b.events[1].globalPosition, 6);
        QCOMPARE(b.safePosition, 6); // the limit was reached: continue after the last event
        QVERIFY(!b.atHead);
        both.afterGlobalPosition = b.safePosition;
        b = store.readLog(both);
        QCOMPARE(b.events.first().globalPosition, 9);

        LogQuery paged;
        paged.limit = 4;
        b = store.readLog(paged);
        QCOMPARE(b.events.size(), 4);
        QCOMPARE(b.safePosition, 4);
        QVERIFY(!b.atHead);
        paged.afterGlobalPosition = 12;
        b = store.readLog(paged);
        QCOMPARE(b.events.size(), 3);
        QCOMPARE(b.safePosition, 15);
        QVERIFY(b.atHead);

        LogQuery none;
        none.types = {QStringLiteral("Nothing")};
        b = store.readLog(none);
        QVERIFY(b.events.isEmpty());
        QCOMPARE(b.safePosition, 15); // a filter that matches nothing still moves the reader on
        QVERIFY(b.atHead);

        LogQuery past;
        past.afterGlobalPosition = 15;
        b = store.readLog(past);
        QVERIFY(b.events.isEmpty());
        QCOMPARE(b.safePosition, 15);
        QVERIFY(b.atHead);
    }

    void countsAndVersions()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        QCOMPARE(store.streamVersion(QStringLiteral("a-1")), -1);
        QCOMPARE(store.headPosition(), 0);
        QVERIFY(store.categories().isEmpty());
        const auto one = [](const QString& s) {
            return QList<NewEvent>{makeEvent(s, QStringLiteral("T"), "{}")};
        };
        store.append(QStringLiteral("a-1"), one(QStringLiteral("a-1")) + one(QStringLiteral("a-1")),
                     std::nullopt);
        store.append(QStringLiteral("a-2"), one(QStringLiteral("a-2")), std::nullopt);
        store.append(QStringLiteral("a-B"), one(QStringLiteral("a-B")), std::nullopt);
        store.append(QStringLiteral("b"), one(QStringLiteral("b")), std::nullopt);
        store.append(QStringLiteral("B-1"), one(QStringLiteral("B-1")), std::nullopt);
        QCOMPARE(store.streamVersion(QStringLiteral("a-1")), 1);
        QCOMPARE(store.headPosition(), 6);
        const auto categories = store.categories();
        QCOMPARE(categories.size(), 3);
        QCOMPARE(categories[0].name, QStringLiteral("B")); // byte order, as SQLite sorts
        QCOMPARE(categories[1].name, QStringLiteral("a"));
        QCOMPARE(categories[1].streamCount, 3);
        QCOMPARE(categories[1].eventCount, 4);
        QCOMPARE(categories[2].name, QStringLiteral("b"));
        QCOMPARE(categories[2].eventCount, 1);
        const auto streams = store.streams(QStringLiteral("a"), QString(), 10);
        QCOMPARE(streams.size(), 3);
        QCOMPARE(streams[0].name, QStringLiteral("a-1"));
        QCOMPARE(streams[0].eventCount, 2);
        QCOMPARE(streams[0].version, 1);
        QCOMPARE(streams[0].lastGlobalPosition, 2);
        QCOMPARE(streams[1].name, QStringLiteral("a-2"));
        QCOMPARE(streams[2].name, QStringLiteral("a-B"));
        const auto page = store.streams(QStringLiteral("a"), QStringLiteral("a-1"), 1);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page[0].name, QStringLiteral("a-2"));
    }

    void importReadsBackIdentical()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        store.append(QStringLiteral("quiz-1"),
                     {makeEvent(QStringLiteral("quiz-1"), QStringLiteral("T"), "{}")}, std::nullopt);
        QList<NewEvent> events = manyEvents(400, 13);
        // Names the COPY text format must escape, and times on both sides of midnight and 1970.
        events[5].streamName = QStringLiteral("quiz-Zoë\\tab\there✓");
        events[5].type = QStringLiteral("Typ\\é\n");
        events[6].timeUs = 86399999999;
        events[7].timeUs = 86400000000;
        events[8].timeUs = 0;
        ListSource source(events);
        qint64 lastProgress = -1;
        const ImportResult r = store.importEvents(source, [&](qint64 done) { lastProgress = done; });
        QCOMPARE(r.written, 400);
        QCOMPARE(r.duplicates, 0);
        QCOMPARE(r.lastGlobalPosition, 401);
        QCOMPARE(lastProgress, 400);

        QHash<QString, qint64> next{{QStringLiteral("quiz-1"), 1}};
        LogQuery q;
        q.afterGlobalPosition = 1;
        q.limit = 1000;
        const LogBatch b = store.readLog(q);
        QCOMPARE(b.events.size(), 400);
        for (int i = 0; i < 400; ++i) {
            const RecordedEvent& got = b.events[i];
            const NewEvent& want = events[i];
            QCOMPARE(got.globalPosition, i + 2);
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.streamName, want.streamName);
            QCOMPARE(got.position, next[want.streamName]++); // positions per stream, in source order
            QCOMPARE(got.type, want.type);
            QCOMPARE(EventJson::canonicalObject(got.data), EventJson::canonicalObject(want.data));
            QCOMPARE(EventJson::canonicalObject(got.metadata), EventJson::canonicalObject(want.metadata));
            if (want.timeUs != NewEvent::StoreClock)
                QCOMPARE(got.timeUs, want.timeUs);
            else
                QVERIFY(qAbs(got.timeUs - EventTime::nowUs()) < 60'000'000);
        }
        QCOMPARE(store.streamVersion(QStringLiteral("quiz-1")), 31); // 1 appended + 31 imported
        QCOMPARE(store.streamVersion(events[5].streamName), 0);
    }

    void importSpansSeveralChunks()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        const QList<NewEvent> events = manyEvents(40000, 5000);
        ListSource source(events);
        QList<qint64> progress;
        const ImportResult r = store.importEvents(source, [&](qint64 done) { progress.append(done); });
        QCOMPARE(r.written, 40000);
        QCOMPARE(r.lastGlobalPosition, 40000);
        QVERIFY(progress.size() >= 9);
        QCOMPARE(progress.last(), 40000);
        QCOMPARE(store.streamVersion(QStringLiteral("quiz-4999")), 7);
        const auto last = store.readStream(QStringLiteral("quiz-4999"), 7, 1);
        QCOMPARE(last.size(), 1);
        QCOMPARE(last[0].id, events[39999].id);

        // Again, plus new events: only the new ones are written, in every chunk.
        QList<NewEvent> again = events;
        again += manyEvents(100, 10, QStringLiteral("late"));
        ListSource repeat(again);
        const ImportResult r2 = store.importEvents(repeat);
        QCOMPARE(r2.written, 100);
        QCOMPARE(r2.duplicates, 40000);
        QCOMPARE(store.headPosition(), r2.lastGlobalPosition);
        QCOMPARE(store.streamVersion(QStringLiteral("late-3")), 9);
    }

    void importThatFailsWritesNothing_data()
    {
        QTest::addColumn<int>("failAt");
        QTest::newRow("in the first chunk") << 150;
        QTest::newRow("while a COPY is in flight") << 20000;
    }
    void importThatFailsWritesNothing()
    {
        QFETCH(int, failAt);
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        store.append(QStringLiteral("quiz-1"),
                     {makeEvent(QStringLiteral("quiz-1"), QStringLiteral("T"), "{}")}, std::nullopt);
        ListSource failing(manyEvents(25000, 100), failAt);
        try {
            store.importEvents(failing);
            QFAIL("the source's error was swallowed");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::BadInput);
            QCOMPARE(e.message(), QStringLiteral("list:%1: data: broken on purpose").arg(failAt + 1));
        }
        QCOMPARE(store.headPosition(), 1);
        // The connection is usable afterwards.
        QCOMPARE(store
                     .append(QStringLiteral("quiz-1"),
                             {makeEvent(QStringLiteral("quiz-1"), QStringLiteral("T"), "{}")}, 0)
                     .lastPosition,
                 1);
    }

    void importIsIdempotent()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        const QList<NewEvent> events = manyEvents(300, 7);
        ListSource source(events);
        QCOMPARE(store.importEvents(source).written, 300);

        ListSource again(events);
        const ImportResult repeat = store.importEvents(again);
        QCOMPARE(repeat.written, 0);
        QCOMPARE(repeat.duplicates, 300);
        QCOMPARE(store.headPosition(), 300);

        // An export read back in carries its positions: still repeats, not position errors.
        QList<NewEvent> exported;
        for (const RecordedEvent& e : store.readLog(LogQuery{}).events) {
            NewEvent n = makeEvent(e.streamName, e.type, e.data, e.metadata);
            n.id = e.id;
            n.position = e.position;
            n.timeUs = e.timeUs;
            exported.append(n);
        }
        ListSource exportSource(exported);
        const ImportResult fromExport = store.importEvents(exportSource);
        QCOMPARE(fromExport.written, 0);
        QCOMPARE(fromExport.duplicates, 300);
        QCOMPARE(store.headPosition(), 300);
    }

    void importRefusesClashesAndBadPositions()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        const QList<NewEvent> events = manyEvents(50, 5);
        ListSource source(events);
        store.importEvents(source);

        QList<NewEvent> clashing = manyEvents(20, 5, QStringLiteral("other"));
        NewEvent clash = events[7];
        clash.data = "{\"changed\":true}";
        clashing.insert(10, clash);
        ListSource clashSource(clashing);
        try {
            store.importEvents(clashSource);
            QFAIL("a clashing id was accepted");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::BadInput);
            QVERIFY2(
                e.message().startsWith(QStringLiteral("list:11: id %1: already stored with different content")
                                           .arg(clash.id.toString(QUuid::WithoutBraces))),
                qPrintable(e.message()));
        }
        QCOMPARE(store.headPosition(), 50);

        NewEvent first = makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{}");
        first.position = 0;
        NewEvent skipping = makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{}");
        skipping.position = 2;
        ListSource gapSource({first, skipping});
        try {
            store.importEvents(gapSource);
            QFAIL("accepted a position gap");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::BadInput);
            QVERIFY2(e.message().startsWith(QLatin1String("list:2: position: expected 1, got 2")),
                     qPrintable(e.message()));
        }

        QList<NewEvent> badJson = manyEvents(10, 2, QStringLiteral("json"));
        badJson[6].data = "{\"unterminated\": ";
        ListSource badSource(badJson);
        try {
            store.importEvents(badSource);
            QFAIL("accepted data that is not JSON");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::BadInput);
            QVERIFY2(e.message().startsWith(QLatin1String("list:7: data: ")), qPrintable(e.message()));
        }

        // The same id twice in one import with the same content is one event.
        QList<NewEvent> twice = manyEvents(3, 1, QStringLiteral("twice"));
        twice.append(twice[1]);
        ListSource twiceSource(twice);
        const ImportResult r = store.importEvents(twiceSource);
        QCOMPARE(r.written, 3);
        QCOMPARE(r.duplicates, 1);
        // Rolled-back attempts used sequence values, so count events rather than read the head.
        qint64 stored = 0;
        for (const CategoryInfo& c : store.categories())
            stored += c.eventCount;
        QCOMPARE(stored, 53);
        QCOMPARE(store.streamVersion(QStringLiteral("twice-0")), 2);
    }

    void withoutSchemaEverythingIsUnreachable()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        QVERIFY(!store.hasSchema());
        try {
            store.readStream(QStringLiteral("a-1"), 0, 10);
            QFAIL("read a database without a message store");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
            QVERIFY2(
                e.message().contains(QLatin1String("schema message_store is missing; run `rewind init`")),
                qPrintable(e.message()));
        }
        QCOMPARE(kindOf([&] { store.readLog(LogQuery{}); }), StoreError::Kind::Unreachable);
        QCOMPARE(kindOf([&] { store.headPosition(); }), StoreError::Kind::Unreachable);
        QCOMPARE(kindOf([&] { store.streamVersion(QStringLiteral("a-1")); }), StoreError::Kind::Unreachable);
        QCOMPARE(kindOf([&] { store.categories(); }), StoreError::Kind::Unreachable);
        QCOMPARE(kindOf([&] { store.streams(QStringLiteral("a"), {}, 10); }), StoreError::Kind::Unreachable);
        QCOMPARE(kindOf([&] {
                     store.append(QStringLiteral("a-1"),
                                  {makeEvent(QStringLiteral("a-1"), QStringLiteral("T"), "{}")},
                                  std::nullopt);
                 }),
                 StoreError::Kind::Unreachable);
        ListSource source(manyEvents(3, 1));
        QCOMPARE(kindOf([&] { store.importEvents(source); }), StoreError::Kind::Unreachable);
    }

    void applicationNameIsTheUsersWhenGiven()
    {
        REWIND_PG_DATABASE(db);
        {
            PostgresEventStore init(db.conninfo());
            init.initialize();
        }
        PgTestConnection admin(db.conninfo());
        const QString others = QStringLiteral(
            "SELECT coalesce(string_agg(DISTINCT application_name, ','), '') FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client "
            "backend'");
        const auto nameOf = [&](const QString& conninfo) {
            // A closed session's backend leaves on its own time: wait until the last one has gone.
            for (int i = 0; i < 100 && !admin.value(others).value_or(QStringLiteral("?")).isEmpty(); ++i)
                QTest::qWait(50);
            PostgresEventStore store(conninfo);
            store.headPosition();
            return admin.value(others).value_or(QStringLiteral("?"));
        };
        QCOMPARE(nameOf(db.conninfo()), QStringLiteral("rewind"));
        QCOMPARE(nameOf(db.conninfo() + QStringLiteral(" application_name=ops-console")),
                 QStringLiteral("ops-console"));
        qputenv("PGAPPNAME", "from-environment");
        const QString fromEnvironment = nameOf(db.conninfo());
        qunsetenv("PGAPPNAME");
        QCOMPARE(fromEnvironment, QStringLiteral("from-environment"));
    }

    void droppedConnectionIsUnreachableThenReconnects()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        const QString s = QStringLiteral("a-1");
        store.append(s, {makeEvent(s, QStringLiteral("T"), "{}")}, -1);
        PgTestConnection admin(db.conninfo());
        QVERIFY(admin.exec(
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                           " WHERE datname = current_database() AND application_name = 'rewind'")));
        QCOMPARE(admin.rows().size(), 1);
        QTest::qWait(200); // the backend exits on its own time
        try {
            store.headPosition();
            QFAIL("a dropped connection went unnoticed");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
            QVERIFY2(e.message().contains(QLatin1String("connection")), qPrintable(e.message()));
        }
        // The next call connects again, with its prepared statements prepared again.
        QCOMPARE(store.headPosition(), 1);
        QCOMPARE(store.append(s, {makeEvent(s, QStringLiteral("T"), "{}")}, 0).lastPosition, 1);
        QCOMPARE(store.readStream(s, 0, 10).size(), 2);
    }

    void closedPortIsUnreachable()
    {
        // Port 1 on the loopback interface: nothing listens there, the connection is refused.
        try {
            PostgresEventStore store(
                QStringLiteral("host=127.0.0.1 port=1 dbname=nothing password=hunter2 connect_timeout=5"));
            QFAIL("connected to a closed port");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
            QVERIFY2(e.message().startsWith(QLatin1String("cannot connect to PostgreSQL: ")),
                     qPrintable(e.message()));
            QVERIFY2(!e.message().contains(QLatin1String("hunter2")), qPrintable(e.message()));
        }
        QCOMPARE(kindOf([] {
                     PostgresEventStore store(
                         QStringLiteral("postgresql://127.0.0.1:1/nothing?connect_timeout=5"));
                 }),
                 StoreError::Kind::Unreachable);
        QCOMPARE(kindOf([] { PostgresEventStore store(QStringLiteral("host=localhost nonsense=1")); }),
                 StoreError::Kind::BadInput);
    }

    void displayAddressHidesThePassword()
    {
        REWIND_PG_DATABASE(db);
        // Under trust authentication any password is accepted; otherwise use the real one.
        const QString password = qEnvironmentVariableIsSet("PGPASSWORD") ? qEnvironmentVariable("PGPASSWORD")
                                                                         : QStringLiteral("hunter2");
        PostgresEventStore store(db.conninfo() + QStringLiteral(" password='%1'").arg(password));
        QVERIFY2(store.displayAddress().startsWith(QLatin1String("postgresql:")),
                 qPrintable(store.displayAddress()));
        QVERIFY2(store.displayAddress().contains(db.name()), qPrintable(store.displayAddress()));
        QVERIFY2(!store.displayAddress().contains(password), qPrintable(store.displayAddress()));
    }

    void scanLogMatchesReadLog()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        checkScanMatchesRead(store);
    }

    void projectionSnapshotsRoundTrip()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        checkProjectionSnapshots(store);
    }

    void streamSnapshotsRoundTrip()
    {
        REWIND_PG_DATABASE(db);
        PostgresEventStore store(db.conninfo());
        store.initialize();
        checkStreamSnapshots(store);
    }
};

QTEST_GUILESS_MAIN(TestPostgresEventStore)
#include "TestPostgresEventStore.moc"
