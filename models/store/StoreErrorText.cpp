#include "StoreErrorText.h"

#include <QRegularExpression>

namespace Rewind {

namespace {

// The first capture of `pattern` in `message`, or an empty string.
QString captured(const QString& message, const QRegularExpression& pattern)
{
    const QRegularExpressionMatch m = pattern.match(message);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool has(const QString& message, const char* words)
{
    return message.contains(QLatin1String(words), Qt::CaseInsensitive);
}

} // namespace

StoreErrorText StoreErrorText::from(const QString& message, const QString& address)
{
    StoreErrorText t;
    t.m_detail = message.trimmed();
    const QString& m = t.m_detail;
    const QString initCommand = address.isEmpty() ? QStringLiteral("rewind --store ADDRESS init")
                                                  : QStringLiteral("rewind --store \"%1\" init").arg(address);
    static const QRegularExpression quotedDatabase(
        QStringLiteral(R"re(database "([^"]*)" does not exist)re"));
    static const QRegularExpression quotedRole(QStringLiteral(R"re(role "([^"]*)" does not exist)re"));
    static const QRegularExpression quotedUser(QStringLiteral(R"re(for user "([^"]*)")re"));
    static const QRegularExpression quotedHost(
        QStringLiteral(R"re(could not translate host name "([^"]*)")re"));
    static const QRegularExpression quotedService(
        QStringLiteral(R"re(definition of service "([^"]*)" not found)re"));
    static const QRegularExpression serverAt(
        QStringLiteral(R"re(connection to server (at "[^"]*"[^,]*, port \d+|on socket "[^"]*"))re"));
    static const QRegularExpression sqlitePath(
        QStringLiteral(R"re(^no SQLite store at (.*) \(create one)re"));

    // The order matters: a refused connection also says "No such file or directory" (of a socket),
    // and a missing database is reported inside a "connection to server … failed" line.
    if (has(m, "store address:")) {
        t.m_problem = Problem::BadAddress;
        t.m_summary = tr("This is not a store address Rewind understands.");
        t.m_hint = tr("Give a SQLite file path, a postgresql:// URI, or a libpq connection string "
                      "such as \"host=db dbname=events\" or \"service=events\".");
    } else if (has(m, "could not translate host name")) {
        t.m_problem = Problem::UnknownHost;
        t.m_summary = tr("The server name \"%1\" is not known on this network.").arg(captured(m, quotedHost));
        t.m_hint = tr("Check the host name for typing errors, or use the server's IP address.");
    } else if (has(m, "Is the server running") || has(m, "Connection refused")) {
        t.m_problem = Problem::ServerNotRunning;
        const QString where = captured(m, serverAt);
        t.m_summary = where.isEmpty() ? tr("No PostgreSQL server answered.")
                                      : tr("No PostgreSQL server answered (%1).").arg(where);
        t.m_hint = tr("The server may not be running, or it listens on another host or port. "
                      "Check the host and port, and that the server is started.");
    } else if (has(m, "timeout expired")) {
        t.m_problem = Problem::Timeout;
        t.m_summary = tr("The PostgreSQL server did not answer in time.");
        t.m_hint = tr("The server may be down, or a firewall may be in the way.");
    } else if (has(m, "password authentication failed")) {
        t.m_problem = Problem::PasswordFailed;
        t.m_summary = tr("The server refused the password for user \"%1\".").arg(captured(m, quotedUser));
        t.m_hint = tr("The password is wrong, or the user does not exist (the server does not say which). "
                      "Rewind never stores passwords: put yours in ~/.pgpass or the PGPASSWORD "
                      "environment variable.");
    } else if (has(m, "no password supplied")) {
        t.m_problem = Problem::NoPassword;
        t.m_summary = tr("The server asks for a password, and none was found.");
        t.m_hint = tr("Rewind never stores passwords: put yours in ~/.pgpass or the PGPASSWORD "
                      "environment variable, then try again.");
    } else if (has(m, "Peer authentication failed")) {
        t.m_problem = Problem::PeerAuthenticationFailed;
        t.m_summary = tr("The server only lets in the operating-system user of the same name as the "
                         "database user \"%1\".")
                          .arg(captured(m, quotedUser));
        t.m_hint = tr("Connect as that database user's own system account, or connect over TCP "
                      "(host=localhost) with a password.");
    } else if (m.contains(quotedDatabase)) {
        t.m_problem = Problem::DatabaseMissing;
        t.m_summary = tr("The server has no database called \"%1\".").arg(captured(m, quotedDatabase));
        t.m_hint = tr("Check the database name; an administrator can create it with createdb.");
    } else if (m.contains(quotedRole)) {
        t.m_problem = Problem::RoleMissing;
        t.m_summary = tr("The server has no user (role) called \"%1\".").arg(captured(m, quotedRole));
        t.m_hint = tr("Check the user name; an administrator can create it with createuser.");
    } else if (m.contains(quotedService)) {
        t.m_problem = Problem::ServiceMissing;
        t.m_summary = tr("There is no connection service called \"%1\".").arg(captured(m, quotedService));
        t.m_hint = tr("Services are defined in ~/.pg_service.conf (or the file PGSERVICEFILE names).");
    } else if (has(m, "no SQLite store at")) {
        t.m_problem = Problem::NoSuchFile;
        t.m_summary = tr("There is no file at %1.").arg(captured(m, sqlitePath));
        t.m_hint = tr("Check the path. To start a new store there, run: %1").arg(initCommand);
    } else if (has(m, "is a directory, not a SQLite file")) {
        t.m_problem = Problem::NotAFile;
        t.m_summary = tr("This is a folder, not a SQLite file.");
        t.m_hint = tr("Choose the store's file inside it.");
    } else if (has(m, "file is not a database") || has(m, "is not a usable SQLite store")) {
        t.m_problem = Problem::NotADatabase;
        t.m_summary = tr("This file is not a SQLite database.");
        t.m_hint = tr("Choose the store's .sqlite file; other files cannot be opened as stores.");
    } else if (has(m, "has no `messages` table") || has(m, "schema message_store is missing") ||
               has(m, "message store schema is missing")) {
        t.m_problem = Problem::SchemaMissing;
        t.m_summary = tr("This database is not a Rewind or Message DB store: its tables are missing.");
        t.m_hint = tr("To make it one, run: %1").arg(initCommand);
    } else if (has(m, "permission denied") || has(m, "readonly database") ||
               has(m, "unable to open database file")) {
        t.m_problem = Problem::PermissionDenied;
        t.m_summary = tr("You are not allowed to open this store.");
        t.m_hint = tr("Ask its owner or an administrator for access (read access is enough to browse).");
    } else {
        t.m_summary = tr("The store reported an error.");
    }
    return t;
}

QString StoreErrorText::text() const
{
    const QString first = m_hint.isEmpty() ? m_summary : m_summary + QLatin1Char(' ') + m_hint;
    return first + QLatin1Char('\n') + tr("Details: %1").arg(m_detail);
}

} // namespace Rewind
