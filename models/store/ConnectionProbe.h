#pragma once

#include "ConnectionSecurity.h"
#include "StoreAccess.h"
#include "StoreError.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Rewind {

// What testing a store address found: the facts of a store that opened, or why it did not.
struct ProbeResult
{
    QString address;      // as given to the probe (may hold a password: do not show it, use `shownAddress`)
    QString shownAddress; // password-free
    bool reachable = false;
    QString backend;             // "sqlite" or "postgresql"
    QString serverVersion;       // "PostgreSQL 15.18 (Debian …)", "SQLite 3.40.1"
    QString role;                // the PostgreSQL role the session runs as; empty on SQLite
    bool hasSchema = false;      // the message store's tables are there
    qint64 headPosition = 0;     // global position of the last event; 0 for an empty store
    StoreAccess access;          // what the session's role may do; read when hasSchema
    ConnectionSecurity security; // the link's encryption, the server's durability settings
    QStringList warnings;        // ConnectionWarnings in plain words; empty when all is well
    qint64 elapsedMs = 0;
    StoreError::Kind errorKind = StoreError::Kind::Database;
    QString error; // the store's own message when it is not reachable or could not be read
};

// Opens a store address once to tell whether it works and what is behind it, without changing
// anything: no file is created, no schema installed. A PostgreSQL address without its own
// connect_timeout gets one, so a server that never answers ends the test instead of hanging it.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int ConnectTimeoutSeconds = 10;

    explicit ConnectionProbe(QObject* parent = nullptr);

    // Blocks: call it off the UI thread (start() does).
    static ProbeResult probe(const QString& address);
    // The address with connect_timeout added when it is PostgreSQL and has none.
    static QString withConnectTimeout(const QString& address, int seconds = ConnectTimeoutSeconds);

    // Runs probe() on a pool thread; finished() arrives on this object's thread, and not at all
    // once this object is gone (a dialog closed while the test runs).
    void start(const QString& address);
    bool isRunning() const { return m_running > 0; }

signals:
    void finished(const Rewind::ProbeResult& result);

private:
    int m_running = 0;
};

} // namespace Rewind

Q_DECLARE_METATYPE(Rewind::ProbeResult)
