#include "TimelineView.h"

#include "StoreError.h"
#include "StoreSession.h"
#include "TimelineCsvWriter.h"
#include "TimelineModel.h"
#include "TimelinePdfWriter.h"
#include "TimelineReader.h"
#include "TimelineSentences.h"

#include <QAction>
#include <QCheckBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Rewind {

namespace {

QDateTime utc(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
}

qint64 usOf(const QDateTimeEdit* edit)
{
    return edit->dateTime().toMSecsSinceEpoch() * 1000;
}

QIcon kindIcon(TimelineEntry::Kind kind)
{
    QPixmap dot(12, 12);
    dot.fill(TimelineModel::kindColor(kind));
    return QIcon(dot);
}

QString osUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("unknown");
}

} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent), m_model(new TimelineModel(this))
{
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Find a student by name, e-mail or id"));
    m_search->setClearButtonEnabled(true);
    m_suggestions = new QStringListModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    // The directory has already chosen the matches (a word of the name, the e-mail, the id).
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->setCompleter(m_completer);
    auto* open = new QPushButton(tr("Open"));

    m_kindsButton = new QToolButton;
    m_kindsButton->setText(tr("Kinds"));
    m_kindsButton->setPopupMode(QToolButton::InstantPopup);
    auto* kindsMenu = new QMenu(m_kindsButton);
    for (const TimelineEntry::Kind kind : TimelineEntry::allKinds()) {
        QAction* action = kindsMenu->addAction(kindIcon(kind), TimelineSentences::kindLabel(kind));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(kind));
        connect(action, &QAction::toggled, this, &TimelineView::applyFilter);
        m_kindActions.append(action);
    }
    m_kindsButton->setMenu(kindsMenu);

    m_fromCheck = new QCheckBox(tr("From"));
    m_from = new QDateTimeEdit;
    m_toCheck = new QCheckBox(tr("To"));
    m_to = new QDateTimeEdit;
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &TimelineView::applyFilter);
    }
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &TimelineView::applyFilter);
    connect(m_toCheck, &QCheckBox::toggled, this, &TimelineView::applyFilter);

    m_exportCsv = new QPushButton(tr("Export CSV…"));
    m_exportPdf = new QPushButton(tr("Export PDF…"));
    m_exportProgress = new QProgressBar;
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setMaximumWidth(200);
    m_exportProgress->setVisible(false);
    m_cancelExport = new QPushButton(tr("Cancel export"));
    m_cancelExport->setObjectName(QStringLiteral("cancelExport"));
    m_cancelExport->setVisible(false);

    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // 100,000 rows: no per-row size hints
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(TimelineModel::SentenceColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    // An entry's time sits one level in, after its kind's icon: room for both and a day's date.
    m_tree->setColumnWidth(TimelineModel::TimeColumn,
                           m_tree->indentation() + m_tree->iconSize().width() + 24 +
                               m_tree->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00")));

    m_title = new QLabel;
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressLabel = new QLabel;
    m_progressLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_progressLabel->setWordWrap(true);
    m_openEvent = new QPushButton(tr("Open in the browser"));
    m_replayQuiz = new QPushButton(tr("Replay the quiz at this moment"));
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(open);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_kindsButton);
    filterRow->addWidget(m_fromCheck);
    filterRow->addWidget(m_from);
    filterRow->addWidget(m_toCheck);
    filterRow->addWidget(m_to);
    filterRow->addStretch(1);
    filterRow->addWidget(m_exportCsv);
    filterRow->addWidget(m_exportPdf);
    filterRow->addWidget(m_exportProgress);
    filterRow->addWidget(m_cancelExport);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(new QLabel(tr("<b>Progress at the selected moment</b>")));
    sideLayout->addWidget(m_progressLabel);
    sideLayout->addWidget(m_openEvent);
    sideLayout->addWidget(m_replayQuiz);
    sideLayout->addStretch(1);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_title);
    layout->addLayout(filterRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textEdited, this, &TimelineView::searchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &TimelineView::openFromSearch);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { openStudent(StudentDirectory::studentIdOf(text)); });
    connect(open, &QPushButton::clicked, this, &TimelineView::openFromSearch);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateProgress();
        updateEntryButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateProgress();
        updateEntryButtons();
    });
    connect(m_openEvent, &QPushButton::clicked, this, [this] {
        if (const qint64 p = selectedPosition())
            emit openEventRequested(p);
    });
    connect(m_replayQuiz, &QPushButton::clicked, this, [this] {
        if (const TimelineEntry* e = m_model->entryAt(m_tree->currentIndex()); e && !e->quizId.isEmpty())
            emit replayQuizRequested(e->streamName, e->position);
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_cancelExport, &QPushButton::clicked, this, &TimelineView::cancelExport);

    updateProgress();
    updateEntryButtons();
}

