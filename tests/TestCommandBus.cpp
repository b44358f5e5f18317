// The command bus against real stores: accepted commands append with the loaded version as the
// expected version and the command metadata, rejections write nothing, and a write that lands between
// loading and appending is reported as a conflict, never overwritten or retried.

#include "CommandBus.h"
#include "DomainCommand.h"
#include "JsonScanner.h"
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "SqliteEventStore.h"
#include "StoreError.h"
#include "TestEvents.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

namespace {

// A real store that lets a second writer (another real connection) append to the stream right
// after the bus has read it: the race an editor meets when a colleague saves first.
class RacingStore : public EventStore
{
public:
    RacingStore(EventStore& inner, EventStore& rival) : m_inner(inner), m_rival(rival) {}

    QString backendName() const override { return m_inner.backendName(); }
    QString displayAddress() const override { return m_inner.displayAddress(); }
    QString serverVersion() override { return m_inner.serverVersion(); }
    QString sessionUser() override { return m_inner.sessionUser(); }
    bool hasSchema() override { return m_inner.hasSchema(); }
    InitResult initialize() override { return m_inner.initialize(); }
    AppendResult append(const QString& s, const QList<NewEvent>& e, ExpectedVersion v) override
    {
        if (!m_raced) {
            m_raced = true;
            m_rival.append(
                s, {makeEvent(s, QStringLiteral("QuestionTextChanged"), "{\"text\":\"a colleague's text\"}")},
                std::nullopt);
        }
        return m_inner.append(s, e, v);
    }
    QList<RecordedEvent> readStream(const QString& s, qint64 f, int l) override
    {
        return m_inner.readStream(s, f, l);
    }
    LogBatch readLog(const LogQuery& q) override { return m_inner.readLog(q); }
    std::optional<RecordedEvent> readEvent(const QUuid& id) override { return m_inner.readEvent(id); }
    std::unique_ptr<HeadWatcher> watchHead() override { return m_inner.watchHead(); }
    qint64 streamVersion(const QString& s) override { return m_inner.streamVersion(s); }
    qint64 headPosition() override { return m_inner.headPosition(); }
    CategoryHead categoryHead(const QString& c) override { return m_inner.categoryHead(c); }
    qint64 countInCategory(const QString& c, qint64 a) override { return m_inner.countInCategory(c, a); }
    QList<CategoryInfo> categories() override { return m_inner.categories(); }
    QList<StreamInfo> streams(const QString& c, const QString& a, int l) override
    {
        return m_inner.streams(c, a, l);
    }
    ImportResult importEvents(EventSource& s, const ProgressFn& p) override
    {
        return m_inner.importEvents(s, p);
    }
    std::optional<ProjectionSnapshot> loadProjection(const QString& n) override
    {
        return m_inner.loadProjection(n);
    }
    QList<ProjectionSnapshot> projectionSnapshots() override { return m_inner.projectionSnapshots(); }
    void saveProjections(const QList<ProjectionSnapshot>& s, const QList<ParkedEvent>& p) override
    {
        m_inner.saveProjections(s, p);
    }
    QList<ParkedEvent> parkedEvents(const QString& n, int l) override { return m_inner.parkedEvents(n, l); }
    void resolveParkedEvent(const QString& n, qint64 p, const std::optional<ProjectionSnapshot>& s) override
    {
        m_inner.resolveParkedEvent(n, p, s);
    }
    bool hasLagHistory() override { return m_inner.hasLagHistory(); }
    void appendLagSamples(const QList<LagSample>& s) override { m_inner.appendLagSamples(s); }
    QList<LagSample> lagSamples(qint64 since) override { return m_inner.lagSamples(since); }
    void pruneLagSamples(qint64 before) override { m_inner.pruneLagSamples(before); }
    void saveStreamSnapshots(const QList<StreamSnapshot>& s) override { m_inner.saveStreamSnapshots(s); }
    std::optional<StreamSnapshot> loadStreamSnapshot(const QString& s, const QByteArray& v, qint64 p) override
    {
        return m_inner.loadStreamSnapshot(s, v, p);
    }

private:
    EventStore& m_inner;
    EventStore& m_rival;
    bool m_raced = false;
};

DomainCommand parse(const char* name, const char* json)
{
    return DomainCommandParser::parse(QString::fromUtf8(name), QByteArray(json));
}

const char* const Draft = "{\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\",\"text\":\"2+2?\","
                          "\"answers\":[\"3\",\"4\"],\"correctAnswers\":[\"4\"]}";

} // namespace

