// Retry and skip of a parked event on both stores: a retry that folds saves the state with the
// event no longer parked; a retry that throws again changes nothing; a skip only forgets it.
#include "BackendStore.h"
#include "ParkedEventResolver.h"
#include "ProjectionTestStore.h"
#include "QuestionStatsProjection.h"
#include "SqliteEventStore.h"
#include "StoreError.h"
#include "StoreSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestParkedEventResolver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    static QList<qint64> parkedPositions(EventStore& store)
    {
        QList<qint64> out;
        for (const ParkedEvent& e : store.parkedEvents(QStringLiteral("question-stats"), 100))
            out << e.globalPosition;
        return out;
    }

    static qint64 attemptsOf(EventStore& store, const QString& questionId)
    {
        QuestionStatsProjection stats;
        stats.loadState(store.loadProjection(stats.name())->state);
        for (const auto& q : stats.questions())
            if (q.questionId == questionId)
                return q.attempts;
        return 0;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void retriesAndSkips()
    {
        QFETCH_GLOBAL(QString, backend);
        BackendStore s;
        const QString error = s.open(backend, m_dir, QStringLiteral("parked%1.sqlite").arg(++m_files));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EventStore* store = s.store.get();
        const QString address = s.address;
        try {
            appendQuizzes(*store, 3); // 1..12
            // 13: an answer without its questionId, which question-stats cannot fold.
            store->append(QStringLiteral("quiz-1"), {makeEvent("quiz-1", "QuestionAnsweredCorrectly", "{}")},
                          std::nullopt);
            // 14: a good answer, parked below as if a fold had failed for a passing reason.
            store->append(QStringLiteral("quiz-2"),
                          {makeEvent("quiz-2", "QuestionAnsweredCorrectly",
                                     "{\"questionId\":\"555\",\"answer\":\"x\"}")},
                          std::nullopt);
            saveBuiltInsAt(*store, 13);
            std::optional<ProjectionSnapshot> saved = store->loadProjection(QStringLiteral("question-stats"));
            QVERIFY(saved);
            saved->checkpoint = 14;
            store->saveProjections(
                {*saved}, {ParkedEvent{QStringLiteral("question-stats"), 14, QStringLiteral("quiz-2"),
                                       QStringLiteral("QuestionAnsweredCorrectly"),
                                       QStringLiteral("simulated passing failure"), 1}});
        } catch (const StoreError& e) {
            QFAIL(qPrintable(e.message()));
        }
        QCOMPARE(parkedPositions(*store), (QList<qint64>{13, 14}));
        QCOMPARE(attemptsOf(*store, "555"), 0);

        StoreSession session(address);
        ParkedEventResolver resolver;
        resolver.setSession(&session);
        QSignalSpy resolved(&resolver, &ParkedEventResolver::resolved);
        QSignalSpy stillFailing(&resolver, &ParkedEventResolver::stillFailing);
        QSignalSpy failed(&resolver, &ParkedEventResolver::failed);

        // A retry that folds: counted in the state, no longer parked.
        resolver.retry(QStringLiteral("question-stats"), 14);
        QVERIFY(resolved.wait(10000));
        QCOMPARE(resolved.last().at(2).toBool(), true);
        QCOMPARE(parkedPositions(*store), (QList<qint64>{13}));
        QCOMPARE(attemptsOf(*store, "555"), 1);
        QCOMPARE(store->loadProjection(QStringLiteral("question-stats"))->checkpoint, 14);

        // A retry that throws again: nothing changes, and the reason is said.
        const QByteArray before = store->loadProjection(QStringLiteral("question-stats"))->state;
        resolver.retry(QStringLiteral("question-stats"), 13);
        QVERIFY(stillFailing.wait(10000));
        QVERIFY(!stillFailing.last().at(2).toString().isEmpty());
        QCOMPARE(parkedPositions(*store), (QList<qint64>{13}));
        QVERIFY(store->loadProjection(QStringLiteral("question-stats"))->state == before);

        // A skip: forgotten, the state as it was.
        resolver.skip(QStringLiteral("question-stats"), 13);
        QVERIFY(resolved.wait(10000));
        QCOMPARE(resolved.last().at(2).toBool(), false);
        QVERIFY(parkedPositions(*store).isEmpty());
        QVERIFY(store->loadProjection(QStringLiteral("question-stats"))->state == before);
        QVERIFY(failed.isEmpty());

        // A state saved by other code is not overwritten by a retry.
        std::optional<ProjectionSnapshot> snapshot = store->loadProjection(QStringLiteral("question-stats"));
        snapshot->codeVersion = "another-version";
        store->saveProjections({*snapshot}, {});
        resolver.retry(QStringLiteral("question-stats"), 14);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.last().first().toString().contains("rebuild"),
                 qPrintable(failed.last().first().toString()));
        QCOMPARE(store->loadProjection(QStringLiteral("question-stats"))->codeVersion,
                 QByteArray("another-version"));
    }
};

QTEST_GUILESS_MAIN(TestParkedEventResolver)
#include "TestParkedEventResolver.moc"