TimelineView::~TimelineView()
{
    m_exportJob.cancel();
}

void TimelineView::setSession(StoreSession* session)
{
    if (m_session == session)
        return;
    cancelExport();
    m_session = session;
    ++m_loadSerial;
    m_studentId.clear();
    m_directory = StudentDirectory();
    m_suggestions->setStringList({});
    m_title->clear();
    m_model->setTimeline(StudentTimeline());
    if (m_session)
        loadDirectory();
}

void TimelineView::loadDirectory()
{
    m_session->submit(
        StoreSession::Lane::Overview, this,
        [](EventStore& store, const JobControl& control) { return StudentDirectory::load(store, &control); },
        [this](StudentDirectory directory) {
            m_directory = std::move(directory);
            emit studentsLoaded(int(m_directory.students().size()));
            if (!m_search->text().isEmpty())
                searchEdited(m_search->text());
        },
        [this](const StoreSession::Failure& f) { showError(f.message); });
}

void TimelineView::searchEdited(const QString& text)
{
    QStringList suggestions;
    for (const StudentDirectory::Student& s : m_directory.search(text, 20))
        suggestions << StudentDirectory::suggestion(s);
    m_suggestions->setStringList(suggestions);
}

void TimelineView::openFromSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    // A suggestion names its id; free text is taken as an id, or as the one student it matches.
    QString id = StudentDirectory::studentIdOf(text);
    const QList<StudentDirectory::Student> found = m_directory.search(text, 2);
    if (found.size() == 1 || (!found.isEmpty() && found.first().studentId == text))
        id = found.first().studentId;
    openStudent(id);
}

void TimelineView::openStudent(const QString& studentId)
{
    if (!m_session) {
        showError(tr("No store is open."));
        return;
    }
    const int serial = ++m_loadSerial;
    m_studentId = studentId;
    showStatus(tr("Reading the timeline of student %1…").arg(studentId));
    m_session->submit(
        StoreSession::Lane::Interactive, this,
        [studentId](EventStore& store, const JobControl& control) {
            return TimelineReader(store).read(studentId, &control);
        },
        [this, serial](StudentTimeline timeline) {
            if (serial != m_loadSerial)
                return;
            if (!timeline.known) {
                m_model->setTimeline(StudentTimeline());
                m_title->clear();
                showError(tr("There is no student %1 in this store.").arg(timeline.studentId));
                return;
            }
            m_title->setText(timeline.name.isEmpty()
                                 ? tr("<b>Student %1</b>").arg(timeline.studentId.toHtmlEscaped())
                                 : tr("<b>%1</b> &lt;%2&gt; (student %3)")
                                       .arg(timeline.name.toHtmlEscaped(), timeline.email.toHtmlEscaped(),
                                            timeline.studentId.toHtmlEscaped()));
            const QString id = timeline.studentId;
            const int count = int(timeline.entries.size());
            m_model->setTimeline(std::move(timeline));
            // The latest day open: support usually asks about what just happened.
            if (const int days = m_model->rowCount())
                m_tree->expand(m_model->index(days - 1, 0));
            showStatus(tr("%1 events.").arg(count));
            emit timelineLoaded(id, count);
        },
        [this, serial](const StoreSession::Failure& f) {
            if (serial == m_loadSerial)
                showError(f.message);
        });
}

