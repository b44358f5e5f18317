#pragma once

#include "EventStore.h"
#include "StoreError.h"
#include "TextInterner.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace Rewind {

class PostgresConnection;
class PostgresPrimaryLink;
class PgResult;
class PgTransaction;

// A store in PostgreSQL with the Message DB layout: schema message_store, shared with
// Eventide clients, plus Rewind's own schema `rewind`. One libpq connection per instance.
class PostgresEventStore : public EventStore
{
public:
    // `conninfo` is a libpq conninfo string or a postgresql:// URI. Connects at once; throws
    // StoreError(Unreachable) when the server cannot be reached.
    explicit PostgresEventStore(const QString& conninfo);
    ~PostgresEventStore() override;

    QString backendName() const override { return QStringLiteral("postgresql"); }
    QString displayAddress() const override { return m_displayAddress; }
    QString serverVersion() override;
    QString sessionUser() override;
    // On a hot standby nothing may be written: canAppend and canWriteProjections are false there.
    StoreAccess access() override;
    ConnectionSecurity security() override;
    void installRoles(const QStringList& editorCategories) override;

    bool hasSchema() override;
    InitResult initialize() override;
    QStringList initNotes() const override { return m_initNotes; }
    bool hasHeadTrigger() override;
    void dropHeadTrigger() override;
    bool hasRowSecurity() override;

    AppendResult append(const QString& streamName, const QList<NewEvent>& events,
                        ExpectedVersion expected) override;
    QList<RecordedEvent> readStream(const QString& streamName, qint64 fromPosition, int limit) override;
    LogBatch readLog(const LogQuery& query) override;
    LogScan scanLog(const LogQuery& query, const EventVisitor& visit) override;
    // Whether the session's server is a hot standby (asked once per server session).
    bool isStandby();
    // How many gaps met on a hot standby were settled by asking the primary (diagnostics).
    qint64 gapsSettledOnPrimary() const;
    std::optional<RecordedEvent> readEvent(const QUuid& id) override;
    void interrupt() override;
    // Polls the head on a connection of its own (PostgresHeadWatcher says why it never listens).
    std::unique_ptr<HeadWatcher> watchHead() override;
    qint64 streamVersion(const QString& streamName) override;
    qint64 headPosition() override;
    CategoryHead categoryHead(const QString& category) override;
    qint64 countInCategory(const QString& category, qint64 afterGlobalPosition) override;
    QList<CategoryInfo> categories() override;
    QList<StreamInfo> streams(const QString& category, const QString& afterName, int limit) override;
    ImportResult importEvents(EventSource& source, const ProgressFn& progress = {}) override;
    std::optional<ProjectionSnapshot> loadProjection(const QString& name) override;
    QList<ProjectionSnapshot> projectionSnapshots() override;
    void saveProjections(const QList<ProjectionSnapshot>& snapshots,
                         const QList<ParkedEvent>& parked) override;
    QList<ParkedEvent> parkedEvents(const QString& projection, int limit) override;
    void resolveParkedEvent(const QString& projection, qint64 globalPosition,
                            const std::optional<ProjectionSnapshot>& newState) override;
    bool hasLagHistory() override;
    void appendLagSamples(const QList<LagSample>& samples) override;
    QList<LagSample> lagSamples(qint64 sinceUs) override;
    void pruneLagSamples(qint64 beforeUs) override;
    void saveStreamSnapshots(const QList<StreamSnapshot>& snapshots) override;
    std::optional<StreamSnapshot> loadStreamSnapshot(const QString& streamName, const QByteArray& foldVersion,
                                                     qint64 atOrBefore) override;

private:
    class Importer;
    struct StoredEvent;
    struct LogWindow;

    void requireSchema();
    AppendResult appendOne(const NewEvent& event, ExpectedVersion expected);
    AppendResult appendBatch(const QString& streamName, const QList<NewEvent>& events,
                             ExpectedVersion expected);
    // The stored event with this id, compared with `event`; nullopt when the id is not stored.
    std::optional<StoredEvent> storedById(const NewEvent& event);
    // True when every event of the batch is stored already with the same content: a repeat.
    bool storedRepeat(const QString& streamName, const QList<NewEvent>& events, AppendResult& result);
    enum class Columns
    {
        All,
        NoMetadata,
        Positions, // global_position alone
    };
    using RowVisitor = std::function<bool(const PgResult&, int row)>;

    QList<RecordedEvent> fetchLog(const LogQuery& query, qint64 after, qint64 upTo, int limit);
    // The log query with all of its filters in pipelined slices; `slice` returns false to stop early.
    void fetchSlices(const LogQuery& query, Columns columns, qint64 after, qint64 upTo, int limit,
                     const std::function<bool(const PgResult&)>& slice);
    // A gap-safe filtered read in growing windows of positions; rows go to `visit`.
    LogScan scanFiltered(const LogQuery& query, Columns columns, const RowVisitor& visit);
    void requireRewindTables();
    StoreError rewindTablesError(const PgResult& result, const QString& what) const;
    void requireLagHistory();
    LogWindow scanWindow(qint64 after, int size);
    // True when a fresh snapshot shows every position up to what the read saw that will ever
    // exist; false when the writers took too long. A hot standby that cannot ask its primary throws
    // StoreError(Unreachable), unless the read got past `after` below the gap.
    bool waitForWriters(PgTransaction& tx, int maxWaitMs, qint64 after, qint64 gap);
    StoreAccess roleAccess();
    qint64 head();

    std::unique_ptr<PostgresConnection> m_connection;
    // Uses m_connection, so it is declared after it.
    std::unique_ptr<PostgresPrimaryLink> m_primaryLink;
    TextInterner m_names; // stream names and types met while reading
    QString m_displayAddress;
    bool m_schemaChecked = false;
    QStringList m_initNotes;
    bool m_rewindTablesChecked = false;
    bool m_lagHistoryChecked = false;
    QByteArray m_sequenceOid; // of messages.global_position's sequence, for currval()
};

} // namespace Rewind
