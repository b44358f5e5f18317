// Testing store addresses against real SQLite files and a real PostgreSQL: what the probe finds in
// a store that opens, and the plain words it gets for the ways opening fails, from the real messages.
#include "ConnectionProbe.h"
#include "EventStoreFactory.h"
#include "PgTestDatabase.h"
#include "StoreErrorText.h"
#include "TestEvents.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Rewind;

Q_DECLARE_METATYPE(Rewind::StoreErrorText::Problem)

namespace {

// The server of the libpq environment, by host and port, so that a variant can change one part.
QString serverConninfo()
{
    const QString host =
        qEnvironmentVariableIsSet("PGHOST") ? qEnvironmentVariable("PGHOST") : QStringLiteral("localhost");
    const QString port =
        qEnvironmentVariableIsSet("PGPORT") ? qEnvironmentVariable("PGPORT") : QStringLiteral("5432");
    return QStringLiteral("host=%1 port=%2").arg(host, port);
}

} // namespace

class TestConnectionProbe : public QObject
{
    Q_OBJECT
private slots:
    void sqliteStoreWithEvents()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.sqlite"));
        {
            auto store = EventStoreFactory::open(path, EventStoreFactory::Mode::CreateIfMissing);
            store->initialize();
            store->append(QStringLiteral("quiz-1"),
                          {makeEvent("quiz-1", "QuizStarted", "{}"), makeEvent("quiz-1", "QuizPassed", "{}")},
                          std::nullopt);
        }
        const ProbeResult r = ConnectionProbe::probe(path);
        QVERIFY2(r.reachable, qPrintable(r.error));
        QCOMPARE(r.backend, QStringLiteral("sqlite"));
        QVERIFY(r.serverVersion.startsWith(QLatin1String("SQLite 3.")));
        QVERIFY(r.hasSchema);
        QCOMPARE(r.headPosition, 2);
        QVERIFY(r.role.isEmpty());
        QCOMPARE(r.shownAddress, QStringLiteral("sqlite:") + path);
    }

    void postgresStore()
    {
        REWIND_PG_DATABASE(db);
        const QString address = serverConninfo() + QStringLiteral(" dbname=") + db.name();
        ProbeResult r = ConnectionProbe::probe(address);
        QVERIFY2(r.reachable, qPrintable(r.error));
        QCOMPARE(r.backend, QStringLiteral("postgresql"));
        QVERIFY2(r.serverVersion.startsWith(QLatin1String("PostgreSQL 1")), qPrintable(r.serverVersion));
        QCOMPARE(r.role, qEnvironmentVariableIsSet("PGUSER") ? qEnvironmentVariable("PGUSER") : r.role);
        QVERIFY(!r.role.isEmpty());
        QVERIFY(!r.hasSchema); // a fresh database: the probe reports it and creates nothing
        QVERIFY(!ConnectionProbe::probe(address).hasSchema);
        QCOMPARE(StoreErrorText::from(QStringLiteral("schema message_store is missing")).problem(),
                 StoreErrorText::Problem::SchemaMissing);

        {
            auto store = EventStoreFactory::open(address);
            store->initialize();
            store->append(QStringLiteral("quiz-1"), {makeEvent("quiz-1", "QuizStarted", "{}")}, std::nullopt);
        }
        r = ConnectionProbe::probe(address);
        QVERIFY2(r.reachable, qPrintable(r.error));
        QVERIFY(r.hasSchema);
        QCOMPARE(r.headPosition, 1);
    }

    void passwordNeverShown()
    {
        REWIND_PG_DATABASE(db);
        const QString address =
            serverConninfo() + QStringLiteral(" password=not-the-password dbname=") + db.name();
        const ProbeResult r = ConnectionProbe::probe(address);
        QVERIFY(!r.shownAddress.contains(QLatin1String("not-the-password")));
    }

    // Each way of failing, produced for real; the probe's message must come out in plain words.
    void failures_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<StoreErrorText::Problem>("problem");
        QTest::addColumn<QString>("words");
        const QString server = serverConninfo();
        QTest::newRow("server not running")
            << QStringLiteral("host=localhost port=1 dbname=x") << StoreErrorText::Problem::ServerNotRunning
            << "No PostgreSQL server answered";
        QTest::newRow("no socket") << QStringLiteral("host=/nonexistent-dir dbname=x")
                                   << StoreErrorText::Problem::ServerNotRunning
                                   << "No PostgreSQL server answered";
        QTest::newRow("unknown host") << QStringLiteral("host=no-such-host.invalid dbname=x")
                                      << StoreErrorText::Problem::UnknownHost << "no-such-host.invalid";
        QTest::newRow("database missing")
            << server + QStringLiteral(" dbname=no_such_database_here")
            << StoreErrorText::Problem::DatabaseMissing << "no_such_database_here";
        QTest::newRow("uri database missing")
            << QStringLiteral("postgresql:///no_such_database_here?") +
                   QString(server).replace(QLatin1Char(' '), QLatin1Char('&'))
            << StoreErrorText::Problem::DatabaseMissing << "no_such_database_here";
        QTest::newRow("wrong password") << server + QStringLiteral(" dbname=postgres password=wrong-password")
                                        << StoreErrorText::Problem::PasswordFailed << "~/.pgpass";
        QTest::newRow("service missing") << QStringLiteral("service=no_such_service_here")
                                         << StoreErrorText::Problem::ServiceMissing << "no_such_service_here";
        QTest::newRow("sqlite no such file") << QStringLiteral("/nonexistent-dir/events.sqlite")
                                             << StoreErrorText::Problem::NoSuchFile << "init";
        QTest::newRow("bad address") << QStringLiteral("mysql://db/x") << StoreErrorText::Problem::BadAddress
                                     << "not a store address";
    }
    void failures()
    {
        QFETCH(QString, address);
        QFETCH(StoreErrorText::Problem, problem);
        QFETCH(QString, words);
        const ProbeResult r = ConnectionProbe::probe(address);
        QVERIFY(!r.reachable);
        QVERIFY(!r.error.isEmpty());
        const StoreErrorText plain = StoreErrorText::from(r.error, r.shownAddress);
        QVERIFY2(plain.problem() == problem, qPrintable(r.error));
        QVERIFY2(plain.text().contains(words, Qt::CaseInsensitive), qPrintable(plain.text()));
        QCOMPARE(plain.detail(), r.error.trimmed());
        QVERIFY(!plain.text().contains(QLatin1String("wrong-password")));
    }

    void sqliteFileFailures()
    {
        QTemporaryDir dir;
        // A text file is no database.
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                QByteArray("these are notes, not a database, long enough to fill a header ").repeated(20));
        }
        ProbeResult r = ConnectionProbe::probe(text);
        QVERIFY(!r.reachable);
        QCOMPARE(StoreErrorText::from(r.error).problem(), StoreErrorText::Problem::NotADatabase);

        // A folder is no file.
        r = ConnectionProbe::probe(dir.path());
        QVERIFY(!r.reachable);
        QCOMPARE(StoreErrorText::from(r.error).problem(), StoreErrorText::Problem::NotAFile);

        // A SQLite database without the messages table: reachable, schema missing, and untouched.
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        EventStoreFactory::open(empty, EventStoreFactory::Mode::CreateIfMissing);
        r = ConnectionProbe::probe(empty);
        QVERIFY2(r.reachable, qPrintable(r.error));
        QVERIFY(!r.hasSchema);
        QVERIFY(!EventStoreFactory::open(empty)->hasSchema());

        // Testing a path that does not exist creates nothing there.
        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        QVERIFY(!ConnectionProbe::probe(missing).reachable);
        QVERIFY(!QFile::exists(missing));
    }

    void connectTimeoutAdded_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("expected");
        QTest::newRow("conninfo") << "host=db dbname=x"
                                  << "host=db dbname=x connect_timeout=10";
        QTest::newRow("conninfo has one") << "host=db connect_timeout=3"
                                          << "host=db connect_timeout=3";
        QTest::newRow("service") << "service=events"
                                 << "service=events connect_timeout=10";
        QTest::newRow("uri") << "postgresql://me@db/x"
                             << "postgresql://me@db/x?connect_timeout=10";
        QTest::newRow("uri with query") << "postgresql://me@db/x?sslmode=require"
                                        << "postgresql://me@db/x?sslmode=require&connect_timeout=10";
        QTest::newRow("uri has one") << "postgresql://db/x?connect_timeout=2"
                                     << "postgresql://db/x?connect_timeout=2";
        QTest::newRow("sqlite untouched") << "/tmp/x.sqlite"
                                          << "/tmp/x.sqlite";
    }
    void connectTimeoutAdded()
    {
        QFETCH(QString, address);
        QFETCH(QString, expected);
        QCOMPARE(ConnectionProbe::withConnectTimeout(address), expected);
    }

    void startReportsOnItsThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("events.sqlite"));
        EventStoreFactory::open(path, EventStoreFactory::Mode::CreateIfMissing)->initialize();
        ConnectionProbe probe;
        QSignalSpy spy(&probe, &ConnectionProbe::finished);
        probe.start(path);
        QVERIFY(probe.isRunning());
        QVERIFY(spy.wait(10000));
        QVERIFY(!probe.isRunning());
        const auto r = spy.at(0).at(0).value<ProbeResult>();
        QVERIFY2(r.reachable, qPrintable(r.error));
        QVERIFY(r.hasSchema);
        QCOMPARE(r.headPosition, 0);
    }

    void deletedWhileRunning()
    {
        REWIND_PG_DATABASE(db);
        int delivered = 0;
        {
            auto* probe = new ConnectionProbe;
            connect(probe, &ConnectionProbe::finished, probe, [&delivered] { ++delivered; });
            probe->start(serverConninfo() + QStringLiteral(" dbname=") + db.name());
            delete probe;
        }
        QThreadPool::globalInstance()->waitForDone(20000);
        QCoreApplication::processEvents();
        QCOMPARE(delivered, 0);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "TestConnectionProbe.moc"
