#pragma once

// Throwaway PostgreSQL databases for tests. The cluster comes from the libpq environment (PGHOST,
// PGPORT, PGUSER, PGPASSWORD, as pg_virtualenv sets them). Tests that need it fail, never skip,
// when there is no server: a green run must mean the PostgreSQL store was exercised.

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QString>
#include <QTest>

#include <libpq-fe.h>

#include <atomic>
#include <optional>

// One raw libpq connection, for what a test must do behind the store's back (a second writer, an
// open transaction, installing Message DB).
class PgTestConnection
{
public:
    explicit PgTestConnection(const QString& conninfo)
    {
        m_conn = PQconnectdb(conninfo.toUtf8().constData());
        if (PQstatus(m_conn) != CONNECTION_OK)
            m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        else
            PQsetNoticeProcessor(
                m_conn, [](void*, const char*) {}, nullptr);
    }
    ~PgTestConnection() { PQfinish(m_conn); }
    PgTestConnection(const PgTestConnection&) = delete;
    PgTestConnection& operator=(const PgTestConnection&) = delete;

    bool isValid() const { return PQstatus(m_conn) == CONNECTION_OK; }
    QString error() const { return m_error; }
    PGconn* handle() const { return m_conn; }

    // Runs SQL (several statements allowed when there are no parameters); false and error() on failure.
    bool exec(const QString& sql, const QStringList& params = {})
    {
        m_rows.clear();
        PGresult* r = run(sql, params);
        const ExecStatusType status = PQresultStatus(r);
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!ok) {
            m_error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
            m_sqlState = QString::fromUtf8(PQresultErrorField(r, PG_DIAG_SQLSTATE));
        } else {
            for (int i = 0; i < PQntuples(r); ++i) {
                QStringList row;
                for (int j = 0; j < PQnfields(r); ++j)
                    row << (PQgetisnull(r, i, j) ? QString() : QString::fromUtf8(PQgetvalue(r, i, j)));
                m_rows << row;
            }
        }
        PQclear(r);
        return ok;
    }
    // The first column of the first row, or nullopt when the query failed or returned nothing.
    std::optional<QString> value(const QString& sql, const QStringList& params = {})
    {
        if (!exec(sql, params) || m_rows.isEmpty())
            return std::nullopt;
        return m_rows.first().value(0);
    }
    QList<QStringList> rows() const { return m_rows; }
    QString sqlState() const { return m_sqlState; }

private:
    PGresult* run(const QString& sql, const QStringList& params)
    {
        if (params.isEmpty())
            return PQexec(m_conn, sql.toUtf8().constData());
        QList<QByteArray> values;
        for (const QString& p : params)
            values << p.toUtf8();
        std::vector<const char*> pointers;
        for (const QByteArray& v : values)
            pointers.push_back(v.constData());
        return PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr, pointers.data(),
                            nullptr, nullptr, 0);
    }

    PGconn* m_conn = nullptr;
    QString m_error;
    QString m_sqlState;
    QList<QStringList> m_rows;
};

// A fresh, uniquely named database, dropped again (with any connection still open to it) when the
// object goes out of scope.
class PgTestDatabase
{
public:
    PgTestDatabase()
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("rewind_test_%1_%2_%3")
                     .arg(QCoreApplication::applicationPid())
                     .arg(++counter)
                     .arg(QRandomGenerator::global()->bounded(1000000));
        PgTestConnection admin(adminConninfo());
        if (!admin.isValid()) {
            m_error = QStringLiteral("cannot reach the PostgreSQL server given by the libpq environment "
                                     "(PGHOST=%1 PGPORT=%2 PGUSER=%3); run the tests under pg_virtualenv: %4")
                          .arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"),
                               qEnvironmentVariable("PGUSER"), admin.error());
            return;
        }
        if (!admin.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
            m_error = QStringLiteral("cannot create database %1: %2").arg(m_name, admin.error());
            return;
        }
        m_created = true;
    }
    ~PgTestDatabase()
    {
        if (!m_created)
            return;
        PgTestConnection admin(adminConninfo());
        if (admin.isValid())
            admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    bool isValid() const { return m_created; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    // Host, port, user and password come from the environment, as for any libpq program.
    QString conninfo() const { return QStringLiteral("dbname=%1").arg(m_name); }

    static QString adminConninfo()
    {
        const QString db = qEnvironmentVariableIsSet("PGDATABASE") ? qEnvironmentVariable("PGDATABASE")
                                                                   : QStringLiteral("postgres");
        return QStringLiteral("dbname='%1' connect_timeout=10").arg(db);
    }

private:
    QString m_name; // letters, digits and '_' only, so it needs no quoting
    QString m_error;
    bool m_created = false;
};

// Declares `var` as a fresh database and fails the test (never skips) when there is no server.
#define REWIND_PG_DATABASE(var)                                                                              \
    PgTestDatabase var;                                                                                      \
    QVERIFY2(var.isValid(), qPrintable(var.error()))
