#include "PostgresConnection.h"

#include "EventTime.h"

#include <QtEndian>

#include <libpq-fe.h>
#include <openssl/crypto.h>

#include <climits>
#include <cstdlib>

namespace Rewind {

namespace {

constexpr Oid JsonbOid = 3802;
// PostgreSQL counts timestamps from 2000-01-01; RecordedEvent counts from 1970-01-01.
constexpr qint64 PostgresEpochUs = 946684800000000LL;

QString trimmed(const char* text)
{
    return QString::fromUtf8(text ? text : "").trimmed();
}

QString field(const pg_result* r, int code)
{
    return r ? trimmed(PQresultErrorField(r, code)) : QString();
}

// Connections this thread has open. libpq's TLS leaves OpenSSL state on the thread (its error
// queue and random generators) that OpenSSL frees from a thread-exit destructor. QThread::wait()
// returns before that destructor runs, so at process exit it can race OpenSSL's own atexit clean-up,
// which removes the destructor's key: the state is then never freed (LeakSanitizer caught it). A
// thread that closes its last connection therefore hands the state back at once; the next
// connection on it builds new state, which costs little next to a TLS handshake.
thread_local int t_openConnections = 0;

void releaseThreadTlsStateIfIdle()
{
    if (t_openConnections == 0)
        OPENSSL_thread_stop();
}

// For a connection this thread opened and has just closed.
void countClosedOnThisThread()
{
    --t_openConnections;
    releaseThreadTlsStateIfIdle();
}

bool isConnectionState(const QByteArray& state)
{
    // 08: connection exception; 28: authorisation; 3D000: no such database; 53300: too many
    // connections; 57P01-57P03: the server is shutting down or starting up.
    return state.startsWith("08") || state.startsWith("28") || state == "3D000" || state == "53300" ||
           state == "57P01" || state == "57P02" || state == "57P03";
}

void ignoreNotice(void*, const char*) {}

// jsonb prints a space after every ':' and ','; RecordedEvent holds compact JSON. Spaces outside
// strings are exactly those, so dropping them is lossless.
QByteArray compactJson(const char* p, int n)
{
    QByteArray out(n, Qt::Uninitialized);
    char* o = out.data();
    bool inString = false;
    bool escaped = false;
    for (const char* end = p + n; p != end; ++p) {
        const char c = *p;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == ' ') {
            continue;
        } else if (c == '"') {
            inString = true;
        }
        *o++ = c;
    }
    out.truncate(o - out.data());
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// PgParams, PgArray

PgParams& PgParams::add(const QByteArray& value)
{
    m_values.append(value);
    m_null.push_back(false);
    m_lengths.push_back(int(value.size()));
    m_formats.push_back(0);
    return *this;
}

PgParams& PgParams::addBinary(const QByteArray& value)
{
    add(value);
    m_formats.back() = 1;
    m_anyBinary = true;
    return *this;
}

PgParams& PgParams::addNull()
{
    m_values.append(QByteArray());
    m_null.push_back(true);
    m_lengths.push_back(0);
    m_formats.push_back(0);
    return *this;
}

const char* const* PgParams::values() const
{
    m_pointers.resize(m_values.size());
    for (qsizetype i = 0; i < m_values.size(); ++i)
        // An empty non-null value must still be a valid pointer: libpq reads "" then.
        m_pointers[i] = m_null[i] ? nullptr : m_values[i].constData();
    return m_pointers.data();
}

void PgArray::append(QByteArrayView element)
{
    if (m_count++)
        m_text += ',';
    m_text += '"';
    for (const char c : element) {
        if (c == '"' || c == '\\')
            m_text += '\\';
        m_text += c;
    }
    m_text += '"';
}

void PgArray::appendNull()
{
    if (m_count++)
        m_text += ',';
    m_text += "NULL";
}

// ---------------------------------------------------------------------------------------------
// PgResult

PgResult& PgResult::operator=(PgResult&& other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

bool PgResult::ok() const
{
    if (!m_result)
        return false;
    switch (PQresultStatus(m_result)) {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK:
    case PGRES_COPY_IN:
    case PGRES_EMPTY_QUERY:
        return true;
    default:
        return false;
    }
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column);
}

bool PgResult::binary(int column) const
{
    return PQfformat(m_result, column) == 1;
}

const char* PgResult::value(int row, int column, int* length) const
{
    *length = PQgetlength(m_result, row, column);
    return PQgetvalue(m_result, row, column);
}

qint64 PgResult::int64(int row, int column) const
{
    int n;
    const char* v = value(row, column, &n);
    if (!binary(column))
        return std::strtoll(v, nullptr, 10);
    if (n == 8)
        return qFromBigEndian<qint64>(v);
    if (n == 4)
        return qFromBigEndian<qint32>(v);
    if (n == 2)
        return qFromBigEndian<qint16>(v);
    return 0;
}

bool PgResult::boolean(int row, int column) const
{
    int n;
    const char* v = value(row, column, &n);
    return binary(column) ? (n == 1 && v[0] != 0) : (n >= 1 && v[0] == 't');
}

qint64 PgResult::timestampUs(int row, int column) const
{
    int n;
    const char* v = value(row, column, &n);
    if (binary(column))
        return n == 8 ? qFromBigEndian<qint64>(v) + PostgresEpochUs : 0;
    return EventTime::fromIso(QByteArrayView(v, n)).value_or(0);
}

QString PgResult::text(int row, int column) const
{
    int n;
    const char* v = value(row, column, &n);
    return QString::fromUtf8(v, n);
}

QByteArray PgResult::bytes(int row, int column) const
{
    int n;
    const char* v = value(row, column, &n);
    if (PQftype(m_result, column) != JsonbOid)
        return QByteArray(v, n);
    if (binary(column) && n > 0)
        return compactJson(v + 1, n - 1); // after the jsonb format version byte
    return compactJson(v, n);
}

QUuid PgResult::uuid(int row, int column) const
{
    int n;
    const char* v = value(row, column, &n);
    if (binary(column))
        return n == 16 ? QUuid::fromRfc4122(QByteArrayView(v, 16)) : QUuid();
    return QUuid::fromString(QLatin1StringView(v, n));
}

QByteArray PgResult::sqlState() const
{
    return m_result ? QByteArray(PQresultErrorField(m_result, PG_DIAG_SQLSTATE)) : QByteArray();
}

QString PgResult::primaryMessage() const
{
    return field(m_result, PG_DIAG_MESSAGE_PRIMARY);
}

QString PgResult::detail() const
{
    return field(m_result, PG_DIAG_MESSAGE_DETAIL);
}

QString PgResult::context() const
{
    return field(m_result, PG_DIAG_CONTEXT);
}

QString PgResult::constraintName() const
{
    return field(m_result, PG_DIAG_CONSTRAINT_NAME);
}

// ---------------------------------------------------------------------------------------------
// PostgresConnection

PostgresConnection::PostgresConnection(const QString& conninfo)
{
    QByteArray info = conninfo.toUtf8();
    // Parse first so that a malformed address is reported as such, not as an unreachable server.
    char* parseError = nullptr;
    if (PQconninfoOption* options = PQconninfoParse(info.constData(), &parseError)) {
        PQconninfoFree(options);
    } else {
        const QString why = parseError ? trimmed(parseError) : QStringLiteral("out of memory");
        PQfreemem(parseError);
        info.fill('\0');
        throw StoreError(StoreError::Kind::BadInput, QStringLiteral("store address: %1").arg(why));
    }

    // Keywords after the expanded conninfo override it (Rewind always talks UTF-8); those before
    // only fill in what it leaves open: the application name is Rewind's unless the address or
    // PGAPPNAME names one.
    const char* keywords[] = {"fallback_application_name", "dbname", "client_encoding", nullptr};
    const char* values[] = {"rewind", info.constData(), "UTF8", nullptr};
    try {
        connect(keywords, values, 1);
    } catch (...) {
        info.fill('\0');
        throw;
    }
    info.fill('\0'); // the text may hold a password; libpq keeps its own copy for reconnecting
}

std::unique_ptr<PostgresConnection> PostgresConnection::duplicate(const char* targetSessionAttrs) const
{
    PQconninfoOption* options = PQconninfo(m_conn);
    if (!options)
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("cannot connect to PostgreSQL: out of memory"));
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (o->val && *o->val && qstrcmp(o->keyword, "client_encoding") != 0 &&
            !(targetSessionAttrs && qstrcmp(o->keyword, "target_session_attrs") == 0)) {
            keywords.push_back(o->keyword);
            values.push_back(o->val);
        }
    }
    if (targetSessionAttrs) {
        keywords.push_back("target_session_attrs");
        values.push_back(targetSessionAttrs);
    }
    keywords.push_back("client_encoding");
    values.push_back("UTF8");
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    std::unique_ptr<PostgresConnection> copy(new PostgresConnection);
    try {
        copy->connect(keywords.data(), values.data(), 0);
    } catch (...) {
        PQconninfoFree(options);
        throw;
    }
    PQconninfoFree(options);
    return copy;
}

