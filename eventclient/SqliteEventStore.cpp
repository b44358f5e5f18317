#include "SqliteEventStore.h"

#include "EventJson.h"
#include "EventTime.h"
#include "JsonScanner.h"
#include "LogFilter.h"
#include "SqliteHeadWatcher.h"
#include "SqliteJsonContainment.h"
#include "SqliteStatement.h"
#include "StoreError.h"
#include "StreamName.h"
#include "TextInterner.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace Rewind {

namespace {

// Must be written identically in the index and in queries for SQLite to use the index.
#define REWIND_SQLITE_CATEGORY                                                                               \
    "(CASE WHEN instr(stream_name, '-') > 0 THEN substr(stream_name, 1, instr(stream_name, '-') - 1) ELSE "  \
    "stream_name END)"

const char* const SchemaSql[] = {
    "CREATE TABLE messages ("
    " global_position INTEGER PRIMARY KEY,"
    " position INTEGER NOT NULL CHECK (position >= 0),"
    " time TEXT NOT NULL,"
    " stream_name TEXT NOT NULL CHECK (length(stream_name) > 0),"
    " type TEXT NOT NULL CHECK (length(type) > 0),"
    // Any JSON value, as Message DB's jsonb columns take them (files made before took only objects).
    " data TEXT NOT NULL CHECK (json_valid(data)),"
    " metadata TEXT CHECK (metadata IS NULL OR json_valid(metadata)),"
    " id TEXT NOT NULL)",
    "CREATE UNIQUE INDEX messages_id ON messages (id)",
    "CREATE UNIQUE INDEX messages_stream ON messages (stream_name, position)",
    "CREATE INDEX messages_category ON messages (" REWIND_SQLITE_CATEGORY ", global_position)",
};

// Rewind's own tables beside `messages`. IF NOT EXISTS throughout: a store made by an older Rewind
// gets the newer tables on first use.
const char* const RewindSql[] = {
    "CREATE TABLE IF NOT EXISTS rewind_schema_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS rewind_projections ("
    " name TEXT PRIMARY KEY,"
    " code_version TEXT NOT NULL,"
    " checkpoint INTEGER NOT NULL,"
    " checkpoint_time_us INTEGER NOT NULL,"
    " state BLOB NOT NULL,"
    " events_per_second INTEGER NOT NULL,"
    " saved_at_us INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS rewind_parked_events ("
    " projection TEXT NOT NULL,"
    " global_position INTEGER NOT NULL,"
    " stream_name TEXT NOT NULL,"
    " type TEXT NOT NULL,"
    " reason TEXT NOT NULL,"
    " parked_at_us INTEGER NOT NULL,"
    " PRIMARY KEY (projection, global_position))",
    "CREATE TABLE IF NOT EXISTS rewind_stream_snapshots ("
    " stream_name TEXT NOT NULL,"
    " fold_version TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " state BLOB NOT NULL,"
    " PRIMARY KEY (stream_name, fold_version, position))",
    "CREATE TABLE IF NOT EXISTS rewind_lag_samples ("
    " source TEXT NOT NULL,"
    " projection TEXT NOT NULL,"
    " time_us INTEGER NOT NULL,"
    " checkpoint INTEGER NOT NULL,"
    " lag_events INTEGER NOT NULL,"
    " lag_seconds REAL NOT NULL,"
    " events_per_second REAL NOT NULL)",
    "CREATE INDEX IF NOT EXISTS rewind_lag_samples_time ON rewind_lag_samples (time_us)",
    "INSERT OR REPLACE INTO rewind_schema_info (key, value) VALUES ('schema_version', '3')",
};

constexpr const char* Columns = "global_position, position, time, stream_name, type, data, metadata, id";

RecordedEvent rowToEvent(const SqliteStatement& s, TextInterner& names)
{
    RecordedEvent e;
    e.globalPosition = s.int64(0);
    e.position = s.int64(1);
    e.timeUs = EventTime::fromIso(s.view(2)).value_or(0);
    const QByteArrayView stream = s.view(3);
    e.streamName = names.intern(stream.data(), stream.size());
    const QByteArrayView type = s.view(4);
    e.type = names.intern(type.data(), type.size());
    e.data = s.bytes(5);
    if (!s.isNull(6))
        e.metadata = s.bytes(6);
    const QByteArrayView id = s.view(7);
    e.id = QUuid::fromString(QLatin1StringView(id.data(), id.size()));
    return e;
}

// The log query in global order with all of the query's filters; `params` receives the values
// for ?1, ?2, … in order (bindLog binds them). The SQL depends only on which filters are present.
QByteArray logSql(const LogQuery& query, const char* columns, QList<SqliteValue>& params)
{
    const auto next = [&](const SqliteValue& value) {
        params.append(value);
        return "?" + QByteArray::number(params.size());
    };
    QByteArray sql = QByteArray("SELECT ") + columns + " FROM messages WHERE global_position > " +
                     next(query.afterGlobalPosition);
    if (!query.category.isEmpty())
        sql += " AND " REWIND_SQLITE_CATEGORY " = " + next(query.category.toUtf8());
    if (!query.streamName.isEmpty())
        sql += " AND stream_name = " + next(query.streamName.toUtf8());
    if (!query.streamPrefix.isEmpty()) {
        // Taken literally, and case-sensitively: no LIKE (wildcards, ASCII case folding).
        const QByteArray prefix = next(query.streamPrefix.toUtf8());
        sql += " AND substr(stream_name, 1, length(" + prefix + ")) = " + prefix;
    }
    if (!query.types.isEmpty()) {
        sql += " AND type IN (";
        for (int i = 0; i < query.types.size(); ++i)
            sql += (i ? "," : "") + next(query.types[i].toUtf8());
        sql += ")";
    }
    // Times are stored as fixed-width ISO text (EventTime::toIso, years 0001-9999), so text order is
    // time order and the bounds compare as text.
    if (query.fromTimeUs != LogQuery::NoTimeBound)
        sql += " AND time >= " + next(EventTime::toIso(LogFilter::clampTimeUs(query.fromTimeUs)));
    if (query.toTimeUs != LogQuery::NoTimeBound)
        sql += " AND time <= " + next(EventTime::toIso(LogFilter::clampTimeUs(query.toTimeUs)));
    if (!query.dataContains.isEmpty()) {
        SqliteJsonContainment containment(params);
        sql += " AND " + containment.condition(
                             "data", LogFilter::containmentPattern(query.dataContains, "dataContains"));
    }
    if (!query.metadataContains.isEmpty()) {
        SqliteJsonContainment containment(params);
        sql += " AND " + containment.condition("metadata", LogFilter::containmentPattern(
                                                               query.metadataContains, "metadataContains"));
    }
    sql += " ORDER BY global_position LIMIT " + next(qint64(query.limit));
    return sql;
}

void bindLog(SqliteStatement& s, const QList<SqliteValue>& params)
{
    for (int i = 0; i < params.size(); ++i)
        s.bind(i + 1, params[i]);
}

// "file:line: " for import errors; built only when there is an error to report.
QString where(const EventSource* source)
{
    return source ? source->location() + QStringLiteral(": ") : QString();
}

QString conflictMessage(const QString& stream, qint64 expected, qint64 actual)
{
    return QStringLiteral("Wrong expected version for stream %1: expected %2, actual %3")
        .arg(stream)
        .arg(expected)
        .arg(actual);
}

} // namespace

