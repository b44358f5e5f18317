#include "LogRowIndex.h"

#include <algorithm>

namespace Rewind {

LogRowIndex::LogRowIndex(int pageSize, qint64 startAfter) : m_pageSize(pageSize), m_last(startAfter)
{
    m_starts.append(startAfter);
}

void LogRowIndex::appendCounted(qint64 globalPosition)
{
    // A full page ends here; the next page starts after this position.
    if (m_rows > 0 && m_rows % m_pageSize == 0)
        m_starts.append(m_last);
    ++m_rows;
    m_last = globalPosition;
}

std::optional<int> LogRowIndex::pageContaining(qint64 globalPosition) const
{
    if (m_rows == 0 || globalPosition > m_last)
        return std::nullopt;
    // The last page whose start lies before the position: the position's row is in that page.
    const auto it = std::lower_bound(m_starts.cbegin(), m_starts.cend(), globalPosition);
    return int(std::max<qsizetype>(0, (it - m_starts.cbegin()) - 1));
}

} // namespace Rewind
