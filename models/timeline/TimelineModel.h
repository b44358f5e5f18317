#pragma once

#include "TimelineFilter.h"
#include "TimelineReader.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>

namespace Rewind {

// A student's timeline as a tree: one row per day (UTC) that has entries passing the
// filter, with those entries as its children in global order. Sentences are made when shown, in the
// installed language; raw values are on roles from Qt::UserRole.
class TimelineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        SentenceColumn,
        StreamColumn,
        ColumnCount,
    };

    enum Role
    {
        GlobalPositionRole = Qt::UserRole, // qint64; entries only
        TimeUsRole,                        // qint64; entries only
        StreamNameRole,                    // QString; entries only
        TypeRole,                          // QString; entries only
        KindRole,                          // int (TimelineEntry::Kind); entries only
        EventIdRole,                       // QUuid; entries only
        QuizIdRole,                        // QString; entries of quiz streams
        DayRole,                           // QDate; days and entries
        IsDayRole,                         // bool
        EntryCountRole,                    // int; days only: how many children
    };

    explicit TimelineModel(QObject* parent = nullptr);

    void setTimeline(StudentTimeline timeline);
    const StudentTimeline& timeline() const { return m_timeline; }
    void setFilter(TimelineFilter filter);
    const TimelineFilter& filter() const { return m_filter; }

    // The entries that pass the filter, in global order: what the exports write.
    QList<TimelineEntry> filteredEntries() const;
    qsizetype filteredCount() const { return m_filteredCount; }
    // nullptr for a day row or an invalid index.
    const TimelineEntry* entryAt(const QModelIndex& index) const;
    // The entry's row, or an invalid index when it is filtered out or not in the timeline.
    QModelIndex indexOfPosition(qint64 globalPosition) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A colour per kind: the entry's icon in the tree.
    static QColor kindColor(TimelineEntry::Kind kind);

signals:
    void timelineChanged();
    void filterChanged();

private:
    struct Day
    {
        QDate date;
        QList<qint32> entries; // indexes into m_timeline.entries
    };

    void regroup();

    StudentTimeline m_timeline;
    TimelineFilter m_filter;
    QList<Day> m_days;
    qsizetype m_filteredCount = 0;
};

} // namespace Rewind
