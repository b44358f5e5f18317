// Rewind and Eventide's Message DB share one database. The real Message DB is
// installed from its npm package's `database` directory, named by REWIND_MESSAGE_DB_DIR; its
// functions and Rewind's must see each other's writes, conflicts included, and Rewind's own
// message-store.sql must answer like the real thing.

#include "EventJson.h"
#include "MessageDbInstaller.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "StoreError.h"
#include "TestEvents.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <variant>

using namespace Rewind;

namespace {

// A raw session the way Eventide clients have it: Message DB's functions on the search path.
struct EventideSession : PgTestConnection
{
    explicit EventideSession(const QString& conninfo) : PgTestConnection(conninfo)
    {
        exec(QStringLiteral("SET search_path = message_store, public"));
    }
    // write_message; returns the position, or the error message.
    std::variant<qint64, QString> write(const QString& id, const QString& stream, const QString& type,
                                        const QString& data, const QString& metadata = {},
                                        std::optional<qint64> expected = std::nullopt)
    {
        const bool ok =
            exec(QStringLiteral("SELECT write_message($1, $2, $3, $4::jsonb, nullif($5, '')::jsonb,"
                                " nullif($6, '')::bigint)"),
                 {id, stream, type, data, metadata, expected ? QString::number(*expected) : QString()});
        if (!ok)
            return error();
        return rows().first().first().toLongLong();
    }
};

QString catalogOf(PgTestConnection& sql, const QString& schema)
{
    // Every object of the schema with its oid and definition: any change to it changes this text.
    const auto text = sql.value(
        QStringLiteral("SELECT string_agg(c, E'\\n' ORDER BY c) FROM ("
                       " SELECT 'f ' || p.oid || ' ' || pg_get_functiondef(p.oid) AS c FROM pg_proc p"
                       "  WHERE p.pronamespace = to_regnamespace($1)"
                       " UNION ALL SELECT 'r ' || c.oid || ' ' || c.relname || ' ' || c.relkind || ' '"
                       "  || coalesce(pg_get_indexdef(c.oid), '') FROM pg_class c WHERE c.relnamespace = "
                       "to_regnamespace($1)"
                       " UNION ALL SELECT 't ' || t.oid || ' ' || t.typname FROM pg_type t"
                       "  WHERE t.typnamespace = to_regnamespace($1)"
                       " UNION ALL SELECT 'a ' || a.attrelid::regclass || ' ' || a.attname || ' ' || "
                       "format_type(a.atttypid, a.atttypmod)"
                       "  || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') FROM pg_attribute a"
                       "  JOIN pg_class c ON c.oid = a.attrelid LEFT JOIN pg_attrdef d ON d.adrelid = "
                       "a.attrelid AND d.adnum = a.attnum"
                       "  WHERE c.relnamespace = to_regnamespace($1) AND a.attnum > 0"
                       " UNION ALL SELECT 'g ' || coalesce(n.nspacl::text, '') FROM pg_namespace n WHERE "
                       "n.oid = to_regnamespace($1)"
                       ") AS t"),
        {schema});
    return text.value_or(sql.error());
}

} // namespace

class TestMessageDbInterop : public QObject
{
    Q_OBJECT

private:
    // A database with the message store of `layout`: "message-db" (Eventide's installer, then
    // `rewind init`) or "rewind" (`rewind init` alone).
    static QString setUp(const QString& layout, const PgTestDatabase& db)
    {
        if (layout == QLatin1String("message-db")) {
            const QString error = installMessageDb(db.conninfo());
            if (!error.isEmpty())
                return error;
        }
        PostgresEventStore store(db.conninfo());
        const InitResult r = store.initialize();
        const InitResult want =
            layout == QLatin1String("message-db") ? InitResult::RewindAdded : InitResult::Created;
        return r == want ? QString() : QStringLiteral("initialize() returned %1").arg(int(r));
    }

