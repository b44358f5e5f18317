// The recent stores list in QSettings: order, de-duplication, the limit, and no password ever on disk.
#include "RecentStores.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Rewind::RecentStores;

class TestRecentStores : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("rewind-%1.ini").arg(++m_count));
    }

    void mostRecentFirstWithoutDuplicates()
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RecentStores recent(&settings);
        QVERIFY(recent.addresses().isEmpty());
        recent.add(QStringLiteral("/data/a.sqlite"));
        recent.add(QStringLiteral("service=events"));
        recent.add(QStringLiteral("/data/b.sqlite"));
        recent.add(QStringLiteral("sqlite:/data/a.sqlite")); // the same file again, another spelling
        QCOMPARE(recent.addresses(),
                 (QStringList{QStringLiteral("/data/a.sqlite"), QStringLiteral("/data/b.sqlite"),
                              QStringLiteral("service=events")}));
        recent.remove(QStringLiteral("/data/b.sqlite"));
        QCOMPARE(recent.addresses(),
                 (QStringList{QStringLiteral("/data/a.sqlite"), QStringLiteral("service=events")}));

        // Another reader of the same file sees the list: it is on disk, not only in memory.
        QSettings again(m_file, QSettings::IniFormat);
        QCOMPARE(RecentStores(&again).addresses(), recent.addresses());
        recent.clear();
        QVERIFY(recent.addresses().isEmpty());
    }

    void keepsTen()
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RecentStores recent(&settings);
        for (int i = 1; i <= 14; ++i)
            recent.add(QStringLiteral("/data/store-%1.sqlite").arg(i));
        const QStringList list = recent.addresses();
        QCOMPARE(list.size(), RecentStores::MaxCount);
        QCOMPARE(list.first(), QStringLiteral("/data/store-14.sqlite"));
        QCOMPARE(list.last(), QStringLiteral("/data/store-5.sqlite"));
    }

    void relativePathsBecomeAbsolute()
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RecentStores recent(&settings);
        recent.add(QStringLiteral("events.sqlite"));
        QCOMPARE(recent.addresses(),
                 QStringList{QDir::current().absoluteFilePath(QStringLiteral("events.sqlite"))});
    }

    void invalidIgnored()
    {
        QSettings settings(m_file, QSettings::IniFormat);
        RecentStores recent(&settings);
        recent.add(QString());
        recent.add(QStringLiteral("mysql://db/x"));
        QVERIFY(recent.addresses().isEmpty());
    }

    void noPasswordOnDisk_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("kept");
        QTest::newRow("uri") << "postgresql://editor:Hunter2Secret@db.example.org:5433/events"
                             << "postgresql://editor@db.example.org:5433/events";
        QTest::newRow("uri query")
            << "postgresql://db.example.org/events?password=Hunter2Secret&sslmode=require"
            << "postgresql://db.example.org/events?sslmode=require";
        QTest::newRow("conninfo") << "host=db.example.org password=Hunter2Secret dbname=events"
                                  << "host=db.example.org dbname=events";
        QTest::newRow("conninfo quoted")
            << "host=db.example.org password='Hunter2Secret and more' dbname=events"
            << "host=db.example.org dbname=events";
    }
    void noPasswordOnDisk()
    {
        QFETCH(QString, address);
        QFETCH(QString, kept);
        {
            QSettings settings(m_file, QSettings::IniFormat);
            RecentStores recent(&settings);
            recent.add(QStringLiteral("/data/a.sqlite"));
            recent.add(address);
            QCOMPARE(recent.addresses().first(), kept);
        }
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY2(onDisk.contains("db.example.org"), onDisk.constData()); // the address is there…
        QVERIFY2(!onDisk.contains("Hunter2"), onDisk.constData());       // …its password is not
        QVERIFY(!onDisk.contains("password"));
    }

    void passwordLeftByOthersNotReturned()
    {
        // A list written by hand (or an old version) with a password in it comes back without it.
        {
            QSettings settings(m_file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("recentStores"),
                              QStringList{QStringLiteral("host=db password=Hunter2Secret dbname=events")});
        }
        QSettings settings(m_file, QSettings::IniFormat);
        QCOMPARE(RecentStores(&settings).addresses(), QStringList{QStringLiteral("host=db dbname=events")});
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestRecentStores)
#include "TestRecentStores.moc"