class TestCommandBus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // Two connections to one fresh store of the backend named by the test row.
    bool openPair(std::unique_ptr<EventStore>& a, std::unique_ptr<EventStore>& b,
                  std::unique_ptr<PgTestDatabase>& db)
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1String("sqlite")) {
            const QString path = m_dir.filePath(QStringLiteral("bus%1.sqlite").arg(++m_files));
            a = std::make_unique<SqliteEventStore>(path, true);
            a->initialize();
            b = std::make_unique<SqliteEventStore>(path, false);
            return true;
        }
        db = std::make_unique<PgTestDatabase>();
        if (!db->isValid()) {
            qWarning("%s", qPrintable(db->error()));
            return false;
        }
        a = std::make_unique<PostgresEventStore>(db->conninfo());
        a->initialize();
        b = std::make_unique<PostgresEventStore>(db->conninfo());
        return true;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void acceptedCommandAppendsWithMetadata()
    {
        std::unique_ptr<EventStore> store, other;
        std::unique_ptr<PgTestDatabase> db;
        QVERIFY(openPair(store, other, db));
        CommandBus bus(*store);
        CommandMetadata meta;
        meta.appVersion = QStringLiteral("rewind test");
        meta.causationId = QUuid::createUuid();

        const CommandOutcome drafted = bus.execute(parse("DraftQuestion", Draft), meta);
        QCOMPARE(drafted.result, CommandOutcome::Result::Accepted);
        QCOMPARE(drafted.expectedVersion, -1);
        QCOMPARE(drafted.written.size(), 1);
        QCOMPARE(drafted.written[0].position, 0);

        const CommandOutcome published = bus.execute(parse("PublishQuestion", "{\"questionId\":7}"), meta);
        QCOMPARE(published.result, CommandOutcome::Result::Accepted);
        QCOMPARE(published.expectedVersion, 0);

        const QList<RecordedEvent> stored = store->readStream(QStringLiteral("question-7"), 0, 10);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[1].type, QStringLiteral("QuestionPublished"));
        QCOMPARE(stored[1].id, published.written[0].id);
        const QJsonObject m = QJsonDocument::fromJson(stored[1].metadata).object();
        QCOMPARE(m.keys(), (QStringList{QStringLiteral("appVersion"), QStringLiteral("causationId"),
                                        QStringLiteral("commandId"), QStringLiteral("correlationId"),
                                        QStringLiteral("role"), QStringLiteral("userId")}));
        QCOMPARE(m.value(QStringLiteral("appVersion")).toString(), QStringLiteral("rewind test"));
        QCOMPARE(m.value(QStringLiteral("role")).toString(), QStringLiteral("editor"));
        QCOMPARE(m.value(QStringLiteral("commandId")).toString(),
                 published.commandId.toString(QUuid::WithoutBraces));
        // A new command starts its own correlation.
        QCOMPARE(m.value(QStringLiteral("correlationId")).toString(),
                 m.value(QStringLiteral("commandId")).toString());
        QCOMPARE(m.value(QStringLiteral("causationId")).toString(),
                 meta.causationId.toString(QUuid::WithoutBraces));
        // The PostgreSQL role, or the OS user for SQLite.
        const QString expectedUser =
            store->sessionUser().isEmpty() ? CommandBus::osUser() : store->sessionUser();
        QVERIFY(!expectedUser.isEmpty());
        QCOMPARE(m.value(QStringLiteral("userId")).toString(), expectedUser);
    }

    void rejectionWritesNothing()
    {
        std::unique_ptr<EventStore> store, other;
        std::unique_ptr<PgTestDatabase> db;
        QVERIFY(openPair(store, other, db));
        CommandBus bus(*store);
        const CommandOutcome o = bus.execute(parse("PublishQuestion", "{\"questionId\":7}"), {});
        QCOMPARE(o.result, CommandOutcome::Result::Rejected);
        QCOMPARE(o.rejection.rule, QStringLiteral("question-not-drafted"));
        QCOMPARE(store->headPosition(), 0);

        QCOMPARE(bus.execute(parse("DraftQuestion", Draft), {}).result, CommandOutcome::Result::Accepted);
        QCOMPARE(bus.execute(parse("PublishQuestion", "{\"questionId\":7}"), {}).result,
                 CommandOutcome::Result::Accepted);
        const CommandOutcome again = bus.execute(parse("PublishQuestion", "{\"questionId\":7}"), {});
        QCOMPARE(again.result, CommandOutcome::Result::Rejected);
        QCOMPARE(again.rejection.rule, QStringLiteral("nothing-to-publish"));
        QCOMPARE(store->headPosition(), 2);
    }

    void concurrentChangeIsAConflict()
    {
        std::unique_ptr<EventStore> store, rival;
        std::unique_ptr<PgTestDatabase> db;
        QVERIFY(openPair(store, rival, db));
        QCOMPARE(CommandBus(*store).execute(parse("DraftQuestion", Draft), {}).result,
                 CommandOutcome::Result::Accepted);

        RacingStore racing(*store, *rival);
        CommandBus bus(racing);
        const CommandOutcome o =
            bus.execute(parse("ChangeQuestionText", "{\"questionId\":7,\"text\":\"my text\"}"), {});
        QCOMPARE(o.result, CommandOutcome::Result::Conflict);
        QCOMPARE(o.expectedVersion, 0);
        QVERIFY2(o.conflict.contains(QLatin1String("question-7")), qPrintable(o.conflict));
        QVERIFY(o.written.isEmpty());
        // The colleague's change stands; ours was not written, and not retried behind our back.
        const QList<RecordedEvent> stored = store->readStream(QStringLiteral("question-7"), 0, 10);
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored[1].data.contains("a colleague's text"));
    }

    // executeBatch: an editor's save, several commands appended as one batch.
    void batchAcceptedWithMetadata()
    {
        std::unique_ptr<EventStore> store, other;
        std::unique_ptr<PgTestDatabase> db;
        QVERIFY(openPair(store, other, db));
        CommandBus bus(*store);
        const QString stream = QStringLiteral("question-7");
        CommandMetadata meta;
        meta.userId = QStringLiteral("ann");
        meta.appVersion = QStringLiteral("rewind test");

        const CommandOutcome drafted = bus.executeBatch(stream, {parse("DraftQuestion", Draft)}, meta, -1);
        QCOMPARE(drafted.result, CommandOutcome::Result::Accepted);
        QCOMPARE(drafted.written.size(), 1);

        // The second and third commands are decided on the state the first leaves: Publish sees the
        // new text and answers, and the answers change is decided after the text change.
        const QList<DomainCommand> save{
            parse("ChangeQuestionText", "{\"questionId\":7,\"text\":\"What is 2+2?\"}"),
            parse("ChangeAnswers", "{\"questionId\":7,\"answers\":[\"4\",\"5\"],\"correctAnswers\":[\"4\"]}"),
            parse("PublishQuestion", "{\"questionId\":7}"),
        };
        const CommandOutcome o = bus.executeBatch(stream, save, meta, 0);
        QCOMPARE(o.result, CommandOutcome::Result::Accepted);
        QCOMPARE(o.streamName, stream);
        QCOMPARE(o.expectedVersion, 0);
        QCOMPARE(o.written.size(), 3);
        QCOMPARE(o.written.last().globalPosition, store->headPosition());

        const QList<RecordedEvent> stored = store->readStream(stream, 0, 10);
        QCOMPARE(stored.size(), 4);
        QStringList types;
        for (const RecordedEvent& e : stored)
            types.append(e.type);
        QCOMPARE(types, (QStringList{"QuestionDrafted", "QuestionTextChanged", "AnswersChanged",
                                     "QuestionPublished"}));
        QCOMPARE(QJsonDocument::fromJson(stored[3].data).object().value("revision").toInteger(), 1);

        QSet<QString> commandIds;
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(stored[i].id, o.written[i - 1].id);
            QCOMPARE(stored[i].position, o.written[i - 1].position);
            const QJsonObject m = QJsonDocument::fromJson(stored[i].metadata).object();
            QCOMPARE(m.value("userId").toString(), QString("ann"));
            QCOMPARE(m.value("role").toString(), QString("editor"));
            QCOMPARE(m.value("appVersion").toString(), QString("rewind test"));
            commandIds.insert(m.value("commandId").toString());
            // One correlation for the whole save: the first command's id.
            QCOMPARE(m.value("correlationId").toString(), o.commandId.toString(QUuid::WithoutBraces));
        }
        QCOMPARE(commandIds.size(), 3);
        QVERIFY(commandIds.contains(o.commandId.toString(QUuid::WithoutBraces)));

        // A correlation given in the metadata is kept for every command.
        meta.correlationId = QUuid::createUuid();
        const CommandOutcome more =
            bus.executeBatch(stream,
                             {parse("ChangeExplanation", "{\"questionId\":7,\"explanation\":\"Add.\"}"),
                              parse("PublishQuestion", "{\"questionId\":7}")},
                             meta, 3);
        QCOMPARE(more.result, CommandOutcome::Result::Accepted);
        for (const RecordedEvent& e : more.written) {
            const QJsonObject m = QJsonDocument::fromJson(e.metadata).object();
            QCOMPARE(m.value("correlationId").toString(), meta.correlationId.toString(QUuid::WithoutBraces));
            QVERIFY(m.value("commandId").toString() != m.value("correlationId").toString());
        }
    }

    void batchRejectionOfSecondCommandAppendsNothing()
    {
        std::unique_ptr<EventStore> store, other;
        std::unique_ptr<PgTestDatabase> db;
        QVERIFY(openPair(store, other, db));
        CommandBus bus(*store);
        const QString stream = QStringLiteral("question-7");
        QCOMPARE(bus.executeBatch(stream, {parse("DraftQuestion", Draft)}, {}, -1).result,
                 CommandOutcome::Result::Accepted);
        const qint64 head = store->headPosition();

        // The text change alone would be accepted; Publish after it is not (blank text), so
        // neither is written.
        const CommandOutcome o =
            bus.executeBatch(stream,
                             {parse("ChangeQuestionText", "{\"questionId\":7,\"text\":\"  \"}"),
                              parse("PublishQuestion", "{\"questionId\":7}")},
                             {}, 0);
        QCOMPARE(o.result, CommandOutcome::Result::Rejected);
        QCOMPARE(o.rejection.rule, QStringLiteral("text-required"));
        QVERIFY(o.written.isEmpty());
        QCOMPARE(store->headPosition(), head);
        QCOMPARE(store->readStream(stream, 0, 10).size(), 1);

        // A second command that is refused only because of the first one (the same text twice).
        const CommandOutcome twice =
            bus.executeBatch(stream,
                             {parse("ChangeQuestionText", "{\"questionId\":7,\"text\":\"new\"}"),
                              parse("ChangeQuestionText", "{\"questionId\":7,\"text\":\"new\"}")},
                             {}, 0);
        QCOMPARE(twice.result, CommandOutcome::Result::Rejected);
        QCOMPARE(twice.rejection.rule, QStringLiteral("nothing-changed"));
        QCOMPARE(store->headPosition(), head);
    }

    void batchWithStaleVersionIsAConflict()
    {
        std::unique_ptr<EventStore> store, rival;
        std::unique_ptr<PgTestDatabase> db;
        QVERIFY(openPair(store, rival, db));
        const QString stream = QStringLiteral("question-7");
        QCOMPARE(CommandBus(*store).executeBatch(stream, {parse("DraftQuestion", Draft)}, {}, -1).result,
                 CommandOutcome::Result::Accepted);
        // A colleague's change through another connection, after our load at version 0.
        QCOMPARE(CommandBus(*rival)
                     .execute(parse("ChangeQuestionText", "{\"questionId\":7,\"text\":\"theirs\"}"), {})
                     .result,
                 CommandOutcome::Result::Accepted);
        const qint64 head = store->headPosition();

        CommandBus bus(*store);
        const CommandOutcome o = bus.executeBatch(
            stream, {parse("ChangeExplanation", "{\"questionId\":7,\"explanation\":\"mine\"}")}, {}, 0);
        QCOMPARE(o.result, CommandOutcome::Result::Conflict);
        QCOMPARE(o.expectedVersion, 0);
        QCOMPARE(o.conflict,
                 QStringLiteral("Wrong expected version for stream question-7: expected 0, actual 1"));
        QVERIFY(o.written.isEmpty());
        QCOMPARE(store->headPosition(), head);

        // Expecting a new stream where one exists is the same conflict.
        const CommandOutcome again = bus.executeBatch(stream, {parse("DraftQuestion", Draft)}, {}, -1);
        QCOMPARE(again.result, CommandOutcome::Result::Conflict);
        QVERIFY2(again.conflict.contains("expected -1, actual 1"), qPrintable(again.conflict));

        // A write that lands between our read and our append is the store's conflict.
        RacingStore racing(*store, *rival);
        const CommandOutcome raced = CommandBus(racing).executeBatch(
            stream, {parse("ChangeExplanation", "{\"questionId\":7,\"explanation\":\"mine\"}")}, {}, 1);
        QCOMPARE(raced.result, CommandOutcome::Result::Conflict);
        QVERIFY2(raced.conflict.contains("question-7"), qPrintable(raced.conflict));
        QVERIFY(raced.written.isEmpty());
        const QList<RecordedEvent> stored = store->readStream(stream, 0, 10);
        QCOMPARE(stored.size(), 3);
        QVERIFY(!stored.last().data.contains("mine"));
    }
};

QTEST_GUILESS_MAIN(TestCommandBus)
#include "TestCommandBus.moc"
