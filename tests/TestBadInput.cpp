// Malformed input of every kind the command line takes (import files, `append`,
// `command`, store addresses, options) is refused with its exit code (1 usage, 2 bad
// input) and a message that names the file, line and field (or the argument), and the store is left
// exactly as it was. Every row runs the real `rewind` binary against a real SQLite file and a real
// PostgreSQL database that hold a few events.
#include "EventJson.h"
#include "EventStoreFactory.h"
#include "PgTestDatabase.h"
#include "RewindProcess.h"
#include "StoreError.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Rewind;

namespace {

QByteArray uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')).toUtf8();
}

// A valid import line for a stream the store does not have, so a line wrongly accepted shows up.
QByteArray good(int n)
{
    return "{\"stream_name\":\"import-1\",\"type\":\"Imported\",\"data\":{\"n\":" + QByteArray::number(n) +
           "},\"id\":\"" + uuid(100 + n) + "\"}";
}

// A valid line with one member's raw JSON text replaced (or removed when `raw` is null).
QByteArray with(const char* field, const QByteArray& raw)
{
    QList<std::pair<QByteArray, QByteArray>> members{{"stream_name", "\"import-1\""},
                                                     {"type", "\"Imported\""},
                                                     {"data", "{\"n\":1}"},
                                                     {"id", "\"" + uuid(150) + "\""}};
    bool found = false;
    for (auto& m : members)
        if (m.first == field) {
            m.second = raw;
            found = true;
        }
    if (!found)
        members.append({field, raw});
    QByteArray line = "{";
    for (const auto& m : members) {
        if (m.second.isNull())
            continue;
        if (line.size() > 1)
            line += ',';
        line += "\"" + m.first + "\":" + m.second;
    }
    return line + "}";
}

QByteArray without(const char* field)
{
    return with(field, QByteArray());
}

// The line with an id of its own, so that a line one backend wrongly stores does not turn the rows
// after it into duplicate-id rows.
QByteArray fresh(QByteArray line, int n)
{
    return line.replace(uuid(150), uuid(n));
}

QByteArray str(const QByteArray& text)
{
    return "\"" + text + "\"";
}

