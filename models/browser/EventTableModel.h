#pragma once

#include "EventCells.h"
#include "EventPageCache.h"
#include "EventStore.h"
#include "LogRowIndex.h"
#include "StoreJob.h"
#include "StoreSession.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace Rewind {

// The event browser's table: the events of a LogQuery (whole log, category or stream, with filters)
// in global order, loaded lazily. Nothing here holds the whole log:
//  - a row index (LogRowIndex, built by a background scan of matching positions) says after which
//    global position each page of rows starts, so any row is one keyset read away;
//  - pages are read on the session's interactive lane when a view first asks for one of their rows,
//    into a small least-recently-used cache; rows of a page still loading show a placeholder;
//  - every result carries the generation of the query it was asked for, and is dropped when the
//    query changed meanwhile.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        GlobalPositionColumn,
        TimeColumn,
        StreamColumn,
        TypeColumn,
        PositionColumn,
        DataColumn,
        ColumnCount
    };
    // The roles every table of events has (EventCells).
    enum Role
    {
        GlobalPositionRole = EventCells::GlobalPositionRole,
        TimeRole = EventCells::TimeRole,
        StreamNameRole = EventCells::StreamNameRole,
        TypeRole = EventCells::TypeRole,
        PositionRole = EventCells::PositionRole,
        DataRole = EventCells::DataRole,
        MetadataRole = EventCells::MetadataRole,
        IdRole = EventCells::IdRole,
        LoadedRole = EventCells::LoadedRole,
    };
    static constexpr int PageSize = 200;
    static constexpr int CachePages = 40;
    static constexpr int MaxPendingPages = 6;
    static constexpr int GrowStep = 100'000; // rows inserted per event-loop turn

    explicit EventTableModel(QObject* parent = nullptr);
    ~EventTableModel() override;

    void setSession(StoreSession* session);
    StoreSession* session() const { return m_session; }
    // The lanes pages and the row index are read on: Interactive and Background for the browser's
    // table; Overview for side lists whose filters may scan the whole log (a correlation search),
    // so that they never hold up the table.
    void setLanes(StoreSession::Lane pages, StoreSession::Lane index)
    {
        m_pageLane = pages;
        m_indexLane = index;
    }
    // Shows the events of `query` (its afterGlobalPosition and limit are ignored): drops every row,
    // reads the first page, and starts counting the rows in the background.
    void setQuery(const LogQuery& query);
    const LogQuery& query() const { return m_query; }
    void clear(); // no session or no query: no rows

    bool isIndexComplete() const { return m_index.isComplete(); }
    // Every counted row is a row of the model (they are inserted a step per event-loop turn).
    bool isSettled() const { return m_index.isComplete() && m_rows == m_index.rowCount(); }
    qint64 indexedRows() const { return m_index.rowCount(); }
    int cachedPages() const { return m_cache.size(); }
    // The event on `row` when its page is in memory.
    std::optional<RecordedEvent> eventAt(int row) const;
    // The global positions of the rows first..last whose pages are in memory: a selected row whose
    // page was dropped has no position at hand (the browser exports "all of the filter" instead).
    QList<qint64> loadedPositions(int first, int last) const;

    // Finds the row of the first event at or after `globalPosition` (or at or after `timeUs`) in this
    // view and reports it with positionLocated once its page is in memory.
    void locatePosition(qint64 globalPosition);
    void locateTime(qint64 timeUs);

    // Live tail: new events at the head are counted and appended as rows.
    void headMoved(qint64 head);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void firstPageLoaded(int rows);
    void pageLoaded(int page);
    void indexProgressed(qint64 rows, bool complete);
    void positionLocated(int row, qint64 globalPosition);
    void locateFailed(const QString& message);
    void loadFailed(const QString& message);

private:
    struct IndexChunk;

    void requestPage(int page) const;
    void pageArrived(quint64 generation, int page, QList<RecordedEvent> events);
    void startIndexing();
    void indexArrived(quint64 generation, const LogRowIndex& index, qint64 safePosition, bool complete);
    void resolveLocate(qint64 globalPosition);
    void setRowCount(qint64 rows);
    void growRows(quint64 generation);
    void fail(const QString& message);
    void cancelJobs();

    QPointer<StoreSession> m_session;
    StoreSession::Lane m_pageLane = StoreSession::Lane::Interactive;
    StoreSession::Lane m_indexLane = StoreSession::Lane::Background;
    LogQuery m_query;
    bool m_hasQuery = false;
    quint64 m_generation = 0;
    LogRowIndex m_index{PageSize};
    qint64 m_indexSafePosition = 0;
    bool m_indexing = false;
    qint64 m_headSeen = 0;
    int m_rows = 0;       // rows shown: the index's count, or the first page's before the index has it
    int m_targetRows = 0; // rows to show once growRows() has inserted them step by step
    std::optional<std::pair<int, qint64>> m_locatedRow; // a located row not inserted yet
    mutable EventPageCache m_cache{CachePages};
    mutable QHash<int, StoreJob> m_pendingPages;
    mutable QList<int> m_pendingOrder;
    StoreJob m_indexJob;
    StoreJob m_locateJob;
    std::optional<qint64> m_waitingLocate; // a position beyond the rows counted so far
};

} // namespace Rewind
