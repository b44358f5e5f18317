// A database that `rewind init` made is a Message DB, and `rewind init` on a Message DB changes
// nothing of it. The real Message DB is installed from its npm package (REWIND_MESSAGE_DB_DIR) into
// one database and `rewind init` runs on another; the two are compared object by object (roles,
// grants, views, functions, indexes) and then driven through the same probes, every result and
// every error text side by side.

#include "MessageDbInstaller.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "RewindProcess.h"

#include <QProcess>
#include <QTest>

using namespace Rewind;

namespace {

// A session as Eventide's clients have it (Message DB's functions call each other unqualified),
// optionally acting as the message_store login role so that its grants are what is tested.
struct EventideSession : PgTestConnection
{
    explicit EventideSession(const QString& conninfo, bool asMessageStoreRole = false)
        : PgTestConnection(conninfo)
    {
        exec(QStringLiteral("SET search_path = message_store, public"));
        if (asMessageStoreRole)
            exec(QStringLiteral("SET ROLE message_store"));
    }
    // Every row of the answer, or the error's SQLSTATE and text.
    QString answer(const QString& sql)
    {
        if (!exec(sql)) {
            // The message as the client reads it; the CONTEXT names line numbers of the function's
            // source, which are the implementation's own.
            const QString message = error().section(QLatin1String("\nCONTEXT:"), 0, 0);
            return QStringLiteral("ERROR %1: %2").arg(sqlState(), message);
        }
        QStringList lines;
        for (const QStringList& row : rows())
            lines << row.join(QLatin1Char('|'));
        return lines.join(QLatin1Char('\n'));
    }
};

// `pg_dump --schema-only` of one schema: every object, grant, trigger and policy on it.
QString schemaDump(const QString& conninfo, const QString& schema)
{
    QProcess dump;
    dump.start(QStringLiteral("pg_dump"), {QStringLiteral("--schema-only"), QStringLiteral("--schema"),
                                           schema, QStringLiteral("--dbname"), conninfo});
    if (!dump.waitForFinished(60000) || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0)
        return QStringLiteral("pg_dump failed: %1 %2")
            .arg(QString::fromUtf8(dump.readAllStandardError()), dump.errorString());
    // pg_dump fences its script with a random \\restrict key, different on every run.
    QStringList lines = QString::fromUtf8(dump.readAllStandardOutput()).split(QLatin1Char('\n'));
    lines.removeIf([](const QString& line) {
        return line.startsWith(QLatin1String("\\restrict ")) ||
               line.startsWith(QLatin1String("\\unrestrict "));
    });
    return lines.join(QLatin1Char('\n'));
}

// What Eventide's clients and scripts depend on, as rows of text that must be equal.
const QList<std::pair<const char*, const char*>> CatalogQueries{
    {"columns of tables and views",
     "SELECT table_name, ordinal_position, column_name, data_type, is_nullable, coalesce(column_default, '')"
     " FROM information_schema.columns WHERE table_schema = 'message_store' ORDER BY 1, 2"},
    {"functions",
     "SELECT p.oid::regprocedure::text, pg_get_function_arguments(p.oid), pg_get_function_result(p.oid),"
     " p.provolatile, p.proretset, p.prosecdef FROM pg_proc p"
     " WHERE p.pronamespace = 'message_store'::regnamespace ORDER BY 1"},
    {"the message type",
     "SELECT a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
     " WHERE a.attrelid = (SELECT typrelid FROM pg_type WHERE oid = 'message_store.message'::regtype)"
     " AND a.attnum > 0 ORDER BY 1"},
    {"indexes", "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'message_store' ORDER BY 1"},
    {"views",
     "SELECT table_name FROM information_schema.views WHERE table_schema = 'message_store' ORDER BY 1"},
    {"the message_store role", "SELECT rolname, rolcanlogin, rolsuper, rolcreaterole, rolcreatedb, rolinherit"
                               " FROM pg_roles WHERE rolname = 'message_store'"},
    {"grants on the schema",
     "SELECT a.privilege_type FROM pg_namespace n, aclexplode(n.nspacl) a"
     " WHERE n.nspname = 'message_store' AND a.grantee = 'message_store'::regrole ORDER BY 1"},
    {"grants on tables, views and the sequence",
     "SELECT c.relname, c.relkind, a.privilege_type FROM pg_class c, aclexplode(c.relacl) a"
     " WHERE c.relnamespace = 'message_store'::regnamespace AND a.grantee = 'message_store'::regrole"
     " ORDER BY 1, 3"},
    {"grants on functions",
     "SELECT p.oid::regprocedure::text, a.privilege_type FROM pg_proc p, aclexplode(p.proacl) a"
     " WHERE p.pronamespace = 'message_store'::regnamespace AND a.grantee = 'message_store'::regrole"
     " ORDER BY 1"},
    {"triggers and policies on messages",
     "SELECT 'trigger ' || tgname FROM pg_trigger WHERE tgrelid = 'message_store.messages'::regclass"
     " UNION ALL SELECT 'policy ' || polname FROM pg_policy WHERE polrelid = "
     "'message_store.messages'::regclass"
     " UNION ALL SELECT 'row security ' || relrowsecurity FROM pg_class"
     " WHERE oid = 'message_store.messages'::regclass ORDER BY 1"},
};

// The probes: writes with each kind of expected version, conflicts, reads by stream and category
// with every option, the name functions on compound names, and the views. Run in order, on an
// empty store, so that global positions agree too. Times differ between the two and are left out.
const QString Columns = QStringLiteral("id, stream_name, type, position, global_position, data, metadata");
QStringList probes()
{
    QStringList p;
    const auto write = [&](const char* id, const char* stream, const char* type, const char* data,
                           const char* metadata, const char* expected) {
        p << QStringLiteral("SELECT write_message('%1', '%2', '%3', '%4'::jsonb, %5, %6)")
                 .arg(QLatin1String(id), QLatin1String(stream), QLatin1String(type), QLatin1String(data),
                      QLatin1String(metadata), QLatin1String(expected));
    };
    write("00000000-0000-4000-8000-000000000001", "account-1", "Opened", R"({"a": 1})", "NULL", "NULL");
    write("00000000-0000-4000-8000-000000000002", "account-1", "Deposited", R"({"amount": 5})", "NULL", "-1");
    write("00000000-0000-4000-8000-000000000003", "account-1", "Deposited", R"({"amount": 5})", "NULL", "0");
    write("00000000-0000-4000-8000-000000000004", "account-1", "Deposited", R"({"amount": 6})", "NULL", "7");
    write("00000000-0000-4000-8000-000000000005", "account-2", "Opened", "{}", "NULL", "-1");
    write("00000000-0000-4000-8000-000000000006", "account-2", "Opened", "{}", "NULL", "-1");
    write("00000000-0000-4000-8000-000000000001", "account-3", "Opened", "{}", "NULL", "NULL"); // same id
    write("00000000-0000-4000-8000-000000000007", "account:command-3+9", "Open", "{}",
          R"('{"correlationStreamName": "order-7"}'::jsonb)", "NULL");
    write("00000000-0000-4000-8000-000000000008", "account-4+1", "Opened", "[1, 2]",
          R"('{"correlationStreamName": "order-8"}'::jsonb)", "NULL");
    write("00000000-0000-4000-8000-000000000009", "account-5", "Opened", R"("text")",
          R"('{"correlationStreamName": "invoice-1"}'::jsonb)", "NULL");
    write("00000000-0000-4000-8000-00000000000a", "order-7", "Placed", "{}", "NULL", "NULL");
    write("not-a-uuid", "order-7", "Placed", "{}", "NULL", "NULL");
    write("00000000-0000-4000-8000-00000000000b", "order", "Placed", "{}", "NULL", "NULL");
    for (int i = 0; i < 8; ++i)
        write(qPrintable(
                  QStringLiteral("00000000-0000-4000-8000-0000000001%1").arg(i, 2, 10, QLatin1Char('0'))),
              qPrintable(QStringLiteral("account-%1").arg(10 + i)), "Opened", "{}", "NULL", "NULL");

    for (const char* args :
         {"'account-1'", "'account-1', 1", "'account-1', 0, 1", "'account-1', NULL, NULL",
          "'account-1', 0, -1", "'account'", "'account-1', 0, 10, 'position > 0'", "'nobody-1'"})
        p << QStringLiteral("SELECT %1 FROM get_stream_messages(%2)").arg(Columns, QLatin1String(args));
    for (const char* args : {"'account'",
                             "'account', 3",
                             "'account', 1, 2",
                             "'account', NULL, NULL",
                             "'account', 1, -1",
                             "'account', 1, 1000, 'order'",
                             "'account', 1, 1000, 'invoice'",
                             "'account', 1, 1000, 'order-7'",
                             "'account', 1, 1000, NULL, 0, 2",
                             "'account', 1, 1000, NULL, 1, 2",
                             "'account', 1, 1000, NULL, 0, 1",
                             "'account', 1, 1000, NULL, 0",
                             "'account', 1, 1000, NULL, NULL, 2",
                             "'account', 1, 1000, NULL, 2, 2",
                             "'account', 1, 1000, NULL, -1, 2",
                             "'account', 1, 1000, NULL, 0, 0",
                             "'account', 1, 1000, NULL, 0, 40000",
                             "'account', 1, 1000, NULL, 0, 32767",
                             "'account-1'",
                             "'account:command'",
                             "'account', 1, 1000, NULL, NULL, NULL, 'position = 0'"})
        p << QStringLiteral("SELECT %1 FROM get_category_messages(%2)").arg(Columns, QLatin1String(args));
    for (const char* args : {"'account-1'", "'account-1', 'Opened'", "'account-1', 'Nothing'", "'nobody-1'"})
        p << QStringLiteral("SELECT %1 FROM get_last_stream_message(%2)").arg(Columns, QLatin1String(args));
    for (const char* name : {"'account-1'", "'nobody-1'", "'account'"})
        p << QStringLiteral("SELECT stream_version(%1)").arg(QLatin1String(name));
    for (const char* name : {"'account'", "'account-123'", "'account:command+position-123+456'", "'a-b-c'",
                             "'-x'", "'x-'", "''", "NULL::varchar"})
        p << QStringLiteral("SELECT category(%1), id(%1), cardinal_id(%1), is_category(%1), hash_64(%1)")
                 .arg(QLatin1String(name));
    p << QStringLiteral("SELECT message_store_version()");
    p << QStringLiteral("SELECT acquire_lock('account-1')");
    for (const char* view : {"stream_summary", "type_summary", "stream_type_summary", "type_stream_summary",
                             "category_type_summary", "type_category_summary"})
        p << QStringLiteral("SELECT * FROM message_store.%1").arg(QLatin1String(view));
    return p;
}

} // namespace

