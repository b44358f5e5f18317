// An event's relatives on both stores, as Rewind's metadata (correlationId, causationId) and
// Eventide's (causationMessageGlobalPosition, causationMessageStreamName and
// causationMessagePosition, correlationStreamName, replyStreamName) name them.

#include "BackendStore.h"
#include "RelatedEvents.h"
#include "TestEvents.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

class TestRelatedEvents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString open(BackendStore& s)
    {
        QFETCH_GLOBAL(QString, backend);
        return s.open(backend, m_dir, QStringLiteral("related-%1.sqlite").arg(++m_files));
    }

    static RecordedEvent appendOne(EventStore& store, const QString& stream, const QString& type,
                                   const QByteArray& metadata)
    {
        const AppendResult r = store.append(stream, {makeEvent(stream, type, "{}", metadata)}, std::nullopt);
        return store.readStream(stream, r.lastPosition, 1).first();
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void linksAreReadFromTheMetadata()
    {
        const RelatedEvents::Links l = RelatedEvents::links(
            "{\"causationMessageStreamName\":\"account:command-1\",\"causationMessagePosition\":4,"
            "\"causationMessageGlobalPosition\":17,\"correlationStreamName\":\"transfer-9\","
            "\"replyStreamName\":\"transferReply-9\",\"schemaVersion\":null}");
        QCOMPARE(l.causationStreamName, QString("account:command-1"));
        QCOMPARE(l.causationPosition, 4);
        QCOMPARE(l.causationGlobalPosition, 17);
        QCOMPARE(l.correlationStreamName, QString("transfer-9"));
        QCOMPARE(l.replyStreamName, QString("transferReply-9"));
        QVERIFY(l.namesCause());
        QVERIFY(l.correlationId.isEmpty());
        const auto q = RelatedEvents::correlationQuery(l);
        QVERIFY(q);
        QCOMPARE(q->metadataContains, QByteArray("{\"correlationStreamName\":\"transfer-9\"}"));

        // Wrong types and metadata that is no object name nothing.
        const RelatedEvents::Links wrong =
            RelatedEvents::links("{\"causationMessagePosition\":\"4\",\"causationMessageGlobalPosition\":1.5,"
                                 "\"replyStreamName\":7}");
        QVERIFY(!wrong.namesCause());
        QVERIFY(wrong.replyStreamName.isEmpty());
        QVERIFY(!RelatedEvents::links("[1,2]").namesCause());
        QVERIFY(!RelatedEvents::correlationQuery(RelatedEvents::links({})));
    }

    void eventideLinksFindTheCauseTheCorrelationAndTheReplies()
    {
        BackendStore s;
        const QString error = open(s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EventStore& store = *s.store;
        try {
            appendOne(store, "account-1", "Opened", {});
            // A transfer's command, then the event it caused, and another transfer's event.
            const RecordedEvent command = appendOne(
                store, "account:command-1", "Deposit",
                "{\"correlationStreamName\":\"transfer-9\",\"replyStreamName\":\"transferReply-9\"}");
            const QByteArray causedBy = "\"causationMessageStreamName\":\"account:command-1\","
                                        "\"causationMessagePosition\":0,\"causationMessageGlobalPosition\":" +
                                        QByteArray::number(command.globalPosition);
            const RecordedEvent deposited =
                appendOne(store, "account-1", "Deposited",
                          "{" + causedBy + ",\"correlationStreamName\":\"transfer-9\"}");
            appendOne(store, "account-2", "Deposited", "{\"correlationStreamName\":\"transfer-8\"}");
            for (int i = 0; i < RelatedEvents::MaxReplies + 10; ++i)
                appendOne(store, "transferReply-9", "Recorded", {});

            // The cause, by global position.
            const RelatedEvents::Links links = RelatedEvents::links(deposited.metadata);
            const auto cause = RelatedEvents::cause(store, links);
            QVERIFY(cause);
            QCOMPARE(cause->id, command.id);

            // By stream name and position when the global position is absent, or names nothing.
            RelatedEvents::Links byStream = links;
            byStream.causationGlobalPosition = 0;
            QCOMPARE(RelatedEvents::cause(store, byStream)->id, command.id);
            byStream.causationGlobalPosition = 100000;
            QCOMPARE(RelatedEvents::cause(store, byStream)->id, command.id);
            byStream.causationPosition = 5;
            QVERIFY(!RelatedEvents::cause(store, byStream));

            // The correlation: the command and its event, not the other transfer's.
            const auto query = RelatedEvents::correlationQuery(links);
            QVERIFY(query);
            LogQuery q = *query;
            q.limit = 100;
            const LogBatch correlated = store.readLog(q);
            QCOMPARE(correlated.events.size(), 2);
            QCOMPARE(correlated.events[0].id, command.id);
            QCOMPARE(correlated.events[1].id, deposited.id);

            // The reply stream's first messages, bounded.
            const RelatedEvents::Found found =
                RelatedEvents::find(store, RelatedEvents::links(command.metadata));
            QVERIFY(!found.cause);
            QCOMPARE(found.replies.size(), RelatedEvents::MaxReplies);
            QCOMPARE(found.replies.first().streamName, QString("transferReply-9"));
            QCOMPARE(found.replies.first().position, 0);
            QCOMPARE(found.replies.last().position, RelatedEvents::MaxReplies - 1);
        } catch (const StoreError& e) {
            QFAIL(qPrintable(e.message()));
        }
    }

    void rewindLinksStillWork()
    {
        BackendStore s;
        const QString error = open(s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        EventStore& store = *s.store;
        try {
            const RecordedEvent first =
                appendOne(store, "question-1", "QuestionDrafted", "{\"correlationId\":\"c-1\"}");
            const RecordedEvent second = appendOne(store, "question-1", "QuestionPublished",
                                                   "{\"correlationId\":\"c-1\",\"causationId\":\"" +
                                                       first.id.toByteArray(QUuid::WithoutBraces) + "\"}");
            const RelatedEvents::Links links = RelatedEvents::links(second.metadata);
            QCOMPARE(RelatedEvents::cause(store, links)->id, first.id);
            const auto query = RelatedEvents::correlationQuery(links);
            QVERIFY(query);
            QCOMPARE(query->metadataContains, QByteArray("{\"correlationId\":\"c-1\"}"));
            QCOMPARE(store.readLog(*query).events.size(), 2);
            QVERIFY(RelatedEvents::find(store, links).replies.isEmpty());
        } catch (const StoreError& e) {
            QFAIL(qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestRelatedEvents)
#include "TestRelatedEvents.moc"
