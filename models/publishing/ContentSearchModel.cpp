#include "ContentSearchModel.h"

#include "ContentTreeModel.h"

namespace Rewind {

namespace {

// Case- and accent-folded text: compatibility decomposition, then the combining marks dropped, so
// "Één" and "een" compare equal, as do the ligature "ﬁ" and "fi".
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

} // namespace

ContentSearchModel::ContentSearchModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(ContentTreeModel::SortRole);
}

void ContentSearchModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() re-runs the filter on every row.
    m_text = text;
    m_words = folded(text).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

QString ContentSearchModel::searchText() const
{
    return m_text;
}

bool ContentSearchModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (row.data(ContentTreeModel::KindRole).toInt() != int(ContentTreeModel::NodeKind::Question))
        return false; // kept by recursive filtering when a question below matches
    const QString text = folded(row.data(ContentTreeModel::SearchTextRole).toString());
    for (const QString& word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace Rewind
