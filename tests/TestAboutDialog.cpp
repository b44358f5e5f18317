// The About dialog names the versions Rewind runs with, and the connected server when there is one.
#include "AboutDialog.h"
#include "EventStoreFactory.h"
#include "LibraryVersions.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private slots:
    void libraryVersions()
    {
        QVERIFY2(LibraryVersions::sqlite().startsWith(QLatin1String("3.")),
                 qPrintable(LibraryVersions::sqlite()));
        // libpq 10 and later: "major.minor", both numbers.
        QVERIFY2(QRegularExpression(QStringLiteral("^1[0-9]\\.[0-9]+$"))
                     .match(LibraryVersions::libpq())
                     .hasMatch(),
                 qPrintable(LibraryVersions::libpq()));
    }

    void notConnected()
    {
        AboutDialog dialog(AboutInfo{});
        const QString text = dialog.versionsText();
        QVERIFY2(text.contains(QStringLiteral("Rewind: ") + QStringLiteral(REWIND_VERSION)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Qt (running): ") + QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("Qt (built with): ") + QStringLiteral(QT_VERSION_STR)));
        QVERIFY(text.contains(QStringLiteral("SQLite library: ") + LibraryVersions::sqlite()));
        QVERIFY(text.contains(QStringLiteral("libpq (PostgreSQL client): ") + LibraryVersions::libpq()));
        QVERIFY(text.contains(QStringLiteral("Connected store: not connected")));
        // Every line is on screen too.
        QStringList shown;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            shown << label->text();
        QVERIFY2(shown.contains(LibraryVersions::libpq()), qPrintable(shown.join(QLatin1Char('|'))));
        QVERIFY(shown.contains(QStringLiteral("not connected")));
    }

    void connectedToARealStore()
    {
        QTemporaryDir dir;
        auto store = EventStoreFactory::open(dir.filePath(QStringLiteral("e.sqlite")),
                                             EventStoreFactory::Mode::CreateIfMissing);
        AboutDialog dialog(AboutInfo{store->backendName(), store->serverVersion()});
        const QString text = dialog.versionsText();
        QVERIFY2(text.contains(QStringLiteral("Connected store: SQLite ") + LibraryVersions::sqlite()),
                 qPrintable(text));

        AboutDialog pg(AboutInfo{QStringLiteral("postgresql"),
                                 QStringLiteral("PostgreSQL 15.18 (Debian 15.18-0+deb12u1)")});
        QVERIFY(pg.versionsText().contains(
            QStringLiteral("Connected store: PostgreSQL 15.18 (Debian 15.18-0+deb12u1)")));
    }

    void screenshot()
    {
        AboutDialog dialog(AboutInfo{QStringLiteral("postgresql"),
                                     QStringLiteral("PostgreSQL 15.18 (Debian 15.18-0+deb12u1)")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QStringLiteral("/tmp/about-dialog.png")));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
