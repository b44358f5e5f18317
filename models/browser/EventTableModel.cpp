#include "EventTableModel.h"

#include "StoreSession.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace Rewind {

namespace {

constexpr int IndexChunkRows = 1'000'000; // positions counted per read of the row index
constexpr int PageGapWaitMs = 500;

// The events of one page: PageSize events after `after`, or fewer at the head. A filtered read on
// PostgreSQL may return part of a page per window; keep reading until it is full.
QList<RecordedEvent> readPage(EventStore& store, LogQuery query, qint64 after, const JobControl& control)
{
    QList<RecordedEvent> events;
    query.afterGlobalPosition = after;
    query.maxGapWaitMs = PageGapWaitMs;
    while (events.size() < EventTableModel::PageSize && !control.cancelled()) {
        query.limit = EventTableModel::PageSize - int(events.size());
        LogBatch batch = store.readLog(query);
        events += std::move(batch.events);
        if (batch.atHead || batch.safePosition <= query.afterGlobalPosition)
            break;
        query.afterGlobalPosition = batch.safePosition;
    }
    return events;
}

} // namespace

struct EventTableModel::IndexChunk
{
    LogRowIndex index;
    qint64 safePosition = 0;
    bool complete = false;
};

EventTableModel::EventTableModel(QObject* parent) : QAbstractTableModel(parent) {}

EventTableModel::~EventTableModel()
{
    cancelJobs();
}

void EventTableModel::setSession(StoreSession* session)
{
    if (m_session == session)
        return;
    clear();
    m_session = session;
}

void EventTableModel::cancelJobs()
{
    for (const StoreJob& job : std::as_const(m_pendingPages))
        job.cancel();
    m_pendingPages.clear();
    m_pendingOrder.clear();
    m_indexJob.cancel();
    m_locateJob.cancel();
    m_indexing = false;
}

void EventTableModel::clear()
{
    beginResetModel();
    cancelJobs();
    ++m_generation;
    m_hasQuery = false;
    m_cache.clear();
    m_index = LogRowIndex(PageSize);
    m_indexSafePosition = 0;
    m_rows = 0;
    m_targetRows = 0;
    m_locatedRow.reset();
    m_waitingLocate.reset();
    endResetModel();
}

void EventTableModel::setQuery(const LogQuery& query)
{
    clear();
    if (!m_session)
        return;
    m_query = query;
    m_query.afterGlobalPosition = 0;
    m_hasQuery = true;
    requestPage(0);
    startIndexing();
}

std::optional<RecordedEvent> EventTableModel::eventAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return std::nullopt;
    const QList<RecordedEvent>* page = m_cache.find(row / PageSize);
    if (!page || row % PageSize >= page->size())
        return std::nullopt;
    return page->at(row % PageSize);
}

QList<qint64> EventTableModel::loadedPositions(int first, int last) const
{
    QList<qint64> out;
    first = std::max(first, 0);
    last = std::min(last, m_rows - 1);
    for (int page = first / PageSize; first <= last && page <= last / PageSize; ++page) {
        if (!m_cache.contains(page))
            continue;
        const QList<RecordedEvent>& events = *m_cache.find(page);
        const int from = std::max(first, page * PageSize) - page * PageSize;
        const int to = std::min<int>(last - page * PageSize, int(events.size()) - 1);
        for (int i = from; i <= to; ++i)
            out.append(events.at(i).globalPosition);
    }
    return out;
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return EventCells::title(EventCells::Field(section));
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // The columns are EventCells' fields in their order.
    const auto field = EventCells::Field(index.column());
    const int row = index.row();
    const int page = row / PageSize;
    const QList<RecordedEvent>* events = m_cache.find(page);
    if (!events || row % PageSize >= events->size()) {
        if (!events)
            requestPage(page);
        return EventCells::placeholder(field, EventCells::Field::GlobalPosition, role);
    }
    return EventCells::data(events->at(row % PageSize), field, role);
}

