#include "ProjectionsView.h"

#include "EventTime.h"
#include "ParkedEventResolver.h"
#include "ParkedEventsModel.h"
#include "ProjectionMonitor.h"
#include "ProjectionRebuilder.h"
#include "ProjectionsTableModel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Rewind {

namespace {

constexpr int MaxPointsPerSeries = 600; // a chart of 24 hours at one sample a second is thinned

QChartView* makeChart(const QString& title, QChart*& chart, QDateTimeAxis*& time, QValueAxis*& value,
                      const QString& valueTitle, QWidget* parent)
{
    chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    time = new QDateTimeAxis(chart);
    time->setFormat(QStringLiteral("HH:mm:ss"));
    time->setTickCount(5);
    value = new QValueAxis(chart);
    value->setTitleText(valueTitle);
    value->setLabelFormat(QStringLiteral("%.0f"));
    value->setTickCount(5);
    value->setMin(0);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(value, Qt::AlignLeft);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    return view;
}

QString seriesName(const MonitoredProjection& p)
{
    switch (p.where) {
    case MonitoredProjection::Where::Store:
        return p.status.name;
    case MonitoredProjection::Where::Serve:
        return QStringLiteral("%1 @ %2").arg(p.status.name, QUrl(p.source).authority());
    case MonitoredProjection::Where::External:
        return p.status.name;
    }
    return p.status.name;
}

} // namespace

