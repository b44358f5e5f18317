#include "PostgresEventStore.h"

#include "EventJson.h"
#include "EventTime.h"
#include "LogFilter.h"
#include "PostgresConnection.h"
#include "PostgresHeadWatcher.h"
#include "PostgresPrimaryLink.h"
#include "StoreAddress.h"
#include "StoreError.h"
#include "TextInterner.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <thread>

namespace Rewind {

namespace {

using Format = PostgresConnection::Format;

// Column order every event query returns; rowToEvent reads it.
#define REWIND_EVENT_COLUMNS "global_position, position, time, stream_name, type, data, metadata, id"

// Message DB's writers serialise per category with this lock; Rewind's writers take the same one.
constexpr const char* LockCategorySql =
    "SELECT pg_advisory_xact_lock(message_store.hash_64(message_store.category($1)))";
constexpr const char* StreamVersionSql =
    "SELECT max(position) FROM message_store.messages WHERE stream_name = $1";
constexpr const char* InsertSql =
    "INSERT INTO message_store.messages (id, stream_name, position, type, data, metadata, time)"
    " VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, coalesce($7::timestamp, now() AT TIME ZONE 'utc'))"
    " ON CONFLICT (id) DO NOTHING RETURNING global_position";
constexpr const char* StoredByIdSql = "SELECT stream_name, type, data = $2::jsonb, position, global_position"
                                      " FROM message_store.messages WHERE id = $1";
constexpr const char* CurrentGlobalPositionSql =
    "SELECT currval(pg_get_serial_sequence('message_store.messages', 'global_position'))";

constexpr qint64 NoUpperBound = std::numeric_limits<qint64>::max();

RecordedEvent rowToEvent(const PgResult& r, int row, TextInterner& names)
{
    RecordedEvent e;
    e.globalPosition = r.int64(row, 0);
    e.position = r.int64(row, 1);
    e.timeUs = r.timestampUs(row, 2);
    int length = 0;
    const char* text = PQgetvalue(r.get(), row, 3);
    length = PQgetlength(r.get(), row, 3);
    e.streamName = names.intern(text, length);
    text = PQgetvalue(r.get(), row, 4);
    length = PQgetlength(r.get(), row, 4);
    e.type = names.intern(text, length);
    if (!r.isNull(row, 5))
        e.data = r.bytes(row, 5);
    if (!r.isNull(row, 6))
        e.metadata = r.bytes(row, 6);
    e.id = r.uuid(row, 7);
    return e;
}

void appendEvents(const PgResult& r, QList<RecordedEvent>& out, TextInterner& names)
{
    const int n = r.rows();
    out.reserve(out.size() + n);
    for (int i = 0; i < n; ++i)
        out.append(rowToEvent(r, i, names));
}

QString conflictMessage(const QString& stream, qint64 expected, qint64 actual)
{
    return QStringLiteral("Wrong expected version for stream %1: expected %2, actual %3")
        .arg(stream)
        .arg(expected)
        .arg(actual);
}

QString differentContentMessage(const QUuid& id, const QString& stream, qint64 position)
{
    return QStringLiteral("id %1: already stored with different content (stream %2, position %3)")
        .arg(id.toString(QUuid::WithoutBraces), stream)
        .arg(position);
}

QByteArray readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("%1 is missing from this build of Rewind").arg(path));
    return file.readAll();
}

// COPY's text format: tab-separated columns, \N for null, backslash escapes.
void appendCopyField(QByteArray& out, QByteArrayView value)
{
    const char* p = value.data();
    const char* end = p + value.size();
    const char* run = p;
    for (; p != end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\n' && c != '\r' && c != '\t')
            continue;
        out.append(run, p - run);
        out += '\\';
        out += c == '\\' ? '\\' : c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
        run = p + 1;
    }
    out.append(run, end - run);
}

// appendCopyField for text held as UTF-16: names are mostly ASCII, written without a temporary.
void appendCopyText(QByteArray& out, QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            appendCopyField(out, text.mid(i).toUtf8());
            return;
        }
        if (c == '\\' || c == '\n' || c == '\r' || c == '\t') {
            out += '\\';
            out += c == '\\' ? '\\' : c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
        } else {
            out += char(c);
        }
    }
}

void appendUuid(QByteArray& out, const QUuid& id)
{
    static const char hex[] = "0123456789abcdef";
    char text[36];
    const auto put = [&](int at, quint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value >>= 4)
            text[at + i] = hex[value & 15];
    };
    put(0, id.data1, 8);
    text[8] = '-';
    put(9, id.data2, 4);
    text[13] = '-';
    put(14, id.data3, 4);
    text[18] = '-';
    put(19, quint64(id.data4[0]) << 8 | id.data4[1], 4);
    text[23] = '-';
    quint64 node = 0;
    for (int i = 2; i < 8; ++i)
        node = node << 8 | id.data4[i];
    put(24, node, 12);
    out.append(text, 36);
}

} // namespace

struct PostgresEventStore::StoredEvent
{
    QString streamName;
    QString type;
    bool sameData = false;
    qint64 position = -1;
    qint64 globalPosition = 0;

    bool sameAs(const NewEvent& e) const { return sameData && streamName == e.streamName && type == e.type; }
};

struct PostgresEventStore::LogWindow
{
    qint64 count = 0; // positions seen
    qint64 end = 0;   // the last position seen, or `after` when none
    qint64 gap = 0;   // the first missing position, 0 when there is none below `end`
};

// ---------------------------------------------------------------------------------------------
// Connection, schema

PostgresEventStore::PostgresEventStore(const QString& conninfo)
    : m_connection(std::make_unique<PostgresConnection>(conninfo)),
      m_primaryLink(std::make_unique<PostgresPrimaryLink>(*m_connection))
{
    const StoreAddress address = StoreAddress::parse(conninfo);
    QString shown = address.backend() == StoreAddress::Backend::Postgres ? address.display() : QString();
    if (shown.isEmpty()) {
        // Everything came from the environment (PGHOST, service files): show what libpq used.
        PGconn* c = m_connection->handle();
        shown =
            QStringLiteral("host=%1 port=%2 dbname=%3")
                .arg(QString::fromUtf8(PQhost(c)), QString::fromUtf8(PQport(c)), QString::fromUtf8(PQdb(c)));
    }
    m_displayAddress =
        shown.startsWith(QLatin1String("postgres")) ? shown : QStringLiteral("postgresql:") + shown;
}

PostgresEventStore::~PostgresEventStore() = default;

QString PostgresEventStore::serverVersion()
{
    m_connection->ensureConnected();
    QString version = QStringLiteral("PostgreSQL ") + m_connection->serverVersion();
    if (hasSchema()) {
        const PgResult r =
            m_connection->tryExec("SELECT message_store.message_store_version()", {}, Format::Text);
        if (r.ok() && r.rows() == 1)
            version += QStringLiteral(", message store ") + r.text(0, 0);
    }
    return version;
}

QString PostgresEventStore::sessionUser()
{
    m_connection->ensureConnected();
    return m_connection->exec("SELECT current_user", QStringLiteral("asking for the session user"))
        .text(0, 0);
}

ConnectionSecurity PostgresEventStore::security()
{
    m_connection->ensureConnected();
    pg_conn* conn = m_connection->handle();
    ConnectionSecurity s;
    // A host name or address (not a socket directory) means the link crosses a network.
    const QString host = QString::fromUtf8(PQhost(conn));
    s.networked = !host.isEmpty() && !host.startsWith(QLatin1Char('/')) && !host.startsWith(QLatin1Char('@'));
    s.tls = PQsslInUse(conn) == 1;
    if (s.tls) {
        s.tlsProtocol = QString::fromUtf8(PQsslAttribute(conn, "protocol"));
        s.tlsCipher = QString::fromUtf8(PQsslAttribute(conn, "cipher"));
    }
    const PgResult r =
        m_connection->exec("SELECT current_setting('fsync'), current_setting('synchronous_commit')",
                           QStringLiteral("reading the server's durability settings"));
    s.fsyncOff = r.text(0, 0) == QLatin1String("off");
    s.synchronousCommitOff = r.text(0, 1) == QLatin1String("off");
    return s;
}

StoreAccess PostgresEventStore::access()
{
    StoreAccess a = roleAccess();
    // A hot standby refuses every write, whatever the role may do on the primary.
    a.isStandby = isStandby();
    if (a.isStandby) {
        a.canAppend = false;
        a.canWriteProjections = false;
    }
    return a;
}

