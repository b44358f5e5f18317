// Dutch: the language setting — stored choice, system default, REWIND_LANGUAGE override —
// and that the Dutch translation is in the binary and actually translates.
#include "UiLanguage.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Rewind;

class TestUiLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QSettings settings() const
    {
        return QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

private slots:
    void init() { qunsetenv("REWIND_LANGUAGE"); }

    void effectiveLanguage_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("forced");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing chosen, English system") << ""
                                                        << "en_GB"
                                                        << ""
                                                        << "en";
        QTest::newRow("nothing chosen, Dutch system") << ""
                                                      << "nl_NL"
                                                      << ""
                                                      << "nl";
        QTest::newRow("nothing chosen, Flemish system") << ""
                                                        << "nl_BE"
                                                        << ""
                                                        << "nl";
        QTest::newRow("nothing chosen, German system") << ""
                                                       << "de_DE"
                                                       << ""
                                                       << "en";
        QTest::newRow("Dutch chosen on an English system") << "nl"
                                                           << "en_US"
                                                           << ""
                                                           << "nl";
        QTest::newRow("English chosen on a Dutch system") << "en"
                                                          << "nl_NL"
                                                          << ""
                                                          << "en";
        QTest::newRow("unknown stored value ignored") << "fr"
                                                      << "nl_NL"
                                                      << ""
                                                      << "nl";
        QTest::newRow("environment wins") << "en"
                                          << "en_US"
                                          << "nl"
                                          << "nl";
        QTest::newRow("unknown environment ignored") << "nl"
                                                     << "en_US"
                                                     << "xx"
                                                     << "nl";
    }

    void effectiveLanguage()
    {
        QFETCH(QString, stored);
        QFETCH(QString, systemLocale);
        QFETCH(QString, forced);
        QFETCH(QString, expected);
        const QLocale before;
        QLocale::setDefault(QLocale(systemLocale));
        QSettings s = settings();
        s.clear();
        if (!stored.isEmpty())
            s.setValue(QStringLiteral("ui/language"), stored);
        if (!forced.isEmpty())
            qputenv("REWIND_LANGUAGE", forced.toUtf8());
        QCOMPARE(UiLanguage::effective(s), expected);
        QLocale::setDefault(before);
    }

    void choosingIsStored()
    {
        QSettings s = settings();
        s.clear();
        QCOMPARE(UiLanguage::chosen(s), QString());
        UiLanguage::choose(s, QStringLiteral("nl"));
        QCOMPARE(UiLanguage::chosen(s), QStringLiteral("nl"));
        UiLanguage::choose(s, QString()); // back to the system's
        QCOMPARE(UiLanguage::chosen(s), QString());
        QVERIFY(!s.contains(QStringLiteral("ui/language")));
    }

    // The .qm is compiled into the binary's resources; installing it makes tr() speak Dutch.
    void dutchIsBuiltInAndTranslates()
    {
        QTranslator translator;
        QVERIFY(UiLanguage::install(*QCoreApplication::instance(), translator, QStringLiteral("nl")));
        const QString text = QCoreApplication::translate("Rewind::MainWindow", "Browse");
        QVERIFY2(text != QLatin1String("Browse"), qPrintable(text));
        QCoreApplication::removeTranslator(&translator);
        QTranslator english;
        QVERIFY(UiLanguage::install(*QCoreApplication::instance(), english, QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Rewind::MainWindow", "Browse"), QStringLiteral("Browse"));
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "TestUiLanguage.moc"
