#include "StudentProgressProjection.h"

#include "JsonScanner.h"
#include "ProjectionVersions.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <array>

namespace Rewind {

// The decoding helpers below are repeated in each projection's .cpp on purpose: a projection's code
// version is a hash of its own two files, and how an id is read from an event decides the output.
namespace {

using Member = JsonScanner::Member;

constexpr char Format[] = "rewind.student-progress";
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

// The id of a `category-id` stream: the text after the first '-' (DESIGN.md §1). StreamName does the
// same on QString; this stays on the event's bytes.
QByteArrayView streamId(const EventView& event)
{
    const qsizetype dash = event.streamName.indexOf('-');
    if (dash < 0 || dash + 1 == event.streamName.size())
        reject(event,
               QStringLiteral("stream name \"%1\" has no id").arg(QString::fromUtf8(event.streamName)));
    return event.streamName.sliced(dash + 1);
}

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
    QList<qint32> order(m_rows.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = qint32(i);
    std::sort(order.begin(), order.end(), [this](qint32 a, qint32 b) { return m_rows[a].id < m_rows[b].id; });
    QList<qint32> rank(order.size());
    for (qsizetype r = 0; r < order.size(); ++r)
        rank[order[r]] = qint32(r);

    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << QByteArray(Format) << FormatVersion;
    out << quint32(m_rows.size());
    for (const qint32 i : order) {
        const Row& r = m_rows[i];
        out << r.id << r.name << r.started << r.passed << r.failed << r.answers << r.correct
            << r.lastActivityUs;
    }
    QList<QByteArray> streams = m_quizzes.keys();
    std::sort(streams.begin(), streams.end());
    out << quint32(streams.size());
    for (const QByteArray& stream : streams)
        out << stream << rank[m_quizzes.value(stream)];
    return bytes;
}

void StudentProgressProjection::loadState(QByteArrayView bytes)
{
    const auto bad = [](const char* why) {
        throw ProjectionError(
            QStringLiteral("student-progress: the saved state cannot be read (%1)").arg(QLatin1String(why)));
    };
    QDataStream in(probe(bytes));
    in.setVersion(QDataStream::Qt_6_0);
    const auto ok = [&in] { return in.status() == QDataStream::Ok; };
    QByteArray format;
    quint32 version = 0;
    in >> format >> version;
    if (!ok() || format != Format)
        bad("not a student-progress state");
    if (version != FormatVersion)
        bad("unknown format version");

    // Read into locals and take them over only at the end: a bad state leaves this one as it was.
    QHash<QByteArray, qint32> index;
    QList<Row> rows;
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && ok(); ++i) {
        Row r;
        in >> r.id >> r.name >> r.started >> r.passed >> r.failed >> r.answers >> r.correct >>
            r.lastActivityUs;
        if (!ok())
            break;
        if (r.id.isEmpty() || index.contains(r.id) || r.started < 0 || r.passed < 0 || r.failed < 0 ||
            r.correct < 0 || r.answers < r.correct)
            bad("invalid student");
        index.insert(r.id, qint32(rows.size()));
        rows.append(std::move(r));
    }
    QHash<QByteArray, qint32> quizzes;
    in >> count;
    for (quint32 i = 0; i < count && ok(); ++i) {
        QByteArray stream;
        qint32 student = -1;
        in >> stream >> student;
        if (!ok())
            break;
        if (stream.isEmpty() || quizzes.contains(stream) || student < 0 || student >= rows.size())
            bad("invalid quiz");
        quizzes.insert(stream, student);
    }
    if (!ok())
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