StoreAccess PostgresEventStore::roleAccess()
{
    requireSchema();
    // current_user, not session_user: a session that did SET ROLE acts with that role's rights,
    // and that is what the database will check.
    const PgResult r = m_connection->exec(
        // A role without USAGE on schema rewind (an Eventide writer) cannot even look its tables up:
        // to_regclass would raise, so the schema's privilege is asked first.
        "WITH me AS (SELECT current_user AS name, EXISTS (SELECT 1 FROM pg_catalog.pg_namespace n"
        "   WHERE n.nspname = 'rewind' AND pg_catalog.has_schema_privilege(current_user, n.oid, 'USAGE'))"
        "   AS rewind_usable),"
        " member AS (SELECT r.rolname FROM pg_catalog.pg_roles r, me"
        "   WHERE r.rolname IN ('rewind_support', 'rewind_editor', 'rewind_developer')"
        "   AND pg_catalog.pg_has_role(me.name, r.oid, 'MEMBER'))"
        " SELECT me.name,"
        "  (SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = me.name),"
        "  (SELECT pg_catalog.pg_has_role(me.name, c.relowner, 'MEMBER') FROM pg_catalog.pg_class c"
        "    WHERE c.oid = 'message_store.messages'::regclass),"
        "  (SELECT relrowsecurity FROM pg_catalog.pg_class WHERE oid = 'message_store.messages'::regclass),"
        "  pg_catalog.has_table_privilege(me.name, 'message_store.messages', 'INSERT'),"
        "  CASE WHEN NOT me.rewind_usable OR to_regclass('rewind.projections') IS NULL THEN false"
        "   ELSE pg_catalog.has_table_privilege(me.name, 'rewind.projections', 'INSERT') END,"
        "  EXISTS (SELECT 1 FROM member WHERE rolname = 'rewind_support'),"
        "  EXISTS (SELECT 1 FROM member WHERE rolname = 'rewind_editor'),"
        "  EXISTS (SELECT 1 FROM member WHERE rolname = 'rewind_developer'),"
        "  me.rewind_usable AND to_regclass('rewind.editor_categories') IS NOT NULL"
        " FROM me",
        QStringLiteral("asking what the session's role may do"));
    StoreAccess a;
    a.roleName = r.text(0, 0);
    const bool super = r.boolean(0, 1);
    const bool owner = r.boolean(0, 2);
    const bool rowSecurity = r.boolean(0, 3);
    a.canAppend = r.boolean(0, 4);
    a.canWriteProjections = r.boolean(0, 5);
    const bool support = r.boolean(0, 6);
    const bool editor = r.boolean(0, 7);
    const bool developer = r.boolean(0, 8);
    const bool haveCategories = r.boolean(0, 9);
    if (super || owner) {
        a.role = StoreAccess::Role::Owner;
        a.canAppend = true;
        a.canWriteProjections = true;
        return a;
    }
    a.role = developer ? StoreAccess::Role::Developer
             : editor  ? StoreAccess::Role::Editor
             : support ? StoreAccess::Role::Support
                       : StoreAccess::Role::Other;
    if (a.canAppend && editor && rowSecurity && haveCategories) {
        const PgResult c = m_connection->exec("SELECT category FROM rewind.editor_categories ORDER BY 1",
                                              QStringLiteral("reading the editor categories"));
        for (int i = 0; i < c.rows(); ++i)
            a.appendCategories << c.text(i, 0);
        // No category listed: the restrictive policy lets an editor append nowhere.
        if (a.appendCategories.isEmpty())
            a.canAppend = false;
    }
    return a;
}

void PostgresEventStore::installRoles(const QStringList& editorCategories)
{
    requireSchema();
    PgTransaction tx(*m_connection);
    m_connection->exec("SELECT pg_advisory_xact_lock(hashtext('rewind:init'))",
                       QStringLiteral("creating roles"));
    m_connection->execScript(readResource(QStringLiteral(":/sql/rewind-roles.sql")),
                             QStringLiteral("creating Rewind's roles"));
    m_connection->exec("DELETE FROM rewind.editor_categories",
                       QStringLiteral("setting the editor categories"));
    for (const QString& category : editorCategories)
        m_connection->exec("INSERT INTO rewind.editor_categories (category) VALUES ($1)",
                           PgParams().add(category.toUtf8()), Format::Text,
                           QStringLiteral("setting the editor categories"));
    tx.commit();
}

bool PostgresEventStore::hasSchema()
{
    m_connection->ensureConnected();
    const PgResult r = m_connection->exec("SELECT to_regclass('message_store.messages') IS NOT NULL",
                                          QStringLiteral("looking for the message store"));
    return r.boolean(0, 0);
}

void PostgresEventStore::requireSchema()
{
    m_connection->ensureConnected();
    if (m_schemaChecked)
        return;
    if (!hasSchema())
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("%1: schema message_store is missing; run `rewind init` to create it")
                             .arg(m_displayAddress));
    m_schemaChecked = true;
}

InitResult PostgresEventStore::initialize()
{
    m_connection->ensureConnected();
    m_initNotes.clear();
    PgTransaction tx(*m_connection);
    // Two `rewind init` at once: the second waits here and then finds the layout in place.
    m_connection->exec("SELECT pg_advisory_xact_lock(hashtext('rewind:init'))",
                       QStringLiteral("initialising"));
    const PgResult r = m_connection->exec("SELECT to_regclass('message_store.messages') IS NOT NULL,"
                                          " to_regclass('rewind.lag_samples') IS NOT NULL",
                                          QStringLiteral("looking for the message store"));
    const bool haveMessages = r.boolean(0, 0);
    // The newest part of Rewind's schema (lag history): absent on a database an older Rewind
    // initialised, which then gets it.
    const bool haveRewind = r.boolean(0, 1);

    InitResult result = InitResult::AlreadyPresent;
    if (!haveMessages) {
        // Only when there is no message store at all: an existing one (Eventide's installer, an
        // older Rewind) is left exactly as it is, and rewind-schema.sql touches only schema rewind.
        m_connection->execScript(readResource(QStringLiteral(":/sql/message-store.sql")),
                                 QStringLiteral("creating the message store"));
        m_connection->execScript(readResource(QStringLiteral(":/sql/rewind-schema.sql")),
                                 QStringLiteral("creating Rewind's schema"));
        m_connection->exec(
            "INSERT INTO rewind.schema_info (key, value) VALUES ('message_store_created_by', $1)"
            " ON CONFLICT (key) DO NOTHING",
            PgParams().add(QByteArray("rewind " REWIND_VERSION)), Format::Text,
            QStringLiteral("creating Rewind's schema"));
        const PgResult role = m_connection->exec(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'message_store')",
            QStringLiteral("looking for the message_store role"));
        if (!role.boolean(0, 0))
            m_initNotes << QStringLiteral(
                "the login role message_store, which Message DB's installer makes, does not exist and "
                "this session may not create roles, so its grants were left out. A superuser can "
                "create it (CREATE ROLE message_store WITH LOGIN) and grant it, as Message DB's "
                "installer does, USAGE on schema message_store, SELECT and INSERT on its table, USAGE "
                "on its sequence and EXECUTE on its functions");
        result = InitResult::Created;
    } else if (!haveRewind) {
        m_connection->execScript(readResource(QStringLiteral(":/sql/rewind-schema.sql")),
                                 QStringLiteral("creating Rewind's schema"));
        result = InitResult::RewindAdded;
    }
    tx.commit();
    m_schemaChecked = true;
    return result;
}

bool PostgresEventStore::hasHeadTrigger()
{
    requireSchema();
    const PgResult r = m_connection->exec(
        "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgname = 'rewind_head_notify'"
        " AND tgrelid = 'message_store.messages'::regclass)",
        QStringLiteral("looking for the trigger rewind_head_notify"));
    return r.boolean(0, 0);
}

void PostgresEventStore::dropHeadTrigger()
{
    requireSchema();
    PgTransaction tx(*m_connection);
    m_connection->exec("DROP TRIGGER IF EXISTS rewind_head_notify ON message_store.messages",
                       QStringLiteral("removing the trigger rewind_head_notify"));
    m_connection->exec("DROP FUNCTION IF EXISTS rewind.notify_head()",
                       QStringLiteral("removing the function rewind.notify_head()"));
    tx.commit();
}

bool PostgresEventStore::hasRowSecurity()
{
    requireSchema();
    const PgResult r = m_connection->exec(
        "SELECT relrowsecurity FROM pg_catalog.pg_class WHERE oid = 'message_store.messages'::regclass",
        QStringLiteral("looking at message_store.messages"));
    return r.boolean(0, 0);
}

// ---------------------------------------------------------------------------------------------
// Appending

std::optional<PostgresEventStore::StoredEvent> PostgresEventStore::storedById(const NewEvent& e)
{
    const PgResult r = m_connection->execPrepared(
        "rewind_stored_by_id", StoredByIdSql, PgParams().add(e.id).add(e.data), Format::Binary,
        QStringLiteral("looking up event %1").arg(e.id.toString(QUuid::WithoutBraces)));
    if (r.rows() == 0)
        return std::nullopt;
    return StoredEvent{r.text(0, 0), r.text(0, 1), !r.isNull(0, 2) && r.boolean(0, 2), r.int64(0, 3),
                       r.int64(0, 4)};
}

bool PostgresEventStore::storedRepeat(const QString& streamName, const QList<NewEvent>& events,
                                      AppendResult& result)
{
    // A retried append whose first attempt committed: every event is stored, with the same content.
    if (events.isEmpty())
        return false;
    result = AppendResult{};
    for (const NewEvent& e : events) {
        const auto stored = storedById(e);
        if (!stored || !stored->sameAs(e) || stored->streamName != streamName)
            return false;
        if (result.firstPosition < 0)
            result.firstPosition = stored->position;
        result.lastPosition = stored->position;
        result.lastGlobalPosition = std::max(result.lastGlobalPosition, stored->globalPosition);
    }
    return true;
}

AppendResult PostgresEventStore::append(const QString& streamName, const QList<NewEvent>& input,
                                        ExpectedVersion expected)
{
    requireSchema();
    if (streamName.isEmpty())
        throw StoreError(StoreError::Kind::BadInput, QStringLiteral("stream_name: must not be empty"));
    QList<NewEvent> events = input;
    for (NewEvent& e : events) {
        if (e.streamName.isEmpty())
            e.streamName = streamName;
        if (e.streamName != streamName)
            throw StoreError(
                StoreError::Kind::BadInput,
                QStringLiteral("stream_name: %1 in a batch for stream %2").arg(e.streamName, streamName));
        if (e.type.isEmpty())
            throw StoreError(StoreError::Kind::BadInput, QStringLiteral("type: must not be empty"));
        if (!EventJson::isObject(e.data))
            throw StoreError(StoreError::Kind::BadInput, QStringLiteral("data: must be a JSON object"));
        if (!e.metadata.isEmpty() && !EventJson::isObject(e.metadata))
            throw StoreError(StoreError::Kind::BadInput,
                             QStringLiteral("metadata: must be a JSON object or null"));
        if (e.id.isNull())
            e.id = QUuid::createUuid();
    }
    if (events.size() == 1 && events.first().timeUs == NewEvent::StoreClock)
        return appendOne(events.first(), expected);
    return appendBatch(streamName, events, expected);
}