struct SqliteEventStore::Statements
{
    explicit Statements(sqlite3* db)
        : insert(db, "INSERT INTO messages (position, time, stream_name, type, data, metadata, id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
          version(db, "SELECT max(position) FROM messages WHERE stream_name = ?1"),
          byId(db, "SELECT stream_name, type, data, position, global_position FROM messages WHERE id = ?1"),
          readStream(db,
                     "SELECT global_position, position, time, stream_name, type, data, metadata, id "
                     "FROM messages WHERE stream_name = ?1 AND position >= ?2 ORDER BY position LIMIT ?3"),
          head(db, "SELECT coalesce(max(global_position), 0) FROM messages")
    {
    }
    SqliteStatement insert;
    SqliteStatement version;
    SqliteStatement byId;
    SqliteStatement readStream;
    SqliteStatement head;
};

// BEGIN IMMEDIATE takes the write lock up front, so the version we check is the version we
// append after; anything thrown before commit() rolls back.
class SqliteEventStore::Transaction
{
public:
    Transaction(SqliteEventStore& store, const char* begin) : m_store(store) { m_store.exec(begin); }
    ~Transaction()
    {
        if (!m_done)
            sqlite3_exec(m_store.m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void commit()
    {
        m_store.exec("COMMIT");
        m_done = true;
    }

private:
    SqliteEventStore& m_store;
    bool m_done = false;
};

SqliteEventStore::SqliteEventStore(const QString& path, bool createIfMissing)
    : m_path(path), m_connectionName(QStringLiteral("rewind-sqlite-") + QUuid::createUuid().toString())
{
    const QFileInfo info(path);
    if (!createIfMissing && !info.exists())
        throw StoreError(
            StoreError::Kind::Unreachable,
            QStringLiteral("no SQLite store at %1 (create one with `rewind --store %1 init`)").arg(path));
    if (info.exists() && info.isDir())
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("%1 is a directory, not a SQLite file").arg(path));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("cannot open SQLite file %1: %2").arg(path, why));
    }
    m_db = *static_cast<sqlite3* const*>(db.driver()->handle().data());
    try {
        // A file that is not a database fails here, on the first read of its header.
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = NORMAL");
        exec("PRAGMA cache_size = -65536");
        exec("PRAGMA temp_store = MEMORY");
        // Reads of the whole log copy every page through pread otherwise.
        exec("PRAGMA mmap_size = 1073741824");
    } catch (const StoreError& e) {
        m_db = nullptr;
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("%1 is not a usable SQLite store: %2").arg(path, e.message()));
    }
}

