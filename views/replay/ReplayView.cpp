#include "ReplayView.h"

#include "DateTickStrip.h"
#include "EventCells.h"
#include "JsonPath.h"
#include "JsonTreeModel.h"
#include "StoreSession.h"
#include "StreamEventsModel.h"
#include "StreamName.h"
#include "StreamReplayCursor.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rewind {

namespace {

constexpr int MaxExpandedPaths = 300;

QDateTime dateTimeOf(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc());
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ReplayView::ReplayView(QWidget* parent)
    : QWidget(parent), m_cursor(new StreamReplayCursor(this)), m_stateModel(new JsonTreeModel(this)),
      m_eventsModel(new StreamEventsModel(this)), m_streamEdit(new QLineEdit(this)),
      m_openButton(new QPushButton(tr("Open"), this)), m_streamInfo(new QLabel(this)),
      m_error(new QLabel(this)), m_stepBack(new QToolButton(this)), m_play(new QToolButton(this)),
      m_stepForward(new QToolButton(this)), m_slider(new QSlider(Qt::Horizontal, this)),
      m_ticks(new DateTickStrip(m_slider, this)), m_positionSpin(new QSpinBox(this)),
      m_timeEdit(new QDateTimeEdit(this)), m_stateInfo(new QLabel(this)), m_stateTree(new QTreeView(this)),
      m_eventsTable(new QTableView(this)), m_playTimer(new QTimer(this))
{
    m_streamEdit->setObjectName(QStringLiteral("streamEdit"));
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_streamInfo->setObjectName(QStringLiteral("streamInfoLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_stepBack->setObjectName(QStringLiteral("stepBackButton"));
    m_play->setObjectName(QStringLiteral("playButton"));
    m_stepForward->setObjectName(QStringLiteral("stepForwardButton"));
    m_slider->setObjectName(QStringLiteral("timelineSlider"));
    m_ticks->setObjectName(QStringLiteral("dateTicks"));
    m_positionSpin->setObjectName(QStringLiteral("positionSpin"));
    m_timeEdit->setObjectName(QStringLiteral("timeEdit"));
    m_stateInfo->setObjectName(QStringLiteral("stateInfoLabel"));
    m_stateTree->setObjectName(QStringLiteral("stateTree"));
    m_eventsTable->setObjectName(QStringLiteral("eventsTable"));

    // The stream to replay.
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Stream:"), this));
    m_streamEdit->setPlaceholderText(tr("Stream name, e.g. quiz-1f3a… or question-42"));
    m_streamEdit->setClearButtonEnabled(true);
    m_streamEdit->setMinimumWidth(320);
    top->addWidget(m_streamEdit, 2);
    m_openButton->setDefault(true);
    top->addWidget(m_openButton);
    top->addSpacing(12);
    m_streamInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_streamInfo, 3);

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd;"
                       " border-radius: 3px; padding: 4px 8px; }"));
    m_error->setVisible(false);

