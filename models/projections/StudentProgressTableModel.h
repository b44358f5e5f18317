#pragma once

#include "StudentProgressProjection.h"

#include <QAbstractTableModel>
#include <QList>

namespace Rewind {

// The `student-progress` state as a flat table, one row per student in the projection's order.
// Display cells are formatted; the roles carry the raw numbers (the last activity in µs since the
// epoch, UTC), and SortRole gives every column a value that sorts numerically where it is a number.
class StudentProgressTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StudentColumn,
        NameColumn,
        QuizzesStartedColumn,
        QuizzesPassedColumn,
        QuizzesFailedColumn,
        AnswersColumn,
        CorrectColumn,
        CorrectRatioColumn,
        LastActivityColumn,
        ColumnCount
    };
    enum Role
    {
        StudentIdRole = Qt::UserRole,
        NameRole,
        QuizzesStartedRole,
        QuizzesPassedRole,
        QuizzesFailedRole,
        AnswersRole,
        CorrectRole,
        CorrectRatioRole,   // double, 0..1
        LastActivityUsRole, // qint64, µs since the epoch (UTC); 0 when never active
        SortRole,
    };

    explicit StudentProgressTableModel(QObject* parent = nullptr);

    void setStudents(const QList<StudentProgressProjection::Student>& students);
    const QList<StudentProgressProjection::Student>& students() const { return m_students; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const StudentProgressProjection::Student& s, int column) const;
    static QVariant sortValue(const StudentProgressProjection::Student& s, int column);

    QList<StudentProgressProjection::Student> m_students;
};

} // namespace Rewind