SqliteEventStore::~SqliteEventStore()
{
    m_statements.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SqliteEventStore::displayAddress() const
{
    return QStringLiteral("sqlite:") + m_path;
}

QString SqliteEventStore::serverVersion()
{
    return QStringLiteral("SQLite ") + QString::fromLatin1(sqlite3_libversion());
}

void SqliteEventStore::exec(const char* sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(error ? error : sqlite3_errstr(rc));
        sqlite3_free(error);
        const int primary = rc & 0xff;
        if (primary == SQLITE_INTERRUPT)
            throw StoreError(StoreError::Kind::Cancelled, QStringLiteral("SQLite: %1").arg(message));
        throw StoreError(primary == SQLITE_NOTADB || primary == SQLITE_CANTOPEN
                             ? StoreError::Kind::Unreachable
                             : StoreError::Kind::Database,
                         QStringLiteral("SQLite: %1").arg(message));
    }
}

bool SqliteEventStore::hasSchema()
{
    SqliteStatement s(m_db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'messages'");
    return s.step();
}

void SqliteEventStore::requireSchema()
{
    if (m_schemaChecked)
        return;
    if (!hasSchema())
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("%1 has no `messages` table: create it with `rewind --store %1 init`")
                             .arg(m_path));
    m_schemaChecked = true;
}

SqliteEventStore::Statements& SqliteEventStore::statements()
{
    requireSchema();
    if (!m_statements)
        m_statements = std::make_unique<Statements>(m_db);
    return *m_statements;
}

InitResult SqliteEventStore::initialize()
{
    if (hasSchema()) {
        m_schemaChecked = true;
        const bool hadRewind = hasRewindTables();
        ensureRewindTables();
        return hadRewind ? InitResult::AlreadyPresent : InitResult::RewindAdded;
    }
    Transaction tx(*this, "BEGIN IMMEDIATE");
    for (const char* sql : SchemaSql)
        exec(sql);
    for (const char* sql : RewindSql)
        exec(sql);
    tx.commit();
    m_schemaChecked = true;
    m_rewindTablesChecked = true;
    return InitResult::Created;
}

