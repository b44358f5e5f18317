// The connection dialog under the offscreen platform, against real SQLite files and a real
// PostgreSQL: typing addresses, testing them off the UI thread, the recent list.
#include "ConnectionDialog.h"
#include "EventStoreFactory.h"
#include "PgTestDatabase.h"
#include "TestEvents.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Rewind;

namespace {

QString serverConninfo()
{
    const QString host =
        qEnvironmentVariableIsSet("PGHOST") ? qEnvironmentVariable("PGHOST") : QStringLiteral("localhost");
    const QString port =
        qEnvironmentVariableIsSet("PGPORT") ? qEnvironmentVariable("PGPORT") : QStringLiteral("5432");
    return QStringLiteral("host=%1 port=%2").arg(host, port);
}

struct Parts
{
    QLineEdit* sqlitePath;
    QLineEdit* postgresAddress;
    QPushButton* test;
    QLabel* testResult;
    QLabel* addressProblem;
    QListWidget* recent;
    QPushButton* ok;
};

Parts parts(ConnectionDialog& d)
{
    Parts p;
    p.sqlitePath = d.findChild<QLineEdit*>(QStringLiteral("sqlitePath"));
    p.postgresAddress = d.findChild<QLineEdit*>(QStringLiteral("postgresAddress"));
    p.test = d.findChild<QPushButton*>(QStringLiteral("testConnection"));
    p.testResult = d.findChild<QLabel*>(QStringLiteral("testResult"));
    p.addressProblem = d.findChild<QLabel*>(QStringLiteral("addressProblem"));
    p.recent = d.findChild<QListWidget*>(QStringLiteral("recentStores"));
    p.ok = d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    return p;
}

QString sqliteStoreWithTwoEvents(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("events.sqlite"));
    auto store = EventStoreFactory::open(path, EventStoreFactory::Mode::CreateIfMissing);
    store->initialize();
    store->append(QStringLiteral("quiz-1"),
                  {makeEvent("quiz-1", "QuizStarted", "{}"), makeEvent("quiz-1", "QuizPassed", "{}")},
                  std::nullopt);
    return path;
}