    static void layouts()
    {
        QTest::addColumn<QString>("layout");
        QTest::newRow("Message DB's own SQL") << QStringLiteral("message-db");
        QTest::newRow("Rewind's message-store.sql") << QStringLiteral("rewind");
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            !qEnvironmentVariable("REWIND_MESSAGE_DB_DIR").isEmpty(),
            "REWIND_MESSAGE_DB_DIR is not set: point it at the `database` directory of the message-db npm "
            "package (for example /tmp/mdb/package/database)");
    }

    void initLeavesMessageDbUntouched()
    {
        REWIND_PG_DATABASE(db);
        const QString error = installMessageDb(db.conninfo());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EventideSession eventide(db.conninfo());
        QVERIFY(std::holds_alternative<qint64>(
            eventide.write(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("account-1"),
                           QStringLiteral("Opened"), QStringLiteral("{}"))));
        const QString before = catalogOf(eventide, QStringLiteral("message_store"));
        const auto writeMessageOid = eventide.value(QStringLiteral(
            "SELECT "
            "'message_store.write_message(varchar,varchar,varchar,jsonb,jsonb,bigint)'::regprocedure::oid"));
        QVERIFY(writeMessageOid.has_value());

        PostgresEventStore store(db.conninfo());
        QVERIFY(store.hasSchema());
        QCOMPARE(store.initialize(), InitResult::RewindAdded);
        QCOMPARE(store.initialize(), InitResult::AlreadyPresent);
        QCOMPARE(catalogOf(eventide, QStringLiteral("message_store")), before);
        QCOMPARE(eventide.value(QStringLiteral("SELECT "
                                               "'message_store.write_message(varchar,varchar,varchar,jsonb,"
                                               "jsonb,bigint)'::regprocedure::oid")),
                 writeMessageOid);
        QCOMPARE(eventide.value(
                     QStringLiteral("SELECT value FROM rewind.schema_info WHERE key = 'schema_version'")),
                 std::optional<QString>(QStringLiteral("4")));
        QCOMPARE(eventide.value(QStringLiteral(
                     "SELECT count(*) FROM rewind.schema_info WHERE key = 'message_store_created_by'")),
                 std::optional<QString>(QStringLiteral("0")));
        QCOMPARE(store.headPosition(), 1);
        const auto installed = eventide.value(QStringLiteral("SELECT message_store_version()"));
        QVERIFY(installed.has_value());
        QVERIFY2(store.serverVersion().endsWith(QStringLiteral(", message store ") + *installed),
                 qPrintable(store.serverVersion()));
    }

    void eventideWritesRewindReads_data() { layouts(); }
    void eventideWritesRewindReads()
    {
        QFETCH(QString, layout);
        REWIND_PG_DATABASE(db);
        const QString error = setUp(layout, db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EventideSession eventide(db.conninfo());
        const QString id0 = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString id1 = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(
            std::get<qint64>(eventide.write(id0, QStringLiteral("account-1"), QStringLiteral("Opened"),
                                            QStringLiteral("{\"owner\": \"Zoë\", \"limit\": 100}"), {}, -1)),
            0);
        QCOMPARE(
            std::get<qint64>(eventide.write(id1, QStringLiteral("account-1"), QStringLiteral("Deposited"),
                                            QStringLiteral("{\"amount\": 5.25}"),
                                            QStringLiteral("{\"correlationStreamName\": \"order-9\"}"), 0)),
            1);
        eventide.write(QUuid::createUuid().toString(QUuid::WithoutBraces),
                       QStringLiteral("account:position-worker1"), QStringLiteral("Recorded"),
                       QStringLiteral("{\"position\": 2}"));

        PostgresEventStore store(db.conninfo());
        QCOMPARE(store.streamVersion(QStringLiteral("account-1")), 1);
        const auto events = store.readStream(QStringLiteral("account-1"), 0, 10);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].id, QUuid::fromString(id0));
        QCOMPARE(events[0].globalPosition, 1);
        QCOMPARE(events[0].position, 0);
        QCOMPARE(events[0].type, QStringLiteral("Opened"));
        QCOMPARE(EventJson::canonicalObject(events[0].data), QByteArray("{\"limit\":100,\"owner\":\"Zoë\"}"));
        QVERIFY(events[0].metadata.isEmpty());
        QCOMPARE(events[1].id, QUuid::fromString(id1));
        QCOMPARE(events[1].metadata, QByteArray("{\"correlationStreamName\":\"order-9\"}"));
        // The time column is UTC without a zone; Rewind reads it as such.
        const auto dbNow = eventide.value(QStringLiteral("SELECT (extract(epoch FROM time) * 1000000)::bigint"
                                                         " FROM messages WHERE global_position = 1"));
        QCOMPARE(events[0].timeUs, dbNow->toLongLong());

        LogQuery q;
        q.category = QStringLiteral("account");
        const LogBatch batch = store.readLog(q);
        QCOMPARE(batch.events.size(), 2);
        QCOMPARE(batch.safePosition, 3);
        const auto categories = store.categories();
        QCOMPARE(categories.size(), 2);
        QCOMPARE(categories[0].name, QStringLiteral("account"));
        QCOMPARE(categories[1].name, QStringLiteral("account:position"));
    }

    void rewindWritesEventideReads_data() { layouts(); }
    void rewindWritesEventideReads()
    {
        QFETCH(QString, layout);
        REWIND_PG_DATABASE(db);
        const QString error = setUp(layout, db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PostgresEventStore store(db.conninfo());
        const NewEvent a =
            makeEvent(QStringLiteral("quiz-1"), QStringLiteral("QuizStarted"), "{\"quizId\":\"1\"}",
                      "{\"correlationStreamName\":\"student-7\",\"userId\":\"u\"}");
        NewEvent b =
            makeEvent(QStringLiteral("quiz-1"), QStringLiteral("QuestionAssigned"), "{\"questionId\":\"q\"}");
        b.timeUs = 1700000000123456;
        store.append(QStringLiteral("quiz-1"), {a}, -1);
        store.append(QStringLiteral("quiz-1"),
                     {b, makeEvent(QStringLiteral("quiz-1"), QStringLiteral("QuizPassed"), "{}")}, 0);
        store.append(QStringLiteral("quiz-2"),
                     {makeEvent(QStringLiteral("quiz-2"), QStringLiteral("QuizStarted"), "{}")}, -1);
        store.append(QStringLiteral("student-7"),
                     {makeEvent(QStringLiteral("student-7"), QStringLiteral("StudentLoggedIn"), "{}")},
                     std::nullopt);

        EventideSession eventide(db.conninfo());
        QVERIFY(eventide.exec(
            QStringLiteral("SELECT id, stream_name, type, position, global_position, data, metadata,"
                           " to_char(time, 'YYYY-MM-DD HH24:MI:SS.US')"
                           " FROM get_stream_messages('quiz-1')")));
        const auto rows = eventide.rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0][0], a.id.toString(QUuid::WithoutBraces));
        QCOMPARE(rows[0][1], QStringLiteral("quiz-1"));
        QCOMPARE(rows[0][2], QStringLiteral("QuizStarted"));
        QCOMPARE(rows[0][3], QStringLiteral("0"));
        QCOMPARE(rows[0][4], QStringLiteral("1"));
        QCOMPARE(rows[0][5], QStringLiteral("{\"quizId\": \"1\"}"));
        QCOMPARE(rows[0][6], QStringLiteral("{\"userId\": \"u\", \"correlationStreamName\": \"student-7\"}"));
        QCOMPARE(rows[1][0], b.id.toString(QUuid::WithoutBraces));
        QCOMPARE(rows[1][3], QStringLiteral("1"));
        QCOMPARE(rows[1][6], QString()); // null metadata
        QCOMPARE(rows[1][7], QStringLiteral("2023-11-14 22:13:20.123456"));
        QCOMPARE(rows[2][2], QStringLiteral("QuizPassed"));
        QCOMPARE(eventide.value(QStringLiteral("SELECT stream_version('quiz-1')")),
                 std::optional<QString>(QStringLiteral("2")));
        QCOMPARE(eventide.value(QStringLiteral("SELECT type FROM get_last_stream_message('quiz-1')")),
                 std::optional<QString>(QStringLiteral("QuizPassed")));

        QVERIFY(
            eventide.exec(QStringLiteral("SELECT global_position FROM get_category_messages('quiz', 2, 2)")));
        QCOMPARE(eventide.rows(), (QList<QStringList>{{QStringLiteral("2")}, {QStringLiteral("3")}}));
        QVERIFY(eventide.exec(
            QStringLiteral("SELECT global_position FROM get_category_messages('quiz', 1, 10, 'student')")));
        QCOMPARE(eventide.rows(), (QList<QStringList>{{QStringLiteral("1")}}));
        QVERIFY(eventide.exec(QStringLiteral("SELECT count(*) FROM get_category_messages('quiz')")));
        QCOMPARE(eventide.rows().first().first(), QStringLiteral("4"));
    }

    void importIntoEitherLayout_data() { layouts(); }
    void importIntoEitherLayout()
    {
        QFETCH(QString, layout);
        REWIND_PG_DATABASE(db);
        const QString error = setUp(layout, db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        class Source : public EventSource
        {
        public:
            bool next(NewEvent& e) override
            {
                if (m_i == 500)
                    return false;
                e = makeEvent(QStringLiteral("import-%1").arg(m_i % 9), QStringLiteral("Imported"),
                              QByteArray("{\"i\":") + QByteArray::number(m_i) + "}");
                ++m_i;
                return true;
            }
            QString location() const override { return QStringLiteral("gen:%1").arg(m_i); }

        private:
            int m_i = 0;
        } source;
        PostgresEventStore store(db.conninfo());
        QCOMPARE(store.importEvents(source).written, 500);
        EventideSession eventide(db.conninfo());
        QCOMPARE(eventide.value(QStringLiteral("SELECT stream_version('import-4')")),
                 std::optional<QString>(QStringLiteral("55")));
        QCOMPARE(std::get<qint64>(eventide.write(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 QStringLiteral("import-4"), QStringLiteral("After"),
                                                 QStringLiteral("{}"), {}, 55)),
                 56);
    }

    void conflictsAreSeenBothWays_data() { layouts(); }
    void conflictsAreSeenBothWays()
    {
        QFETCH(QString, layout);
        REWIND_PG_DATABASE(db);
        const QString error = setUp(layout, db);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PostgresEventStore store(db.conninfo());
        EventideSession eventide(db.conninfo());
        const QString stream = QStringLiteral("account-42");

        // Rewind appends; Eventide, still at version -1, is refused by write_message.
        store.append(stream, {makeEvent(stream, QStringLiteral("Opened"), "{}")}, -1);
        const auto refused = eventide.write(QUuid::createUuid().toString(QUuid::WithoutBraces), stream,
                                            QStringLiteral("Opened"), QStringLiteral("{}"), {}, -1);
        QVERIFY(std::holds_alternative<QString>(refused));
        QVERIFY2(std::get<QString>(refused).contains(
                     QStringLiteral("Wrong expected version: -1 (Stream: account-42, Stream Version: 0)")),
                 qPrintable(std::get<QString>(refused)));

        // Eventide appends at version 0; Rewind, still at 0, conflicts, on both of its write paths.
        QCOMPARE(std::get<qint64>(eventide.write(QUuid::createUuid().toString(QUuid::WithoutBraces), stream,
                                                 QStringLiteral("Deposited"), QStringLiteral("{}"), {}, 0)),
                 1);
        for (const int batchSize : {1, 2}) {
            QList<NewEvent> batch;
            for (int i = 0; i < batchSize; ++i)
                batch.append(makeEvent(stream, QStringLiteral("Withdrawn"), "{}"));
            try {
                store.append(stream, batch, 0);
                QFAIL("a stale expected version was accepted");
            } catch (const StoreError& e) {
                QCOMPARE(e.kind(), StoreError::Kind::Conflict);
                QVERIFY2(e.message().contains(stream) && e.message().contains(QLatin1String("expected 0")) &&
                             e.message().contains(QLatin1String("actual 1")),
                         qPrintable(e.message()));
            }
        }
        QCOMPARE(store.append(stream, {makeEvent(stream, QStringLiteral("Withdrawn"), "{}")}, 1).lastPosition,
                 2);
        QCOMPARE(eventide.value(QStringLiteral("SELECT stream_version('account-42')")),
                 std::optional<QString>(QStringLiteral("2")));
    }

    void rewindLayoutAnswersLikeMessageDb()
    {
        // The same writes into both layouts, then the same questions: the answers must match,
        // errors included (apart from where in the PL/pgSQL source they were raised).
        REWIND_PG_DATABASE(theirsDb);
        REWIND_PG_DATABASE(oursDb);
        QString error = setUp(QStringLiteral("message-db"), theirsDb);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = setUp(QStringLiteral("rewind"), oursDb);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EventideSession theirs(theirsDb.conninfo());
        EventideSession ours(oursDb.conninfo());

        const char* const writes[][5] = {
            {"00000000-0000-4000-8000-000000000001", "account-1", "Opened", "{\"a\": 1}", ""},
            {"00000000-0000-4000-8000-000000000002", "account-2+x", "Opened", "{}",
             "{\"correlationStreamName\": \"order-1\"}"},
            {"00000000-0000-4000-8000-000000000003", "account-1", "Deposited", "{\"n\": [1, 2]}", ""},
            {"00000000-0000-4000-8000-000000000004", "account-3", "Opened", "{}",
             "{\"correlationStreamName\": \"other-1\"}"},
            {"00000000-0000-4000-8000-000000000005", "account:position-w1", "Recorded", "{\"position\": 3}",
             ""},
            {"00000000-0000-4000-8000-000000000006", "order", "Placed", "{}", ""},
            {"00000000-0000-4000-8000-000000000007", "account-2+y", "Closed", "{}",
             "{\"correlationStreamName\": \"order-1\"}"},
        };
        for (const auto& w : writes) {
            QStringList v;
            for (const char* field : w)
                v << QString::fromUtf8(field);
            QCOMPARE(ours.write(v[0], v[1], v[2], v[3], v[4]), theirs.write(v[0], v[1], v[2], v[3], v[4]));
        }
        const char* const questions[] = {
            "SELECT hash_64('account'), hash_64(''), hash_64(NULL), category('a-b-c'), category('a'), "
            "category(NULL)",
            "SELECT id('a-b-c'), id('a'), cardinal_id('a-1+2+3'), cardinal_id('a-+2'), cardinal_id('a'), "
            "is_category('a'),"
            " is_category('a-1'), is_category(NULL), is_category('')",
            "SELECT message_store_version()",
            "SELECT stream_version('account-1'), stream_version('none-1'), acquire_lock('account-1') = "
            "hash_64('account')",
            "SELECT id, stream_name, type, position, global_position, data, metadata FROM "
            "get_stream_messages('account-1')",
            "SELECT id, position FROM get_stream_messages('account-1', 1)",
            "SELECT id, position FROM get_stream_messages('account-1', 0, 1)",
            "SELECT id, position FROM get_stream_messages('account-1', NULL, NULL)",
            "SELECT id, position FROM get_stream_messages('account-1', 0, -1)",
            "SELECT * FROM get_stream_messages('account')",
            "SELECT * FROM get_stream_messages('account-1', 0, 10, 'type = ''Opened''')",
            "SELECT id, global_position FROM get_category_messages('account')",
            "SELECT id, global_position FROM get_category_messages('account', 3)",
            "SELECT id, global_position FROM get_category_messages('account', 1, 2)",
            "SELECT id, global_position FROM get_category_messages('account', NULL, NULL)",
            "SELECT id, global_position FROM get_category_messages('account', 1, -1)",
            "SELECT id, global_position FROM get_category_messages('account', 1, 10, 'order')",
            "SELECT id, global_position FROM get_category_messages('account', 1, 10, NULL, 0, 2)",
            "SELECT id, global_position FROM get_category_messages('account', 1, 10, NULL, 1, 2)",
            "SELECT id, global_position FROM get_category_messages('account', 1, 10, 'order', 0, 1)",
            "SELECT id, global_position FROM get_category_messages('account:position')",
            "SELECT * FROM get_category_messages('account-1')",
            "SELECT * FROM get_category_messages('account', 1, 10, 'order-1')",
            "SELECT * FROM get_category_messages('account', 1, 10, NULL, 1)",
            "SELECT * FROM get_category_messages('account', 1, 10, NULL, NULL, 2)",
            "SELECT * FROM get_category_messages('account', 1, 10, NULL, 0, 0)",
            "SELECT * FROM get_category_messages('account', 1, 10, NULL, -1, 2)",
            "SELECT * FROM get_category_messages('account', 1, 10, NULL, 2, 2)",
            "SELECT * FROM get_category_messages('account', 1, 10, NULL, NULL, NULL, 'true')",
            "SELECT id, type FROM get_last_stream_message('account-1')",
            "SELECT id, type FROM get_last_stream_message('account-1', 'Opened')",
            "SELECT id, type FROM get_last_stream_message('account-9')",
            "SELECT write_message('00000000-0000-4000-8000-000000000001', 'account-1', 'Again', '{}')",
            "SELECT write_message('not-a-uuid', 'account-1', 'X', '{}', NULL, 1)",
            "SELECT write_message('not-a-uuid', 'account-1', 'X', '{}', NULL, 7)",
            "SELECT write_message('00000000-0000-4000-8000-000000000009', 'account-1', 'X', '{}', NULL, 1)",
            "SELECT write_message('00000000-0000-4000-8000-000000000010', 'fresh-1', 'X', '{}', NULL, -1)",
            "SET message_store.sql_condition = on",
            "SELECT id FROM get_stream_messages('account-1', 0, 10, 'type = ''Opened''')",
            "SELECT id FROM get_category_messages('account', 1, 10, NULL, NULL, NULL, 'type = ''Closed''')",
            "SELECT stream_name, time IS NOT NULL FROM messages ORDER BY global_position",
        };
        const auto answer = [](EventideSession& s, const char* question) {
            if (!s.exec(QString::fromUtf8(question))) {
                // Only the first line: the CONTEXT lines name lines of the PL/pgSQL source.
                return QStringLiteral("error %1: %2")
                    .arg(s.sqlState(), s.error().section(QLatin1Char('\n'), 0, 0));
            }
            QStringList lines;
            for (const QStringList& row : s.rows())
                lines << row.join(QLatin1Char('|'));
            return lines.join(QLatin1Char('\n'));
        };
        for (const char* question : questions)
            QCOMPARE(answer(ours, question), answer(theirs, question));
    }
};

QTEST_GUILESS_MAIN(TestMessageDbInterop)
#include "TestMessageDbInterop.moc"