bool SqliteEventStore::hasRewindTables()
{
    SqliteStatement s(m_db,
                      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rewind_lag_samples'");
    return s.step();
}

void SqliteEventStore::ensureRewindTables()
{
    requireSchema();
    if (m_rewindTablesChecked)
        return;
    if (!hasRewindTables()) {
        Transaction tx(*this, "BEGIN IMMEDIATE");
        for (const char* sql : RewindSql)
            exec(sql);
        tx.commit();
    }
    m_rewindTablesChecked = true;
}

qint64 SqliteEventStore::versionOf(const QString& streamName)
{
    auto& s = statements().version;
    s.reset();
    s.bind(1, streamName);
    s.step();
    const qint64 v = s.isNull(0) ? -1 : s.int64(0);
    s.reset();
    return v;
}

qint64 SqliteEventStore::streamVersion(const QString& streamName)
{
    return versionOf(streamName);
}

qint64 SqliteEventStore::headPosition()
{
    auto& s = statements().head;
    s.reset();
    s.step();
    const qint64 head = s.int64(0);
    s.reset();
    return head;
}

bool SqliteEventStore::insert(const NewEvent& e, qint64 position, qint64 timeUs, qint64* storedPosition,
                              const EventSource* source)
{
    auto& st = statements();
    const QByteArray id = e.id.toByteArray(QUuid::WithoutBraces);
    st.insert.bind(1, position);
    st.insert.bind(2, EventTime::toIso(timeUs));
    st.insert.bind(3, e.streamName);
    st.insert.bind(4, e.type);
    st.insert.bind(5, e.data);
    st.insert.bind(6, e.metadata.isEmpty() ? QByteArray() : e.metadata);
    st.insert.bind(7, id);
    const int rc = st.insert.run(true);
    if (rc == SQLITE_DONE) {
        if (storedPosition)
            *storedPosition = position;
        return true;
    }
    // A constraint failed: either this id is stored already (idempotent repeat or a clash), or the
    // payload is not JSON, or not an object in a file whose table a Rewind before any JSON value made.
    if (storedRepeat(e, storedPosition, source))
        return false;
    const auto isJson = [](const QByteArray& text) {
        JsonScanner::Type type;
        QByteArrayView raw;
        return JsonScanner(text).scanValue(type, raw);
    };
    if (isJson(e.data) && (e.metadata.isEmpty() || isJson(e.metadata)))
        throw StoreError(
            StoreError::Kind::BadInput,
            QStringLiteral("%1data: this file's table was made by an older Rewind and takes only "
                           "JSON objects (metadata: an object or null)")
                .arg(where(source)));
    throw StoreError(StoreError::Kind::BadInput,
                     QStringLiteral("%1data and metadata: must be JSON").arg(where(source)));
}

bool SqliteEventStore::storedRepeat(const NewEvent& e, qint64* storedPosition, const EventSource* source)
{
    auto& st = statements();
    const QByteArray id = e.id.toByteArray(QUuid::WithoutBraces);
    st.byId.reset();
    st.byId.bind(1, id);
    if (!st.byId.step()) {
        st.byId.reset();
        return false;
    }
    const QString stream = st.byId.text(0);
    const QString type = st.byId.text(1);
    const QByteArray data = st.byId.bytes(2);
    const qint64 pos = st.byId.int64(3);
    st.byId.reset();
    if (stream == e.streamName && type == e.type &&
        EventJson::canonicalObject(data) == EventJson::canonicalObject(e.data)) {
        if (storedPosition)
            *storedPosition = pos;
        return true;
    }
    throw StoreError(StoreError::Kind::BadInput,
                     QStringLiteral("%1id %2: already stored with different content (stream %3, position %4)")
                         .arg(where(source), QString::fromLatin1(id), stream)
                         .arg(pos));
}

AppendResult SqliteEventStore::append(const QString& streamName, const QList<NewEvent>& events,
                                      ExpectedVersion expected)
{
    statements();
    for (const NewEvent& e : events) {
        if (e.streamName != streamName)
            throw StoreError(
                StoreError::Kind::BadInput,
                QStringLiteral("stream_name: %1 in a batch for stream %2").arg(e.streamName, streamName));
        if (!EventJson::isObject(e.data))
            throw StoreError(StoreError::Kind::BadInput, QStringLiteral("data: must be a JSON object"));
        if (!e.metadata.isEmpty() && !EventJson::isObject(e.metadata))
            throw StoreError(StoreError::Kind::BadInput,
                             QStringLiteral("metadata: must be a JSON object or null"));
    }
    Transaction tx(*this, "BEGIN IMMEDIATE");
    const qint64 version = versionOf(streamName);
    if (expected && *expected != version) {
        // A retry whose first attempt committed but whose answer was lost: every event is stored
        // with the same content, so it succeeds again instead of reporting its own write as a conflict.
        AppendResult repeat;
        bool allStored = !events.isEmpty();
        for (const NewEvent& e : events) {
            qint64 stored = -1;
            if (!storedRepeat(e, &stored, nullptr)) {
                allStored = false;
                break;
            }
            if (repeat.firstPosition < 0)
                repeat.firstPosition = stored;
            repeat.lastPosition = stored;
        }
        if (allStored)
            return repeat;
        throw StoreError(StoreError::Kind::Conflict, conflictMessage(streamName, *expected, version));
    }

    AppendResult result;
    qint64 next = version + 1;
    const qint64 now = EventTime::nowUs();
    for (const NewEvent& e : events) {
        qint64 stored = -1;
        if (insert(e, next, e.timeUs != NewEvent::StoreClock ? e.timeUs : now, &stored, nullptr)) {
            ++next;
            ++result.written;
        }
        if (result.firstPosition < 0)
            result.firstPosition = stored;
        result.lastPosition = stored;
    }
    if (result.written > 0)
        result.lastGlobalPosition = sqlite3_last_insert_rowid(m_db);
    tx.commit();
    return result;
}

std::optional<RecordedEvent> SqliteEventStore::readEvent(const QUuid& id)
{
    requireSchema();
    SqliteStatement s(m_db, "SELECT global_position, position, time, stream_name, type, data, metadata, id"
                            " FROM messages WHERE id = ?1");
    s.bind(1, id.toByteArray(QUuid::WithoutBraces));
    if (!s.step())
        return std::nullopt;
    return rowToEvent(s, m_names);
}

void SqliteEventStore::interrupt()
{
    // sqlite3_interrupt is safe from any thread while the connection is open, and does nothing
    // when no statement runs.
    if (m_db)
        sqlite3_interrupt(m_db);
}

std::unique_ptr<HeadWatcher> SqliteEventStore::watchHead()
{
    requireSchema();
    return std::make_unique<SqliteHeadWatcher>(m_path);
}

QList<RecordedEvent> SqliteEventStore::readStream(const QString& streamName, qint64 fromPosition, int limit)
{
    auto& s = statements().readStream;
    s.reset();
    s.bind(1, streamName);
    s.bind(2, fromPosition);
    s.bind(3, qint64(limit));
    QList<RecordedEvent> out;
    while (s.step())
        out.append(rowToEvent(s, m_names));
    s.reset();
    return out;
}

void SqliteEventStore::limitMemory(int cacheMegabytes)
{
    exec((QByteArray("PRAGMA cache_size = -") + QByteArray::number(qint64(cacheMegabytes) * 1024))
             .constData());
    // Mapped pages count as the process's memory once touched; a browser touches the whole file.
    exec("PRAGMA mmap_size = 0");
}

LogBatch SqliteEventStore::readLog(const LogQuery& query)
{
    requireSchema();
    QList<SqliteValue> params;
    const QByteArray sql = logSql(query, Columns, params);

    // One read transaction: the head and the rows come from the same snapshot.
    Transaction tx(*this, "BEGIN");
    SqliteStatement s(m_db, sql.constData());
    bindLog(s, params);

    LogBatch batch;
    batch.events.reserve(std::min(query.limit, 100000));
    while (s.step())
        batch.events.append(rowToEvent(s, m_names));
    const qint64 head = headPosition();
    tx.commit();
    if (query.limit > 0 && batch.events.size() >= query.limit) {
        batch.safePosition = batch.events.last().globalPosition;
        batch.atHead = batch.safePosition >= head;
    } else {
        batch.safePosition = std::max(head, query.afterGlobalPosition);
        batch.atHead = true;
    }
    return batch;
}

LogScan SqliteEventStore::scanLog(const LogQuery& query, const EventVisitor& visit)
{
    requireSchema();
    // Metadata is the largest column after data; a fold that does not read it should not pay for it.
    // Row indexes need the position alone, which the primary key (or the category index) holds.
    QList<SqliteValue> params;
    const QByteArray sql =
        logSql(query,
               query.positionsOnly  ? "global_position"
               : query.withMetadata ? "global_position, position, time, stream_name, type, data, metadata"
                                    : "global_position, position, time, stream_name, type, data",
               params);

    Transaction tx(*this, "BEGIN");
    SqliteStatement s(m_db, sql.constData());
    bindLog(s, params);

    LogScan scan;
    qint64 last = query.afterGlobalPosition;
    while (s.step()) {
        EventView v;
        v.globalPosition = s.int64(0);
        if (query.positionsOnly) {
            last = v.globalPosition;
            ++scan.visited;
            if (!visit(v)) {
                scan.stopped = true;
                break;
            }
            continue;
        }
        v.position = s.int64(1);
        v.timeUs = EventTime::fromIso(s.view(2)).value_or(0);
        v.streamName = s.view(3);
        v.type = s.view(4);
        v.data = s.view(5);
        if (query.withMetadata && !s.isNull(6))
            v.metadata = s.view(6);
        last = v.globalPosition;
        ++scan.visited;
        if (!visit(v)) {
            scan.stopped = true;
            break;
        }
    }
    if (scan.stopped || (query.limit > 0 && scan.visited >= query.limit)) {
        scan.safePosition = last;
        scan.atHead = last >= headPosition();
    } else {
        scan.safePosition = std::max(headPosition(), query.afterGlobalPosition);
        scan.atHead = true;
    }
    tx.commit();
    return scan;
}

std::optional<ProjectionSnapshot> SqliteEventStore::loadProjection(const QString& name)
{
    ensureRewindTables();
    SqliteStatement s(
        m_db, "SELECT code_version, checkpoint, checkpoint_time_us, state, events_per_second, saved_at_us,"
              " (SELECT count(*) FROM rewind_parked_events WHERE projection = ?1)"
              " FROM rewind_projections WHERE name = ?1");
    s.bind(1, name);
    if (!s.step())
        return std::nullopt;
    ProjectionSnapshot p;
    p.name = name;
    p.codeVersion = s.bytes(0);
    p.checkpoint = s.int64(1);
    p.checkpointTimeUs = s.int64(2);
    p.state = s.bytes(3);
    p.eventsPerSecond = s.int64(4);
    p.savedAtUs = s.int64(5);
    p.parkedCount = s.int64(6);
    return p;
}

QList<ProjectionSnapshot> SqliteEventStore::projectionSnapshots()
{
    ensureRewindTables();
    SqliteStatement s(
        m_db, "SELECT name, code_version, checkpoint, checkpoint_time_us, events_per_second, saved_at_us,"
              " (SELECT count(*) FROM rewind_parked_events e WHERE e.projection = p.name)"
              " FROM rewind_projections p ORDER BY name");
    QList<ProjectionSnapshot> out;
    while (s.step()) {
        ProjectionSnapshot p;
        p.name = s.text(0);
        p.codeVersion = s.bytes(1);
        p.checkpoint = s.int64(2);
        p.checkpointTimeUs = s.int64(3);
        p.eventsPerSecond = s.int64(4);
        p.savedAtUs = s.int64(5);
        p.parkedCount = s.int64(6);
        out.append(p);
    }
    return out;
}

void SqliteEventStore::saveProjections(const QList<ProjectionSnapshot>& snapshots,
                                       const QList<ParkedEvent>& parked)
{
    ensureRewindTables();
    Transaction tx(*this, "BEGIN IMMEDIATE");
    SqliteStatement forget(m_db, "DELETE FROM rewind_parked_events WHERE projection = ?1");
    SqliteStatement save(m_db, "INSERT OR REPLACE INTO rewind_projections (name, code_version, checkpoint,"
                               " checkpoint_time_us, state, events_per_second, saved_at_us)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const ProjectionSnapshot& p : snapshots) {
        if (p.replaceParked) {
            forget.reset();
            forget.bind(1, p.name);
            forget.run();
        }
        save.reset();
        save.bind(1, p.name);
        save.bind(2, p.codeVersion);
        save.bind(3, p.checkpoint);
        save.bind(4, p.checkpointTimeUs);
        save.bindBlob(5, p.state);
        save.bind(6, p.eventsPerSecond);
        save.bind(7, p.savedAtUs);
        save.run();
    }
    SqliteStatement park(m_db, "INSERT OR REPLACE INTO rewind_parked_events (projection, global_position,"
                               " stream_name, type, reason, parked_at_us) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const ParkedEvent& e : parked) {
        park.reset();
        park.bind(1, e.projection);
        park.bind(2, e.globalPosition);
        park.bind(3, e.streamName);
        park.bind(4, e.type);
        park.bind(5, e.reason);
        park.bind(6, e.parkedAtUs);
        park.run();
    }
    tx.commit();
}

QList<ParkedEvent> SqliteEventStore::parkedEvents(const QString& projection, int limit)
{
    ensureRewindTables();
    SqliteStatement s(
        m_db, "SELECT global_position, stream_name, type, reason, parked_at_us FROM rewind_parked_events"
              " WHERE projection = ?1 ORDER BY global_position LIMIT ?2");
    s.bind(1, projection);
    s.bind(2, qint64(limit));
    QList<ParkedEvent> out;
    while (s.step())
        out.append(ParkedEvent{projection, s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4)});
    return out;
}

