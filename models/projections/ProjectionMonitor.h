#pragma once

#include "EventStore.h"
#include "ProjectionStatusReader.h"
#include "StoreSession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace Rewind {

class StoreSession;

// One line of the projections view: a projection, where it runs, and its figures as last read.
struct MonitoredProjection
{
    enum class Where
    {
        Store,    // a built-in projection as saved in this store (by `rewind projections`, a rebuild)
        Serve,    // a `rewind serve` instance, read over HTTP
        External, // an Eventide consumer, found by its position stream
    };
    Where where = Where::Store;
    QString source; // "store", the serve instance's URL, or "external": the lag history's source
    ProjectionStatus status;
    QString error; // a serve instance that did not answer: the last failure

    QString key() const { return source + QLatin1Char('\n') + status.name; }
};

// Reads every projection's status about once a second and keeps its lag history:
// the store's built-in projections and its Eventide consumers through the session (off the UI
// thread), `rewind serve` instances over HTTP (asynchronously). Each reading becomes a LagSample,
// appended to the store's lag history when it has one, so that the last 24 hours survive a
// restart; the history is loaded back when a session is set.
class ProjectionMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int SampleIntervalMs = 1000;
    static constexpr qint64 HistoryUs = 24LL * 3600 * 1000 * 1000;
    static constexpr int DiscoveryIntervalMs = 60'000; // finding consumers scans the log
    static constexpr int ThroughputWindowMs = 5000;    // events/s over the last few samples

    explicit ProjectionMonitor(QObject* parent = nullptr);
    ~ProjectionMonitor() override;

    void setSession(StoreSession* session);
    void setRunning(bool running); // the timer: a view that is hidden need not sample

    void addServeInstance(const QUrl& url);
    void removeServeInstance(const QUrl& url);
    QList<QUrl> serveInstances() const { return m_serve; }
    // "http://host:9464" → the instance's base URL; a bare "host:port" gets http://. Invalid: empty.
    static QUrl serveUrl(const QString& text);

    const QList<MonitoredProjection>& projections() const { return m_projections; }
    // Oldest first, within the last 24 hours.
    QList<LagSample> history(const QString& key) const { return m_history.value(key); }
    bool keepsHistory() const { return m_keepsHistory; }
    // Whether readings are appended to the store's lag history. Off for a role that may not write
    // Rewind's tables (rewind_support, rewind_editor): such a window still shows the history others
    // keep, and its own readings of this session.
    void setWritesHistory(bool writes) { m_writesHistory = writes; }
    bool writesHistory() const { return m_writesHistory; }

    // Takes a reading now (the timer does it every second).
    void sample();

signals:
    void projectionsUpdated();
    void historyLoaded();
    void sampled(qint64 timeUs);
    void readFailed(const QString& message);

private:
    struct Reading;

    void fetchServe(const QUrl& url);
    void readingArrived(const Reading& reading);
    void discover();
    void loadHistory();
    void record(const QList<LagSample>& samples);
    void rebuildRows();
    double throughput(const QString& key, qint64 checkpoint, qint64 timeUs) const;

    QPointer<StoreSession> m_session;
    QTimer m_timer;
    QNetworkAccessManager* m_network;
    QList<QUrl> m_serve;
    QHash<QUrl, MonitoredProjection> m_serveFailures;     // per instance that did not answer
    QHash<QUrl, QList<ProjectionStatus>> m_serveStatuses; // last answer per instance
    QSet<QUrl> m_fetching;                                // a request on its way
    QList<LagSample> m_pendingSamples; // recorded, to be appended to the store by the next reading
    QList<ProjectionStatus> m_storeStatuses;
    QList<ProjectionStatus> m_externalStatuses;
    QStringList m_consumerStreams;
    QElapsedTimer m_sinceDiscovery;
    bool m_discovering = false;
    QList<MonitoredProjection> m_projections;
    QHash<QString, QList<LagSample>> m_history;
    bool m_keepsHistory = false;
    bool m_writesHistory = true;
    StoreJob m_readJob;
    StoreJob m_discoverJob;
    StoreJob m_historyJob;
    bool m_reading = false;
    qint64 m_lastPruneUs = 0;
};

} // namespace Rewind
