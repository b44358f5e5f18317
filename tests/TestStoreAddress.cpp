#include "StoreAddress.h"

#include <QTest>

using Rewind::StoreAddress;
using Backend = Rewind::StoreAddress::Backend;

Q_DECLARE_METATYPE(Rewind::StoreAddress::Backend)

class TestStoreAddress : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("target");
        QTest::newRow("file") << "rewind-demo.sqlite" << Backend::Sqlite << "rewind-demo.sqlite";
        QTest::newRow("absolute file") << "/tmp/x.db" << Backend::Sqlite << "/tmp/x.db";
        QTest::newRow("sqlite:") << "sqlite:/tmp/x.db" << Backend::Sqlite << "/tmp/x.db";
        QTest::newRow("sqlite://") << "sqlite:///tmp/x.db" << Backend::Sqlite << "/tmp/x.db";
        QTest::newRow("uri") << "postgresql://me@db:5433/events" << Backend::Postgres
                             << "postgresql://me@db:5433/events";
        QTest::newRow("short uri") << "postgres:///events" << Backend::Postgres << "postgres:///events";
        QTest::newRow("service") << "service=events" << Backend::Postgres << "service=events";
        QTest::newRow("conninfo") << "host=/run/postgresql dbname=message_store" << Backend::Postgres
                                  << "host=/run/postgresql dbname=message_store";
        QTest::newRow("trimmed") << "  service=x  " << Backend::Postgres << "service=x";
        for (const char* mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
            QTest::addRow("sslmode=%s", mode)
                << QStringLiteral("dbname=x sslmode=%1").arg(QLatin1String(mode)) << Backend::Postgres
                << QStringLiteral("dbname=x sslmode=%1").arg(QLatin1String(mode));
        QTest::newRow("sslmode quoted")
            << "sslmode = 'require' dbname=x" << Backend::Postgres << "sslmode = 'require' dbname=x";
        QTest::newRow("sslmode in a URI")
            << "postgresql://db/x?sslmode=verify-full&gssencmode=disable" << Backend::Postgres
            << "postgresql://db/x?sslmode=verify-full&gssencmode=disable";
        for (const char* mode : {"disable", "prefer", "require"})
            QTest::addRow("gssencmode=%s", mode)
                << QStringLiteral("gssencmode=%1").arg(QLatin1String(mode)) << Backend::Postgres
                << QStringLiteral("gssencmode=%1").arg(QLatin1String(mode));
        for (const char* attrs : {"any", "read-write", "read-only", "primary", "standby", "prefer-standby"})
            QTest::addRow("target_session_attrs=%s", attrs)
                << QStringLiteral("host=a,b target_session_attrs=%1").arg(QLatin1String(attrs))
                << Backend::Postgres
                << QStringLiteral("host=a,b target_session_attrs=%1").arg(QLatin1String(attrs));
        QTest::newRow("a value that only looks like sslmode")
            << "application_name='sslmode=x' dbname=y" << Backend::Postgres
            << "application_name='sslmode=x' dbname=y";
        // What psql takes, Rewind takes: libpq parses the address.
        QTest::newRow("primary and standbys")
            << "postgresql://db1:5432,db2:5433/events?target_session_attrs=prefer-standby"
            << Backend::Postgres
            << "postgresql://db1:5432,db2:5433/events?target_session_attrs=prefer-standby";
        QTest::newRow("host list") << "host=db1,db2 port=5432,5433 dbname=x target_session_attrs=read-write"
                                   << Backend::Postgres
                                   << "host=db1,db2 port=5432,5433 dbname=x target_session_attrs=read-write";
        QTest::newRow("socket directory in a URI")
            << "postgresql://%2Fvar%2Frun%2Fpostgresql/events" << Backend::Postgres
            << "postgresql://%2Fvar%2Frun%2Fpostgresql/events";
        QTest::newRow("user with a space")
            << "postgresql://a%20b@db/x" << Backend::Postgres << "postgresql://a%20b@db/x";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Backend, backend);
        QFETCH(QString, target);
        const StoreAddress a = StoreAddress::parse(text);
        QVERIFY2(a.isValid(), qPrintable(a.error()));
        QCOMPARE(a.backend(), backend);
        QCOMPARE(backend == Backend::Sqlite ? a.sqlitePath() : a.conninfo(), target);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("blank") << "   "
                               << "empty";
        QTest::newRow("mysql") << "mysql://localhost/db"
                               << "unknown scheme 'mysql'";
        QTest::newRow("http") << "https://example.org/x.sqlite"
                              << "unknown scheme 'https'";
        QTest::newRow("sqlite without path") << "sqlite:"
                                             << "file path";
        QTest::newRow("bad uri") << "postgresql://db/x?bogus=1"
                                 << "not a valid PostgreSQL URI: invalid URI query parameter: \"bogus\"";
        QTest::newRow("unknown keyword") << "host=db dbname=x colour=blue"
                                         << "invalid connection option \"colour\"";
        QTest::newRow("port in a URI") << "postgresql://localhost:port/x"
                                       << "port 'port' is not a number from 1 to 65535";
        QTest::newRow("port in a list") << "host=a,b port=5432,99999 dbname=x"
                                        << "port '99999'";
        QTest::newRow("conninfo without =") << "host=db dbname"
                                            << "missing \"=\" after \"dbname\"";
        QTest::newRow("sslmode") << "dbname=x sslmode=sometimes"
                                 << "sslmode 'sometimes' is not one of disable, allow, prefer, require, "
                                    "verify-ca, verify-full";
        QTest::newRow("sslmode quoted") << "dbname=x sslmode = 'very full'"
                                        << "sslmode 'very full'";
        QTest::newRow("sslmode in upper case") << "sslmode=REQUIRE dbname=x"
                                               << "sslmode 'REQUIRE'";
        QTest::newRow("sslmode empty") << "dbname=x sslmode=''"
                                       << "sslmode ''";
        QTest::newRow("sslmode in a URI") << "postgresql://db/x?sslmode=sometimes"
                                          << "sslmode 'sometimes' is not one of";
        QTest::newRow("gssencmode") << "host=db gssencmode=allow"
                                    << "gssencmode 'allow' is not one of disable, prefer, require";
        QTest::newRow("gssencmode in a URI") << "postgres:///x?gssencmode=maybe"
                                             << "gssencmode 'maybe'";
        QTest::newRow("target_session_attrs")
            << "host=a,b target_session_attrs=writable"
            << "target_session_attrs 'writable' is not one of any, read-write, read-only, primary, standby, "
               "prefer-standby";
        QTest::newRow("target_session_attrs in a URI") << "postgresql://db/x?target_session_attrs=master"
                                                       << "target_session_attrs 'master'";
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        const StoreAddress a = StoreAddress::parse(text);
        QVERIFY(!a.isValid());
        QVERIFY2(a.error().contains(words), qPrintable(a.error()));
    }

    void displayHidesPasswords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("uri user:password") << "postgresql://me:s3cret@db/events"
                                           << "s3cret";
        QTest::newRow("uri query") << "postgresql://db/events?password=s3cret&sslmode=require"
                                   << "s3cret";
        QTest::newRow("conninfo") << "host=db password=s3cret dbname=x"
                                  << "s3cret";
        QTest::newRow("conninfo quoted") << "host=db password='s3 cret' dbname=x"
                                         << "s3 cret";
        QTest::newRow("host list") << "postgresql://me:s3cret@db1:5432,db2:5433/events"
                                   << "s3cret";
    }
    void displayHidesPasswords()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString shown = StoreAddress::parse(text).display();
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
        QVERIFY(!shown.isEmpty());
    }

    void withoutPassword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kept");
        QTest::newRow("uri user:password") << "postgresql://me:s3cret@db:5433/events"
                                           << "postgresql://me@db:5433/events";
        QTest::newRow("uri query") << "postgresql://db/events?password=s3cret&sslmode=require"
                                   << "postgresql://db/events?sslmode=require";
        QTest::newRow("uri only password query") << "postgres://me@db/events?password=s3cret"
                                                 << "postgres://me@db/events";
        QTest::newRow("uri without password") << "postgres:///events"
                                              << "postgres:///events";
        QTest::newRow("uri host list")
            << "postgresql://me:s3cret@db1:5432,db2:5433/events?target_session_attrs=prefer-standby"
            << "postgresql://me@db1:5432,db2:5433/events?target_session_attrs=prefer-standby";
        QTest::newRow("uri socket directory") << "postgresql://me:s3cret@%2Ftmp%2Fpg/events"
                                              << "postgresql://me@%2Ftmp%2Fpg/events";
        QTest::newRow("conninfo") << "host=db password=s3cret dbname=x"
                                  << "host=db dbname=x";
        QTest::newRow("conninfo first") << "password=s3cret host=db"
                                        << "host=db";
        QTest::newRow("conninfo spaced") << "host=db password = s3cret dbname=x"
                                         << "host=db dbname=x";
        QTest::newRow("conninfo quoted") << "host=db password='s3 cret' dbname=x"
                                         << "host=db dbname=x";
        QTest::newRow("conninfo quoted escape") << "host=db password='it\\'s s3cret' dbname=x"
                                                << "host=db dbname=x";
        QTest::newRow("conninfo escaped space") << "host=db password=s3\\ cret dbname=x"
                                                << "host=db dbname=x";
        QTest::newRow("passfile stays") << "host=db passfile=/home/me/.pgpass"
                                        << "host=db passfile=/home/me/.pgpass";
        QTest::newRow("service") << "service=events"
                                 << "service=events";
        QTest::newRow("sqlite file") << "/tmp/events.sqlite"
                                     << "/tmp/events.sqlite";
        QTest::newRow("sqlite: prefix") << "sqlite:/tmp/events.sqlite"
                                        << "/tmp/events.sqlite";
        QTest::newRow("sqlite file that looks like conninfo") << "sqlite:host=x.sqlite"
                                                              << "sqlite:host=x.sqlite";
    }
    void withoutPassword()
    {
        QFETCH(QString, text);
        QFETCH(QString, kept);
        const StoreAddress original = StoreAddress::parse(text);
        const QString stripped = original.withoutPassword();
        QCOMPARE(stripped, kept);
        QVERIFY(!stripped.contains(QLatin1String("s3")));
        // It still names the same store.
        const StoreAddress again = StoreAddress::parse(stripped);
        QCOMPARE(again.backend(), original.backend());
        QCOMPARE(again.withoutPassword(), stripped);
    }
    void withoutPasswordOfInvalid() { QVERIFY(StoreAddress::parse(QString()).withoutPassword().isEmpty()); }
};

QTEST_GUILESS_MAIN(TestStoreAddress)
#include "TestStoreAddress.moc"
