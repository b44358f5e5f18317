// Plain words for the messages stores report. Every message in these tables was produced by a real
// PostgreSQL 15 server, libpq 15, SQLite or Rewind's stores (TestConnectionProbe produces the same
// failures live); none is made up.
#include "StoreErrorText.h"

#include <QTest>

using Rewind::StoreErrorText;
using Problem = Rewind::StoreErrorText::Problem;

Q_DECLARE_METATYPE(Rewind::StoreErrorText::Problem)

class TestStoreErrorText : public QObject
{
    Q_OBJECT
private slots:
    void plainWords_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QString>("words"); // must appear in summary or hint
        QTest::newRow("refused") << QStringLiteral(
                                        "cannot connect to PostgreSQL: connection to server at \"localhost\" "
                                        "(127.0.0.1), port 5499 failed: Connection refused\n\tIs the server "
                                        "running on that host and accepting TCP/IP connections?")
                                 << Problem::ServerNotRunning << QStringLiteral("port 5499");
        QTest::newRow("no socket")
            << QStringLiteral("cannot connect to PostgreSQL: connection to server on socket "
                              "\"/nonexistent-dir/.s.PGSQL.5473\" failed: No such file or directory\n\tIs "
                              "the server running locally and accepting connections on that socket?")
            << Problem::ServerNotRunning << QStringLiteral("not be running");
        QTest::newRow("unknown host")
            << QStringLiteral("cannot connect to PostgreSQL: could not translate host name "
                              "\"no-such-host.invalid\" to address: Name or service not known")
            << Problem::UnknownHost << QStringLiteral("\"no-such-host.invalid\"");
        QTest::newRow("database missing")
            << QStringLiteral("cannot connect to PostgreSQL: connection to server at \"localhost\" "
                              "(127.0.0.1), port 5473 failed: FATAL:  database \"no_such_db\" does not exist")
            << Problem::DatabaseMissing << QStringLiteral("\"no_such_db\"");
        QTest::newRow("role missing")
            << QStringLiteral("cannot connect to PostgreSQL: connection to server at \"localhost\" "
                              "(127.0.0.1), port 5473 failed: FATAL:  role \"no_such_role\" does not exist")
            << Problem::RoleMissing << QStringLiteral("\"no_such_role\"");
        QTest::newRow("wrong password")
            << QStringLiteral(
                   "cannot connect to PostgreSQL: connection to server at \"localhost\" (127.0.0.1), port "
                   "5473 failed: FATAL:  password authentication failed for user \"postgres\"")
            << Problem::PasswordFailed << QStringLiteral("PGPASSWORD");
        QTest::newRow("unknown role over tcp")
            << QStringLiteral(
                   "cannot connect to PostgreSQL: connection to server at \"localhost\" (127.0.0.1), port "
                   "5473 failed: FATAL:  password authentication failed for user \"no_such_role\"")
            << Problem::PasswordFailed << QStringLiteral("does not exist");
        QTest::newRow("no password")
            << QStringLiteral("cannot connect to PostgreSQL: connection to server at \"localhost\" "
                              "(127.0.0.1), port 5473 failed: fe_sendauth: no password supplied")
            << Problem::NoPassword << QStringLiteral("~/.pgpass");
        QTest::newRow("peer") << QStringLiteral("cannot connect to PostgreSQL: connection to server on "
                                                "socket \"/var/run/postgresql/.s.PGSQL.5473\" failed: FATAL: "
                                                " Peer authentication failed for user \"nobody\"")
                              << Problem::PeerAuthenticationFailed << QStringLiteral("\"nobody\"");
        QTest::newRow("service missing")
            << QStringLiteral(
                   "cannot connect to PostgreSQL: definition of service \"nosuchservice\" not found")
            << Problem::ServiceMissing << QStringLiteral("pg_service.conf");
        QTest::newRow("no connect privilege")
            << QStringLiteral("cannot connect to PostgreSQL: connection to server at \"localhost\" "
                              "(127.0.0.1), port 5473 failed: FATAL:  permission denied for database "
                              "\"private_db\"\nDETAIL:  User does not have CONNECT privilege.")
            << Problem::PermissionDenied << QStringLiteral("not allowed");
        QTest::newRow("no table privilege")
            << QStringLiteral("creating a table: permission denied for schema public")
            << Problem::PermissionDenied << QStringLiteral("access");
        QTest::newRow("pg schema missing")
            << QStringLiteral(
                   "host=db dbname=x: schema message_store is missing; run `rewind init` to create it")
            << Problem::SchemaMissing << QStringLiteral("rewind --store");
        QTest::newRow("pg schema dropped")
            << QStringLiteral("reading stream quiz-1: relation \"messages\" does not exist; the message "
                              "store schema is missing, run `rewind init`")
            << Problem::SchemaMissing << QStringLiteral("Message DB");
        QTest::newRow("sqlite no file")
            << QStringLiteral("no SQLite store at /data/events.sqlite (create one with `rewind --store "
                              "/data/events.sqlite init`)")
            << Problem::NoSuchFile << QStringLiteral("/data/events.sqlite");
        QTest::newRow("sqlite directory") << QStringLiteral("/data is a directory, not a SQLite file")
                                          << Problem::NotAFile << QStringLiteral("folder");
        QTest::newRow("sqlite not a database")
            << QStringLiteral("/data/notes.txt is not a usable SQLite store: SQLite: file is not a database")
            << Problem::NotADatabase << QStringLiteral("not a SQLite database");
        QTest::newRow("sqlite no messages table")
            << QStringLiteral("/data/empty.sqlite has no `messages` table: create it with `rewind --store "
                              "/data/empty.sqlite init`")
            << Problem::SchemaMissing << QStringLiteral("rewind --store \"/data/events.sqlite\" init");
        QTest::newRow("sqlite read-only") << QStringLiteral("SQLite: attempt to write a readonly database")
                                          << Problem::PermissionDenied << QStringLiteral("not allowed");
        QTest::newRow("bad address")
            << QStringLiteral(
                   "store address: unknown scheme 'mysql' (use a file path, sqlite:PATH or postgresql://...)")
            << Problem::BadAddress << QStringLiteral("service=events");
        QTest::newRow("bad conninfo")
            << QStringLiteral("store address: missing \"=\" after \"nonsense\" in connection info string")
            << Problem::BadAddress << QStringLiteral("not a store address");
    }
    void plainWords()
    {
        QFETCH(QString, message);
        QFETCH(Problem, problem);
        QFETCH(QString, words);
        const StoreErrorText t = StoreErrorText::from(message, QStringLiteral("/data/events.sqlite"));
        QCOMPARE(t.problem(), problem);
        QVERIFY(!t.summary().isEmpty());
        const QString said = t.summary() + QLatin1Char(' ') + t.hint();
        QVERIFY2(said.contains(words, Qt::CaseInsensitive), qPrintable(said));
        // The original is kept, as the second line.
        QCOMPARE(t.detail(), message.trimmed());
        const QStringList lines = t.text().split(QLatin1Char('\n'));
        QVERIFY(lines.size() >= 2);
        QVERIFY(!lines.first().contains(QLatin1String("FATAL")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("Details: ")));
    }

    void schemaHintNamesTheAddress()
    {
        const StoreErrorText t =
            StoreErrorText::from(QStringLiteral("/data/x.sqlite has no `messages` table: create it with "
                                                "`rewind --store /data/x.sqlite init`"),
                                 QStringLiteral("/data/x.sqlite"));
        QCOMPARE(t.problem(), Problem::SchemaMissing);
        QVERIFY2(t.hint().contains(QLatin1String("rewind --store \"/data/x.sqlite\" init")),
                 qPrintable(t.hint()));
    }

    void unknownMessageKeepsDetail()
    {
        const QString message = QStringLiteral("SQLite: database or disk is full");
        const StoreErrorText t = StoreErrorText::from(message);
        QCOMPARE(t.problem(), Problem::Other);
        QVERIFY(t.text().contains(message));
    }
};

QTEST_GUILESS_MAIN(TestStoreErrorText)
#include "TestStoreErrorText.moc"
