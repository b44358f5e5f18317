// The projections view's lag history in Rewind's tables, on both stores: samples go in as a batch,
// come back from a time on in time order with every field intact, and are pruned before a time.
// A PostgreSQL database set up by an older `rewind init` has no history until init runs again.
#include "BackendStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestLagHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    bool isSqlite() const
    {
        QFETCH_GLOBAL(QString, backend);
        return backend == QLatin1String("sqlite");
    }

    QString freshStore(BackendStore& s)
    {
        QFETCH_GLOBAL(QString, backend);
        return s.open(backend, m_dir, QStringLiteral("lag%1.sqlite").arg(++m_files));
    }

    static LagSample sample(const QString& source, const QString& projection, qint64 timeUs, qint64 lag)
    {
        return LagSample{source, projection, timeUs, 1000 - lag, lag, lag / 4.0 + 0.125, 1234.5};
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void samplesComeBackInTimeOrder()
    {
        BackendStore s;
        const QString error = freshStore(s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EventStore* store = s.store.get();
        QVERIFY(store->hasLagHistory());
        QVERIFY(store->lagSamples(0).isEmpty());
        // Out of order, from three sources, with a name that needs quoting in an array literal.
        store->appendLagSamples({sample("store", "question-stats", 3'000'000, 7),
                                 sample("http://127.0.0.1:9/", "student-progress", 1'000'000, 0),
                                 sample("external", "account:position-\"w1\"\\x", 2'000'000, 123'456'789)});
        store->appendLagSamples({});
        const QList<LagSample> all = store->lagSamples(0);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].source, QString("http://127.0.0.1:9/"));
        QCOMPARE(all[0].projection, QString("student-progress"));
        QCOMPARE(all[1].projection, QString("account:position-\"w1\"\\x"));
        QCOMPARE(all[1].source, QString("external"));
        QCOMPARE(all[1].timeUs, 2'000'000);
        QCOMPARE(all[1].lagEvents, 123'456'789);
        QCOMPARE(all[1].checkpoint, 1000 - 123'456'789);
        QCOMPARE(all[1].lagSeconds, 123'456'789 / 4.0 + 0.125);
        QCOMPARE(all[1].eventsPerSecond, 1234.5);
        QCOMPARE(all[2].timeUs, 3'000'000);

        const QList<LagSample> recent = store->lagSamples(2'000'000);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent[0].timeUs, 2'000'000);

        store->pruneLagSamples(2'500'000);
        const QList<LagSample> kept = store->lagSamples(0);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].projection, QString("question-stats"));
    }

    void anOlderPostgresSchemaHasNoHistoryUntilInit()
    {
        if (isSqlite())
            return; // a SQLite file gets the table on first use (IF NOT EXISTS)
        BackendStore s;
        const QString error = freshStore(s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        PgTestConnection sql(s.address);
        QVERIFY(sql.exec(QStringLiteral("DROP TABLE rewind.lag_samples")));
        auto store = std::make_unique<PostgresEventStore>(s.address);
        QVERIFY(!store->hasLagHistory());
        try {
            store->appendLagSamples({sample("store", "question-stats", 1, 1)});
            QFAIL("appended without the table");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Unreachable);
            QVERIFY2(e.message().contains("rewind init"), qPrintable(e.message()));
        }
        QCOMPARE(store->initialize(), InitResult::RewindAdded);
        store = std::make_unique<PostgresEventStore>(s.address);
        QVERIFY(store->hasLagHistory());
        store->appendLagSamples({sample("store", "question-stats", 1, 1)});
        QCOMPARE(store->lagSamples(0).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLagHistory)
#include "TestLagHistory.moc"