void SqliteEventStore::resolveParkedEvent(const QString& projection, qint64 globalPosition,
                                          const std::optional<ProjectionSnapshot>& newState)
{
    ensureRewindTables();
    Transaction tx(*this, "BEGIN IMMEDIATE");
    if (newState) {
        SqliteStatement save(m_db,
                             "UPDATE rewind_projections SET state = ?2, saved_at_us = ?3 WHERE name = ?1"
                             " AND code_version = ?4");
        save.bind(1, projection);
        save.bindBlob(2, newState->state);
        save.bind(3, newState->savedAtUs);
        save.bind(4, newState->codeVersion);
        save.run();
        if (sqlite3_changes(m_db) != 1)
            throw StoreError(
                StoreError::Kind::Conflict,
                QStringLiteral("%1: the saved state of %2 changed meanwhile (another code version or a "
                               "rebuild); nothing was changed")
                    .arg(displayAddress(), projection));
    }
    SqliteStatement forget(m_db,
                           "DELETE FROM rewind_parked_events WHERE projection = ?1 AND global_position = ?2");
    forget.bind(1, projection);
    forget.bind(2, globalPosition);
    forget.run();
    tx.commit();
}

bool SqliteEventStore::hasLagHistory()
{
    ensureRewindTables(); // an older file gets the table on first use
    return true;
}

