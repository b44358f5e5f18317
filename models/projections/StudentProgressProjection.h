#pragma once

#include "Projection.h"

#include <QHash>

#include <optional>

namespace Rewind {

// `student-progress`: per student the quizzes started, passed and failed, the answers
// given and how many were right, and when the student was last active.
class StudentProgressProjection final : public Projection
{
public:
    struct Student
    {
        QString studentId;
        QString name; // from StudentRegistered; empty until it is seen
        qint64 quizzesStarted = 0;
        qint64 quizzesPassed = 0;
        qint64 quizzesFailed = 0;
        qint64 answers = 0;
        qint64 correct = 0;
        double correctRatio = 0; // correct / answers, 0 without answers
        // The latest event time (µs since the epoch, UTC) in the student's own stream or one of
        // their quiz streams.
        qint64 lastActivityUs = 0;

        friend bool operator==(const Student&, const Student&) = default;
    };

    QString name() const override;
    QByteArray codeVersion() const override;
    QList<QByteArray> handledTypes() const override;
    void apply(const EventView& event) override;
    void reset() override;
    QByteArray saveState() const override;
    void loadState(QByteArrayView bytes) override;
    QString summary() const override;

    // Sorted by student id as text in byte order.
    QList<Student> students() const;
    std::optional<Student> student(const QString& studentId) const;
    qsizetype studentCount() const { return m_rows.size(); }

private:
    struct Row
    {
        QByteArray id;
        QByteArray name; // UTF-8
        qint64 started = 0;
        qint64 passed = 0;
        qint64 failed = 0;
        qint64 answers = 0;
        qint64 correct = 0;
        qint64 lastActivityUs = 0;
    };

    Row& row(QByteArrayView studentId, qint64 timeUs);
    Student toStudent(const Row& row) const;

    QHash<QByteArray, qint32> m_index;
    QList<Row> m_rows;
    // Open quizzes (stream name -> row), to credit their answers and ends to the student who
    // started them; an entry goes when its quiz is passed or failed.
    QHash<QByteArray, qint32> m_quizzes;
};

} // namespace Rewind