ProjectionsView::ProjectionsView(QWidget* parent)
    : QWidget(parent), m_monitor(new ProjectionMonitor(this)), m_model(new ProjectionsTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this)), m_rebuilder(new ProjectionRebuilder(this)),
      m_parked(new ParkedEventsModel(this)), m_serveUrl(new QLineEdit(this)),
      m_addServe(new QPushButton(tr("Add"), this)), m_removeServe(new QPushButton(tr("Remove"), this)),
      m_serveError(new QLabel(this)), m_historyNote(new QLabel(this)), m_table(new QTableView(this)),
      m_range(new QComboBox(this)), m_details(new QLabel(this)),
      m_rebuild(new QPushButton(tr("Rebuild"), this)), m_cancelRebuild(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_rebuildMessage(new QLabel(this)),
      m_parkedTable(new QTableView(this)), m_parkedCount(new QLabel(this)),
      m_resolver(new ParkedEventResolver(this)), m_retryParked(new QPushButton(tr("Retry"), this)),
      m_skipParked(new QPushButton(tr("Skip"), this))
{
    m_serveUrl->setObjectName(QStringLiteral("serveUrl"));
    m_serveUrl->setPlaceholderText(tr("rewind serve address, e.g. http://10.0.0.5:9464"));
    m_addServe->setObjectName(QStringLiteral("addServe"));
    m_removeServe->setObjectName(QStringLiteral("removeServe"));
    m_removeServe->setEnabled(false);
    m_serveError->setObjectName(QStringLiteral("serveError"));
    m_serveError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_serveError->hide();
    m_historyNote->setObjectName(QStringLiteral("historyNote"));

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ProjectionsTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("projectionsTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // as the monitor lists them until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(160);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(ProjectionsTableModel::NameColumn, digit * 30);
    m_table->setColumnWidth(ProjectionsTableModel::WhereColumn, digit * 32);
    m_table->setColumnWidth(ProjectionsTableModel::CodeVersionColumn, digit * 13);
    m_table->setColumnWidth(ProjectionsTableModel::StateColumn, digit * 14);

    m_range->setObjectName(QStringLiteral("chartRange"));
    m_range->addItem(tr("Last 10 minutes"), 10 * 60);
    m_range->addItem(tr("Last hour"), 60 * 60);
    m_range->addItem(tr("Last 24 hours"), 24 * 60 * 60);

    QChartView* lagView =
        makeChart(tr("Lag behind the head"), m_lagChart, m_lagTime, m_lagValue, tr("events"), this);
    lagView->setObjectName(QStringLiteral("lagChart"));
    QChartView* rateView =
        makeChart(tr("Throughput"), m_rateChart, m_rateTime, m_rateValue, tr("events/s"), this);
    rateView->setObjectName(QStringLiteral("throughputChart"));

    m_details->setObjectName(QStringLiteral("projectionDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_rebuild->setObjectName(QStringLiteral("rebuildProjection"));
    m_rebuild->setEnabled(false);
    m_rebuild->setToolTip(tr("Build this projection again from the first event and save it"));
    m_cancelRebuild->setObjectName(QStringLiteral("cancelRebuild"));
    m_cancelRebuild->hide();
    m_progress->setObjectName(QStringLiteral("rebuildProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_rebuildMessage->setObjectName(QStringLiteral("rebuildMessage"));
    m_rebuildMessage->setWordWrap(true);
    m_parked->setSession(nullptr);
    m_parkedTable->setObjectName(QStringLiteral("parkedTable"));
    m_parkedTable->setModel(m_parked);
    m_parkedTable->verticalHeader()->hide();
    m_parkedTable->horizontalHeader()->setStretchLastSection(true);
    m_parkedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parkedCount->setObjectName(QStringLiteral("parkedCount"));
    m_retryParked->setObjectName(QStringLiteral("retryParked"));
    m_retryParked->setToolTip(tr("Fold the selected event into the saved state again"));
    m_skipParked->setObjectName(QStringLiteral("skipParked"));
    m_skipParked->setToolTip(tr("Stop listing the selected event; the state stays as it is"));

    auto* serveRow = new QHBoxLayout;
    serveRow->addWidget(new QLabel(tr("rewind serve:"), this));
    serveRow->addWidget(m_serveUrl, 1);
    serveRow->addWidget(m_addServe);
    serveRow->addWidget(m_removeServe);
    serveRow->addSpacing(12);
    serveRow->addWidget(m_historyNote);

    auto* chartsRow = new QWidget(this);
    auto* chartsLayout = new QVBoxLayout(chartsRow);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(new QLabel(tr("Charts:"), this));
    rangeRow->addWidget(m_range);
    rangeRow->addStretch();
    chartsLayout->addLayout(rangeRow);
    chartsLayout->addWidget(lagView, 1);
    chartsLayout->addWidget(rateView, 1);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_details);
    auto* rebuildRow = new QHBoxLayout;
    rebuildRow->addWidget(m_rebuild);
    rebuildRow->addWidget(m_progress, 1);
    rebuildRow->addWidget(m_cancelRebuild);
    sideLayout->addLayout(rebuildRow);
    sideLayout->addWidget(m_rebuildMessage);
    sideLayout->addWidget(m_parkedCount);
    sideLayout->addWidget(m_parkedTable, 1);
    auto* parkedRow = new QHBoxLayout;
    parkedRow->addStretch();
    parkedRow->addWidget(m_retryParked);
    parkedRow->addWidget(m_skipParked);
    sideLayout->addLayout(parkedRow);

    auto* bottom = new QSplitter(this);
    bottom->addWidget(chartsRow);
    bottom->addWidget(side);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_table);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 2);
    vertical->setSizes({300, 560}); // every row of a usual store without scrolling

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(serveRow);
    layout->addWidget(m_serveError);
    layout->addWidget(vertical, 1);

    connect(m_addServe, &QPushButton::clicked, this, [this] { addServeInstance(m_serveUrl->text()); });
    connect(m_serveUrl, &QLineEdit::returnPressed, this, [this] { addServeInstance(m_serveUrl->text()); });
    connect(m_removeServe, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_monitor->removeServeInstance(QUrl(current.data(ProjectionsTableModel::SourceRole).toString()));
    });
    connect(m_monitor, &ProjectionMonitor::projectionsUpdated, this, &ProjectionsView::projectionsUpdated);
    connect(m_monitor, &ProjectionMonitor::historyLoaded, this, &ProjectionsView::redrawCharts);
    connect(m_monitor, &ProjectionMonitor::readFailed, this, &ProjectionsView::statusMessage);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ProjectionsView::redrawCharts);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProjectionsView::selectionChanged);
    connect(m_rebuild, &QPushButton::clicked, this, &ProjectionsView::rebuildSelected);
    connect(m_cancelRebuild, &QPushButton::clicked, m_rebuilder, &ProjectionRebuilder::cancel);
    connect(m_rebuilder, &ProjectionRebuilder::progressed, this, [this](qint64 checkpoint, qint64 target) {
        m_progress->setValue(target > 0 ? int(std::min<qint64>(1000, checkpoint * 1000 / target)) : 0);
        m_rebuildMessage->setText(
            tr("Rebuilding %1: %2 of %3 events")
                .arg(m_rebuilder->running(), QLocale().toString(checkpoint), QLocale().toString(target)));
    });
    connect(m_rebuilder, &ProjectionRebuilder::rebuilt, this, [this](const QString& name, qint64 checkpoint) {
        rebuildEnded(tr("Rebuilt %1 up to global position %2.").arg(name, QLocale().toString(checkpoint)));
    });
    connect(m_rebuilder, &ProjectionRebuilder::cancelled, this, [this](const QString& name) {
        rebuildEnded(tr("Rebuild of %1 cancelled; what it had applied is saved.").arg(name));
    });
    connect(m_rebuilder, &ProjectionRebuilder::failed, this,
            [this](const QString& name, const QString& message) {
                rebuildEnded(tr("Rebuild of %1 failed: %2").arg(name, message));
            });
    connect(m_parkedTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProjectionsView::updateParkedButtons);
    connect(m_parked, &QAbstractItemModel::modelReset, this, &ProjectionsView::updateParkedButtons);
    connect(m_retryParked, &QPushButton::clicked, this, [this] { resolveSelectedParked(true); });
    connect(m_skipParked, &QPushButton::clicked, this, [this] { resolveSelectedParked(false); });
    connect(
        m_resolver, &ParkedEventResolver::resolved, this,
        [this](const QString& name, qint64 position, bool folded) {
            m_rebuildMessage->setText(
                folded
                    ? tr("Event %1 folded into %2 and no longer parked.")
                          .arg(QLocale().toString(position), name)
                    : tr("Event %1 skipped: %2 no longer lists it.").arg(QLocale().toString(position), name));
            m_parked->load(name);
            m_monitor->sample();
        });
    connect(m_resolver, &ParkedEventResolver::stillFailing, this,
            [this](const QString& name, qint64 position, const QString& reason) {
                m_rebuildMessage->setText(tr("Event %1 still cannot be folded into %2: %3")
                                              .arg(QLocale().toString(position), name, reason));
                updateParkedButtons();
            });
    connect(m_resolver, &ParkedEventResolver::failed, this, [this](const QString& message) {
        m_rebuildMessage->setText(message);
        updateParkedButtons();
    });
    connect(m_parked, &ParkedEventsModel::loaded, this, [this](int rows) {
        m_parkedCount->setText(rows == 0 ? tr("No parked events.") : tr("Parked events: %1").arg(rows));
    });
    projectionsUpdated();
}

