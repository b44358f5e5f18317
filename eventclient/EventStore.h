#pragma once

#include "ConnectionSecurity.h"
#include "EventView.h"
#include "RecordedEvent.h"
#include "StoreAccess.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace Rewind {

// Expected version on append: nullopt appends anyway, -1 means the stream must not
// exist, N means its last position must be N.
using ExpectedVersion = std::optional<qint64>;

struct AppendResult
{
    qint64 firstPosition = -1;     // stream position of the first event of the batch
    qint64 lastPosition = -1;      // stream position of the last event: the new stream version
    qint64 lastGlobalPosition = 0; // global position of the last event
    int written = 0;               // events actually written; idempotent repeats are not counted
};

// A read of the whole log, a category or one stream, in global order, with the event browser's
// filters. Every filter narrows the result; an empty or unbounded one does not filter.
struct LogQuery
{
    static constexpr qint64 NoTimeBound = std::numeric_limits<qint64>::min();

    QString category;                // empty: the whole log
    QString streamName;              // non-empty: only this stream (the browser's stream scope)
    QString streamPrefix;            // non-empty: stream_name starts with this text, taken literally
    QStringList types;               // empty: every type
    qint64 fromTimeUs = NoTimeBound; // time >= this (inclusive), microseconds since the epoch
    qint64 toTimeUs = NoTimeBound;   // time <= this (inclusive)
    // JSON object text: the event's data (metadata) must contain it, as PostgreSQL's `@>` defines
    // containment. An invalid or non-object text is StoreError::BadInput naming the field.
    QByteArray dataContains;
    QByteArray metadataContains;
    qint64 afterGlobalPosition = 0; // read events with global_position > this
    int limit = 1000;
    int maxGapWaitMs = 2000;    // how long a read may wait for in-flight writers below a gap
    bool withMetadata = true;   // scanLog only: false leaves EventView::metadata empty, unread
    bool positionsOnly = false; // scanLog only: the views carry globalPosition alone (row indexes)

    bool hasFilter() const
    {
        return !category.isEmpty() || !streamName.isEmpty() || !streamPrefix.isEmpty() || !types.isEmpty() ||
               fromTimeUs != NoTimeBound || toTimeUs != NoTimeBound || !dataContains.isEmpty() ||
               !metadataContains.isEmpty();
    }
};

struct LogBatch
{
    QList<RecordedEvent> events;
    // Every event with afterGlobalPosition < global_position <= safePosition that will ever exist
    // and matches the query is in `events` (gap-safe: no in-flight transaction can still add one).
    // Continue with afterGlobalPosition = safePosition. Equal to afterGlobalPosition when nothing
    // could be proven final yet.
    qint64 safePosition = 0;
    bool atHead = false; // safePosition reached the head as seen by this read
};

// What a scan of the log (EventStore::scanLog) got through; the same promise as LogBatch.
struct LogScan
{
    qint64 safePosition = 0; // continue after this; every matching event up to it was visited
    bool atHead = false;
    qint64 visited = 0;
    bool stopped = false; // the visitor returned false
};

// Receives one event of a scan; returning false ends the scan after this event.
using EventVisitor = std::function<bool(const EventView&)>;

struct CategoryInfo
{
    QString name;
    qint64 streamCount = 0;
    qint64 eventCount = 0;
};

// The last event of one category, for a consumer's lag counted in the category it reads.
struct CategoryHead
{
    qint64 globalPosition = 0; // 0 when the category has no events
    qint64 timeUs = 0;
};

struct StreamInfo
{
    QString name;
    qint64 eventCount = 0;
    qint64 version = -1;
    qint64 lastGlobalPosition = 0;
};

struct ImportResult
{
    qint64 written = 0;
    qint64 duplicates = 0; // idempotent repeats of stored events, not written again
    qint64 lastGlobalPosition = 0;
};

// Where imported events come from. next() returns false at the end and throws
// StoreError(BadInput) naming location() for a malformed entry.
class EventSource
{
public:
    virtual ~EventSource() = default;
    virtual bool next(NewEvent& event) = 0;
    virtual QString location() const = 0; // "file:line" of the event last returned
};

// An aggregate's folded state at one position of its stream, so that replaying a long stream to a
// late position folds only what follows the nearest snapshot. `foldVersion` names the code that
// produced it: a snapshot of another version is never used.
struct StreamSnapshot
{
    QString streamName;
    qint64 position = -1;
    QByteArray foldVersion;
    QByteArray state;
};

