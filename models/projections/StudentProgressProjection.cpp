#include "StudentProgressProjection.h"

#include "EventFields.h"
#include "JsonScanner.h"
#include "ProjectionVersions.h"
#include "StateReader.h"
#include "StateWriter.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace Rewind {

namespace {

using namespace EventFields;

constexpr char Format[] = "rewind.student-progress";
// 1 was QDataStream's encoding; 2 is StateWriter's.
constexpr quint32 FormatVersion = 2;

QString counted(qint64 n, const char* one, const char* many)
{
    return QLocale(QLocale::English).toString(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

} // namespace

QString StudentProgressProjection::name() const
{
    return QStringLiteral("student-progress");
}

QByteArray StudentProgressProjection::codeVersion() const
{
    return QByteArray(ProjectionVersions::StudentProgressProjection);
}

QList<QByteArray> StudentProgressProjection::handledTypes() const
{
    return {"StudentRegistered",
            "StudentLoggedIn",
            "QuizStarted",
            "QuestionAssigned",
            "QuestionAnsweredCorrectly",
            "QuestionAnsweredIncorrectly",
            "ExplanationViewed",
            "QuizPassed",
            "QuizFailed"};
}

StudentProgressProjection::Row& StudentProgressProjection::row(QByteArrayView studentId, qint64 timeUs)
{
    const auto it = m_index.constFind(probe(studentId));
    if (it != m_index.cend()) {
        Row& found = m_rows[*it];
        found.lastActivityUs = std::max(found.lastActivityUs, timeUs);
        return found;
    }
    Row added;
    added.id = studentId.toByteArray();
    added.lastActivityUs = timeUs;
    m_index.insert(added.id, qint32(m_rows.size()));
    m_rows.append(std::move(added));
    return m_rows.last();
}

void StudentProgressProjection::apply(const EventView& event)
{
    const QByteArrayView type = event.type;
    const bool correct = type == QByteArrayView("QuestionAnsweredCorrectly");
    const bool incorrect = !correct && type == QByteArrayView("QuestionAnsweredIncorrectly");
    const bool passed = type == QByteArrayView("QuizPassed");
    const bool failed = type == QByteArrayView("QuizFailed");
    if (correct || incorrect || passed || failed || type == QByteArrayView("QuestionAssigned") ||
        type == QByteArrayView("ExplanationViewed")) {
        // Nothing in these events' data matters here: which student they belong to comes from the
        // quiz's start, so they are not decoded at all.
        const auto quiz = m_quizzes.constFind(probe(event.streamName));
        if (quiz == m_quizzes.cend())
            return; // a quiz whose start was never seen, or one already over: no student to credit
        Row& student = m_rows[*quiz];
        student.lastActivityUs = std::max(student.lastActivityUs, event.timeUs);
        if (correct || incorrect) {
            ++student.answers;
            student.correct += correct ? 1 : 0;
        } else if (passed || failed) {
            ++(passed ? student.passed : student.failed);
            m_quizzes.erase(quiz);
        }
    } else if (type == QByteArrayView("QuizStarted")) {
        const auto [studentField] = pick(event, {"studentId"});
        QByteArray idStore;
        const QByteArrayView id = needId(event, studentField, "studentId", idStore);
        ++row(id, event.timeUs).started;
        m_quizzes.insert(event.streamName.toByteArray(), m_index.value(probe(id)));
    } else if (type == QByteArrayView("StudentRegistered")) {
        const QByteArrayView id = streamId(event);
        const auto [nameField] = pick(event, {"name"});
        QByteArray nameStore;
        const QByteArrayView name = needString(event, nameField, "name", nameStore);
        row(id, event.timeUs).name = name.toByteArray();
    } else if (type == QByteArrayView("StudentLoggedIn")) {
        row(streamId(event), event.timeUs);
    }
}

void StudentProgressProjection::reset()
{
    m_index.clear();
    m_rows.clear();
    m_quizzes.clear();
}

QByteArray StudentProgressProjection::saveState() const
{
    // Everything goes out in byte order of the ids, so the same events give the same bytes whatever
    // order a hash kept them in.
    const QList<qint32> order =
        StateWriter::byteOrder(m_rows.size(), [this](qint32 i) -> const QByteArray& { return m_rows[i].id; });
    QList<qint32> rank(order.size());
    for (qsizetype r = 0; r < order.size(); ++r)
        rank[order[r]] = qint32(r);
    QList<std::pair<const QByteArray*, qint32>> quizzes;
    quizzes.reserve(m_quizzes.size());
    qsizetype size = 64;
    for (auto it = m_quizzes.cbegin(); it != m_quizzes.cend(); ++it) {
        quizzes.append({&it.key(), rank[it.value()]});
        size += it.key().size() + 2 * 10;
    }
    std::sort(quizzes.begin(), quizzes.end(),
              [](const auto& a, const auto& b) { return *a.first < *b.first; });
    for (const Row& r : m_rows)
        size += r.id.size() + r.name.size() + 2 * 10 + 6 * 8;

    StateWriter out(size);
    out.writeTag(Format, FormatVersion);
    out.writeVarint(quint64(m_rows.size()));
    for (const qint32 i : order) {
        const Row& r = m_rows[i];
        out.writeBytes(r.id);
        out.writeBytes(r.name);
        // Fixed widths: a state's size follows the number of students, not how busy they were.
        out.writeI64(r.started);
        out.writeI64(r.passed);
        out.writeI64(r.failed);
        out.writeI64(r.answers);
        out.writeI64(r.correct);
        out.writeI64(r.lastActivityUs);
    }
    out.writeVarint(quint64(quizzes.size()));
    for (const auto& [stream, student] : quizzes) {
        out.writeBytes(*stream);
        out.writeVarint(quint64(student));
    }
    return out.take();
}

void StudentProgressProjection::loadState(QByteArrayView bytes)
{
    const auto bad = [](const char* why) {
        throw ProjectionError(
            QStringLiteral("student-progress: the saved state cannot be read (%1)").arg(QLatin1String(why)));
    };
    StateReader in(bytes);
    const std::optional<quint32> version = in.readTag(Format);
    if (!version)
        bad("not a student-progress state");
    if (*version != FormatVersion)
        bad("unknown format version");

    // Read into locals and take them over only at the end: a bad state leaves this one as it was.
    QHash<QByteArray, qint32> index;
    QList<Row> rows;
    // A student takes at least a one-byte id, an empty name and six counts.
    qsizetype count = in.readCount(2 + 1 + 6 * 8);
    if (count > 0) {
        index.reserve(count);
        rows.reserve(count);
    }
    for (qsizetype i = 0; i < count; ++i) {
        Row r;
        r.id = in.readBytes();
        r.name = in.readBytes();
        r.started = in.readI64();
        r.passed = in.readI64();
        r.failed = in.readI64();
        r.answers = in.readI64();
        r.correct = in.readI64();
        r.lastActivityUs = in.readI64();
        if (!in.ok())
            break;
        if (r.id.isEmpty() || r.started < 0 || r.passed < 0 || r.failed < 0 || r.correct < 0 ||
            r.answers < r.correct)
            bad("invalid student");
        index.insert(r.id, qint32(rows.size()));
        if (index.size() == rows.size())
            bad("invalid student"); // the id was there already
        rows.append(std::move(r));
    }
    QHash<QByteArray, qint32> quizzes;
    // A quiz takes at least a one-byte stream name and a student.
    count = in.readCount(2 + 1);
    if (count > 0)
        quizzes.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray stream = in.readBytes();
        const quint64 student = in.readVarint();
        if (!in.ok())
            break;
        if (stream.isEmpty() || student >= quint64(rows.size()))
            bad("invalid quiz");
        const qsizetype before = quizzes.size();
        quizzes.emplace(std::move(stream), qint32(student));
        if (quizzes.size() == before)
            bad("invalid quiz");
    }
    if (!in.ok())
        bad("truncated");
    if (!in.atEnd())
        bad("unexpected bytes after the state");

    m_index = std::move(index);
    m_rows = std::move(rows);
    m_quizzes = std::move(quizzes);
}

StudentProgressProjection::Student StudentProgressProjection::toStudent(const Row& row) const
{
    Student s;
    s.studentId = QString::fromUtf8(row.id);
    s.name = QString::fromUtf8(row.name);
    s.quizzesStarted = row.started;
    s.quizzesPassed = row.passed;
    s.quizzesFailed = row.failed;
    s.answers = row.answers;
    s.correct = row.correct;
    s.correctRatio = row.answers == 0 ? 0 : double(row.correct) / double(row.answers);
    s.lastActivityUs = row.lastActivityUs;
    return s;
}

QList<StudentProgressProjection::Student> StudentProgressProjection::students() const
{
    QList<const Row*> sorted;
    sorted.reserve(m_rows.size());
    for (const Row& r : m_rows)
        sorted.append(&r);
    std::sort(sorted.begin(), sorted.end(), [](const Row* a, const Row* b) { return a->id < b->id; });
    QList<Student> list;
    list.reserve(sorted.size());
    for (const Row* r : sorted)
        list.append(toStudent(*r));
    return list;
}

std::optional<StudentProgressProjection::Student>
StudentProgressProjection::student(const QString& studentId) const
{
    const auto it = m_index.constFind(studentId.toUtf8());
    if (it == m_index.cend())
        return std::nullopt;
    return toStudent(m_rows[*it]);
}

QString StudentProgressProjection::summary() const
{
    qint64 quizzes = 0;
    for (const Row& r : m_rows)
        quizzes += r.started;
    return counted(m_rows.size(), "student", "students") + QStringLiteral(", ") +
           counted(quizzes, "quiz", "quizzes");
}

} // namespace Rewind