ProjectionsView::~ProjectionsView() = default;

void ProjectionsView::setSession(StoreSession* session)
{
    m_session = session;
    m_rebuilder->setSession(session);
    m_resolver->setSession(session);
    m_parked->setSession(session);
    m_parked->load({});
    m_monitor->setSession(session);
    if (isVisible())
        m_monitor->setRunning(session != nullptr);
}

void ProjectionsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_session) {
        m_monitor->setRunning(true);
        m_monitor->sample();
    }
}

void ProjectionsView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_monitor->setRunning(false);
}

void ProjectionsView::addServeInstance(const QString& text)
{
    const QUrl url = ProjectionMonitor::serveUrl(text);
    if (!url.isValid()) {
        m_serveError->setText(tr("“%1” is not the address of a rewind serve instance: give host:port or an "
                                 "http:// URL.")
                                  .arg(text));
        m_serveError->show();
        return;
    }
    m_serveError->hide();
    m_serveUrl->clear();
    m_monitor->addServeInstance(url);
}

QString ProjectionsView::selectedKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ProjectionsTableModel::KeyRole).toString() : QString();
}

void ProjectionsView::setAccess(const StoreAccess& access)
{
    m_canWrite = access.canWriteProjections;
    m_monitor->setWritesHistory(m_canWrite);
    for (QWidget* w : {static_cast<QWidget*>(m_rebuild), static_cast<QWidget*>(m_retryParked),
                       static_cast<QWidget*>(m_skipParked)})
        w->setVisible(m_canWrite);
    m_rebuildMessage->setText(m_canWrite ? QString()
                                         : tr("Role %1 may read projections but not rebuild them or resolve "
                                              "parked events.")
                                               .arg(access.roleName));
    projectionsUpdated();
}

