#include "QuestionStatsProjection.h"

#include "JsonScanner.h"
#include "ProjectionVersions.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <array>
#include <optional>

namespace Rewind {

// The decoding helpers below are repeated in each projection's .cpp on purpose: a projection's code
// version is a hash of its own two files, and how an id is read from an event decides the output.
namespace {

using Member = JsonScanner::Member;

constexpr char Format[] = "rewind.question-stats";
constexpr quint32 FormatVersion = 1;

[[noreturn]] void reject(const EventView& event, const QString& why)
{
    throw ProjectionError(QString::fromUtf8(event.type) + QStringLiteral(": ") + why);
}

// A key for looking up a QHash<QByteArray, …> without copying the text.
QByteArray probe(QByteArrayView text)
{
    return QByteArray::fromRawData(text.data(), text.size());
}

bool keyIs(const Member& m, QByteArrayView key)
{
    if (!m.keyEscaped)
        return m.key == key;
    // The scanner hands the key out without its quotes; they are right around it in the text.
    return JsonScanner::decodeString(QByteArrayView(m.key.data() - 1, m.key.size() + 2)).toUtf8() == key;
}

// Scans the data once and keeps the members named in `keys` (the last one when a key repeats). The
// views point into the event.
template <std::size_t N>
std::array<std::optional<Member>, N> pick(const EventView& event, const QByteArrayView (&keys)[N])
{
    std::array<std::optional<Member>, N> found;
    JsonScanner scanner(event.data);
    const bool ok = scanner.scanObject([&](const Member& m) {
        for (std::size_t i = 0; i < N; ++i) {
            if (keyIs(m, keys[i])) {
                found[i] = m;
                break;
            }
        }
        return true;
    });
    if (!ok)
        reject(event, QStringLiteral("data is not a JSON object (%1)").arg(scanner.error()));
    return found;
}

const Member& need(const EventView& event, const std::optional<Member>& m, QByteArrayView key)
{
    if (!m)
        reject(event, QStringLiteral("field \"%1\" missing").arg(QString::fromUtf8(key)));
    return *m;
}

// A string member's decoded UTF-8; a view into the event unless the string has escapes.
QByteArrayView stringText(const Member& m, QByteArray& decoded)
{
    const QByteArrayView body = m.value.sliced(1, m.value.size() - 2);
    if (!body.contains('\\'))
        return body;
    decoded = JsonScanner::decodeString(m.value).toUtf8();
    return decoded;
}

QByteArrayView needString(const EventView& event, const std::optional<Member>& m, QByteArrayView key,
                          QByteArray& decoded)
{
    const Member& member = need(event, m, key);
    if (member.type != JsonScanner::Type::String)
        reject(event, QStringLiteral("field \"%1\" is not a string").arg(QString::fromUtf8(key)));
    return stringText(member, decoded);
}

// An id as text: a string's decoded value or an integer's digits, so 11 and "11" are one id.
QByteArrayView needId(const EventView& event, const std::optional<Member>& m, QByteArrayView key,
                      QByteArray& decoded)
{
    const Member& member = need(event, m, key);
    qint64 number = 0;
    if (member.type == JsonScanner::Type::Number && JsonScanner::toInteger(member.value, number))
        return member.value;
    if (member.type != JsonScanner::Type::String)
        reject(event,
               QStringLiteral("field \"%1\" is not a string or an integer").arg(QString::fromUtf8(key)));
    const QByteArrayView text = stringText(member, decoded);
    if (text.isEmpty())
        reject(event, QStringLiteral("field \"%1\" is empty").arg(QString::fromUtf8(key)));
    return text;
}

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
    const QList<qint32> questionOrder =
        sortedOrder(m_questions.size(), [this](qint32 i) -> const QByteArray& { return m_questions[i].id; });
    const QList<qint32> questionRank = ranksOf(questionOrder);
    const QList<qint32> studentOrder =
        sortedOrder(m_students.size(), [this](qint32 i) -> const QByteArray& { return m_students[i]; });
    const QList<qint32> studentRank = ranksOf(studentOrder);

    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << QByteArray(Format) << FormatVersion;

    out << quint32(m_questions.size());
    for (const qint32 i : questionOrder) {
        const Counts& counts = m_questions[i];
        out << counts.id << counts.correct << counts.incorrect;
        QList<QByteArray> answers = counts.wrongAnswers.keys();
        std::sort(answers.begin(), answers.end());
        out << quint32(answers.size());
        for (const QByteArray& answer : answers)
            out << answer << counts.wrongAnswers.value(answer);
    }

    out << quint32(m_students.size());
    for (const qint32 i : studentOrder)
        out << m_students[i];

