#include "StreamTreeModel.h"

#include "StoreSession.h"

#include <QLocale>

namespace Rewind {

StreamTreeModel::StreamTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

StreamTreeModel::~StreamTreeModel()
{
    for (const StoreJob& job : std::as_const(m_jobs))
        job.cancel();
}

void StreamTreeModel::setSession(StoreSession* session)
{
    m_session = session;
    reload();
}

void StreamTreeModel::reload()
{
    beginResetModel();
    for (const StoreJob& job : std::as_const(m_jobs))
        job.cancel();
    m_jobs.clear();
    ++m_generation;
    m_categories.clear();
    m_totalEvents = -1;
    m_loading = false;
    endResetModel();
    if (!m_session)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    m_jobs.append(m_session->submit(
        StoreSession::Lane::Overview, this,
        [](EventStore& store, const JobControl&) { return store.categories(); },
        [this, generation](QList<CategoryInfo> categories) {
            if (generation != m_generation)
                return;
            m_loading = false;
            qint64 total = 0;
            for (const CategoryInfo& c : categories)
                total += c.eventCount;
            m_totalEvents = total;
            emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
            if (!categories.isEmpty()) {
                beginInsertRows({}, 1, int(categories.size()));
                for (CategoryInfo& c : categories)
                    m_categories.append(CategoryNode{std::move(c), {}, false, false});
                endInsertRows();
            }
            emit categoriesLoaded(int(m_categories.size()), total);
        },
        [this, generation](const StoreSession::Failure& f) {
            if (generation != m_generation)
                return;
            m_loading = false;
            emit loadFailed(f.message);
        }));
}

QModelIndex StreamTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row <= m_categories.size() ? createIndex(row, column, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.row() == 0)
        return {};
    const int category = parent.row() - 1;
    if (category >= m_categories.size() || row >= m_categories.at(category).streams.size())
        return {};
    return createIndex(row, column, quintptr(category + 1));
}

QModelIndex StreamTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, TopLevel);
}

int StreamTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return 1 + int(m_categories.size());
    if (parent.column() != 0 || parent.internalId() != TopLevel || parent.row() == 0)
        return 0;
    return int(m_categories.at(parent.row() - 1).streams.size());
}

int StreamTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool StreamTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return true;
    if (parent.column() != 0 || parent.internalId() != TopLevel || parent.row() == 0)
        return false;
    const CategoryNode& c = m_categories.at(parent.row() - 1);
    return !c.streams.isEmpty() || !c.allStreamsLoaded;
}

bool StreamTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (!parent.isValid() || parent.column() != 0 || parent.internalId() != TopLevel || parent.row() == 0)
        return false;
    const CategoryNode& c = m_categories.at(parent.row() - 1);
    return !c.allStreamsLoaded && !c.loadingStreams;
}

void StreamTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_session)
        return;
    const int row = parent.row() - 1;
    CategoryNode& node = m_categories[row];
    node.loadingStreams = true;
    const QString category = node.info.name;
    const QString after = node.streams.isEmpty() ? QString() : node.streams.last().name;
    const quint64 generation = m_generation;
    m_jobs.append(m_session->submit(
        StoreSession::Lane::Overview, this,
        [category, after](EventStore& store, const JobControl&) {
            return store.streams(category, after, StreamPage);
        },
        [this, generation, row](QList<StreamInfo> streams) {
            if (generation != m_generation)
                return;
            // Still "loading" while the rows go in: a view that asks for more from its rowsInserted
            // handlers must not read the same page again.
            const bool complete = streams.size() < StreamPage;
            if (!streams.isEmpty()) {
                const QModelIndex parentIndex = index(row + 1, 0);
                const int first = int(m_categories[row].streams.size());
                beginInsertRows(parentIndex, first, first + int(streams.size()) - 1);
                m_categories[row].streams += streams;
                endInsertRows();
            }
            CategoryNode& n = m_categories[row];
            n.loadingStreams = false;
            n.allStreamsLoaded = complete;
            emit dataChanged(index(row + 1, 0), index(row + 1, ColumnCount - 1));
        },
        [this, generation, row](const StoreSession::Failure& f) {
            if (generation != m_generation)
                return;
            m_categories[row].loadingStreams = false;
            m_categories[row].allStreamsLoaded = true;
            emit loadFailed(f.message);
        }));
}

QVariant StreamTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Scope") : tr("Events");
}

QVariant StreamTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QLocale locale;
    Kind kind;
    QString name;
    qint64 events = -1;
    qint64 streams = -1;
    if (index.internalId() == TopLevel && index.row() == 0) {
        kind = Kind::WholeLog;
        events = m_totalEvents;
    } else if (index.internalId() == TopLevel) {
        const CategoryInfo& c = m_categories.at(index.row() - 1).info;
        kind = Kind::Category;
        name = c.name;
        events = c.eventCount;
        streams = c.streamCount;
    } else {
        const StreamInfo& s = m_categories.at(int(index.internalId()) - 1).streams.at(index.row());
        kind = Kind::Stream;
        name = s.name;
        events = s.eventCount;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return kind == Kind::WholeLog ? tr("All events") : name;
        if (events < 0)
            return m_loading ? tr("counting…") : QString();
        return locale.toString(events);
    case Qt::ToolTipRole:
        if (kind == Kind::Category)
            return tr("%1: %2 streams, %3 events")
                .arg(name, locale.toString(streams), locale.toString(events));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == EventsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case KindRole:
        return int(kind);
    case NameRole:
        return name;
    case EventCountRole:
        return events;
    case StreamCountRole:
        return streams;
    default:
        return {};
    }
}

} // namespace Rewind
