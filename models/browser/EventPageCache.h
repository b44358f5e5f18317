#pragma once

#include "RecordedEvent.h"

#include <QHash>
#include <QList>

namespace Rewind {

// The pages of a table that are in memory: at most `capacity` of them, the least recently used
// dropped first, so that scrolling through ten million rows keeps the same few megabytes.
class EventPageCache
{
public:
    explicit EventPageCache(int capacity) : m_capacity(capacity) {}

    // nullptr when the page is not loaded; marks it as used.
    const QList<RecordedEvent>* find(int page);
    bool contains(int page) const { return m_pages.contains(page); }
    // Returns the page that was dropped to make room, or -1.
    int insert(int page, QList<RecordedEvent> events);
    void remove(int page) { m_pages.remove(page); }
    void clear() { m_pages.clear(); }
    int size() const { return int(m_pages.size()); }
    int capacity() const { return m_capacity; }

private:
    struct Entry
    {
        QList<RecordedEvent> events;
        quint64 lastUse = 0;
    };
    int m_capacity;
    quint64 m_clock = 0;
    QHash<int, Entry> m_pages;
};

} // namespace Rewind
