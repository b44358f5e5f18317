#pragma once

// Small builders the store tests share.

#include "EventStore.h"
#include "StoreError.h"

#include <QUuid>

namespace Rewind {

inline NewEvent makeEvent(const QString& stream, const QString& type, const QByteArray& data,
                          const QByteArray& metadata = {})
{
    NewEvent e;
    e.id = QUuid::createUuid();
    e.streamName = stream;
    e.type = type;
    e.data = data;
    e.metadata = metadata;
    return e;
}

// An import source over a list; throws BadInput at `failAt` the way a file source does on a bad line.
class ListSource : public EventSource
{
public:
    explicit ListSource(QList<NewEvent> events, int failAt = -1)
        : m_events(std::move(events)), m_failAt(failAt)
    {
    }
    bool next(NewEvent& e) override
    {
        if (m_index == m_failAt)
            throw StoreError(StoreError::Kind::BadInput,
                             QStringLiteral("list:%1: data: broken on purpose").arg(m_index + 1));
        if (m_index >= m_events.size())
            return false;
        e = m_events[m_index++];
        return true;
    }
    QString location() const override { return QStringLiteral("list:%1").arg(m_index); }

private:
    QList<NewEvent> m_events;
    int m_failAt;
    int m_index = 0;
};

} // namespace Rewind
