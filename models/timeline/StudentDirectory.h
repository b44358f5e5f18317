#pragma once

#include "EventStore.h"
#include "JobControl.h"

#include <QList>
#include <QString>

namespace Rewind {

// The students a support person can look up: every StudentRegistered event, searched by
// id, name or e-mail while one types.
class StudentDirectory
{
public:
    struct Student
    {
        QString studentId;
        QString name;
        QString email;

        friend bool operator==(const Student&, const Student&) = default;
    };

    StudentDirectory() = default;
    explicit StudentDirectory(QList<Student> students);

    // Reads the student category's StudentRegistered events; a later registration of the same id
    // replaces the earlier one. Throws StoreError(Cancelled) once `control` is cancelled.
    static StudentDirectory load(EventStore& store, const JobControl* control = nullptr);

    // Students whose id or e-mail starts with `text`, or one of whose name's words does, ignoring
    // case; exact id matches first, then by name. At most `limit`.
    QList<Student> search(const QString& text, int limit = 20) const;
    // "Name <email> (id)", what a completer shows and studentIdOf() reads back.
    static QString suggestion(const Student& student);
    static QString studentIdOf(const QString& suggestion);

    const QList<Student>& students() const { return m_students; }

private:
    QList<Student> m_students; // by id
};

} // namespace Rewind
