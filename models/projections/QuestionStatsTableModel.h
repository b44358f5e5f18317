#pragma once

#include "QuestionStatsProjection.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rewind {

// The `question-stats` state as a flat table, one row per question in the projection's order.
// Display cells are formatted; the roles carry the raw numbers, and SortRole gives every column a
// value that sorts the way a reader expects (numbers as numbers, not as text).
class QuestionStatsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        QuestionColumn,
        AttemptsColumn,
        CorrectColumn,
        IncorrectColumn,
        CorrectRatioColumn,
        CommonWrongAnswersColumn,
        ViewedAfterWrongColumn,
        RecoveredAfterViewColumn,
        RecoveryShareColumn,
        ColumnCount
    };
    enum Role
    {
        QuestionIdRole = Qt::UserRole,
        AttemptsRole,
        CorrectRole,
        IncorrectRole,
        CorrectRatioRole,       // double, 0..1
        CommonWrongAnswersRole, // QStringList, most given first
        WrongAnswerCountsRole,  // QList<qint64> as a QVariantList, in the same order
        ViewedAfterWrongRole,
        RecoveredAfterViewRole,
        RecoveryShareRole, // double, 0..1
        SortRole,
    };

    explicit QuestionStatsTableModel(QObject* parent = nullptr);

    void setQuestions(const QList<QuestionStatsProjection::Question>& questions);
    const QList<QuestionStatsProjection::Question>& questions() const { return m_questions; }
    const QuestionStatsProjection::Question& question(int row) const { return m_questions.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const QuestionStatsProjection::Question& q, int column) const;
    QVariant sortValue(const QuestionStatsProjection::Question& q, int column) const;

    QList<QuestionStatsProjection::Question> m_questions;
};

} // namespace Rewind