// What "untouched" means: the same head, the same number of events, the same events.
struct StoreState
{
    qint64 head = -1;
    qint64 count = -1;
    QByteArray digest;
    bool operator==(const StoreState&) const = default;
};

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    QString m_sqlite;
    bool m_sqliteReady = false;
    bool m_pgReady = false;
    int m_files = 0;

    // The store of the current backend, created and filled on first use.
    QString store(QString& error)
    {
        QFETCH_GLOBAL(QString, backend);
        const bool sqlite = backend == QLatin1String("sqlite");
        if (sqlite && m_sqliteReady)
            return m_sqlite;
        if (!sqlite && m_pgReady)
            return m_pg->conninfo();
        QString address;
        if (sqlite) {
            address = m_sqlite = m_dir.filePath(QStringLiteral("bad-input.sqlite"));
        } else {
            m_pg = std::make_unique<PgTestDatabase>();
            if (!m_pg->isValid()) {
                error = m_pg->error();
                return {};
            }
            address = m_pg->conninfo();
        }
        QByteArray seed;
        for (int i = 0; i < 3; ++i)
            seed += "{\"stream_name\":\"question-1\",\"type\":\"QuestionDrafted\",\"data\":{\"v\":" +
                    QByteArray::number(i) + "},\"id\":\"" + uuid(i + 1) + "\"}\n";
        seed += "{\"stream_name\":\"quiz-9\",\"type\":\"QuizStarted\",\"data\":{},\"metadata\":{\"userId\":"
                "\"s\"},"
                "\"id\":\"" +
                uuid(4) + "\"}\n";
        const QString seedFile = m_dir.filePath(QStringLiteral("seed-%1.jsonl").arg(backend));
        QFile f(seedFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(seed) != seed.size()) {
            error = QStringLiteral("cannot write %1").arg(seedFile);
            return {};
        }
        f.close();
        for (const QStringList& args :
             {QStringList{"--store", address, "init"}, QStringList{"--store", address, "import", seedFile}}) {
            const RewindRun r = runRewind(args);
            if (r.exitCode != 0) {
                error = QStringLiteral("%1 failed: %2").arg(args.join(u' '), QString::fromUtf8(r.err));
                return {};
            }
        }
        (sqlite ? m_sqliteReady : m_pgReady) = true;
        return address;
    }

    static StoreState stateOf(const QString& address)
    {
        StoreState s;
        try {
            auto store = EventStoreFactory::open(address, EventStoreFactory::Mode::MustExist);
            s.head = store->headPosition();
            s.count = 0;
            QCryptographicHash hash(QCryptographicHash::Sha256);
            LogQuery query;
            for (;;) {
                const LogBatch batch = store->readLog(query);
                for (const RecordedEvent& e : batch.events) {
                    ++s.count;
                    hash.addData(EventJson::toJsonLine(e));
                }
                if (batch.events.isEmpty() || batch.safePosition <= query.afterGlobalPosition)
                    break;
                query.afterGlobalPosition = batch.safePosition;
            }
            s.digest = hash.result().toHex();
        } catch (const StoreError& e) {
            s.digest = "error: " + e.message().toUtf8();
        }
        return s;
    }

    // One row: `args` (prefixed with --store STORE unless they give --store themselves), the content
    // of {file}, the exit code and the texts the message must contain ({file} is the file's path).
    static void row(const char* name, const QStringList& args, int code, const QStringList& needles,
                    const QByteArray& file = {})
    {
        QTest::newRow(name) << args << file << code << needles;
    }
    // An import file refused at `line` with a message "{file}:LINE: FIELD: …".
    static void import(const char* name, const QByteArray& content, int line, const QString& field,
                       const QStringList& more = {})
    {
        row(name, {"import", "{file}"}, 2,
            QStringList{QStringLiteral("{file}:%1: %2:").arg(line).arg(field)} + more, content);
    }
    static void importLine(const char* name, const QByteArray& line, const QString& field,
                           const QStringList& more = {})
    {
        import(name, line + "\n", 1, field, more);
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("REWIND_BINARY").isEmpty(), "REWIND_BINARY is not set");
        qputenv("REWIND_STORE", ""); // every row says which store, or deliberately none
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("needles");

        // --- Import files: JSON syntax (the message names the line, "json" and the column) ---
        const QStringList col{"column"};
        importLine("json: not json", "hello", "json", col);
        importLine("json: lone brace", "{", "json", col);
        importLine("json: unclosed object", good(1).chopped(1), "json", col);
        importLine("json: trailing comma", "{\"stream_name\":\"a-1\",}", "json", col);
        importLine("json: single quotes", "{'stream_name':'a-1'}", "json", col);
        importLine("json: unquoted key", "{stream_name:\"a-1\"}", "json", col);
        importLine("json: top-level array", "[" + good(1) + "]", "json", col);
        importLine("json: top-level string", "\"x\"", "json", col);
        importLine("json: top-level number", "42", "json", col);
        importLine("json: top-level null", "null", "json", col);
        importLine("json: trailing garbage", good(1) + " x", "json", col);
        importLine("json: two objects on a line", good(1) + good(2), "json", col);
        importLine("json: missing colon", "{\"stream_name\" \"a-1\"}", "json", col);
        importLine("json: missing comma", "{\"stream_name\":\"a-1\" \"type\":\"T\"}", "json", col);
        importLine("json: bad literal in data", with("data", "{\"a\":tru}"), "json", col);
        importLine("json: leading zero in data", with("data", "{\"a\":01}"), "json", col);
        importLine("json: NaN in data", with("data", "{\"a\":NaN}"), "json", col);
        importLine("json: unterminated string in data", with("data", "{\"a\":\"x}"), "json", col);
        importLine("json: bad escape in data", with("data", "{\"a\":\"\\x\"}"), "json", col);
        importLine("json: bad unicode escape", with("data", "{\"a\":\"\\u12G4\"}"), "json", col);
        importLine("json: raw control character", with("data", "{\"a\":\"x\x01y\"}"), "json", col);
        importLine("json: nested too deeply",
                   with("data", "{\"a\":" + QByteArray(300, '[') + QByteArray(300, ']') + "}"), "json", col);
        importLine("json: comment", good(1) + " // note", "json", col);
        importLine("json: closing brace only", "}", "json", col);
        importLine("json: NUL byte in a line",
                   with("data", QByteArray("{\"a\":\"x\0y\"}", sizeof("{\"a\":\"x\0y\"}") - 1)), "json", col);
        import("json: bad third line after good ones", good(1) + "\n" + good(2) + "\n{\n", 3, "json", col);
        import("json: blank lines are counted", "\n\n   \n\t\n{oops}\n", 5, "json", col);
        import("json: CRLF lines", good(1) + "\r\n{oops}\r\n", 2, "json", col);
        import("json: BOM on the second line", good(1) + "\n\xEF\xBB\xBF" + good(2) + "\n", 2, "json", col);

        // --- Import files: fields and their types ---
        importLine("stream_name: missing", without("stream_name"), "stream_name");
        importLine("stream_name: number", with("stream_name", "12"), "stream_name");
        importLine("stream_name: null", with("stream_name", "null"), "stream_name");
        importLine("stream_name: array", with("stream_name", "[\"a-1\"]"), "stream_name");
        importLine("stream_name: empty", with("stream_name", "\"\""), "stream_name");
        importLine("stream_name: space", with("stream_name", "\"import 1\""), "stream_name");
        importLine("stream_name: tab escape", with("stream_name", "\"import-\\t1\""), "stream_name");
        importLine("stream_name: newline escape", with("stream_name", "\"import-1\\n\""), "stream_name");
        importLine("stream_name: control escape", with("stream_name", "\"import-\\u00011\""), "stream_name");
        importLine("stream_name: empty category", with("stream_name", "\"-1\""), "stream_name");
        importLine("stream_name: 1001 characters", with("stream_name", str("import-" + QByteArray(994, 'x'))),
                   "stream_name");
        importLine("type: missing", without("type"), "type");
        importLine("type: number", with("type", "7"), "type");
        importLine("type: null", with("type", "null"), "type");
        importLine("type: object", with("type", "{}"), "type");
        importLine("type: empty", with("type", "\"\""), "type");
        importLine("type: 1001 characters", with("type", str(QByteArray(1001, 'T'))), "type");
        // Data and metadata may be any JSON value, as Message DB stores them and `read` prints them
        // (TestCommandLine imports them); only JSON that does not parse is refused, above.
        importLine("data: missing", without("data"), "data");
        // `append` writes Rewind's own events: objects only.
        row("append: DATA an array", {"append", "append-1", "Appended", "[1,2]"}, 2, {"DATA", "JSON object"});
        row("append: metadata a string", {"append", "append-1", "Appended", "{}", "--metadata", "\"m\""}, 2,
            {"--metadata", "JSON object or null"});
        importLine("id: missing", without("id"), "id");
        importLine("id: number", with("id", "42"), "id");
        importLine("id: null", with("id", "null"), "id");
        importLine("id: not a UUID", with("id", "\"abc\""), "id");
        importLine("id: braces", with("id", str("{" + uuid(150) + "}")), "id");
        importLine("id: no dashes", with("id", str(uuid(150).replace('-', ""))), "id");
        importLine("id: bad hex digit", with("id", str(uuid(150).replace('8', 'g'))), "id");
        importLine("id: one digit too many", with("id", str(uuid(150) + "0")), "id");
        importLine("id: empty", with("id", "\"\""), "id");
        importLine("time: number", with("time", "1706688900"), "time");
        importLine("time: null", with("time", "null"), "time");
        importLine("time: words", with("time", "\"yesterday\""), "time");
        importLine("time: empty", with("time", "\"\""), "time");
        importLine("time: month 13", with("time", "\"2024-13-01T00:00:00Z\""), "time");
        importLine("time: 30 February", with("time", "\"2024-02-30T00:00:00Z\""), "time");
        importLine("time: hour 25", with("time", "\"2024-01-31T25:00:00Z\""), "time");
        importLine("time: seven fraction digits", with("time", "\"2024-01-31T08:15:00.1234567Z\""), "time");
        importLine("time: date only", with("time", "\"2024-01-31\""), "time");
        importLine("time: bad offset", with("time", "\"2024-01-31T08:15:00+25:00\""), "time");
        importLine("position: string", with("position", "\"3\""), "position");
        importLine("position: negative", with("position", "-1"), "position");
        importLine("position: fraction", with("position", "1.5"), "position");
        importLine("position: beyond int64", with("position", "99999999999999999999"), "position");
        importLine("position: true", with("position", "true"), "position");
        importLine("position: null", with("position", "null"), "position");
        importLine("global_position: zero", with("global_position", "0"), "global_position");
        importLine("global_position: negative", with("global_position", "-5"), "global_position");
        importLine("global_position: string", with("global_position", "\"1\""), "global_position");
        importLine("global_position: null", with("global_position", "null"), "global_position");
        importLine("unknown field", with("colour", "\"red\""), "colour");
        importLine("field given twice", good(1).chopped(1) + ",\"type\":\"Again\"}", "type", {"twice"});
        importLine("field given twice, escaped", good(1).chopped(1) + ",\"typ\\u0065\":\"Again\"}", "type",
                   {"twice"});

        // --- Import files: invalid UTF-8 (JSON text must be UTF-8) ---
        importLine("utf-8: 0xFF in data", with("data", "{\"a\":\"x\xFFy\"}"), "json", {"UTF-8"});
        importLine("utf-8: overlong in stream name", with("stream_name", "\"import-\xC0\xAF\""), "json",
                   {"UTF-8"});
        importLine("utf-8: surrogate in type", with("type", "\"T\xED\xA0\x80\""), "json", {"UTF-8"});
        importLine("utf-8: truncated sequence", with("data", "{\"a\":\"\xE2\x82\"}"), "json", {"UTF-8"});
        importLine("utf-8: above U+10FFFF", with("data", "{\"a\":\"\xF4\x90\x80\x80\"}"), "json", {"UTF-8"});
        importLine("utf-8: lone continuation in a key", with("data", "{\"\x80\":1}"), "json", {"UTF-8"});
        importLine("utf-8: byte outside strings", good(1).chopped(1) + "\xFF}", "json", col);

        // --- Import files: oversized payloads (the limit is EventJson::MaxLineBytes, 4 MiB a line) ---
        const QByteArray huge =
            with("data", "{\"blob\":\"" + QByteArray(EventJson::MaxLineBytes, 'x') + "\"}");
        importLine("oversized: line above 4 MiB", huge, "line", {"4194304"});
        import("oversized: second line above 4 MiB", good(1) + "\n" + huge + "\n", 2, "line", {"4194304"});

        // --- Import files: the file itself, and the command's arguments ---
        row("import: missing file", {"import", "{file}.missing"}, 2, {"{file}.missing", "cannot open"});
        row("import: no FILE", {"import"}, 1, {"FILE"});
        row("import: two files", {"import", "{file}", "{file}"}, 1, {"FILE"}, good(1) + "\n");
        row("import: unknown option", {"import", "{file}", "--fast"}, 1, {"--fast"}, good(1) + "\n");

        // --- append STREAM TYPE DATA ---
        row("append: empty stream", {"append", "", "Appended", "{}"}, 2, {"stream_name"});
        row("append: stream with space", {"append", "append 1", "Appended", "{}"}, 2, {"stream_name"});
        row("append: stream with newline", {"append", "append-1\nx", "Appended", "{}"}, 2, {"stream_name"});
        row("append: stream with control", {"append", "append-\x01", "Appended", "{}"}, 2, {"stream_name"});
        row("append: empty category", {"append", "-1", "Appended", "{}"}, 2, {"stream_name"});
        row("append: empty type", {"append", "append-1", "", "{}"}, 2, {"type"});
        row("append: DATA not JSON", {"append", "append-1", "Appended", "nope"}, 2, {"DATA"});
        row("append: DATA array", {"append", "append-1", "Appended", "[1]"}, 2, {"DATA"});
        row("append: DATA string", {"append", "append-1", "Appended", "\"x\""}, 2, {"DATA"});
        row("append: DATA null", {"append", "append-1", "Appended", "null"}, 2, {"DATA"});
        row("append: DATA trailing garbage", {"append", "append-1", "Appended", "{} x"}, 2,
            {"DATA", "column"});
        row("append: DATA empty", {"append", "append-1", "Appended", ""}, 2, {"DATA"});
        row("append: metadata array", {"append", "append-1", "Appended", "{}", "--metadata", "[1]"}, 2,
            {"--metadata"});
        row("append: metadata not JSON", {"append", "append-1", "Appended", "{}", "--metadata", "user=x"}, 2,
            {"--metadata"});
        row("append: metadata string", {"append", "append-1", "Appended", "{}", "--metadata", "\"x\""}, 2,
            {"--metadata"});
        row("append: metadata without value", {"append", "append-1", "Appended", "{}", "--metadata"}, 1,
            {"--metadata"});
        row("append: expected version word",
            {"append", "append-1", "Appended", "{}", "--expected-version", "abc"}, 1, {"--expected-version"});
        row("append: expected version -2",
            {"append", "append-1", "Appended", "{}", "--expected-version", "-2"}, 1, {"--expected-version"});
        row("append: expected version fraction",
            {"append", "append-1", "Appended", "{}", "--expected-version", "1.5"}, 1, {"--expected-version"});
        row("append: expected version empty",
            {"append", "append-1", "Appended", "{}", "--expected-version", ""}, 1, {"--expected-version"});
        row("append: expected version beyond int64",
            {"append", "append-1", "Appended", "{}", "--expected-version", "99999999999999999999"}, 1,
            {"--expected-version"});
        row("append: expected version twice",
            {"append", "append-1", "Appended", "{}", "--expected-version", "-1", "--expected-version", "0"},
            1, {"--expected-version"});
        row("append: id not a UUID", {"append", "append-1", "Appended", "{}", "--id", "nope"}, 2, {"--id"});
        row("append: four positionals", {"append", "append-1", "Appended", "{}", "extra"}, 1, {"STREAM"});
        row("append: unknown option", {"append", "append-1", "Appended", "{}", "--force"}, 1, {"--force"});

        // --- command NAME JSON ---
        row("command: unknown name", {"command", "Frobnicate", "{}"}, 2, {"unknown command", "Frobnicate"});
        row("command: name in lower case", {"command", "publishQuestion", "{\"questionId\":7}"}, 2,
            {"unknown command", "publishQuestion"});
        row("command: JSON not JSON", {"command", "PublishQuestion", "nope"}, 2, {"PublishQuestion", "JSON"});
        row("command: JSON array", {"command", "PublishQuestion", "[7]"}, 2, {"PublishQuestion"});
        row("command: missing id", {"command", "PublishQuestion", "{}"}, 2, {"questionId", "missing"});
        row("command: null id", {"command", "PublishQuestion", "{\"questionId\":null}"}, 2, {"questionId"});
        row("command: boolean id", {"command", "PublishQuestion", "{\"questionId\":true}"}, 2,
            {"questionId"});
        row("command: negative id", {"command", "PublishQuestion", "{\"questionId\":-1}"}, 2, {"questionId"});
        row("command: fractional id", {"command", "PublishQuestion", "{\"questionId\":1.5}"}, 2,
            {"questionId"});
        row("command: id with space", {"command", "PublishQuestion", "{\"questionId\":\"q 1\"}"}, 2,
            {"questionId"});
        row("command: empty id", {"command", "PublishQuestion", "{\"questionId\":\"\"}"}, 2, {"questionId"});
        row("command: unknown field", {"command", "PublishQuestion", "{\"questionId\":7,\"force\":true}"}, 2,
            {"force"});
        row("command: field twice", {"command", "PublishQuestion", "{\"questionId\":7,\"questionId\":8}"}, 2,
            {"questionId", "twice"});
        row("command: title number",
            {"command", "CreateCourse", "{\"courseId\":\"c1\",\"title\":5,\"language\":\"nl\"}"}, 2,
            {"title"});
        row("command: title null",
            {"command", "CreateCourse", "{\"courseId\":\"c1\",\"title\":null,\"language\":\"nl\"}"}, 2,
            {"title"});
        row("command: language missing", {"command", "CreateCourse", "{\"courseId\":\"c1\",\"title\":\"T\"}"},
            2, {"language"});
        row("command: courseId object",
            {"command", "CreateCourse", "{\"courseId\":{},\"title\":\"T\",\"language\":\"nl\"}"}, 2,
            {"courseId"});
        row("command: answers not an array",
            {"command", "ChangeAnswers", "{\"questionId\":1,\"answers\":\"a\",\"correctAnswers\":[\"a\"]}"},
            2, {"answers"});
        row("command: answers of numbers",
            {"command", "ChangeAnswers", "{\"questionId\":1,\"answers\":[1,2],\"correctAnswers\":[\"a\"]}"},
            2, {"answers"});
        row("command: correctAnswers string",
            {"command", "ChangeAnswers", "{\"questionId\":1,\"answers\":[\"a\"],\"correctAnswers\":\"a\"}"},
            2, {"correctAnswers"});
        row("command: index string",
            {"command", "AddChapter",
             "{\"courseId\":\"c1\",\"chapterId\":\"h1\",\"title\":\"T\",\"index\":\"1\"}"},
            2, {"index"});
        row("command: index fraction",
            {"command", "AddChapter",
             "{\"courseId\":\"c1\",\"chapterId\":\"h1\",\"title\":\"T\",\"index\":1.5}"},
            2, {"index"});
        row("command: reason number", {"command", "RetireQuestion", "{\"questionId\":1,\"reason\":5}"}, 2,
            {"reason"});
        row("command: draft without courseId",
            {"command", "DraftQuestion", "{\"questionId\":1,\"sectionId\":\"s1\"}"}, 2, {"courseId"});
        row("command: correlation id not a UUID",
            {"command", "PublishQuestion", "{\"questionId\":7}", "--correlation-id", "nope"}, 2,
            {"--correlation-id"});
        row("command: rejected by the domain", {"command", "PublishQuestion", "{\"questionId\":999}"}, 2,
            {"PublishQuestion", "question-999", "rejected"});
        row("command: JSON missing", {"command", "PublishQuestion"}, 1, {"NAME and JSON"});

        // --- Store addresses (--store) ---
        const QStringList readAll{"read", "--all"};
        row("store: empty", QStringList{"--store", ""} + readAll, 2, {"--store"});
        row("store: empty inline", QStringList{"--store="} + readAll, 2, {"--store"});
        row("store: blank", QStringList{"--store", "   "} + readAll, 2, {"store address", "empty"});
        row("store: value missing", QStringList{"read", "--all", "--store"}, 1, {"--store"});
        row("store: mysql scheme", QStringList{"--store", "mysql://db/x"} + readAll, 2,
            {"unknown scheme", "mysql"});
        row("store: http scheme", QStringList{"--store", "https://example.org/x.sqlite"} + readAll, 2,
            {"unknown scheme", "https"});
        row("store: file scheme", QStringList{"--store", "file:///tmp/x.sqlite"} + readAll, 2,
            {"unknown scheme", "file"});
        row("store: sqlite without path", QStringList{"--store", "sqlite:"} + readAll, 2, {"sqlite:"});
        row("store: sqlite// without path", QStringList{"--store", "sqlite://"} + readAll, 2, {"sqlite:"});
        row("store: URI with unknown parameter",
            QStringList{"--store", "postgresql://db/x?colour=blue"} + readAll, 2, {"URI", "colour"});
        row("store: URI with bad port", QStringList{"--store", "postgresql://localhost:port/x"} + readAll, 2,
            {"port"});
        row("store: URI with open bracket", QStringList{"--store", "postgresql://[::1/x"} + readAll, 2,
            {"URI"});
        row("store: URI with unknown parameter",
            QStringList{"--store", "postgresql:///x?colour=red"} + readAll, 2, {"colour"});
        row("store: conninfo unknown keyword", QStringList{"--store", "hots=localhost dbname=x"} + readAll, 2,
            {"hots"});
        row("store: conninfo unterminated quote",
            QStringList{"--store", "host='localhost dbname=x"} + readAll, 2,
            {"store address", "unterminated"});
        row("store: conninfo missing value", QStringList{"--store", "dbname=x host"} + readAll, 2,
            {"store address", "host"});

        // --- Command-line arguments ---
        row("args: unknown command", {"frobnicate"}, 1, {"frobnicate"});
        row("args: unknown option", {"read", "--all", "--colour"}, 1, {"--colour"});
        row("args: flag with a value", {"read", "--all=yes"}, 1, {"--all"});
        row("args: read without target", {"read"}, 1, {"exactly one"});
        row("args: read with two targets", {"read", "a-1", "--all"}, 1, {"exactly one"});
        row("args: limit word", {"read", "--all", "--limit", "many"}, 1, {"--limit", "many"});
        row("args: limit negative", {"read", "--all", "--limit", "-1"}, 1, {"--limit"});
        row("args: limit fraction", {"read", "--all", "--limit", "1.5"}, 1, {"--limit"});
        row("args: limit empty", {"read", "--all", "--limit="}, 1, {"--limit"});
        row("args: limit without value", {"read", "--all", "--limit"}, 1, {"--limit", "needs a value"});
        row("args: limit twice", {"read", "--all", "--limit", "1", "--limit", "2"}, 1, {"--limit", "twice"});
        row("args: limit beyond int64", {"read", "--all", "--limit", "99999999999999999999"}, 1, {"--limit"});
        row("args: from word", {"read", "--all", "--from", "start"}, 1, {"--from"});
        row("args: from negative", {"read", "question-1", "--from", "-5"}, 1, {"--from"});
        row("args: from hex", {"read", "--all", "--from", "0x10"}, 1, {"--from"});
        // An empty name is not "no category": it must not print the whole log.
        row("args: read empty name", {"read", ""}, 2, {"STREAM|CATEGORY", "--all"});
        row("args: read empty name from 1", {"read", "", "--from", "1"}, 2, {"STREAM|CATEGORY"});
        row("args: read blank name", {"read", "  "}, 2, {"STREAM|CATEGORY"});
        row("args: days zero", {"demo", "--days", "0"}, 1, {"--days"});
        row("args: days word", {"demo", "--days", "week"}, 1, {"--days"});
        row("args: days too many", {"demo", "--days", "99999"}, 1, {"--days"});
        row("args: students zero", {"demo", "--students", "0"}, 1, {"--students"});
        row("args: seed negative", {"demo", "--seed", "-1"}, 1, {"--seed"});
        row("args: until-position word", {"replay", "question-1", "--until-position", "end"}, 1,
            {"--until-position"});
        row("args: until-time words", {"replay", "question-1", "--until-time", "yesterday"}, 2,
            {"--until-time"});

        // --- Duplicate ids: the same id with other content is refused, naming the line and the id ---
        import("json: BOM on the first line", "\xEF\xBB\xBF" + good(1) + "\n", 1, "json", col);
        row("id: twice in a file, different data", {"import", "{file}"}, 2,
            {"{file}:2: id " + QString::fromUtf8(uuid(101)), "different content"},
            good(1) + "\n" + good(1).replace("\"n\":1", "\"n\":2") + "\n");
        row("id: stored with different data", {"import", "{file}"}, 2,
            {"{file}:1: id " + QString::fromUtf8(uuid(1)), "different content"},
            "{\"stream_name\":\"question-1\",\"type\":\"QuestionDrafted\",\"data\":{\"v\":99},\"id\":\"" +
                uuid(1) + "\"}\n");
        row("append: reusing a stored id",
            {"append", "question-1", "QuestionDrafted", "{\"v\":98}", "--id", QString::fromUtf8(uuid(2))}, 2,
            {"id", QString::fromUtf8(uuid(2))});
        importLine("position: not next in its stream",
                   "{\"stream_name\":\"question-1\",\"type\":\"QuestionDrafted\",\"data\":{},\"position\":5,"
                   "\"id\":\"" +
                       uuid(160) + "\"}",
                   "position");
        importLine("time: leap second", with("time", "\"2024-12-31T23:59:60Z\""), "time");

        // --- Valid JSON that PostgreSQL cannot store: refused for both backends alike (SQLite used to
        // store these while PostgreSQL refused them), naming the field ---
        importLine("data: lone surrogate escape", fresh(with("data", "{\"a\":\"\\ud800\"}"), 171), "data",
                   {"invalid Unicode escape"});
        importLine("metadata: lone surrogate escape", fresh(with("metadata", "{\"a\":\"\\udc00\"}"), 172),
                   "metadata", {"invalid Unicode escape"});
        importLine("data: NUL escape in a string", fresh(with("data", "{\"a\":\"x\\u0000y\"}"), 173), "data",
                   {"PostgreSQL cannot store"});
        importLine("data: NUL escape in a key", fresh(with("data", "{\"a\\u0000\":1}"), 174), "data",
                   {"PostgreSQL cannot store"});
        importLine("data: number beyond PostgreSQL numeric", fresh(with("data", "{\"n\":1e999999}"), 175),
                   "data", {"number out of range"});
        importLine("metadata: number beyond PostgreSQL numeric",
                   fresh(with("metadata", "{\"n\":[0.5e-16383]}"), 178), "metadata", {"number out of range"});
        importLine("time: year 0", fresh(with("time", "\"0000-01-01T00:00:00Z\""), 176), "time",
                   {"year must be 1 or later"});
        importLine("time: year 10000 after the offset",
                   fresh(with("time", "\"9999-12-31T23:30:00-01:00\""), 179), "time", {"9999"});
        importLine("type: NUL escape", fresh(with("type", "\"T\\u0000x\""), 177), "type",
                   {"PostgreSQL cannot store"});
        importLine("type: lone surrogate escape", fresh(with("type", "\"T\\ud800x\""), 180), "type",
                   {"invalid Unicode escape"});
        row("append: DATA with a NUL escape", {"append", "append-1", "Appended", "{\"a\":\"\\u0000\"}"}, 2,
            {"DATA", "data", "PostgreSQL cannot store"});
        row("append: DATA with a lone surrogate escape",
            {"append", "append-1", "Appended", "{\"a\":\"\\udc00\"}"}, 2, {"DATA", "invalid Unicode escape"});
        row("append: metadata with a NUL escape",
            {"append", "append-1", "Appended", "{}", "--metadata", "{\"\\u0000\":1}"}, 2,
            {"--metadata", "PostgreSQL cannot store"});
        // libpq refuses these values only when connecting: bad input, not an unreachable server.
        row("store: conninfo bad sslmode", QStringList{"--store", "dbname=x sslmode=sometimes"} + readAll, 2,
            {"sslmode", "verify-full"});
        row("store: URI bad sslmode", QStringList{"--store", "postgresql:///x?sslmode=sometimes"} + readAll,
            2, {"sslmode", "verify-full"});
        row("store: conninfo bad gssencmode", QStringList{"--store", "dbname=x gssencmode=maybe"} + readAll,
            2, {"gssencmode", "disable, prefer, require"});
        row("store: conninfo bad target_session_attrs",
            QStringList{"--store", "dbname=x target_session_attrs=master"} + readAll, 2,
            {"target_session_attrs", "prefer-standby"});
    }

    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, file);
        QFETCH(int, code);
        QFETCH(QStringList, needles);

        QString error;
        const QString address = store(error);
        QVERIFY2(!address.isEmpty(), qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("row-%1.jsonl").arg(++m_files));
        if (!file.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(file), file.size());
        }
        QStringList full;
        const bool ownStore = std::any_of(args.begin(), args.end(), [](const QString& a) {
            return a.startsWith(QLatin1String("--store"));
        });
        if (!ownStore)
            full << QStringLiteral("--store") << address;
        for (QString a : args)
            full << a.replace(QLatin1String("{file}"), path);

        const StoreState before = stateOf(address);
        QVERIFY2(before.count > 0, before.digest.constData());
        const RewindRun r = runRewind(full);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(
            r.exitCode == code,
            qPrintable(
                QStringLiteral("exit %1, expected %2: %3").arg(r.exitCode).arg(code).arg(err.left(600))));
        for (QString needle : needles) {
            needle.replace(QLatin1String("{file}"), path);
            QVERIFY2(err.contains(needle),
                     qPrintable(QStringLiteral("message lacks '%1': %2").arg(needle, err.left(600))));
        }
        QVERIFY2(r.out.isEmpty(), r.out.left(300).constData());
        const StoreState after = stateOf(address);
        QVERIFY2(after == before, qPrintable(QStringLiteral("store changed: head %1 -> %2, count %3 -> %4")
                                                 .arg(before.head)
                                                 .arg(after.head)
                                                 .arg(before.count)
                                                 .arg(after.count)));
        if (!file.isEmpty())
            QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
