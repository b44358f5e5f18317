#include "ProjectionMonitor.h"

#include "BuiltInProjections.h"
#include "EventTime.h"
#include "ProjectionMetrics.h"
#include "StoreSession.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace Rewind {

namespace {

const QString StoreSource = QStringLiteral("store");
const QString ExternalSource = QStringLiteral("external");
constexpr qint64 PruneIntervalUs = 10LL * 60 * 1000 * 1000;

} // namespace

struct ProjectionMonitor::Reading
{
    qint64 timeUs = 0;
    QList<ProjectionStatus> saved;
    QList<ProjectionStatus> external;
    bool keepsHistory = false;
};

ProjectionMonitor::ProjectionMonitor(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_timer.setInterval(SampleIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ProjectionMonitor::sample);
}

ProjectionMonitor::~ProjectionMonitor()
{
    m_readJob.cancel();
    m_discoverJob.cancel();
    m_historyJob.cancel();
}

void ProjectionMonitor::setSession(StoreSession* session)
{
    m_readJob.cancel();
    m_discoverJob.cancel();
    m_historyJob.cancel();
    m_reading = false;
    m_discovering = false;
    m_session = session;
    m_storeStatuses.clear();
    m_externalStatuses.clear();
    m_consumerStreams.clear();
    m_sinceDiscovery.invalidate();
    m_pendingSamples.clear();
    m_history.clear();
    m_keepsHistory = false;
    rebuildRows();
    emit projectionsUpdated();
    if (!session)
        return;
    loadHistory();
    sample();
}

void ProjectionMonitor::setRunning(bool running)
{
    if (running)
        m_timer.start();
    else
        m_timer.stop();
}

QUrl ProjectionMonitor::serveUrl(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("http://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("http")))
        return {};
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

void ProjectionMonitor::addServeInstance(const QUrl& url)
{
    if (!url.isValid() || m_serve.contains(url))
        return;
    m_serve.append(url);
    fetchServe(url);
    rebuildRows();
    emit projectionsUpdated();
}

void ProjectionMonitor::removeServeInstance(const QUrl& url)
{
    m_serve.removeAll(url);
    m_serveStatuses.remove(url);
    m_serveFailures.remove(url);
    rebuildRows();
    emit projectionsUpdated();
}

void ProjectionMonitor::sample()
{
    for (const QUrl& url : std::as_const(m_serve))
        fetchServe(url);
    if (!m_session || m_reading)
        return; // one reading at a time: a slow store skips seconds rather than queueing them
    if (!m_sinceDiscovery.isValid() || m_sinceDiscovery.elapsed() > DiscoveryIntervalMs)
        discover();
    m_reading = true;
    const QStringList consumers = m_consumerStreams;
    const QList<LagSample> pending = std::exchange(m_pendingSamples, {});
    const qint64 now = EventTime::nowUs();
    const bool prune = now - m_lastPruneUs > PruneIntervalUs;
    if (prune)
        m_lastPruneUs = now;
    // The interactive lane: a reading is a few indexed lookups, and the overview lane may be busy
    // for minutes with the browser's counts on a big store.
    m_readJob = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [consumers, pending, now, prune, writes = m_writesHistory](EventStore& store, const JobControl&) {
            Reading r;
            r.timeUs = now;
            const qint64 head = store.headPosition();
            const qint64 headTimeUs = ProjectionStatusReader::timeAt(store, head).value_or(0);
            BuiltInProjections builtIns;
            r.saved = ProjectionStatusReader::readSaved(store, builtIns.all(), head, headTimeUs);
            for (const QString& stream : consumers)
                if (const auto s = ProjectionStatusReader::externalConsumer(store, stream))
                    r.external.append(*s);
            r.keepsHistory = store.hasLagHistory();
            if (r.keepsHistory && writes) {
                store.appendLagSamples(pending);
                if (prune)
                    store.pruneLagSamples(now - HistoryUs);
            }
            return r;
        },
        [this](const Reading& r) {
            m_reading = false;
            readingArrived(r);
        },
        [this](const StoreSession::Failure& failure) {
            m_reading = false;
            emit readFailed(failure.message);
        });
}

void ProjectionMonitor::readingArrived(const Reading& r)
{
    m_keepsHistory = r.keepsHistory;
    m_storeStatuses = r.saved;
    m_externalStatuses = r.external;
    QList<LagSample> samples;
    const auto add = [&](const QString& source, const ProjectionStatus& s) {
        const QString key = source + QLatin1Char('\n') + s.name;
        samples.append(LagSample{source, s.name, r.timeUs, s.checkpoint, s.lagEvents,
                                 std::max(0.0, s.lagSeconds), throughput(key, s.checkpoint, r.timeUs)});
    };
    for (const ProjectionStatus& s : std::as_const(m_storeStatuses))
        add(StoreSource, s);
    for (const ProjectionStatus& s : std::as_const(m_externalStatuses))
        add(ExternalSource, s);
    record(samples);
    rebuildRows();
    emit projectionsUpdated();
    emit sampled(r.timeUs);
}

void ProjectionMonitor::fetchServe(const QUrl& url)
{
    // One request per instance at a time; an instance that does not answer within the sampling
    // interval misses that second.
    if (m_fetching.contains(url))
        return;
    m_fetching.insert(url);
    QNetworkRequest request(url.resolved(QUrl(QStringLiteral("status"))));
    request.setTransferTimeout(SampleIntervalMs * 3);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        m_fetching.remove(url);
        if (!m_serve.contains(url))
            return; // removed meanwhile
        const qint64 now = EventTime::nowUs();
        QString error;
        std::optional<ServeStatus> status;
        if (reply->error() != QNetworkReply::NoError)
            error = reply->errorString();
        else
            status = ProjectionMetrics::parseStatusJson(reply->readAll(), &error);
        if (!status) {
            MonitoredProjection failed;
            failed.where = MonitoredProjection::Where::Serve;
            failed.source = url.toString();
            failed.status.name = url.authority();
            failed.error = error;
            m_serveFailures.insert(url, failed);
            m_serveStatuses.remove(url);
        } else {
            m_serveFailures.remove(url);
            if (!status->healthy)
                for (ProjectionStatus& s : status->projections)
                    s.savedVersion.clear();
            m_serveStatuses.insert(url, status->projections);
            if (!status->healthy)
                m_serveFailures.insert(
                    url, MonitoredProjection{
                             MonitoredProjection::Where::Serve, url.toString(), {}, status->error});
            QList<LagSample> samples;
            for (const ProjectionStatus& s : std::as_const(status->projections)) {
                const QString key = url.toString() + QLatin1Char('\n') + s.name;
                samples.append(LagSample{url.toString(), s.name, now, s.checkpoint, s.lagEvents,
                                         std::max(0.0, s.lagSeconds), throughput(key, s.checkpoint, now)});
            }
            record(samples);
        }
        rebuildRows();
        emit projectionsUpdated();
    });
}