AppendResult PostgresEventStore::appendOne(const NewEvent& e, ExpectedVersion expected)
{
    // The common case, one round trip: Message DB's own write_message (lock, version check, insert),
    // plus the global position this session's insert took.
    // The sequence goes in as its OID ($7): a numeric regclass needs no catalog lookup per call.
    static constexpr const char* sql =
        "SELECT w, currval($7::regclass)"
        " FROM message_store.write_message($1, $2, $3, $4::jsonb, $5::jsonb, $6::bigint) AS w";
    if (m_sequenceOid.isEmpty()) {
        const PgResult r = m_connection->exec(
            "SELECT pg_get_serial_sequence('message_store.messages', 'global_position')::regclass::oid", {},
            Format::Text, QStringLiteral("looking up the global position sequence"));
        m_sequenceOid = r.bytes(0, 0);
    }
    PgParams params;
    params.add(e.id).add(e.streamName).add(e.type).add(e.data).addOrNull(e.metadata);
    if (expected)
        params.add(*expected);
    else
        params.addNull();
    params.add(m_sequenceOid);
    const PgResult r = m_connection->tryExecPrepared("rewind_write_message", sql, params, Format::Binary);
    if (r.ok()) {
        AppendResult result;
        result.firstPosition = result.lastPosition = r.int64(0, 0);
        result.lastGlobalPosition = r.int64(0, 1);
        result.written = 1;
        return result;
    }

    const QString what = QStringLiteral("appending to stream %1").arg(e.streamName);
    const QByteArray state = r.sqlState();
    if (state == "P0001" && r.primaryMessage().startsWith(QLatin1String("Wrong expected version"))) {
        AppendResult repeat;
        if (storedRepeat(e.streamName, {e}, repeat))
            return repeat;
        static const QRegularExpression versionText(QStringLiteral(R"(Stream Version: (-?\d+)\)\s*$)"));
        const auto m = versionText.match(r.primaryMessage());
        const qint64 actual = m.hasMatch() ? m.captured(1).toLongLong() : streamVersion(e.streamName);
        throw StoreError(StoreError::Kind::Conflict,
                         conflictMessage(e.streamName, expected.value_or(-1), actual));
    }
    if (state == "23505" && r.constraintName() == QLatin1String("messages_id")) {
        const auto stored = storedById(e);
        if (stored && stored->sameAs(e)) {
            AppendResult repeat;
            repeat.firstPosition = repeat.lastPosition = stored->position;
            repeat.lastGlobalPosition = stored->globalPosition;
            return repeat;
        }
        if (stored)
            throw StoreError(StoreError::Kind::BadInput,
                             differentContentMessage(e.id, stored->streamName, stored->position));
    }
    m_connection->raise(r, what);
}

AppendResult PostgresEventStore::appendBatch(const QString& streamName, const QList<NewEvent>& events,
                                             ExpectedVersion expected)
{
    const QString what = QStringLiteral("appending to stream %1").arg(streamName);
    PgTransaction tx(*m_connection);
    m_connection->execPrepared("rewind_lock_category", LockCategorySql, PgParams().add(streamName),
                               Format::Text, what);
    // A statement of its own, after the lock: its snapshot sees every earlier writer's commit.
    const PgResult v = m_connection->execPrepared("rewind_stream_version", StreamVersionSql,
                                                  PgParams().add(streamName), Format::Binary, what);
    const qint64 version = v.isNull(0, 0) ? -1 : v.int64(0, 0);
    if (expected && *expected != version) {
        AppendResult repeat;
        if (storedRepeat(streamName, events, repeat))
            return repeat;
        throw StoreError(StoreError::Kind::Conflict, conflictMessage(streamName, *expected, version));
    }

    AppendResult result;
    qint64 next = version + 1;
    for (const NewEvent& e : events) {
        PgParams params;
        params.add(e.id).add(e.streamName).add(next).add(e.type).add(e.data).addOrNull(e.metadata);
        if (e.timeUs != NewEvent::StoreClock)
            params.add(EventTime::toSqlTimestamp(e.timeUs));
        else
            params.addNull();
        // ON CONFLICT keeps the transaction alive when the id is stored already; we then decide
        // between an idempotent repeat and a clash.
        const PgResult r =
            m_connection->execPrepared("rewind_insert", InsertSql, params, Format::Binary, what);
        qint64 position;
        if (r.rows() == 1) {
            position = next++;
            result.lastGlobalPosition = std::max(result.lastGlobalPosition, r.int64(0, 0));
            ++result.written;
        } else {
            const auto stored = storedById(e);
            if (!stored)
                throw StoreError(
                    StoreError::Kind::Database,
                    QStringLiteral("%1: id %2 clashed but cannot be found").arg(what, e.id.toString()));
            if (!stored->sameAs(e))
                throw StoreError(StoreError::Kind::BadInput,
                                 differentContentMessage(e.id, stored->streamName, stored->position));
            position = stored->position;
            result.lastGlobalPosition = std::max(result.lastGlobalPosition, stored->globalPosition);
        }
        if (result.firstPosition < 0)
            result.firstPosition = position;
        result.lastPosition = position;
    }
    if (events.isEmpty())
        result.lastPosition = version;
    tx.commit();
    return result;
}

// ---------------------------------------------------------------------------------------------
// Reading

QList<RecordedEvent> PostgresEventStore::readStream(const QString& streamName, qint64 fromPosition, int limit)
{
    requireSchema();
    PgCancellableScope cancellable(*m_connection);
    QList<RecordedEvent> out;
    if (limit <= 0)
        return out;
    const PgResult r =
        m_connection->execPrepared("rewind_read_stream",
                                   "SELECT " REWIND_EVENT_COLUMNS " FROM message_store.messages"
                                   " WHERE stream_name = $1 AND position >= $2 ORDER BY position LIMIT $3",
                                   PgParams().add(streamName).add(fromPosition).add(limit), Format::Binary,
                                   QStringLiteral("reading stream %1").arg(streamName));
    appendEvents(r, out, m_names);
    return out;
}

qint64 PostgresEventStore::streamVersion(const QString& streamName)
{
    requireSchema();
    const PgResult r =
        m_connection->execPrepared("rewind_stream_version", StreamVersionSql, PgParams().add(streamName),
                                   Format::Binary, QStringLiteral("reading stream %1").arg(streamName));
    return r.isNull(0, 0) ? -1 : r.int64(0, 0);
}

qint64 PostgresEventStore::head()
{
    const PgResult r = m_connection->execPrepared(
        "rewind_head", "SELECT coalesce(max(global_position), 0) FROM message_store.messages", {},
        Format::Binary, QStringLiteral("reading the head position"));
    return r.int64(0, 0);
}

qint64 PostgresEventStore::headPosition()
{
    requireSchema();
    return head();
}

QList<CategoryInfo> PostgresEventStore::categories()
{
    requireSchema();
    PgCancellableScope cancellable(*m_connection);
    const PgResult r =
        m_connection->exec("SELECT c, streams, events FROM (SELECT message_store.category(stream_name) AS c,"
                           " count(DISTINCT stream_name) AS streams, count(*) AS events FROM "
                           "message_store.messages GROUP BY 1) AS t"
                           " ORDER BY c COLLATE \"C\"",
                           {}, Format::Binary, QStringLiteral("listing categories"));
    QList<CategoryInfo> out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        out.append({r.text(i, 0), r.int64(i, 1), r.int64(i, 2)});
    return out;
}

QList<StreamInfo> PostgresEventStore::streams(const QString& category, const QString& afterName, int limit)
{
    requireSchema();
    PgCancellableScope cancellable(*m_connection);
    QList<StreamInfo> out;
    if (limit <= 0)
        return out;
    // Byte order (COLLATE "C"), as SQLite sorts, so that paging works the same on both stores.
    const PgResult r = m_connection->exec(
        "SELECT stream_name, count(*), max(position), max(global_position) FROM message_store.messages"
        " WHERE message_store.category(stream_name) = $1 AND stream_name COLLATE \"C\" > $2"
        " GROUP BY stream_name ORDER BY stream_name COLLATE \"C\" LIMIT $3",
        PgParams().add(category).add(afterName).add(limit), Format::Binary,
        QStringLiteral("listing the streams of %1").arg(category));
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        out.append({r.text(i, 0), r.int64(i, 1), r.int64(i, 2), r.int64(i, 3)});
    return out;
}

// A category's head and count, for an Eventide consumer's lag. The expression must be written as
// Message DB's `messages_category` index has it, for PostgreSQL to use that index.
CategoryHead PostgresEventStore::categoryHead(const QString& category)
{
    requireSchema();
    const PgResult r = m_connection->execPrepared(
        "rewind_category_head",
        "SELECT global_position, time FROM message_store.messages"
        " WHERE message_store.category(stream_name) = $1 ORDER BY global_position DESC LIMIT 1",
        PgParams().add(category), Format::Binary, QStringLiteral("reading the head of %1").arg(category));
    if (r.rows() == 0)
        return {};
    return {r.int64(0, 0), r.timestampUs(0, 1)};
}

qint64 PostgresEventStore::countInCategory(const QString& category, qint64 afterGlobalPosition)
{
    requireSchema();
    PgCancellableScope cancellable(*m_connection);
    const PgResult r =
        m_connection->execPrepared("rewind_count_in_category",
                                   "SELECT count(*) FROM message_store.messages"
                                   " WHERE message_store.category(stream_name) = $1 AND global_position > $2",
                                   PgParams().add(category).add(afterGlobalPosition), Format::Binary,
                                   QStringLiteral("counting the events of %1").arg(category));
    return r.int64(0, 0);
}

