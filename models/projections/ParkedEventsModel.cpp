#include "ParkedEventsModel.h"

#include <QLocale>

namespace Rewind {

ParkedEventsModel::ParkedEventsModel(QObject* parent) : QAbstractTableModel(parent) {}

ParkedEventsModel::~ParkedEventsModel()
{
    m_job.cancel();
}

void ParkedEventsModel::load(const QString& projection)
{
    m_job.cancel();
    m_projection = projection;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    if (!m_session || projection.isEmpty())
        return;
    m_job = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [projection](EventStore& store, const JobControl&) { return store.parkedEvents(projection, Limit); },
        [this](const QList<ParkedEvent>& rows) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
            emit loaded(int(m_rows.size()));
        },
        [this](const StoreSession::Failure& failure) { emit loadFailed(failure.message); });
}

int ParkedEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParkedEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParkedEventsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ParkedEvent& e = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn:
            return QLocale().toString(e.globalPosition);
        case StreamColumn:
            return e.streamName;
        case TypeColumn:
            return e.type;
        case ReasonColumn:
            return e.reason;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? QVariant(e.reason) : QVariant();
    case GlobalPositionRole:
        return e.globalPosition;
    case StreamNameRole:
        return e.streamName;
    case TypeRole:
        return e.type;
    case ReasonRole:
        return e.reason;
    case ParkedAtRole:
        return e.parkedAtUs;
    }
    return {};
}

QVariant ParkedEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return tr("Global position");
    case StreamColumn:
        return tr("Stream");
    case TypeColumn:
        return tr("Type");
    case ReasonColumn:
        return tr("Why it was parked");
    }
    return {};
}

} // namespace Rewind
