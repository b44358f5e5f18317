// StateWriter and StateReader: the raw encoding of the projections' saved states. The bytes come
// back from a database and may be anything, so every read is checked against what is left.
#include "StateReader.h"
#include "StateWriter.h"

#include <QDataStream>
#include <QIODevice>
#include <QTest>

#include <limits>

using Rewind::StateReader;
using Rewind::StateWriter;

namespace {

// One value of any kind, written and read the same way by the tests below.
struct Value
{
    QByteArray kind;
    quint64 number = 0; // the bits of an integer kind
    QByteArray text;    // for "bytes" and "view"
};

void write(StateWriter& out, const Value& v)
{
    if (v.kind == "u8")
        out.writeU8(quint8(v.number));
    else if (v.kind == "bool")
        out.writeBool(v.number != 0);
    else if (v.kind == "u32")
        out.writeU32(quint32(v.number));
    else if (v.kind == "i32")
        out.writeI32(qint32(quint32(v.number)));
    else if (v.kind == "u64")
        out.writeU64(v.number);
    else if (v.kind == "i64")
        out.writeI64(qint64(v.number));
    else if (v.kind == "varint" || v.kind == "count")
        out.writeVarint(v.number);
    else if (v.kind == "bytes" || v.kind == "view")
        out.writeBytes(v.text);
    else
        QFAIL(v.kind.constData());
}

// What reading `kind` gives, in the same shape as Value.
Value read(StateReader& in, const QByteArray& kind)
{
    Value v;
    v.kind = kind;
    if (kind == "u8")
        v.number = in.readU8();
    else if (kind == "bool")
        v.number = in.readBool() ? 1 : 0;
    else if (kind == "u32")
        v.number = in.readU32();
    else if (kind == "i32")
        v.number = quint32(in.readI32());
    else if (kind == "u64")
        v.number = in.readU64();
    else if (kind == "i64")
        v.number = quint64(in.readI64());
    else if (kind == "varint")
        v.number = in.readVarint();
    else if (kind == "count")
        v.number = quint64(in.readCount(1));
    else if (kind == "bytes")
        v.text = in.readBytes();
    else if (kind == "view")
        v.text = in.readView().toByteArray();
    return v;
}

QByteArray encoded(const QList<Value>& values)
{
    StateWriter out;
    for (const Value& v : values)
        write(out, v);
    return out.take();
}

// Every kind, including its extremes; the expected bytes pin the encoding down, since saved states
// outlive the code that wrote them.
void valueTable()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<quint64>("number");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("hex");
    const auto row = [](const char* name, const char* kind, quint64 number, const QByteArray& text,
                        const char* hex) {
        QTest::newRow(name) << QByteArray(kind) << number << text << QByteArray(hex);
    };
    const quint64 max64 = std::numeric_limits<quint64>::max();
    row("u8 0", "u8", 0, {}, "00");
    row("u8 255", "u8", 255, {}, "ff");
    row("bool false", "bool", 0, {}, "00");
    row("bool true", "bool", 1, {}, "01");
    row("u32 little-endian", "u32", 0x01020304u, {}, "04030201");
    row("u32 max", "u32", 0xffffffffu, {}, "ffffffff");
    row("i32 -1", "i32", quint32(-1), {}, "ffffffff");
    row("i32 min", "i32", quint32(std::numeric_limits<qint32>::min()), {}, "00000080");
    row("u64 little-endian", "u64", 0x0102030405060708ull, {}, "0807060504030201");
    row("u64 max", "u64", max64, {}, "ffffffffffffffff");
    row("i64 -2", "i64", quint64(qint64(-2)), {}, "feffffffffffffff");
    row("i64 min", "i64", quint64(std::numeric_limits<qint64>::min()), {}, "0000000000000080");
    row("i64 max", "i64", quint64(std::numeric_limits<qint64>::max()), {}, "ffffffffffffff7f");
    row("varint 0", "varint", 0, {}, "00");
    row("varint 127", "varint", 127, {}, "7f");
    row("varint 128", "varint", 128, {}, "8001");
    row("varint 300", "varint", 300, {}, "ac02");
    row("varint 16384", "varint", 16384, {}, "808001");
    row("varint 2^32", "varint", 1ull << 32, {}, "8080808010");
    row("varint 2^63", "varint", 1ull << 63, {}, "80808080808080808001");
    row("varint max", "varint", max64, {}, "ffffffffffffffffff01");
    row("count 0", "count", 0, {}, "00");
    row("bytes empty", "bytes", 0, QByteArray(), "00");
    row("bytes one", "bytes", 0, QByteArray("a"), "0161");
    row("bytes with zero", "bytes", 0, QByteArray("a\0b", 3), "03610062");
    row("bytes utf-8", "bytes", 0, QByteArray("\xc3\xa9"), "02c3a9");
    row("view", "view", 0, QByteArray("xyz"), "0378797a");
    // Lengths past 127 take a longer varint.
    QTest::newRow("bytes 200") << QByteArray("bytes") << quint64(0) << QByteArray(200, 'q')
                               << (QByteArray("c801") + QByteArray(200, 'q').toHex());
    QTest::newRow("bytes 70000") << QByteArray("bytes") << quint64(0) << QByteArray(70000, '\x01')
                                 << (QByteArray("f0a204") + QByteArray(70000, '\x01').toHex());
}

} // namespace

