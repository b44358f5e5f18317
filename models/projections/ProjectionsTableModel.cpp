#include "ProjectionsTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Rewind {

namespace {

bool sameFigures(const MonitoredProjection& a, const MonitoredProjection& b)
{
    const ProjectionStatus& x = a.status;
    const ProjectionStatus& y = b.status;
    return x.state == y.state && x.codeVersion == y.codeVersion && x.savedVersion == y.savedVersion &&
           x.checkpoint == y.checkpoint && x.head == y.head && x.lagEvents == y.lagEvents &&
           x.lagSeconds == y.lagSeconds && x.eventsPerSecond == y.eventsPerSecond && x.parked == y.parked &&
           x.savedAtUs == y.savedAtUs && a.error == b.error;
}

} // namespace

ProjectionsTableModel::ProjectionsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int ProjectionsTableModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key() == key)
            return i;
    return -1;
}

void ProjectionsTableModel::setProjections(const QList<MonitoredProjection>& projections)
{
    // Rows gone: removed one by one from the bottom, so the indexes above stay valid.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const QString key = m_rows[i].key();
        const bool kept = std::any_of(projections.cbegin(), projections.cend(),
                                      [&](const MonitoredProjection& p) { return p.key() == key; });
        if (!kept) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // Rows kept: updated in place, reported in ranges of consecutive changed rows.
    int changedFrom = -1;
    const auto flush = [&](int end) {
        if (changedFrom >= 0)
            emit dataChanged(index(changedFrom, 0), index(end - 1, ColumnCount - 1));
        changedFrom = -1;
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString key = m_rows[i].key();
        const auto it = std::find_if(projections.cbegin(), projections.cend(),
                                     [&](const MonitoredProjection& p) { return p.key() == key; });
        if (!sameFigures(m_rows[i], *it)) {
            m_rows[i] = *it;
            if (changedFrom < 0)
                changedFrom = i;
        } else {
            flush(i);
        }
    }
    flush(int(m_rows.size()));
    // New rows: appended in the order given.
    QList<MonitoredProjection> added;
    for (const MonitoredProjection& p : projections)
        if (rowOf(p.key()) < 0)
            added.append(p);
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows += added;
        endInsertRows();
    }
}

int ProjectionsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectionsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProjectionsTableModel::whereText(const MonitoredProjection& p)
{
    switch (p.where) {
    case MonitoredProjection::Where::Store:
        return tr("this store (saved by Rewind)");
    case MonitoredProjection::Where::Serve:
        return tr("rewind serve at %1").arg(p.source);
    case MonitoredProjection::Where::External:
        return tr("Eventide consumer");
    }
    return {};
}

QString ProjectionsTableModel::stateText(const MonitoredProjection& p)
{
    if (!p.error.isEmpty() && p.status.codeVersion.isEmpty() && p.where == MonitoredProjection::Where::Serve)
        return tr("not answering");
    switch (p.status.state) {
    case ProjectionStatus::State::NeverRun:
        return tr("never run");
    case ProjectionStatus::State::CaughtUp:
        return tr("caught up");
    case ProjectionStatus::State::Behind:
        return tr("behind");
    case ProjectionStatus::State::NeedsRebuild:
        return tr("needs rebuild");
    case ProjectionStatus::State::External:
        return p.status.lagEvents == 0 ? tr("caught up") : tr("behind");
    }
    return {};
}

QVariant ProjectionsTableModel::display(const MonitoredProjection& p, int column) const
{
    const ProjectionStatus& s = p.status;
    const QLocale locale;
    const bool noFigures = p.where == MonitoredProjection::Where::Serve && s.codeVersion.isEmpty() &&
                           s.checkpoint == 0 && s.head == 0;
    switch (column) {
    case NameColumn:
        return s.name;
    case WhereColumn:
        return whereText(p);
    case CodeVersionColumn:
        return s.codeVersion.isEmpty() ? QString() : QString::fromLatin1(s.codeVersion.left(12));
    case StateColumn:
        return stateText(p);
    }
    if (noFigures)
        return QString();
    switch (column) {
    case CheckpointColumn:
        return locale.toString(s.checkpoint);
    case HeadColumn:
        return locale.toString(s.head);
    case LagEventsColumn:
        return locale.toString(s.lagEvents);
    case LagSecondsColumn:
        return s.lagSeconds < 0 ? tr("unknown") : locale.toString(s.lagSeconds, 'f', 1);
    case EventsPerSecondColumn:
        return locale.toString(s.eventsPerSecond);
    case ParkedColumn:
        return locale.toString(s.parked);
    }
    return {};
}

QVariant ProjectionsTableModel::sortValue(const MonitoredProjection& p, int column) const
{
    const ProjectionStatus& s = p.status;
    switch (column) {
    case CheckpointColumn:
        return s.checkpoint;
    case HeadColumn:
        return s.head;
    case LagEventsColumn:
        return s.lagEvents;
    case LagSecondsColumn:
        return s.lagSeconds;
    case EventsPerSecondColumn:
        return s.eventsPerSecond;
    case ParkedColumn:
        return s.parked;
    default:
        return display(p, column);
    }
}

QVariant ProjectionsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MonitoredProjection& p = m_rows[index.row()];
    const ProjectionStatus& s = p.status;
    switch (role) {
    case Qt::DisplayRole:
        return display(p, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= CheckpointColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                  : QVariant();
    case Qt::ToolTipRole:
        return p.error.isEmpty() ? QVariant() : QVariant(p.error);
    case Qt::ForegroundRole:
        if (index.column() == StateColumn &&
            (!p.error.isEmpty() || s.state == ProjectionStatus::State::NeedsRebuild))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case KeyRole:
        return p.key();
    case WhereRole:
        return int(p.where);
    case SourceRole:
        return p.source;
    case NameRole:
        return s.name;
    case StateRole:
        return int(s.state);
    case CodeVersionRole:
        return s.codeVersion;
    case SavedVersionRole:
        return s.savedVersion;
    case CheckpointRole:
        return s.checkpoint;
    case HeadRole:
        return s.head;
    case LagEventsRole:
        return s.lagEvents;
    case LagSecondsRole:
        return s.lagSeconds;
    case EventsPerSecondRole:
        return s.eventsPerSecond;
    case ParkedRole:
        return s.parked;
    case SavedAtRole:
        return s.savedAtUs;
    case ErrorRole:
        return p.error;
    case SortRole:
        return sortValue(p, index.column());
    }
    return {};
}

QVariant ProjectionsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Projection");
    case WhereColumn:
        return tr("Runs in");
    case CodeVersionColumn:
        return tr("Code version");
    case StateColumn:
        return tr("State");
    case CheckpointColumn:
        return tr("Checkpoint");
    case HeadColumn:
        return tr("Head");
    case LagEventsColumn:
        return tr("Lag (events)");
    case LagSecondsColumn:
        return tr("Lag (s)");
    case EventsPerSecondColumn:
        return tr("Events/s");
    case ParkedColumn:
        return tr("Parked");
    }
    return {};
}

} // namespace Rewind
