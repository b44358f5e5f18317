#include "JsonTreeModel.h"

#include "JsonPath.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>

namespace Rewind {

namespace {

constexpr int ToolTipChars = 2000;

QColor changedColour()
{
    return QColor(255, 224, 130);
}
QColor aboveChangeColour()
{
    return QColor(255, 243, 205);
}

} // namespace

struct JsonTreeModel::Node
{
    Node* parent = nullptr;
    int row = 0;
    QString key; // as shown: the member's key, or "[i]" for an array item
    QString path;
    QJsonValue value;
    bool changed = false;
    bool containsChange = false;
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;

    int childCount() const
    {
        if (value.isObject())
            return int(value.toObject().size());
        if (value.isArray())
            return int(value.toArray().size());
        return 0;
    }
};

JsonTreeModel::JsonTreeModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->path = JsonPath::root();
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setDocument(const QJsonDocument& document, const QSet<QString>& changedPaths)
{
    beginResetModel();
    m_document = document;
    m_changed = changedPaths;
    m_changeAncestors.clear();
    for (const QString& path : changedPaths)
        for (QString up = JsonPath::parent(path); !up.isEmpty(); up = JsonPath::parent(up))
            m_changeAncestors.insert(up);
    // Only the root is built here; its rows follow when a view asks for them.
    m_root = std::make_unique<Node>();
    m_root->path = JsonPath::root();
    m_scalarRoot = false;
    if (document.isObject())
        m_root->value = document.object();
    else if (document.isArray())
        m_root->value = document.array();
    markNode(*m_root);
    endResetModel();
}

bool JsonTreeModel::setJson(const QByteArray& json, const QSet<QString>& changedPaths)
{
    if (json.trimmed().isEmpty()) {
        setDocument({});
        return true;
    }
    // QJsonDocument parses only objects and arrays: a scalar is read as the item of an array.
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1) {
        setDocument({});
        return false;
    }
    const QJsonValue value = wrapped.array().first();
    if (value.isObject()) {
        setDocument(QJsonDocument(value.toObject()), changedPaths);
    } else if (value.isArray()) {
        setDocument(QJsonDocument(value.toArray()), changedPaths);
    } else {
        setDocument({}, changedPaths);
        beginResetModel();
        m_root->value = wrapped.array();
        m_scalarRoot = true;
        endResetModel();
    }
    return true;
}

void JsonTreeModel::clear()
{
    setDocument({});
}

void JsonTreeModel::setChangedPaths(const QSet<QString>& changedPaths)
{
    m_changed = changedPaths;
    m_changeAncestors.clear();
    for (const QString& path : changedPaths)
        for (QString up = JsonPath::parent(path); !up.isEmpty(); up = JsonPath::parent(up))
            m_changeAncestors.insert(up);
    markNode(*m_root);
    remark(*m_root, {});
}

void JsonTreeModel::markNode(Node& node) const
{
    node.changed = m_changed.contains(node.path) || (node.parent && node.parent->changed);
    node.containsChange = m_changeAncestors.contains(node.path);
}

// Re-marks the rows already built below `node` and tells the views, one block of siblings at a time.
void JsonTreeModel::remark(Node& node, const QModelIndex& index)
{
    if (!node.populated || node.children.empty())
        return;
    for (const auto& child : node.children)
        markNode(*child);
    emit dataChanged(this->index(0, 0, index),
                     this->index(int(node.children.size()) - 1, ColumnCount - 1, index),
                     {ChangedRole, ContainsChangeRole, Qt::BackgroundRole, Qt::FontRole});
    for (const auto& child : node.children)
        remark(*child, this->index(child->row, 0, index));
}

const std::vector<std::unique_ptr<JsonTreeModel::Node>>& JsonTreeModel::childrenOf(Node* node) const
{
    if (node->populated)
        return node->children;
    node->populated = true;
    const auto add = [&](const QString& key, const QString& path, const QJsonValue& value) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        child->row = int(node->children.size());
        child->key = key;
        child->path = path;
        child->value = value;
        markNode(*child);
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(size_t(object.size()));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            add(it.key(), JsonPath::member(node->path, it.key()), it.value());
    } else if (node == m_root.get() && m_scalarRoot) {
        add(QStringLiteral("$"), node->path, node->value.toArray().first());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(size_t(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), JsonPath::item(node->path, i), array.at(i));
    }
    return node->children;
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    Node* node = nodeOf(parent);
    const auto& children = childrenOf(node);
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* node = nodeOf(child);
    Node* up = node->parent;
    if (!up || up == m_root.get())
        return {};
    return createIndex(up->row, 0, up);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    // Counted from the value itself: no rows need to exist to know how many there are.
    return nodeOf(parent)->childCount();
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString JsonTreeModel::jsonText(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isUndefined())
        return {};
    // Scalars are written by the same code as documents, wrapped in an array and unwrapped again,
    // so strings are escaped and large integers kept exactly as QJsonDocument writes them.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString JsonTreeModel::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    const bool valueColumn = index.column() == ValueColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (!valueColumn)
            return node->key;
        if (node->value.isObject())
            return node->childCount() == 1 ? tr("{…} 1 key") : tr("{…} %1 keys").arg(node->childCount());
        if (node->value.isArray())
            return node->childCount() == 1 ? tr("[…] 1 item") : tr("[…] %1 items").arg(node->childCount());
        return jsonText(node->value);
    case Qt::ToolTipRole: {
        QString text = jsonText(node->value);
        if (text.size() > ToolTipChars)
            text = text.left(ToolTipChars) + QChar(0x2026);
        return QStringLiteral("%1\n%2").arg(node->path, text);
    }
    case Qt::ForegroundRole:
        if (!valueColumn)
            return {};
        if (node->value.isObject() || node->value.isArray())
            return QBrush(QColor(120, 120, 120));
        if (node->value.isString())
            return QBrush(QColor(24, 110, 40));
        if (node->value.isDouble())
            return QBrush(QColor(20, 80, 170));
        return QBrush(QColor(140, 60, 140)); // true, false, null
    case Qt::BackgroundRole:
        if (node->changed)
            return QBrush(changedColour());
        if (node->containsChange)
            return QBrush(aboveChangeColour());
        return {};
    case Qt::FontRole:
        if (node->changed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PathRole:
        return node->path;
    case JsonTextRole:
        return jsonText(node->value);
    case JsonTypeRole:
        return typeName(node->value);
    case ChangedRole:
        return node->changed;
    case ContainsChangeRole:
        return node->containsChange;
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == KeyColumn ? tr("Key") : tr("Value");
}

QModelIndex JsonTreeModel::indexForPath(const QString& path) const
{
    if (path == m_root->path || !path.startsWith(m_root->path))
        return {};
    QModelIndex current;
    Node* node = m_root.get();
    while (node->path != path) {
        Node* next = nullptr;
        for (const auto& child : childrenOf(node)) {
            if (child->path == path || JsonPath::isInside(path, child->path)) {
                next = child.get();
                break;
            }
        }
        if (!next)
            return {};
        current = index(next->row, 0, current);
        node = next;
    }
    return current;
}

} // namespace Rewind