class TestStateCodec : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data() { valueTable(); }
    void roundTrip()
    {
        QFETCH(QByteArray, kind);
        QFETCH(quint64, number);
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, hex);
        const Value value{kind, number, text};
        const QByteArray bytes = encoded({value});
        QCOMPARE(bytes.toHex(), hex);

        StateReader in(bytes);
        QCOMPARE(in.remaining(), bytes.size());
        const Value back = read(in, kind);
        QVERIFY(in.ok());
        QVERIFY(in.atEnd());
        QCOMPARE(back.number, number);
        QCOMPARE(back.text, text);
    }

    // A value cut anywhere fails, gives zero or empty and leaves the reader at the end.
    void truncated_data() { valueTable(); }
    void truncated()
    {
        QFETCH(QByteArray, kind);
        QFETCH(quint64, number);
        QFETCH(QByteArray, text);
        const QByteArray bytes = encoded({{kind, number, text}});
        for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
            StateReader in(QByteArrayView(bytes).first(cut));
            const Value back = read(in, kind);
            QVERIFY2(!in.ok(), qPrintable(QStringLiteral("cut at %1").arg(cut)));
            QVERIFY(in.atEnd());
            QCOMPARE(back.number, quint64(0));
            QVERIFY(back.text.isEmpty());
        }
    }

    // A record of every kind: it reads back whole, and any prefix of it does not.
    void everyPrefixOfARecordFails()
    {
        QList<Value> record;
        record.append({"u8", 7, {}});
        record.append({"bytes", 0, QByteArray("student-1")});
        record.append({"i64", quint64(qint64(-5)), {}});
        record.append({"varint", 1000, {}});
        record.append({"bool", 1, {}});
        record.append({"u32", 9, {}});
        record.append({"bytes", 0, QByteArray()});
        record.append({"i32", quint32(-3), {}});
        record.append({"view", 0, QByteArray("quiz-2\nquiz-3")});
        record.append({"u64", 1ull << 40, {}});
        const QByteArray bytes = encoded(record);
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            StateReader in(QByteArrayView(bytes).first(cut));
            bool same = true;
            for (const Value& v : record) {
                const Value back = read(in, v.kind);
                same = same && back.number == v.number && back.text == v.text;
            }
            QCOMPARE(in.ok(), cut == bytes.size());
            QVERIFY(in.atEnd());
            if (in.ok())
                QVERIFY(same);
        }
    }

    // A failed read stops the reader for good: nothing after it is read, even what would fit.
    void failureSticks()
    {
        const QByteArray bytes = QByteArray::fromHex("0102");
        StateReader in(bytes);
        QCOMPARE(in.readU32(), quint32(0));
        QVERIFY(!in.ok());
        QCOMPARE(in.readU8(), quint8(0));
        QCOMPARE(in.readVarint(), quint64(0));
        QVERIFY(in.readView().isEmpty());
        QVERIFY(!in.ok());

        StateReader refused(bytes);
        QCOMPARE(refused.readU8(), quint8(1));
        refused.fail();
        QVERIFY(!refused.ok());
        QVERIFY(refused.atEnd());
        QCOMPARE(refused.readU8(), quint8(0));
    }

    // Bytes that are not a value of the kind: too short, too long a number, a length past the end.
    // None of them may allocate what the bytes claim.
    void refused_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("bool 2") << QByteArray("bool") << QByteArray("02");
        QTest::newRow("bool ff") << QByteArray("bool") << QByteArray("ff");
        QTest::newRow("varint unfinished") << QByteArray("varint") << QByteArray("8080");
        QTest::newRow("varint longer than shortest") << QByteArray("varint") << QByteArray("8000");
        QTest::newRow("varint zero padded") << QByteArray("varint") << QByteArray("ff8000");
        QTest::newRow("varint over 64 bits") << QByteArray("varint") << QByteArray("ffffffffffffffffff02");
        QTest::newRow("varint eleven bytes") << QByteArray("varint") << QByteArray("8080808080808080808001");
        QTest::newRow("bytes one short") << QByteArray("bytes") << QByteArray("03616263").left(6);
        QTest::newRow("bytes length 2^31") << QByteArray("bytes") << QByteArray("8080808008");
        QTest::newRow("bytes length 2^63") << QByteArray("bytes") << QByteArray("80808080808080808001");
        QTest::newRow("bytes length max") << QByteArray("bytes") << QByteArray("ffffffffffffffffff01");
        QTest::newRow("view length 2^62") << QByteArray("view") << QByteArray("8080808080808080c000");
        QTest::newRow("count past the end") << QByteArray("count") << QByteArray("0300");
        QTest::newRow("count 2^40") << QByteArray("count") << QByteArray("808080808020");
        QTest::newRow("count max") << QByteArray("count") << QByteArray("ffffffffffffffffff01");
    }
    void refused()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QByteArray, hex);
        const QByteArray bytes = QByteArray::fromHex(hex);
        StateReader in(bytes);
        const Value back = read(in, kind);
        QVERIFY(!in.ok());
        QVERIFY(in.atEnd());
        QCOMPARE(back.number, quint64(0));
        QVERIFY(back.text.isEmpty());
    }

    // readCount() bounds a count by what is left, so a caller may reserve() for it.
    void countIsBoundedByItemSize_data()
    {
        QTest::addColumn<quint64>("count");
        QTest::addColumn<qsizetype>("itemSize");
        QTest::addColumn<qsizetype>("left");
        QTest::addColumn<bool>("ok");
        QTest::newRow("fits exactly") << quint64(4) << qsizetype(9) << qsizetype(36) << true;
        QTest::newRow("one byte short") << quint64(4) << qsizetype(9) << qsizetype(35) << false;
        QTest::newRow("nothing left, none counted") << quint64(0) << qsizetype(50) << qsizetype(0) << true;
        QTest::newRow("nothing left, one counted") << quint64(1) << qsizetype(1) << qsizetype(0) << false;
        QTest::newRow("huge count") << (quint64(1) << 62) << qsizetype(1) << qsizetype(100) << false;
    }
    void countIsBoundedByItemSize()
    {
        QFETCH(quint64, count);
        QFETCH(qsizetype, itemSize);
        QFETCH(qsizetype, left);
        QFETCH(bool, ok);
        StateWriter out;
        out.writeVarint(count);
        const QByteArray bytes = out.take() + QByteArray(left, '\0');
        StateReader in(bytes);
        const qsizetype read = in.readCount(itemSize);
        QCOMPARE(in.ok(), ok);
        QCOMPARE(read, ok ? qsizetype(count) : qsizetype(0));
        if (ok)
            QCOMPARE(in.remaining(), left);
    }

    // The tag keeps QDataStream's layout, so a snapshot from before the raw encoding still reads as
    // its format and is refused for its version, not taken for another format.
    void tagIsLaidOutAsQDataStreamWroteIt()
    {
        QByteArray legacy;
        QDataStream stream(&legacy, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_0);
        stream << QByteArray("rewind.some-projection") << quint32(1);

        StateWriter out;
        out.writeTag("rewind.some-projection", 1);
        QCOMPARE(out.take(), legacy);

        StateReader in(legacy);
        QCOMPARE(in.readTag("rewind.some-projection"), std::optional<quint32>(1));
        QVERIFY(in.ok());
        QVERIFY(in.atEnd());
    }

    void tag_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("matches");
        QTest::addColumn<quint32>("version");
        const auto tagged = [](const QByteArray& format, quint32 version) {
            StateWriter out;
            out.writeTag(format, version);
            return out.take();
        };
        QTest::newRow("same") << tagged("rewind.a", 7) << true << quint32(7);
        QTest::newRow("version max") << tagged("rewind.a", 0xffffffffu) << true << quint32(0xffffffffu);
        QTest::newRow("other format") << tagged("rewind.b", 7) << false << quint32(0);
        QTest::newRow("longer format") << tagged("rewind.ab", 7) << false << quint32(0);
        QTest::newRow("shorter format") << tagged("rewind.", 7) << false << quint32(0);
        QTest::newRow("empty") << QByteArray() << false << quint32(0);
        QTest::newRow("null QByteArray") << QByteArray::fromHex("ffffffff") << false << quint32(0);
        QTest::newRow("huge length") << QByteArray::fromHex("7fffffff72") << false << quint32(0);
        const QByteArray whole = tagged("rewind.a", 7);
        for (qsizetype cut = 0; cut < whole.size(); ++cut)
            QTest::addRow("cut at %d", int(cut)) << whole.left(cut) << false << quint32(0);
    }
    void tag()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, matches);
        QFETCH(quint32, version);
        StateReader in(bytes);
        const std::optional<quint32> read = in.readTag("rewind.a");
        QCOMPARE(read.has_value(), matches);
        QCOMPARE(in.ok(), matches);
        if (matches)
            QCOMPARE(*read, version);
    }

    // The writer's buffer grows and shrinks to fit: whatever it reserved, take() gives the bytes.
    void writerGrowsAndTakes_data()
    {
        QTest::addColumn<qsizetype>("reserved");
        QTest::newRow("nothing reserved") << qsizetype(0);
        QTest::newRow("too little") << qsizetype(3);
        QTest::newRow("too much") << qsizetype(1 << 20);
    }
    void writerGrowsAndTakes()
    {
        QFETCH(qsizetype, reserved);
        StateWriter out(reserved);
        QByteArray expected;
        for (int i = 0; i < 5000; ++i) {
            out.writeU32(quint32(i));
            out.writeBytes(QByteArray::number(i));
            const quint32 little = qToLittleEndian(quint32(i));
            expected += QByteArray(reinterpret_cast<const char*>(&little), 4);
            expected += char(QByteArray::number(i).size()) + QByteArray::number(i);
        }
        QCOMPARE(out.size(), expected.size());
        const QByteArray bytes = out.take();
        QCOMPARE(bytes, expected);
        QVERIFY(bytes.capacity() < bytes.size() + 64);
        QCOMPARE(out.size(), qsizetype(0));
        QCOMPARE(out.take(), QByteArray());
        // Usable again after take().
        out.writeU8(1);
        QCOMPARE(out.take(), QByteArray("\x01"));
    }
};

QTEST_GUILESS_MAIN(TestStateCodec)
#include "TestStateCodec.moc"
