#pragma once

// Checks that both stores must pass in the same way: the streaming log scan and the projection
// snapshot tables. Each returns early on the first failed comparison; callers follow with
// `if (QTest::currentTestFailed()) return;` where more work depends on it.

#include "EventStore.h"
#include "TestEvents.h"

#include <QTest>

namespace Rewind {

// scanLog() must hand out exactly what readLog() returns, field by field, with the same safe
// position, and stop after the event its visitor refuses.
inline void checkScanMatchesRead(EventStore& store)
{
    for (int i = 0; i < 7; ++i)
        store.append(QStringLiteral("scan-%1").arg(i % 3),
                     {makeEvent(QStringLiteral("scan-%1").arg(i % 3), QStringLiteral("Scanned"),
                                QByteArray("{\"n\":") + QByteArray::number(i) + "}",
                                i % 2 ? QByteArray("{\"m\":true}") : QByteArray())},
                     std::nullopt);
    LogQuery q;
    q.afterGlobalPosition = 1;
    q.limit = 4;
    const LogBatch batch = store.readLog(q);
    QList<RecordedEvent> seen;
    const LogScan scan = store.scanLog(q, [&](const EventView& v) {
        RecordedEvent e;
        e.globalPosition = v.globalPosition;
        e.position = v.position;
        e.timeUs = v.timeUs;
        e.streamName = QString::fromUtf8(v.streamName);
        e.type = QString::fromUtf8(v.type);
        // PostgreSQL hands out jsonb's own spacing; compare canonical forms.
        e.data = EventJson::canonicalObject(v.data);
        e.metadata = EventJson::canonicalObject(v.metadata);
        seen.append(e);
        return true;
    });
    QCOMPARE(scan.visited, 4);
    QCOMPARE(scan.safePosition, batch.safePosition);
    QCOMPARE(scan.safePosition, 5);
    QCOMPARE(scan.atHead, false);
    QCOMPARE(seen.size(), batch.events.size());
    for (int i = 0; i < seen.size(); ++i) {
        RecordedEvent expected = batch.events[i];
        expected.id = QUuid();
        expected.data = EventJson::canonicalObject(expected.data);
        expected.metadata = EventJson::canonicalObject(expected.metadata);
        QCOMPARE(seen[i], expected);
    }

    // To the head, then refusing the second event.
    q.afterGlobalPosition = 0;
    q.limit = 100;
    const LogScan all = store.scanLog(q, [](const EventView&) { return true; });
    QCOMPARE(all.visited, 7);
    QCOMPARE(all.safePosition, 7);
    QVERIFY(all.atHead);
    int calls = 0;
    const LogScan stopped = store.scanLog(q, [&](const EventView&) { return ++calls < 2; });
    QCOMPARE(calls, 2);
    QVERIFY(stopped.stopped);
    QCOMPARE(stopped.safePosition, 2);
    QVERIFY(!stopped.atHead);
}

inline void checkProjectionSnapshots(EventStore& store)
{
    QCOMPARE(store.loadProjection(QStringLiteral("p1")).has_value(), false);
    QVERIFY(store.projectionSnapshots().isEmpty());

    // Binary state with every byte value, a NUL included: the state is bytes, not text.
    QByteArray state;
    for (int i = 0; i < 256; ++i)
        state.append(char(i));
    ProjectionSnapshot a{QStringLiteral("p1"), "v1", 42, 1700000000123456, state, 0, 12345,
                         1700000001000000,     true};
    ProjectionSnapshot b{QStringLiteral("p2"), "v9", 7, 0, QByteArray(), 0, 0, 1, true};
    const QList<ParkedEvent> parked{
        {QStringLiteral("p1"), 40, QStringLiteral("quiz-1"), QStringLiteral("QuestionAnsweredCorrectly"),
         QStringLiteral("field \"questionId\" missing"), 1700000002000000},
        {QStringLiteral("p1"), 41, QStringLiteral("quiz-2"), QStringLiteral("QuizStarted"),
         QStringLiteral("data is not an object"), 1700000002000001},
    };
    store.saveProjections({a, b}, parked);

    const auto loaded = store.loadProjection(QStringLiteral("p1"));
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->codeVersion, QByteArray("v1"));
    QCOMPARE(loaded->checkpoint, 42);
    QCOMPARE(loaded->checkpointTimeUs, 1700000000123456);
    QCOMPARE(loaded->state, state);
    QCOMPARE(loaded->eventsPerSecond, 12345);
    QCOMPARE(loaded->savedAtUs, 1700000001000000);
    QCOMPARE(loaded->parkedCount, 2);
    QCOMPARE(store.loadProjection(QStringLiteral("p2"))->state, QByteArray());