    // The timeline: buttons, the slider with its dates, and the two boxes that name the point.
    m_stepBack->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_stepBack->setToolTip(tr("Previous event"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Play through the events"));
    m_stepForward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_stepForward->setToolTip(tr("Next event"));
    m_slider->setTracking(true);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setToolTip(tr("Position in the stream"));
    m_positionSpin->setKeyboardTracking(false);
    m_positionSpin->setPrefix(tr("position "));
    m_positionSpin->setMinimumWidth(130);
    m_timeEdit->setKeyboardTracking(false);
    m_timeEdit->setTimeSpec(Qt::UTC);
    m_timeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    m_timeEdit->setCalendarPopup(true);
    m_timeEdit->setToolTip(tr("The last event at or before this time (UTC)"));

    auto* sliderColumn = new QVBoxLayout;
    sliderColumn->setSpacing(0);
    sliderColumn->addWidget(m_slider);
    sliderColumn->addWidget(m_ticks);
    auto* timeline = new QHBoxLayout;
    timeline->addWidget(m_stepBack, 0, Qt::AlignTop);
    timeline->addWidget(m_play, 0, Qt::AlignTop);
    timeline->addWidget(m_stepForward, 0, Qt::AlignTop);
    timeline->addLayout(sliderColumn, 1);
    timeline->addWidget(m_positionSpin, 0, Qt::AlignTop);
    timeline->addWidget(m_timeEdit, 0, Qt::AlignTop);
    auto* utcLabel = new QLabel(tr("UTC"), this);
    timeline->addWidget(utcLabel, 0, Qt::AlignTop);

    // The state, and the events beside it.
    m_stateTree->setModel(m_stateModel);
    m_stateTree->setUniformRowHeights(true);
    m_stateTree->setAlternatingRowColors(true);
    m_stateTree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_stateTree->header()->resizeSection(JsonTreeModel::KeyColumn, 200);
    m_stateTree->header()->setStretchLastSection(true);
    m_stateInfo->setWordWrap(true);
    m_stateInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* statePane = new QWidget(this);
    auto* stateLayout = new QVBoxLayout(statePane);
    stateLayout->setContentsMargins(0, 0, 4, 0);
    stateLayout->addWidget(caption(tr("Aggregate state"), statePane));
    stateLayout->addWidget(m_stateInfo);
    stateLayout->addWidget(m_stateTree, 1);

    m_eventsTable->setModel(m_eventsModel);
    m_eventsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventsTable->setAlternatingRowColors(true);
    m_eventsTable->setWordWrap(false);
    m_eventsTable->verticalHeader()->setVisible(false);
    m_eventsTable->verticalHeader()->setDefaultSectionSize(m_eventsTable->fontMetrics().height() + 8);
    m_eventsTable->horizontalHeader()->setStretchLastSection(true);
    m_eventsTable->setColumnWidth(StreamEventsModel::PositionColumn, 70);
    m_eventsTable->setColumnWidth(StreamEventsModel::TimeColumn, 210);
    m_eventsTable->setColumnWidth(StreamEventsModel::TypeColumn, 200);
    m_eventsTable->setColumnWidth(StreamEventsModel::GlobalPositionColumn, 110);
    auto* eventsPane = new QWidget(this);
    auto* eventsLayout = new QVBoxLayout(eventsPane);
    eventsLayout->setContentsMargins(4, 0, 0, 0);
    eventsLayout->addWidget(caption(tr("Events of the stream"), eventsPane));
    eventsLayout->addWidget(m_eventsTable, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(statePane);
    splitter->addWidget(eventsPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addLayout(timeline);
    layout->addWidget(splitter, 1);

    m_playTimer->setInterval(PlayIntervalMs);

    connect(m_streamEdit, &QLineEdit::returnPressed, this, &ReplayView::openFromEdit);
    connect(m_openButton, &QPushButton::clicked, this, &ReplayView::openFromEdit);
    connect(m_cursor, &StreamReplayCursor::streamOpened, this, &ReplayView::outlineLoaded);
    connect(m_cursor, &StreamReplayCursor::stateReady, this, &ReplayView::showState);
    connect(m_cursor, &StreamReplayCursor::positionFound, this, &ReplayView::positionLocated);
    connect(m_cursor, &StreamReplayCursor::failed, this, &ReplayView::showError);
    connect(m_eventsModel, &StreamEventsModel::loadFailed, this, &ReplayView::showError);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_syncing)
            setPosition(value);
    });
    connect(m_positionSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_syncing)
            setPosition(value);
    });
    connect(m_timeEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_syncing)
            timeEdited();
    });
    connect(m_eventsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!m_syncing && current.isValid())
                    setPosition(current.row());
            });
    // A page that arrives may hold the current event, whose time the picker shows.
    connect(m_eventsModel, &StreamEventsModel::pageLoaded, this, [this](int page) {
        if (m_position >= 0 && m_position / StreamEventsModel::PageSize == page) {
            if (const auto event = m_eventsModel->eventAt(int(m_position))) {
                const QSignalBlocker block(m_timeEdit);
                m_timeEdit->setDateTime(dateTimeOf(event->timeUs));
            }
        }
    });
    connect(m_stepBack, &QToolButton::clicked, this, &ReplayView::stepBack);
    connect(m_stepForward, &QToolButton::clicked, this, &ReplayView::stepForward);
    connect(m_play, &QToolButton::toggled, this, &ReplayView::setPlaying);
    connect(m_playTimer, &QTimer::timeout, this, &ReplayView::playTick);

    m_stateInfo->setText(tr("Open a stream to see its aggregate state at any event."));
    setControlsEnabled(false);
}

ReplayView::~ReplayView() = default;

StoreSession* ReplayView::session() const
{
    return m_session;
}

void ReplayView::setSession(StoreSession* session)
{
    if (m_session == session)
        return;
    setPlaying(false);
    m_session = session;
    m_cursor->setSession(session);
    m_eventsModel->setSession(session);
    m_stateModel->clear();
    m_position = -1;
    m_streamInfo->clear();
    m_ticks->clear();
    m_stateInfo->setText(session ? tr("Open a stream to see its aggregate state at any event.")
                                 : tr("No store is open."));
    clearError();
    setControlsEnabled(false);
}

