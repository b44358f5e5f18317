#include "EventPageCache.h"

namespace Rewind {

const QList<RecordedEvent>* EventPageCache::find(int page)
{
    const auto it = m_pages.find(page);
    if (it == m_pages.end())
        return nullptr;
    it->lastUse = ++m_clock;
    return &it->events;
}

int EventPageCache::insert(int page, QList<RecordedEvent> events)
{
    int dropped = -1;
    if (!m_pages.contains(page) && m_pages.size() >= m_capacity) {
        // A linear search is fine: the cache holds a few dozen pages.
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        dropped = oldest.key();
        m_pages.erase(oldest);
    }
    m_pages.insert(page, Entry{std::move(events), ++m_clock});
    return dropped;
}

} // namespace Rewind
