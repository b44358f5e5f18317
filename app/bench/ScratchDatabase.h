#pragma once

#include "CliCommand.h"

#include <QString>

namespace Rewind::Cli {

// A database created for one benchmark run on the server of a given connection, and dropped when
// this object goes, on failure too. Created and dropped with psql: CREATE DATABASE takes no bound
// parameters, and the name is generated here from digits and letters only.
class ScratchDatabase
{
public:
    ScratchDatabase(const CliContext& context, QString psql, QString serverConninfo, QString name);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;

    QString name() const { return m_name; }
    QString conninfo() const { return onDatabase(m_serverConninfo, m_name); }

    // The same connection pointed at another database: a URI gets a new path, a conninfo string a
    // trailing dbname=, which libpq lets override an earlier one or the service file's.
    static QString onDatabase(const QString& conninfo, const QString& database);

private:
    const CliContext& m_context;
    QString m_psql;
    QString m_serverConninfo;
    QString m_name;
};

} // namespace Rewind::Cli