void ProjectionMonitor::discover()
{
    if (m_discovering || !m_session)
        return;
    m_discovering = true;
    m_discoverJob = m_session->submit(
        StoreSession::Lane::Overview, this,
        [](EventStore& store, const JobControl&) {
            return ProjectionStatusReader::externalConsumerStreams(store);
        },
        [this](const QStringList& streams) {
            m_discovering = false;
            m_sinceDiscovery.start();
            m_consumerStreams = streams;
        },
        [this](const StoreSession::Failure& failure) {
            m_discovering = false;
            m_sinceDiscovery.start(); // try again after the interval, not every second
            emit readFailed(failure.message);
        });
}

void ProjectionMonitor::loadHistory()
{
    const qint64 since = EventTime::nowUs() - HistoryUs;
    m_historyJob = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [since](EventStore& store, const JobControl&) {
            return store.hasLagHistory() ? store.lagSamples(since) : QList<LagSample>{};
        },
        [this](const QList<LagSample>& loaded) {
            // Older than anything sampled since the session was set: in front of it.
            QHash<QString, QList<LagSample>> merged;
            for (const LagSample& s : loaded)
                merged[s.source + QLatin1Char('\n') + s.projection].append(s);
            for (auto it = m_history.cbegin(); it != m_history.cend(); ++it) {
                QList<LagSample>& list = merged[it.key()];
                const qint64 last = list.isEmpty() ? 0 : list.last().timeUs;
                for (const LagSample& s : it.value())
                    if (s.timeUs > last)
                        list.append(s);
            }
            m_history = std::move(merged);
            emit historyLoaded();
        },
        [this](const StoreSession::Failure& failure) { emit readFailed(failure.message); });
}

void ProjectionMonitor::record(const QList<LagSample>& samples)
{
    const qint64 oldest = EventTime::nowUs() - HistoryUs;
    for (const LagSample& s : samples) {
        QList<LagSample>& list = m_history[s.source + QLatin1Char('\n') + s.projection];
        list.append(s);
        const auto firstKept = std::find_if(list.cbegin(), list.cend(),
                                            [oldest](const LagSample& x) { return x.timeUs >= oldest; });
        if (firstKept != list.cbegin())
            list.erase(list.cbegin(), firstKept);
    }
    m_pendingSamples += samples;
}

double ProjectionMonitor::throughput(const QString& key, qint64 checkpoint, qint64 timeUs) const
{
    const auto it = m_history.constFind(key);
    if (it == m_history.cend() || it->isEmpty())
        return 0;
    const qint64 windowStart = timeUs - qint64(ThroughputWindowMs) * 1000;
    const auto from = std::find_if(it->cbegin(), it->cend(),
                                   [windowStart](const LagSample& s) { return s.timeUs >= windowStart; });
    const LagSample& base = from == it->cend() ? it->last() : *from;
    const double seconds = double(timeUs - base.timeUs) / 1e6;
    if (seconds <= 0)
        return it->last().eventsPerSecond;
    return std::max(0.0, double(checkpoint - base.checkpoint) / seconds);
}

void ProjectionMonitor::rebuildRows()
{
    QList<MonitoredProjection> rows;
    for (const ProjectionStatus& s : std::as_const(m_storeStatuses))
        rows.append({MonitoredProjection::Where::Store, StoreSource, s, {}});
    for (const QUrl& url : std::as_const(m_serve)) {
        const QString error = m_serveFailures.value(url).error;
        const QList<ProjectionStatus> statuses = m_serveStatuses.value(url);
        if (statuses.isEmpty()) {
            MonitoredProjection waiting{MonitoredProjection::Where::Serve, url.toString(), {}, error};
            waiting.status.name = url.authority();
            rows.append(waiting);
        }
        for (const ProjectionStatus& s : statuses)
            rows.append({MonitoredProjection::Where::Serve, url.toString(), s, error});
    }
    for (const ProjectionStatus& s : std::as_const(m_externalStatuses))
        rows.append({MonitoredProjection::Where::External, ExternalSource, s, {}});
    // Events/s as measured over the last samples, not the rate of the run that saved a state.
    for (MonitoredProjection& row : rows) {
        const auto it = m_history.constFind(row.key());
        if (it != m_history.cend() && !it->isEmpty())
            row.status.eventsPerSecond = qRound64(it->last().eventsPerSecond);
    }
    m_projections = rows;
}

} // namespace Rewind