// Clicks "Test connection" and waits for the result; checks the button while the test runs.
QString runTest(ConnectionDialog& dialog)
{
    const Parts p = parts(dialog);
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    QTest::mouseClick(p.test, Qt::LeftButton);
    if (!dialog.isTesting() || p.test->isEnabled() || !p.test->text().contains(QLatin1String("Testing")))
        return QStringLiteral("FAIL: the button does not show that a test runs");
    if (!finished.wait(20000))
        return QStringLiteral("FAIL: no result");
    if (!p.test->isEnabled() || dialog.isTesting())
        return QStringLiteral("FAIL: the button stays disabled");
    return p.testResult->text();
}

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT
private slots:
    void okFollowsTheAddress()
    {
        ConnectionDialog dialog(QStringList{});
        dialog.show();
        const Parts p = parts(dialog);
        QVERIFY(!p.ok->isEnabled());
        QVERIFY(!p.test->isEnabled());

        QTest::keyClicks(p.sqlitePath, QStringLiteral("/data/events.sqlite"));
        QVERIFY(p.ok->isEnabled());
        QCOMPARE(dialog.chosenAddress(), QStringLiteral("/data/events.sqlite"));
        QVERIFY(p.addressProblem->isVisible()); // no such file: said, but it may be opened later
        p.sqlitePath->clear();
        QVERIFY(!p.ok->isEnabled());

        // Typing into the PostgreSQL field chooses PostgreSQL.
        QTest::keyClicks(p.postgresAddress, QStringLiteral("host=db dbname=events"));
        QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("postgresChoice"))->isChecked());
        QVERIFY(p.ok->isEnabled());
        QCOMPARE(dialog.chosenAddress(), QStringLiteral("host=db dbname=events"));
        QVERIFY(!p.addressProblem->isVisible());

        p.postgresAddress->clear();
        QTest::keyClicks(p.postgresAddress, QStringLiteral("mysql://db/events"));
        QVERIFY(!p.ok->isEnabled());
        QVERIFY(dialog.chosenAddress().isEmpty());
        QVERIFY2(p.addressProblem->text().contains(QLatin1String("unknown scheme")),
                 qPrintable(p.addressProblem->text()));

        // A file path is not a PostgreSQL address.
        p.postgresAddress->clear();
        QTest::keyClicks(p.postgresAddress, QStringLiteral("events.sqlite"));
        QVERIFY(!p.ok->isEnabled());
        QVERIFY(p.addressProblem->isVisible());

        p.postgresAddress->clear();
        QTest::keyClicks(p.postgresAddress, QStringLiteral("postgresql://me@db/events"));
        QVERIFY(p.ok->isEnabled());
        QTest::keyClick(p.postgresAddress, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void sqliteFileNamedLikeConninfo()
    {
        ConnectionDialog dialog(QStringList{});
        const Parts p = parts(dialog);
        QTest::keyClicks(p.sqlitePath, QStringLiteral("host=x.sqlite"));
        QCOMPARE(dialog.chosenAddress(), QStringLiteral("sqlite:host=x.sqlite"));
    }

    void testSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = sqliteStoreWithTwoEvents(dir);
        ConnectionDialog dialog(QStringList{});
        dialog.show();
        QTest::keyClicks(parts(dialog).sqlitePath, path);
        const QString shown = runTest(dialog);
        QVERIFY2(shown.contains(QLatin1String("Connection works")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("SQLite 3.")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("global position 2")), qPrintable(shown));
    }

    void testPostgres()
    {
        REWIND_PG_DATABASE(db);
        ConnectionDialog dialog(QStringList{});
        dialog.show();
        const QString address = serverConninfo() + QStringLiteral(" dbname=") + db.name();
        QTest::keyClicks(parts(dialog).postgresAddress, address);

        // A fresh database: reachable, not a message store yet, and the way to make it one.
        QString shown = runTest(dialog);
        QVERIFY2(shown.contains(QLatin1String("Connection works")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("PostgreSQL 1")), qPrintable(shown));
        const QString role =
            qEnvironmentVariableIsSet("PGUSER") ? qEnvironmentVariable("PGUSER") : QStringLiteral("\"");
        QVERIFY2(shown.contains(QStringLiteral("role &quot;%1&quot;").arg(role)), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("init")), qPrintable(shown));

        try {
            auto store = EventStoreFactory::open(address);
            store->initialize();
            store->append(QStringLiteral("quiz-1"), {makeEvent("quiz-1", "QuizStarted", "{}")}, std::nullopt);
        } catch (const StoreError& e) {
            QFAIL(qPrintable(e.message()));
        }
        shown = runTest(dialog);
        QVERIFY2(shown.contains(QLatin1String("global position 1")), qPrintable(shown));

        dialog.setRecentAddresses({QStringLiteral("postgresql://editor@db.example.org/events"),
                                   QStringLiteral("service=events"),
                                   QStringLiteral("/data/rewind-demo.sqlite")});
        QVERIFY(dialog.grab().save(QStringLiteral("/tmp/connection-dialog.png")));
    }

    void testShowsPlainWords_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("words");
        QTest::newRow("database missing")
            << serverConninfo() + QStringLiteral(" dbname=no_such_database_here")
            << "no database called &quot;no_such_database_here&quot;";
        QTest::newRow("server not running")
            << QStringLiteral("host=localhost port=1 dbname=x") << "No PostgreSQL server answered";
        QTest::newRow("wrong password")
            << serverConninfo() + QStringLiteral(" dbname=postgres password=wrong-password") << "~/.pgpass";
    }
    void testShowsPlainWords()
    {
        QFETCH(QString, address);
        QFETCH(QString, words);
        ConnectionDialog dialog(QStringList{});
        dialog.show();
        QTest::keyClicks(parts(dialog).postgresAddress, address);
        const QString shown = runTest(dialog);
        QVERIFY2(shown.contains(words), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("Details: ")), qPrintable(shown)); // the original, second line
        QVERIFY(!shown.contains(QLatin1String("wrong-password")));
    }

    void testMissingSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        ConnectionDialog dialog(QStringList{});
        QTest::keyClicks(parts(dialog).sqlitePath, path);
        const QString shown = runTest(dialog);
        QVERIFY2(shown.contains(QLatin1String("There is no file at")), qPrintable(shown));
        QVERIFY(!QFile::exists(path)); // testing creates nothing
    }

    void recentList()
    {
        QTemporaryDir dir;
        const QString path = sqliteStoreWithTwoEvents(dir);
        ConnectionDialog dialog(QStringList{QStringLiteral("service=events"), path});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Parts p = parts(dialog);
        QCOMPARE(p.recent->count(), 2);

        // One click fills the fields…
        QListWidgetItem* pg = p.recent->item(0);
        QTest::mouseClick(p.recent->viewport(), Qt::LeftButton, {}, p.recent->visualItemRect(pg).center());
        QCOMPARE(dialog.chosenAddress(), QStringLiteral("service=events"));
        QCOMPARE(p.postgresAddress->text(), QStringLiteral("service=events"));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // …a double-click opens.
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        QListWidgetItem* file = p.recent->item(1);
        // A real double-click: press and release, then the double-click event, on the same item.
        QTest::mouseClick(p.recent->viewport(), Qt::LeftButton, {}, p.recent->visualItemRect(file).center());
        QTest::mouseDClick(p.recent->viewport(), Qt::LeftButton, {}, p.recent->visualItemRect(file).center());
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.chosenAddress(), path);
    }

    void emptyRecentList()
    {
        ConnectionDialog dialog(QStringList{});
        const Parts p = parts(dialog);
        QCOMPARE(p.recent->count(), 1);
        QCOMPARE(p.recent->item(0)->flags(), Qt::NoItemFlags);
    }

    void closedWhileTesting()
    {
        REWIND_PG_DATABASE(db);
        auto* dialog = new ConnectionDialog(QStringList{});
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QTest::keyClicks(parts(*dialog).postgresAddress,
                         serverConninfo() + QStringLiteral(" dbname=") + db.name());
        QTest::mouseClick(parts(*dialog).test, Qt::LeftButton);
        QVERIFY(dialog->isTesting());
        QPointer<ConnectionDialog> guard(dialog);
        dialog->close();
        QTRY_VERIFY(guard.isNull());
        QThreadPool::globalInstance()->waitForDone(20000);
        QCoreApplication::processEvents(); // a result for the closed dialog would crash here
        QVERIFY(guard.isNull());
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
