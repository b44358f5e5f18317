#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace Rewind {

// Where every page of a filtered log starts, so that a table can show row 7,000,000 without reading
// the rows before it. Page p holds rows [p * pageSize, (p + 1) * pageSize) and starts after global
// position `pageStart(p)`; the index records one position per page, so 10 million rows cost 40,000
// numbers. It is built by counting matching positions in order (appendCounted) and only grows.
class LogRowIndex
{
public:
    explicit LogRowIndex(int pageSize, qint64 startAfter = 0);

    int pageSize() const { return m_pageSize; }
    qint64 rowCount() const { return m_rows; }
    qint64 lastPosition() const { return m_last; } // the last position counted
    int pageCount() const { return int((m_rows + m_pageSize - 1) / m_pageSize); }
    qint64 pageStart(int page) const { return m_starts.at(page); } // valid for page < pageCount(), and page 0
    bool isComplete() const { return m_complete; }

    // The next matching position, in global order.
    void appendCounted(qint64 globalPosition);
    void setComplete(bool complete) { m_complete = complete; }

    // The row of the first counted position >= globalPosition: the page it lies in and, when that is
    // the page's first position's page, the caller finds the exact row by reading the page. nullopt
    // when the position lies beyond what is counted.
    std::optional<int> pageContaining(qint64 globalPosition) const;

private:
    int m_pageSize;
    qint64 m_rows = 0;
    qint64 m_last = 0;
    bool m_complete = false;
    QList<qint64> m_starts; // m_starts[p]: the position after which page p starts
};

} // namespace Rewind
