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
        QTest::newRow("bad uri") << "postgresql://a b@/x"
                                 << "not a valid PostgreSQL URI";
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
    }
    void displayHidesPasswords()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString shown = StoreAddress::parse(text).display();
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
        QVERIFY(!shown.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreAddress)
#include "TestStoreAddress.moc"