void ProjectionsView::projectionsUpdated()
{
    m_model->setProjections(m_monitor->projections());
    if (!m_session)
        m_historyNote->setText(tr("No store is open."));
    else if (m_monitor->keepsHistory() && !m_canWrite)
        m_historyNote->setText(tr("Sampled every second; the history shown is what windows with write "
                                  "access keep in the store."));
    else if (m_monitor->keepsHistory())
        m_historyNote->setText(tr("Sampled every second; the last 24 hours are kept in the store."));
    else
        m_historyNote->setText(
            tr("Sampled every second; history is not kept: run rewind init on this store."));
    redrawCharts();
    selectionChanged();
}

void ProjectionsView::redrawCharts()
{
    const qint64 nowUs = EventTime::nowUs();
    const qint64 fromUs = nowUs - qint64(m_range->currentData().toInt()) * 1'000'000;
    QSet<QString> present;
    qint64 earliestUs = nowUs;
    // At least 0..4: with five ticks, whole numbers on the axis however small the figures.
    double maxLag = 4;
    double maxRate = 4;
    for (const MonitoredProjection& p : m_model->projections()) {
        const QString key = p.key();
        const QList<LagSample> history = m_monitor->history(key);
        if (history.isEmpty())
            continue;
        present.insert(key);
        Charted& c = m_series[key];
        if (!c.lag) {
            c.lag = new QLineSeries(m_lagChart);
            c.rate = new QLineSeries(m_rateChart);
            m_lagChart->addSeries(c.lag);
            c.lag->attachAxis(m_lagTime);
            c.lag->attachAxis(m_lagValue);
            m_rateChart->addSeries(c.rate);
            c.rate->attachAxis(m_rateTime);
            c.rate->attachAxis(m_rateValue);
        }
        c.lag->setName(seriesName(p));
        c.rate->setName(seriesName(p));
        const auto first = std::lower_bound(history.cbegin(), history.cend(), fromUs,
                                            [](const LagSample& s, qint64 t) { return s.timeUs < t; });
        const qsizetype count = history.cend() - first;
        if (count > 0)
            earliestUs = std::min(earliestUs, first->timeUs);
        const qsizetype step = std::max<qsizetype>(1, count / MaxPointsPerSeries);
        QList<QPointF> lag;
        QList<QPointF> rate;
        lag.reserve(count / step + 1);
        rate.reserve(count / step + 1);
        for (auto it = first; it < history.cend(); it += step) {
            const double x = double(it->timeUs / 1000);
            lag.append(QPointF(x, double(it->lagEvents)));
            rate.append(QPointF(x, it->eventsPerSecond));
            maxLag = std::max(maxLag, double(it->lagEvents));
            maxRate = std::max(maxRate, it->eventsPerSecond);
            if (history.cend() - it <= step)
                break;
        }
        // The latest sample always shows, whatever the thinning step skipped.
        if (count > 0 && (lag.isEmpty() || lag.last().x() != double(history.last().timeUs / 1000))) {
            lag.append(QPointF(double(history.last().timeUs / 1000), double(history.last().lagEvents)));
            rate.append(QPointF(double(history.last().timeUs / 1000), history.last().eventsPerSecond));
        }
        c.lag->replace(lag);
        c.rate->replace(rate);
    }
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        m_lagChart->removeSeries(it->lag);
        m_rateChart->removeSeries(it->rate);
        delete it->lag;
        delete it->rate;
        it = m_series.erase(it);
    }
    // A history shorter than the range fills the chart (at least a minute of it), rather than a few
    // pixels at its right edge.
    const qint64 shownFromUs = std::min(std::max(fromUs, earliestUs), nowUs - 60'000'000);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(shownFromUs / 1000, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(nowUs / 1000, Qt::UTC);
    const QString format =
        m_range->currentIndex() == 2 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss");
    for (QDateTimeAxis* axis : {m_lagTime, m_rateTime}) {
        axis->setFormat(format);
        axis->setRange(from.toLocalTime(), to.toLocalTime());
    }
    m_lagValue->setRange(0, maxLag);
    m_lagValue->applyNiceNumbers();
    m_rateValue->setRange(0, maxRate);
    m_rateValue->applyNiceNumbers();
}

