// kill -9 during `rewind import`: what the store holds afterwards is a
// committed prefix of the file (the import is one transaction, so that prefix is empty), and running
// the same import again completes with exactly the file's events, once each, as an uninterrupted
// import into a fresh store has them. The import runs as a separate process and is killed for real
// while this test watches the store's uncommitted progress.

#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "SqliteEventStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Rewind;

namespace {

constexpr int FileEvents = 300000;
constexpr int Streams = 3000;

// One line of the import file as the test wrote it, with the stream position the store must give it.
struct FileEvent
{
    QUuid id;
    QString streamName;
    QString type;
    qint64 position = 0;
    qint64 timeUs = 0;
    QByteArray data;
    QByteArray metadata; // empty: null
};

bool sameJson(const QByteArray& a, const QByteArray& b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() == b.isEmpty();
    return QJsonDocument::fromJson(a).object() == QJsonDocument::fromJson(b).object();
}

// Every event of the store in global order.
QList<RecordedEvent> readAll(EventStore& store)
{
    QList<RecordedEvent> all;
    LogQuery q;
    q.limit = 20000;
    for (;;) {
        const LogBatch batch = store.readLog(q);
        all.append(batch.events);
        if (batch.atHead)
            return all;
        q.afterGlobalPosition = batch.safePosition;
    }
}

} // namespace

class TestImportCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QList<FileEvent> m_events;
    int m_stores = 0;

    struct Store
    {
        std::unique_ptr<PgTestDatabase> db;
        QString address;
        std::unique_ptr<EventStore> open() const
        {
            if (db)
                return std::make_unique<PostgresEventStore>(address);
            return std::make_unique<SqliteEventStore>(address, false);
        }
    };

    static bool run(const QStringList& args, QByteArray* err = nullptr)
    {
        QProcess p;
        p.start(qEnvironmentVariable("REWIND_BINARY"), args);
        if (!p.waitForFinished(600000))
            return false;
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QStringList importArgs(const Store& store) const
    {
        return {QStringLiteral("--store"), store.address, QStringLiteral("import"), m_file};
    }

    // A fresh, initialised store: a new SQLite file, or a new PostgreSQL database.
    QString freshStore(const QString& backend, Store& store)
    {
        if (backend == QLatin1String("sqlite")) {
            store.address = m_dir.filePath(QStringLiteral("import%1.sqlite").arg(++m_stores));
        } else {
            store.db = std::make_unique<PgTestDatabase>();
            if (!store.db->isValid())
                return store.db->error();
            store.address = store.db->conninfo();
        }
        QByteArray err;
        if (!run({QStringLiteral("--store"), store.address, QStringLiteral("init")}, &err))
            return QStringLiteral("rewind init failed: ") + QString::fromUtf8(err);
        return {};
    }

    // The file: many streams interleaved, times and metadata given, so that nothing in the stored
    // events depends on when the import ran.
    void writeFile()
    {
        m_file = m_dir.filePath(QStringLiteral("events.jsonl"));
        QFile out(m_file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const qint64 start = QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
        QList<qint64> versions(Streams, -1);
        m_events.reserve(FileEvents);
        QByteArray buffer;
        for (int i = 0; i < FileEvents; ++i) {
            const int s = int((qint64(i) * 7919) % Streams);
            FileEvent e;
            e.id = QUuid::createUuid();
            e.streamName = QStringLiteral("quiz-imp%1").arg(s);
            e.position = ++versions[s];
            e.type = e.position == 0 ? QStringLiteral("QuizStarted")
                                     : QStringLiteral("QuestionAnsweredIncorrectly");
            e.timeUs = start + qint64(i) * 1000003;
            QJsonObject data{{QStringLiteral("questionId"), QStringLiteral("q%1").arg(i % 97)},
                             {QStringLiteral("answer"), QStringLiteral("antwoord %1").arg(i)},
                             {QStringLiteral("n"), i}};
            e.data = QJsonDocument(data).toJson(QJsonDocument::Compact);
            if (i % 3 != 0)
                e.metadata =
                    QJsonDocument(QJsonObject{{QStringLiteral("userId"), QStringLiteral("u%1").arg(i % 11)}})
                        .toJson(QJsonDocument::Compact);
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(e.timeUs / 1000, Qt::UTC);
            const QString timeText = time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                                     QStringLiteral("%1Z").arg(e.timeUs % 1000, 3, 10, QLatin1Char('0'));
            QJsonObject line{{QStringLiteral("id"), e.id.toString(QUuid::WithoutBraces)},
                             {QStringLiteral("stream_name"), e.streamName},
                             {QStringLiteral("type"), e.type},
                             {QStringLiteral("time"), timeText},
                             {QStringLiteral("data"), data}};
            line.insert(QStringLiteral("metadata"),
                        e.metadata.isEmpty() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(QJsonDocument::fromJson(e.metadata).object()));
            buffer += QJsonDocument(line).toJson(QJsonDocument::Compact);
            buffer += '\n';
            if (buffer.size() > (1 << 20)) {
                out.write(buffer);
                buffer.clear();
            }
            m_events.append(std::move(e));
        }
        out.write(buffer);
        QVERIFY(out.flush());
    }

    // The stored events are the file's first events, in file order, each once and as written.
    // Returns how many, or -1 after a failed comparison.
    qint64 checkPrefixOfFile(const QList<RecordedEvent>& stored)
    {
        if (stored.size() > m_events.size()) {
            qWarning("%lld events stored, the file has %lld", qint64(stored.size()), qint64(m_events.size()));
            return -1;
        }
        for (qsizetype i = 0; i < stored.size(); ++i) {
            const RecordedEvent& s = stored[i];
            const FileEvent& f = m_events[i];
            if (s.id != f.id || s.streamName != f.streamName || s.type != f.type ||
                s.position != f.position || s.timeUs != f.timeUs || !sameJson(s.data, f.data) ||
                !sameJson(s.metadata, f.metadata)) {
                qWarning("event %lld (global position %lld, %s at %lld) differs from line %lld of the file "
                         "(%s at %lld)",
                         qint64(i), s.globalPosition, qPrintable(s.streamName), s.position, qint64(i + 1),
                         qPrintable(f.streamName), f.position);
                return -1;
            }
        }
        return stored.size();
    }

    // How far the import has written, committed or not: PostgreSQL's sequence is not transactional,
    // so it shows the rows COPY has inserted; SQLite spills its write transaction into the WAL file.
    static qint64 uncommittedProgress(PgTestConnection* pg, const QString& sqlitePath)
    {
        if (pg) {
            const auto v = pg->value(QStringLiteral(
                "SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('message_store.messages', "
                "'global_position')::regclass), 0)"));
            return v ? v->toLongLong() : 0;
        }
        return QFileInfo(sqlitePath + QStringLiteral("-wal")).size();
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void killedImportLeavesAPrefixAndRerunCompletes()
    {
        QFETCH_GLOBAL(QString, backend);
        QVERIFY2(!qEnvironmentVariable("REWIND_BINARY").isEmpty(), "REWIND_BINARY is not set");
        if (m_events.isEmpty())
            writeFile();
        QCOMPARE(m_events.size(), FileEvents);

        // The store is watched while the import runs and killed once it has written a good part of
        // the file but not all; an attempt that is not caught mid-way starts again on a fresh store.
        Store crashed;
        bool caught = false;
        qint64 progressAtKill = 0;
        for (int attempt = 0; attempt < 5 && !caught; ++attempt) {
            crashed = Store();
            const QString error = freshStore(backend, crashed);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            std::unique_ptr<PgTestConnection> pg;
            if (crashed.db) {
                pg = std::make_unique<PgTestConnection>(crashed.address);
                QVERIFY2(pg->isValid(), qPrintable(pg->error()));
            }
            // PostgreSQL: rows inserted. SQLite: bytes of WAL, which the whole import fills to
            // several times this.
            const qint64 low = pg ? FileEvents / 5 : 8 << 20;
            const qint64 high = pg ? FileEvents * 4 / 5 : std::numeric_limits<qint64>::max();
            QProcess p;
            p.start(qEnvironmentVariable("REWIND_BINARY"), importArgs(crashed));
            QVERIFY(p.waitForStarted());
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 120000) {
                const qint64 progress = uncommittedProgress(pg.get(), crashed.address);
                if (progress > low && progress < high) {
                    p.kill(); // SIGKILL: no chance to commit, roll back or clean up
                    p.waitForFinished();
                    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
                    progressAtKill = progress;
                    caught = true;
                    break;
                }
                if (p.waitForFinished(2))
                    break;
            }
            p.waitForFinished();
            if (!caught)
                qInfo("attempt %d: the import ended before it was caught (exit %d)", attempt + 1,
                      p.exitCode());
        }
        QVERIFY2(caught, "the import was never killed mid-way");

        // What survived is a committed prefix of the file. importEvents() is one transaction, so the
        // prefix must be empty: the rows written before the kill were never committed.
        {
            auto store = crashed.open();
            const QList<RecordedEvent> afterKill = readAll(*store);
            const qint64 prefix = checkPrefixOfFile(afterKill);
            QVERIFY2(prefix >= 0, "the store does not hold a prefix of the file");
            qInfo("%s: killed at %lld %s; the store then held %lld events (head %lld)", qPrintable(backend),
                  progressAtKill, crashed.db ? "rows inserted" : "bytes of WAL", prefix,
                  store->headPosition());
            QCOMPARE(prefix, qint64(0));
            QCOMPARE(store->headPosition(), qint64(0));
        }

        // The same import again completes; the store then holds the file's events once each.
        QByteArray err;
        QVERIFY2(run(importArgs(crashed), &err), err.constData());
        QVERIFY2(err.contains(QByteArray("imported ") + QByteArray::number(FileEvents) +
                              " events (0 already stored)"),
                 err.constData());
        auto resumedStore = crashed.open();
        QList<RecordedEvent> resumed = readAll(*resumedStore);
        QCOMPARE(checkPrefixOfFile(resumed), qint64(FileEvents));

        // Identical to an uninterrupted import into a fresh store, but for global positions: on
        // PostgreSQL the killed transaction used up sequence values, which are never given back.
        Store fresh;
        const QString error = freshStore(backend, fresh);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(run(importArgs(fresh), &err), err.constData());
        auto referenceStore = fresh.open();
        QList<RecordedEvent> reference = readAll(*referenceStore);
        QCOMPARE(reference.size(), resumed.size());
        const qint64 offset = resumed.first().globalPosition - reference.first().globalPosition;
        qInfo("%s: global positions of the resumed import start %lld after those of the fresh one",
              qPrintable(backend), offset);
        for (qsizetype i = 0; i < resumed.size(); ++i) {
            // Gap-free and in the same order: one fixed offset for every event.
            QCOMPARE(resumed[i].globalPosition - reference[i].globalPosition, offset);
            resumed[i].globalPosition = reference[i].globalPosition;
            if (!(resumed[i] == reference[i]))
                QFAIL(qPrintable(QStringLiteral("event %1 (%2 at %3) differs from the uninterrupted import")
                                     .arg(i)
                                     .arg(reference[i].streamName)
                                     .arg(reference[i].position)));
        }
        if (!crashed.db)
            QCOMPARE(offset, qint64(0)); // SQLite's rolled-back rows leave no trace
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "TestImportCrash.moc"
