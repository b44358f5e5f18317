#include "EventJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Rewind::EventJson;
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
        QTest::newRow("data string") << QByteArray("{\"stream_name\":\"a-1\",\"type\":\"T\",\"data\":\"x\"," +
                                                   id + "}")
                                     << "data";
        QTest::newRow("metadata array") << "{" + base + "," + id + ",\"metadata\":[]}"
                                        << "metadata";
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