void PostgresConnection::connect(const char* const* keywords, const char* const* values, int expandDbname)
{
    m_conn = PQconnectdbParams(keywords, values, expandDbname);
    if (!m_conn)
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("cannot connect to PostgreSQL: out of memory"));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = trimmed(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        releaseThreadTlsStateIfIdle();
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("cannot connect to PostgreSQL: %1").arg(why));
    }
    ++t_openConnections;
    m_openedOn = std::this_thread::get_id();
    ++m_sessionNumber;
    try {
        setUpSession();
    } catch (...) {
        PQfinish(m_conn);
        m_conn = nullptr;
        countClosedOnThisThread();
        throw;
    }
    refreshCancel();
}

PostgresConnection::~PostgresConnection()
{
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    if (m_conn) {
        PQfinish(m_conn);
        // Closed on another thread than it was opened on, it leaves both counts alone: the opener
        // then keeps its state until it exits, as it would without this.
        if (m_openedOn == std::this_thread::get_id())
            countClosedOnThisThread();
    }
}

void PostgresConnection::refreshCancel()
{
    // The cancel key names one backend: after a reconnect the old one would cancel nothing.
    pg_cancel* fresh = PQgetCancel(m_conn);
    std::lock_guard lock(m_cancelMutex);
    if (m_cancel)
        PQfreeCancel(m_cancel);
    m_cancel = fresh;
}