void ProjectionsView::selectionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setText(tr("Select a projection to see its snapshot and parked events."));
        m_rebuild->setEnabled(false);
        m_removeServe->setEnabled(false);
        if (!m_parked->projection().isEmpty())
            m_parked->load({});
        m_parkedCount->clear();
        return;
    }
    const auto where = MonitoredProjection::Where(current.data(ProjectionsTableModel::WhereRole).toInt());
    const QString name = current.data(ProjectionsTableModel::NameRole).toString();
    const QByteArray code = current.data(ProjectionsTableModel::CodeVersionRole).toByteArray();
    const QByteArray saved = current.data(ProjectionsTableModel::SavedVersionRole).toByteArray();
    const qint64 savedAt = current.data(ProjectionsTableModel::SavedAtRole).toLongLong();
    const QString error = current.data(ProjectionsTableModel::ErrorRole).toString();
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped());
    const int row = m_sorted->mapToSource(current).row();
    lines << ProjectionsTableModel::whereText(m_model->projections().value(row)).toHtmlEscaped();
    if (where == MonitoredProjection::Where::Store) {
        if (saved.isEmpty())
            lines << tr("No snapshot saved yet.");
        else
            lines << tr("Snapshot saved %1, code version %2 (this build: %3)")
                         .arg(QString::fromLatin1(EventTime::toIso(savedAt)),
                              QString::fromLatin1(saved.left(12)), QString::fromLatin1(code.left(12)));
    } else if (where == MonitoredProjection::Where::External) {
        lines << tr("Position last recorded %1").arg(QString::fromLatin1(EventTime::toIso(savedAt)));
    }
    if (!error.isEmpty())
        lines << QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(error.toHtmlEscaped());
    m_details->setText(lines.join(QStringLiteral("<br>")));
    m_rebuild->setEnabled(where == MonitoredProjection::Where::Store && !m_rebuilder->isRunning());
    m_removeServe->setEnabled(where == MonitoredProjection::Where::Serve);
    const QString parkedOf = where == MonitoredProjection::Where::Store ? name : QString();
    if (parkedOf != m_parked->projection()) {
        m_parkedCount->clear();
        m_parked->load(parkedOf);
    }
}

void ProjectionsView::updateParkedButtons()
{
    const bool selected =
        m_parkedTable->selectionModel()->hasSelection() && !m_parked->projection().isEmpty();
    m_retryParked->setEnabled(selected && !m_resolver->isBusy());
    m_skipParked->setEnabled(selected && !m_resolver->isBusy());
}

void ProjectionsView::resolveSelectedParked(bool retry)
{
    const QModelIndexList rows = m_parkedTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_parked->projection().isEmpty())
        return;
    const qint64 position = rows.first().data(ParkedEventsModel::GlobalPositionRole).toLongLong();
    if (retry)
        m_resolver->retry(m_parked->projection(), position);
    else
        m_resolver->skip(m_parked->projection(), position);
    updateParkedButtons();
}

void ProjectionsView::rebuildSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.data(ProjectionsTableModel::NameRole).toString();
    m_rebuild->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelRebuild->show();
    m_rebuildMessage->setText(tr("Rebuilding %1…").arg(name));
    m_rebuilder->rebuild(name);
}

void ProjectionsView::rebuildEnded(const QString& message)
{
    m_progress->hide();
    m_cancelRebuild->hide();
    m_rebuildMessage->setText(message);
    emit statusMessage(message);
    m_monitor->sample();
    m_parked->load({});
    selectionChanged();
}

} // namespace Rewind
