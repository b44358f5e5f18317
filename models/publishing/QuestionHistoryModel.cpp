#include "QuestionHistoryModel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rewind {

namespace {

QJsonObject object(const QByteArray& json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json).object();
}

QString userOf(const RecordedEvent& event)
{
    const QJsonValue user = object(event.metadata).value(QLatin1String("userId"));
    return user.isString() ? user.toString() : QString();
}

} // namespace

QuestionHistoryModel::QuestionHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void QuestionHistoryModel::setHistory(const QList<RecordedEvent>& history)
{
    beginResetModel();
    m_history = history;
    m_states.clear();
    m_states.reserve(history.size());
    QuestionState state;
    for (const RecordedEvent& event : history) {
        state = QuestionAggregate::apply(state, event);
        m_states.append(state);
    }
    endResetModel();
}

QuestionState QuestionHistoryModel::stateAt(int row) const
{
    if (row < 0 || row >= m_states.size())
        return {};
    return m_states[m_states.size() - 1 - row];
}

int QuestionHistoryModel::rowOfPosition(qint64 position) const
{
    for (qsizetype i = 0; i < m_history.size(); ++i) {
        if (m_history[i].position == position)
            return int(m_history.size() - 1 - i);
    }
    return -1;
}

int QuestionHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int QuestionHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Newest first: row 0 is the last event.
    const qsizetype i = m_history.size() - 1 - index.row();
    const RecordedEvent& event = m_history[i];
    switch (role) {
    case PositionRole:
        return event.position;
    case TimeRole:
        return event.timeUs;
    case UserRole:
        return userOf(event);
    case TypeRole:
        return event.type;
    case GlobalPositionRole:
        return event.globalPosition;
    case SortRole:
        // Every column sorts in history order: the times of one batch are equal, positions never.
        return event.position;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(event.timeUs / 1000, Qt::UTC)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case WhoColumn: {
        const QJsonObject meta = object(event.metadata);
        const QString user = userOf(event);
        const QJsonValue roleName = meta.value(QLatin1String("role"));
        if (user.isEmpty())
            return tr("unknown");
        if (roleName.isString() && !roleName.toString().isEmpty())
            return tr("%1 (%2)").arg(user, roleName.toString());
        return user;
    }
    case ChangeColumn: {
        const QJsonObject d = object(event.data);
        if (event.type == u"QuestionDrafted")
            return tr("Drafted");
        if (event.type == u"QuestionTextChanged")
            return tr("Text changed");
        if (event.type == u"AnswersChanged")
            return tr("Answers changed");
        if (event.type == u"ExplanationChanged")
            return tr("Explanation changed");
        if (event.type == u"QuestionPublished")
            return tr("Published revision %1").arg(m_states[i].revision.toVariant().toString());
        if (event.type == u"QuestionRetired") {
            const QString reason = d.value(QLatin1String("reason")).toString();
            return reason.isEmpty() ? tr("Retired") : tr("Retired: %1").arg(reason);
        }
        return event.type;
    }
    case PositionColumn:
        return event.position;
    }
    return {};
}

QVariant QuestionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhoColumn:
        return tr("Who");
    case ChangeColumn:
        return tr("Change");
    case PositionColumn:
        return tr("Position");
    }
    return {};
}

} // namespace Rewind
