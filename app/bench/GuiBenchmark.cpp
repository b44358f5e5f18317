#include "GuiBenchmark.h"

#include "EventBrowserView.h"
#include "EventFilterBar.h"
#include "EventStore.h"
#include "EventTableModel.h"
#include "EventTableView.h"
#include "StoreError.h"
#include "StoreSession.h"
#include "UiStallWatchdog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <numeric>

namespace Rewind::Cli {

namespace {

constexpr int JumpCount = 20;
constexpr int StepTimeoutMs = 120'000;
constexpr int PaintSampleEvery = 10; // steps of the whole-log scroll between two timed repaints

// Runs the event loop until `done` holds, the way a user's session would: timers, queued results
// and painting all happen meanwhile. Throws when it does not happen in time.
void waitUntil(const std::function<bool()>& done, const QString& what, int timeoutMs = StepTimeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            throw StoreError(
                StoreError::Kind::Database,
                QStringLiteral("bench gui: %1 did not happen within %2 s").arg(what).arg(timeoutMs / 1000));
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

double procStatusMb(const QByteArray& key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

bool rowLoaded(EventTableModel* model, int row)
{
    return model->data(model->index(row, 0), EventTableModel::LoadedRole).toBool();
}

} // namespace

GuiBenchmark::GuiBenchmark(const CliContext& context, BenchReport& report, QString type, qint64 scrollRows)
    : m_context(context), m_report(report), m_type(std::move(type)), m_scrollRows(scrollRows)
{
}

QList<BenchResult> GuiBenchmark::run()
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("bench gui needs the widgets application"));

    // The peer: the same reads by a bare store on this thread (the watchdog is paused for them).
    auto peerStore = m_context.openStore(EventStoreFactory::Mode::MustExist);
    const QString backend = peerStore->backendName();
    const QString display = peerStore->displayAddress();
    m_report.addVersion(QStringLiteral("server"), peerStore->serverVersion());
    const qint64 head = peerStore->headPosition();
    if (head == 0)
        throw StoreError(StoreError::Kind::BadInput,
                         QStringLiteral("bench gui: the store is empty; fill it with `rewind demo`"));
    const auto timePeerPage = [&](const QStringList& types) {
        LogQuery q;
        q.types = types;
        q.limit = EventTableModel::PageSize;
        QElapsedTimer t;
        t.start();
        std::unique_ptr<EventStore> fresh = m_context.openStore(EventStoreFactory::Mode::MustExist);
        const LogBatch batch = fresh->readLog(q);
        return std::make_pair(double(t.nsecsElapsed()) / 1e9, qint64(batch.events.size()));
    };

    UiStallWatchdog watchdog;
    StoreSession session(m_context.storeAddress);
    EventBrowserView view;
    view.resize(1400, 820);
    view.show();
    EventTableModel* model = view.tableModel();
    EventTableView* table = view.eventTable();
    waitUntil([] { return true; }, QStringLiteral("showing the window"));
    watchdog.start();

    const auto makeResult = [&](const QString& benchmark, const QString& title) {
        BenchResult r;
        r.benchmark = benchmark;
        r.title = title;
        r.backend = backend;
        r.store = display;
        return r;
    };
    QList<BenchResult> results;
    QElapsedTimer clock;

    // 1. First page: from handing the window its session (which opens the connections) to the rows.
    bool firstPage = false;
    QObject::connect(model, &EventTableModel::firstPageLoaded, &view, [&] { firstPage = true; });
    watchdog.setPhase(QStringLiteral("first page"));
    clock.start();
    view.setSession(&session);
    waitUntil([&] { return firstPage; }, QStringLiteral("the first page"));
    const double firstPageMs = clock.nsecsElapsed() / 1e6;
    {
        watchdog.pause();
        const auto [seconds, rows] = timePeerPage({});
        watchdog.resume();
        BenchResult r =
            makeResult(QStringLiteral("gui"),
                       QStringLiteral("event browser: first page of the whole log, from a new session"));
        r.rewind = BenchSide{QStringLiteral("window: connect, read, show"), EventTableModel::PageSize,
                             firstPageMs / 1000};
        r.peer = BenchSide{QStringLiteral("bare store: connect and readLog of one page"), rows, seconds};
        r.latencyMs = firstPageMs;
        r.targetLatencyMs = 200;
        r.targetText = QStringLiteral("first page <= 200 ms");
        m_report.print(r); // as soon as measured: the scroll at the end takes minutes on 10M events
        results << r;
    }