struct ProjectionSnapshot
{
    QString name;
    QByteArray codeVersion;
    qint64 checkpoint = 0;       // global_position of the last event applied; 0 before any
    qint64 checkpointTimeUs = 0; // that event's time, for lag in seconds; 0 before any
    QByteArray state;
    qint64 parkedCount = 0;     // as loaded; ignored on save (the store counts)
    qint64 eventsPerSecond = 0; // rate of the run that saved it
    qint64 savedAtUs = 0;
    bool replaceParked = false; // on save: forget earlier parked events of this projection
};

// An event a projection could not fold, set aside so the projection goes on.
struct ParkedEvent
{
    QString projection;
    qint64 globalPosition = 0;
    QString streamName;
    QString type;
    QString reason;
    qint64 parkedAtUs = 0;
};

// One reading of a projection's lag, kept so that charts of the last day survive a
// restart of the window that drew them.
struct LagSample
{
    QString source; // where the projection runs: a `rewind serve` URL, "store" or "external"
    QString projection;
    qint64 timeUs = 0; // when the reading was taken
    qint64 checkpoint = 0;
    qint64 lagEvents = 0;
    double lagSeconds = 0;
    double eventsPerSecond = 0;
};

using ProgressFn = std::function<void(qint64 done)>;

// Tells a reader that the head of the log may have moved, from a connection of its own. Both stores
// poll a cheap read of the head (PostgreSQL: the primary key's last entry; SQLite: the file's data
// version), so that watching costs the writers nothing.
class HeadWatcher
{
public:
    virtual ~HeadWatcher() = default;
    // Blocks until the head is past `knownHead`, `timeoutMs` passed, or wake() was called; returns
    // the head as it is then (possibly still `knownHead`).
    virtual qint64 waitForHead(qint64 knownHead, int timeoutMs) = 0;
    virtual void wake() = 0; // thread-safe: makes a waitForHead() in progress return now
};

enum class InitResult
{
    Created,        // nothing was there; the Message DB layout and Rewind's schema were created
    RewindAdded,    // an existing message store was left as it is; Rewind's own schema was added
    AlreadyPresent, // both were there already; nothing changed
};

// One store of events. Implementations are synchronous and bound to the thread that created them;
// callers that must not block (the GUI) use them from a worker thread. Every failure is a StoreError.
class EventStore
{
public:
    virtual ~EventStore() = default;

    virtual QString backendName() const = 0;    // "sqlite" or "postgresql"
    virtual QString displayAddress() const = 0; // never contains a password
    virtual QString serverVersion() = 0;
    // The user the store knows this session as (the PostgreSQL role); empty when it has none.
    virtual QString sessionUser() { return {}; }
    // What the database lets this session do; everything unless the store says otherwise.
    virtual StoreAccess access() { return {}; }
    // The link's encryption and the server's durability settings (a local file: nothing to report).
    virtual ConnectionSecurity security() { return {}; }
    // Creates Rewind's roles (rewind_support, rewind_editor, rewind_developer) and their grants; an
    // editor may append only to `editorCategories`. Idempotent. Stores without users throw BadInput.
    virtual void installRoles(const QStringList& editorCategories);

    virtual bool hasSchema() = 0;
    virtual InitResult initialize() = 0;
    // What the last initialize() could not do as asked, in words for the user (for example: the
    // message_store role could not be created, so its grants were left out).
    virtual QStringList initNotes() const { return {}; }
    // The live-tail trigger an earlier Rewind put on a PostgreSQL message store (rewind_head_notify):
    // it slows every writer, and Rewind no longer uses it. Removed only when the user asks.
    virtual bool hasHeadTrigger() { return false; }
    virtual void dropHeadTrigger() {}
    // Whether the store's events table has row-level security on (Rewind's roles turn it on).
    virtual bool hasRowSecurity() { return false; }

    // Thread-safe: stops the statement this store is running on another thread, which then throws
    // StoreError(Cancelled). Does nothing when no statement runs.
    virtual void interrupt() {}
    // For long-lived connections of a window that reads pages rather than whole logs: keeps the
    // client-side caches small (SQLite's page cache and memory map), so that several connections
    // and a scroll through a 10-million-event store stay within a few megabytes. PostgreSQL keeps
    // its cache in the server: nothing to do there.
    virtual void limitMemory(int cacheMegabytes) { Q_UNUSED(cacheMegabytes); }
    // A watcher of the head on its own connection, to be used on one thread of the caller's choice.
    virtual std::unique_ptr<HeadWatcher> watchHead() = 0;

