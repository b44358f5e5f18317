#include "QuestionStatsProjection.h"

#include "EventFields.h"
#include "JsonScanner.h"
#include "ProjectionVersions.h"
#include "StateReader.h"
#include "StateWriter.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <optional>

namespace Rewind {

namespace {

using namespace EventFields;

constexpr char Format[] = "rewind.question-stats";
// 1 was QDataStream's encoding; 2 is StateWriter's.
constexpr quint32 FormatVersion = 2;

// Positions of `ids` in byte order of their text; a saved state lists things in this order so that
// the same events give the same bytes, whatever order a hash kept them in.
template <typename IdOf> QList<qint32> sortedOrder(qsizetype count, IdOf idOf)
{
    QList<qint32> order(count);
    for (qsizetype i = 0; i < count; ++i)
        order[i] = qint32(i);
    std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) { return idOf(a) < idOf(b); });
    return order;
}

QList<qint32> ranksOf(const QList<qint32>& order)
{
    QList<qint32> rank(order.size());
    for (qsizetype r = 0; r < order.size(); ++r)
        rank[order[r]] = qint32(r);
    return rank;
}

QString counted(qint64 n, const char* one, const char* many)
{
    return QLocale(QLocale::English).toString(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

// RFC 4180: a field with a separator, a quote or a line break goes in quotes, its quotes doubled.
QByteArray csvField(const QByteArray& text)
{
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r'))
        return text;
    QByteArray quoted = text;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

// correct / attempts with exactly four decimals, rounded half up in integers: printf rounds the
// binary double, which puts a few exact halves on the wrong side.
QByteArray ratioText(qint64 correct, qint64 attempts)
{
    const qint64 scaled = attempts == 0 ? 0 : (correct * 20000 + attempts) / (2 * attempts);
    return QByteArray::number(scaled / 10000) + '.' +
           QByteArray::number(scaled % 10000).rightJustified(4, '0');
}

} // namespace

QString QuestionStatsProjection::name() const
{
    return QStringLiteral("question-stats");
}

QByteArray QuestionStatsProjection::codeVersion() const
{
    return QByteArray(ProjectionVersions::QuestionStatsProjection);
}

QList<QByteArray> QuestionStatsProjection::handledTypes() const
{
    return {"QuizStarted",
            "QuestionAnsweredCorrectly",
            "QuestionAnsweredIncorrectly",
            "ExplanationViewed",
            "QuizPassed",
            "QuizFailed"};
}

qint32 QuestionStatsProjection::questionIndex(QByteArrayView id)
{
    const auto it = m_questionIndex.constFind(probe(id));
    if (it != m_questionIndex.cend())
        return *it;
    const auto index = qint32(m_questions.size());
    Counts counts;
    counts.id = id.toByteArray();
    m_questionIndex.insert(counts.id, index);
    m_questions.append(std::move(counts));
    return index;
}

qint32 QuestionStatsProjection::studentIndex(QByteArrayView id)
{
    const auto it = m_studentIndex.constFind(probe(id));
    if (it != m_studentIndex.cend())
        return *it;
    const auto index = qint32(m_students.size());
    m_students.append(id.toByteArray());
    m_studentIndex.insert(m_students.last(), index);
    return index;
}

void QuestionStatsProjection::apply(const EventView& event)
{
    const bool correct = event.type == QByteArrayView("QuestionAnsweredCorrectly");
    if (correct || event.type == QByteArrayView("QuestionAnsweredIncorrectly")) {
        const auto [questionField, answerField] = pick(event, {"questionId", "answer"});
        QByteArray idStore;
        QByteArray answerStore;
        const QByteArrayView id = needId(event, questionField, "questionId", idStore);
        // Only the wrong answers are counted by text; a right one may carry any answer shape.
        const QByteArrayView answer =
            correct ? QByteArrayView() : needString(event, answerField, "answer", answerStore);

        const qint32 q = questionIndex(id);
        Counts& counts = m_questions[q];
        ++m_answers;
        if (correct) {
            ++counts.correct;
        } else {
            ++counts.incorrect;
            const auto given = counts.wrongAnswers.find(probe(answer));
            if (given == counts.wrongAnswers.end())
                counts.wrongAnswers.insert(answer.toByteArray(), 1);
            else
                ++*given;
        }

        const auto quiz = m_quizzes.find(probe(event.streamName));
        if (quiz == m_quizzes.end())
            return; // a quiz whose start was never seen: counted, but nobody to credit a recovery to
        const qsizetype waiting = quiz->awaiting.indexOf(q);
        if (waiting >= 0) {
            quiz->awaiting.remove(waiting);
            const auto pair = m_pairs.find(pairKey(q, quiz->student));
            if (correct && pair != m_pairs.end() && !(*pair & Recovered)) {
                *pair |= Recovered;
                ++counts.recovered;
            }
        }
        if (!correct) {
            quiz->wrongQuestion = q;
            quiz->wrongPosition = event.position;
        }
    } else if (event.type == QByteArrayView("ExplanationViewed")) {
        const auto [questionField] = pick(event, {"questionId"});
        QByteArray idStore;
        const QByteArrayView id = needId(event, questionField, "questionId", idStore);

        // "Right after" means the next position of the stream: events of types this projection does
        // not handle (QuestionAssigned) never reach it, so it cannot count events in between.
        const auto quiz = m_quizzes.find(probe(event.streamName));
        if (quiz == m_quizzes.end() || quiz->wrongPosition + 1 != event.position)
            return;
        const auto known = m_questionIndex.constFind(probe(id));
        if (known == m_questionIndex.cend() || *known != quiz->wrongQuestion)
            return;
        const qint32 q = *known;
        quint8& flags = m_pairs[pairKey(q, quiz->student)];
        if (!(flags & Viewed)) {
            flags |= Viewed;
            ++m_questions[q].viewed;
        }
        if (!quiz->awaiting.contains(q))
            quiz->awaiting.append(q);
    } else if (event.type == QByteArrayView("QuizStarted")) {
        const auto [studentField] = pick(event, {"studentId"});
        QByteArray idStore;
        const QByteArrayView student = needId(event, studentField, "studentId", idStore);
        Quiz quiz;
        quiz.student = studentIndex(student);
        m_quizzes.insert(event.streamName.toByteArray(), quiz);
    } else if (event.type == QByteArrayView("QuizPassed") || event.type == QByteArrayView("QuizFailed")) {
        m_quizzes.remove(probe(event.streamName));
    }
}

void QuestionStatsProjection::reset()
{
    m_questionIndex.clear();
    m_questions.clear();
    m_studentIndex.clear();
    m_students.clear();
    m_pairs.clear();
    m_quizzes.clear();
    m_answers = 0;
}

QByteArray QuestionStatsProjection::saveState() const
{
    const QList<qint32> questionOrder = StateWriter::byteOrder(
        m_questions.size(), [this](qint32 i) -> const QByteArray& { return m_questions[i].id; });
    const QList<qint32> questionRank = ranksOf(questionOrder);
    const QList<qint32> studentOrder = StateWriter::byteOrder(
        m_students.size(), [this](qint32 i) -> const QByteArray& { return m_students[i]; });
    const QList<qint32> studentRank = ranksOf(studentOrder);

    // The pairs in order of their key in ranks, question first. There are few questions: placing
    // each pair in its question's run and sorting the runs by student is much cheaper than sorting
    // the whole list. The hash is walked once, into a list that is then read in order.
    struct RankedPair
    {
        qint32 question;
        qint32 student;
        quint8 flags;
    };
    QList<RankedPair> ranked;
    ranked.reserve(m_pairs.size());
    QList<qsizetype> runStart(m_questions.size() + 1, 0);
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it) {
        const qint32 question = questionRank[qint32(it.key() >> 32)];
        ranked.append({question, studentRank[qint32(it.key() & 0xffffffffu)], it.value()});
        ++runStart[question + 1];
    }
    for (qsizetype q = 0; q < m_questions.size(); ++q)
        runStart[q + 1] += runStart[q];
    QList<std::pair<qint32, quint8>> pairs(ranked.size()); // student rank, flags
    QList<qsizetype> runEnd = runStart;
    for (const RankedPair& pair : ranked)
        pairs[runEnd[pair.question]++] = {pair.student, pair.flags};
    for (qsizetype q = 0; q < m_questions.size(); ++q)
        std::sort(pairs.begin() + runStart[q], pairs.begin() + runStart[q + 1],
                  [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<std::pair<const QByteArray*, const Quiz*>> quizzes;
    quizzes.reserve(m_quizzes.size());
    for (auto it = m_quizzes.cbegin(); it != m_quizzes.cend(); ++it)
        quizzes.append({&it.key(), &it.value()});
    std::sort(quizzes.begin(), quizzes.end(),
              [](const auto& a, const auto& b) { return *a.first < *b.first; });

    // Roughly the size, so that the buffer does not regrow on the way; the wrong answers are few.
    qsizetype size = 64 + pairs.size() * 9 + m_questions.size() * 32;
    for (const QByteArray& student : m_students)
        size += student.size() + 2;
    StateWriter out(size);
    out.writeTag(Format, FormatVersion);

    // Counts are fixed width: a state's size follows the number of questions, students and open
    // quizzes, not how often they were answered.
    out.writeVarint(quint64(m_questions.size()));
    QList<std::pair<const QByteArray*, qint64>> answers;
    for (const qint32 i : questionOrder) {
        const Counts& counts = m_questions[i];
        out.writeBytes(counts.id);
        out.writeI64(counts.correct);
        out.writeI64(counts.incorrect);
        answers.clear();
        for (auto it = counts.wrongAnswers.cbegin(); it != counts.wrongAnswers.cend(); ++it)
            answers.append({&it.key(), it.value()});
        std::sort(answers.begin(), answers.end(),
                  [](const auto& a, const auto& b) { return *a.first < *b.first; });
        out.writeVarint(quint64(answers.size()));
        for (const auto& [answer, times] : answers) {
            out.writeBytes(*answer);
            out.writeI64(times);
        }
    }

    out.writeVarint(quint64(m_students.size()));
    for (const qint32 i : studentOrder)
        out.writeBytes(m_students[i]);

    out.writeVarint(quint64(pairs.size()));
    for (qsizetype q = 0; q < m_questions.size(); ++q) {
        for (qsizetype k = runStart[q]; k < runStart[q + 1]; ++k) {
            out.writeU64(pairKey(qint32(q), pairs[k].first));
            out.writeU8(pairs[k].second);
        }
    }

    out.writeVarint(quint64(quizzes.size()));
    QVarLengthArray<qint32, 2> awaiting;
    for (const auto& [stream, quiz] : quizzes) {
        awaiting.clear();
        for (const qint32 q : quiz->awaiting)
            awaiting.append(questionRank[q]);
        std::sort(awaiting.begin(), awaiting.end());
        out.writeBytes(*stream);
        out.writeVarint(quint64(studentRank[quiz->student]));
        // -1, no wrong answer yet, goes out as 0.
        out.writeVarint(quiz->wrongQuestion < 0 ? 0 : quint64(questionRank[quiz->wrongQuestion]) + 1);
        out.writeI64(quiz->wrongPosition);
        out.writeVarint(quint64(awaiting.size()));
        for (const qint32 q : awaiting)
            out.writeVarint(quint64(q));
    }
    return out.take();
}

void QuestionStatsProjection::loadState(QByteArrayView bytes)
{
    const auto bad = [](const char* why) {
        throw ProjectionError(
            QStringLiteral("question-stats: the saved state cannot be read (%1)").arg(QLatin1String(why)));
    };
    StateReader in(bytes);
    const std::optional<quint32> version = in.readTag(Format);
    if (!version)
        bad("not a question-stats state");
    if (*version != FormatVersion)
        bad("unknown format version");

    // Read into locals and take them over only at the end: a bad state leaves this one as it was.
    QHash<QByteArray, qint32> questionIndex;
    QList<Counts> questions;
    qint64 answers = 0;
    // A question takes at least a one-byte id, two counts and no wrong answers.
    qsizetype count = in.readCount(2 + 2 * 8 + 1);
    if (count > 0) {
        questionIndex.reserve(count);
        questions.reserve(count);
    }
    for (qsizetype i = 0; i < count; ++i) {
        Counts counts;
        counts.id = in.readBytes();
        counts.correct = in.readI64();
        counts.incorrect = in.readI64();
        // A wrong answer takes at least an empty text and its count.
        const qsizetype wrongCount = in.readCount(1 + 8);
        if (wrongCount > 0)
            counts.wrongAnswers.reserve(wrongCount);
        for (qsizetype k = 0; k < wrongCount; ++k) {
            QByteArray answer = in.readBytes();
            const qint64 times = in.readI64();
            if (!in.ok())
                break;
            const qsizetype before = counts.wrongAnswers.size();
            counts.wrongAnswers.emplace(std::move(answer), times);
            if (times <= 0 || counts.wrongAnswers.size() == before)
                bad("invalid wrong answer");
        }
        if (!in.ok())
            break;
        if (counts.id.isEmpty() || counts.correct < 0 || counts.incorrect < 0)
            bad("invalid question");
        questionIndex.insert(counts.id, qint32(questions.size()));
        if (questionIndex.size() == questions.size())
            bad("invalid question"); // the id was there already
        answers += counts.correct + counts.incorrect;
        questions.append(std::move(counts));
    }

    QHash<QByteArray, qint32> studentIndex;
    QList<QByteArray> students;
    // A student is at least a one-byte id.
    count = in.readCount(2);
    if (count > 0) {
        studentIndex.reserve(count);
        students.reserve(count);
    }
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray id = in.readBytes();
        if (!in.ok())
            break;
        if (id.isEmpty())
            bad("invalid student");
        studentIndex.insert(id, qint32(students.size()));
        if (studentIndex.size() == students.size())
            bad("invalid student"); // the id was there already
        students.append(std::move(id));
    }

    QHash<quint64, quint8> pairs;
    count = in.readCount(8 + 1);
    if (count > 0)
        pairs.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const quint64 key = in.readU64();
        const quint8 flags = in.readU8();
        if (!in.ok())
            break;
        const auto q = qint64(key >> 32);
        const auto s = qint64(key & 0xffffffffu);
        if (q >= questions.size() || s >= students.size() ||
            (flags != Viewed && flags != (Viewed | Recovered)))
            bad("invalid student answer");
        const qsizetype before = pairs.size();
        pairs.insert(key, flags);
        if (pairs.size() == before)
            bad("invalid student answer");
        Counts& counts = questions[q];
        ++counts.viewed;
        if (flags & Recovered)
            ++counts.recovered;
    }

    QHash<QByteArray, Quiz> quizzes;
    // A quiz takes at least a one-byte stream name, a student, no wrong question, a position and no
    // questions awaited.
    count = in.readCount(2 + 1 + 1 + 8 + 1);
    if (count > 0)
        quizzes.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray stream = in.readBytes();
        const quint64 student = in.readVarint();
        const quint64 wrongQuestion = in.readVarint(); // the question's index + 1, 0 for none
        Quiz quiz;
        quiz.wrongPosition = in.readI64();
        const qsizetype awaiting = in.readCount(1);
        quiz.awaiting.reserve(awaiting);
        for (qsizetype k = 0; k < awaiting; ++k) {
            const quint64 q = in.readVarint();
            if (!in.ok())
                break;
            if (q >= quint64(questions.size()) || quiz.awaiting.contains(qint32(q)))
                bad("invalid quiz");
            quiz.awaiting.append(qint32(q));
        }
        if (!in.ok())
            break;
        if (stream.isEmpty() || student >= quint64(students.size()) ||
            wrongQuestion > quint64(questions.size()))
            bad("invalid quiz");
        quiz.student = qint32(student);
        quiz.wrongQuestion = qint32(wrongQuestion) - 1;
        const qsizetype before = quizzes.size();
        quizzes.emplace(std::move(stream), std::move(quiz));
        if (quizzes.size() == before)
            bad("invalid quiz");
    }
    if (!in.ok())
        bad("truncated");
    if (!in.atEnd())
        bad("unexpected bytes after the state");

    m_questionIndex = std::move(questionIndex);
    m_questions = std::move(questions);
    m_studentIndex = std::move(studentIndex);
    m_students = std::move(students);
    m_pairs = std::move(pairs);
    m_quizzes = std::move(quizzes);
    m_answers = answers;
}