    const QList<ProjectionSnapshot> list = store.projectionSnapshots();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].name, QStringLiteral("p1"));
    QCOMPARE(list[0].parkedCount, 2);
    QVERIFY(list[0].state.isEmpty()); // the listing leaves the (large) states out
    QCOMPARE(list[1].name, QStringLiteral("p2"));
    QCOMPARE(list[1].parkedCount, 0);

    const QList<ParkedEvent> back = store.parkedEvents(QStringLiteral("p1"), 10);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[0].globalPosition, 40);
    QCOMPARE(back[0].streamName, QStringLiteral("quiz-1"));
    QCOMPARE(back[0].type, QStringLiteral("QuestionAnsweredCorrectly"));
    QCOMPARE(back[0].reason, QStringLiteral("field \"questionId\" missing"));
    QCOMPARE(back[0].parkedAtUs, 1700000002000000);
    QCOMPARE(store.parkedEvents(QStringLiteral("p1"), 1).size(), 1);

    // A later save replaces the state and keeps the parked events unless told to forget them.
    a.checkpoint = 50;
    a.state = "second";
    a.replaceParked = false;
    store.saveProjections({a}, {});
    QCOMPARE(store.loadProjection(QStringLiteral("p1"))->checkpoint, 50);
    QCOMPARE(store.loadProjection(QStringLiteral("p1"))->state, QByteArray("second"));
    QCOMPARE(store.loadProjection(QStringLiteral("p1"))->parkedCount, 2);
    a.replaceParked = true;
    store.saveProjections({a}, {{QStringLiteral("p1"), 48, QStringLiteral("x-1"), QStringLiteral("T"),
                                 QStringLiteral("again"), 1}});
    QCOMPARE(store.parkedEvents(QStringLiteral("p1"), 10).size(), 1);
    QCOMPARE(store.parkedEvents(QStringLiteral("p1"), 10).first().globalPosition, 48);
}

inline void checkStreamSnapshots(EventStore& store)
{
    const QString stream = QStringLiteral("student-1");
    QVERIFY(!store.loadStreamSnapshot(stream, "f1", 1000).has_value());
    store.saveStreamSnapshots({{stream, 99, "f1", QByteArray("{\"at\":99}")},
                               {stream, 199, "f1", QByteArray("{\"at\":199}")},
                               {stream, 299, "f2", QByteArray("{\"other\":true}")},
                               {QStringLiteral("student-2"), 150, "f1", QByteArray("{}")}});
    QVERIFY(!store.loadStreamSnapshot(stream, "f1", 98).has_value());
    QCOMPARE(store.loadStreamSnapshot(stream, "f1", 99)->position, 99);
    QCOMPARE(store.loadStreamSnapshot(stream, "f1", 198)->position, 99);
    const auto latest = store.loadStreamSnapshot(stream, "f1", 5000);
    QCOMPARE(latest->position, 199);
    QCOMPARE(latest->state, QByteArray("{\"at\":199}"));
    QCOMPARE(latest->foldVersion, QByteArray("f1"));
    // Another fold version is another code's state: never handed out.
    QCOMPARE(store.loadStreamSnapshot(stream, "f2", 250).has_value(), false);
    QCOMPARE(store.loadStreamSnapshot(stream, "f2", 300)->position, 299);
    // Saving the same key again replaces the state.
    store.saveStreamSnapshots({{stream, 199, "f1", QByteArray("{\"again\":1}")}});
    QCOMPARE(store.loadStreamSnapshot(stream, "f1", 199)->state, QByteArray("{\"again\":1}"));
}

} // namespace Rewind
