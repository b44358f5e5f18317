#pragma once

#include "ProjectionMonitor.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rewind {

// The projections view's table: one row per MonitoredProjection, kept in place across readings
// (rows are matched by where they run and their name), so that a selection survives the updates
// that arrive every second. Only rows whose figures changed are reported, in ranges.
class ProjectionsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        WhereColumn,
        CodeVersionColumn,
        StateColumn,
        CheckpointColumn,
        HeadColumn,
        LagEventsColumn,
        LagSecondsColumn,
        EventsPerSecondColumn,
        ParkedColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole, // MonitoredProjection::key()
        WhereRole,              // int(MonitoredProjection::Where)
        SourceRole,
        NameRole,
        StateRole, // int(ProjectionStatus::State)
        CodeVersionRole,
        SavedVersionRole,
        CheckpointRole,
        HeadRole,
        LagEventsRole,
        LagSecondsRole, // double; -1 when unknown
        EventsPerSecondRole,
        ParkedRole,
        SavedAtRole, // µs since the epoch
        ErrorRole,
        SortRole, // numbers as numbers
    };

    explicit ProjectionsTableModel(QObject* parent = nullptr);

    void setProjections(const QList<MonitoredProjection>& projections);
    const QList<MonitoredProjection>& projections() const { return m_rows; }
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString whereText(const MonitoredProjection& p);
    static QString stateText(const MonitoredProjection& p);

private:
    QVariant display(const MonitoredProjection& p, int column) const;
    QVariant sortValue(const MonitoredProjection& p, int column) const;

    QList<MonitoredProjection> m_rows;
};

} // namespace Rewind