    // The row index (a count of every row) runs in the background; the window works meanwhile.
    watchdog.setPhase(QStringLiteral("counting"));
    waitUntil([&] { return model->isSettled(); }, QStringLiteral("counting the rows"), 900'000);
    const double countSeconds = clock.nsecsElapsed() / 1e9;
    const qint64 rows = model->indexedRows();

    // 2. Jumps to random global positions, through the jump box's path (locate, scroll, select).
    QList<double> jumps;
    watchdog.setPhase(QStringLiteral("jumps"));
    {
        QRandomGenerator random(42);
        bool located = false;
        const auto c =
            QObject::connect(model, &EventTableModel::positionLocated, &view, [&] { located = true; });
        for (int i = 0; i < JumpCount; ++i) {
            const qint64 target = 1 + qint64(random.bounded(quint64(head)));
            located = false;
            clock.restart();
            view.jumpTo(QString::number(target));
            waitUntil([&] { return located; }, QStringLiteral("a jump to %1").arg(target));
            // Painted: the rows around it are in memory.
            waitUntil([&] { return rowLoaded(model, table->currentRow()); },
                      QStringLiteral("the jumped-to row"));
            jumps << clock.nsecsElapsed() / 1e6;
        }
        QObject::disconnect(c);
        BenchResult r =
            makeResult(QStringLiteral("gui"),
                       QStringLiteral("event browser: jump to %1 random global positions").arg(JumpCount));
        r.rewind = BenchSide{QStringLiteral("jumps"), JumpCount,
                             std::accumulate(jumps.begin(), jumps.end(), 0.0) / 1000};
        r.latencyMs = *std::max_element(jumps.begin(), jumps.end());
        r.targetLatencyMs = 100;
        r.targetText = QStringLiteral("jump <= 100 ms");
        r.notes << QStringLiteral("median %1 ms").arg(median(jumps), 0, 'f', 1)
                << QStringLiteral("%1 rows counted in the background in %2 s before the jumps")
                       .arg(rows)
                       .arg(countSeconds, 0, 'f', 1);
        m_report.print(r); // as soon as measured: the scroll at the end takes minutes on 10M events
        results << r;
    }

    // 3. A type filter: from applying it to its first page; its full count is reported beside.
    {
        watchdog.setPhase(QStringLiteral("type filter"));
        firstPage = false;
        clock.restart();
        view.findChild<EventFilterBar*>()->setTypes({m_type});
        waitUntil([&] { return firstPage; }, QStringLiteral("the first page of type %1").arg(m_type));
        const double filterMs = clock.nsecsElapsed() / 1e6;
        const int firstRows = model->rowCount();
        waitUntil([&] { return model->isSettled(); }, QStringLiteral("counting type %1").arg(m_type),
                  900'000);
        const double filterCount = clock.nsecsElapsed() / 1e9;
        watchdog.pause();
        const auto [seconds, peerRows] = timePeerPage({m_type});
        watchdog.resume();
        BenchResult r =
            makeResult(QStringLiteral("gui"), QStringLiteral("event browser: filter by type %1").arg(m_type));
        r.rewind = BenchSide{QStringLiteral("window: first page of the filter"), firstRows, filterMs / 1000};
        r.peer = BenchSide{QStringLiteral("bare store: connect and readLog of one filtered page"), peerRows,
                           seconds};
        r.latencyMs = filterMs;
        r.targetLatencyMs = 1000;
        r.targetText = QStringLiteral("filter by type <= 1 s");
        r.notes << QStringLiteral("all %1 matching rows counted in %2 s")
                       .arg(model->indexedRows())
                       .arg(filterCount, 0, 'f', 1);
        m_report.print(r); // as soon as measured: the scroll at the end takes minutes on 10M events
        results << r;
    }

    // 4. Scrolling through every row of the whole log, page by page, each page painted.
    {
        watchdog.setPhase(QStringLiteral("clearing the filter"));
        view.findChild<EventFilterBar*>()->setTypes({});
        waitUntil([&] { return model->isSettled(); }, QStringLiteral("counting the rows again"), 900'000);
        const qint64 total = model->rowCount();
        const qint64 last = m_scrollRows < 0 ? total : std::min(total, m_scrollRows);
        QScrollBar* bar = table->rowScrollBar(); // over every row, not only the table's window
        watchdog.setPhase(QStringLiteral("scrolling"));
        double peakRss = procStatusMb("VmRSS:");
        qint64 steps = 0;
        QList<double> paintMs;
        clock.restart();
        for (qint64 row = 0; row < last; row += EventTableModel::PageSize) {
            watchdog.setStep(QStringLiteral("row %1").arg(row));
            bar->setValue(int(row));
            const int visible = int(std::min<qint64>(row, total - 1));
            waitUntil([&] { return rowLoaded(model, visible); },
                      QStringLiteral("scrolling to row %1").arg(row));
            // What one paint of a full page costs, the unit every stall in this phase is made of;
            // timed now and then, not at every step, so as not to double the work being measured.
            if (steps % PaintSampleEvery == 0) {
                QElapsedTimer paint;
                paint.start();
                table->table()->viewport()->repaint();
                paintMs << paint.nsecsElapsed() / 1e6;
            }
            if (++steps % 100 == 0)
                peakRss = std::max(peakRss, procStatusMb("VmRSS:"));
        }
        peakRss = std::max(peakRss, procStatusMb("VmRSS:"));
        BenchResult r =
            makeResult(QStringLiteral("gui"),
                       QStringLiteral("event browser: memory while scrolling through %1 of %2 rows")
                           .arg(last)
                           .arg(total));
        r.rewind =
            BenchSide{QStringLiteral("rows scrolled, one page per step"), last, clock.nsecsElapsed() / 1e9};
        r.measured = peakRss;
        r.unit = QStringLiteral("MB resident at most");
        r.targetMax = 300;
        r.targetText = QStringLiteral("memory < 300 MB while scrolling");
        r.notes << QStringLiteral(
                       "peak resident set of the whole process (VmHWM) %1 MB; pages in memory at the end: %2")
                       .arg(procStatusMb("VmHWM:"), 0, 'f', 1)
                       .arg(model->cachedPages());
        if (!paintMs.isEmpty()) {
            std::sort(paintMs.begin(), paintMs.end());
            const auto at = [&](double fraction) {
                return paintMs.at(std::min(paintMs.size() - 1, qsizetype(fraction * paintMs.size())));
            };
            r.notes << QStringLiteral(
                           "a full repaint of the table, timed at every %1th step (%2 times): median "
                           "%3 ms, 99th percentile %4 ms, longest %5 ms")
                           .arg(PaintSampleEvery)
                           .arg(paintMs.size())
                           .arg(at(0.5), 0, 'f', 2)
                           .arg(at(0.99), 0, 'f', 2)
                           .arg(paintMs.last(), 0, 'f', 2);
        }
        m_report.print(r); // as soon as measured: the scroll at the end takes minutes on 10M events
        results << r;
    }

    BenchResult stall =
        makeResult(QStringLiteral("gui"),
                   QStringLiteral("event browser: longest stall of the UI thread during all of the above"));
    stall.rewind =
        BenchSide{QStringLiteral("UI thread watched every %1 ms").arg(UiStallWatchdog::IntervalMs), 0, 0};
    stall.measured = watchdog.longestStallMs();
    stall.unit = QStringLiteral("ms");
    stall.targetMax = 50;
    stall.targetText = QStringLiteral("UI thread never blocked > 50 ms");
    stall.notes << QStringLiteral("the peers' store calls ran with the watchdog paused")
                << QStringLiteral("longest per phase: %1").arg(watchdog.longestPerPhase());
    for (const QString& line : watchdog.worstStalls())
        stall.notes << QStringLiteral("stall of %1").arg(line);
    m_report.print(stall);
    results << stall;
    view.setSession(nullptr);
    return results;
}

} // namespace Rewind::Cli
