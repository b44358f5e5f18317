// `rewind timeline STUDENT_ID`, run as a separate process like a user would, against a
// real SQLite file and a real PostgreSQL database: JSON lines, CSV and PDF of the same filter hold
// the same entries; an unknown student is exit 2, bad arguments exit 1; no half-written files.
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "RewindProcess.h"
#include "SqliteEventStore.h"
#include "TimelineCsvParser.h"
#include "TimelineTestLog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString pdfText(const QString& path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QStringLiteral("<pdftotext is not installed (Debian: poppler-utils)>");
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestTimelineCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<PgTestDatabase> m_db;
    QString m_store;

    QStringList args(const QStringList& rest) const
    {
        return QStringList{QStringLiteral("--store"), m_store, QStringLiteral("timeline")} + rest;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("REWIND_BINARY").isEmpty(), "REWIND_BINARY is not set");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_db.reset();
        std::unique_ptr<EventStore> store;
        if (backend == QLatin1String("sqlite")) {
            m_store = m_dir.filePath(QStringLiteral("cli%1.sqlite").arg(++m_files));
            store = std::make_unique<SqliteEventStore>(m_store, true);
        } else {
            m_db = std::make_unique<PgTestDatabase>();
            QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
            m_store = m_db->conninfo();
            store = std::make_unique<PostgresEventStore>(m_store);
        }
        store->initialize();
        TimelineTestLog::fill(*store);
    }

    void cleanup() { m_db.reset(); }

    void jsonLinesByDefault()
    {
        const RewindRun run = runRewind(args({QStringLiteral("7")}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.takeLast(), QByteArray());
        QList<qint64> positions;
        for (const QByteArray& line : lines) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.keys(), QStringList({"global_position", "id", "kind", "sentence", "stream_name",
                                            "time", "type"}));
            positions << o.value("global_position").toInteger();
        }
        QCOMPARE(positions, TimelineTestLog::student7Positions());
        QVERIFY(lines[4].contains("\"sentence\":\"Answered question 442 incorrectly: 12\""));
        QVERIFY(lines[9].contains("\"sentence\":\"Passed the quiz on Breuken after 4 answers\""));
    }

    void filtersAndDutch_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QList<qint64>>("positions");
        QTest::addColumn<QString>("someSentence");
        QTest::newRow("kinds") << QStringList{"--kinds", "answered-incorrectly,quiz-failed"}
                               << QList<qint64>{11, 23, 24} << "Answered question 501 incorrectly: 20%";
        QTest::newRow("period") << QStringList{"--from", "2026-03-03T10:02:00Z", "--to",
                                               "2026-03-03T10:03:00Z"}
                                << QList<qint64>{21, 22} << "Was given question 500";
        QTest::newRow("dutch") << QStringList{"--language", "nl", "--kinds", "quiz-passed,quiz-failed"}
                               << QList<qint64>{17, 24}
                               << "Quiz over Procenten en breuken niet gehaald na 2 antwoorden";
    }

    void filtersAndDutch()
    {
        QFETCH(QStringList, options);
        QFETCH(QList<qint64>, positions);
        QFETCH(QString, someSentence);
        const RewindRun run = runRewind(args(QStringList{"7", "--format", "csv"} + options));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QString error;
        const QList<QStringList> records = TimelineCsvParser::parse(run.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<qint64> shown;
        QStringList sentences;
        for (qsizetype i = 1; i < records.size(); ++i) {
            shown << records[i][0].toLongLong();
            sentences << records[i][5];
        }
        QCOMPARE(shown, positions);
        QVERIFY2(sentences.contains(someSentence), qPrintable(sentences.join(QLatin1Char('|'))));
    }

    // The PDF and CSV exports of the same filter contain the same entries.
    void csvAndPdfOfTheSameFilterAgree()
    {
        const QStringList filter{"--kinds", "answered-correctly,answered-incorrectly,quiz-passed", "--from",
                                 "2026-03-02T09:05:00Z"};
        const QString csvPath = m_dir.filePath(QStringLiteral("t%1.csv").arg(m_files));
        const QString pdfPath = m_dir.filePath(QStringLiteral("t%1.pdf").arg(m_files));
        RewindRun run = runRewind(args(QStringList{"7", "--format", "csv", "--output", csvPath} + filter));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.isEmpty());
        run = runRewind(
            args(QStringList{"7", "--format", "pdf", "--output", pdfPath, "--user", "support-jan"} + filter));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!QFile::exists(csvPath + ".partial"));
        QVERIFY(!QFile::exists(pdfPath + ".partial"));

        QString error;
        const QList<QStringList> records = TimelineCsvParser::parse(readFile(csvPath), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(records.size(), 1 + 6); // 14, 15, 16, 17, 22, 23
        QVERIFY(readFile(pdfPath).startsWith("%PDF-"));
        const QString text = pdfText(pdfPath);
        QVERIFY2(text.contains(QStringLiteral("Timeline of Anna de Vries (student 7)")),
                 qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("anna@school.nl")));
        QVERIFY(text.contains(QStringLiteral("Period: from 2026-03-02 09:05 UTC")));
        QVERIFY(text.contains(QStringLiteral("Generated by support-jan on ")));
        qsizetype from = 0;
        for (qsizetype i = 1; i < records.size(); ++i) {
            const qsizetype found = text.indexOf(records[i][5], from);
            QVERIFY2(found >= 0, qPrintable(records[i][5]));
            from = found + records[i][5].size();
        }
        // Nothing the filter left out.
        QVERIFY(!text.contains(QStringLiteral("Was given question")));
        QVERIFY(!text.contains(QStringLiteral("Answered question 442 incorrectly")));
    }

    void unknownStudentIsBadInput()
    {
        const RewindRun run = runRewind(args({QStringLiteral("404")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("no student '404'"), run.err.constData());
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no student") << QStringList{};
        QTest::newRow("two students") << QStringList{"7", "8"};
        QTest::newRow("format") << QStringList{"7", "--format", "xml"};
        QTest::newRow("from") << QStringList{"7", "--from", "yesterday"};
        QTest::newRow("to before from")
            << QStringList{"7", "--from", "2026-03-03T00:00:00Z", "--to", "2026-03-02T00:00:00Z"};
        QTest::newRow("kind") << QStringList{"7", "--kinds", "answered-correctly,sleeping"};
        QTest::newRow("language") << QStringList{"7", "--language", "fr"};
        QTest::newRow("unknown option") << QStringList{"7", "--colour", "red"};
    }

    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const RewindRun run = runRewind(args(arguments));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("usage:"), run.err.constData());
    }

    void failedWriteLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/t.csv"));
        const RewindRun run = runRewind(args({"7", "--format", "csv", "--output", path}));
        QVERIFY(run.exitCode != 0);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + ".partial"));
    }

    void benchPrintsTheTime()
    {
        const RewindRun run = runRewind(args({"7", "--bench", "--format", "csv"}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("timeline of student 7: 16 events from 3 streams read in "),
                 run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTimelineCommand)
#include "TestTimelineCommand.moc"