void PostgresConnection::beginCancellable()
{
    std::lock_guard lock(m_cancelMutex);
    m_operation = true;
    m_cancelRequested = false;
}

void PostgresConnection::endCancellable()
{
    std::lock_guard lock(m_cancelMutex);
    m_operation = false;
    m_cancelRequested = false;
}

void PostgresConnection::cancel()
{
    std::lock_guard lock(m_cancelMutex);
    if (!m_operation)
        return;
    m_cancelRequested = true;
    if (m_cancel) {
        char error[256];
        PQcancel(m_cancel, error, int(sizeof error)); // best effort: the flag stops what follows
    }
}

void PostgresConnection::throwIfCancelled(const QString& what) const
{
    if (m_cancelRequested)
        throw StoreError(StoreError::Kind::Cancelled, QStringLiteral("%1: cancelled").arg(what));
}

void PostgresConnection::setUpSession()
{
    // Server notices (IF NOT EXISTS skips, Message DB debug output) are not for Rewind's users.
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    // Message DB's functions call each other unqualified, so message_store must be on the path.
    exec("SELECT set_config('search_path', 'message_store, public', false)",
         QStringLiteral("setting up the session"));
}

void PostgresConnection::ensureConnected()
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return;
    PQreset(m_conn);
    ++m_sessionNumber;
    m_prepared.clear();
    m_inCopy = false;
    if (PQstatus(m_conn) != CONNECTION_OK)
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("lost the connection to PostgreSQL and cannot reconnect: %1")
                             .arg(trimmed(PQerrorMessage(m_conn))));
    setUpSession();
    refreshCancel();
}

