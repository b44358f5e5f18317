#pragma once

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace Rewind {

// A JSON document as a tree of key / value rows: objects and arrays expand, scalars show as JSON
// text (strings quoted). Rows are built only when a view first opens their parent, so a reset is
// cheap whatever the document's size. A set of changed paths (JsonDiff) marks rows with ChangedRole,
// a background colour and a bold font; the rows above a change get ContainsChangeRole and a lighter
// tint, so a reader can follow the highlight down.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString, e.g. "$.answers[2].text"
        JsonTextRole,                // QString, the value as compact JSON text
        JsonTypeRole,                // QString: object, array, string, number, bool or null
        ChangedRole,                 // bool: the value is new or changed (or inside such a value)
        ContainsChangeRole,          // bool: something below this row changed or was removed
    };

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    // Replaces the document (a model reset) and the changed paths with it.
    void setDocument(const QJsonDocument& document, const QSet<QString>& changedPaths = {});
    // Takes JSON text of any value (Message DB stores any): an object or array shows its members,
    // anything else one row, keyed "$", with the value. False (and an empty tree) when it does not
    // parse; empty text (SQL null) is an empty tree.
    bool setJson(const QByteArray& json, const QSet<QString>& changedPaths = {});
    void clear();
    QJsonDocument document() const { return m_document; }

    // Marks other paths on the same document without a reset.
    void setChangedPaths(const QSet<QString>& changedPaths);
    QSet<QString> changedPaths() const { return m_changed; }

    // The row of `path` (building the rows on the way), or an invalid index when there is none.
    QModelIndex indexForPath(const QString& path) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static QString jsonText(const QJsonValue& value);
    static QString typeName(const QJsonValue& value);

private:
    struct Node;

    Node* nodeOf(const QModelIndex& index) const;
    const std::vector<std::unique_ptr<Node>>& childrenOf(Node* node) const;
    void markNode(Node& node) const;
    void remark(Node& node, const QModelIndex& index);

    QJsonDocument m_document;
    std::unique_ptr<Node> m_root;
    QSet<QString> m_changed;
    QSet<QString> m_changeAncestors; // every path strictly above a changed one
    bool m_scalarRoot = false;       // the root holds a one-item array: the scalar shown as row "$"
};

} // namespace Rewind
