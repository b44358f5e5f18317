#include "StreamEventsModel.h"

#include "StoreSession.h"

#include <cstdlib>

namespace Rewind {

namespace {

// The columns, as EventCells' fields.
constexpr EventCells::Field Fields[] = {EventCells::Field::Position, EventCells::Field::Time,
                                        EventCells::Field::Type, EventCells::Field::GlobalPosition,
                                        EventCells::Field::Data};

} // namespace

struct StreamEventsModel::FirstPage
{
    qint64 version = -1;
    QList<RecordedEvent> events;
};

StreamEventsModel::StreamEventsModel(QObject* parent) : QAbstractTableModel(parent) {}

StreamEventsModel::~StreamEventsModel()
{
    cancelJobs();
}

StoreSession* StreamEventsModel::session() const
{
    return m_session;
}

void StreamEventsModel::setSession(StoreSession* session)
{
    if (m_session == session)
        return;
    clear();
    m_session = session;
}

void StreamEventsModel::cancelJobs()
{
    for (const StoreJob& job : std::as_const(m_pending))
        job.cancel();
    m_pending.clear();
    m_pendingOrder.clear();
    m_openJob.cancel();
}

void StreamEventsModel::clear()
{
    beginResetModel();
    cancelJobs();
    ++m_generation;
    m_stream.clear();
    m_pages.clear();
    m_rows = 0;
    endResetModel();
}

void StreamEventsModel::setStream(const QString& stream, std::optional<qint64> knownVersion)
{
    clear();
    if (!m_session || stream.isEmpty())
        return;
    m_stream = stream;
    const quint64 generation = m_generation;
    if (knownVersion) {
        beginResetModel();
        m_rows = int(std::max<qint64>(*knownVersion + 1, 0));
        endResetModel();
        emit streamLoaded(stream, *knownVersion);
        return;
    }
    m_openJob = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [stream](EventStore& store, const JobControl&) {
            FirstPage first;
            first.version = store.streamVersion(stream);
            if (first.version >= 0)
                first.events = store.readStream(stream, 0, PageSize);
            return first;
        },
        [this, generation, stream](FirstPage first) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_rows = int(std::max<qint64>(first.version + 1, 0));
            if (!first.events.isEmpty())
                m_pages.insert(0, std::move(first.events));
            endResetModel();
            emit streamLoaded(stream, first.version);
            if (m_pages.contains(0))
                emit pageLoaded(0);
        },
        [this, generation](const StoreSession::Failure& failure) {
            if (generation == m_generation)
                emit loadFailed(failure.message);
        });
}

std::optional<RecordedEvent> StreamEventsModel::eventAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return std::nullopt;
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.constEnd() || row % PageSize >= it->size())
        return std::nullopt;
    return it->at(row % PageSize);
}

void StreamEventsModel::requestPage(int page) const
{
    if (!m_session || m_pending.contains(page) || m_pages.contains(page))
        return;
    // A fast scroll asks for many pages on its way; only the latest few are still worth reading.
    while (m_pendingOrder.size() >= MaxPendingPages) {
        const int oldest = m_pendingOrder.takeFirst();
        m_pending.take(oldest).cancel();
    }
    auto* self = const_cast<StreamEventsModel*>(this);
    const quint64 generation = m_generation;
    const QString stream = m_stream;
    const StoreJob job = m_session->submit(
        StoreSession::Lane::Interactive, self,
        [stream, page](EventStore& store, const JobControl&) {
            return store.readStream(stream, qint64(page) * PageSize, PageSize);
        },
        [self, generation, page](QList<RecordedEvent> events) {
            self->pageArrived(generation, page, std::move(events));
        },
        [self, generation, page](const StoreSession::Failure& failure) {
            if (generation != self->m_generation)
                return;
            self->m_pending.remove(page);
            self->m_pendingOrder.removeOne(page);
            emit self->loadFailed(failure.message);
        });
    m_pending.insert(page, job);
    m_pendingOrder.append(page);
}

void StreamEventsModel::pageArrived(quint64 generation, int page, QList<RecordedEvent> events)
{
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    m_pendingOrder.removeOne(page);
    evictFarPages(page);
    const int first = page * PageSize;
    // Events appended since the version was read are not rows yet; they wait for the next open.
    const int last = std::min(first + int(events.size()), m_rows) - 1;
    m_pages.insert(page, std::move(events));
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(page);
}

void StreamEventsModel::evictFarPages(int nearPage)
{
    while (m_pages.size() >= CachePages) {
        int farthest = -1;
        for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
            if (farthest < 0 || std::abs(it.key() - nearPage) > std::abs(farthest - nearPage))
                farthest = it.key();
        m_pages.remove(farthest);
        // The rows stay; asking for them again reads the page again.
    }
}

int StreamEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int StreamEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StreamEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return EventCells::title(Fields[section]);
}

QVariant StreamEventsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventCells::Field field = Fields[index.column()];
    const int row = index.row();
    const auto page = m_pages.constFind(row / PageSize);
    if (page == m_pages.constEnd() || row % PageSize >= page->size()) {
        if (page == m_pages.constEnd())
            requestPage(row / PageSize);
        // In a stream the row is the position: known before the event is.
        if ((role == Qt::DisplayRole && field == EventCells::Field::Position) || role == PositionRole)
            return qint64(row);
        return EventCells::placeholder(field, EventCells::Field::Type, role);
    }
    return EventCells::data(page->at(row % PageSize), field, role);
}

} // namespace Rewind
