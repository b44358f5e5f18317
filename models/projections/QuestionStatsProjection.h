#pragma once

#include "Projection.h"

#include <QHash>
#include <QVarLengthArray>

namespace Rewind {

// `question-stats`: per question the attempts, how many were right, the wrong answers
// students give most, and whether reading the explanation after a wrong answer helps them get the
// question right on their next try.
class QuestionStatsProjection final : public Projection
{
public:
    struct WrongAnswer
    {
        QString answer;
        qint64 count = 0;

        friend bool operator==(const WrongAnswer&, const WrongAnswer&) = default;
    };

    struct Question
    {
        QString questionId;
        qint64 attempts = 0;
        qint64 correct = 0;
        qint64 incorrect = 0;
        double correctRatio = 0;               // correct / attempts
        QList<WrongAnswer> commonWrongAnswers; // at most three, most given first, ties by text
        // Distinct students who viewed the explanation as the very next event after a wrong answer
        // to this question, and those of them whose next answer to it in that quiz was correct.
        qint64 viewedAfterWrong = 0;
        qint64 recoveredAfterView = 0;
        double recoveryShare = 0; // recoveredAfterView / viewedAfterWrong, 0 when none viewed

        friend bool operator==(const Question&, const Question&) = default;
    };

    QString name() const override;
    QByteArray codeVersion() const override;
    QList<QByteArray> handledTypes() const override;
    void apply(const EventView& event) override;
    void reset() override;
    QByteArray saveState() const override;
    void loadState(QByteArrayView bytes) override;
    QString summary() const override;

    // Sorted by question id as text in byte order, like the report.
    QList<Question> questions() const;
    // `rewind report question-stats --format csv`, byte for byte.
    QByteArray csv() const;
    qsizetype questionCount() const { return m_questions.size(); }
    qint64 answerCount() const { return m_answers; }

private:
    struct Counts
    {
        QByteArray id;
        qint64 correct = 0;
        qint64 incorrect = 0;
        QHash<QByteArray, qint64> wrongAnswers; // decoded UTF-8 text -> times given
        qint64 viewed = 0;
        qint64 recovered = 0;
    };

    // What an open quiz needs for the recovery share; dropped when the quiz ends, so memory follows
    // the quizzes in progress, not the million finished ones.
    struct Quiz
    {
        qint32 student = -1;
        qint32 wrongQuestion = -1; // the question of the latest wrong answer
        qint64 wrongPosition = -2; // and its position: a view at wrongPosition + 1 follows it directly
        QVarLengthArray<qint32, 2> awaiting; // viewed after a wrong answer, next answer not yet given
    };

    enum Flag : quint8
    {
        Viewed = 1,
        Recovered = 2,
    };

    static quint64 pairKey(qint32 question, qint32 student)
    {
        return (quint64(quint32(question)) << 32) | quint32(student);
    }
    qint32 questionIndex(QByteArrayView id);
    qint32 studentIndex(QByteArrayView id);

    QHash<QByteArray, qint32> m_questionIndex;
    QList<Counts> m_questions;
    // Students are numbered so a (question, student) pair fits in one integer key.
    QHash<QByteArray, qint32> m_studentIndex;
    QList<QByteArray> m_students;
    QHash<quint64, quint8> m_pairs;    // pairKey -> Flag bits, present once Viewed
    QHash<QByteArray, Quiz> m_quizzes; // open quizzes by stream name
    qint64 m_answers = 0;
};

} // namespace Rewind
