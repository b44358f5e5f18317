// Dutch: every user-visible string has a Dutch translation. The test runs lupdate over the
// same sources the build translates (views, models, app/main.cpp) into a copy of rewind_nl.ts, so a
// tr() string added without running update_translations fails here, as does any entry left
// unfinished or empty. Numerus entries need every plural form.
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Gap
    {
        QString context;
        QString source;
        QString why;
    };

    // Every message of a .ts file that has no usable translation.
    static QList<Gap> gaps(const QString& tsPath, int* messages)
    {
        QList<Gap> out;
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return {{QString(), QString(), QStringLiteral("cannot read %1").arg(tsPath)}};
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        *messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++*messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                if (type == QLatin1String("unfinished")) {
                    out.append({context, source, QStringLiteral("unfinished")});
                    continue;
                }
                // Either plain text or <numerusform> children; none may be empty.
                bool numerus = false;
                bool emptyForm = false;
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        numerus = true;
                        if (xml.readElementText().isEmpty())
                            emptyForm = true;
                    } else if (xml.isCharacters()) {
                        text += xml.text();
                    }
                }
                if (numerus ? emptyForm : text.trimmed().isEmpty())
                    out.append({context, source, QStringLiteral("empty")});
            }
        }
        if (xml.hasError())
            out.append({QString(), QString(), QStringLiteral("XML error: %1").arg(xml.errorString())});
        return out;
    }

private slots:
    void everyStringHasADutchTranslation()
    {
        const QString sourceDir = qEnvironmentVariable("REWIND_SOURCE_DIR");
        const QString lupdate = qEnvironmentVariable("REWIND_LUPDATE");
        QVERIFY2(!sourceDir.isEmpty(), "REWIND_SOURCE_DIR is not set");
        QVERIFY2(QFile::exists(lupdate), qPrintable(QStringLiteral("lupdate not found: '%1'").arg(lupdate)));

        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("rewind_nl.ts"));
        QVERIFY(QFile::copy(sourceDir + QStringLiteral("/translations/rewind_nl.ts"), ts));
        QFile::setPermissions(ts, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // The same files app/CMakeLists.txt hands to qt_add_translations.
        QStringList sources{sourceDir + QStringLiteral("/app/main.cpp")};
        for (const char* area : {"/views", "/models"}) {
            QDirIterator it(sourceDir + QLatin1String(area), {QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                sources << it.next();
        }
        QFile list(dir.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(sources.join(QLatin1Char('\n')).toUtf8());
        list.close();

        QProcess p;
        p.start(lupdate,
                {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                 QStringLiteral("none"), QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), ts});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        int messages = 0;
        const QList<Gap> missing = gaps(ts, &messages);
        QStringList lines;
        for (const Gap& g : missing)
            lines << QStringLiteral("  [%1] %2: %3").arg(g.context, g.why, g.source.left(100));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 strings lack a Dutch translation "
                                                              "(run the update_translations target and fill "
                                                              "them in translations/rewind_nl.ts):\n%3")
                                                   .arg(missing.size())
                                                   .arg(messages)
                                                   .arg(lines.join(QLatin1Char('\n')))));
        QVERIFY2(messages > 500,
                 qPrintable(QStringLiteral("only %1 strings found: lupdate read no sources?").arg(messages)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
