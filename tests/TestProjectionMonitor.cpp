// The projections view's monitor on both stores: the store's built-in projections (saved behind the
// head), a real `rewind serve` instance over HTTP and an Eventide consumer, each with its lag; the
// readings kept as lag history in the store and loaded back by the next monitor.
#include "BackendStore.h"
#include "ProjectionMonitor.h"
#include "ProjectionTestStore.h"
#include "ServeProcess.h"
#include "SqliteEventStore.h"
#include "StoreError.h"
#include "StoreSession.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestProjectionMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString open(BackendStore& s)
    {
        QFETCH_GLOBAL(QString, backend);
        return s.open(backend, m_dir, QStringLiteral("monitor%1.sqlite").arg(++m_files));
    }

    // A copy: the monitor replaces its list on every reading.
    static std::optional<MonitoredProjection> find(const ProjectionMonitor& monitor,
                                                   MonitoredProjection::Where where, const QString& name)
    {
        for (const MonitoredProjection& p : monitor.projections())
            if (p.where == where && p.status.name == name)
                return p;
        return std::nullopt;
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
        QVERIFY2(!qEnvironmentVariableIsEmpty("REWIND_BINARY"), "REWIND_BINARY is not set");
    }

    void showsEveryKindWithItsLagAndKeepsTheHistory()
    {
        // The monitored store: 40 quiz events, the built-ins saved at 20, a consumer of the quiz
        // category at 30 (its own position message, at 41, is not a quiz event it lags behind).
        BackendStore a;
        const QString error = open(a);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        try {
            appendQuizzes(*a.store, 10);
            saveBuiltInsAt(*a.store, 20);
            recordConsumerPosition(*a.store, QStringLiteral("quiz:position-worker1"), 30);
        } catch (const StoreError& e) {
            QFAIL(qPrintable(e.message()));
        }
        const qint64 head = a.store->headPosition();
        QCOMPARE(head, 41);

        // A serve instance elsewhere (its own SQLite file), caught up with its 8 events.
        const QString servedAddress = m_dir.filePath(QStringLiteral("served%1.sqlite").arg(++m_files));
        {
            SqliteEventStore served(servedAddress, true);
            served.initialize();
            appendQuizzes(served, 2);
        }
        QProcess serve;
        const QString base = startServe(serve, servedAddress);
        QVERIFY(!base.isEmpty());
        const QUrl url = ProjectionMonitor::serveUrl(base);
        QVERIFY(url.isValid());

        StoreSession session(a.address);
        ProjectionMonitor monitor;
        monitor.setSession(&session);
        monitor.addServeInstance(url);
        const auto complete = [&] {
            const auto served = find(monitor, MonitoredProjection::Where::Serve, "question-stats");
            return find(monitor, MonitoredProjection::Where::External, "quiz:position-worker1") && served &&
                   served->status.checkpoint == 8 && monitor.history(served->key()).size() >= 2;
        };
        for (int i = 0; i < 100 && !complete(); ++i) {
            monitor.sample();
            QTest::qWait(100);
        }
        QVERIFY2(complete(), "not every kind of projection showed up");

        const auto saved = find(monitor, MonitoredProjection::Where::Store, "question-stats");
        QVERIFY(saved);
        QCOMPARE(saved->source, QString("store"));
        QCOMPARE(saved->status.checkpoint, 20);
        QCOMPARE(saved->status.head, head);
        QCOMPARE(saved->status.lagEvents, head - 20);
        QCOMPARE(saved->status.state, ProjectionStatus::State::Behind);
        const auto external = find(monitor, MonitoredProjection::Where::External, "quiz:position-worker1");
        QCOMPARE(external->status.checkpoint, 30);
        QCOMPARE(external->status.head, head - 1);
        QCOMPARE(external->status.lagEvents, head - 1 - 30);
        const auto served = find(monitor, MonitoredProjection::Where::Serve, "question-stats");
        QVERIFY(external && served);
        QCOMPARE(served->source, url.toString());
        QCOMPARE(served->status.lagEvents, 0);
        QVERIFY(served->error.isEmpty());
        QCOMPARE(monitor.projections().size(), 4 + 4 + 1);
        QVERIFY(monitor.keepsHistory());

        // Every reading went to the store's history (appended by the reading after it).
        const auto sources = [&] {
            QSet<QString> out;
            for (const LagSample& s : a.store->lagSamples(0))
                out.insert(s.source);
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT((monitor.sample(), sources().size() == 3), 10000);
        QVERIFY(sources().contains(url.toString()));
        const qint64 kept = a.store->lagSamples(0).size();

        // A new monitor (a restart of the window) loads it back.
        StoreSession again(a.address);
        ProjectionMonitor next;
        QSignalSpy loaded(&next, &ProjectionMonitor::historyLoaded);
        next.setSession(&again);
        QVERIFY(loaded.wait(10000));
        qsizetype loadedCount = 0;
        for (const QString& key : {saved->key(), external->key(), served->key()}) {
            QVERIFY2(!next.history(key).isEmpty(), qPrintable(key));
            loadedCount += next.history(key).size();
        }
        QVERIFY(loadedCount >= 3);
        QVERIFY(loadedCount <= kept + 9);

        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
    }

    void aServeInstanceThatDoesNotAnswerSaysSo()
    {
        BackendStore a;
        const QString error = open(a);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        appendQuizzes(*a.store, 1);
        StoreSession session(a.address);
        ProjectionMonitor monitor;
        monitor.setSession(&session);
        // A port nobody listens on: bound and closed again.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl url = ProjectionMonitor::serveUrl(QStringLiteral("127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        monitor.addServeInstance(url);
        QTRY_VERIFY_WITH_TIMEOUT(
            find(monitor, MonitoredProjection::Where::Serve, url.authority()) &&
                !find(monitor, MonitoredProjection::Where::Serve, url.authority())->error.isEmpty(),
            10000);
        monitor.removeServeInstance(url);
        QVERIFY(!find(monitor, MonitoredProjection::Where::Serve, url.authority()));
    }

    void readsServeAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        QTest::newRow("host and port") << "10.0.0.5:9464"
                                       << "http://10.0.0.5:9464/";
        QTest::newRow("a URL") << "http://metrics.example:9464"
                               << "http://metrics.example:9464/";
        QTest::newRow("with a path") << " http://gw.example/rewind "
                                     << "http://gw.example/rewind/";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("no host") << "http://:9464"
                                 << "";
        QTest::newRow("another scheme") << "ftp://host:21"
                                        << "";
        QTest::newRow("spaces inside") << "http://a b:1"
                                       << "";
    }
    void readsServeAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QCOMPARE(ProjectionMonitor::serveUrl(text).toString(), url);
    }
};

QTEST_GUILESS_MAIN(TestProjectionMonitor)
#include "TestProjectionMonitor.moc"
