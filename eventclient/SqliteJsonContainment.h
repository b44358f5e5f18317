#pragma once

#include "SqliteStatement.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace Rewind {

// Translates a JSON object pattern into an SQLite condition with PostgreSQL's jsonb `@>`
// semantics, so that a containment filter answers the same on both stores: objects match
// recursively key by key, an array matches when every element of the pattern's array is contained
// in some element of the stored array, scalars match by JSON type and value (the string "1" never
// matches the number 1; 1 and 1.0 are the same number). Keys, paths and values become bound
// parameters (?N, numbered after those already in `params`); no user text is spliced into SQL.
class SqliteJsonContainment
{
public:
    SqliteJsonContainment(QList<SqliteValue>& params) : m_params(params) {}

    // A condition that is true when the JSON object text in `column` contains `pattern`.
    QByteArray condition(const char* column, const QJsonObject& pattern);

private:
    // Where a stored value is: at a JSON path inside an SQL expression (the column, or an element
    // of an enclosing json_each), or the current row of a json_each.
    struct Node
    {
        QByteArray base; // SQL expression holding JSON text
        QByteArray path; // JSON path inside it; empty: the node is json_each row `alias`
        QByteArray alias;
    };

    QByteArray match(const Node& node, const QJsonValue& pattern);
    QByteArray valueOf(const Node& node);
    QByteArray typeOf(const Node& node);
    QByteArray eachOf(const Node& node); // json_each(...) over a container node
    QByteArray param(const SqliteValue& value);
    QByteArray pathParam(const QByteArray& path);

    QList<SqliteValue>& m_params;
    int m_aliases = 0;
};

} // namespace Rewind
