#include "ScratchDatabase.h"

#include "PeerRunner.h"

#include <QUrl>
#include <QUrlQuery>

namespace Rewind::Cli {

ScratchDatabase::ScratchDatabase(const CliContext& context, QString psql, QString serverConninfo,
                                 QString name)
    : m_context(context), m_psql(std::move(psql)), m_serverConninfo(std::move(serverConninfo)),
      m_name(std::move(name))
{
    PeerRunner::check(QStringLiteral("creating scratch database %1 (the role needs CREATEDB)").arg(m_name),
                      m_psql,
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), m_serverConninfo,
                       QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(m_name)});
}

ScratchDatabase::~ScratchDatabase()
{
    // FORCE: a child process killed mid-run may still hold a connection.
    const auto run =
        PeerRunner::run(m_psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                                 m_serverConninfo, QStringLiteral("-c"),
                                 QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)});
    if (run.crashed || run.exitCode != 0)
        m_context.note(QStringLiteral("rewind bench: could not drop scratch database %1, drop it by hand: %2")
                           .arg(m_name, QString::fromUtf8(run.err).trimmed()));
}

QString ScratchDatabase::onDatabase(const QString& conninfo, const QString& database)
{
    if (conninfo.startsWith(QLatin1String("postgresql://")) ||
        conninfo.startsWith(QLatin1String("postgres://"))) {
        QUrl url(conninfo);
        url.setPath(QLatin1Char('/') + database);
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("dbname"));
        url.setQuery(query);
        return url.toString();
    }
    return conninfo.trimmed() + QStringLiteral(" dbname=") + database;
}

} // namespace Rewind::Cli
