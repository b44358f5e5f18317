// Roles and reconnection in the window, on PostgreSQL: the role the database grants decides what
// the window offers (the Publish page read-only for support, Rebuild hidden for editors), and a
// connection the server terminates is shown as reconnecting and then live again.
#include "MainWindow.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "PublishingView.h"
#include "StoreSession.h"
#include "TestEvents.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestMainWindowAccess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_db;
    QString m_suffix;

    QString member(const QString& role) const
    {
        return QStringLiteral("rewind_test_w%1_%2").arg(role, m_suffix);
    }
    QString address(const QString& role) const
    {
        return role.isEmpty() ? m_db->conninfo()
                              : QStringLiteral("%1 options='-c role=%2'").arg(m_db->conninfo(), member(role));
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
        QCoreApplication::setOrganizationName("RewindTest");
        QCoreApplication::setApplicationName("TestMainWindowAccess");
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_suffix = QString::number(QCoreApplication::applicationPid());
        PostgresEventStore store(m_db->conninfo());
        store.initialize();
        store.installRoles({QStringLiteral("course"), QStringLiteral("question")});
        store.append("question-1", {makeEvent("question-1", "QuestionDrafted", "{\"questionId\":\"1\"}")},
                     -1);
        PgTestConnection admin(m_db->conninfo());
        for (const QString role : {"support", "editor"})
            QVERIFY2(
                admin.exec(
                    QStringLiteral("CREATE ROLE %1 NOLOGIN; GRANT rewind_%2 TO %1;").arg(member(role), role)),
                qPrintable(admin.error()));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        PgTestConnection admin(PgTestDatabase::adminConninfo());
        for (const QString role : {"support", "editor"})
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(member(role)));
    }

    void offersWhatTheRoleMayDo_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("publishReadOnly");
        QTest::addColumn<bool>("rebuildShown");
        QTest::newRow("owner") << ""
                               << "full access" << false << true;
        QTest::newRow("editor") << "editor"
                                << "editor: reads, writes course, question" << false << false;
        QTest::newRow("support") << "support"
                                 << "support: read only" << true << false;
    }

    void offersWhatTheRoleMayDo()
    {
        QFETCH(QString, role);
        QFETCH(QString, shown);
        QFETCH(bool, publishReadOnly);
        QFETCH(bool, rebuildShown);
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::storeOpened);
        window.show();
        window.openStore(address(role));
        QVERIFY(opened.wait(15000));
        const QString status = window.findChild<QLabel*>("statusRole")->text();
        QVERIFY2(status.contains(shown), qPrintable(status));
        if (!role.isEmpty())
            QVERIFY2(status.contains(member(role)), qPrintable(status));
        QCOMPARE(window.publishing()->isReadOnly(), publishReadOnly);
        auto* rebuild = window.findChild<QPushButton*>("rebuildProjection");
        QVERIFY(rebuild);
        QCOMPARE(!rebuild->isHidden(), rebuildShown);
        // A local socket: no encryption to report, and the link says so.
        const QString link = window.findChild<QLabel*>("statusLink")->text();
        QVERIFY2(!link.isEmpty(), "the link's protection is not shown");
    }

    void showsTheReconnectAndComesBack()
    {
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::storeOpened);
        // The head watcher connects on its own thread after the window opened: terminating before
        // it listens would drop nothing the session holds (seen on a loaded CI machine). The spy is
        // made while storeOpened is emitted, so the watcher's report cannot come before it.
        std::unique_ptr<QSignalSpy> watching;
        connect(&window, &MainWindow::storeOpened, this, [&] {
            watching = std::make_unique<QSignalSpy>(window.findChild<StoreSession*>(),
                                                    &StoreSession::headWatchStarted);
        });
        window.show();
        window.openStore(address(QString()));
        QVERIFY(opened.wait(15000));
        QVERIFY(watching && watching->isValid());
        QVERIFY(!watching->isEmpty() || watching->wait(15000));
        auto* live = window.findChild<QLabel*>("statusLive");
        const QString before = live->text();
        PgTestConnection admin(m_db->conninfo());
        QVERIFY(admin.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                           " WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        QTRY_VERIFY_WITH_TIMEOUT(live->text().contains("reconnecting"), 15000);
        QVERIFY(!live->toolTip().isEmpty()); // the server's reason
        QTRY_COMPARE_WITH_TIMEOUT(live->text(), before, 20000);
        QVERIFY(live->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestMainWindowAccess)
#include "TestMainWindowAccess.moc"
