#include "EventTime.h"

#include <QDateTime>
#include <QTest>

using Rewind::EventTime;

class TestEventTime : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<qint64>("us");
        QTest::addColumn<QByteArray>("iso");
        QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01T00:00:00.000000Z");
        QTest::newRow("micro") << qint64(1) << QByteArray("1970-01-01T00:00:00.000001Z");
        QTest::newRow("before epoch") << qint64(-1) << QByteArray("1969-12-31T23:59:59.999999Z");
        QTest::newRow("leap day") << qint64(1709164800123456) << QByteArray("2024-02-29T00:00:00.123456Z");
        QTest::newRow("school day") << qint64(1757289600000000 + 8 * 3600000000LL)
                                    << QByteArray("2025-09-08T08:00:00.000000Z");
        QTest::newRow("far future") << qint64(253402300799999999)
                                    << QByteArray("9999-12-31T23:59:59.999999Z");
    }
    void roundTrip()
    {
        QFETCH(qint64, us);
        QFETCH(QByteArray, iso);
        QCOMPARE(EventTime::toIso(us), iso);
        QCOMPARE(EventTime::fromIso(QByteArrayView(iso)), std::optional<qint64>(us));
    }

    void agreesWithQDateTime()
    {
        // Qt knows the calendar too, at millisecond precision: the two must agree across centuries.
        for (qint64 ms = -5'000'000'000'000LL; ms < 5'000'000'000'000LL; ms += 97'654'321'123LL) {
            const QByteArray ours = EventTime::toIso(ms * 1000);
            const QString qt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
            QCOMPARE(ours.left(23), qt.left(23).toLatin1());
        }
    }

    void accepts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("us");
        QTest::newRow("no fraction") << QByteArray("1970-01-01T00:00:01Z") << qint64(1000000);
        QTest::newRow("short fraction") << QByteArray("1970-01-01T00:00:01.5Z") << qint64(1500000);
        QTest::newRow("space, no zone") << QByteArray("1970-01-01 00:00:01.000002") << qint64(1000002);
        QTest::newRow("offset") << QByteArray("1970-01-01T02:00:00+02:00") << qint64(0);
        QTest::newRow("negative offset") << QByteArray("1969-12-31T23:30:00-00:30") << qint64(0);
    }
    void accepts()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, us);
        QCOMPARE(EventTime::fromIso(QByteArrayView(text)), std::optional<qint64>(us));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("date only") << QByteArray("2024-01-01");
        QTest::newRow("month 13") << QByteArray("2024-13-01T00:00:00Z");
        QTest::newRow("feb 30") << QByteArray("2024-02-30T00:00:00Z");
        QTest::newRow("feb 29 non-leap") << QByteArray("2023-02-29T00:00:00Z");
        QTest::newRow("hour 24") << QByteArray("2024-01-01T24:00:00Z");
        QTest::newRow("seven fraction digits") << QByteArray("2024-01-01T00:00:00.1234567Z");
        QTest::newRow("dot without digits") << QByteArray("2024-01-01T00:00:00.Z");
        QTest::newRow("trailing text") << QByteArray("2024-01-01T00:00:00Zx");
        QTest::newRow("bad zone") << QByteArray("2024-01-01T00:00:00+0200");
        QTest::newRow("letters") << QByteArray("yesterday at noon");
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!EventTime::fromIso(QByteArrayView(text)).has_value());
    }

    void importRange_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("why"); // empty: accepted
        QTest::newRow("year 1") << QByteArray("0001-01-01T00:00:00Z") << QString();
        QTest::newRow("year 9999") << QByteArray("9999-12-31T23:59:59.999999Z") << QString();
        QTest::newRow("year 0") << QByteArray("0000-01-01T00:00:00Z") << "year must be 1 or later";
        QTest::newRow("last moment of year 0")
            << QByteArray("0000-12-31T23:59:59.999999Z") << "year must be 1 or later";
        QTest::newRow("year 1 east of UTC")
            << QByteArray("0001-01-01T00:30:00+01:00") << "year must be 1 or later";
        QTest::newRow("year 9999 west of UTC")
            << QByteArray("9999-12-31T23:00:00-01:00") << "year must be 9999 or earlier";
        QTest::newRow("not a time") << QByteArray("soon") << "ISO 8601";
    }
    void importRange()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, why);
        QString reason;
        const std::optional<qint64> us = EventTime::fromImportIso(QByteArrayView(text), reason);
        QCOMPARE(us.has_value(), why.isEmpty());
        if (us) {
            QCOMPARE(us, EventTime::fromIso(QByteArrayView(text)));
            QCOMPARE(EventTime::fromIso(EventTime::toIso(*us)), us); // reads back as it was given
        } else {
            QVERIFY2(reason.contains(why), qPrintable(reason));
        }
    }
    void importRangeBounds()
    {
        QCOMPARE(EventTime::toIso(EventTime::MinImportUs), QByteArray("0001-01-01T00:00:00.000000Z"));
        QCOMPARE(EventTime::toIso(EventTime::MaxImportUs), QByteArray("9999-12-31T23:59:59.999999Z"));
    }
};

QTEST_GUILESS_MAIN(TestEventTime)
#include "TestEventTime.moc"
