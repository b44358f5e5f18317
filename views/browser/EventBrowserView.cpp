#include "EventBrowserView.h"

#include "EventDetailPane.h"
#include "EventFilterBar.h"
#include "EventTableModel.h"
#include "EventTableView.h"
#include "PlainTextCellDelegate.h"
#include "EventTime.h"
#include "ExportDialog.h"
#include "StoreSession.h"
#include "StreamTreeModel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace Rewind {

EventBrowserView::EventBrowserView(QWidget* parent)
    : QWidget(parent), m_scopes(new StreamTreeModel(this)), m_model(new EventTableModel(this)),
      m_tree(new QTreeView(this)), m_filters(new EventFilterBar(this)), m_jump(new QLineEdit(this)),
      m_live(new QToolButton(this)), m_export(new QPushButton(tr("Export…"), this)),
      m_scopeLabel(new QLabel(this)), m_count(new QLabel(this)), m_message(new QLabel(this)),
      m_table(new EventTableView(this)), m_detail(new EventDetailPane(this))
{
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setModel(m_scopes);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(StreamTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StreamTreeModel::EventsColumn, QHeaderView::ResizeToContents);

    m_table->setObjectName(QStringLiteral("eventTableView"));
    m_table->setModel(m_model);
    QTableView* table = m_table->table();
    table->setObjectName(QStringLiteral("eventTable"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setWordWrap(false);
    table->setItemDelegate(new PlainTextCellDelegate(table));
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    // Fixed row heights: the view then never asks the model about rows it does not show.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    const int digit = table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    table->setColumnWidth(EventTableModel::GlobalPositionColumn, digit * 11);
    table->setColumnWidth(EventTableModel::TimeColumn, digit * 25);
    table->setColumnWidth(EventTableModel::StreamColumn, digit * 22);
    table->setColumnWidth(EventTableModel::TypeColumn, digit * 19);
    table->setColumnWidth(EventTableModel::PositionColumn, digit * 8);

    m_jump->setObjectName(QStringLiteral("jumpBox"));
    m_jump->setPlaceholderText(tr("Jump to global position or time (2026-03-02 09:00)"));
    m_jump->setClearButtonEnabled(true);
    m_live->setObjectName(QStringLiteral("liveButton"));
    m_live->setText(tr("Live tail"));
    m_live->setCheckable(true);
    m_live->setToolTip(tr("Follow new events as they are appended"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_count->setObjectName(QStringLiteral("rowCount"));
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    m_message->setObjectName(QStringLiteral("browserMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    QFont bold = m_scopeLabel->font();
    bold.setBold(true);
    m_scopeLabel->setFont(bold);

    auto* center = new QWidget(this);
    auto* layout = new QVBoxLayout(center);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(m_scopeLabel);
    top->addStretch();
    top->addWidget(m_count);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    auto* jumpRow = new QHBoxLayout;
    jumpRow->addWidget(m_jump, 1);
    jumpRow->addWidget(m_live);
    jumpRow->addWidget(m_export);
    layout->addLayout(jumpRow);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(center);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({210, 860, 330});
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    outer->addWidget(splitter);

    connect(m_tree, &QTreeView::activated, this, &EventBrowserView::scopeActivated);
    connect(m_tree, &QTreeView::clicked, this, &EventBrowserView::scopeActivated);
    connect(m_filters, &EventFilterBar::filterApplied, this, [this] { applyQuery(); });
    connect(m_jump, &QLineEdit::returnPressed, this, [this] { jumpTo(m_jump->text()); });
    connect(m_live, &QToolButton::toggled, this, &EventBrowserView::setLive);
    connect(m_export, &QPushButton::clicked, this, &EventBrowserView::exportEvents);
    connect(m_model, &EventTableModel::indexProgressed, this, &EventBrowserView::updateCount);
    connect(m_model, &EventTableModel::firstPageLoaded, this, [this](int rows) {
        if (!m_model->isIndexComplete() && rows > 0)
            m_count->setText(tr("counting…"));
        else if (rows == 0)
            m_count->setText(tr("no events"));
    });
    connect(m_model, &EventTableModel::positionLocated, this, [this](int row, qint64) {
        m_message->hide();
        m_table->selectRow(row, QAbstractItemView::PositionAtCenter);
    });
    connect(m_model, &EventTableModel::locateFailed, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
    });
    connect(m_model, &EventTableModel::loadFailed, this, [this](const QString& message) {
        m_message->setText(tr("Could not read events: %1").arg(message));
        m_message->show();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_table->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) {
                // The selected row's page may arrive after the selection did.
                const int current = m_table->currentRow();
                if (current >= 0 && current >= first.row() && current <= last.row() && !m_detail->event())
                    rowSelected();
            });
    connect(m_table, &EventTableView::currentRowChanged, this, [this] { rowSelected(); });
    connect(m_detail, &EventDetailPane::replayRequested, this, &EventBrowserView::replayRequested);
    connect(m_detail, &EventDetailPane::browseStreamRequested, this, &EventBrowserView::showStream);
    connect(m_detail, &EventDetailPane::globalPositionRequested, this, [this](qint64 position) {
        showWholeLog();
        m_model->locatePosition(position);
    });
    m_scopeLabel->setText(tr("All events"));
}

EventBrowserView::~EventBrowserView() = default;

QTableView* EventBrowserView::table() const
{
    return m_table->table();
}

void EventBrowserView::setSession(StoreSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model->setSession(session);
    m_scopes->setSession(session);
    m_detail->setSession(session);
    if (session) {
        connect(session, &StoreSession::headMoved, m_model, &EventTableModel::headMoved);
        m_scope = LogQuery{};
        applyQuery();
    }
}

LogQuery EventBrowserView::currentQuery() const
{
    LogQuery q = m_filters->filter();
    q.category = m_scope.category;
    q.streamName = m_scope.streamName;
    return q;
}

void EventBrowserView::applyQuery()
{
    m_message->hide();
    m_count->setText(tr("reading…"));
    m_detail->showEvent(std::nullopt);
    m_model->setQuery(currentQuery());
}

void EventBrowserView::showWholeLog()
{
    m_scope = LogQuery{};
    m_scopeLabel->setText(tr("All events"));
    applyQuery();
}

void EventBrowserView::showCategory(const QString& category)
{
    m_scope = LogQuery{};
    m_scope.category = category;
    m_scopeLabel->setText(tr("Category %1").arg(category));
    applyQuery();
}

void EventBrowserView::showStream(const QString& stream)
{
    m_scope = LogQuery{};
    m_scope.streamName = stream;
    m_scopeLabel->setText(tr("Stream %1").arg(stream));
    applyQuery();
}

void EventBrowserView::scopeActivated(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const auto kind = StreamTreeModel::Kind(index.data(StreamTreeModel::KindRole).toInt());
    const QString name = index.data(StreamTreeModel::NameRole).toString();
    const bool same = (kind == StreamTreeModel::Kind::WholeLog && m_scope.category.isEmpty() &&
                       m_scope.streamName.isEmpty()) ||
                      (kind == StreamTreeModel::Kind::Category && m_scope.category == name) ||
                      (kind == StreamTreeModel::Kind::Stream && m_scope.streamName == name);
    if (same)
        return;
    if (kind == StreamTreeModel::Kind::WholeLog)
        showWholeLog();
    else if (kind == StreamTreeModel::Kind::Category)
        showCategory(name);
    else
        showStream(name);
}

void EventBrowserView::jumpTo(const QString& positionOrTime)
{
    const QString text = positionOrTime.trimmed();
    if (text.isEmpty())
        return;
    bool isNumber = false;
    const qint64 position = text.toLongLong(&isNumber);
    if (isNumber) {
        m_model->locatePosition(position);
        return;
    }
    // Accept the stored form ("YYYY-MM-DDTHH:MM:SS.ffffffZ") and the friendlier
    // "YYYY-MM-DD HH:MM[:SS]", always in UTC.
    QString iso = text;
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(iso, QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!when.isValid())
        when = QDateTime::fromString(iso, QStringLiteral("yyyy-MM-dd"));
    if (!when.isValid()) {
        m_message->setText(
            tr("\"%1\" is neither a global position nor a time such as 2026-03-02 09:00 (UTC).").arg(text));
        m_message->show();
        return;
    }
    when.setTimeSpec(Qt::UTC);
    m_model->locateTime(when.toMSecsSinceEpoch() * 1000);
}

void EventBrowserView::setLive(bool live)
{
    if (m_live->isChecked() != live)
        m_live->setChecked(live);
    m_followTail = live;
    if (m_session) {
        if (live) {
            m_session->startWatchingHead(0);
            m_table->scrollToBottom();
        }
    }
    emit liveChanged(live);
}

void EventBrowserView::rowSelected()
{
    const int current = m_table->currentRow();
    m_detail->showEvent(current >= 0 ? m_model->eventAt(current) : std::nullopt);
}

void EventBrowserView::updateCount(qint64 rows, bool complete)
{
    const QLocale locale;
    if (complete)
        m_count->setText(rows == 1 ? tr("1 event") : tr("%1 events").arg(locale.toString(rows)));
    else
        m_count->setText(tr("%1 events counted so far…").arg(locale.toString(rows)));
}

void EventBrowserView::exportEvents()
{
    if (!m_session)
        return;
    // Walked by ranges and pages, not by row: Ctrl+A over the table's window is one range.
    QList<qint64> selected;
    for (const auto& [top, bottom] : m_table->selectedRowRanges())
        selected += m_model->loadedPositions(top, bottom);
    std::sort(selected.begin(), selected.end());
    selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
    auto* dialog = new ExportDialog(m_session, currentQuery(), selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_model->isIndexComplete())
        dialog->setFilterEventCount(m_model->indexedRows());
    dialog->open();
}

} // namespace Rewind
