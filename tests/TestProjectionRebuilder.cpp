// A rebuild from the projections view reaches the same saved state as `rewind projections rebuild`
// on both stores; progress is reported and an unknown name is refused.
#include "BackendStore.h"
#include "ProjectionRebuilder.h"
#include "ProjectionTestStore.h"
#include "SqliteEventStore.h"
#include "StoreError.h"
#include "StoreSession.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestProjectionRebuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

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

    void rebuildsLikeTheCommandLine_data()
    {
        QTest::addColumn<QString>("projection");
        QTest::newRow("question-stats") << QStringLiteral("question-stats");
        QTest::newRow("student-progress") << QStringLiteral("student-progress");
        QTest::newRow("content-catalog") << QStringLiteral("content-catalog");
        QTest::newRow("student-timeline") << QStringLiteral("student-timeline");
    }
    void rebuildsLikeTheCommandLine()
    {
        QFETCH_GLOBAL(QString, backend);
        QFETCH(QString, projection);
        BackendStore s;
        const QString error = s.open(backend, m_dir, QStringLiteral("rebuild%1.sqlite").arg(++m_files));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EventStore* store = s.store.get();
        const QString address = s.address;
        try {
            appendQuizzes(*store, 60);
            saveBuiltInsAt(*store, 40); // an older state the rebuild must replace
        } catch (const StoreError& e) {
            QFAIL(qPrintable(e.message()));
        }

        QProcess cli;
        cli.start(qEnvironmentVariable("REWIND_BINARY"),
                  {QStringLiteral("--store"), address, QStringLiteral("projections"),
                   QStringLiteral("rebuild"), projection});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const std::optional<ProjectionSnapshot> byCommand = store->loadProjection(projection);
        QVERIFY(byCommand);
        QCOMPARE(byCommand->checkpoint, store->headPosition());

        saveBuiltInsAt(*store, 40); // back to the older state, then rebuilt from the view
        QCOMPARE(store->loadProjection(projection)->checkpoint, 40);
        StoreSession session(address);
        ProjectionRebuilder rebuilder;
        rebuilder.setSession(&session);
        QSignalSpy rebuilt(&rebuilder, &ProjectionRebuilder::rebuilt);
        QSignalSpy progressed(&rebuilder, &ProjectionRebuilder::progressed);
        QSignalSpy failed(&rebuilder, &ProjectionRebuilder::failed);
        rebuilder.rebuild(projection);
        QVERIFY(rebuilder.isRunning());
        QVERIFY(rebuilt.wait(30000));
        QVERIFY(failed.isEmpty());
        QVERIFY(!rebuilder.isRunning());
        QCOMPARE(rebuilt.first().at(0).toString(), projection);
        QCOMPARE(rebuilt.first().at(1).toLongLong(), store->headPosition());
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(0).toLongLong(), store->headPosition());

        const std::optional<ProjectionSnapshot> byView = store->loadProjection(projection);
        QVERIFY(byView);
        QCOMPARE(byView->checkpoint, byCommand->checkpoint);
        QCOMPARE(byView->codeVersion, byCommand->codeVersion);
        QCOMPARE(byView->parkedCount, byCommand->parkedCount);
        QVERIFY(byView->state == byCommand->state);
        QVERIFY(!byView->state.isEmpty());
    }

    void refusesWhatItCannotRebuild()
    {
        ProjectionRebuilder rebuilder;
        QSignalSpy failed(&rebuilder, &ProjectionRebuilder::failed);
        rebuilder.rebuild(QStringLiteral("question-stats"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains("No store"));

        StoreSession session(m_dir.filePath(QStringLiteral("unused.sqlite")));
        rebuilder.setSession(&session);
        rebuilder.rebuild(QStringLiteral("account:position"));
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.last().at(1).toString().contains("account:position"));
        QVERIFY(!rebuilder.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestProjectionRebuilder)
#include "TestProjectionRebuilder.moc"
