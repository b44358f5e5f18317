#include "JsonScanner.h"

#include <QJsonDocument>
#include <QTest>

using Rewind::JsonScanner;

class TestJsonScanner : public QObject
{
    Q_OBJECT
private slots:
    void validity_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty object") << QByteArray("{}") << true;
        QTest::newRow("spaces") << QByteArray(" \t{ \"a\" : 1 , \"b\" :[ ] }\r\n") << true;
        QTest::newRow("nested") << QByteArray("{\"a\":{\"b\":[1,-2.5e+3,true,false,null,\"x\"]}}") << true;
        QTest::newRow("escapes") << QByteArray("{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"}") << true;
        QTest::newRow("utf-8") << QByteArray("{\"a\":\"Zo\xc3\xab \xe2\x9c\x93 \xf0\x9f\x98\x80\"}") << true;
        QTest::newRow("zero") << QByteArray("{\"a\":0}") << true;
        QTest::newRow("negative zero fraction") << QByteArray("{\"a\":-0.0}") << true;
        QTest::newRow("not an object") << QByteArray("[1]") << false;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << false;
        QTest::newRow("array trailing comma") << QByteArray("{\"a\":[1,]}") << false;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << false;
        QTest::newRow("bare key") << QByteArray("{a:1}") << false;
        QTest::newRow("leading zero") << QByteArray("{\"a\":01}") << false;
        QTest::newRow("plus sign") << QByteArray("{\"a\":+1}") << false;
        QTest::newRow("dot without digits") << QByteArray("{\"a\":1.}") << false;
        QTest::newRow("exponent without digits") << QByteArray("{\"a\":1e}") << false;
        QTest::newRow("NaN") << QByteArray("{\"a\":NaN}") << false;
        QTest::newRow("tru") << QByteArray("{\"a\":tru}") << false;
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\x\"}") << false;
        QTest::newRow("short unicode escape") << QByteArray("{\"a\":\"\\u12\"}") << false;
        QTest::newRow("raw newline in string") << QByteArray("{\"a\":\"x\ny\"}") << false;
        QTest::newRow("unterminated string") << QByteArray("{\"a\":\"x") << false;
        QTest::newRow("unclosed object") << QByteArray("{\"a\":1") << false;
        QTest::newRow("two objects") << QByteArray("{}{}") << false;
        QTest::newRow("invalid utf-8 byte") << QByteArray("{\"a\":\"\xff\"}") << false;
        QTest::newRow("overlong utf-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << false;
        QTest::newRow("utf-8 surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << false;
        QTest::newRow("truncated utf-8") << QByteArray("{\"a\":\"\xe2\x9c\"}") << false;
        QTest::newRow("above U+10FFFF") << QByteArray("{\"a\":\"\xf4\x90\x80\x80\"}") << false;
        QTest::newRow("too deep") << QByteArray("{\"a\":" + QByteArray(300, '[') + QByteArray(300, ']') + "}")
                                  << false;
    }
    void validity()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        JsonScanner scanner(text);
        const bool ok = scanner.scanObject([](const JsonScanner::Member&) { return true; });
        QVERIFY2(ok == valid, qPrintable(scanner.error()));
        if (!ok)
            QVERIFY(scanner.error().contains(QLatin1String("at column")));
        // Whatever the scanner accepts, Qt's parser reads as the same object.
        if (ok)
            QVERIFY(QJsonDocument::fromJson(text).isObject());
    }

    void membersAndRawValues()
    {
        const QByteArray text = "{\"s\":\"a\\\"b\",\"n\":-12,\"o\":{\"x\":[1]},\"m\":null}";
        JsonScanner scanner(text);
        QList<JsonScanner::Member> members;
        QVERIFY(scanner.scanObject([&](const JsonScanner::Member& m) {
            members.append(m);
            return true;
        }));
        QCOMPARE(members.size(), 4);
        QCOMPARE(members[0].type, JsonScanner::Type::String);
        QCOMPARE(JsonScanner::decodeString(members[0].value), QStringLiteral("a\"b"));
        qint64 n = 0;
        QVERIFY(JsonScanner::toInteger(members[1].value, n));
        QCOMPARE(n, -12);
        QCOMPARE(members[2].type, JsonScanner::Type::Object);
        QCOMPARE(members[2].value, QByteArrayView("{\"x\":[1]}"));
        QCOMPARE(members[3].type, JsonScanner::Type::Null);
    }

    void decodesEscapes()
    {
        QCOMPARE(JsonScanner::decodeString("\"tab\\there \\u00e9 \\ud83d\\ude00 \\/\""),
                 QString::fromUtf8("tab\there \xc3\xa9 \xf0\x9f\x98\x80 /"));
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "TestJsonScanner.moc"
