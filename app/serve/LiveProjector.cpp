#include "LiveProjector.h"

#include "BuiltInProjections.h"
#include "EventStoreFactory.h"
#include "StoreError.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutexLocker>

#include <algorithm>
#include <limits>
#include <vector>

namespace Rewind {

namespace {

constexpr int HeadWaitSliceMs = 1000;

// Passes everything to the projection it wraps and counts what apply() did with each event, so the
// status can say how many events each projection folded and parked. The counters are written by
// the runner's folding thread and read between batches.
class CountingProjection final : public Projection
{
public:
    explicit CountingProjection(Projection& inner) : m_inner(inner) {}

    QString name() const override { return m_inner.name(); }
    QByteArray codeVersion() const override { return m_inner.codeVersion(); }
    QList<QByteArray> handledTypes() const override { return m_inner.handledTypes(); }
    void apply(const EventView& event) override
    {
        try {
            m_inner.apply(event);
        } catch (const ProjectionError&) {
            parked.fetch_add(1, std::memory_order_relaxed);
            throw;
        }
        applied.fetch_add(1, std::memory_order_relaxed);
    }
    void reset() override { m_inner.reset(); }
    QByteArray saveState() const override { return m_inner.saveState(); }
    void loadState(QByteArrayView bytes) override { m_inner.loadState(bytes); }
    QString summary() const override { return m_inner.summary(); }

