#include "SqliteStatement.h"

#include "StoreError.h"

#include <sqlite3.h>

namespace Rewind {

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::fail(int rc) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    const int primary = rc & 0xff;
    if (primary == SQLITE_INTERRUPT) // EventStore::interrupt() from another thread
        throw StoreError(StoreError::Kind::Cancelled, QStringLiteral("SQLite: %1").arg(message));
    const auto kind = (primary == SQLITE_CANTOPEN || primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
                          ? StoreError::Kind::Unreachable
                          : StoreError::Kind::Database;
    throw StoreError(kind, QStringLiteral("SQLite: %1").arg(message));
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QByteArray& utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bindBlob(int index, const QByteArray& bytes)
{
    // A zero-length blob, not NULL, for an empty state.
    sqlite3_bind_blob64(m_stmt, index, bytes.isNull() ? "" : bytes.constData(), sqlite3_uint64(bytes.size()),
                        SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bind(int index, const SqliteValue& value)
{
    std::visit([&](const auto& v) { bind(index, v); }, value);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc);
}

int SqliteStatement::run(bool tolerateConstraint)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return SQLITE_DONE;
    }
    const int extended = sqlite3_extended_errcode(m_db);
    sqlite3_reset(m_stmt);
    if (tolerateConstraint && (rc & 0xff) == SQLITE_CONSTRAINT)
        return extended;
    fail(rc);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::bytes(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView SqliteStatement::view(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, column));
}

QString SqliteStatement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

} // namespace Rewind