void TimelineView::setKinds(const QSet<TimelineEntry::Kind>& kinds)
{
    for (QAction* action : std::as_const(m_kindActions)) {
        const QSignalBlocker block(action);
        action->setChecked(kinds.isEmpty() || kinds.contains(TimelineEntry::Kind(action->data().toInt())));
    }
    applyFilter();
}

void TimelineView::setPeriod(std::optional<qint64> fromUs, std::optional<qint64> toUs)
{
    const QSignalBlocker b1(m_fromCheck), b2(m_toCheck), b3(m_from), b4(m_to);
    m_fromCheck->setChecked(fromUs.has_value());
    m_from->setEnabled(fromUs.has_value());
    if (fromUs)
        m_from->setDateTime(utc(*fromUs));
    m_toCheck->setChecked(toUs.has_value());
    m_to->setEnabled(toUs.has_value());
    if (toUs)
        m_to->setDateTime(utc(*toUs));
    applyFilter();
}

void TimelineView::applyFilter()
{
    TimelineFilter filter;
    bool all = true;
    for (const QAction* action : std::as_const(m_kindActions)) {
        if (action->isChecked())
            filter.kinds.insert(TimelineEntry::Kind(action->data().toInt()));
        else
            all = false;
    }
    if (all)
        filter.kinds.clear();
    else if (filter.kinds.isEmpty())
        filter.kinds.insert(TimelineEntry::Kind(-1)); // nothing ticked: nothing shown
    if (m_fromCheck->isChecked())
        filter.fromUs = usOf(m_from);
    if (m_toCheck->isChecked())
        filter.toUs = usOf(m_to) + 59999999; // the whole minute shown
    m_kindsButton->setText(all ? tr("Kinds") : tr("Kinds (%1)").arg(filter.kinds.size()));
    const qint64 selected = selectedPosition();
    m_model->setFilter(filter);
    if (selected)
        selectPosition(selected);
}

