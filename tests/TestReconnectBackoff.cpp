// The pauses between reconnection attempts: they start short, double, stop at the cap, never
// overflow on a long outage, and start over after a success.
#include "ReconnectBackoff.h"

#include <QList>
#include <QTest>

#include <limits>

using namespace Rewind;

class TestReconnectBackoff : public QObject
{
    Q_OBJECT

private slots:
    void delaysGrowToTheCap_data()
    {
        QTest::addColumn<int>("firstMs");
        QTest::addColumn<int>("capMs");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("defaults") << ReconnectBackoff::DefaultFirstMs << ReconnectBackoff::DefaultCapMs
                                  << QList<int>{500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
        QTest::newRow("cap is a power of two") << 250 << 2000 << QList<int>{250, 500, 1000, 2000, 2000};
        QTest::newRow("first equals cap") << 1000 << 1000 << QList<int>{1000, 1000, 1000};
        QTest::newRow("cap below first is raised to first") << 800 << 100 << QList<int>{800, 800};
        QTest::newRow("zero first is one millisecond") << 0 << 5 << QList<int>{1, 2, 4, 5, 5};
        QTest::newRow("negative first is one millisecond") << -7 << 3 << QList<int>{1, 2, 3, 3};
    }
    void delaysGrowToTheCap()
    {
        QFETCH(int, firstMs);
        QFETCH(int, capMs);
        QFETCH(QList<int>, expected);
        ReconnectBackoff backoff(firstMs, capMs);
        QCOMPARE(backoff.failures(), 0);
        QList<int> got;
        for (qsizetype i = 0; i < expected.size(); ++i)
            got << backoff.nextDelayMs();
        QCOMPARE(got, expected);
        QCOMPARE(backoff.failures(), int(expected.size()));
    }

    void longOutageStaysAtTheCap()
    {
        ReconnectBackoff backoff(1, std::numeric_limits<int>::max());
        int last = 0;
        for (int i = 0; i < 200; ++i) {
            const int delay = backoff.nextDelayMs();
            QVERIFY2(delay >= last,
                     qPrintable(QStringLiteral("attempt %1: %2 after %3").arg(i).arg(delay).arg(last)));
            last = delay;
        }
        QCOMPARE(last, std::numeric_limits<int>::max());
    }

    void successStartsOver_data()
    {
        QTest::addColumn<int>("failuresBefore");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("to the cap") << 12;
    }
    void successStartsOver()
    {
        QFETCH(int, failuresBefore);
        ReconnectBackoff backoff(500, 30000);
        for (int i = 0; i < failuresBefore; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.failures(), failuresBefore);
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        QCOMPARE(backoff.nextDelayMs(), 500);
        QCOMPARE(backoff.nextDelayMs(), 1000);
    }
};

QTEST_APPLESS_MAIN(TestReconnectBackoff)
#include "TestReconnectBackoff.moc"
