#include "StudentTimelineProjection.h"

#include "EventFields.h"
#include "JsonScanner.h"
#include "ProjectionVersions.h"
#include "StateReader.h"
#include "StateWriter.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

namespace Rewind {

namespace {

using namespace EventFields;

constexpr char Format[] = "rewind.student-timeline";
// 1 was QDataStream's encoding; 2 is StateWriter's.
constexpr quint32 FormatVersion = 2;

// The joined list separates names with '\n'; a name holding one would read back as two streams.
void checkStreamName(const EventView& event)
{
    if (event.streamName.isEmpty() || event.streamName.contains('\n'))
        reject(
            event,
            QStringLiteral("stream name \"%1\" cannot be listed").arg(QString::fromUtf8(event.streamName)));
}

// Whether the line of `streams` that starts at `at` is exactly `name`.
bool lineAt(QByteArrayView streams, qsizetype at, QByteArrayView name)
{
    const qsizetype end = at + name.size();
    return end <= streams.size() && (end == streams.size() || streams[end] == '\n') &&
           streams.sliced(at, name.size()) == name;
}

bool hasLine(QByteArrayView streams, QByteArrayView name)
{
    for (qsizetype at = streams.indexOf(name); at >= 0; at = streams.indexOf(name, at + 1)) {
        if ((at == 0 || streams[at - 1] == '\n') && lineAt(streams, at, name))
            return true;
    }
    return false;
}

// The number of names in a '\n'-joined list, or -1 when one of them is empty: such a list would
// read back with an empty stream. A state holds megabytes of lists; memchr() goes through them many
// bytes at a time where a loop over the bytes goes one by one.
qsizetype lineCount(QByteArrayView streams)
{
    if (streams.isEmpty() || streams.front() == '\n' || streams.back() == '\n')
        return -1;
    const char* at = streams.data();
    const char* const end = at + streams.size();
    qsizetype lines = 1;
    // The list does not end with a break, so a break always has a byte after it.
    while (const void* found = std::memchr(at, '\n', size_t(end - at))) {
        const char* lineBreak = static_cast<const char*>(found);
        if (lineBreak[1] == '\n')
            return -1;
        ++lines;
        at = lineBreak + 1;
    }
    return lines;
}

QString counted(qint64 n, const char* one, const char* many)
{
    return QLocale(QLocale::English).toString(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

} // namespace

QString StudentTimelineProjection::name() const
{
    return QStringLiteral("student-timeline");
}

QByteArray StudentTimelineProjection::codeVersion() const
{
    return QByteArray(ProjectionVersions::StudentTimelineProjection);
}

QList<QByteArray> StudentTimelineProjection::handledTypes() const
{
    return {"StudentRegistered", "StudentLoggedIn", "QuizStarted"};
}

StudentTimelineProjection::Student& StudentTimelineProjection::student(QByteArrayView id)
{
    const auto it = m_students.find(probe(id));
    if (it != m_students.end())
        return *it;
    return *m_students.insert(id.toByteArray(), Student());
}

qsizetype StudentTimelineProjection::append(Student& student, const EventView& event)
{
    if (!student.streams.isEmpty())
        student.streams += '\n';
    const qsizetype at = student.streams.size();
    student.streams += event.streamName;
    ++m_streamCount;
    return at;
}

void StudentTimelineProjection::apply(const EventView& event)
{
    // A stream's first event has position 0, so an event there starts a stream no list can hold
    // yet; only a later one needs the search for a name already listed.
    const bool newStream = event.position == 0;
    if (event.type == QByteArrayView("QuizStarted")) {
        const auto [studentField] = pick(event, {"studentId"});
        QByteArray idStore;
        const QByteArrayView id = needId(event, studentField, "studentId", idStore);
        checkStreamName(event);
        Student& s = student(id);
        if (newStream || !hasLine(s.streams, event.streamName))
            append(s, event);
    } else if (event.type == QByteArrayView("StudentLoggedIn") ||
               event.type == QByteArrayView("StudentRegistered")) {
        const QByteArrayView id = streamId(event);
        checkStreamName(event);
        Student& s = student(id);
        if (s.ownAt >= 0 && lineAt(s.streams, s.ownAt, event.streamName))
            return;
        if (!newStream && hasLine(s.streams, event.streamName))
            return;
        const qsizetype at = append(s, event);
        if (s.ownAt < 0)
            s.ownAt = at;
    }
}

void StudentTimelineProjection::reset()
{
    m_students.clear();
    m_streamCount = 0;
}

QByteArray StudentTimelineProjection::saveState() const
{
    // In byte order of the ids, so the same events give the same bytes whatever order the hash
    // kept them in.
    QList<std::pair<const QByteArray*, const Student*>> students;
    students.reserve(m_students.size());
    qsizetype size = 0;
    for (auto it = m_students.cbegin(); it != m_students.cend(); ++it) {
        students.append({&it.key(), &it.value()});
        size += it.key().size() + it->streams.size() + 3 * 10; // and at most three varints
    }
    const QList<qint32> order = StateWriter::byteOrder(
        students.size(), [&students](qint32 i) -> const QByteArray& { return *students[i].first; });

    StateWriter out(size + 64);
    out.writeTag(Format, FormatVersion);
    out.writeVarint(quint64(students.size()));
    for (const qint32 i : order) {
        const auto& [id, s] = students[i];
        out.writeBytes(*id);
        out.writeBytes(s->streams);
        out.writeVarint(quint64(s->ownAt + 1)); // -1, "not seen", is the common small number 0
    }
    return out.take();
}

void StudentTimelineProjection::loadState(QByteArrayView bytes)
{
    const auto bad = [](const char* why) {
        throw ProjectionError(
            QStringLiteral("student-timeline: the saved state cannot be read (%1)").arg(QLatin1String(why)));
    };
    StateReader in(bytes);
    const std::optional<quint32> version = in.readTag(Format);
    if (!version)
        bad("not a student-timeline state");
    if (*version != FormatVersion)
        bad("unknown format version");

    // Read into locals and take them over only at the end: a bad state leaves this one as it was.
    QHash<QByteArray, Student> students;
    qint64 streamCount = 0;
    // A student takes at least a one-byte id, a one-byte list and their three varints.
    const qsizetype count = in.readCount(5);
    if (count > 0)
        students.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArrayView id = in.readView();
        const QByteArrayView streams = in.readView();
        const quint64 ownAtPlusOne = in.readVarint();
        if (!in.ok())
            break;
        const qsizetype lines = lineCount(streams);
        const qsizetype ownAt = ownAtPlusOne <= quint64(streams.size()) ? qsizetype(ownAtPlusOne) - 1 : -2;
        const bool ownAtLineStart = ownAt == -1 || ownAt == 0 || (ownAt > 0 && streams[ownAt - 1] == '\n');
        if (id.isEmpty() || lines < 0 || !ownAtLineStart)
            bad("invalid student");
        Student s;
        s.streams = streams.toByteArray();
        s.ownAt = ownAt;
        const qsizetype before = students.size();
        students.emplace(id.toByteArray(), std::move(s));
        if (students.size() == before)
            bad("invalid student");
        streamCount += lines;
    }
    if (!in.ok())
        bad("truncated");
    if (!in.atEnd())
        bad("unexpected bytes after the state");

    m_students = std::move(students);
    m_streamCount = streamCount;
}

QStringList StudentTimelineProjection::streamsOf(const QString& studentId) const
{
    const auto it = m_students.constFind(studentId.toUtf8());
    if (it == m_students.cend())
        return {};
    const QByteArrayView joined = it->streams;
    QStringList streams;
    for (qsizetype at = 0; at <= joined.size();) {
        qsizetype end = joined.indexOf('\n', at);
        if (end < 0)
            end = joined.size();
        streams.append(QString::fromUtf8(joined.sliced(at, end - at)));
        at = end + 1;
    }
    return streams;
}

QStringList StudentTimelineProjection::studentIds() const
{
    QList<QByteArray> ids = m_students.keys();
    std::sort(ids.begin(), ids.end());
    QStringList list;
    list.reserve(ids.size());
    for (const QByteArray& id : ids)
        list.append(QString::fromUtf8(id));
    return list;
}

QString StudentTimelineProjection::summary() const
{
    return counted(m_students.size(), "student", "students") + QStringLiteral(", ") +
           counted(m_streamCount, "stream", "streams");
}

} // namespace Rewind
