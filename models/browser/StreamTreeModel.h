#pragma once

#include "EventStore.h"
#include "StoreJob.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace Rewind {

class StoreSession;

// The browser's scopes as a tree: the whole log, its categories, and each category's streams, with
// their event counts. Categories are counted on the background lane (a full count can take seconds
// on a big store); a category's streams are read in pages of StreamPage when it is expanded and
// scrolled (canFetchMore/fetchMore).
class StreamTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        WholeLog,
        Category,
        Stream
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(Kind)
        NameRole,                    // QString: category or stream name; empty for the whole log
        EventCountRole,              // qint64
        StreamCountRole,             // qint64, categories only
    };
    enum Column
    {
        NameColumn,
        EventsColumn,
        ColumnCount
    };
    static constexpr int StreamPage = 500;

    explicit StreamTreeModel(QObject* parent = nullptr);
    ~StreamTreeModel() override;

    void setSession(StoreSession* session); // reloads
    void reload();
    bool isLoading() const { return m_loading; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void categoriesLoaded(int count, qint64 events);
    void loadFailed(const QString& message);

private:
    struct CategoryNode
    {
        CategoryInfo info;
        QList<StreamInfo> streams;
        bool allStreamsLoaded = false;
        bool loadingStreams = false;
    };
    // Internal ids: 0 for top-level rows (the whole log, then categories); category row + 1 for a
    // stream under that category.
    static constexpr quintptr TopLevel = 0;

    QPointer<StoreSession> m_session;
    quint64 m_generation = 0;
    bool m_loading = false;
    qint64 m_totalEvents = -1;
    QList<CategoryNode> m_categories;
    QList<StoreJob> m_jobs;
};

} // namespace Rewind