void EventTableModel::requestPage(int page) const
{
    if (!m_session || !m_hasQuery || m_pendingPages.contains(page))
        return;
    if (page > 0 && page >= m_index.pageCount())
        return; // not counted yet: the index will make it reachable
    // A fast scroll asks for pages it has already left behind; only the latest few matter.
    while (m_pendingPages.size() >= MaxPendingPages) {
        const int oldest = m_pendingOrder.takeFirst();
        m_pendingPages.take(oldest).cancel();
    }
    const qint64 after = page == 0 ? 0 : m_index.pageStart(page);
    auto* self = const_cast<EventTableModel*>(this);
    const quint64 generation = m_generation;
    const LogQuery query = m_query;
    StoreJob job = m_session->submit(
        m_pageLane, self,
        [query, after](EventStore& store, const JobControl& control) {
            return readPage(store, query, after, control);
        },
        [self, generation, page](QList<RecordedEvent> events) {
            self->pageArrived(generation, page, std::move(events));
        },
        [self, generation, page](const StoreSession::Failure& f) {
            if (generation != self->m_generation)
                return;
            self->m_pendingPages.remove(page);
            self->m_pendingOrder.removeOne(page);
            self->fail(f.message);
        });
    m_pendingPages.insert(page, job);
    m_pendingOrder.append(page);
}

void EventTableModel::pageArrived(quint64 generation, int page, QList<RecordedEvent> events)
{
    if (generation != m_generation)
        return;
    m_pendingPages.remove(page);
    m_pendingOrder.removeOne(page);
    const int count = int(events.size());
    m_cache.insert(page, std::move(events));
    if (page == 0 && m_index.rowCount() < count && !m_index.isComplete()) {
        // Rows to show before the index has counted them.
        setRowCount(std::max<qint64>(m_rows, count));
    }
    const int first = page * PageSize;
    const int last = std::min(m_rows, first + PageSize) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (page == 0)
        emit firstPageLoaded(count);
    emit pageLoaded(page);
}

void EventTableModel::setRowCount(qint64 rows)
{
    m_targetRows = std::max(m_targetRows, int(std::min<qint64>(rows, std::numeric_limits<int>::max())));
    growRows(m_generation);
}

void EventTableModel::growRows(quint64 generation)
{
    if (generation != m_generation || m_rows >= m_targetRows)
        return;
    // A view shown directly over this model (the detail pane's lists) keeps a header entry per row:
    // inserting a million rows at once held the UI thread for 20-35 ms. A step per event-loop turn
    // keeps each short. The browser's table goes through a RowWindowModel and never sees them.
    const int step = std::min(m_targetRows - m_rows, GrowStep);
    beginInsertRows({}, m_rows, m_rows + step - 1);
    m_rows += step;
    endInsertRows();
    if (m_locatedRow && m_locatedRow->first < m_rows) {
        const auto [row, position] = *m_locatedRow;
        m_locatedRow.reset();
        emit positionLocated(row, position);
    }
    if (m_rows < m_targetRows)
        QTimer::singleShot(0, this, [this, generation] { growRows(generation); });
}

void EventTableModel::startIndexing()
{
    if (!m_session || !m_hasQuery || m_indexing)
        return;
    m_indexing = true;
    const quint64 generation = m_generation;
    LogQuery query = m_query;
    query.positionsOnly = true;
    query.withMetadata = false;
    IndexChunk start{m_index, m_indexSafePosition, false};
    QPointer<EventTableModel> self(this);
    m_indexJob = m_session->submit(
        m_indexLane, this,
        [query, start, self, generation](EventStore& store, const JobControl& control) mutable {
            IndexChunk chunk = start;
            LogQuery q = query;
            q.limit = IndexChunkRows;
            for (;;) {
                q.afterGlobalPosition = chunk.safePosition;
                const LogScan scan = store.scanLog(q, [&](const EventView& v) {
                    chunk.index.appendCounted(v.globalPosition);
                    return !control.cancelled();
                });
                if (control.cancelled())
                    throw StoreError(StoreError::Kind::Cancelled, QStringLiteral("cancelled"));
                chunk.safePosition = std::max(chunk.safePosition, scan.safePosition);
                chunk.complete = scan.atHead;
                if (chunk.complete)
                    return chunk;
                // Partial counts go to the table now, so that scrolling need not wait for the end.
                detail::postTo(QPointer<QObject>(self.data()), [self, generation, chunk] {
                    if (self)
                        self->indexArrived(generation, chunk.index, chunk.safePosition, false);
                });
            }
        },
        [this, generation](IndexChunk chunk) {
            m_indexing = false;
            indexArrived(generation, chunk.index, chunk.safePosition, true);
        },
        [this, generation](const StoreSession::Failure& f) {
            if (generation != m_generation)
                return;
            m_indexing = false;
            if (f.kind != StoreError::Kind::Cancelled)
                fail(f.message);
        });
}

