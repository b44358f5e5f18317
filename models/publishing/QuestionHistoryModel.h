#pragma once

#include "QuestionAggregate.h"
#include "RecordedEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rewind {

// A question's events for the history panel: what happened, who (metadata userId and role) and
// when, and the revision it produced; newest first. Each row also knows the question's state after
// its event, so any revision can be shown beside the current one and restored.
class QuestionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,     // local time, to the second
        WhoColumn,      // userId (role) from the metadata; "unknown" when it has none
        ChangeColumn,   // the event in words: "Text changed", "Published revision 3", …
        PositionColumn, // stream position
        ColumnCount
    };
    enum Role
    {
        PositionRole = Qt::UserRole, // qint64
        TimeRole,                    // qint64 microseconds since the epoch, UTC
        UserRole,                    // QString userId
        TypeRole,                    // QString event type
        GlobalPositionRole,          // qint64
        SortRole,
    };

    explicit QuestionHistoryModel(QObject* parent = nullptr);

    void setHistory(const QList<RecordedEvent>& history); // position order, as QuestionDocument has it
    const QList<RecordedEvent>& history() const { return m_history; }
    // The state after the event on `row`.
    QuestionState stateAt(int row) const;
    int rowOfPosition(qint64 position) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RecordedEvent> m_history;
    QList<QuestionState> m_states; // m_states[i]: after m_history[i]
};

} // namespace Rewind