// Reading in global order, gap-safe.
//
// global_position comes from a sequence, taken when a row is inserted, but rows become visible when
// their transaction commits: a writer in category A can take position g, a writer in category B
// g+1, and B can commit first. A reader that returned g+1 and continued after it would never see g.
// So a read only claims positions up to a `safePosition` below which nothing can still appear.
//
// 1. In one REPEATABLE READ READ ONLY snapshot, look at the next positions after the caller's
//    (unfiltered, on the primary key) and find the first missing one: the gap. Below the gap every
//    position is present, hence final.
// 2. A missing position is either a permanent hole (its transaction rolled back) or belongs to a
//    transaction still running, or to one that committed after our snapshot was taken. Every
//    transaction that took a sequence value for this table holds RowExclusiveLock on it until it
//    ends, because INSERT and COPY lock the table before they evaluate nextval. So we list the
//    other transactions holding a write lock on messages (pg_locks), and wait, polling their
//    virtual transaction ids, until they have all ended. Positions at or below the window's end
//    were taken before our snapshot, so their transactions were running (and listed) or had ended
//    by the time we looked. A transaction that ended is visible to any snapshot taken after its
//    locks are gone, so a fresh snapshot then shows every such position that will ever exist, and
//    whatever is still missing is a permanent hole. The fresh snapshot is needed even when nobody
//    holds a lock: the writer may have committed between our snapshot and the pg_locks query.
// 3. If the writers do not finish within maxGapWaitMs, only what lies below the gap is returned.
// 4. A hot standby's pg_locks shows only its own sessions, so there step 2 asks the primary
//    (PostgresPrimaryLink): wait for its writers, then until the standby has replayed what the
//    primary had written by then, then read again. A standby that cannot reach its primary returns
//    what lies below the gap and refuses (StoreError Unreachable) when nothing does: it never skips.
//
// Filters (category, types) apply to the events read, never to the gap search: a gap in another
// category can hide an event of ours. Known limit: a writer that takes nextval() in one statement
// and inserts in another is not covered.
LogBatch PostgresEventStore::readLog(const LogQuery& query)
{
    requireSchema();
    LogFilter::validate(query);
    LogBatch batch;
    batch.safePosition = query.afterGlobalPosition;
    if (query.limit <= 0)
        return batch;
    PgCancellableScope cancellable(*m_connection);
    if (query.hasFilter()) {
        batch.events.reserve(std::min(query.limit, 100000));
        const LogScan scan = scanFiltered(query, Columns::All, [&](const PgResult& r, int row) {
            batch.events.append(rowToEvent(r, row, m_names));
            return true;
        });
        batch.safePosition = scan.safePosition;
        batch.atHead = scan.atHead;
        return batch;
    }

    const qint64 after = query.afterGlobalPosition;
    const int limit = query.limit;
    PgTransaction tx(*m_connection, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Unfiltered, the events are the window: one query in the common case.
    QList<RecordedEvent> events = fetchLog(query, after, NoUpperBound, limit);
    LogWindow window;
    window.count = events.size();
    window.end = events.isEmpty() ? after : events.last().globalPosition;
    qint64 expect = after + 1;
    for (const RecordedEvent& e : events) {
        if (e.globalPosition != expect) {
            window.gap = expect;
            break;
        }
        expect = e.globalPosition + 1;
    }

    qint64 bound = window.end;
    if (window.gap > 0) {
        while (!events.isEmpty() && events.last().globalPosition >= window.gap)
            events.removeLast();
        if (waitForWriters(tx, query.maxGapWaitMs, after, window.gap)) {
            tx.restart(); // a snapshot taken after every writer below the window's end has finished
            events += fetchLog(query, window.gap - 1, window.end, limit - int(events.size()));
        } else {
            bound = window.gap - 1;
        }
    }

    batch.safePosition = events.size() >= limit ? events.last().globalPosition : bound;
    const bool windowAtHead = window.gap == 0 && window.count < limit;
    const qint64 headSeen = windowAtHead ? window.end : head();
    batch.atHead = batch.safePosition >= headSeen;
    batch.events = std::move(events);
    tx.commit();
    return batch;
}

// A filtered read: windows of consecutive positions are checked for gaps on the primary key alone
// (index-only), and the filter runs inside each window. Matches of a filter may be sparse, so the
// windows grow and several are read in one call, until the page is full, the head is reached or a
// time budget is spent: a page of a common type costs a few round trips, and a rare one returns
// what it found with safePosition where it stopped, for the caller to go on from there.
LogScan PostgresEventStore::scanFiltered(const LogQuery& query, Columns columns, const RowVisitor& visit)
{
    constexpr int MaxWindow = 1 << 20;
    constexpr int BudgetMs = 300;
    LogScan scan;
    scan.safePosition = query.afterGlobalPosition;
    if (query.limit <= 0)
        return scan;
    const qint64 limit = query.limit;
    int windowSize = int(std::clamp<qint64>(limit * 4, 16384, MaxWindow));
    QDeadlineTimer budget(BudgetMs);

    PgTransaction tx(*m_connection, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    qint64 lastVisited = 0;
    // Visits the matches in (after, upTo]; false when the visitor stopped or the page is full.
    const auto fetch = [&](qint64 after, qint64 upTo) {
        fetchSlices(query, columns, after, upTo, int(limit - scan.visited), [&](const PgResult& r) {
            for (int i = 0; i < r.rows(); ++i) {
                lastVisited = r.int64(i, 0);
                ++scan.visited;
                if (!visit(r, i)) {
                    scan.stopped = true;
                    return false;
                }
            }
            return true;
        });
        return !scan.stopped && scan.visited < limit;
    };

    qint64 from = query.afterGlobalPosition;
    qint64 headSeen = -1; // known without asking when a window reached the head
    for (;;) {
        const LogWindow window = scanWindow(from, windowSize);
        const qint64 clean = window.gap ? window.gap - 1 : window.end;
        if (!fetch(from, clean)) {
            scan.safePosition = lastVisited;
            break;
        }
        if (window.gap) {
            scan.safePosition = window.gap - 1;
            if (waitForWriters(tx, query.maxGapWaitMs, query.afterGlobalPosition, window.gap)) {
                // A snapshot taken after every writer below the window's end has finished: what
                // is still missing there is a permanent hole.
                tx.restart();
                scan.safePosition = fetch(window.gap - 1, window.end) ? window.end : lastVisited;
            }
            break;
        }
        scan.safePosition = window.end;
        if (window.count < windowSize) {
            headSeen = window.end;
            break;
        }
        if (budget.hasExpired())
            break;
        from = window.end;
        windowSize = std::min(windowSize * 2, MaxWindow);
    }
    scan.atHead = scan.safePosition >= (headSeen >= 0 ? headSeen : head());
    tx.commit();
    return scan;
}

PostgresEventStore::LogWindow PostgresEventStore::scanWindow(qint64 after, int size)
{
    // Only the primary key is read; the server reports the count, the end and the first gap.
    const PgResult r = m_connection->execPrepared(
        "rewind_log_window",
        "SELECT count(*), coalesce(max(gp), $1::bigint), coalesce(min($1::bigint + n) FILTER (WHERE gp <> "
        "$1::bigint + n), 0)"
        " FROM (SELECT global_position AS gp, row_number() OVER (ORDER BY global_position) AS n"
        " FROM message_store.messages WHERE global_position > $1::bigint ORDER BY global_position LIMIT $2) "
        "AS w",
        PgParams().add(after).add(size), Format::Binary, QStringLiteral("reading the log"));
    return LogWindow{r.int64(0, 0), r.int64(0, 1), r.int64(0, 2)};
}

void PostgresEventStore::fetchSlices(const LogQuery& query, Columns columns, qint64 after, qint64 upTo,
                                     int limit, const std::function<bool(const PgResult&)>& slice)
{
    if (limit <= 0 || upTo <= after)
        return;
    // One prepared statement per combination of filters present (never per value: every value is
    // a parameter). $1 after, $2 up to, $3 the slice's size, then the filters' values. Folds that
    // never read metadata get a null in its place: it is half of a typical row on the wire.
    static constexpr const char* columnSql[] = {
        REWIND_EVENT_COLUMNS,
        "global_position, position, time, stream_name, type, data, NULL::jsonb, id",
        "global_position",
    };
    QByteArray sql = QByteArray("SELECT ") + columnSql[int(columns)] +
                     " FROM message_store.messages WHERE global_position > $1 AND global_position <= $2";
    QList<QByteArray> values;
    int mask = 0;
    const auto filter = [&](int bit, const char* condition, const QByteArray& value) {
        values.append(value);
        mask |= 1 << bit;
        sql += QByteArray(" AND ") + condition + "$" + QByteArray::number(3 + values.size());
        if (bit == 3)
            sql += "::text[])";
        else if (bit == 4 || bit == 5)
            sql += "::timestamp";
        else if (bit >= 6)
            sql += "::jsonb";
    };
    if (!query.category.isEmpty())
        filter(0, "message_store.category(stream_name) = ", query.category.toUtf8());
    if (!query.streamName.isEmpty())
        filter(1, "stream_name = ", query.streamName.toUtf8());
    if (!query.streamPrefix.isEmpty()) {
        // Taken literally: starts_with() knows no wildcards, unlike LIKE.
        values.append(query.streamPrefix.toUtf8());
        mask |= 1 << 2;
        sql += " AND starts_with(stream_name, $" + QByteArray::number(3 + values.size()) + "::text)";
    }
    if (!query.types.isEmpty()) {
        PgArray array;
        for (const QString& t : query.types)
            array.append(t);
        filter(3, "type = ANY(", array.text());
    }
    if (query.fromTimeUs != LogQuery::NoTimeBound)
        filter(4, "time >= ", EventTime::toSqlTimestamp(LogFilter::clampTimeUs(query.fromTimeUs)));
    if (query.toTimeUs != LogQuery::NoTimeBound)
        filter(5, "time <= ", EventTime::toSqlTimestamp(LogFilter::clampTimeUs(query.toTimeUs)));
    if (!query.dataContains.isEmpty())
        filter(6, "data @> ", query.dataContains);
    if (!query.metadataContains.isEmpty())
        filter(7, "metadata @> ", query.metadataContains);
    sql += " ORDER BY global_position LIMIT $3";
    const QByteArray name = "rewind_log_" + QByteArray::number(int(columns)) + "_" + QByteArray::number(mask);

    // The page is fetched in slices, each asked for before the previous one is converted, so the
    // server produces the next slice while the client turns this one into events: request and
    // reply one page at a time left each side idle half of the time.
    const QString what = QStringLiteral("reading the log");
    constexpr int Slice = 2000;
    const int sliceSize = columns == Columns::Positions ? Slice * 25 : Slice;
    const auto send = [&](qint64 from, int count) {
        PgParams params;
        params.add(from).add(upTo).add(count);
        for (const QByteArray& v : std::as_const(values))
            params.add(v);
        m_connection->sendPrepared(name.constData(), sql.constData(), params, Format::Binary, what);
    };
    int requested = std::min(sliceSize, limit);
    int remaining = limit - requested;
    send(after, requested);
    for (;;) {
        const PgResult r = m_connection->receive(what);
        const int rows = r.rows();
        const bool more = rows == requested && remaining > 0;
        if (more) {
            requested = std::min(sliceSize, remaining);
            remaining -= requested;
            send(r.int64(rows - 1, 0), requested);
        }
        if (!slice(r)) {
            if (more)
                m_connection->receive(what); // the slice already asked for; its rows go unused
            break;
        }
        if (!more)
            break;
    }
}

QList<RecordedEvent> PostgresEventStore::fetchLog(const LogQuery& query, qint64 after, qint64 upTo, int limit)
{
    QList<RecordedEvent> out;
    if (limit > 0)
        out.reserve(std::min(limit, 100000));
    fetchSlices(query, Columns::All, after, upTo, limit, [&](const PgResult& r) {
        appendEvents(r, out, m_names);
        return true;
    });
    return out;
}

namespace {

// A row of the log query as views into the result. jsonb arrives in binary form, which is its
// text after a version byte; the folds read that text as it is, with jsonb's spacing.
EventView rowView(const PgResult& r, int row, bool positionOnly)
{
    EventView v;
    v.globalPosition = r.int64(row, 0);
    if (positionOnly)
        return v;
    const auto field = [&](int column) {
        return QByteArrayView(PQgetvalue(r.get(), row, column), PQgetlength(r.get(), row, column));
    };
    const auto json = [&](int column) {
        if (r.isNull(row, column))
            return QByteArrayView();
        const QByteArrayView raw = field(column);
        return raw.isEmpty() ? raw : raw.sliced(1);
    };
    v.position = r.int64(row, 1);
    v.timeUs = r.timestampUs(row, 2);
    v.streamName = field(3);
    v.type = field(4);
    v.data = json(5);
    v.metadata = json(6);
    return v;
}

} // namespace

// The gap-safety of readLog(), streamed: rows are visited while they are contiguous from the
// caller's position. At the first gap the scan waits for the writers that could still fill it and
// then, in a fresh snapshot, visits what lies between the gap and the end of what the first
// snapshot showed. Filtered scans go through scanFiltered(), whose windows suit sparse matches.
LogScan PostgresEventStore::scanLog(const LogQuery& query, const EventVisitor& visit)
{
    requireSchema();
    LogFilter::validate(query);
    const Columns columns = query.positionsOnly  ? Columns::Positions
                            : query.withMetadata ? Columns::All
                                                 : Columns::NoMetadata;
    const bool positionOnly = columns == Columns::Positions;
    PgCancellableScope cancellable(*m_connection);
    if (query.hasFilter())
        return scanFiltered(query, columns,
                            [&](const PgResult& r, int row) { return visit(rowView(r, row, positionOnly)); });
    LogScan scan;
    scan.safePosition = query.afterGlobalPosition;
    if (query.limit <= 0)
        return scan;

    PgTransaction tx(*m_connection, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    qint64 expect = query.afterGlobalPosition + 1;
    qint64 gap = 0;
    qint64 seenEnd = query.afterGlobalPosition; // the highest position the first snapshot showed
    qint64 rowsSeen = 0;
    fetchSlices(query, columns, query.afterGlobalPosition, NoUpperBound, query.limit, [&](const PgResult& r) {
        const int rows = r.rows();
        rowsSeen += rows;
        if (rows > 0)
            seenEnd = r.int64(rows - 1, 0);
        for (int i = 0; i < rows; ++i) {
            const EventView v = rowView(r, i, positionOnly);
            if (v.globalPosition != expect) {
                gap = expect;
                return false;
            }
            expect = v.globalPosition + 1;
            ++scan.visited;
            if (!visit(v)) {
                scan.stopped = true;
                return false;
            }
        }
        return true;
    });
    if (scan.stopped) {
        scan.safePosition = expect - 1;
        tx.commit();
        return scan;
    }
    if (gap) {
        scan.safePosition = gap - 1;
        if (waitForWriters(tx, query.maxGapWaitMs, query.afterGlobalPosition, gap)) {
            tx.restart();
            qint64 last = gap - 1;
            const int left = query.limit - int(scan.visited);
            fetchSlices(query, columns, gap - 1, seenEnd, left, [&](const PgResult& r) {
                for (int i = 0; i < r.rows(); ++i) {
                    const EventView v = rowView(r, i, positionOnly);
                    last = v.globalPosition;
                    ++scan.visited;
                    if (!visit(v)) {
                        scan.stopped = true;
                        return false;
                    }
                }
                return true;
            });
            // Up to seenEnd every writer has finished, so whatever is still missing there is a hole.
            scan.safePosition = (scan.stopped || scan.visited >= query.limit) ? last : seenEnd;
        }
        scan.atHead = scan.safePosition >= head();
    } else {
        scan.safePosition = expect - 1;
        scan.atHead = rowsSeen < query.limit || scan.safePosition >= head();
    }
    tx.commit();
    return scan;
}

std::optional<RecordedEvent> PostgresEventStore::readEvent(const QUuid& id)
{
    requireSchema();
    PgCancellableScope cancellable(*m_connection);
    const PgResult r = m_connection->execPrepared(
        "rewind_read_event", "SELECT " REWIND_EVENT_COLUMNS " FROM message_store.messages WHERE id = $1",
        PgParams().add(id), Format::Binary,
        QStringLiteral("reading event %1").arg(id.toString(QUuid::WithoutBraces)));
    if (r.rows() == 0)
        return std::nullopt;
    return rowToEvent(r, 0, m_names);
}

void PostgresEventStore::interrupt()
{
    m_connection->cancel();
}

std::unique_ptr<HeadWatcher> PostgresEventStore::watchHead()
{
    requireSchema();
    return std::make_unique<PostgresHeadWatcher>(m_connection->duplicate());
}

bool PostgresEventStore::isStandby()
{
    m_connection->ensureConnected();
    return m_primaryLink->sessionIsStandby();
}

qint64 PostgresEventStore::gapsSettledOnPrimary() const
{
    return m_primaryLink->primaryWaits();
}

bool PostgresEventStore::waitForWriters(PgTransaction& tx, int maxWaitMs, qint64 after, qint64 gap)
{
    // On a standby, replay may have to remove row versions the read's snapshot can still see, and
    // would then wait for the snapshot while the snapshot waits for replay: it ends first. The
    // callers go on in a fresh one either way.
    const bool standby = m_primaryLink->sessionIsStandby();
    if (standby)
        tx.commit();
    const PostgresPrimaryLink::Outcome outcome = m_primaryLink->waitForWriters(maxWaitMs);
    if (standby)
        tx.begin();
    switch (outcome) {
    case PostgresPrimaryLink::Outcome::Settled:
        return true;
    case PostgresPrimaryLink::Outcome::TimedOut:
        return false;
    case PostgresPrimaryLink::Outcome::NoPrimary:
        break;
    }
    // What lies below the gap is final on a standby too; the caller's next read meets the gap
    // first thing and is refused then.
    if (gap - 1 > after)
        return false;
    throw StoreError(
        StoreError::Kind::Unreachable,
        QStringLiteral("%1 is a hot standby and position %2 is missing: only the primary can tell "
                       "an event still being written from a rolled-back hole (%3). Name the "
                       "primary too (host=primary,standby target_session_attrs=prefer-standby) "
                       "or read from the primary.")
            .arg(m_displayAddress)
            .arg(gap)
            .arg(m_primaryLink->noPrimaryReason()));
}

// ---------------------------------------------------------------------------------------------
// Projection snapshots

void PostgresEventStore::requireRewindTables()
{
    requireSchema();
    if (m_rewindTablesChecked)
        return;
    const QString what = QStringLiteral("looking for Rewind's tables");
    // A role without USAGE on schema rewind is refused even this look (42501).
    const PgResult r =
        m_connection->tryExec("SELECT to_regclass('rewind.stream_snapshots') IS NOT NULL", {}, Format::Text);
    if (!r.ok())
        throw rewindTablesError(r, what);
    if (!r.boolean(0, 0))
        throw StoreError(
            StoreError::Kind::Unreachable,
            QStringLiteral("%1: Rewind's projection tables are missing (schema rewind); run `rewind "
                           "init` to add them")
                .arg(m_displayAddress),
            StoreError::Subject::RewindTables);
    m_rewindTablesChecked = true;
}

// A refusal by the database on Rewind's own tables is marked as such, so that a reader for which
// they are optional (snapshots) can tell it from a refusal on the message store.
StoreError PostgresEventStore::rewindTablesError(const PgResult& result, const QString& what) const
{
    const StoreError error = m_connection->error(result, what);
    if (result.sqlState() != "42501")
        return error;
    return StoreError(error.kind(), error.message(), StoreError::Subject::RewindTables);
}

namespace {

ProjectionSnapshot snapshotFromRow(const PgResult& r, int row, bool withState)
{
    ProjectionSnapshot p;
    p.name = r.text(row, 0);
    p.codeVersion = r.bytes(row, 1);
    p.checkpoint = r.int64(row, 2);
    p.checkpointTimeUs = r.int64(row, 3);
    p.eventsPerSecond = r.int64(row, 4);
    p.savedAtUs = r.int64(row, 5);
    p.parkedCount = r.int64(row, 6);
    if (withState)
        p.state = r.bytes(row, 7);
    return p;
}

#define REWIND_SNAPSHOT_COLUMNS                                                                              \
    "name, code_version, checkpoint, checkpoint_time_us, events_per_second, saved_at_us,"                    \
    " (SELECT count(*) FROM rewind.parked_events e WHERE e.projection = p.name)"

} // namespace

std::optional<ProjectionSnapshot> PostgresEventStore::loadProjection(const QString& name)
{
    requireRewindTables();
    const PgResult r = m_connection->tryExecPrepared("rewind_load_projection",
                                                     "SELECT " REWIND_SNAPSHOT_COLUMNS
                                                     ", state FROM rewind.projections p WHERE name = $1",
                                                     PgParams().add(name), Format::Binary);
    if (!r.ok())
        throw rewindTablesError(r, QStringLiteral("loading projection %1").arg(name));
    if (r.rows() == 0)
        return std::nullopt;
    return snapshotFromRow(r, 0, true);
}

QList<ProjectionSnapshot> PostgresEventStore::projectionSnapshots()
{
    requireRewindTables();
    const PgResult r = m_connection->execPrepared("rewind_list_projections",
                                                  "SELECT " REWIND_SNAPSHOT_COLUMNS
                                                  " FROM rewind.projections p ORDER BY name",
                                                  {}, Format::Binary, QStringLiteral("listing projections"));
    QList<ProjectionSnapshot> out;
    for (int i = 0; i < r.rows(); ++i)
        out.append(snapshotFromRow(r, i, false));
    return out;
}

void PostgresEventStore::saveProjections(const QList<ProjectionSnapshot>& snapshots,
                                         const QList<ParkedEvent>& parked)
{
    requireRewindTables();
    PgTransaction tx(*m_connection);
    const QString what = QStringLiteral("saving projections");
    for (const ProjectionSnapshot& p : snapshots) {
        if (p.replaceParked)
            m_connection->execPrepared("rewind_forget_parked",
                                       "DELETE FROM rewind.parked_events WHERE projection = $1",
                                       PgParams().add(p.name), Format::Binary, what);
        m_connection->execPrepared(
            "rewind_save_projection",
            "INSERT INTO rewind.projections (name, code_version, checkpoint, checkpoint_time_us, state,"
            " events_per_second, saved_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7)"
            " ON CONFLICT (name) DO UPDATE SET code_version = excluded.code_version,"
            " checkpoint = excluded.checkpoint, checkpoint_time_us = excluded.checkpoint_time_us,"
            " state = excluded.state, events_per_second = excluded.events_per_second,"
            " saved_at_us = excluded.saved_at_us",
            PgParams()
                .add(p.name)
                .add(p.codeVersion)
                .add(p.checkpoint)
                .add(p.checkpointTimeUs)
                .addBinary(p.state)
                .add(p.eventsPerSecond)
                .add(p.savedAtUs),
            Format::Binary, what);
    }
    for (const ParkedEvent& e : parked)
        m_connection->execPrepared(
            "rewind_park_event",
            "INSERT INTO rewind.parked_events (projection, global_position, stream_name, type, reason,"
            " parked_at_us) VALUES ($1, $2, $3, $4, $5, $6)"
            " ON CONFLICT (projection, global_position) DO UPDATE SET reason = excluded.reason,"
            " parked_at_us = excluded.parked_at_us",
            PgParams()
                .add(e.projection)
                .add(e.globalPosition)
                .add(e.streamName)
                .add(e.type)
                .add(e.reason)
                .add(e.parkedAtUs),
            Format::Binary, what);
    tx.commit();
}

void PostgresEventStore::saveStreamSnapshots(const QList<StreamSnapshot>& snapshots)
{
    requireRewindTables();
    PgTransaction tx(*m_connection);
    for (const StreamSnapshot& s : snapshots)
        m_connection->execPrepared(
            "rewind_save_stream_snapshot",
            "INSERT INTO rewind.stream_snapshots (stream_name, fold_version, position, state)"
            " VALUES ($1, $2, $3, $4) ON CONFLICT (stream_name, fold_version, position)"
            " DO UPDATE SET state = excluded.state",
            PgParams().add(s.streamName).add(s.foldVersion).add(s.position).addBinary(s.state),
            Format::Binary, QStringLiteral("saving a snapshot of %1").arg(s.streamName));
    tx.commit();
}

std::optional<StreamSnapshot> PostgresEventStore::loadStreamSnapshot(const QString& streamName,
                                                                     const QByteArray& foldVersion,
                                                                     qint64 atOrBefore)
{
    requireRewindTables();
    const PgResult r = m_connection->tryExecPrepared(
        "rewind_load_stream_snapshot",
        "SELECT position, state FROM rewind.stream_snapshots WHERE stream_name = $1 AND fold_version = $2"
        " AND position <= $3 ORDER BY position DESC LIMIT 1",
        PgParams().add(streamName).add(foldVersion).add(atOrBefore), Format::Binary);
    if (!r.ok())
        throw rewindTablesError(r, QStringLiteral("loading a snapshot of %1").arg(streamName));
    if (r.rows() == 0)
        return std::nullopt;
    return StreamSnapshot{streamName, r.int64(0, 0), foldVersion, r.bytes(0, 1)};
}

QList<ParkedEvent> PostgresEventStore::parkedEvents(const QString& projection, int limit)
{
    requireRewindTables();
    const PgResult r = m_connection->execPrepared(
        "rewind_parked_events",
        "SELECT global_position, stream_name, type, reason, parked_at_us FROM rewind.parked_events"
        " WHERE projection = $1 ORDER BY global_position LIMIT $2",
        PgParams().add(projection).add(limit), Format::Binary,
        QStringLiteral("reading parked events of %1").arg(projection));
    QList<ParkedEvent> out;
    for (int i = 0; i < r.rows(); ++i)
        out.append(
            ParkedEvent{projection, r.int64(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.int64(i, 4)});
    return out;
}

void PostgresEventStore::resolveParkedEvent(const QString& projection, qint64 globalPosition,
                                            const std::optional<ProjectionSnapshot>& newState)
{
    requireRewindTables();
    PgTransaction tx(*m_connection);
    const QString what = QStringLiteral("resolving a parked event of %1").arg(projection);
    if (newState) {
        const PgResult r = m_connection->execPrepared(
            "rewind_resolve_parked_state",
            "UPDATE rewind.projections SET state = $2, saved_at_us = $3 WHERE name = $1 AND code_version = $4"
            " RETURNING 1",
            PgParams()
                .add(projection)
                .addBinary(newState->state)
                .add(newState->savedAtUs)
                .add(newState->codeVersion),
            Format::Binary, what);
        if (r.rows() != 1)
            throw StoreError(
                StoreError::Kind::Conflict,
                QStringLiteral("%1: the saved state of %2 changed meanwhile (another code version or a "
                               "rebuild); nothing was changed")
                    .arg(m_displayAddress, projection));
    }
    m_connection->execPrepared(
        "rewind_forget_parked_event",
        "DELETE FROM rewind.parked_events WHERE projection = $1 AND global_position = $2",
        PgParams().add(projection).add(globalPosition), Format::Binary, what);
    tx.commit();
}

bool PostgresEventStore::hasLagHistory()
{
    requireSchema();
    if (!m_lagHistoryChecked) {
        const PgResult r = m_connection->exec("SELECT to_regclass('rewind.lag_samples') IS NOT NULL",
                                              QStringLiteral("looking for Rewind's lag history"));
        m_lagHistoryChecked = r.boolean(0, 0);
    }
    return m_lagHistoryChecked;
}

void PostgresEventStore::requireLagHistory()
{
    if (!hasLagHistory())
        throw StoreError(
            StoreError::Kind::Unreachable,
            QStringLiteral("%1: the lag history table is missing (rewind.lag_samples); run `rewind "
                           "init` to add it")
                .arg(m_displayAddress));
}

void PostgresEventStore::appendLagSamples(const QList<LagSample>& samples)
{
    requireLagHistory();
    if (samples.isEmpty())
        return;
    // One statement for the batch: a sample a second per projection must not cost a round trip each.
    QByteArray sources, projections, times, checkpoints, lagEvents, lagSeconds, rates;
    const auto element = [](QByteArray& array, const QByteArray& value) {
        array += array.isEmpty() ? "{" : ",";
        array += '"';
        for (char c : value) {
            if (c == '"' || c == '\\')
                array += '\\';
            array += c;
        }
        array += '"';
    };
    for (const LagSample& sample : samples) {
        element(sources, sample.source.toUtf8());
        element(projections, sample.projection.toUtf8());
        element(times, QByteArray::number(sample.timeUs));
        element(checkpoints, QByteArray::number(sample.checkpoint));
        element(lagEvents, QByteArray::number(sample.lagEvents));
        element(lagSeconds, QByteArray::number(sample.lagSeconds, 'g', 17));
        element(rates, QByteArray::number(sample.eventsPerSecond, 'g', 17));
    }
    for (QByteArray* array : {&sources, &projections, &times, &checkpoints, &lagEvents, &lagSeconds, &rates})
        *array += '}';
    m_connection->execPrepared(
        "rewind_append_lag_samples",
        "INSERT INTO rewind.lag_samples (source, projection, time_us, checkpoint, lag_events, lag_seconds,"
        " events_per_second) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[],"
        " $5::bigint[], $6::double precision[], $7::double precision[])",
        PgParams()
            .add(sources)
            .add(projections)
            .add(times)
            .add(checkpoints)
            .add(lagEvents)
            .add(lagSeconds)
            .add(rates),
        Format::Binary, QStringLiteral("saving lag samples"));
}

QList<LagSample> PostgresEventStore::lagSamples(qint64 sinceUs)
{
    requireLagHistory();
    const PgResult r = m_connection->execPrepared(
        "rewind_lag_samples",
        "SELECT source, projection, time_us, checkpoint, lag_events, lag_seconds::text, "
        "events_per_second::text"
        " FROM rewind.lag_samples WHERE time_us >= $1 ORDER BY time_us",
        PgParams().add(sinceUs), Format::Binary, QStringLiteral("reading lag samples"));
    QList<LagSample> out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        out.append(LagSample{r.text(i, 0), r.text(i, 1), r.int64(i, 2), r.int64(i, 3), r.int64(i, 4),
                             r.text(i, 5).toDouble(), r.text(i, 6).toDouble()});
    return out;
}

void PostgresEventStore::pruneLagSamples(qint64 beforeUs)
{
    requireLagHistory();
    m_connection->execPrepared("rewind_prune_lag_samples",
                               "DELETE FROM rewind.lag_samples WHERE time_us < $1", PgParams().add(beforeUs),
                               Format::Binary, QStringLiteral("pruning lag samples"));
}

// ---------------------------------------------------------------------------------------------
// Import
//
// One transaction, all or nothing, written with COPY … FROM STDIN (the fast path the bulk-import
// benchmark measures against psql's \copy). The source is read once and never held whole: events
// go in chunks, and while the server is still inserting one chunk, the next is read and parsed.
//
// Per chunk: lock the categories of streams not seen before (Message DB's advisory lock, the same
// one writers take, so appends to those categories wait for us and positions stay per-category in
// commit order), read those streams' versions, assign positions, then COPY under a savepoint. If
// the COPY hits an id that is stored already, roll back to the savepoint, look the chunk's ids up
// in one query, drop the idempotent repeats (clashes are BadInput) and COPY the rest; if that
// fails too, insert the chunk one event at a time for a precise error. The locks are taken before
// the savepoint because rolling back to a savepoint releases locks taken after it.
//
// Locks are taken lazily, chunk by chunk, so not in one global order. Two imports could then
// deadlock, so imports first take one import-wide advisory lock and run one at a time; other
// writers take a single category lock and wait for nothing else while holding it, so they cannot
// form a cycle with an import. The only cycle left is a writer inserting an id the import has
// inserted but not committed yet: PostgreSQL detects it and one side fails with a deadlock error.
class PostgresEventStore::Importer
{
public:
    Importer(PostgresEventStore& store, EventSource& source, const ProgressFn& progress)
        : m_store(store), m_connection(*store.m_connection), m_source(source), m_progress(progress)
    {
    }

    ImportResult run();

private:
    struct Pending
    {
        NewEvent event;
        QString location;
        qint64 position = -1;
        bool duplicate = false;
    };
    struct Chunk
    {
        QList<Pending> events;
        qsizetype payloadBytes = 0;
        QHash<QString, QString> newStreams;    // stream -> category, for streams not written yet
        QHash<QString, qint64> versionsBefore; // to undo position assignment on a retry
        // Each event's COPY row up to its position (the last column), written while reading so
        // that this work overlaps the server's; rowEnds[i] is where event i's part ends.
        QByteArray rowText;
        QList<qsizetype> rowEnds;
        QList<int> copyRows; // event index of each COPY row
        int rowsSent = 0;
        bool copying = false;

        void clear()
        {
            events.clear();
            payloadBytes = 0;
            newStreams.clear();
            versionsBefore.clear();
            rowText.resize(0); // keeps the buffer for the next chunk
            rowEnds.clear();
            copyRows.clear();
            rowsSent = 0;
            copying = false;
        }
    };

    static constexpr int ChunkEvents = 16384;
    static constexpr int FirstChunkEvents = 1024; // the server starts working sooner
    static constexpr qsizetype ChunkBytes = 8 << 20;
    static constexpr int SendRows = 256;

    bool readChunk(Chunk& chunk, Chunk* sending, int maxEvents = ChunkEvents);
    void appendRow(Chunk& chunk, const NewEvent& event);
    void sendRows(Chunk& chunk, double fraction);
    void startChunk(Chunk& chunk);
    void finishChunk(Chunk& chunk);
    void lockAndLoadVersions(const Chunk& chunk);
    bool assignPositions(Chunk& chunk);
    void restoreVersions(Chunk& chunk);
    void beginCopy(Chunk& chunk);
    bool retryWithoutRepeats(Chunk& chunk);
    void insertOneByOne(Chunk& chunk);
    [[noreturn]] void throwCopyError(const Chunk& chunk, const PgResult& result);
    void command(const char* sql) { m_connection.exec(sql, QStringLiteral("importing")); }
    void noteWritten(qint64 count);

    PostgresEventStore& m_store;
    PostgresConnection& m_connection;
    EventSource& m_source;
    const ProgressFn& m_progress;
    QHash<QString, qint64> m_versions; // stream -> version, as this import advances it
    // Categories this import holds the lock of, and whether they had no events when it was taken:
    // then none of their streams exists beyond what this import writes, and needs no lookup.
    QHash<QString, bool> m_lockedCategories;
    QByteArray m_nowText; // the transaction's now(), for events without a time
    QByteArray m_sendBuffer;
    qint64 m_read = 0;
    ImportResult m_result;
};

namespace {

// message_store.category(): the text before the first '-', or the whole name.
QString categoryOf(const QString& streamName)
{
    const qsizetype dash = streamName.indexOf(QLatin1Char('-'));
    return dash < 0 ? streamName : streamName.left(dash);
}

} // namespace

ImportResult PostgresEventStore::importEvents(EventSource& source, const ProgressFn& progress)
{
    requireSchema();
    Importer importer(*this, source, progress);
    return importer.run();
}

ImportResult PostgresEventStore::Importer::run()
{
    PgTransaction tx(m_connection);
    command("SELECT pg_advisory_xact_lock(hashtext('rewind:import'))");
    // Events without a time get the column default's value, the transaction's start in UTC.
    const PgResult now =
        m_connection.exec("SELECT now() AT TIME ZONE 'utc'", {}, Format::Binary, QStringLiteral("importing"));
    m_nowText = EventTime::toSqlTimestamp(now.timestampUs(0, 0));

    Chunk chunks[2];
    int current = 0;
    bool sourceDone = !readChunk(chunks[current], nullptr, FirstChunkEvents);
    while (!chunks[current].events.isEmpty()) {
        Chunk& chunk = chunks[current];
        startChunk(chunk);
        Chunk& next = chunks[1 - current];
        next.clear();
        if (!sourceDone)
            sourceDone = !readChunk(next, &chunk); // overlaps parsing with the server's COPY work
        finishChunk(chunk);
        current = 1 - current;
    }
    tx.commit();
    if (m_progress)
        m_progress(m_read);
    return m_result;
}

bool PostgresEventStore::Importer::readChunk(Chunk& chunk, Chunk* sending, int maxEvents)
{
    while (chunk.events.size() < maxEvents && chunk.payloadBytes < ChunkBytes) {
        Pending p;
        if (!m_source.next(p.event))
            return false;
        p.location = m_source.location();
        NewEvent& e = p.event;
        const auto bad = [&](const QString& what) {
            throw StoreError(StoreError::Kind::BadInput, QStringLiteral("%1: %2").arg(p.location, what));
        };
        if (e.streamName.isEmpty())
            bad(QStringLiteral("stream_name: must not be empty"));
        if (e.type.isEmpty())
            bad(QStringLiteral("type: must not be empty"));
        // Any JSON value, as Message DB takes it; the server checks the JSON itself.
        if (e.data.isEmpty())
            bad(QStringLiteral("data: missing"));
        if (e.id.isNull())
            e.id = QUuid::createUuid();
        chunk.payloadBytes += e.data.size() + e.metadata.size() + 100;
        appendRow(chunk, e);
        // The chunk being copied has its streams in m_versions already: this is exact.
        if (!m_versions.contains(e.streamName) && !chunk.newStreams.contains(e.streamName))
            chunk.newStreams.insert(e.streamName, categoryOf(e.streamName));
        chunk.events.append(std::move(p));
        ++m_read;
        if (m_progress && (m_read & 4095) == 0)
            m_progress(m_read);
        if (sending)
            sendRows(*sending, std::max(double(chunk.events.size()) / maxEvents,
                                        double(chunk.payloadBytes) / double(ChunkBytes)));
    }
    return true;
}

void PostgresEventStore::Importer::appendRow(Chunk& chunk, const NewEvent& e)
{
    QByteArray& out = chunk.rowText;
    if (out.capacity() < ChunkBytes + (1 << 20))
        out.reserve(ChunkBytes + (1 << 20));
    appendUuid(out, e.id);
    out += '\t';
    appendCopyText(out, e.streamName);
    out += '\t';
    appendCopyText(out, e.type);
    out += '\t';
    appendCopyField(out, e.data);
    out += '\t';
    if (e.metadata.isEmpty())
        out += "\\N";
    else
        appendCopyField(out, e.metadata);
    out += '\t';
    if (e.timeUs != NewEvent::StoreClock)
        out += EventTime::toSqlTimestamp(e.timeUs);
    else
        out += m_nowText;
    out += '\t';
    chunk.rowEnds.append(out.size());
}

void PostgresEventStore::Importer::sendRows(Chunk& chunk, double fraction)
{
    // Paced by how far the next chunk's reading has come: the server gets rows as fast as it takes
    // them, and a send blocks only while the server is the slower side anyway.
    if (!chunk.copying)
        return;
    const int total = int(chunk.copyRows.size());
    const int target = fraction >= 1.0 ? total : std::min(total, int(total * fraction));
    if (target - chunk.rowsSent < SendRows && target < total)
        return;
    m_sendBuffer.resize(0);
    for (int r = chunk.rowsSent; r < target; ++r) {
        const int i = chunk.copyRows[r];
        const qsizetype from = i ? chunk.rowEnds[i - 1] : 0;
        m_sendBuffer.append(chunk.rowText.constData() + from, chunk.rowEnds[i] - from);
        m_sendBuffer += QByteArray::number(chunk.events[i].position);
        m_sendBuffer += '\n';
    }
    m_connection.putCopyData(m_sendBuffer.constData(), m_sendBuffer.size());
    chunk.rowsSent = target;
}

void PostgresEventStore::Importer::lockAndLoadVersions(const Chunk& chunk)
{
    QSet<QString> newCategories;
    for (auto it = chunk.newStreams.cbegin(); it != chunk.newStreams.cend(); ++it) {
        if (!m_lockedCategories.contains(it.value()))
            newCategories.insert(it.value());
    }
    if (!newCategories.isEmpty()) {
        PgArray categories;
        for (const QString& c : std::as_const(newCategories))
            categories.append(c);
        const PgParams params = PgParams().add(categories.text());
        // In hash order, the same order every import uses.
        m_connection.exec(
            "SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT"
            " message_store.hash_64(message_store.category(c)) AS k FROM unnest($1::text[]) AS c"
            " ORDER BY 1) AS keys",
            params, Format::Binary, QStringLiteral("importing: locking categories"));
        // Statements of their own from here on, so that their snapshots see every commit made
        // before the locks were granted; after it, nobody else can add to these categories.
        const PgResult r =
            m_connection.exec("SELECT c, NOT EXISTS (SELECT 1 FROM message_store.messages AS m"
                              " WHERE message_store.category(m.stream_name) = c)"
                              " FROM unnest($1::text[]) AS c",
                              params, Format::Binary, QStringLiteral("importing: reading categories"));
        for (int i = 0; i < r.rows(); ++i)
            m_lockedCategories.insert(r.text(i, 0), r.boolean(i, 1));
    }
    PgArray lookup;
    for (auto it = chunk.newStreams.cbegin(); it != chunk.newStreams.cend(); ++it) {
        if (m_versions.contains(it.key()))
            continue;
        if (m_lockedCategories.value(it.value()))
            m_versions.insert(it.key(), -1); // its category was empty when we locked it
        else
            lookup.append(it.key());
    }
    if (lookup.isEmpty())
        return;
    // One index probe per stream (messages_stream, read backwards): a plain `= ANY … GROUP BY` may
    // be planned as a scan of the whole table, which the import is making bigger with every chunk.
    const PgResult r = m_connection.exec("SELECT s, (SELECT m.position FROM message_store.messages AS m"
                                         " WHERE m.stream_name = s ORDER BY m.position DESC LIMIT 1)"
                                         " FROM unnest($1::text[]) AS s",
                                         PgParams().add(lookup.text()), Format::Binary,
                                         QStringLiteral("importing: reading stream versions"));
    for (int i = 0; i < r.rows(); ++i)
        m_versions.insert(r.text(i, 0), r.isNull(i, 1) ? -1 : r.int64(i, 1));
}

bool PostgresEventStore::Importer::assignPositions(Chunk& chunk)
{
    chunk.copyRows.clear();
    chunk.copyRows.reserve(chunk.events.size());
    for (int i = 0; i < chunk.events.size(); ++i) {
        Pending& p = chunk.events[i];
        if (p.duplicate)
            continue;
        auto it = m_versions.find(p.event.streamName);
        if (!chunk.versionsBefore.contains(p.event.streamName))
            chunk.versionsBefore.insert(p.event.streamName, *it);
        const qint64 next = *it + 1;
        if (p.event.position >= 0 && p.event.position != next) {
            restoreVersions(chunk);
            return false; // maybe an idempotent repeat at its stored position: sorted out one by one
        }
        p.position = next;
        *it = next;
        chunk.copyRows.append(i);
    }
    return true;
}

void PostgresEventStore::Importer::restoreVersions(Chunk& chunk)
{
    for (auto it = chunk.versionsBefore.cbegin(); it != chunk.versionsBefore.cend(); ++it)
        m_versions.insert(it.key(), it.value());
    chunk.versionsBefore.clear();
    chunk.copyRows.clear();
}

void PostgresEventStore::Importer::beginCopy(Chunk& chunk)
{
    chunk.rowsSent = 0;
    if (chunk.copyRows.isEmpty())
        return;
    m_connection.beginCopy(
        "COPY message_store.messages (id, stream_name, type, data, metadata, time, position)"
        " FROM STDIN",
        QStringLiteral("importing"));
    chunk.copying = true;
}

void PostgresEventStore::Importer::startChunk(Chunk& chunk)
{
    // Before the savepoint: rolling back to it would release locks taken after it.
    lockAndLoadVersions(chunk);
    command("SAVEPOINT rewind_import_chunk");
    if (assignPositions(chunk))
        beginCopy(chunk);
    // else finishChunk goes one by one
}

void PostgresEventStore::Importer::noteWritten(qint64 count)
{
    if (count <= 0)
        return;
    m_result.written += count;
    const PgResult r =
        m_connection.exec(CurrentGlobalPositionSql, {}, Format::Binary, QStringLiteral("importing"));
    m_result.lastGlobalPosition = r.int64(0, 0);
}

void PostgresEventStore::Importer::finishChunk(Chunk& chunk)
{
    if (!chunk.copying) {
        // startChunk found a supplied position that does not follow: sorted out event by event.
        insertOneByOne(chunk);
        command("RELEASE SAVEPOINT rewind_import_chunk");
        return;
    }
    sendRows(chunk, 1.0);
    chunk.copying = false;
    const PgResult r = m_connection.finishCopy();
    if (r.ok()) {
        noteWritten(chunk.copyRows.size());
        command("RELEASE SAVEPOINT rewind_import_chunk");
        return;
    }
    if (!(r.sqlState() == "23505" && r.constraintName() == QLatin1String("messages_id")))
        throwCopyError(chunk, r);
    command("ROLLBACK TO SAVEPOINT rewind_import_chunk");
    restoreVersions(chunk);
    if (!retryWithoutRepeats(chunk)) {
        command("ROLLBACK TO SAVEPOINT rewind_import_chunk");
        restoreVersions(chunk);
        for (Pending& p : chunk.events)
            p.duplicate = false;
        insertOneByOne(chunk);
    }
    command("RELEASE SAVEPOINT rewind_import_chunk");
}

bool PostgresEventStore::Importer::retryWithoutRepeats(Chunk& chunk)
{
    // Ids repeated inside the chunk need the one-by-one path to compare them with each other.
    QSet<QUuid> ids;
    for (const Pending& p : std::as_const(chunk.events)) {
        if (ids.contains(p.event.id))
            return false;
        ids.insert(p.event.id);
    }
    PgArray idArray, dataArray;
    for (const Pending& p : std::as_const(chunk.events)) {
        idArray.append(p.event.id.toByteArray(QUuid::WithoutBraces));
        dataArray.append(p.event.data);
    }
    const PgResult stored =
        m_connection.tryExec("SELECT u.n, m.stream_name, m.type, m.data = u.d::jsonb, m.position"
                             " FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS u(id, d, n)"
                             " JOIN message_store.messages AS m ON m.id = u.id",
                             PgParams().add(idArray.text()).add(dataArray.text()), Format::Binary);
    if (!stored.ok())
        return false; // e.g. a data value that is not JSON: the one-by-one path names its line
    for (int i = 0; i < stored.rows(); ++i) {
        Pending& p = chunk.events[int(stored.int64(i, 0)) - 1];
        const QString stream = stored.text(i, 1);
        const bool same =
            stream == p.event.streamName && stored.text(i, 2) == p.event.type && stored.boolean(i, 3);
        const qint64 storedPosition = stored.int64(i, 4);
        if (!same)
            throw StoreError(StoreError::Kind::BadInput,
                             QStringLiteral("%1: %2").arg(
                                 p.location, differentContentMessage(p.event.id, stream, storedPosition)));
        if (p.event.position >= 0 && p.event.position != storedPosition)
            return false; // a repeat at another position than supplied: the one-by-one path explains
        p.duplicate = true;
    }
    if (!assignPositions(chunk))
        return false;
    beginCopy(chunk);
    if (chunk.copying) {
        sendRows(chunk, 1.0);
        chunk.copying = false;
        const PgResult r = m_connection.finishCopy();
        if (!r.ok()) {
            if (r.sqlState() == "23505")
                return false;
            throwCopyError(chunk, r);
        }
    }
    qint64 duplicates = 0;
    for (const Pending& p : std::as_const(chunk.events))
        duplicates += p.duplicate ? 1 : 0;
    m_result.duplicates += duplicates;
    noteWritten(chunk.copyRows.size());
    return true;
}

void PostgresEventStore::Importer::insertOneByOne(Chunk& chunk)
{
    for (Pending& p : chunk.events) {
        const NewEvent& e = p.event;
        try {
            auto it = m_versions.find(e.streamName);
            const qint64 next = *it + 1;
            if (e.position >= 0 && e.position != next) {
                const auto stored = m_store.storedById(e);
                if (stored && !stored->sameAs(e))
                    throw StoreError(StoreError::Kind::BadInput,
                                     differentContentMessage(e.id, stored->streamName, stored->position));
                if (stored && stored->position == e.position) {
                    ++m_result.duplicates;
                    continue;
                }
                throw StoreError(StoreError::Kind::BadInput,
                                 QStringLiteral("position: expected %1, got %2 (stream %3)")
                                     .arg(next)
                                     .arg(e.position)
                                     .arg(e.streamName));
            }
            PgParams params;
            params.add(e.id).add(e.streamName).add(next).add(e.type).add(e.data).addOrNull(e.metadata);
            params.add(e.timeUs != NewEvent::StoreClock ? EventTime::toSqlTimestamp(e.timeUs) : m_nowText);
            const PgResult r = m_connection.execPrepared("rewind_insert", InsertSql, params, Format::Binary,
                                                         QStringLiteral("importing"));
            if (r.rows() == 1) {
                *it = next;
                ++m_result.written;
                m_result.lastGlobalPosition = std::max(m_result.lastGlobalPosition, r.int64(0, 0));
                continue;
            }
            const auto stored = m_store.storedById(e);
            if (stored && stored->sameAs(e)) {
                ++m_result.duplicates;
                continue;
            }
            throw StoreError(StoreError::Kind::BadInput,
                             stored
                                 ? differentContentMessage(e.id, stored->streamName, stored->position)
                                 : QStringLiteral("id %1: clashed but cannot be found").arg(e.id.toString()));
        } catch (const StoreError& error) {
            if (error.kind() != StoreError::Kind::BadInput || error.message().startsWith(p.location))
                throw;
            throw StoreError(StoreError::Kind::BadInput,
                             QStringLiteral("%1: %2").arg(p.location, error.message()));
        }
    }
}

void PostgresEventStore::Importer::throwCopyError(const Chunk& chunk, const PgResult& result)
{
    // The server names the COPY line ("COPY messages, line 17, column data: …"): map it back to
    // the source's location so that the message points into the user's file.
    const StoreError error = m_connection.error(result, QStringLiteral("importing"));
    if (error.kind() != StoreError::Kind::BadInput)
        throw error;
    static const QRegularExpression lineText(
        QStringLiteral(R"(COPY messages, line (\d+)(?:, column (\w+))?)"));
    const auto m = lineText.match(result.context());
    const int row = m.hasMatch() ? m.captured(1).toInt() - 1 : -1;
    if (row < 0 || row >= chunk.copyRows.size())
        throw error;
    const Pending& p = chunk.events[chunk.copyRows[row]];
    const QString column = m.captured(2).isEmpty() ? QStringLiteral("value") : m.captured(2);
    throw StoreError(StoreError::Kind::BadInput,
                     QStringLiteral("%1: %2: %3").arg(p.location, column, result.primaryMessage()));
}

} // namespace Rewind
