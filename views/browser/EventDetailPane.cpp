#include "EventDetailPane.h"

#include "EventJson.h"
#include "EventTableModel.h"
#include "EventTime.h"
#include "JsonTreeModel.h"
#include "RelatedEvents.h"
#include "StoreSession.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
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

QString describe(const RecordedEvent& e)
{
    return EventDetailPane::tr("%1 in %2 (global position %3)")
        .arg(e.type, e.streamName)
        .arg(e.globalPosition);
}
} // namespace

EventDetailPane::EventDetailPane(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_dataModel(new JsonTreeModel(this)), m_metadataModel(new JsonTreeModel(this)),
      m_dataTree(makeTree(m_dataModel, QStringLiteral("dataTree"), this)),
      m_metadataTree(makeTree(m_metadataModel, QStringLiteral("metadataTree"), this)),
      m_correlated(new EventTableModel(this)), m_correlatedTable(new QTableView(this)),
      m_correlationLabel(new QLabel(this)), m_cause(new QLabel(this)), m_repliesLabel(new QLabel(this)),
      m_replies(new QListWidget(this)), m_copy(new QPushButton(tr("Copy JSON"), this)),
      m_replay(new QPushButton(tr("Replay stream"), this)),
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
    m_repliesLabel->setWordWrap(true);
    m_replies->setObjectName(QStringLiteral("repliesList"));

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
    relatedLayout->addWidget(m_repliesLabel);
    relatedLayout->addWidget(m_replies);

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
    connect(m_replies, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit globalPositionRequested(item->data(Qt::UserRole).toLongLong());
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
        m_repliesLabel->hide();
        m_replies->clear();
        m_replies->hide();
        return;
    }
    const RecordedEvent& e = *event;
    m_header->setText(
        tr("<b>%1</b> in <b>%2</b><br>global position %3 · position %4<br>%5<br><small>id %6</small>")
            .arg(e.type.toHtmlEscaped(), e.streamName.toHtmlEscaped())
            .arg(e.globalPosition)
            .arg(e.position)
            .arg(QString::fromLatin1(EventTime::toIso(e.timeUs)), e.id.toString(QUuid::WithoutBraces)));
    m_dataModel->setJson(e.data);
    m_metadataModel->setJson(e.metadata);
    m_dataTree->expandAll();
    m_metadataTree->expandAll();
    loadRelatives();
}

void EventDetailPane::loadRelatives()
{
    const RelatedEvents::Links links = RelatedEvents::links(m_event->metadata);
    if (const auto query = RelatedEvents::correlationQuery(links)) {
        m_correlationLabel->setText(
            !links.correlationId.isEmpty()
                ? tr("Events with correlationId %1:").arg(links.correlationId)
                : tr("Events with correlationStreamName %1:").arg(links.correlationStreamName));
        m_correlated->setQuery(*query);
    } else {
        m_correlated->clear();
        m_correlationLabel->setText(
            tr("No correlationId or correlationStreamName in this event's metadata."));
    }
    m_replies->clear();
    m_replies->setVisible(!links.replyStreamName.isEmpty());
    m_repliesLabel->setVisible(!links.replyStreamName.isEmpty());
    if (!links.replyStreamName.isEmpty())
        m_repliesLabel->setText(tr("Replies in %1: looking them up…").arg(links.replyStreamName));
    if (!links.namesCause())
        m_cause->setText(
            tr("Caused by: nothing recorded (no causationId or causationMessage… in the metadata)."));
    if (!links.namesCause() && links.replyStreamName.isEmpty())
        return;
    if (!m_session)
        return;
    // The first link the metadata gives, for the words; the lookup tries each in turn.
    const QString named =
        links.causationGlobalPosition > 0 ? tr("global position %1").arg(links.causationGlobalPosition)
        : !links.causationStreamName.isEmpty() && links.causationPosition >= 0
            ? tr("position %1 of %2").arg(links.causationPosition).arg(links.causationStreamName)
            : tr("event %1").arg(links.causationId);
    if (links.namesCause())
        m_cause->setText(tr("Caused by: looking up %1…").arg(named));
    m_causeJob = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [links](EventStore& store, const JobControl&) { return RelatedEvents::find(store, links); },
        [this, links, named](const RelatedEvents::Found& found) {
            if (links.namesCause() && !found.cause)
                m_cause->setText(tr("Caused by: %1, which is not in this store.").arg(named.toHtmlEscaped()));
            else if (found.cause)
                m_cause->setText(
                    tr("Caused by: <a href=\"%1\">%2 in %3 (global position %1)</a>")
                        .arg(found.cause->globalPosition)
                        .arg(found.cause->type.toHtmlEscaped(), found.cause->streamName.toHtmlEscaped()));
            if (links.replyStreamName.isEmpty())
                return;
            m_repliesLabel->setText(found.replies.isEmpty()
                                        ? tr("Replies in %1: none yet.").arg(links.replyStreamName)
                                    : found.replies.size() < RelatedEvents::MaxReplies
                                        ? tr("Replies in %1:").arg(links.replyStreamName)
                                        : tr("Replies in %1 (the first %2):")
                                              .arg(links.replyStreamName)
                                              .arg(RelatedEvents::MaxReplies));
            for (const RecordedEvent& e : found.replies) {
                auto* item = new QListWidgetItem(describe(e), m_replies);
                item->setData(Qt::UserRole, e.globalPosition);
            }
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
