#pragma once

#include "Projection.h"

#include <QHash>
#include <QStringList>

namespace Rewind {

// `student-timeline`: the streams support opens to follow one student across the
// log, `student-{id}` and every quiz stream whose QuizStarted names the student, in the order they
// were first seen. Ten million events hold about a million quiz streams, so a student's streams are
// kept as one '\n'-joined byte array rather than a list of strings.
class StudentTimelineProjection final : public Projection
{
public:
    QString name() const override;
    QByteArray codeVersion() const override;
    QList<QByteArray> handledTypes() const override;
    void apply(const EventView& event) override;
    void reset() override;
    QByteArray saveState() const override;
    void loadState(QByteArrayView bytes) override;
    QString summary() const override;

    // Empty for a student never seen.
    QStringList streamsOf(const QString& studentId) const;
    // Sorted by id as text in byte order.
    QStringList studentIds() const;
    qsizetype studentCount() const { return m_students.size(); }
    qint64 streamCount() const { return m_streamCount; }

private:
    struct Student
    {
        QByteArray streams; // stream names joined by '\n'
        // Where the student's own stream starts in `streams`, -1 before it is seen: its events
        // recur all the time, and comparing at one offset is cheaper than searching the list.
        qsizetype ownAt = -1;
    };

    Student& student(QByteArrayView id);
    qsizetype append(Student& student, const EventView& event);

    QHash<QByteArray, Student> m_students;
    qint64 m_streamCount = 0;
};

} // namespace Rewind
