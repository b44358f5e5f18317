// kill -9 during `rewind projections rebuild`: the next run resumes from the last
// saved checkpoint and ends with exactly the state of an uninterrupted run. The rebuild runs as a
// separate process and is killed for real, mid-way, while this test watches its checkpoints.

#include "BuiltInProjections.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "ProjectionRunner.h"
#include "SqliteEventStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestProjectionCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList withStore(const QString& address, QStringList args)
    {
        return args << QStringLiteral("--store") << address;
    }

    static bool runToEnd(const QStringList& args, QByteArray* err = nullptr)
    {
        QProcess p;
        p.start(qEnvironmentVariable("REWIND_BINARY"), args);
        if (!p.waitForFinished(600000))
            return false;
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void killedRebuildResumesToTheSameState()
    {
        QFETCH_GLOBAL(QString, backend);
        QVERIFY2(!qEnvironmentVariable("REWIND_BINARY").isEmpty(), "REWIND_BINARY is not set");
        std::unique_ptr<PgTestDatabase> db;
        QString address;
        if (backend == QLatin1String("sqlite")) {
            address = m_dir.filePath(QStringLiteral("crash.sqlite"));
        } else {
            db = std::make_unique<PgTestDatabase>();
            QVERIFY2(db->isValid(), qPrintable(db->error()));
            address = db->conninfo();
            QVERIFY(runToEnd(withStore(address, {QStringLiteral("init")})));
        }
        QVERIFY(runToEnd(
            withStore(address, {QStringLiteral("demo"), QStringLiteral("--students"), QStringLiteral("400"),
                                QStringLiteral("--days"), QStringLiteral("60")})));

        std::unique_ptr<EventStore> store;
        if (db)
            store = std::make_unique<PostgresEventStore>(address);
        else
            store = std::make_unique<SqliteEventStore>(address, false);
        const qint64 head = store->headPosition();
        QVERIFY2(head > 30000, qPrintable(QString::number(head)));

        // Frequent saves make the rebuild long enough to be caught between two of them.
        const QStringList rebuild = withStore(
            address, {QStringLiteral("projections"), QStringLiteral("rebuild"), QStringLiteral("--all"),
                      QStringLiteral("--save-every"), QStringLiteral("1000")});
        qint64 killedAt = 0;
        for (int attempt = 0; attempt < 5 && killedAt == 0; ++attempt) {
            QProcess p;
            p.start(qEnvironmentVariable("REWIND_BINARY"), rebuild);
            QVERIFY(p.waitForStarted());
            QElapsedTimer clock;
            clock.start();
            // QProcess learns that its child ended only inside waitFor…() or an event loop, so the
            // watch polls through waitForFinished().
            while (clock.elapsed() < 120000) {
                const auto saved = store->loadProjection(QStringLiteral("student-timeline"));
                // A fresh rebuild starts saving from 0, so a checkpoint past half-way but short of the
                // head was written by this run, not an earlier one.
                const auto stats = store->loadProjection(QStringLiteral("question-stats"));
                if (saved && stats && saved->checkpoint > head / 5 && saved->checkpoint < head * 4 / 5 &&
                    stats->checkpoint < head) {
                    p.kill(); // SIGKILL: no chance to save anything more
                    p.waitForFinished();
                    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
                    killedAt = store->loadProjection(QStringLiteral("student-timeline"))->checkpoint;
                    break;
                }
                if (p.waitForFinished(2))
                    break;
            }
            p.waitForFinished();
            if (killedAt == 0) // finished before it could be caught, or never got far: start again
                QVERIFY(runToEnd(withStore(address, {QStringLiteral("projections"), QStringLiteral("rebuild"),
                                                     QStringLiteral("--all")})));
        }
        QVERIFY2(killedAt > 0 && killedAt < head, "the rebuild was never killed mid-way");

        // Resume: every projection starts from what the killed run saved last.
        QByteArray err;
        QVERIFY2(runToEnd(withStore(address, {QStringLiteral("projections"), QStringLiteral("run")}), &err),
                 err.constData());
        QVERIFY2(err.contains("resuming from position " + QByteArray::number(killedAt)), err.constData());

        BuiltInProjections reference;
        ProjectionRunnerOptions o;
        o.persist = false;
        o.rebuild = true;
        ProjectionRunner uninterrupted(*store, reference.all(), o);
        uninterrupted.start();
        uninterrupted.catchUp();
        for (const Projection* p : reference.all()) {
            const auto saved = store->loadProjection(p->name());
            QVERIFY(saved.has_value());
            QCOMPARE(saved->checkpoint, head);
            QVERIFY2(saved->state == p->saveState(), qPrintable(p->name()));
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectionCrash)
#include "TestProjectionCrash.moc"
