#include "EventDetailPane.h"

#include "EventJson.h"
#include "EventTableModel.h"
#include "EventTime.h"
#include "JsonTreeModel.h"
#include "StoreSession.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rewind {

namespace {
QTreeView* makeTree(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* tree = new QTreeView(parent);
    tree->setObjectName(name);
    tree->setModel(model);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return tree;
}

QJsonDocument parse(const QByteArray& json)
{
    return json.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(json);
}
} // namespace

EventDetailPane::EventDetailPane(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_dataModel(new JsonTreeModel(this)), m_metadataModel(new JsonTreeModel(this)),
      m_dataTree(makeTree(m_dataModel, QStringLiteral("dataTree"), this)),
      m_metadataTree(makeTree(m_metadataModel, QStringLiteral("metadataTree"), this)),
      m_correlated(new EventTableModel(this)), m_correlatedTable(new QTableView(this)),
      m_correlationLabel(new QLabel(this)), m_cause(new QLabel(this)),
      m_copy(new QPushButton(tr("Copy JSON"), this)), m_replay(new QPushButton(tr("Replay stream"), this)),
      m_browseStream(new QPushButton(tr("Browse stream"), this))
{
    m_header->setObjectName(QStringLiteral("detailHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_copy->setObjectName(QStringLiteral("copyJson"));
    m_replay->setObjectName(QStringLiteral("replayStream"));
    m_browseStream->setObjectName(QStringLiteral("browseStream"));
    m_cause->setObjectName(QStringLiteral("causeLabel"));
    m_cause->setWordWrap(true);
    m_cause->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_correlationLabel->setWordWrap(true);

    // Correlated events may be spread over the whole log: their search must not hold up the table.
    m_correlated->setLanes(StoreSession::Lane::Overview, StoreSession::Lane::Overview);
    m_correlatedTable->setObjectName(QStringLiteral("correlatedTable"));
    m_correlatedTable->setModel(m_correlated);
    m_correlatedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_correlatedTable->verticalHeader()->hide();
    m_correlatedTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_correlatedTable->verticalHeader()->setDefaultSectionSize(m_correlatedTable->fontMetrics().height() + 6);
    m_correlatedTable->horizontalHeader()->setStretchLastSection(true);
    for (int c : {int(EventTableModel::TimeColumn), int(EventTableModel::PositionColumn),
                  int(EventTableModel::DataColumn)})
        m_correlatedTable->hideColumn(c);

    auto* related = new QWidget(this);
    auto* relatedLayout = new QVBoxLayout(related);
    relatedLayout->addWidget(m_cause);
    relatedLayout->addWidget(m_correlationLabel);
    relatedLayout->addWidget(m_correlatedTable, 1);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_dataTree, tr("Data"));
    m_tabs->addTab(m_metadataTree, tr("Metadata"));
    m_tabs->addTab(related, tr("Related"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_browseStream);
    buttons->addWidget(m_replay);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    connect(m_copy, &QPushButton::clicked, this, &EventDetailPane::copyJson);
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (m_event)
            emit replayRequested(m_event->streamName);
    });
    connect(m_browseStream, &QPushButton::clicked, this, [this] {
        if (m_event)
            emit browseStreamRequested(m_event->streamName);
    });
    connect(m_correlatedTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QVariant position = index.data(EventTableModel::GlobalPositionRole);
        if (position.isValid())
            emit globalPositionRequested(position.toLongLong());
    });
    connect(m_cause, &QLabel::linkActivated, this,
            [this](const QString& link) { emit globalPositionRequested(link.toLongLong()); });
    showEvent(std::nullopt);
}

EventDetailPane::~EventDetailPane()
{
    m_causeJob.cancel();
}

void EventDetailPane::setSession(StoreSession* session)
{
    m_session = session;
    m_correlated->setSession(session);
    showEvent(std::nullopt);
}

void EventDetailPane::showEvent(const std::optional<RecordedEvent>& event)
{
    if (event && m_event && event->globalPosition == m_event->globalPosition && event->id == m_event->id)
        return;
    m_event = event;
    m_causeJob.cancel();
    for (QPushButton* b : {m_copy, m_replay, m_browseStream})
        b->setEnabled(bool(event));
    if (!event) {
        m_header->setText(tr("Select an event to see its data, metadata and related events."));
        m_dataModel->setDocument({});
        m_metadataModel->setDocument({});
        m_correlated->clear();
        m_cause->clear();
        m_correlationLabel->clear();
        return;
    }
    const RecordedEvent& e = *event;
    m_header->setText(
        tr("<b>%1</b> in <b>%2</b><br>global position %3 · position %4<br>%5<br><small>id %6</small>")
            .arg(e.type.toHtmlEscaped(), e.streamName.toHtmlEscaped())
            .arg(e.globalPosition)
            .arg(e.position)
            .arg(QString::fromLatin1(EventTime::toIso(e.timeUs)), e.id.toString(QUuid::WithoutBraces)));
    m_dataModel->setDocument(parse(e.data));
    m_metadataModel->setDocument(parse(e.metadata));
    m_dataTree->expandAll();
    m_metadataTree->expandAll();
    loadRelatives();
}

void EventDetailPane::loadRelatives()
{
    const QJsonObject metadata = parse(m_event->metadata).object();
    const QString correlation = metadata.value(QStringLiteral("correlationId")).toString();
    const QString causation = metadata.value(QStringLiteral("causationId")).toString();
    if (correlation.isEmpty()) {
        m_correlated->clear();
        m_correlationLabel->setText(tr("No correlationId in this event's metadata."));
    } else {
        LogQuery q;
        q.metadataContains = QJsonDocument(QJsonObject{{QStringLiteral("correlationId"), correlation}})
                                 .toJson(QJsonDocument::Compact);
        m_correlationLabel->setText(tr("Events with correlationId %1:").arg(correlation));
        m_correlated->setQuery(q);
    }
    const QUuid causeId(causation);
    if (causeId.isNull()) {
        m_cause->setText(tr("Caused by: nothing recorded (no causationId)."));
        return;
    }
    if (!m_session)
        return;
    m_cause->setText(tr("Caused by: looking up %1…").arg(causation));
    m_causeJob = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [causeId](EventStore& store, const JobControl&) { return store.readEvent(causeId); },
        [this, causation](std::optional<RecordedEvent> cause) {
            if (!cause) {
                m_cause->setText(tr("Caused by: event %1, which is not in this store.").arg(causation));
                return;
            }
            m_cause->setText(tr("Caused by: <a href=\"%1\">%2 in %3 (global position %1)</a>")
                                 .arg(cause->globalPosition)
                                 .arg(cause->type.toHtmlEscaped(), cause->streamName.toHtmlEscaped()));
        },
        [this](const StoreSession::Failure& f) {
            m_cause->setText(tr("Caused by: could not look it up (%1).").arg(f.message));
        });
}

void EventDetailPane::copyJson()
{
    if (m_event)
        QApplication::clipboard()->setText(QString::fromUtf8(EventJson::toJsonLine(*m_event)));
}

} // namespace Rewind
