// The command line, run as a separate process the way a user runs it, against real
// SQLite files and a real PostgreSQL database.
#include "AggregateFold.h"
#include "EventTime.h"
#include "MessageDbInstaller.h"
#include "PgTestDatabase.h"
#include "RewindProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using Rewind::RewindRun;
using Rewind::runRewind;

namespace {

QByteArray line(const QString& stream, const QString& type, const QByteArray& data, const QString& id,
                const QByteArray& extra = {})
{
    return QByteArray("{\"stream_name\":\"") + stream.toUtf8() + "\",\"type\":\"" + type.toUtf8() +
           "\",\"data\":" + data + ",\"id\":\"" + id.toUtf8() + "\"" + extra + "}";
}

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void writeFile(const QString& name, const QByteArray& content)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("REWIND_BINARY").isEmpty(), "REWIND_BINARY is not set");
    }

    void initDemoReadPrintsDesignFields()
    {
        const QString store = path(QStringLiteral("demo.sqlite"));
        RewindRun r = runRewind({"--store", store, "init"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runRewind({"--store", store, "demo", "--students", "40", "--days", "10"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runRewind({"--store", store, "read", "--all", "--limit", "5"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.lines().size(), 5);
        static const QRegularExpression time(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$)"));
        qint64 expectedGlobal = 1;
        for (const QByteArray& l : r.lines()) {
            const QJsonObject o = QJsonDocument::fromJson(l).object();
            QCOMPARE(o.keys(), (QStringList{"data", "global_position", "id", "metadata", "position",
                                            "stream_name", "time", "type"}));
            QCOMPARE(o.value("global_position").toInteger(), expectedGlobal++);
            QVERIFY(o.value("position").isDouble());
            QVERIFY2(time.match(o.value("time").toString()).hasMatch(), l.constData());
            QVERIFY(o.value("data").isObject());
            QVERIFY(o.value("metadata").isObject() || o.value("metadata").isNull());
            QVERIFY(!QUuid::fromString(o.value("id").toString()).isNull());
        }
        // --store may also come after the command.
        r = runRewind({"read", "--all", "--limit", "2", "--store", store});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines().size(), 2);
    }

    void readFiltersAndScopes()
    {
        const QString store = path(QStringLiteral("scopes.sqlite"));
        QByteArray input;
        for (int i = 0; i < 6; ++i)
            input += line(QStringLiteral("quiz-%1").arg(i % 2), i % 3 ? "QuestionAssigned" : "QuizStarted",
                          "{}", uuid(i)) +
                     "\n";
        input += line("student-1", "StudentLoggedIn", "{}", uuid(99)) + "\n";
        writeFile("scopes.jsonl", input);
        QCOMPARE(runRewind({"--store", store, "import", path("scopes.jsonl")}).exitCode, 0);

        QCOMPARE(runRewind({"--store", store, "read", "quiz-1"}).lines().size(), 3);
        QCOMPARE(runRewind({"--store", store, "read", "quiz-1", "--from", "1"}).lines().size(), 2);
        QCOMPARE(runRewind({"--store", store, "read", "quiz"}).lines().size(), 6);
        QCOMPARE(runRewind({"--store", store, "read", "--all", "--type", "QuizStarted"}).lines().size(), 2);
        QCOMPARE(runRewind({"--store", store, "read", "--all", "--type", "QuizStarted,StudentLoggedIn"})
                     .lines()
                     .size(),
                 3);
        const RewindRun from = runRewind({"--store", store, "read", "--all", "--from", "6"});
        QCOMPARE(from.lines().size(), 2);
        QCOMPARE(QJsonDocument::fromJson(from.lines().first()).object().value("global_position").toInteger(),
                 6);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("no command") << QStringList{"--store", "x.sqlite", "--help"} << 0 << "";
        QTest::newRow("unknown command")
            << QStringList{"--store", "x.sqlite", "frobnicate"} << 1 << "unknown command";
        QTest::newRow("unknown option")
            << QStringList{"--store", "x.sqlite", "read", "--all", "--colour"} << 1 << "--colour";
        QTest::newRow("read without target")
            << QStringList{"--store", "x.sqlite", "read"} << 1 << "exactly one";
        QTest::newRow("bad limit") << QStringList{"--store", "x.sqlite", "read", "--all", "--limit", "many"}
                                   << 1 << "--limit";
        QTest::newRow("append missing data")
            << QStringList{"--store", "x.sqlite", "append", "a-1", "T"} << 1 << "DATA";
        QTest::newRow("no store") << QStringList{"read", "--all"} << 2 << "--store";
        QTest::newRow("unknown scheme")
            << QStringList{"--store", "mysql://db/x", "read", "--all"} << 2 << "mysql";
        QTest::newRow("missing file")
            << QStringList{"--store", "/nonexistent/dir/x.sqlite", "read", "--all"} << 4 << "no SQLite store";
        QTest::newRow("closed port") << QStringList{"--store",
                                                    "postgresql://127.0.0.1:1/nothing?connect_timeout=3",
                                                    "read", "--all"}
                                     << 4 << "";
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, words);
        qputenv("REWIND_STORE", "");
        const RewindRun r = runRewind(args);
        QVERIFY2(r.exitCode == code, r.err.constData());
        QVERIFY2(r.err.contains(words.toUtf8()), r.err.constData());
    }

    void appendWithExpectedVersion()
    {
        const QString store = path(QStringLiteral("append.sqlite"));
        QCOMPARE(runRewind({"--store", store, "init"}).exitCode, 0);
        RewindRun r = runRewind({"--store", store, "append", "question-1", "QuestionDrafted",
                                 R"({"text":"1/2 + 1/4?"})", "--expected-version", "-1", "--metadata",
                                 R"({"userId":"editor-1"})"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject stored = QJsonDocument::fromJson(r.lines().value(0)).object();
        QCOMPARE(stored.value("position").toInteger(), 0);
        QCOMPARE(stored.value("metadata").toObject().value("userId").toString(), QStringLiteral("editor-1"));

        r = runRewind({"--store", store, "append", "question-1", "QuestionTextChanged", R"({"text":"x"})",
                       "--expected-version", "-1"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("question-1") && r.err.contains("expected -1") && r.err.contains("actual 0"),
                 r.err.constData());
        r = runRewind({"--store", store, "append", "question-1", "QuestionTextChanged", R"({"text":"x"})",
                       "--expected-version", "0"});
        QCOMPARE(r.exitCode, 0);

        // A retry after a lost acknowledgement, with the same id, writes nothing new.
        const QStringList retry{"--store",           store,  "append", "question-1", "QuestionPublished",
                                R"({"revision":1})", "--id", uuid(7)};
        QCOMPARE(runRewind(retry).exitCode, 0);
        QCOMPARE(runRewind(retry).exitCode, 0);
        QCOMPARE(runRewind({"--store", store, "read", "question-1"}).lines().size(), 3);

        QCOMPARE(runRewind({"--store", store, "append", "question-1", "T", "[1]"}).exitCode, 2);
        QCOMPARE(runRewind({"--store", store, "append", "question-1", "T", "{", "--metadata", "{}"}).exitCode,
                 2);
        QCOMPARE(runRewind({"--store", store, "append", "bad name", "T", "{}"}).exitCode, 2);
        QCOMPARE(runRewind({"--store", store, "read", "question-1"}).lines().size(), 3);
    }

    void malformedImportLineChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("field");
        QTest::newRow("broken json") << QByteArray("{\"stream_name\": ") << "json";
        // Data may be any JSON value (Message DB stores any), but it must be there.
        QTest::newRow("data missing")
            << QByteArray("{\"stream_name\":\"quiz-1\",\"type\":\"T\",\"id\":\"" + uuid(500).toUtf8() + "\"}")
            << "data";
        QTest::newRow("bad id") << line("quiz-1", "T", "{}", "42") << "id";
        QTest::newRow("bad time") << line("quiz-1", "T", "{}", uuid(500), ",\"time\":\"noon\"") << "time";
        QTest::newRow("invalid utf-8") << line("quiz-1", "T", "{\"a\":\"\xc3\x28\"}", uuid(500)) << "json";
    }
    void malformedImportLineChangesNothing()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, field);
        QByteArray content;
        for (int i = 1; i <= 300; ++i)
            content +=
                (i == 217 ? badLine : line(QStringLiteral("quiz-%1").arg(i % 5), "T", "{}", uuid(i))) + "\n";
        writeFile("bad.jsonl", content);

        // Into a store that does not exist yet: it is not even created.
        const QString fresh = path(QStringLiteral("never.sqlite"));
        RewindRun r = runRewind({"--store", fresh, "import", path("bad.jsonl")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains((path("bad.jsonl") + ":217: " + field + ":").toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(fresh));

        // Into an existing store: nothing of the file is written.
        const QString store = path(QStringLiteral("existing.sqlite"));
        QFile::remove(store);
        QCOMPARE(runRewind({"--store", store, "init"}).exitCode, 0);
        QCOMPARE(runRewind({"--store", store, "append", "quiz-1", "T", "{}"}).exitCode, 0);
        r = runRewind({"--store", store, "import", "-"}, content);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(("<stdin>:217: " + field + ":").toUtf8()), r.err.constData());
        QCOMPARE(runRewind({"--store", store, "read", "--all"}).lines().size(), 1);
    }

    void importReadsBackIdenticalFromSqliteAndPostgres()
    {
        // A demo log exported from one store is the import file.
        const QString source = path(QStringLiteral("export-source.sqlite"));
        QCOMPARE(
            runRewind({"--store", source, "demo", "--students", "30", "--days", "7", "--seed", "5"}).exitCode,
            0);
        const RewindRun exported = runRewind({"--store", source, "read", "--all"});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.lines().size() > 1000);
        writeFile("export.jsonl", exported.out);

        const QString sqlite = path(QStringLiteral("import-copy.sqlite"));
        RewindRun r = runRewind({"--store", sqlite, "import", path("export.jsonl")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        PgTestDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        QCOMPARE(runRewind({"--store", pg.conninfo(), "init"}).exitCode, 0);
        r = runRewind({"--store", pg.conninfo(), "import", "-"}, exported.out);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const RewindRun fromSqlite = runRewind({"--store", sqlite, "read", "--all"});
        const RewindRun fromPostgres = runRewind({"--store", pg.conninfo(), "read", "--all"});
        QCOMPARE(fromSqlite.exitCode, 0);
        QCOMPARE(fromPostgres.exitCode, 0);
        QCOMPARE(fromSqlite.lines().size(), exported.lines().size());
        QCOMPARE(fromPostgres.lines().size(), exported.lines().size());
        for (qsizetype i = 0; i < exported.lines().size(); ++i) {
            QCOMPARE(fromSqlite.lines()[i], exported.lines()[i]);
            QCOMPARE(fromPostgres.lines()[i], exported.lines()[i]);
        }

        // Importing the same file again is idempotent on both.
        QCOMPARE(runRewind({"--store", sqlite, "import", path("export.jsonl")}).exitCode, 0);
        QCOMPARE(runRewind({"--store", pg.conninfo(), "import", path("export.jsonl")}).exitCode, 0);
        QCOMPARE(runRewind({"--store", sqlite, "read", "--all"}).lines().size(), exported.lines().size());
        QCOMPARE(runRewind({"--store", pg.conninfo(), "read", "--all"}).lines().size(),
                 exported.lines().size());
    }

    // Message DB stores any JSON value as data and metadata. What its own write_message stored,
    // `read` prints as stored, and `import` of that output stores the same values in fresh stores.
    void nonObjectPayloadsRoundTripThroughMessageDb()
    {
        PgTestDatabase eventide;
        QVERIFY2(eventide.isValid(), qPrintable(eventide.error()));
        const QString installError = Rewind::installMessageDb(eventide.conninfo());
        QVERIFY2(installError.isEmpty(), qPrintable(installError));
        PgTestConnection sql(eventide.conninfo());
        QVERIFY2(sql.isValid(), qPrintable(sql.error()));
        // Message DB's functions call each other unqualified, as Eventide's sessions set it up.
        QVERIFY(sql.exec(QStringLiteral("SET search_path = message_store, public")));
        // data, metadata (empty: SQL NULL), and how `read` must print each.
        const QList<std::array<QByteArray, 4>> payloads = {
            {"[1, 2]", "{\"b\": 1, \"a\": 2}", "[1,2]", "{\"a\":2,\"b\":1}"},
            {"\"text\"", "\"note\"", "\"text\"", "\"note\""},
            {"5", "[true, null]", "5", "[true,null]"},
            {"true", "false", "true", "false"},
            {"null", "7", "null", "7"},
            {"12345678901234567891.50", "", "12345678901234567891.50", "null"},
            {"{\"z\": 1, \"a\": []}", "\"\\u00e9\"", "{\"a\":[],\"z\":1}", "\"\xc3\xa9\""},
        };
        for (qsizetype i = 0; i < payloads.size(); ++i) {
            const auto& p = payloads[i];
            const bool ok =
                p[1].isEmpty()
                    ? sql.exec("SELECT message_store.write_message($1, 'note-1', 'Noted', $2::jsonb)",
                               {uuid(int(500 + i)), QString::fromUtf8(p[0])})
                    : sql.exec(
                          "SELECT message_store.write_message($1, 'note-1', 'Noted', $2::jsonb, $3::jsonb)",
                          {uuid(int(500 + i)), QString::fromUtf8(p[0]), QString::fromUtf8(p[1])});
            QVERIFY2(ok, qPrintable(sql.error()));
        }

        const RewindRun read = runRewind({"--store", eventide.conninfo(), "read", "note-1"});
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QCOMPARE(read.lines().size(), payloads.size());
        for (qsizetype i = 0; i < payloads.size(); ++i) {
            const QByteArray want = ",\"data\":" + payloads[i][2] + ",\"metadata\":" + payloads[i][3] + ",";
            QVERIFY2(read.lines()[i].contains(want), read.lines()[i].constData());
        }
        QCOMPARE(runRewind({"--store", eventide.conninfo(), "read", "note"}).out, read.out);

        // Imported into fresh stores, they read back byte for byte and are stored as the same values.
        PgTestDatabase copy;
        QVERIFY2(copy.isValid(), qPrintable(copy.error()));
        QCOMPARE(runRewind({"--store", copy.conninfo(), "init"}).exitCode, 0);
        const QString sqlite = path(QStringLiteral("non-objects.sqlite"));
        for (const QString& store : {copy.conninfo(), sqlite}) {
            const RewindRun imported = runRewind({"--store", store, "import", "-"}, read.out);
            QVERIFY2(imported.exitCode == 0, imported.err.constData());
            QCOMPARE(runRewind({"--store", store, "read", "note-1"}).out, read.out);
        }
        // JSON null and SQL NULL metadata print alike, so an import stores SQL NULL for both.
        const QString stored = QStringLiteral("SELECT string_agg(jsonb_typeof(data) || ' ' || data::text || "
                                              "' ' || coalesce(metadata, 'null')::text,"
                                              " ' | ' ORDER BY global_position) FROM message_store.messages");
        PgTestConnection copied(copy.conninfo());
        const auto original = sql.value(stored);
        QVERIFY(original.has_value());
        QVERIFY2(original->startsWith(QStringLiteral("array [1, 2] {\"a\": 2, \"b\": 1} | string")),
                 qPrintable(*original));
        QCOMPARE(copied.value(stored), original);
    }

    // A login such as Eventide's `message_store`, which may read the message store but has no access
    // to schema rewind, still replays and reads timelines: without snapshots, saying so once.
    void loginWithoutRewindSchemaReplaysWithoutSnapshots()
    {
        PgTestDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        const QString owner = pg.conninfo();
        QCOMPARE(runRewind({"--store", owner, "init"}).exitCode, 0);
        QCOMPARE(runRewind({"--store", owner, "demo", "--students", "6", "--days", "3"}).exitCode, 0);
        const QByteArray quiz =
            QJsonDocument::fromJson(runRewind({"--store", owner, "read", "quiz", "--limit", "1"}).out)
                .object()
                .value("stream_name")
                .toString()
                .toUtf8();
        const QString student =
            QJsonDocument::fromJson(runRewind({"--store", owner, "read", "student", "--limit", "1"}).out)
                .object()
                .value("stream_name")
                .toString()
                .section(QLatin1Char('-'), 1);
        QVERIFY(!quiz.isEmpty() && !student.isEmpty());
        QCOMPARE(runRewind({"--store", owner, "snapshot", QString::fromUtf8(quiz), "--every", "1"}).exitCode,
                 0);
        QCOMPARE(runRewind({"--store", owner, "projections", "run"}).exitCode, 0);
        const RewindRun ownerReplay = runRewind({"--store", owner, "replay", QString::fromUtf8(quiz)});
        const RewindRun ownerTimeline = runRewind({"--store", owner, "timeline", student});
        QVERIFY2(ownerReplay.exitCode == 0 && ownerTimeline.exitCode == 0, ownerTimeline.err.constData());
        QVERIFY(!ownerReplay.err.contains("snapshots"));

        const QString role = QStringLiteral("rewind_eventide_%1").arg(QCoreApplication::applicationPid());
        PgTestConnection admin(owner);
        QVERIFY2(admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'eventide';"
                                           "GRANT USAGE ON SCHEMA message_store TO %1;"
                                           "GRANT SELECT ON message_store.messages TO %1;"
                                           "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA message_store TO %1;")
                                .arg(role)),
                 qPrintable(admin.error()));
        const auto dropRole =
            qScopeGuard([&] { admin.exec(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1").arg(role)); });
        const QString login = QStringLiteral("%1 user=%2 password=eventide").arg(owner, role);
        PgTestConnection asRole(login);
        QVERIFY2(asRole.isValid(), qPrintable(asRole.error()));
        QVERIFY(!asRole.exec(QStringLiteral("SELECT count(*) FROM rewind.stream_snapshots")));
        QCOMPARE(asRole.sqlState(), QString("42501"));

        const QByteArray note =
            "note: no access to Rewind's snapshots (schema rewind) for role " + role.toUtf8();
        const RewindRun replay = runRewind({"--store", login, "replay", QString::fromUtf8(quiz)});
        QVERIFY2(replay.exitCode == 0, replay.err.constData());
        QCOMPARE(replay.out, ownerReplay.out);
        QCOMPARE(replay.err.count(note), 1);
        const RewindRun timeline = runRewind({"--store", login, "timeline", student});
        QVERIFY2(timeline.exitCode == 0, timeline.err.constData());
        QCOMPARE(timeline.out, ownerTimeline.out);
        QCOMPARE(timeline.err.count(note), 1);

        // A refusal on the message store itself is still a failure.
        QVERIFY2(admin.exec(QStringLiteral("REVOKE SELECT ON message_store.messages FROM %1").arg(role)),
                 qPrintable(admin.error()));
        const RewindRun refused = runRewind({"--store", login, "replay", QString::fromUtf8(quiz)});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains("permission denied"), refused.err.constData());
    }

    void payloadsKeepEveryDigitOnBothStores()
    {
        // Integers beyond 2^53 and decimal text must come back as they went in, from both stores.
        const QByteArray data = "{\"n\":12345678901234567891,\"d\":1.50,\"s\":\"\\u00e9\"}";
        const QByteArray expected = "\"data\":{\"d\":1.50,\"n\":12345678901234567891,\"s\":\"\xc3\xa9\"}";
        const QString sqlite = path(QStringLiteral("digits.sqlite"));
        QCOMPARE(runRewind({"--store", sqlite, "init"}).exitCode, 0);
        PgTestDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        QCOMPARE(runRewind({"--store", pg.conninfo(), "init"}).exitCode, 0);
        for (const QString& store : {sqlite, pg.conninfo()}) {
            const RewindRun appended =
                runRewind({"--store", store, "append", "big-1", "Measured", QString::fromUtf8(data)});
            QVERIFY2(appended.exitCode == 0, appended.err.constData());
            QVERIFY2(appended.out.contains(expected), appended.out.constData());
            const RewindRun read = runRewind({"--store", store, "read", "big-1"});
            QVERIFY2(read.out.contains(expected), read.out.constData());
        }
    }

    void replayMatchesTheFoldUntilPositionAndTime()
    {
        const QString store = path(QStringLiteral("replay.sqlite"));
        QCOMPARE(runRewind({"--store", store, "init"}).exitCode, 0);
        RewindRun r = runRewind({"--store", store, "demo", "--students", "20", "--days", "5"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runRewind({"--store", store, "read", "quiz", "--limit", "1"});
        QCOMPARE(r.lines().size(), 1);
        const QString stream =
            QJsonDocument::fromJson(r.lines().first()).object().value("stream_name").toString();

        // The stream as `read` prints it, turned back into the events the fold takes.
        QList<Rewind::RecordedEvent> events;
        for (const QByteArray& l : runRewind({"--store", store, "read", stream}).lines()) {
            const QJsonObject o = QJsonDocument::fromJson(l).object();
            Rewind::RecordedEvent e;
            e.position = o.value("position").toInteger();
            e.timeUs = *Rewind::EventTime::fromIso(QStringView(o.value("time").toString()));
            e.streamName = stream;
            e.type = o.value("type").toString();
            e.data = QJsonDocument(o.value("data").toObject()).toJson(QJsonDocument::Compact);
            events.append(e);
        }
        QVERIFY2(events.size() >= 3, qPrintable(stream));
        // A failed run yields its exit code and message, so the comparison that follows shows them.
        const auto replay = [&](const QStringList& options) {
            const RewindRun run = runRewind(QStringList{"--store", store, "replay", stream} + options);
            return run.exitCode == 0 ? run.out : "exit " + QByteArray::number(run.exitCode) + ": " + run.err;
        };

        const qsizetype last = events.size() - 1;
        for (const qsizetype n : {qsizetype(0), qsizetype(1), last / 2, last - 1, last}) {
            Rewind::AggregateFold fold(stream);
            for (qsizetype i = 0; i <= n; ++i)
                fold.apply(events[i]);
            QCOMPARE(replay({"--until-position", QString::number(events[n].position)}), fold.toJson() + "\n");
        }
        Rewind::AggregateFold whole(stream);
        for (const Rewind::RecordedEvent& e : events)
            whole.apply(e);
        QCOMPARE(replay({}), whole.toJson() + "\n");
        QCOMPARE(replay({"--until-position", "-1"}), Rewind::AggregateFold(stream).toJson() + "\n");

        for (const qsizetype k : {qsizetype(0), last / 2, last}) {
            const qint64 until = events[k].timeUs;
            Rewind::AggregateFold fold(stream);
            for (const Rewind::RecordedEvent& e : events)
                if (e.timeUs <= until)
                    fold.apply(e);
            QCOMPARE(replay({"--until-time", QString::fromLatin1(Rewind::EventTime::toIso(until))}),
                     fold.toJson() + "\n");
        }
        // A moment before the first event replays to the start state.
        QCOMPARE(
            replay({"--until-time", QString::fromLatin1(Rewind::EventTime::toIso(events[0].timeUs - 1))}),
            Rewind::AggregateFold(stream).toJson() + "\n");
        // A stream with no events is the start state too.
        QCOMPARE(runRewind({"--store", store, "replay", "quiz-none"}).out,
                 Rewind::AggregateFold(u"quiz-none").toJson() + "\n");

        r = runRewind({"--store", store, "replay", stream, "--until-position", "1", "--until-time",
                       "2025-09-01T00:00:00Z"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        r = runRewind({"--store", store, "replay", stream, "--until-time", "yesterday"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--until-time"), r.err.constData());
        QCOMPARE(runRewind({"--store", store, "replay", stream, "--until-position", "x"}).exitCode, 1);
        QCOMPARE(runRewind({"--store", store, "replay", "quiz"}).exitCode, 1);
    }

    void postgresExitCodes()
    {
        PgTestDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        RewindRun r = runRewind({"--store", pg.conninfo(), "read", "--all"});
        QCOMPARE(r.exitCode, 4); // no schema yet
        QVERIFY2(r.err.contains("rewind init"), r.err.constData());
        QCOMPARE(runRewind({"--store", pg.conninfo(), "init"}).exitCode, 0);
        QCOMPARE(runRewind({"--store", pg.conninfo(), "append", "a-1", "T", "{}", "--expected-version", "-1"})
                     .exitCode,
                 0);
        r = runRewind({"--store", pg.conninfo(), "append", "a-1", "T", "{}", "--expected-version", "-1"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("a-1"), r.err.constData());
    }

    void reportAndProjectionsOnKnownAnswers_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgresql") << "postgresql";
    }
    void reportAndProjectionsOnKnownAnswers()
    {
        QFETCH(QString, backend);
        PgTestDatabase pg; // unused for SQLite; a missing server fails the PostgreSQL row below
        QString store = path(QStringLiteral("report.sqlite"));
        if (backend == "postgresql") {
            QVERIFY2(pg.isValid(), qPrintable(pg.error()));
            store = pg.conninfo();
        }
        QCOMPARE(runRewind({"--store", store, "init"}).exitCode, 0);
        // Question 9: 2 of 3 right (0.6667); question 10: 1 of 1; question "x": 0 of 2. As text, "10"
        // sorts before "9".
        QByteArray log;
        int n = 0;
        const auto answer = [&](const char* quiz, bool correct, const QByteArray& question) {
            log += line(QString::fromLatin1(quiz),
                        correct ? "QuestionAnsweredCorrectly" : "QuestionAnsweredIncorrectly",
                        "{\"questionId\":" + question + ",\"answer\":\"a\"}", uuid(++n)) +
                   "\n";
        };
        log += line("quiz-1", "QuizStarted", "{\"quizId\":\"1\",\"studentId\":1,\"sectionId\":\"s\"}",
                    uuid(++n)) +
               "\n";
        answer("quiz-1", true, "9");
        answer("quiz-1", false, "9");
        answer("quiz-1", true, "9");
        answer("quiz-1", true, "10");
        log += line("quiz-2", "QuizStarted", "{\"quizId\":\"2\",\"studentId\":\"2\",\"sectionId\":\"s\"}",
                    uuid(++n)) +
               "\n";
        answer("quiz-2", false, "\"x\"");
        answer("quiz-2", false, "\"x\"");
        writeFile(QStringLiteral("answers.jsonl"), log);
        RewindRun r = runRewind({"--store", store, "import", path(QStringLiteral("answers.jsonl"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = runRewind({"--store", store, "report", "question-stats", "--format", "csv"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("question_id,attempts,correct,incorrect,correct_ratio\n"
                                   "10,1,1,0,1.0000\n"
                                   "9,3,2,1,0.6667\n"
                                   "x,2,0,2,0.0000\n"));
        QCOMPARE(runRewind({"--store", store, "report", "question-stats"}).exitCode, 1);

        // Never run, then rebuilt and caught up, then behind by one event.
        r = runRewind({"--store", store, "projections", "status", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 4);
        for (const QJsonValue& row : rows)
            QCOMPARE(row["state"].toString(), QStringLiteral("never run"));
        r = runRewind({"--store", store, "projections", "rebuild", "--all"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("rebuilt from 8 events up to position 8"), r.err.constData());
        QCOMPARE(runRewind({"--store", store, "append", "quiz-2", "QuizFailed", "{}"}).exitCode, 0);
        r = runRewind({"--store", store, "projections", "status", "--json"});
        rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 4);
        for (const QJsonValue& row : rows) {
            QCOMPARE(row["state"].toString(), QStringLiteral("behind"));
            QCOMPARE(row["checkpoint"].toInteger(), 8);
            QCOMPARE(row["head"].toInteger(), 9);
            QCOMPARE(row["lag_events"].toInteger(), 1);
            QCOMPARE(row["parked"].toInteger(), 0);
        }
        r = runRewind({"--store", store, "projections", "status"});
        QVERIFY2(r.out.startsWith("NAME "), r.out.constData());
        QVERIFY2(r.out.contains("question-stats"), r.out.constData());
        QCOMPARE(runRewind({"--store", store, "projections", "rebuild", "nope"}).exitCode, 1);
        QCOMPARE(runRewind({"--store", store, "projections", "run"}).exitCode, 0);
        rows = QJsonDocument::fromJson(runRewind({"--store", store, "projections", "status", "--json"}).out)
                   .array();
        QCOMPARE(rows[0].toObject().value("state").toString(), QStringLiteral("caught up"));

        // Commands: accepted, then rejected by a named rule (exit 2), then bad JSON (exit 2).
        r = runRewind({"--store", store, "command", "DraftQuestion",
                       "{\"questionId\":11,\"courseId\":\"c\",\"sectionId\":\"s\",\"text\":\"1+1?\","
                       "\"answers\":[\"2\"],\"correctAnswers\":[\"2\"]}"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("\"type\":\"QuestionDrafted\""));
        r = runRewind({"--store", store, "command", "DraftQuestion",
                       "{\"questionId\":11,\"courseId\":\"c\",\"sectionId\":\"s\"}"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("question-exists"), r.err.constData());
        r = runRewind({"--store", store, "command", "PublishQuestion", "{\"questionId\":11,}"});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(runRewind({"--store", store, "command", "PublishQuestion"}).exitCode, 1);
    }

    void snapshotThenReplayPrintsTheSame()
    {
        const QString store = path(QStringLiteral("snapshots.sqlite"));
        QCOMPARE(runRewind({"--store", store, "init"}).exitCode, 0);
        QByteArray input;
        for (int i = 0; i < 2500; ++i)
            input += line("counter-1", i % 2 ? "Counted" : "Reset",
                          "{\"n\":" + QByteArray::number(i) + ",\"k" + QByteArray::number(i % 7) + "\":\"v" +
                              QByteArray::number(i) + "\"}",
                          uuid(10000 + i)) +
                     "\n";
        RewindRun r = runRewind({"--store", store, "import", "-"}, input);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runRewind({"--store", store, "snapshot", "counter-1", "--every", "100"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, QByteArray("saved 25 snapshots of counter-1 (every 100 events)\n"));

        const QList<QStringList> limits{{},
                                        {"--until-position", "0"},
                                        {"--until-position", "99"},
                                        {"--until-position", "100"},
                                        {"--until-position", "1234"},
                                        {"--until-position", "2499"}};
        for (const QStringList& limit : limits) {
            const RewindRun with = runRewind(QStringList{"--store", store, "replay", "counter-1"} + limit);
            const RewindRun without =
                runRewind(QStringList{"--store", store, "replay", "counter-1", "--no-snapshots"} + limit);
            QVERIFY2(with.exitCode == 0, with.err.constData());
            QVERIFY2(without.exitCode == 0, without.err.constData());
            QCOMPARE(with.out, without.out);
        }

        r = runRewind({"--store", store, "snapshot", "counter-1"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray("saved 2 snapshots of counter-1 (every 1000 events)\n"));
        QCOMPARE(runRewind({"--store", store, "snapshot", "counter"}).exitCode, 1);
        QCOMPARE(runRewind({"--store", store, "snapshot", "counter-1", "--every", "0"}).exitCode, 1);
        QCOMPARE(runRewind({"--store", store, "snapshot"}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