QList<QuestionStatsProjection::Question> QuestionStatsProjection::questions() const
{
    QList<Question> rows;
    rows.reserve(m_questions.size());
    const QList<qint32> order =
        sortedOrder(m_questions.size(), [this](qint32 i) -> const QByteArray& { return m_questions[i].id; });
    for (const qint32 i : order) {
        const Counts& counts = m_questions[i];
        Question row;
        row.questionId = QString::fromUtf8(counts.id);
        row.correct = counts.correct;
        row.incorrect = counts.incorrect;
        row.attempts = counts.correct + counts.incorrect;
        row.correctRatio = row.attempts == 0 ? 0 : double(row.correct) / double(row.attempts);

        QList<std::pair<qint64, QByteArray>> wrong;
        for (auto it = counts.wrongAnswers.cbegin(); it != counts.wrongAnswers.cend(); ++it)
            wrong.append({it.value(), it.key()});
        const auto top = wrong.begin() + std::min<qsizetype>(3, wrong.size());
        std::partial_sort(wrong.begin(), top, wrong.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (auto it = wrong.begin(); it != top; ++it)
            row.commonWrongAnswers.append({QString::fromUtf8(it->second), it->first});

        row.viewedAfterWrong = counts.viewed;
        row.recoveredAfterView = counts.recovered;
        row.recoveryShare = counts.viewed == 0 ? 0 : double(counts.recovered) / double(counts.viewed);
        rows.append(std::move(row));
    }
    return rows;
}

QByteArray QuestionStatsProjection::csv() const
{
    QByteArray text = "question_id,attempts,correct,incorrect,correct_ratio\n";
    const QList<qint32> order =
        sortedOrder(m_questions.size(), [this](qint32 i) -> const QByteArray& { return m_questions[i].id; });
    for (const qint32 i : order) {
        const Counts& counts = m_questions[i];
        const qint64 attempts = counts.correct + counts.incorrect;
        text += csvField(counts.id) + ',' + QByteArray::number(attempts) + ',' +
                QByteArray::number(counts.correct) + ',' + QByteArray::number(counts.incorrect) + ',' +
                ratioText(counts.correct, attempts) + '\n';
    }
    return text;
}

QString QuestionStatsProjection::summary() const
{
    return counted(m_questions.size(), "question", "questions") + QStringLiteral(", ") +
           counted(m_answers, "answer", "answers");
}

} // namespace Rewind
