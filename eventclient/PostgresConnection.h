#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

struct pg_conn;
struct pg_result;
struct pg_cancel;

namespace Rewind {

// Values for one statement's $1…$n, sent as text. Building them is the only way a value reaches
// SQL: statements are constant text and never have data pasted into them.
class PgParams
{
public:
    PgParams& add(const QByteArray& value);
    PgParams& add(const QString& value) { return add(value.toUtf8()); }
    PgParams& add(const char* value) { return add(QByteArray(value)); }
    PgParams& add(qint64 value) { return add(QByteArray::number(value)); }
    PgParams& add(int value) { return add(QByteArray::number(value)); }
    PgParams& add(const QUuid& id) { return add(id.toByteArray(QUuid::WithoutBraces)); }
    PgParams& addNull();
    // Sent as raw bytes (a bytea), not as text that the server must parse: snapshots are large.
    PgParams& addBinary(const QByteArray& value);
    // An empty array means SQL null: the convention for optional JSON (metadata).
    PgParams& addOrNull(const QByteArray& value) { return value.isEmpty() ? addNull() : add(value); }

    int count() const { return int(m_values.size()); }
    const char* const* values() const;
    const int* lengths() const { return m_lengths.data(); }
    const int* formats() const { return m_anyBinary ? m_formats.data() : nullptr; }

private:
    QList<QByteArray> m_values;
    std::vector<bool> m_null;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    bool m_anyBinary = false;
    mutable std::vector<const char*> m_pointers;
};

// Builds the text form of a PostgreSQL array ('{"a","b"}'), for passing a list as one parameter
// ($1::text[], $1::uuid[]). Every element is quoted, so no element can change the array's shape.
class PgArray
{
public:
    void append(QByteArrayView element);
    void append(const QByteArray& element) { append(QByteArrayView(element)); }
    void append(const QString& element) { append(QByteArrayView(element.toUtf8())); }
    void appendNull();
    QByteArray text() const { return m_text + '}'; }
    bool isEmpty() const { return m_count == 0; }
    int size() const { return m_count; }

private:
    QByteArray m_text = QByteArray("{");
    int m_count = 0;
};

// One PGresult, freed on destruction. Readers decode both result formats: binary (int8 big-endian,
// timestamp as µs since 2000-01-01, uuid as 16 bytes, jsonb as a version byte and text) and text.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result* result) : m_result(result) {}
    PgResult(PgResult&& other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    ~PgResult();

    bool isNull() const { return m_result == nullptr; }
    bool ok() const; // the command succeeded (tuples, command or COPY state)
    int rows() const;
    pg_result* get() const { return m_result; }

    bool isNull(int row, int column) const;
    qint64 int64(int row, int column) const;
    bool boolean(int row, int column) const;
    qint64 timestampUs(int row, int column) const; // µs since the Unix epoch
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const; // raw value; jsonb as compact JSON text
    QUuid uuid(int row, int column) const;

    // Diagnostics of a failed command.
    QByteArray sqlState() const;
    QString primaryMessage() const;
    QString detail() const;
    QString context() const;
    QString constraintName() const;

private:
    const char* value(int row, int column, int* length) const;
    bool binary(int column) const;

    pg_result* m_result = nullptr;
};

// One libpq connection. Synchronous, used by one thread at a time. Failures become StoreError with
// a kind taken from the SQLSTATE: connection problems are Unreachable, bad values BadInput, the rest
// Database. The conninfo (which may carry a password) is handed to libpq and not kept here.
class PostgresConnection
{
public:
    enum class Format
    {
        Text = 0,
        Binary = 1
    };

    explicit PostgresConnection(const QString& conninfo);
    ~PostgresConnection();
    // A second connection to the same server, database and role, with the parameters this one
    // used (libpq keeps them, password included, so nobody else has to). With `targetSessionAttrs`,
    // the same parameters ask for that kind of server instead ("read-write": the primary of a
    // multi-host address).
    std::unique_ptr<PostgresConnection> duplicate(const char* targetSessionAttrs = nullptr) const;
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    // Throws on failure; `what` says in plain words what was being done ("reading stream x").
    PgResult exec(const char* sql, const PgParams& params, Format format, const QString& what);
    PgResult exec(const char* sql, const QString& what) { return exec(sql, PgParams(), Format::Text, what); }
    // Returns failed results to the caller, which wants to look at the SQLSTATE; only a lost
    // connection throws.
    PgResult tryExec(const char* sql, const PgParams& params, Format format);