void SqliteEventStore::appendLagSamples(const QList<LagSample>& samples)
{
    ensureRewindTables();
    Transaction tx(*this, "BEGIN IMMEDIATE");
    SqliteStatement s(m_db,
                      "INSERT INTO rewind_lag_samples (source, projection, time_us, checkpoint, lag_events,"
                      " lag_seconds, events_per_second) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const LagSample& sample : samples) {
        s.reset();
        s.bind(1, sample.source);
        s.bind(2, sample.projection);
        s.bind(3, sample.timeUs);
        s.bind(4, sample.checkpoint);
        s.bind(5, sample.lagEvents);
        s.bind(6, sample.lagSeconds);
        s.bind(7, sample.eventsPerSecond);
        s.run();
    }
    tx.commit();
}

QList<LagSample> SqliteEventStore::lagSamples(qint64 sinceUs)
{
    ensureRewindTables();
    SqliteStatement s(m_db,
                      "SELECT source, projection, time_us, checkpoint, lag_events, lag_seconds,"
                      " events_per_second FROM rewind_lag_samples WHERE time_us >= ?1 ORDER BY time_us");
    s.bind(1, sinceUs);
    QList<LagSample> out;
    while (s.step())
        out.append(LagSample{s.text(0), s.text(1), s.int64(2), s.int64(3), s.int64(4), s.real(5), s.real(6)});
    return out;
}

