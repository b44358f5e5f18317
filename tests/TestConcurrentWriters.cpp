// Eight writers with expected versions against one PostgreSQL store:
// nothing acknowledged is lost or duplicated, nothing unacknowledged is stored, streams have no
// gaps, every failure is a reported conflict, and a projection fed while they write ends equal to a
// rebuild from scratch. Each writer and the projection run on their own connection and thread.

#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "ProjectionRunner.h"
#include "QuestionStatsProjection.h"
#include "StoreError.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Rewind;

namespace {

constexpr int Writers = 8;
constexpr int AppendsPerWriter = 10000;
constexpr int QuizStreams = 16;    // few enough that writers collide often
constexpr int PracticeStreams = 4; // another category: the projection reads across categories

struct Acknowledged
{
    QUuid id;
    QString stream;
    qint64 position = -1;
};

struct WriterResult
{
    QList<Acknowledged> acknowledged;
    qint64 conflicts = 0;
    qint64 answers = 0;   // QuestionAnswered* events acknowledged
    QString otherFailure; // any failure that is not a Conflict: the test fails on it
};

QString streamOf(int n)
{
    return n < QuizStreams ? QStringLiteral("quiz-cw%1").arg(n)
                           : QStringLiteral("practice-cw%1").arg(n - QuizStreams);
}

// What the stream's version makes the next event: a quiz starts with QuizStarted, then answers and
// explanation views, so the question-stats fold depends on the order within each stream.
NewEvent eventFor(const QUuid& id, const QString& stream, qint64 version, int writer, int sequence,
                  QRandomGenerator& random)
{
    NewEvent e;
    e.id = id;
    e.streamName = stream;
    QJsonObject data{{QStringLiteral("writer"), writer}, {QStringLiteral("sequence"), sequence}};
    const QString question = QStringLiteral("q%1").arg(random.bounded(12));
    if (version < 0 && stream.startsWith(QLatin1String("quiz-"))) {
        e.type = QStringLiteral("QuizStarted");
        data.insert(QStringLiteral("studentId"), QStringLiteral("s%1").arg(writer));
    } else {
        const int kind = random.bounded(10);
        if (kind < 4) {
            e.type = QStringLiteral("QuestionAnsweredCorrectly");
        } else if (kind < 8) {
            e.type = QStringLiteral("QuestionAnsweredIncorrectly");
            data.insert(QStringLiteral("answer"), QStringLiteral("a%1").arg(random.bounded(4)));
        } else {
            e.type = QStringLiteral("ExplanationViewed");
        }
        data.insert(QStringLiteral("questionId"), question);
    }
    e.data = QJsonDocument(data).toJson(QJsonDocument::Compact);
    return e;
}

void write(const QString& conninfo, int writer, WriterResult& out)
{
    try {
        PostgresEventStore store(conninfo);
        QRandomGenerator random(quint32(1000 + writer));
        for (int sequence = 0; sequence < AppendsPerWriter; ++sequence) {
            const QString stream = streamOf(random.bounded(QuizStreams + PracticeStreams));
            const QUuid id = QUuid::createUuid(); // the same id on every retry of this append
            for (;;) {
                const qint64 version = store.streamVersion(stream);
                const NewEvent e = eventFor(id, stream, version, writer, sequence, random);
                try {
                    const AppendResult r = store.append(stream, {e}, version);
                    if (r.written != 1 || r.lastPosition != version + 1) {
                        out.otherFailure =
                            QStringLiteral("append to %1 at %2 returned written %3, position %4")
                                .arg(stream)
                                .arg(version)
                                .arg(r.written)
                                .arg(r.lastPosition);
                        return;
                    }
                    out.acknowledged.append({id, stream, r.lastPosition});
                    if (e.type.startsWith(QLatin1String("QuestionAnswered")))
                        ++out.answers;
                    break;
                } catch (const StoreError& error) {
                    if (error.kind() != StoreError::Kind::Conflict)
                        throw;
                    // Reported as a conflict must be: the stream, the version expected, and the actual
                    // one, which another writer has moved past it. Then read it again and retry.
                    const QString expectedText =
                        QStringLiteral("Wrong expected version for stream %1: expected %2, actual ")
                            .arg(stream)
                            .arg(version);
                    const QString message = error.message();
                    if (!message.startsWith(expectedText) ||
                        message.mid(expectedText.size()).toLongLong() <= version) {
                        out.otherFailure =
                            QStringLiteral("writer %1: conflict message: %2").arg(writer).arg(message);
                        return;
                    }
                    ++out.conflicts;
                }
            }
        }
    } catch (const StoreError& error) {
        out.otherFailure =
            QStringLiteral("writer %1: kind %2: %3").arg(writer).arg(int(error.kind())).arg(error.message());
    } catch (const std::exception& error) {
        out.otherFailure = QStringLiteral("writer %1: %2").arg(writer).arg(QString::fromUtf8(error.what()));
    }
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void eightWritersLoseNothingAndTheFedProjectionEqualsARebuild()
    {
        REWIND_PG_DATABASE(db);
        const QString conninfo = db.conninfo();
        PostgresEventStore store(conninfo);
        store.initialize();

        QElapsedTimer clock;
        clock.start();
        std::vector<WriterResult> results(Writers);
        std::atomic<int> finished{0};
        std::vector<std::thread> threads;
        for (int w = 0; w < Writers; ++w) {
            threads.emplace_back([&, w] {
                write(conninfo, w, results[size_t(w)]);
                ++finished;
            });
        }

        // The 9th thread: question-stats caught up again and again while the writers append, saving
        // its snapshot now and then as `rewind serve` would.
        QuestionStatsProjection fed;
        QString feederFailure;
        int catchUps = 0;
        qint64 fedCheckpoint = 0;
        qint64 fedParked = 0;
        std::thread feeder([&] {
            try {
                PostgresEventStore own(conninfo);
                ProjectionRunnerOptions o;
                o.batchSize = 2000;
                o.saveEveryMs = 1000;
                ProjectionRunner runner(own, {&fed}, o);
                runner.start();
                bool last = false;
                while (!last) {
                    last = finished.load() == Writers; // one more pass after the last writer ended
                    runner.catchUp();
                    ++catchUps;
                    if (!last)
                        std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
                runner.save();
                fedCheckpoint = runner.checkpointOf(fed.name());
                fedParked = runner.parkedInThisRun();
            } catch (const StoreError& error) {
                feederFailure = error.message();
            } catch (const std::exception& error) {
                feederFailure = QString::fromUtf8(error.what());
            }
        });
        for (std::thread& t : threads)
            t.join();
        const qint64 writeMs = clock.elapsed();
        feeder.join();
        const qint64 totalMs = clock.elapsed();

        qint64 acknowledged = 0;
        qint64 conflicts = 0;
        qint64 answers = 0;
        for (const WriterResult& r : results) {
            QVERIFY2(r.otherFailure.isEmpty(), qPrintable(r.otherFailure)); // only conflicts may fail
            QCOMPARE(r.acknowledged.size(), AppendsPerWriter);
            acknowledged += r.acknowledged.size();
            conflicts += r.conflicts;
            answers += r.answers;
        }
        QVERIFY2(feederFailure.isEmpty(), qPrintable(feederFailure));
        qInfo("%lld appends acknowledged, %lld conflicts reported and retried; writers took %lld ms, "
              "%.0f appends/s; the projection caught up %d times, %lld ms in all",
              acknowledged, conflicts, writeMs, writeMs > 0 ? acknowledged * 1000.0 / writeMs : 0.0, catchUps,
              totalMs);
        QVERIFY2(conflicts > 0, "the writers never collided: the test did not exercise expected versions");
        QVERIFY2(catchUps > 2, "the projection was not fed while the writers wrote");

        // The store holds every acknowledged append exactly once, where its acknowledgement said, and
        // nothing else.
        PgTestConnection check(conninfo);
        QVERIFY2(check.exec(QStringLiteral("SELECT id, stream_name, position, (data->>'writer')::int, "
                                           "(data->>'sequence')::int FROM message_store.messages "
                                           "ORDER BY stream_name, position")),
                 qPrintable(check.error()));
        const QList<QStringList> rows = check.rows();
        QCOMPARE(qint64(rows.size()), acknowledged);
        QHash<QUuid, Acknowledged> byId;
        for (const WriterResult& r : results)
            for (const Acknowledged& a : r.acknowledged)
                byId.insert(a.id, a);
        QCOMPARE(qint64(byId.size()), acknowledged); // no id acknowledged twice
        QSet<QUuid> seen;
        QString stream;
        qint64 expectedPosition = 0;
        QHash<int, int> lastSequence; // writer -> its last sequence number in the current stream
        for (const QStringList& row : rows) {
            const QUuid id(row[0]);
            QVERIFY2(!seen.contains(id), qPrintable(row[0]));
            seen.insert(id);
            const auto ack = byId.constFind(id);
            QVERIFY2(ack != byId.cend(),
                     qPrintable(QStringLiteral("stored but never acknowledged: ") + row[0]));
            QCOMPARE(row[1], ack->stream);
            QCOMPARE(row[2].toLongLong(), ack->position);
            if (row[1] != stream) {
                stream = row[1];
                expectedPosition = 0;
                lastSequence.clear();
            }
            // Positions 0..n-1 without a gap, and each writer's events in the order it wrote them.
            QCOMPARE(row[2].toLongLong(), expectedPosition++);
            const int writer = row[3].toInt();
            const int sequence = row[4].toInt();
            QVERIFY2(sequence > lastSequence.value(writer, -1),
                     qPrintable(QStringLiteral("%1: writer %2's sequence %3 after %4")
                                    .arg(stream)
                                    .arg(writer)
                                    .arg(sequence)
                                    .arg(lastSequence.value(writer))));
            lastSequence.insert(writer, sequence);
        }

        // The projection fed meanwhile equals one rebuilt now from the whole log, byte for byte.
        const qint64 head = store.headPosition();
        QCOMPARE(fedCheckpoint, head);
        QCOMPARE(fedParked, qint64(0));
        QCOMPARE(fed.answerCount(), answers);
        QuestionStatsProjection rebuilt;
        ProjectionRunnerOptions o;
        o.rebuild = true;
        o.persist = false;
        ProjectionRunner runner(store, {&rebuilt}, o);
        runner.start();
        runner.catchUp();
        QCOMPARE(runner.checkpointOf(rebuilt.name()), head);
        QCOMPARE(rebuilt.answerCount(), answers);
        const QByteArray state = rebuilt.saveState();
        QVERIFY(fed.saveState() == state);
        const auto saved = store.loadProjection(fed.name());
        QVERIFY(saved.has_value());
        QCOMPARE(saved->checkpoint, head);
        QVERIFY(saved->state == state);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "TestConcurrentWriters.moc"