class TestMessageDbEquivalence : public QObject
{
    Q_OBJECT

    // The real Message DB into `real`, `rewind init` into the empty `ours`; an error text, or empty.
    static QString installBoth(const PgTestDatabase& real, const PgTestDatabase& ours)
    {
        if (const QString error = installMessageDb(real.conninfo()); !error.isEmpty())
            return error;
        PostgresEventStore store(ours.conninfo());
        if (store.initialize() != InitResult::Created)
            return QStringLiteral("rewind init did not create the message store");
        return store.initNotes().join(QLatin1Char('\n')); // what it could not do as Message DB does
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(
            !qEnvironmentVariable("REWIND_MESSAGE_DB_DIR").isEmpty(),
            "REWIND_MESSAGE_DB_DIR is not set: point it at the `database` directory of the message-db npm "
            "package (scripts/test installs it into the build tree)");
    }

    void initChangesNothingInAMessageDb()
    {
        REWIND_PG_DATABASE(db);
        const QString error = installMessageDb(db.conninfo());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString before = schemaDump(db.conninfo(), QStringLiteral("message_store"));
        QVERIFY2(before.contains(QLatin1String("CREATE TABLE message_store.messages")), qPrintable(before));

        // As a user runs it, twice, and then through the library.
        const RewindRun first = runRewind({QStringLiteral("--store"), db.conninfo(), QStringLiteral("init")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.err.contains("changed nothing in it"), first.err.constData());
        const RewindRun second =
            runRewind({QStringLiteral("--store"), db.conninfo(), QStringLiteral("init")});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        PostgresEventStore store(db.conninfo());
        QCOMPARE(store.initialize(), InitResult::AlreadyPresent);
        QVERIFY(!store.hasHeadTrigger());

        QCOMPARE(schemaDump(db.conninfo(), QStringLiteral("message_store")), before);
        // Rewind's own objects are in schema rewind, where they belong.
        QVERIFY(schemaDump(db.conninfo(), QStringLiteral("rewind"))
                    .contains(QLatin1String("rewind.projections")));
    }

    void rolesSaysWhatItChangesBeforeItDoesIt()
    {
        REWIND_PG_DATABASE(db);
        const QString error = installMessageDb(db.conninfo());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const RewindRun run = runRewind(
            {QStringLiteral("--store"), db.conninfo(), QStringLiteral("init"), QStringLiteral("--roles")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const qsizetype warned = run.err.indexOf("turns on row-level security on message_store.messages");
        QVERIFY2(warned >= 0, run.err.constData());
        QVERIFY2(warned < run.err.indexOf("roles in place"), run.err.constData());
        // Said once: the second run finds it on and has nothing new to say about it.
        const RewindRun again = runRewind(
            {QStringLiteral("--store"), db.conninfo(), QStringLiteral("init"), QStringLiteral("--roles")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(!again.err.contains("turns on row-level security"), again.err.constData());
    }

    void rewindInitMakesAMessageDb()
    {
        REWIND_PG_DATABASE(real);
        REWIND_PG_DATABASE(ours);
        const QString error = installBoth(real, ours);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        EventideSession a(real.conninfo());
        EventideSession b(ours.conninfo());
        for (const auto& [what, sql] : CatalogQueries) {
            const QString theirs = a.answer(QString::fromUtf8(sql));
            QVERIFY2(!theirs.startsWith(QLatin1String("ERROR")), qPrintable(theirs));
            QVERIFY2(!theirs.isEmpty() || QByteArrayView(what).startsWith("triggers"), what);
            const QString mine = b.answer(QString::fromUtf8(sql));
            if (mine != theirs)
                QFAIL(qPrintable(QStringLiteral("%1 differ\nMessage DB:\n%2\nrewind init:\n%3")
                                     .arg(QLatin1String(what), theirs, mine)));
        }
    }

    void rewindInitAnswersLikeMessageDb_data()
    {
        QTest::addColumn<bool>("asMessageStoreRole");
        QTest::newRow("as the owner") << false;
        QTest::newRow("as Eventide's message_store role") << true;
    }
    void rewindInitAnswersLikeMessageDb()
    {
        QFETCH(bool, asMessageStoreRole);
        REWIND_PG_DATABASE(real);
        REWIND_PG_DATABASE(ours);
        const QString error = installBoth(real, ours);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        EventideSession a(real.conninfo(), asMessageStoreRole);
        EventideSession b(ours.conninfo(), asMessageStoreRole);
        int errors = 0;
        int rows = 0;
        for (const QString& probe : probes()) {
            const QString theirs = a.answer(probe);
            const QString mine = b.answer(probe);
            if (mine != theirs)
                QFAIL(qPrintable(
                    QStringLiteral("%1\nMessage DB:  %2\nrewind init: %3").arg(probe, theirs, mine)));
            errors += theirs.startsWith(QLatin1String("ERROR")) ? 1 : 0;
            rows += theirs.isEmpty() ? 0 : int(theirs.count(QLatin1Char('\n'))) + 1;
        }
        // The probes must reach both the answers and the refusals, or they compare nothing.
        QVERIFY2(errors >= 12, qPrintable(QString::number(errors)));
        QVERIFY2(rows >= 100, qPrintable(QString::number(rows)));
        qInfo("%d probes, %d answer rows and %d errors alike", int(probes().size()), rows, errors);
    }
};

QTEST_GUILESS_MAIN(TestMessageDbEquivalence)
#include "TestMessageDbEquivalence.moc"
