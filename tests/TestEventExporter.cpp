// Exporting events to JSON lines and CSV against real SQLite files and a real PostgreSQL database:
// exact bytes, filters, selections, the same lines as `rewind read`, cancel and write failures.
#include "CsvWriter.h"
#include "EventExporter.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "SqliteEventStore.h"
#include "StoreError.h"
#include "StoreSession.h"
#include "TestEvents.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

namespace {

constexpr qint64 T0 = 1700000000123456; // 2023-11-14T22:13:20.123456Z

NewEvent known(const QString& stream, const QString& type, const QByteArray& data, const QByteArray& metadata,
               int n)
{
    NewEvent e = makeEvent(stream, type, data, metadata);
    e.id = QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    e.timeUs = T0 + n * 1000001;
    return e;
}

// The small known log: unsorted keys, null metadata, quotes, commas, an escaped newline and UTF-8.
QList<NewEvent> knownLog()
{
    return {known("quiz-1", "QuizStarted", "{\"b\":1,\"a\":\"x\"}", "{\"userId\":\"u\"}", 1),
            known("question-7", "QuestionTextChanged",
                  "{\"text\":\"say \\\"hi\\\", then\\nleave caf\xc3\xa9\"}", {}, 2),
            known("quiz-1", "QuestionAssigned", "{\"questionId\":442}", "{\"correlationId\":\"c, d\"}", 3),
            known("course-c1", "CourseCreated", "{\"title\":\"Maths, 1\"}", {}, 4)};
}

const QByteArray Json1 = "{\"global_position\":1,\"position\":0,\"time\":\"2023-11-14T22:13:21.123457Z\","
                         "\"stream_name\":\"quiz-1\",\"type\":\"QuizStarted\",\"data\":{\"a\":\"x\",\"b\":1},"
                         "\"metadata\":{\"userId\":\"u\"},\"id\":\"00000000-0000-4000-8000-000000000001\"}\n";
const QByteArray Json2 = "{\"global_position\":2,\"position\":0,\"time\":\"2023-11-14T22:13:22.123458Z\","
                         "\"stream_name\":\"question-7\",\"type\":\"QuestionTextChanged\","
                         "\"data\":{\"text\":\"say \\\"hi\\\", then\\nleave caf\xc3\xa9\"},"
                         "\"metadata\":null,\"id\":\"00000000-0000-4000-8000-000000000002\"}\n";
const QByteArray Json3 =
    "{\"global_position\":3,\"position\":1,\"time\":\"2023-11-14T22:13:23.123459Z\","
    "\"stream_name\":\"quiz-1\",\"type\":\"QuestionAssigned\",\"data\":{\"questionId\":442},"
    "\"metadata\":{\"correlationId\":\"c, d\"},\"id\":\"00000000-0000-4000-8000-000000000003\"}\n";
const QByteArray Json4 =
    "{\"global_position\":4,\"position\":0,\"time\":\"2023-11-14T22:13:24.123460Z\","
    "\"stream_name\":\"course-c1\",\"type\":\"CourseCreated\",\"data\":{\"title\":\"Maths, 1\"},"
    "\"metadata\":null,\"id\":\"00000000-0000-4000-8000-000000000004\"}\n";

const QByteArray CsvHeader = "global_position,time,stream_name,type,position,data,metadata,id\r\n";
const QByteArray Csv1 =
    "1,2023-11-14T22:13:21.123457Z,quiz-1,QuizStarted,0,\"{\"\"a\"\":\"\"x\"\",\"\"b\"\":1}\","
    "\"{\"\"userId\"\":\"\"u\"\"}\",00000000-0000-4000-8000-000000000001\r\n";
const QByteArray Csv2 = "2,2023-11-14T22:13:22.123458Z,question-7,QuestionTextChanged,0,"
                        "\"{\"\"text\"\":\"\"say \\\"\"hi\\\"\", then\\nleave caf\xc3\xa9\"\"}\",,"
                        "00000000-0000-4000-8000-000000000002\r\n";
const QByteArray Csv3 =
    "3,2023-11-14T22:13:23.123459Z,quiz-1,QuestionAssigned,1,\"{\"\"questionId\"\":442}\","
    "\"{\"\"correlationId\"\":\"\"c, d\"\"}\",00000000-0000-4000-8000-000000000003\r\n";
const QByteArray Csv4 = "4,2023-11-14T22:13:24.123460Z,course-c1,CourseCreated,0,"
                        "\"{\"\"title\"\":\"\"Maths, 1\"\"}\",,00000000-0000-4000-8000-000000000004\r\n";

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<cannot read ") + path.toUtf8() + ">";
}

} // namespace

class TestEventExporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<PgTestDatabase> m_db;
    QString m_address;

    // A fresh store of the current backend; its address for a StoreSession or the command line.
    std::unique_ptr<EventStore> openStore()
    {
        QFETCH_GLOBAL(QString, backend);
        std::unique_ptr<EventStore> store;
        if (backend == QLatin1String("sqlite")) {
            m_address = m_dir.filePath(QStringLiteral("export%1.sqlite").arg(++m_files));
            store = std::make_unique<SqliteEventStore>(m_address, true);
        } else {
            m_db = std::make_unique<PgTestDatabase>();
            if (!m_db->isValid()) {
                qWarning("%s", qPrintable(m_db->error()));
                return {};
            }
            m_address = m_db->conninfo();
            store = std::make_unique<PostgresEventStore>(m_address);
        }
        store->initialize();
        return store;
    }

    std::unique_ptr<EventStore> knownStore()
    {
        auto store = openStore();
        if (store) {
            ListSource source(knownLog());
            store->importEvents(source);
        }
        return store;
    }

    QString target(const QString& suffix)
    {
        return m_dir.filePath(QStringLiteral("out%1.%2").arg(++m_files).arg(suffix));
    }

    static ExportResult exportTo(EventStore& store, ExportRequest request, QList<qint64>* totals = nullptr)
    {
        return EventExporter(std::move(request)).run(store, {}, [totals](qint64, qint64 total) {
            if (totals)
                totals->append(total);
        });
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_db.reset(); }

    void csvQuoting_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QByteArray("quiz-1") << QByteArray("quiz-1");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("carriage return") << QByteArray("a\r\nb") << QByteArray("\"a\r\nb\"");
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << QByteArray("caf\xc3\xa9");
    }
    void csvQuoting()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, written);
        QByteArray out;
        CsvWriter::appendRecord(out, {field, "x"});
        QCOMPARE(out, written + ",x\r\n");
    }

    void exactBytes_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("json lines") << int(ExportFormat::JsonLines) << Json1 + Json2 + Json3 + Json4;
        QTest::newRow("csv") << int(ExportFormat::Csv) << CsvHeader + Csv1 + Csv2 + Csv3 + Csv4;
    }
    void exactBytes()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, expected);
        auto store = knownStore();
        QVERIFY(store);
        ExportRequest request;
        request.format = ExportFormat(format);
        request.filePath = target(EventExporter::fileSuffix(request.format));
        QList<qint64> totals;
        const ExportResult result = exportTo(*store, request, &totals);
        QCOMPARE(result.written, 4);
        QCOMPARE(result.filePath, request.filePath);
        QCOMPARE(readFile(request.filePath), expected);
        QVERIFY(!QFile::exists(request.filePath + ".partial"));
        QVERIFY(!totals.isEmpty());
        QCOMPARE(totals.last(), -1); // the whole log's count is not cheap: indeterminate
    }

    void filteredQuery_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<qint64>("total");
        QTest::newRow("category") << "quiz"
                                  << "" << QStringList{} << 0ll << Json1 + Json3 << -1ll;
        QTest::newRow("type") << ""
                              << "" << QStringList{"QuestionTextChanged", "CourseCreated"} << 0ll
                              << Json2 + Json4 << -1ll;
        QTest::newRow("stream, counted") << ""
                                         << "quiz-1" << QStringList{} << 0ll << Json1 + Json3 << 2ll;
        QTest::newRow("after a position") << ""
                                          << "" << QStringList{} << 2ll << Json3 + Json4 << -1ll;
        QTest::newRow("nothing matches") << "nothing"
                                         << "" << QStringList{} << 0ll << QByteArray() << -1ll;
    }
    void filteredQuery()
    {
        QFETCH(QString, category);
        QFETCH(QString, stream);
        QFETCH(QStringList, types);
        QFETCH(qint64, after);
        QFETCH(QByteArray, expected);
        QFETCH(qint64, total);
        auto store = knownStore();
        QVERIFY(store);
        ExportRequest request;
        request.filePath = target("jsonl");
        request.query.category = category;
        request.query.streamName = stream;
        request.query.types = types;
        request.query.afterGlobalPosition = after;
        QList<qint64> totals;
        const ExportResult result = exportTo(*store, request, &totals);
        QCOMPARE(readFile(request.filePath), expected);
        QCOMPARE(result.written, expected.count('\n'));
        QVERIFY(!totals.isEmpty());
        QCOMPARE(totals.last(), total);
    }

    void dataContainmentFilter()
    {
        auto store = knownStore();
        QVERIFY(store);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        request.filePath = target("csv");
        request.query.dataContains = "{\"questionId\":442}";
        QCOMPARE(exportTo(*store, request).written, 1);
        QCOMPARE(readFile(request.filePath), CsvHeader + Csv3);
    }

    void selection_data()
    {
        QTest::addColumn<QList<qint64>>("positions");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<qint64>("missing");
        QTest::newRow("some") << QList<qint64>{1, 3, 4} << CsvHeader + Csv1 + Csv3 + Csv4 << 0ll;
        QTest::newRow("one") << QList<qint64>{2} << CsvHeader + Csv2 << 0ll;
        QTest::newRow("beyond the head") << QList<qint64>{4, 99} << CsvHeader + Csv4 << 1ll;
        QTest::newRow("empty") << QList<qint64>{} << CsvHeader << 0ll;
    }
    void selection()
    {
        QFETCH(QList<qint64>, positions);
        QFETCH(QByteArray, expected);
        QFETCH(qint64, missing);
        auto store = knownStore();
        QVERIFY(store);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        request.filePath = target("csv");
        request.selectionOnly = true;
        request.positions = positions;
        request.query.category = "quiz"; // the selection wins over the filter it was made in
        QList<qint64> totals;
        const ExportResult result = exportTo(*store, request, &totals);
        QCOMPARE(readFile(request.filePath), expected);
        QCOMPARE(result.missing, missing);
        QCOMPARE(result.written, positions.size() - missing);
        if (!positions.isEmpty())
            QCOMPARE(totals.last(), positions.size());
    }

    // A large, sparse and dense selection across many pages comes out exactly and in order.
    void largeSelection()
    {
        auto store = openStore();
        QVERIFY(store);
        QList<NewEvent> events;
        for (int i = 0; i < 5000; ++i)
            events.append(makeEvent(QStringLiteral("counter-%1").arg(i % 7), "Counted",
                                    "{\"n\":" + QByteArray::number(i) + "}"));
        ListSource source(events);
        store->importEvents(source);
        QList<qint64> positions;
        for (qint64 p = 1; p <= 5000; ++p)
            if (p < 1500 || p % 97 == 0 || p > 4990)
                positions.append(p);
        ExportRequest request;
        request.filePath = target("jsonl");
        request.selectionOnly = true;
        request.positions = positions;
        const ExportResult result = exportTo(*store, request);
        QCOMPARE(result.written, positions.size());
        const QList<QByteArray> lines = readFile(request.filePath).split('\n');
        QCOMPARE(lines.size(), positions.size() + 1);
        for (qsizetype i = 0; i < positions.size(); ++i)
            QVERIFY2(lines[i].startsWith("{\"global_position\":" + QByteArray::number(positions[i]) + ","),
                     lines[i].constData());
    }

    // The JSON lines are byte for byte what `rewind read --all` prints, over several pages.
    void sameAsReadCommand()
    {
        auto store = knownStore();
        QVERIFY(store);
        QList<NewEvent> more;
        for (int i = 0; i < 2500; ++i)
            more.append(makeEvent(
                QStringLiteral("quiz-%1").arg(i % 13), i % 2 ? "QuizPassed" : "QuizFailed",
                "{\"z\":[1,2.50,{\"y\":null,\"x\":\"\\u00e9\"}],\"n\":" + QByteArray::number(i) + "}",
                i % 3 ? QByteArray("{\"role\":\"editor\",\"causationId\":null}") : QByteArray()));
        ListSource source(more);
        store->importEvents(source);
        ExportRequest request;
        request.filePath = target("jsonl");
        QCOMPARE(exportTo(*store, request).written, 2504);

        QProcess read;
        read.start(qEnvironmentVariable("REWIND_BINARY"), {"--store", m_address, "read", "--all"});
        QVERIFY2(read.waitForFinished(60000), qPrintable(read.errorString()));
        QCOMPARE(read.exitCode(), 0);
        const QByteArray printed = read.readAllStandardOutput();
        QCOMPARE(printed.count('\n'), 2504);
        QCOMPARE(readFile(request.filePath), printed);
    }

    // A cancel stops at the next page and leaves neither the target nor the partial file; a file
    // that was there before stays as it was.
    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<bool>("selection");
        QTest::addColumn<bool>("existing");
        QTest::newRow("filter") << false << false;
        QTest::newRow("selection") << true << false;
        QTest::newRow("filter over an existing file") << false << true;
    }
    void cancelLeavesNoFile()
    {
        QFETCH(bool, selection);
        QFETCH(bool, existing);
        auto store = openStore();
        QVERIFY(store);
        QList<NewEvent> events;
        for (int i = 0; i < 4000; ++i)
            events.append(makeEvent("counter-1", "Counted", "{}"));
        ListSource source(events);
        store->importEvents(source);
        ExportRequest request;
        request.filePath = target("jsonl");
        if (existing) {
            QFile f(request.filePath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("before\n");
        }
        request.selectionOnly = selection;
        for (qint64 p = 1; p <= 4000; ++p)
            request.positions.append(p);
        int pages = 0;
        bool partialSeen = false;
        try {
            EventExporter(request).run(
                *store, [&pages] { return pages >= 2; },
                [&](qint64 done, qint64) {
                    ++pages;
                    partialSeen = partialSeen || QFile::exists(request.filePath + ".partial");
                    QVERIFY(done < 4000);
                });
            QFAIL("a cancelled export returned normally");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::Cancelled);
        }
        QCOMPARE(pages, 2);
        QVERIFY(partialSeen);
        QVERIFY(!QFile::exists(request.filePath + ".partial"));
        QCOMPARE(QFile::exists(request.filePath), existing);
        if (existing)
            QCOMPARE(readFile(request.filePath), QByteArray("before\n"));
    }

    // Through a StoreSession on the Background lane: progress arrives, then the result.
    void runsAsASessionJob()
    {
        auto store = knownStore();
        QVERIFY(store);
        store.reset();
        StoreSession session(m_address);
        ExportRequest request;
        request.format = ExportFormat::Csv;
        request.filePath = target("csv");
        request.knownTotal = 4;
        QList<qint64> progress;
        std::optional<ExportResult> done;
        QString failure;
        EventExporter(request).start(
            session, this, [&](const ExportResult& r) { done = r; },
            [&](const StoreSession::Failure& f) { failure = f.message; },
            [&](qint64 d, qint64 t) { progress << d << t; });
        QTRY_VERIFY_WITH_TIMEOUT(done || !failure.isEmpty(), 20000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(done->written, 4);
        QCOMPARE(progress, (QList<qint64>{4, 4}));
        QCOMPARE(readFile(request.filePath), CsvHeader + Csv1 + Csv2 + Csv3 + Csv4);
    }

    void unwritablePathNamesTheFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing directory") << "no-such-dir/out.csv"
                                           << "No such file or directory";
        QTest::newRow("under a file") << "plain-file/out.csv"
                                      << "Not a directory";
    }
    void unwritablePathNamesTheFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        auto store = knownStore();
        QVERIFY(store);
        QFile plain(m_dir.filePath("plain-file"));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        ExportRequest request;
        request.format = ExportFormat::Csv;
        request.filePath = m_dir.filePath(path);
        try {
            exportTo(*store, request);
            QFAIL("the export did not fail");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().startsWith("cannot write " + request.filePath + ".partial: "),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(reason, Qt::CaseInsensitive), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(request.filePath));
    }

    // A full disk (the partial file is /dev/full) is reported naming the file, and cleaned up.
    void fullDiskNamesTheFile()
    {
        auto store = knownStore();
        QVERIFY(store);
        ExportRequest request;
        request.filePath = target("jsonl");
        QVERIFY(QFile::link("/dev/full", request.filePath + ".partial"));
        try {
            exportTo(*store, request);
            QFAIL("the export did not fail");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().startsWith("cannot write " + request.filePath + ".partial: "),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains("No space left on device", Qt::CaseInsensitive),
                     qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(request.filePath));
        QVERIFY(!QFileInfo(request.filePath + ".partial").isSymLink());
    }
};

QTEST_GUILESS_MAIN(TestEventExporter)
#include "TestEventExporter.moc"
