#include "StudentProgressTableModel.h"

#include "EventCells.h"
#include "IdSortKey.h"

#include <QLocale>

namespace Rewind {

StudentProgressTableModel::StudentProgressTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StudentProgressTableModel::setStudents(const QList<StudentProgressProjection::Student>& students)
{
    beginResetModel();
    m_students = students;
    endResetModel();
}

int StudentProgressTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_students.size());
}

int StudentProgressTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudentProgressTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& s = m_students.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == StudentColumn || index.column() == NameColumn ||
            index.column() == LastActivityColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case StudentIdRole:
        return s.studentId;
    case NameRole:
        return s.name;
    case QuizzesStartedRole:
        return s.quizzesStarted;
    case QuizzesPassedRole:
        return s.quizzesPassed;
    case QuizzesFailedRole:
        return s.quizzesFailed;
    case AnswersRole:
        return s.answers;
    case CorrectRole:
        return s.correct;
    case CorrectRatioRole:
        return s.correctRatio;
    case LastActivityUsRole:
        return s.lastActivityUs;
    case SortRole:
        return sortValue(s, index.column());
    }
    return {};
}

QVariant StudentProgressTableModel::display(const StudentProgressProjection::Student& s, int column) const
{
    const QLocale locale;
    switch (column) {
    case StudentColumn:
        return s.studentId;
    case NameColumn:
        return s.name;
    case QuizzesStartedColumn:
        return locale.toString(s.quizzesStarted);
    case QuizzesPassedColumn:
        return locale.toString(s.quizzesPassed);
    case QuizzesFailedColumn:
        return locale.toString(s.quizzesFailed);
    case AnswersColumn:
        return locale.toString(s.answers);
    case CorrectColumn:
        return locale.toString(s.correct);
    case CorrectRatioColumn:
        // Without answers there is no ratio to show.
        return s.answers > 0 ? locale.toString(s.correctRatio * 100, 'f', 1) + QStringLiteral(" %")
                             : QString();
    case LastActivityColumn:
        return s.lastActivityUs > 0 ? EventCells::displayTime(s.lastActivityUs) : QString();
    }
    return {};
}

QVariant StudentProgressTableModel::sortValue(const StudentProgressProjection::Student& s, int column)
{
    switch (column) {
    case StudentColumn:
        return idSortKey(s.studentId);
    case NameColumn:
        return s.name;
    case QuizzesStartedColumn:
        return s.quizzesStarted;
    case QuizzesPassedColumn:
        return s.quizzesPassed;
    case QuizzesFailedColumn:
        return s.quizzesFailed;
    case AnswersColumn:
        return s.answers;
    case CorrectColumn:
        return s.correct;
    case CorrectRatioColumn:
        return s.correctRatio;
    case LastActivityColumn:
        return s.lastActivityUs;
    }
    return {};
}

QVariant StudentProgressTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StudentColumn:
        return tr("Student");
    case NameColumn:
        return tr("Name");
    case QuizzesStartedColumn:
        return tr("Quizzes started");
    case QuizzesPassedColumn:
        return tr("Passed");
    case QuizzesFailedColumn:
        return tr("Failed");
    case AnswersColumn:
        return tr("Answers");
    case CorrectColumn:
        return tr("Correct");
    case CorrectRatioColumn:
        return tr("Correct ratio");
    case LastActivityColumn:
        return tr("Last activity (UTC)");
    }
    return {};
}

QHash<int, QByteArray> StudentProgressTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StudentIdRole, "studentId");
    names.insert(NameRole, "name");
    names.insert(QuizzesStartedRole, "quizzesStarted");
    names.insert(QuizzesPassedRole, "quizzesPassed");
    names.insert(QuizzesFailedRole, "quizzesFailed");
    names.insert(AnswersRole, "answers");
    names.insert(CorrectRole, "correct");
    names.insert(CorrectRatioRole, "correctRatio");
    names.insert(LastActivityUsRole, "lastActivityUs");
    names.insert(SortRole, "sort");
    return names;
}

} // namespace Rewind
