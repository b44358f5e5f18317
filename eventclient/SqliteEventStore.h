#pragma once

#include "EventStore.h"
#include "StoreError.h"
#include "TextInterner.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace Rewind {

class SqliteStatement;

// The embedded store: one SQLite file in WAL mode with Message DB's `messages` columns (time as
// ISO 8601 text, data and metadata as JSON text) and Rewind's own tables beside it.
// SQLite has one writer at a time and assigns global_position inside the write transaction, so
// committed positions always form a prefix: reading in global order is gap-safe by construction.
class SqliteEventStore : public EventStore
{
public:
    SqliteEventStore(const QString& path, bool createIfMissing);
    ~SqliteEventStore() override;

    QString backendName() const override { return QStringLiteral("sqlite"); }
    QString displayAddress() const override;
    QString serverVersion() override;

    bool hasSchema() override;
    InitResult initialize() override;

    AppendResult append(const QString& streamName, const QList<NewEvent>& events,
                        ExpectedVersion expected) override;
    QList<RecordedEvent> readStream(const QString& streamName, qint64 fromPosition, int limit) override;
    LogBatch readLog(const LogQuery& query) override;
    LogScan scanLog(const LogQuery& query, const EventVisitor& visit) override;
    std::optional<RecordedEvent> readEvent(const QUuid& id) override;
    void interrupt() override;
    void limitMemory(int cacheMegabytes) override;
    // Polls PRAGMA data_version on a connection of its own (SqliteHeadWatcher).
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

    QString path() const { return m_path; }

private:
    struct Statements;
    class Transaction;

    void requireSchema();
    bool hasRewindTables();
    void ensureRewindTables();
    void exec(const char* sql);
    Statements& statements();
    qint64 versionOf(const QString& streamName);
    // Writes one event at `position` unless its id is stored already; returns false for an
    // idempotent repeat and throws BadInput when the id is stored with other content.
    bool insert(const NewEvent& event, qint64 position, qint64 timeUs, qint64* storedPosition,
                const EventSource* source);
    // True when this event's id is stored with the same stream, type and data; throws BadInput
    // when the id is stored with other content; false when the id is new.
    bool storedRepeat(const NewEvent& event, qint64* storedPosition, const EventSource* source);

    QString m_path;
    QString m_connectionName;
    sqlite3* m_db = nullptr;
    bool m_schemaChecked = false;
    bool m_rewindTablesChecked = false;
    std::unique_ptr<Statements> m_statements;
    TextInterner m_names; // stream names and types met while reading
};

} // namespace Rewind