bool PostgresConnection::inTransaction() const
{
    return PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

QString PostgresConnection::serverVersion() const
{
    return QString::fromUtf8(PQparameterStatus(m_conn, "server_version"));
}

void PostgresConnection::checkConnection(const QString& what) const
{
    if (PQstatus(m_conn) == CONNECTION_BAD)
        throw StoreError(StoreError::Kind::Unreachable,
                         QStringLiteral("lost the connection to PostgreSQL while %1: %2")
                             .arg(what, trimmed(PQerrorMessage(m_conn))));
}

StoreError PostgresConnection::error(const PgResult& result, const QString& what) const
{
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return StoreError(StoreError::Kind::Unreachable,
                          QStringLiteral("lost the connection to PostgreSQL while %1: %2")
                              .arg(what, trimmed(PQerrorMessage(m_conn))));
    const QByteArray state = result.sqlState();
    QString message = result.primaryMessage();
    if (message.isEmpty())
        message =
            result.isNull() ? trimmed(PQerrorMessage(m_conn)) : trimmed(PQresultErrorMessage(result.get()));
    const QString detail = result.detail();
    if (!detail.isEmpty())
        message += QStringLiteral(" (%1)").arg(detail);

    StoreError::Kind kind = StoreError::Kind::Database;
    if (isConnectionState(state)) {
        kind = StoreError::Kind::Unreachable;
    } else if (state == "57014") {
        kind = StoreError::Kind::Cancelled;
    } else if (state == "42501") {
        // Privileges and row-level security: the role may not do this. Named, so that the window
        // and the command line can say so instead of "the store reported an error".
        kind = StoreError::Kind::Forbidden;
    } else if (state == "0A000" && message.contains(QLatin1String("row-level security"))) {
        // COPY by a role that row-level security confines (rewind_editor importing).
        kind = StoreError::Kind::Forbidden;
        message += QStringLiteral("; this role may not import");
    } else if (state.startsWith("22")) {
        kind = StoreError::Kind::BadInput; // a value the database would not take: bad JSON, bad time
    } else if (state == "3F000" || state == "42P01") {
        // The schema or table went away under us (someone dropped it): the store is not usable.
        kind = StoreError::Kind::Unreachable;
        message += QStringLiteral("; the message store schema is missing, run `rewind init`");
    }
    return StoreError(kind, QStringLiteral("%1: %2").arg(what, message));
}

PgResult PostgresConnection::tryExec(const char* sql, const PgParams& params, Format format)
{
    throwIfCancelled(QStringLiteral("running a query"));
    PgResult r(PQexecParams(m_conn, sql, params.count(), nullptr, params.values(), params.lengths(),
                            params.formats(), int(format)));
    if (!r.ok())
        checkConnection(QStringLiteral("running a query"));
    return r;
}

PgResult PostgresConnection::exec(const char* sql, const PgParams& params, Format format, const QString& what)
{
    throwIfCancelled(what);
    PgResult r(PQexecParams(m_conn, sql, params.count(), nullptr, params.values(), params.lengths(),
                            params.formats(), int(format)));
    if (!r.ok())
        raise(r, what);
    return r;
}

PgResult PostgresConnection::tryExecPrepared(const char* name, const char* sql, const PgParams& params,
                                             Format format)
{
    throwIfCancelled(QStringLiteral("running a query"));
    const QByteArray key(name);
    if (!m_prepared.contains(key)) {
        PgResult prepared(PQprepare(m_conn, name, sql, 0, nullptr));
        if (!prepared.ok()) {
            checkConnection(QStringLiteral("preparing a query"));
            return prepared;
        }
        m_prepared.insert(key);
    }
    PgResult r(PQexecPrepared(m_conn, name, params.count(), params.values(), params.lengths(),
                              params.formats(), int(format)));
    if (!r.ok())
        checkConnection(QStringLiteral("running a query"));
    return r;
}

PgResult PostgresConnection::execPrepared(const char* name, const char* sql, const PgParams& params,
                                          Format format, const QString& what)
{
    PgResult r = tryExecPrepared(name, sql, params, format);
    if (!r.ok())
        raise(r, what);
    return r;
}

void PostgresConnection::sendPrepared(const char* name, const char* sql, const PgParams& params,
                                      Format format, const QString& what)
{
    throwIfCancelled(what);
    const QByteArray key(name);
    if (!m_prepared.contains(key)) {
        PgResult prepared(PQprepare(m_conn, name, sql, 0, nullptr));
        if (!prepared.ok())
            raise(prepared, what);
        m_prepared.insert(key);
    }
    if (!PQsendQueryPrepared(m_conn, name, params.count(), params.values(), params.lengths(),
                             params.formats(), int(format))) {
        checkConnection(what);
        throw StoreError(
            StoreError::Kind::Database,
            QStringLiteral("%1: %2").arg(what, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
    }
}

PgResult PostgresConnection::receive(const QString& what)
{
    // A single statement has one result; libpq wants the null that ends the sequence read as well.
    PgResult first(PQgetResult(m_conn));
    while (PGresult* more = PQgetResult(m_conn))
        PQclear(more);
    if (first.isNull() || !first.ok()) {
        checkConnection(what);
        raise(first, what);
    }
    return first;
}

void PostgresConnection::execScript(const QByteArray& script, const QString& what)
{
    // The one call without parameters: a fixed script of several statements, shipped with Rewind.
    PgResult r(PQexec(m_conn, script.constData()));
    if (!r.ok())
        raise(r, what);
}

void PostgresConnection::beginCopy(const char* sql, const QString& what)
{
    PgResult r(PQexecParams(m_conn, sql, 0, nullptr, nullptr, nullptr, nullptr, 0));
    if (PQresultStatus(r.get()) != PGRES_COPY_IN)
        raise(r, what);
    m_inCopy = true;
}

void PostgresConnection::putCopyData(const char* data, qsizetype size)
{
    while (size > 0) {
        const int n = int(std::min<qsizetype>(size, 1 << 20));
        if (PQputCopyData(m_conn, data, n) != 1) {
            m_inCopy = false;
            checkConnection(QStringLiteral("sending rows"));
            throw StoreError(StoreError::Kind::Database,
                             QStringLiteral("sending rows: %1").arg(trimmed(PQerrorMessage(m_conn))));
        }
        data += n;
        size -= n;
    }
}

PgResult PostgresConnection::finishCopy()
{
    m_inCopy = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        checkConnection(QStringLiteral("finishing a COPY"));
    PgResult first(PQgetResult(m_conn));
    while (pg_result* more = PQgetResult(m_conn))
        PQclear(more);
    if (!first.ok())
        checkConnection(QStringLiteral("finishing a COPY"));
    return first;
}

void PostgresConnection::abortCopy(const char* reason) noexcept
{
    if (!m_inCopy)
        return;
    m_inCopy = false;
    if (PQputCopyEnd(m_conn, reason) == 1) {
        while (pg_result* r = PQgetResult(m_conn))
            PQclear(r);
    }
}

// ---------------------------------------------------------------------------------------------
// PgTransaction

PgTransaction::PgTransaction(PostgresConnection& connection, const char* begin)
    : m_connection(connection), m_begin(begin)
{
    m_connection.exec(begin, QStringLiteral("starting a transaction"));
    m_open = true;
}

PgTransaction::~PgTransaction()
{
    rollback();
}

void PgTransaction::commit()
{
    if (PQtransactionStatus(m_connection.handle()) == PQTRANS_INERROR) {
        rollback();
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("the transaction failed earlier and was rolled back"));
    }
    m_open = false;
    m_connection.exec("COMMIT", QStringLiteral("committing"));
}

void PgTransaction::rollback() noexcept
{
    if (!m_open)
        return;
    m_open = false;
    m_connection.abortCopy("cancelled by Rewind");
    if (PQstatus(m_connection.handle()) == CONNECTION_OK)
        PQclear(PQexec(m_connection.handle(), "ROLLBACK"));
}

void PgTransaction::restart()
{
    commit();
    begin();
}

void PgTransaction::begin()
{
    m_connection.exec(m_begin, QStringLiteral("starting a transaction"));
    m_open = true;
}

} // namespace Rewind
