#pragma once

#include "EventStore.h"
#include "StoreSession.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Rewind {

// The events a projection parked (events its fold could not apply), read on the
// session's interactive lane; the first `Limit` of them, oldest first.
class ParkedEventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int Limit = 500;
    enum Column
    {
        PositionColumn,
        StreamColumn,
        TypeColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        GlobalPositionRole = Qt::UserRole,
        StreamNameRole,
        TypeRole,
        ReasonRole,
        ParkedAtRole,
    };

    explicit ParkedEventsModel(QObject* parent = nullptr);
    ~ParkedEventsModel() override;

    void setSession(StoreSession* session) { m_session = session; }
    void load(const QString& projection); // empty: no rows
    QString projection() const { return m_projection; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded(int rows);
    void loadFailed(const QString& message);

private:
    QPointer<StoreSession> m_session;
    QString m_projection;
    QList<ParkedEvent> m_rows;
    StoreJob m_job;
};

} // namespace Rewind