    std::atomic<qint64> applied{0}; // since serve started
    std::atomic<qint64> parked{0};  // since the runner last started

private:
    Projection& m_inner;
};

std::unique_ptr<EventStore> openStore(const QString& address)
{
    auto store = EventStoreFactory::open(address, EventStoreFactory::Mode::MustExist);
    if (!store->hasSchema())
        throw StoreError(
            StoreError::Kind::Unreachable,
            QStringLiteral("%1 has no message store: create it with `rewind --store ADDRESS init`")
                .arg(store->displayAddress()));
    return store;
}

} // namespace

LiveProjector::LiveProjector(const QString& storeAddress, LiveProjectorOptions options)
    : m_address(storeAddress), m_options(options)
{
}

LiveProjector::~LiveProjector()
{
    stop();
}

QList<ProjectionStart> LiveProjector::start()
{
    // Shared with the thread: it may still be inside set_value() when get() here returns.
    auto started = std::make_shared<std::promise<QList<ProjectionStart>>>();
    std::future<QList<ProjectionStart>> result = started->get_future();
    m_projector = std::thread([this, started] { runProjector(*started); });
    QList<ProjectionStart> starts;
    try {
        starts = result.get();
    } catch (...) {
        m_projector.join();
        throw;
    }
    // The first answer must already carry the head the watch read.
    auto watching = std::make_shared<std::promise<void>>();
    std::future<void> firstAttempt = watching->get_future();
    m_headWatch = std::thread([this, watching] { runHeadWatch(*watching); });
    firstAttempt.wait();
    return starts;
}

void LiveProjector::stop()
{
    m_stopping.store(true);
    {
        QMutexLocker lock(&m_mutex);
        if (m_watcher)
            m_watcher->wake();
        m_wake.wakeAll();
    }
    if (m_headWatch.joinable())
        m_headWatch.join();
    if (m_projector.joinable())
        m_projector.join();
}

void LiveProjector::pause(int ms)
{
    QDeadlineTimer deadline(ms);
    QMutexLocker lock(&m_mutex);
    while (!m_stopping.load() && !deadline.hasExpired())
        m_wake.wait(&m_mutex, deadline);
}

void LiveProjector::publishHead(qint64 head, qint64 headTimeUs)
{
    QMutexLocker lock(&m_mutex);
    m_head = head;
    m_headTimeUs = headTimeUs;
    m_wake.wakeAll();
}

void LiveProjector::runProjector(std::promise<QList<ProjectionStart>>& started)
{
    BuiltInProjections builtIns;
    std::vector<std::unique_ptr<CountingProjection>> counted;
    QList<Projection*> projections;
    for (Projection* p : builtIns.all()) {
        counted.push_back(std::make_unique<CountingProjection>(*p));
        projections.append(counted.back().get());
    }
    bool starting = true;
    int retryMs = 500;
    while (!m_stopping.load()) {
        try {
            const auto store = openStore(m_address);
            ProjectionRunner runner(*store, projections);
            const QList<ProjectionStart> starts = runner.start();
            // The store counts the parked events it keeps; a rebuilt projection starts afresh.
            const QList<ProjectionSnapshot> saved = store->projectionSnapshots();
            QHash<qint64, qint64> timeOf; // checkpoint -> its event's time, as last looked up
            const auto checkpointTime = [&](qint64 checkpoint) -> qint64 {
                if (checkpoint <= 0)
                    return 0;
                if (!timeOf.contains(checkpoint)) {
                    timeOf.clear(); // only the current checkpoints matter
                    timeOf.insert(checkpoint, ProjectionStatusReader::timeAt(*store, checkpoint).value_or(0));
                }
                return timeOf.value(checkpoint);
            };
            QList<Figures> figures;
            for (int i = 0; i < starts.size(); ++i) {
                Figures f;
                f.name = starts[i].name;
                f.codeVersion = projections[i]->codeVersion();
                f.checkpoint = starts[i].checkpoint;
                f.checkpointTimeUs = checkpointTime(f.checkpoint);
                counted[i]->parked.store(0);
                if (starts[i].from == ProjectionStart::From::Snapshot) {
                    for (const ProjectionSnapshot& s : saved) {
                        if (s.name == f.name) {
                            f.parked = s.parkedCount;
                            f.eventsPerSecond = s.eventsPerSecond;
                        }
                    }
                }
                figures.append(f);
            }
            const QList<Figures> base = figures;
            const qint64 head = store->headPosition();
            const qint64 headTimeUs = ProjectionStatusReader::timeAt(*store, head).value_or(0);
            {
                QMutexLocker lock(&m_mutex);
                m_figures = figures;
                m_head = head;
                m_headTimeUs = headTimeUs;
                m_projectorError.clear();
            }
            if (starting) {
                started.set_value(starts);
                starting = false;
            }
            retryMs = 500;

            double eventsPerSecond = -1;
            // Publishes what the runner has applied and saved; called between batches, while no
            // fold runs, so the counters and checkpoints are settled.
            const auto publish = [&] {
                for (int i = 0; i < figures.size(); ++i) {
                    Figures& f = figures[i];
                    f.checkpoint = runner.checkpointOf(f.name);
                    f.checkpointTimeUs = checkpointTime(f.checkpoint);
                    f.applied = counted[i]->applied.load(std::memory_order_relaxed);
                    f.parked = base[i].parked + counted[i]->parked.load(std::memory_order_relaxed);
                    if (eventsPerSecond >= 0)
                        f.eventsPerSecond = qint64(eventsPerSecond);
                }
                QMutexLocker lock(&m_mutex);
                m_figures = figures;
            };

            QElapsedTimer sinceStart;
            qint64 lastDurationMs = 0;
            while (!m_stopping.load()) {
                sinceStart.start();
                runner.catchUp(
                    [&](const ProjectionProgress& p) {
                        eventsPerSecond = p.eventsPerSecond;
                        publish();
                    },
                    &m_stopping);
                publish();
                lastDurationMs = sinceStart.elapsed();

                qint64 lowest = std::numeric_limits<qint64>::max();
                for (const Figures& f : figures)
                    lowest = std::min(lowest, f.checkpoint);
                {
                    QMutexLocker lock(&m_mutex);
                    while (!m_stopping.load() && m_head <= lowest)
                        m_wake.wait(&m_mutex, HeadWaitSliceMs);
                }
                // Paced so that small catch-ups (and the save that ends each) take at most about half
                // the time; capped, so a long first catch-up does not hold back the next one.
                const qint64 interval =
                    std::max<qint64>(m_options.minCatchUpIntervalMs,
                                     std::min<qint64>(lastDurationMs, m_options.maxCatchUpIntervalMs));
                if (sinceStart.elapsed() < interval)
                    pause(int(interval - sinceStart.elapsed()));
            }
        } catch (const StoreError& e) {
            if (e.kind() == StoreError::Kind::Cancelled && m_stopping.load())
                break; // the runner saved what it had applied before it stopped
            if (starting) {
                started.set_exception(std::current_exception());
                return;
            }
            publishError(e.message());
        } catch (const std::exception& e) {
            if (starting) {
                started.set_exception(std::current_exception());
                return;
            }
            publishError(QString::fromLocal8Bit(e.what()));
        }
        // The projections start again from what was saved last: an interrupted batch may have been
        // folded without its checkpoint having moved.
        pause(retryMs);
        retryMs = std::min(retryMs * 2, m_options.retryMaxMs);
    }
}

void LiveProjector::publishError(const QString& message)
{
    QMutexLocker lock(&m_mutex);
    m_projectorError = message;
}

void LiveProjector::runHeadWatch(std::promise<void>& firstAttempt)
{
    bool first = true;
    int retryMs = 500;
    qint64 known = 0;
    {
        QMutexLocker lock(&m_mutex);
        known = m_head;
    }
    while (!m_stopping.load()) {
        std::unique_ptr<EventStore> store;
        std::unique_ptr<HeadWatcher> watcher;
        try {
            store = openStore(m_address);
            watcher = store->watchHead();
            {
                QMutexLocker lock(&m_mutex);
                m_watcher = watcher.get();
            }
            // The head may have moved while this thread was (re)connecting.
            qint64 head = store->headPosition();
            {
                QMutexLocker lock(&m_mutex);
                m_headError.clear();
            }
            retryMs = 500;
            if (first) {
                firstAttempt.set_value();
                first = false;
            }
            while (!m_stopping.load()) {
                if (head != known) {
                    publishHead(head, ProjectionStatusReader::timeAt(*store, head).value_or(0));
                    known = head;
                }
                head = watcher->waitForHead(known, HeadWaitSliceMs);
            }
        } catch (const StoreError& e) {
            QMutexLocker lock(&m_mutex);
            m_headError = e.message();
        } catch (const std::exception& e) {
            QMutexLocker lock(&m_mutex);
            m_headError = QString::fromLocal8Bit(e.what());
        }
        {
            // Never leave stop() a watcher that is about to go away.
            QMutexLocker lock(&m_mutex);
            m_watcher = nullptr;
        }
        watcher.reset();
        store.reset();
        if (first) {
            firstAttempt.set_value();
            first = false;
        }
        if (!m_stopping.load()) {
            pause(retryMs);
            retryMs = std::min(retryMs * 2, m_options.retryMaxMs);
        }
    }
    if (first)
        firstAttempt.set_value();
}

LiveStatus LiveProjector::status() const
{
    QMutexLocker lock(&m_mutex);
    LiveStatus out;
    out.storeError = m_projectorError.isEmpty() ? m_headError : m_projectorError;
    for (const Figures& f : m_figures) {
        ProjectionStatus s;
        s.name = f.name;
        s.codeVersion = f.codeVersion;
        s.savedVersion = f.codeVersion;
        s.checkpoint = f.checkpoint;
        // The projector may have read past the head the head thread has reported so far.
        const bool ahead = f.checkpoint > m_head;
        s.head = ahead ? f.checkpoint : m_head;
        const qint64 headTimeUs = ahead ? f.checkpointTimeUs : m_headTimeUs;
        s.lagEvents = s.head - s.checkpoint;
        if (s.lagEvents == 0)
            s.lagSeconds = 0;
        else if (f.checkpoint > 0 && f.checkpointTimeUs > 0 && headTimeUs > 0)
            s.lagSeconds = std::max(0.0, double(headTimeUs - f.checkpointTimeUs) / 1e6);
        else
            s.lagSeconds = -1; // unknown: nothing applied yet, or a time that could not be read
        s.state = s.lagEvents == 0 ? ProjectionStatus::State::CaughtUp : ProjectionStatus::State::Behind;
        s.eventsPerSecond = f.eventsPerSecond;
        s.parked = f.parked;
        out.projections.append(s);
        out.eventsApplied.insert(f.name, f.applied);
    }
    return out;
}

} // namespace Rewind