void SqliteEventStore::pruneLagSamples(qint64 beforeUs)
{
    ensureRewindTables();
    SqliteStatement s(m_db, "DELETE FROM rewind_lag_samples WHERE time_us < ?1");
    s.bind(1, beforeUs);
    s.run();
}

void SqliteEventStore::saveStreamSnapshots(const QList<StreamSnapshot>& snapshots)
{
    ensureRewindTables();
    Transaction tx(*this, "BEGIN IMMEDIATE");
    SqliteStatement s(m_db,
                      "INSERT OR REPLACE INTO rewind_stream_snapshots (stream_name, fold_version, position,"
                      " state) VALUES (?1, ?2, ?3, ?4)");
    for (const StreamSnapshot& snap : snapshots) {
        s.reset();
        s.bind(1, snap.streamName);
        s.bind(2, snap.foldVersion);
        s.bind(3, snap.position);
        s.bindBlob(4, snap.state);
        s.run();
    }
    tx.commit();
}

std::optional<StreamSnapshot> SqliteEventStore::loadStreamSnapshot(const QString& streamName,
                                                                   const QByteArray& foldVersion,
                                                                   qint64 atOrBefore)
{
    ensureRewindTables();
    SqliteStatement s(m_db, "SELECT position, state FROM rewind_stream_snapshots WHERE stream_name = ?1"
                            " AND fold_version = ?2 AND position <= ?3 ORDER BY position DESC LIMIT 1");
    s.bind(1, streamName);
    s.bind(2, foldVersion);
    s.bind(3, atOrBefore);
    if (!s.step())
        return std::nullopt;
    return StreamSnapshot{streamName, s.int64(0), foldVersion, s.bytes(1)};
}