void EventTableModel::indexArrived(quint64 generation, const LogRowIndex& index, qint64 safePosition,
                                   bool complete)
{
    if (generation != m_generation || index.rowCount() < m_index.rowCount())
        return;
    const int lastPageBefore = m_index.pageCount() - 1;
    const qint64 rowsBefore = m_index.rowCount();
    m_index = index;
    m_index.setComplete(complete);
    m_indexSafePosition = safePosition;
    if (m_index.rowCount() > rowsBefore && lastPageBefore >= 0) {
        // The page that was last may have been read short; it grows with the new rows.
        const QList<RecordedEvent>* last = m_cache.find(lastPageBefore);
        if (last && last->size() < PageSize)
            m_cache.remove(lastPageBefore);
    }
    setRowCount(m_index.rowCount());
    if (m_index.rowCount() > rowsBefore && lastPageBefore >= 0 && !m_cache.contains(lastPageBefore)) {
        const int first = lastPageBefore * PageSize;
        const int last = std::min(m_rows, first + PageSize) - 1;
        if (last >= first)
            emit dataChanged(this->index(first, 0), this->index(last, ColumnCount - 1));
    }
    emit indexProgressed(m_index.rowCount(), complete);
    if (m_waitingLocate && (*m_waitingLocate <= m_index.lastPosition() || complete)) {
        const qint64 wanted = *m_waitingLocate;
        m_waitingLocate.reset();
        resolveLocate(wanted);
    }
    if (complete && m_headSeen > m_indexSafePosition)
        startIndexing();
}

void EventTableModel::headMoved(qint64 head)
{
    m_headSeen = std::max(m_headSeen, head);
    if (m_hasQuery && m_index.isComplete() && head > m_indexSafePosition)
        startIndexing();
}

void EventTableModel::locatePosition(qint64 globalPosition)
{
    if (!m_hasQuery || !m_session)
        return;
    m_locateJob.cancel();
    m_waitingLocate.reset();
    m_locatedRow.reset();
    if (globalPosition > m_index.lastPosition() && !m_index.isComplete()) {
        m_waitingLocate = globalPosition; // resolved when the count gets there
        return;
    }
    resolveLocate(globalPosition);
}

void EventTableModel::locateTime(qint64 timeUs)
{
    if (!m_hasQuery || !m_session)
        return;
    m_locateJob.cancel();
    const quint64 generation = m_generation;
    m_locateJob = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [timeUs](EventStore& store, const JobControl&) { return store.positionAtTime(timeUs); },
        [this, generation](qint64 position) {
            if (generation == m_generation)
                locatePosition(position);
        },
        [this](const StoreSession::Failure& f) { emit locateFailed(f.message); });
}

void EventTableModel::resolveLocate(qint64 globalPosition)
{
    const std::optional<int> page = m_index.pageContaining(globalPosition);
    if (!page) {
        emit locateFailed(m_index.rowCount() == 0
                              ? tr("There are no events in this view.")
                              : tr("No event at or after global position %1 in this view; the last is %2.")
                                    .arg(globalPosition)
                                    .arg(m_index.lastPosition()));
        return;
    }
    const quint64 generation = m_generation;
    const qint64 after = m_index.pageStart(*page);
    const LogQuery query = m_query;
    const int pageNumber = *page;
    m_locateJob = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [query, after](EventStore& store, const JobControl& control) {
            return readPage(store, query, after, control);
        },
        [this, generation, pageNumber, globalPosition](QList<RecordedEvent> events) {
            if (generation != m_generation)
                return;
            const auto it =
                std::lower_bound(events.cbegin(), events.cend(), globalPosition,
                                 [](const RecordedEvent& e, qint64 p) { return e.globalPosition < p; });
            const int offset = int(it - events.cbegin());
            const qint64 found = it != events.cend() ? it->globalPosition : 0;
            pageArrived(generation, pageNumber, std::move(events));
            const int row = pageNumber * PageSize + offset;
            if (row < m_rows)
                emit positionLocated(row, found);
            else if (row < m_targetRows)
                m_locatedRow = {row, found}; // announced once the rows have grown that far
            else
                emit locateFailed(
                    tr("No event at or after global position %1 in this view.").arg(globalPosition));
        },
        [this](const StoreSession::Failure& f) { emit locateFailed(f.message); });
}

void EventTableModel::fail(const QString& message)
{
    emit loadFailed(message);
}

} // namespace Rewind