QString ReplayView::stream() const
{
    return m_cursor->isOpen() ? m_cursor->stream() : QString();
}

qint64 ReplayView::version() const
{
    return m_cursor->isOpen() ? m_cursor->outline().version : -1;
}

bool ReplayView::isPlaying() const
{
    return m_playTimer->isActive();
}

QString ReplayView::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ReplayView::openFromEdit()
{
    openStream(m_streamEdit->text());
}

void ReplayView::openStream(const QString& stream, qint64 atPosition)
{
    m_openAt = atPosition;
    setPlaying(false);
    clearError();
    const QString name = stream.trimmed();
    if (m_streamEdit->text().trimmed() != name)
        m_streamEdit->setText(name);
    m_position = -1;
    m_stateModel->clear();
    m_eventsModel->clear();
    m_ticks->clear();
    setControlsEnabled(false);
    m_streamInfo->setText(name.isEmpty() ? QString() : tr("Opening %1…").arg(name));
    m_stateInfo->clear();
    m_cursor->openStream(name);
}

void ReplayView::outlineLoaded(const StreamOutline& outline)
{
    const QString category = StreamName::category(outline.stream);
    const QString fold = category == QLatin1String("quiz")       ? tr("quiz fold")
                         : category == QLatin1String("question") ? tr("question fold")
                                                                 : tr("generic fold");
    m_streamInfo->setText(tr("<b>%1</b> · %2 events · %3 → %4 · %5")
                              .arg(outline.stream.toHtmlEscaped(), QLocale().toString(outline.version + 1),
                                   EventCells::displayTime(outline.firstTimeUs).left(19),
                                   EventCells::displayTime(outline.lastTimeUs).left(19), fold));
    {
        m_syncing = true;
        const int last = int(std::min<qint64>(outline.version, std::numeric_limits<int>::max()));
        m_slider->setRange(0, last);
        m_slider->setPageStep(std::max(1, last / 20));
        m_positionSpin->setRange(0, last);
        m_positionSpin->setSuffix(tr(" of %1").arg(last));
        // A little room either side, so any moment of the stream can be typed.
        m_timeEdit->setDateTimeRange(dateTimeOf(outline.firstTimeUs).addDays(-1),
                                     dateTimeOf(outline.lastTimeUs).addDays(1));
        m_syncing = false;
    }
    m_ticks->setSamples(outline.samples);
    m_eventsModel->setStream(outline.stream, outline.version);
    setControlsEnabled(true);
    emit streamOpened(outline.stream, outline.version);
    // A long stream is opened at its end, where its current state is, unless asked otherwise.
    setPosition(m_openAt >= 0 ? m_openAt : outline.version);
}

void ReplayView::setPosition(qint64 position)
{
    if (!m_cursor->isOpen())
        return;
    position = std::clamp<qint64>(position, 0, m_cursor->outline().version);
    const bool moved = position != m_position;
    m_position = position;
    m_syncing = true;
    m_slider->setValue(int(position));
    m_positionSpin->setValue(int(position));
    if (const auto event = m_eventsModel->eventAt(int(position)))
        m_timeEdit->setDateTime(dateTimeOf(event->timeUs));
    const QModelIndex row = m_eventsModel->index(int(position), StreamEventsModel::PositionColumn);
    m_eventsTable->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_eventsTable->scrollTo(row, QAbstractItemView::PositionAtCenter);
    m_syncing = false;
    updateStepButtons();
    m_cursor->requestState(position);
    if (moved)
        emit positionChanged(position);
}

void ReplayView::stepBack()
{
    if (m_position > 0)
        setPosition(m_position - 1);
}

void ReplayView::stepForward()
{
    if (m_cursor->isOpen() && m_position < m_cursor->outline().version)
        setPosition(m_position + 1);
}

void ReplayView::setPlaying(bool playing)
{
    if (playing && !m_cursor->isOpen())
        playing = false;
    if (playing && m_position >= m_cursor->outline().version)
        setPosition(0); // play from the start once the end was reached
    if (playing)
        m_playTimer->start();
    else
        m_playTimer->stop();
    const QSignalBlocker block(m_play);
    m_play->setChecked(playing);
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause") : tr("Play through the events"));
}

