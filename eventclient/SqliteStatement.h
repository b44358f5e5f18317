#pragma once

#include <QByteArray>
#include <QString>

#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace Rewind {

// A value to bind later, kept beside SQL that is built together with its parameters.
using SqliteValue = std::variant<qint64, double, QByteArray>;

// A prepared statement on the sqlite3 handle that Qt's QSQLITE driver opened. The hot paths (bulk
// import, page reads, replay) use it directly: QSqlQuery wraps every value in a QVariant and
// converts text to UTF-16, which costs more than SQLite's own work per row.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    void bind(int index, qint64 value);
    void bind(int index, const QByteArray& utf8); // a null QByteArray binds SQL NULL
    // Text never binds NULL: a null QString is the empty string here, as it is everywhere in Qt.
    void bind(int index, const QString& text);
    void bind(int index, double value);
    void bindBlob(int index, const QByteArray& bytes);
    void bindNull(int index);
    void bind(int index, const SqliteValue& value);

    // Returns true while there is a row; throws StoreError on failure.
    bool step();
    // Runs to completion; returns the result code (SQLITE_DONE, or a constraint code when
    // `tolerateConstraint` is set and a constraint failed) and throws on any other failure.
    int run(bool tolerateConstraint = false);
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    QByteArray bytes(int column) const;
    // The column's bytes without a copy; valid until the next step() or reset().
    QByteArrayView view(int column) const;
    QString text(int column) const;

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace Rewind
