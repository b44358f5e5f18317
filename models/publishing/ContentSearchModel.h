#pragma once

#include <QSortFilterProxyModel>

namespace Rewind {

// Filters ContentTreeModel on question text: a question matches when every word of the search
// (case- and accent-insensitive) occurs in its SearchTextRole; courses, chapters and sections stay
// when something below them matches (recursive filtering). An empty search shows everything.
class ContentSearchModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContentSearchModel(QObject* parent = nullptr);
    void setSearchText(const QString& text);
    QString searchText() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words; // folded, non-empty
};

} // namespace Rewind