void ReplayView::playTick()
{
    if (!m_cursor->isOpen() || m_position >= m_cursor->outline().version) {
        setPlaying(false);
        return;
    }
    setPosition(m_position + 1);
}

void ReplayView::timeEdited()
{
    if (!m_cursor->isOpen())
        return;
    // The picker shows milliseconds: an event shown at 10:15:22.123 is at or before 10:15:22.123999.
    m_cursor->locateTime(m_timeEdit->dateTime().toMSecsSinceEpoch() * 1000 + 999);
}

void ReplayView::positionLocated(qint64 timeUs, qint64 position)
{
    if (position < 0) {
        m_stateInfo->setText(
            tr("The stream starts after %1; showing its first event.").arg(EventCells::displayTime(timeUs)));
        position = 0;
    }
    setPosition(position);
}

void ReplayView::showState(const ReplayState& state)
{
    if (state.stream != stream() || state.position != m_position)
        return; // the view moved on since; a newer state is on its way
    clearError();
    const QStringList expanded = expandedPaths();
    m_stateModel->setDocument(state.document, state.changes.paths());
    restoreExpanded(expanded);
    {
        const QSignalBlocker block(m_timeEdit);
        m_timeEdit->setDateTime(dateTimeOf(state.event.timeUs));
    }
    QStringList parts;
    parts << tr("After event <b>%1</b> of %2: <b>%3</b> at %4")
                 .arg(state.position)
                 .arg(m_cursor->outline().version)
                 .arg(state.event.type.toHtmlEscaped(), EventCells::displayTime(state.event.timeUs));
    const int changes = int(state.changes.changed.size() + state.changes.added.size());
    QString what = changes == 1 ? tr("1 value changed") : tr("%1 values changed").arg(changes);
    if (!state.changes.removed.isEmpty())
        what += tr(", removed: %1").arg(state.changes.removed.join(QStringLiteral(", ")).toHtmlEscaped());
    parts << what;
    const QString from = state.snapshotPosition >= 0
                             ? tr("from the snapshot at %1").arg(state.snapshotPosition)
                             : tr("from the start");
    parts << tr("folded %1 %2 in %3 ms")
                 .arg(state.eventsFolded == 1 ? tr("1 event") : tr("%1 events").arg(state.eventsFolded), from,
                      QLocale().toString(double(state.elapsedUs) / 1000.0, 'f', 1));
    m_stateInfo->setText(parts.join(QStringLiteral(" · ")));
    emit stateShown(state.position);
}

QStringList ReplayView::expandedPaths() const
{
    QStringList paths;
    QList<QModelIndex> todo{QModelIndex()};
    while (!todo.isEmpty() && paths.size() < MaxExpandedPaths) {
        const QModelIndex parent = todo.takeLast();
        const int rows = m_stateModel->rowCount(parent);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = m_stateModel->index(row, 0, parent);
            if (m_stateTree->isExpanded(child)) {
                paths << child.data(JsonTreeModel::PathRole).toString();
                todo << child;
            }
        }
    }
    return paths;
}

void ReplayView::restoreExpanded(const QStringList& paths)
{
    QStringList wanted = paths;
    // What changed is opened up to, so the highlight is never hidden in a closed branch.
    for (const QString& changed : m_stateModel->changedPaths())
        for (QString up = JsonPath::parent(changed); up.size() > 1; up = JsonPath::parent(up))
            wanted << up;
    wanted.removeDuplicates();
    for (qsizetype i = 0; i < wanted.size() && i < MaxExpandedPaths; ++i) {
        const QModelIndex index = m_stateModel->indexForPath(wanted[i]);
        if (index.isValid())
            m_stateTree->expand(index);
    }
}

void ReplayView::showError(const QString& message)
{
    setPlaying(false);
    m_error->setText(message);
    m_error->setVisible(true);
    if (!m_cursor->isOpen()) {
        m_streamInfo->clear();
        setControlsEnabled(false);
    }
    emit errorShown(message);
}

void ReplayView::clearError()
{
    m_error->clear();
    m_error->setVisible(false);
}

void ReplayView::setControlsEnabled(bool enabled)
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_slider, m_positionSpin, m_timeEdit, m_play})
        w->setEnabled(enabled);
    updateStepButtons();
}

void ReplayView::updateStepButtons()
{
    const bool open = m_cursor->isOpen();
    m_stepBack->setEnabled(open && m_position > 0);
    m_stepForward->setEnabled(open && m_position < m_cursor->outline().version);
}

} // namespace Rewind