// Through the index on the category expression (messages_category), written as the index has it.
CategoryHead SqliteEventStore::categoryHead(const QString& category)
{
    requireSchema();
    SqliteStatement s(m_db, "SELECT global_position, time FROM messages WHERE " REWIND_SQLITE_CATEGORY
                            " = ?1 ORDER BY global_position DESC LIMIT 1");
    s.bind(1, category);
    if (!s.step())
        return {};
    return {s.int64(0), EventTime::fromIso(s.view(1)).value_or(0)};
}

qint64 SqliteEventStore::countInCategory(const QString& category, qint64 afterGlobalPosition)
{
    requireSchema();
    SqliteStatement s(m_db, "SELECT count(*) FROM messages WHERE " REWIND_SQLITE_CATEGORY
                            " = ?1 AND global_position > ?2");
    s.bind(1, category);
    s.bind(2, afterGlobalPosition);
    s.step();
    return s.int64(0);
}

QList<CategoryInfo> SqliteEventStore::categories()
{
    requireSchema();
    SqliteStatement s(m_db, "SELECT " REWIND_SQLITE_CATEGORY " AS c, count(DISTINCT stream_name), count(*) "
                            "FROM messages GROUP BY c ORDER BY c");
    QList<CategoryInfo> out;
    while (s.step())
        out.append({s.text(0), s.int64(1), s.int64(2)});
    return out;
}

QList<StreamInfo> SqliteEventStore::streams(const QString& category, const QString& afterName, int limit)
{
    requireSchema();
    SqliteStatement s(m_db, "SELECT stream_name, count(*), max(position), max(global_position) FROM messages "
                            "WHERE " REWIND_SQLITE_CATEGORY " = ?1 AND stream_name > ?2 "
                            "GROUP BY stream_name ORDER BY stream_name LIMIT ?3");
    s.bind(1, category);
    s.bind(2, afterName);
    s.bind(3, qint64(limit));
    QList<StreamInfo> out;
    while (s.step())
        out.append({s.text(0), s.int64(1), s.int64(2), s.int64(3)});
    return out;
}

ImportResult SqliteEventStore::importEvents(EventSource& source, const ProgressFn& progress)
{
    statements();
    Transaction tx(*this, "BEGIN IMMEDIATE");
    // Into an empty store (the bulk-load case) every stream starts at -1: no lookups needed.
    const bool wasEmpty = headPosition() == 0;
    QHash<QString, qint64> versions; // stream -> current version, as this import advances it
    ImportResult result;
    const qint64 now = EventTime::nowUs();
    NewEvent e;
    qint64 done = 0;
    while (source.next(e)) {
        auto it = versions.find(e.streamName);
        if (it == versions.end())
            it = versions.insert(e.streamName, wasEmpty ? -1 : versionOf(e.streamName));
        const qint64 next = *it + 1;
        qint64 stored = -1;
        if (e.position >= 0 && e.position != next) {
            // An event already stored at that position with this id is an idempotent repeat.
            if (storedRepeat(e, &stored, &source) && stored == e.position) {
                ++result.duplicates;
                continue;
            }
            throw StoreError(StoreError::Kind::BadInput,
                             QStringLiteral("%1position: expected %2 for stream %3, got %4")
                                 .arg(where(&source))
                                 .arg(next)
                                 .arg(e.streamName)
                                 .arg(e.position));
        }
        if (insert(e, next, e.timeUs != NewEvent::StoreClock ? e.timeUs : now, &stored, &source)) {
            *it = next;
            ++result.written;
        } else {
            ++result.duplicates;
        }
        if (progress && (++done & 0x3fff) == 0)
            progress(done);
    }
    result.lastGlobalPosition = result.written ? sqlite3_last_insert_rowid(m_db) : 0;
    tx.commit();
    if (progress)
        progress(done);
    return result;
}

} // namespace Rewind