    // A statement prepared once per connection under `name` (a string literal), then executed.
    PgResult execPrepared(const char* name, const char* sql, const PgParams& params, Format format,
                          const QString& what);
    PgResult tryExecPrepared(const char* name, const char* sql, const PgParams& params, Format format);

    // The same, split in two so that the client can work while the server runs the statement:
    // sendPrepared() returns at once, receive() waits for the result. One statement at a time.
    void sendPrepared(const char* name, const char* sql, const PgParams& params, Format format,
                      const QString& what);
    PgResult receive(const QString& what);

    // Runs a script of several statements without parameters (the schema scripts).
    void execScript(const QByteArray& script, const QString& what);

    // COPY … FROM STDIN. put() sends text-format rows; finishCopy() returns the server's verdict.
    void beginCopy(const char* sql, const QString& what);
    void putCopyData(const char* data, qsizetype size);
    PgResult finishCopy();
    void abortCopy(const char* reason) noexcept;
    bool inCopy() const { return m_inCopy; }

    // Turns a failed result into the StoreError to throw.
    StoreError error(const PgResult& result, const QString& what) const;
    [[noreturn]] void raise(const PgResult& result, const QString& what) const { throw error(result, what); }

    // Re-establishes a dropped connection (libpq keeps the parameters); call between transactions.
    void ensureConnected();
    bool inTransaction() const;

    QString serverVersion() const;
    pg_conn* handle() const { return m_conn; }
    // Counts the server sessions this object has had: it changes when ensureConnected() reconnects,
    // which may land on another server of a multi-host address.
    quint64 sessionNumber() const { return m_sessionNumber; }

    // Cancellation, for a store whose operation another thread wants stopped. Between
    // beginCancellable() and endCancellable() (one operation, several statements), cancel() asks
    // the server to stop the statement running now and makes every later statement of the
    // operation fail at once, so a request that falls between two statements is not lost. The
    // statement stopped fails with StoreError(Cancelled). cancel() is thread-safe; outside an
    // operation it does nothing.
    void beginCancellable();
    void endCancellable();
    void cancel();
    // Throws StoreError(Cancelled) when cancel() was called during this operation: for waits that
    // run no statement on this connection.
    void throwIfCancelled(const QString& what) const;

private:
    PostgresConnection() = default;
    void connect(const char* const* keywords, const char* const* values, int expandDbname);
    void setUpSession();
    void checkConnection(const QString& what) const;
    void refreshCancel();

    pg_conn* m_conn = nullptr;
    std::thread::id m_openedOn; // whose count of open connections (PostgresConnection.cpp) has it
    QSet<QByteArray> m_prepared;
    bool m_inCopy = false;
    quint64 m_sessionNumber = 0;

    std::mutex m_cancelMutex; // guards m_cancel and m_operation against cancel() on another thread
    pg_cancel* m_cancel = nullptr;
    bool m_operation = false;
    std::atomic<bool> m_cancelRequested{false};
};

// beginCancellable() … endCancellable() for one scope.
class PgCancellableScope
{
public:
    explicit PgCancellableScope(PostgresConnection& connection) : m_connection(connection)
    {
        m_connection.beginCancellable();
    }
    ~PgCancellableScope() { m_connection.endCancellable(); }
    PgCancellableScope(const PgCancellableScope&) = delete;
    PgCancellableScope& operator=(const PgCancellableScope&) = delete;

private:
    PostgresConnection& m_connection;
};

// BEGIN … COMMIT; anything that leaves the scope before commit() rolls back, aborting a COPY first.
class PgTransaction
{
public:
    explicit PgTransaction(PostgresConnection& connection, const char* begin = "BEGIN");
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    void commit();
    void rollback() noexcept;
    // Ends this transaction and starts a new one with the same BEGIN (and so a fresh snapshot).
    void restart();
    // After commit(): starts a new transaction with the same BEGIN.
    void begin();

private:
    PostgresConnection& m_connection;
    const char* m_begin;
    bool m_open = false;
};

} // namespace Rewind
