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

    // Rules::Storable refuses valid JSON that PostgreSQL cannot store; Rules::Json accepts it.
    void storableRules_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("words"); // empty: storable
        QTest::addColumn<QByteArray>("member");
        QTest::newRow("NUL escape") << QByteArray("{\"a\":\"x\\u0000y\"}") << "contains \\u0000"
                                    << QByteArray("a");
        QTest::newRow("NUL escape in a nested key")
            << QByteArray("{\"d\":{\"k\\u0000\":1}}") << "contains \\u0000" << QByteArray("d");
        QTest::newRow("NUL escape in a top-level key")
            << QByteArray("{\"k\\u0000\":1}") << "contains \\u0000" << QByteArray();
        QTest::newRow("lone high surrogate")
            << QByteArray("{\"a\":[\"\\ud800\"]}") << "invalid Unicode escape" << QByteArray("a");
        QTest::newRow("high surrogate at the end")
            << QByteArray("{\"a\":\"x\\uD800\"}") << "invalid Unicode escape" << QByteArray("a");
        QTest::newRow("high then not low")
            << QByteArray("{\"a\":\"\\ud800\\u0041\"}") << "invalid Unicode escape" << QByteArray("a");
        QTest::newRow("two highs") << QByteArray("{\"a\":\"\\ud800\\ud800\"}") << "invalid Unicode escape"
                                   << QByteArray("a");
        QTest::newRow("lone low surrogate")
            << QByteArray("{\"a\":\"\\udc00\"}") << "invalid Unicode escape" << QByteArray("a");
        QTest::newRow("pair reversed")
            << QByteArray("{\"a\":\"\\ude00\\ud83d\"}") << "invalid Unicode escape" << QByteArray("a");
        QTest::newRow("exponent too large")
            << QByteArray("{\"n\":1e999999}") << "number out of range" << QByteArray("n");
        QTest::newRow("10^131072") << QByteArray("{\"n\":1e131072}") << "number out of range"
                                   << QByteArray("n");
        QTest::newRow("10 times 10^131071")
            << QByteArray("{\"n\":10e131071}") << "number out of range" << QByteArray("n");
        QTest::newRow("negative, too large")
            << QByteArray("{\"n\":-1E+131072}") << "number out of range" << QByteArray("n");
        QTest::newRow("0.001e131075")
            << QByteArray("{\"n\":0.001e131075}") << "number out of range" << QByteArray("n");
        QTest::newRow("10^-16384") << QByteArray("{\"n\":1e-16384}") << "number out of range"
                                   << QByteArray("n");
        QTest::newRow("1.5e-16383") << QByteArray("{\"n\":1.5e-16383}") << "number out of range"
                                    << QByteArray("n");
        QTest::newRow("zero, scale 16384")
            << QByteArray("{\"n\":0e-16384}") << "number out of range" << QByteArray("n");
        QTest::newRow("zero, exponent beyond int")
            << QByteArray("{\"n\":0e99999999999}") << "number out of range" << QByteArray("n");
        QTest::newRow("131073 digits") << "{\"n\":" + QByteArray(131073, '1') + "}"
                                       << "number out of range" << QByteArray("n");
        QTest::newRow("16384 fraction digits") << "{\"n\":0." + QByteArray(16384, '1') + "}"
                                               << "number out of range" << QByteArray("n");
        QTest::newRow("in an array in an array")
            << QByteArray("{\"a\":[[1e999999]]}") << "number out of range" << QByteArray("a");
        // What PostgreSQL 15 does store (each checked against a server).
        QTest::newRow("surrogate pair")
            << QByteArray("{\"a\":\"\\ud83d\\ude00\"}") << QString() << QByteArray();
        QTest::newRow("U+0001") << QByteArray("{\"a\":\"\\u0001\"}") << QString() << QByteArray();
        QTest::newRow("10^131071") << QByteArray("{\"n\":1e131071}") << QString() << QByteArray();
        QTest::newRow("0.001e131074") << QByteArray("{\"n\":0.001e131074}") << QString() << QByteArray();
        QTest::newRow("10^-16383") << QByteArray("{\"n\":1e-16383}") << QString() << QByteArray();
        QTest::newRow("zero with a large exponent")
            << QByteArray("{\"n\":0e999999}") << QString() << QByteArray();
        QTest::newRow("0.0e1001") << QByteArray("{\"n\":0.0e1001}") << QString() << QByteArray();
        QTest::newRow("131072 digits")
            << "{\"n\":" + QByteArray(131072, '1') + "}" << QString() << QByteArray();
        QTest::newRow("16383 fraction digits")
            << "{\"n\":0." + QByteArray(16383, '1') + "}" << QString() << QByteArray();
        QTest::newRow("ordinary numbers")
            << QByteArray("{\"n\":[0,-1.5e3,2E-7,1e+2]}") << QString() << QByteArray();
    }
    void storableRules()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, words);
        QFETCH(QByteArray, member);
        const auto any = [](const JsonScanner::Member&) { return true; };
        QVERIFY2(JsonScanner(text).scanObject(any), "valid JSON under Rules::Json");
        JsonScanner scanner(text, JsonScanner::Rules::Storable);
        const bool ok = scanner.scanObject(any);
        QVERIFY2(ok == words.isEmpty(), qPrintable(scanner.error()));
        if (ok) {
            QCOMPARE(scanner.errorKind(), JsonScanner::ErrorKind::None);
            return;
        }
        QCOMPARE(scanner.errorKind(), JsonScanner::ErrorKind::Unstorable);
        QVERIFY2(scanner.error().contains(words), qPrintable(scanner.error()));
        QVERIFY2(scanner.error().contains(QLatin1String("at column")), qPrintable(scanner.error()));
        QCOMPARE(scanner.errorMember().toByteArray(), member);
    }

    void syntaxErrorsAreNotUnstorable()
    {
        JsonScanner scanner("{\"a\":\"\\u00G0\"}", JsonScanner::Rules::Storable);
        QVERIFY(!scanner.scanObject([](const JsonScanner::Member&) { return true; }));
        QCOMPARE(scanner.errorKind(), JsonScanner::ErrorKind::Syntax);
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