    // Appends a batch to one stream atomically. Events whose id is already stored with the same
    // stream, type and data are not written again; the same id with other content is BadInput.
    virtual AppendResult append(const QString& streamName, const QList<NewEvent>& events,
                                ExpectedVersion expected) = 0;

    // Events of one stream with position >= fromPosition, in stream order.
    virtual QList<RecordedEvent> readStream(const QString& streamName, qint64 fromPosition, int limit) = 0;
    virtual LogBatch readLog(const LogQuery& query) = 0;
    // readLog() without building RecordedEvents: each event is handed to `visit` as views into the
    // reader's buffers, for folds over millions of events. Gap-safe in the same way. The default
    // goes through readLog(); the stores override it with a path that copies nothing.
    virtual LogScan scanLog(const LogQuery& query, const EventVisitor& visit);
    // The event with this id, if stored (the `causationId` of another event names it).
    virtual std::optional<RecordedEvent> readEvent(const QUuid& id) = 0;
    // The global position of the first event whose time is >= timeUs, or headPosition() + 1 when
    // there is none. A binary search over global_position: exact when times rise with the
    // position, as they do when the store assigns them; with imported times out of order it lands
    // on one of the events next to that time.
    virtual qint64 positionAtTime(qint64 timeUs);

    virtual qint64 streamVersion(const QString& streamName) = 0; // -1 for an empty stream
    virtual qint64 headPosition() = 0;                           // 0 for an empty store
    // The last event of a category, and how many of its events follow a global position: both
    // through the category index (Message DB's `messages_category`), never a scan of the log.
    virtual CategoryHead categoryHead(const QString& category) = 0;
    virtual qint64 countInCategory(const QString& category, qint64 afterGlobalPosition) = 0;
    virtual QList<CategoryInfo> categories() = 0;
    virtual QList<StreamInfo> streams(const QString& category, const QString& afterName, int limit) = 0;

    // Writes every event of the source in one transaction: all or nothing. Positions are assigned
    // per stream after the streams' current versions; a supplied position must equal that.
    virtual ImportResult importEvents(EventSource& source, const ProgressFn& progress = {}) = 0;

    // Projection snapshots, in Rewind's own tables. The store knows nothing of what a
    // state means: it keeps bytes under a name, with the checkpoint they were taken at.
    virtual std::optional<ProjectionSnapshot> loadProjection(const QString& name) = 0;
    virtual QList<ProjectionSnapshot> projectionSnapshots() = 0; // without their state bytes
    // Saves every snapshot and adds the parked events in one transaction: after a crash either all
    // of them are the new ones or all are the old ones. A snapshot saved with `replaceParked`
    // forgets that projection's parked events first (a rebuild).
    virtual void saveProjections(const QList<ProjectionSnapshot>& snapshots,
                                 const QList<ParkedEvent>& parked) = 0;
    virtual QList<ParkedEvent> parkedEvents(const QString& projection, int limit) = 0;
    // Forgets one parked event (skipped, or folded by a retry) and, when given, saves the state
    // that now includes it, in one transaction. The projection's other parked events stay.
    virtual void resolveParkedEvent(const QString& projection, qint64 globalPosition,
                                    const std::optional<ProjectionSnapshot>& newState) = 0;

    // Lag history, in Rewind's tables: samples appended (about one a second per projection by the
    // projections view), read back from a time on in time order, and pruned before a time.
    // hasLagHistory() is false on a PostgreSQL database an older `rewind init` set up; the other
    // three then throw StoreError(Unreachable) asking for `rewind init`.
    virtual bool hasLagHistory() = 0;
    virtual void appendLagSamples(const QList<LagSample>& samples) = 0;
    virtual QList<LagSample> lagSamples(qint64 sinceUs) = 0;
    virtual void pruneLagSamples(qint64 beforeUs) = 0;

    // Aggregate snapshots: saved in one transaction; loaded as the one with the highest position at
    // or before `atOrBefore` for this fold version, if any.
    virtual void saveStreamSnapshots(const QList<StreamSnapshot>& snapshots) = 0;
    virtual std::optional<StreamSnapshot>
    loadStreamSnapshot(const QString& streamName, const QByteArray& foldVersion, qint64 atOrBefore) = 0;
};

} // namespace Rewind
