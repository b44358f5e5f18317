#pragma once

#include "EventCells.h"
#include "RecordedEvent.h"
#include "StoreJob.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <optional>

namespace Rewind {

class StoreSession;

// The events of one stream as a lazy table: row N is stream position N (positions have no holes).
// Pages of PageSize events are read with EventStore::readStream on the session's
// interactive lane when a view first asks for one of their rows; rows of a page still on its way
// show a placeholder. At most CachePages pages stay in memory, the ones farthest from the latest
// request going first. Every result carries the generation of the stream it was asked for and is
// dropped when the stream changed meanwhile.
class StreamEventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PositionColumn,
        TimeColumn,
        TypeColumn,
        GlobalPositionColumn,
        DataColumn,
        ColumnCount
    };
    // The roles every table of events has (EventCells).
    enum Role
    {
        PositionRole = EventCells::PositionRole,
        TimeRole = EventCells::TimeRole,
        TypeRole = EventCells::TypeRole,
        GlobalPositionRole = EventCells::GlobalPositionRole,
        DataRole = EventCells::DataRole,
        MetadataRole = EventCells::MetadataRole,
        IdRole = EventCells::IdRole,
        StreamNameRole = EventCells::StreamNameRole,
        LoadedRole = EventCells::LoadedRole,
    };
    static constexpr int PageSize = 200;
    static constexpr int CachePages = 24;
    static constexpr int MaxPendingPages = 4;

    explicit StreamEventsModel(QObject* parent = nullptr);
    ~StreamEventsModel() override;

    void setSession(StoreSession* session);
    StoreSession* session() const;
    // Shows `stream`: drops every row and page, then reads the stream's version and first page.
    // With `knownVersion` (the caller read it already) the rows appear at once.
    void setStream(const QString& stream, std::optional<qint64> knownVersion = std::nullopt);
    QString stream() const { return m_stream; }
    void clear();

    int cachedPages() const { return int(m_pages.size()); }
    bool isPageLoaded(int page) const { return m_pages.contains(page); }
    std::optional<RecordedEvent> eventAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void streamLoaded(const QString& stream, qint64 version);
    void pageLoaded(int page);
    void loadFailed(const QString& message);

private:
    struct FirstPage;

    void requestPage(int page) const;
    void pageArrived(quint64 generation, int page, QList<RecordedEvent> events);
    void evictFarPages(int nearPage);
    void cancelJobs();

    QPointer<StoreSession> m_session;
    QString m_stream;
    quint64 m_generation = 0;
    int m_rows = 0;
    QHash<int, QList<RecordedEvent>> m_pages;
    mutable QHash<int, StoreJob> m_pending;
    mutable QList<int> m_pendingOrder; // oldest request first
    StoreJob m_openJob;
};

} // namespace Rewind