void TimelineView::selectPosition(qint64 globalPosition)
{
    const QModelIndex index = m_model->indexOfPosition(globalPosition);
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

qint64 TimelineView::selectedPosition() const
{
    const TimelineEntry* e = m_model->entryAt(m_tree->currentIndex().siblingAtColumn(0));
    return e ? e->globalPosition : 0;
}

void TimelineView::updateProgress()
{
    // Progress counts every event up to the moment, whatever the filter hides.
    const QList<TimelineEntry>& entries = m_model->timeline().entries;
    qint64 moment = selectedPosition();
    if (!moment && !entries.isEmpty())
        moment = entries.last().globalPosition;
    m_progress = StudentProgressAt::at(entries, moment);
    m_progressLabel->setText(entries.isEmpty() ? tr("No student open.") : progressText());
    if (moment)
        emit progressShown(moment);
}

QString TimelineView::progressText() const
{
    const QString when = m_progress.lastActivityUs
                             ? utc(m_progress.lastActivityUs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                             : QString();
    return tr("As of %1 UTC:\nQuizzes started: %2\nQuizzes passed: %3\nQuizzes failed: %4\nCurrent streak: "
              "%5\n"
              "Answers: %6, of which correct: %7 (%8%)")
        .arg(when)
        .arg(m_progress.quizzesStarted)
        .arg(m_progress.quizzesPassed)
        .arg(m_progress.quizzesFailed)
        .arg(m_progress.streak)
        .arg(m_progress.answers)
        .arg(m_progress.correct)
        .arg(m_progress.correctRatio * 100, 0, 'f', 1);
}

void TimelineView::updateEntryButtons()
{
    const TimelineEntry* e = m_model->entryAt(m_tree->currentIndex().siblingAtColumn(0));
    m_openEvent->setEnabled(e != nullptr);
    m_replayQuiz->setEnabled(e && !e->quizId.isEmpty());
    const bool any = !m_model->timeline().entries.isEmpty();
    m_exportCsv->setEnabled(any && !isExporting());
    m_exportPdf->setEnabled(any && !isExporting());
}

bool TimelineView::exportCsv(const QString& path)
{
    return startExport(path, [path](const QList<TimelineEntry>& entries, const JobControl& control) {
        TimelineCsvWriter::write(path, entries, &control);
    });
}

bool TimelineView::exportPdf(const QString& path, const QString& generatedBy)
{
    const StudentTimeline& timeline = m_model->timeline();
    TimelinePdfWriter::Header header;
    header.studentId = timeline.studentId;
    header.studentName = timeline.name;
    header.studentEmail = timeline.email;
    header.fromUs = m_model->filter().fromUs;
    header.toUs = m_model->filter().toUs;
    header.generatedBy = generatedBy;
    header.generatedAtUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    return startExport(path, [path, header](const QList<TimelineEntry>& entries, const JobControl& control) {
        TimelinePdfWriter::write(path, header, entries, &control);
    });
}

bool TimelineView::startExport(const QString& path,
                               std::function<void(const QList<TimelineEntry>&, const JobControl&)> write)
{
    if (!m_session || isExporting())
        return false;
    // The entries are copied (implicitly shared) so the filter may change while the file is written.
    const QList<TimelineEntry> entries = m_model->filteredEntries();
    const int count = int(entries.size());
    m_exportProgress->setRange(0, 0);
    m_exportProgress->setVisible(true);
    m_cancelExport->setVisible(true);
    m_exportPath = path;
    showStatus(tr("Writing %1…").arg(path));
    // The background lane: the same worker the browser's exports use, so an export never holds up
    // the interactive reads. The job does not touch the store.
    m_exportJob = m_session->submit(
        StoreSession::Lane::Background, this,
        [entries, write](EventStore&, const JobControl& control) {
            write(entries, control);
            return true;
        },
        [this, path, count](bool) {
            exportEnded();
            showStatus(tr("Wrote %1 events to %2.").arg(count).arg(path));
            emit exportFinished(path, count);
        },
        [this, path](const StoreSession::Failure& failure) {
            exportEnded();
            if (failure.kind == StoreError::Kind::Cancelled) {
                showStatus(tr("The export to %1 was cancelled; nothing was written.").arg(path));
                emit exportCancelled(path);
            } else {
                showError(failure.message);
            }
        },
        [this](qint64 done, qint64 total) {
            m_exportProgress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
            m_exportProgress->setValue(int(std::min<qint64>(done, INT_MAX)));
        });
    updateEntryButtons();
    return true;
}

void TimelineView::cancelExport()
{
    if (!isExporting())
        return;
    const QString path = m_exportPath;
    // A cancelled job's callbacks are dropped, so the view reports the cancel itself. The writer
    // sees the flag between steps and removes its partial file.
    m_exportJob.cancel();
    exportEnded();
    showStatus(tr("The export was cancelled; nothing was written."));
    emit exportCancelled(path);
}

void TimelineView::exportEnded()
{
    m_exportJob = {};
    m_exportPath.clear();
    m_exportProgress->setVisible(false);
    m_cancelExport->setVisible(false);
    updateEntryButtons();
}

void TimelineView::exportWithDialog(bool pdf)
{
    const QString suggested = QStringLiteral("timeline-%1.%2")
                                  .arg(m_studentId, pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the timeline as PDF") : tr("Export the timeline as CSV"), suggested,
        pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (pdf)
        exportPdf(path, osUser());
    else
        exportCsv(path);
}

QString TimelineView::errorText() const
{
    return m_error;
}

void TimelineView::showError(const QString& message)
{
    m_error = message;
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    emit errorShown(message);
}

void TimelineView::showStatus(const QString& message)
{
    m_error.clear();
    m_status->setText(message);
    m_status->setStyleSheet({});
}

} // namespace Rewind
