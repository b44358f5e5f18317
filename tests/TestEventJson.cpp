#include "EventJson.h"
#include "EventTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Rewind::EventJson;
using Rewind::EventTime;
using Rewind::NewEvent;
using Rewind::RecordedEvent;

class TestEventJson : public QObject
{
    Q_OBJECT
private slots:
    void jsonLineHasExactlyTheDesignFields()
    {
        RecordedEvent e;
        e.globalPosition = 12;
        e.position = 3;
        e.timeUs = 1757318400000001;
        e.streamName = QStringLiteral("quiz-7");
        e.type = QStringLiteral("QuestionAnsweredCorrectly");
        e.data = "{\"questionId\": 442, \"answer\": \"1/4 \\\"quoted\\\"\"}";
        e.id = QUuid::fromString(QLatin1String("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
        const QByteArray line = EventJson::toJsonLine(e);
        QCOMPARE(
            line,
            QByteArray("{\"global_position\":12,\"position\":3,\"time\":\"2025-09-08T08:00:00.000001Z\","
                       "\"stream_name\":\"quiz-7\",\"type\":\"QuestionAnsweredCorrectly\","
                       "\"data\":{\"answer\":\"1/4 \\\"quoted\\\"\",\"questionId\":442},\"metadata\":null,"
                       "\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"}"));
        const QJsonObject parsed = QJsonDocument::fromJson(line).object();
        QCOMPARE(parsed.keys(), (QStringList{"data", "global_position", "id", "metadata", "position",
                                             "stream_name", "time", "type"}));
    }

    void formattingOfDataDoesNotMatter()
    {
        // PostgreSQL's jsonb prints "{"b": 1, "a": 2}" in its own key order; SQLite keeps the text.
        RecordedEvent a;
        a.data = "{\"b\": 1, \"a\": [1, 2]}";
        a.metadata = "{\"userId\":\"x\"}";
        RecordedEvent b = a;
        b.data = "{\"a\":[1,2],\"b\":1}";
        b.metadata = "{ \"userId\" : \"x\" }";
        QCOMPARE(EventJson::toJsonLine(a), EventJson::toJsonLine(b));
    }

    void canonicalFormKeepsEveryValue_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("sorted keys, no spaces")
            << QByteArray("{ \"b\" : 1 , \"a\" : 2 }") << QByteArray("{\"a\":2,\"b\":1}");
        QTest::newRow("nested objects sorted too")
            << QByteArray("{\"z\":[{\"y\":1,\"x\":[true,false,null]}],\"a\":{}}")
            << QByteArray("{\"a\":{},\"z\":[{\"x\":[true,false,null],\"y\":1}]}");
        QTest::newRow("integer beyond 2^53 kept exactly")
            << QByteArray("{\"n\":12345678901234567891}") << QByteArray("{\"n\":12345678901234567891}");
        QTest::newRow("decimal text kept") << QByteArray("{\"n\":-0.10}") << QByteArray("{\"n\":-0.10}");
        QTest::newRow("last duplicate wins") << QByteArray("{\"a\":1,\"a\":2}") << QByteArray("{\"a\":2}");
        QTest::newRow("escapes normalised")
            << QByteArray("{\"s\":\"\\u00e9\\/\\t\"}") << QByteArray("{\"s\":\"\xc3\xa9/\\t\"}");
        QTest::newRow("not json") << QByteArray("{\"a\":") << QByteArray("null");
        // Message DB stores any JSON value as data: each prints as the value it is.
        QTest::newRow("array") << QByteArray("[1, 2]") << QByteArray("[1,2]");
        QTest::newRow("array of objects sorted")
            << QByteArray(" [{\"b\":1,\"a\":2}] ") << QByteArray("[{\"a\":2,\"b\":1}]");
        QTest::newRow("string") << QByteArray("\"text\"") << QByteArray("\"text\"");
        QTest::newRow("string with escapes")
            << QByteArray("\"a\\u00e9\\n\"") << QByteArray("\"a\xc3\xa9\\n\"");
        QTest::newRow("number") << QByteArray("5") << QByteArray("5");
        QTest::newRow("number kept exactly")
            << QByteArray(" 12345678901234567891.50 ") << QByteArray("12345678901234567891.50");
        QTest::newRow("true") << QByteArray("true") << QByteArray("true");
        QTest::newRow("false") << QByteArray("false") << QByteArray("false");
        QTest::newRow("json null") << QByteArray("null") << QByteArray("null");
        QTest::newRow("two values") << QByteArray("1 2") << QByteArray("null");
        QTest::newRow("bad literal") << QByteArray("tru") << QByteArray("null");
        QTest::newRow("array then text") << QByteArray("[1] x") << QByteArray("null");
    }

    void metadataOfAnyTypePrintsAsStored()
    {
        RecordedEvent e;
        e.data = "{}";
        e.metadata = "[\"a\", 1]";
        QVERIFY(EventJson::toJsonLine(e).contains(",\"metadata\":[\"a\",1],"));
        e.metadata = "\"note\"";
        QVERIFY(EventJson::toJsonLine(e).contains(",\"metadata\":\"note\","));
        e.metadata.clear(); // SQL NULL
        QVERIFY(EventJson::toJsonLine(e).contains(",\"metadata\":null,"));
    }

    // What `read` prints of data and metadata that are not objects imports again as it was.
    void importLinesTakeAnyJsonValue_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("metadata");
        QTest::addColumn<QByteArray>("storedMetadata");
        QTest::newRow("array, string") << QByteArray("[1,2]") << QByteArray("\"m\"") << QByteArray("\"m\"");
        QTest::newRow("string, number") << QByteArray("\"text\"") << QByteArray("5") << QByteArray("5");
        QTest::newRow("number, array") << QByteArray("5") << QByteArray("[]") << QByteArray("[]");
        QTest::newRow("true, false") << QByteArray("true") << QByteArray("false") << QByteArray("false");
        QTest::newRow("null, null") << QByteArray("null") << QByteArray("null") << QByteArray();
    }

    void importLinesTakeAnyJsonValue()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, metadata);
        QFETCH(QByteArray, storedMetadata);
        NewEvent e;
        QString error;
        QVERIFY2(EventJson::parseImportLine("{\"stream_name\":\"a-1\",\"type\":\"T\",\"data\":" + data +
                                                ",\"metadata\":" + metadata +
                                                ",\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"}",
                                            e, error),
                 qPrintable(error));
        QCOMPARE(e.data, data);
        QCOMPARE(e.metadata, storedMetadata);
        RecordedEvent r;
        r.data = e.data;
        r.metadata = e.metadata;
        QVERIFY(EventJson::toJsonLine(r).contains(",\"data\":" + data + ",\"metadata\":" + metadata + ","));
    }
    void canonicalFormKeepsEveryValue()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        RecordedEvent e;
        e.data = input;
        const QByteArray line = EventJson::toJsonLine(e);
        QVERIFY2(line.contains(",\"data\":" + canonical + ",\"metadata\""), line.constData());
    }

    void escapesControlCharacters()
    {
        QByteArray out;
        EventJson::appendJsonString(out, QStringLiteral("a\tb\nc\x01\"\\é"));
        QCOMPARE(out, QByteArray("\"a\\tb\\nc\\u0001\\\"\\\\\xc3\xa9\""));
        QCOMPARE(QJsonDocument::fromJson("[" + out + "]").array().first().toString(),
                 QStringLiteral("a\tb\nc\x01\"\\é"));
    }

    void parsesAGoodLine()
    {
        NewEvent e;
        QString error;
        QVERIFY2(EventJson::parseImportLine(
                     "{\"stream_name\":\"student-1\",\"type\":\"StudentLoggedIn\",\"data\":{},"
                     "\"metadata\":{\"userId\":\"s1\"},\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\","
                     "\"time\":\"2025-09-08T08:00:00.5Z\",\"position\":0,\"global_position\":9}",
                     e, error),
                 qPrintable(error));
        QCOMPARE(e.streamName, QStringLiteral("student-1"));
        QCOMPARE(e.type, QStringLiteral("StudentLoggedIn"));
        QCOMPARE(e.data, QByteArray("{}"));
        QCOMPARE(e.metadata, QByteArray("{\"userId\":\"s1\"}"));
        QCOMPARE(e.timeUs, 1757318400500000);
        QCOMPARE(e.position, 0);
    }

    void optionalFieldsMayBeLeftOut()
    {
        NewEvent e;
        QString error;
        QVERIFY2(EventJson::parseImportLine("{\"stream_name\":\"a-1\",\"type\":\"T\",\"data\":{\"x\":1},"
                                            "\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"}",
                                            e, error),
                 qPrintable(error));
        QCOMPARE(e.timeUs, NewEvent::StoreClock);
        QCOMPARE(e.position, -1);
        QVERIFY(e.metadata.isEmpty());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("field");
        const QByteArray id = "\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"";
        const QByteArray base = "\"stream_name\":\"a-1\",\"type\":\"T\",\"data\":{}";
        QTest::newRow("not json") << QByteArray("{stream_name: a}") << "json";
        QTest::newRow("truncated") << QByteArray("{\"stream_name\":\"a-1\"") << "json";
        QTest::newRow("array") << QByteArray("[1,2]") << "json";
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"stream_name\":\"a-\xff\xfe\",\"type\":\"T\",\"data\":{}," + id + "}") << "json";
        QTest::newRow("unknown field") << "{" + base + "," + id + ",\"colour\":\"red\"}"
                                       << "colour";
        QTest::newRow("missing stream")
            << QByteArray("{\"type\":\"T\",\"data\":{}," + id + "}") << "stream_name";
        QTest::newRow("stream with space")
            << QByteArray("{\"stream_name\":\"a 1\",\"type\":\"T\",\"data\":{}," + id + "}") << "stream_name";
        QTest::newRow("stream number")
            << QByteArray("{\"stream_name\":5,\"type\":\"T\",\"data\":{}," + id + "}") << "stream_name";
        QTest::newRow("empty category")
            << QByteArray("{\"stream_name\":\"-1\",\"type\":\"T\",\"data\":{}," + id + "}") << "stream_name";
        QTest::newRow("missing type")
            << QByteArray("{\"stream_name\":\"a-1\",\"data\":{}," + id + "}") << "type";
        QTest::newRow("empty type") << QByteArray("{\"stream_name\":\"a-1\",\"type\":\"\",\"data\":{}," + id +
                                                  "}")
                                    << "type";
        QTest::newRow("missing data")
            << QByteArray("{\"stream_name\":\"a-1\",\"type\":\"T\"," + id + "}") << "data";
        QTest::newRow("data not json")
            << QByteArray("{\"stream_name\":\"a-1\",\"type\":\"T\",\"data\":x," + id + "}") << "json";
        QTest::newRow("metadata not json") << "{" + base + "," + id + ",\"metadata\":[1,]}"
                                           << "json";
        QTest::newRow("missing id") << "{" + base + "}"
                                    << "id";
        QTest::newRow("bad id") << "{" + base + ",\"id\":\"not-a-uuid\"}"
                                << "id";
        QTest::newRow("braced id") << "{" + base + ",\"id\":\"{1b4e28ba-2fa1-11d2-883f-0016d3cca427}\"}"
                                   << "id";
        QTest::newRow("bad time") << "{" + base + "," + id + ",\"time\":\"last tuesday\"}"
                                  << "time";
        QTest::newRow("time number") << "{" + base + "," + id + ",\"time\":12}"
                                     << "time";
        QTest::newRow("negative position") << "{" + base + "," + id + ",\"position\":-1}"
                                           << "position";
        QTest::newRow("fractional position") << "{" + base + "," + id + ",\"position\":1.5}"
                                             << "position";
        QTest::newRow("zero global position") << "{" + base + "," + id + ",\"global_position\":0}"
                                              << "global_position";
    }
    void rejects()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, field);
        NewEvent e;
        QString error;
        QVERIFY(!EventJson::parseImportLine(line, e, error));
        QVERIFY2(error.startsWith(field + QLatin1Char(':')), qPrintable(error));
    }

    // Valid JSON that one backend would store and PostgreSQL would not is refused for both, naming
    // the field that holds it.
    void refusesWhatABackendCannotStore_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        const QByteArray id = ",\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"";
        const auto line = [&](const QByteArray& type, const QByteArray& data, const QByteArray& more = {}) {
            return "{\"stream_name\":\"a-1\",\"type\":" + type + ",\"data\":" + data + id + more + "}";
        };
        const QString nul = QStringLiteral("contains \\u0000, which PostgreSQL cannot store");
        QTest::newRow("NUL in a data string") << line("\"T\"", "{\"a\":\"x\\u0000\"}") << "data" << nul;
        QTest::newRow("NUL in a data key") << line("\"T\"", "{\"a\\u0000\":1}") << "data" << nul;
        QTest::newRow("NUL in metadata")
            << line("\"T\"", "{}", ",\"metadata\":{\"u\":[\"\\u0000\"]}") << "metadata" << nul;
        QTest::newRow("NUL in the type") << line("\"T\\u0000x\"", "{}") << "type" << nul;
        QTest::newRow("NUL in the stream name")
            << QByteArray("{\"stream_name\":\"a-\\u00001\",\"type\":\"T\",\"data\":{}" + id + "}")
            << "stream_name" << nul;
        QTest::newRow("NUL in an escaped field name")
            << line("\"T\"", "{}", ",\"met\\u0061data\":{\"a\":\"\\u0000\"}") << "metadata" << nul;
        QTest::newRow("lone high surrogate in data") << line("\"T\"", "{\"a\":\"\\ud800\"}") << "data"
                                                     << "invalid Unicode escape";
        QTest::newRow("lone low surrogate in metadata")
            << line("\"T\"", "{}", ",\"metadata\":{\"a\":\"\\udc00\"}") << "metadata"
            << "invalid Unicode escape";
        QTest::newRow("lone surrogate in the type") << line("\"T\\udbff\"", "{}") << "type"
                                                    << "invalid Unicode escape";
        QTest::newRow("number beyond numeric") << line("\"T\"", "{\"n\":1e999999}") << "data"
                                               << "number out of range";
        QTest::newRow("number beyond numeric in metadata")
            << line("\"T\"", "{}", ",\"metadata\":{\"n\":[1e-20000]}") << "metadata"
            << "number out of range";
        QTest::newRow("position beyond numeric")
            << line("\"T\"", "{}", ",\"position\":1e999999") << "position"
            << "number out of range";
        QTest::newRow("NUL in a field name of no field")
            << line("\"T\"", "{}", ",\"x\\u0000\":1") << "json" << nul;
        QTest::newRow("year 0") << line("\"T\"", "{}", ",\"time\":\"0000-01-01T00:00:00Z\"") << "time"
                                << "year must be 1 or later";
        QTest::newRow("year 10000 after the offset")
            << line("\"T\"", "{}", ",\"time\":\"9999-12-31T23:30:00-01:00\"") << "time"
            << "year must be 9999 or earlier";
    }
    void refusesWhatABackendCannotStore()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, field);
        QFETCH(QString, words);
        QVERIFY2(EventJson::isObject(line), "valid JSON");
        NewEvent e;
        QString error;
        QVERIFY(!EventJson::parseImportLine(line, e, error));
        QVERIFY2(error.startsWith(field + QLatin1String(": ")) && error.contains(words), qPrintable(error));
    }

    void acceptsWhatEveryBackendStores()
    {
        NewEvent e;
        QString error;
        QVERIFY2(
            EventJson::parseImportLine(
                "{\"stream_name\":\"a-1\",\"type\":\"T\\u00e9\",\"data\":{\"s\":\"\\ud83d\\ude00\\u0001\","
                "\"n\":[1e131071,1e-16383,0e999999]},\"metadata\":{\"k\\u0041\":1},"
                "\"time\":\"0001-01-01T00:00:00Z\",\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"}",
                e, error),
            qPrintable(error));
        QCOMPARE(e.type, QString::fromUtf8("T\xc3\xa9"));
        QCOMPARE(e.timeUs, EventTime::MinImportUs);
    }

    void rejectsOversizedLine()
    {
        QByteArray line = "{\"stream_name\":\"a-1\",\"type\":\"T\",\"data\":{\"x\":\"";
        line += QByteArray(EventJson::MaxLineBytes, 'x');
        line += "\"},\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"}";
        NewEvent e;
        QString error;
        QVERIFY(!EventJson::parseImportLine(line, e, error));
        QVERIFY2(error.startsWith(QLatin1String("line:")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEventJson)
#include "TestEventJson.moc"
