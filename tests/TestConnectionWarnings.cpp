// Credentials and transport: the warnings the window shows about the password file, the
// link and the server's durability settings; and that the PostgreSQL store reports those settings
// as the server has them.
#include "ConnectionWarnings.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestConnectionWarnings : public QObject
{
    Q_OBJECT

private slots:
    void securityWarnings_data()
    {
        QTest::addColumn<bool>("networked");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("fsyncOff");
        QTest::addColumn<bool>("syncCommitOff");
        QTest::addColumn<QStringList>("mentions"); // one entry per expected warning, in order
        QTest::newRow("local socket, safe server") << false << false << false << false << QStringList();
        QTest::newRow("tls across the network") << true << true << false << false << QStringList();
        QTest::newRow("clear text across the network")
            << true << false << false << false << QStringList{"not encrypted"};
        QTest::newRow("fsync off") << false << false << true << false << QStringList{"fsync off"};
        QTest::newRow("synchronous_commit off")
            << false << false << false << true << QStringList{"synchronous_commit off"};
        QTest::newRow("everything wrong")
            << true << false << true << true
            << QStringList{"not encrypted", "fsync off", "synchronous_commit off"};
    }

    void securityWarnings()
    {
        QFETCH(bool, networked);
        QFETCH(bool, tls);
        QFETCH(bool, fsyncOff);
        QFETCH(bool, syncCommitOff);
        QFETCH(QStringList, mentions);
        ConnectionSecurity s;
        s.networked = networked;
        s.tls = tls;
        s.tlsProtocol = tls ? QStringLiteral("TLSv1.3") : QString();
        s.fsyncOff = fsyncOff;
        s.synchronousCommitOff = syncCommitOff;
        const QStringList warnings = ConnectionWarnings::forSecurity(s);
        QCOMPARE(warnings.size(), mentions.size());
        for (int i = 0; i < mentions.size(); ++i)
            QVERIFY2(warnings[i].contains(mentions[i]), qPrintable(warnings[i]));
        QCOMPARE(ConnectionWarnings::linkText(s),
                 tls ? QStringLiteral("encrypted (TLSv1.3)")
                     : (networked ? QStringLiteral("not encrypted") : QStringLiteral("local connection")));
    }

    void passwordFilePermissions_data()
    {
        QTest::addColumn<int>("permissions"); // QFileDevice::Permissions; -1: no file
        QTest::addColumn<bool>("warns");
        QTest::newRow("absent") << -1 << false;
        QTest::newRow("0600") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner) << false;
        QTest::newRow("0400") << int(QFileDevice::ReadOwner) << false;
        QTest::newRow("0640") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadGroup)
                              << true;
        QTest::newRow("0604") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadOther)
                              << true;
        QTest::newRow("0620") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::WriteGroup)
                              << true;
    }

    void passwordFilePermissions()
    {
        QFETCH(int, permissions);
        QFETCH(bool, warns);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pgpass"));
        if (permissions >= 0) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("localhost:5432:*:alice:secret\n");
            f.close();
            QVERIFY(f.setPermissions(QFileDevice::Permissions(permissions)));
        }
        const QString warning = ConnectionWarnings::passwordFileWarning(path);
        QCOMPARE(!warning.isEmpty(), warns);
        if (warns)
            QVERIFY(warning.contains(path));
    }

    void passwordFileFollowsPgpassfile()
    {
        qputenv("PGPASSFILE", "/somewhere/else/pgpass");
        QCOMPARE(ConnectionWarnings::passwordFilePath(), QStringLiteral("/somewhere/else/pgpass"));
        qunsetenv("PGPASSFILE");
        QVERIFY(ConnectionWarnings::passwordFilePath().endsWith(QStringLiteral("/.pgpass")));
    }

    // The store reads the settings the server runs with: compared with what a separate connection
    // is told, and changed per session to see both values come through.
    void postgresReportsItsSettings()
    {
        REWIND_PG_DATABASE(db);
        PgTestConnection raw(db.conninfo());
        QVERIFY2(raw.isValid(), qPrintable(raw.error()));
        const bool fsyncOff = raw.value(QStringLiteral("SHOW fsync")) == QStringLiteral("off");
        for (const QString setting : {"on", "off"}) {
            PostgresEventStore store(
                QStringLiteral("%1 options='-c synchronous_commit=%2'").arg(db.conninfo(), setting));
            const ConnectionSecurity s = store.security();
            QCOMPARE(s.synchronousCommitOff, setting == QLatin1String("off"));
            QCOMPARE(s.fsyncOff, fsyncOff);
            const bool socket = qEnvironmentVariable("PGHOST").startsWith(QLatin1Char('/')) ||
                                qEnvironmentVariable("PGHOST").isEmpty();
            if (socket)
                QVERIFY(!s.networked);
            QCOMPARE(s.tls, !s.tlsProtocol.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionWarnings)
#include "TestConnectionWarnings.moc"