    QList<std::pair<quint64, quint8>> pairs;
    pairs.reserve(m_pairs.size());
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it)
        pairs.append(
            {pairKey(questionRank[qint32(it.key() >> 32)], studentRank[qint32(it.key() & 0xffffffffu)]),
             it.value()});
    std::sort(pairs.begin(), pairs.end());
    out << quint32(pairs.size());
    for (const auto& [key, flags] : pairs)
        out << key << flags;

    QList<QByteArray> streams = m_quizzes.keys();
    std::sort(streams.begin(), streams.end());
    out << quint32(streams.size());
    for (const QByteArray& stream : streams) {
        const Quiz& quiz = m_quizzes[stream];
        QList<qint32> awaiting;
        for (const qint32 q : quiz.awaiting)
            awaiting.append(questionRank[q]);
        std::sort(awaiting.begin(), awaiting.end());
        out << stream << studentRank[quiz.student]
            << (quiz.wrongQuestion < 0 ? qint32(-1) : questionRank[quiz.wrongQuestion]) << quiz.wrongPosition
            << quint32(awaiting.size());
        for (const qint32 q : awaiting)
            out << q;
    }
    return bytes;
}

void QuestionStatsProjection::loadState(QByteArrayView bytes)
{
    const auto bad = [](const char* why) {
        throw ProjectionError(
            QStringLiteral("question-stats: the saved state cannot be read (%1)").arg(QLatin1String(why)));
    };
    QDataStream in(probe(bytes));
    in.setVersion(QDataStream::Qt_6_0);
    const auto ok = [&in] { return in.status() == QDataStream::Ok; };
    QByteArray format;
    quint32 version = 0;
    in >> format >> version;
    if (!ok() || format != Format)
        bad("not a question-stats state");
    if (version != FormatVersion)
        bad("unknown format version");

    // Read into locals and take them over only at the end: a bad state leaves this one as it was.
    QHash<QByteArray, qint32> questionIndex;
    QList<Counts> questions;
    qint64 answers = 0;
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && ok(); ++i) {
        Counts counts;
        quint32 wrongCount = 0;
        in >> counts.id >> counts.correct >> counts.incorrect >> wrongCount;
        for (quint32 k = 0; k < wrongCount && ok(); ++k) {
            QByteArray answer;
            qint64 times = 0;
            in >> answer >> times;
            if (times <= 0 || counts.wrongAnswers.contains(answer))
                bad("invalid wrong answer");
            counts.wrongAnswers.insert(answer, times);
        }
        if (!ok())
            break;
        if (counts.id.isEmpty() || counts.correct < 0 || counts.incorrect < 0 ||
            questionIndex.contains(counts.id))
            bad("invalid question");
        answers += counts.correct + counts.incorrect;
        questionIndex.insert(counts.id, qint32(questions.size()));
        questions.append(std::move(counts));
    }

    QHash<QByteArray, qint32> studentIndex;
    QList<QByteArray> students;
    in >> count;
    for (quint32 i = 0; i < count && ok(); ++i) {
        QByteArray id;
        in >> id;
        if (!ok())
            break;
        if (id.isEmpty() || studentIndex.contains(id))
            bad("invalid student");
        studentIndex.insert(id, qint32(students.size()));
        students.append(id);
    }

    QHash<quint64, quint8> pairs;
    in >> count;
    for (quint32 i = 0; i < count && ok(); ++i) {
        quint64 key = 0;
        quint8 flags = 0;
        in >> key >> flags;
        if (!ok())
            break;
        const auto q = qint64(key >> 32);
        const auto s = qint64(key & 0xffffffffu);
        if (q >= questions.size() || s >= students.size() ||
            (flags != Viewed && flags != (Viewed | Recovered)) || pairs.contains(key))
            bad("invalid student answer");
        pairs.insert(key, flags);
        ++questions[q].viewed;
        if (flags & Recovered)
            ++questions[q].recovered;
    }

    QHash<QByteArray, Quiz> quizzes;
    in >> count;
    for (quint32 i = 0; i < count && ok(); ++i) {
        QByteArray stream;
        Quiz quiz;
        quint32 awaiting = 0;
        in >> stream >> quiz.student >> quiz.wrongQuestion >> quiz.wrongPosition >> awaiting;
        const auto isQuestion = [&](qint32 q) { return q >= 0 && q < questions.size(); };
        // Element by element: a count read from foreign bytes must not size an allocation.
        for (quint32 k = 0; k < awaiting && ok(); ++k) {
            qint32 q = -1;
            in >> q;
            if (ok() && (!isQuestion(q) || quiz.awaiting.contains(q)))
                bad("invalid quiz");
            quiz.awaiting.append(q);
        }
        if (!ok())
            break;
        if (stream.isEmpty() || quizzes.contains(stream) || quiz.student < 0 ||
            quiz.student >= students.size() || (quiz.wrongQuestion != -1 && !isQuestion(quiz.wrongQuestion)))
            bad("invalid quiz");
        quizzes.insert(stream, quiz);
    }
    if (!ok())
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
