#include "ContentCatalogProjection.h"

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

constexpr char Format[] = "rewind.content-catalog";
// 1 was QDataStream's encoding; 2 is StateWriter's.
constexpr quint32 FormatVersion = 2;

QString counted(qint64 n, const char* one, const char* many)
{
    return QLocale(QLocale::English).toString(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

} // namespace

QString ContentCatalogProjection::name() const
{
    return QStringLiteral("content-catalog");
}

QByteArray ContentCatalogProjection::codeVersion() const
{
    return QByteArray(ProjectionVersions::ContentCatalogProjection);
}

QList<QByteArray> ContentCatalogProjection::handledTypes() const
{
    return {"CourseCreated",   "SectionAdded",      "SectionRenamed",
            "QuestionDrafted", "QuestionPublished", "QuestionRetired"};
}

void ContentCatalogProjection::apply(const EventView& event)
{
    // Course and question events belong to the entity their stream names (`course-7`,
    // `question-401`): QuestionPublished and QuestionRetired carry no id of their own, and taking
    // every id from the same place keeps a question's events on one entry.
    const QByteArrayView type = event.type;
    QByteArray firstStore;
    QByteArray secondStore;
    if (type == QByteArrayView("QuestionPublished")) {
        const QByteArrayView id = streamId(event);
        const auto [revisionField] = pick(event, {"revision"});
        const qint64 revision = needInteger(event, revisionField, "revision");
        QuestionInfo& question = m_questions[id.toByteArray()];
        question.revision = revision;
        question.listed = true;
    } else if (type == QByteArrayView("QuestionDrafted")) {
        const QByteArrayView id = streamId(event);
        const auto [courseField, sectionField] = pick(event, {"courseId", "sectionId"});
        const QByteArrayView course = needId(event, courseField, "courseId", firstStore);
        const QByteArrayView section = needId(event, sectionField, "sectionId", secondStore);
        QuestionInfo& question = m_questions[id.toByteArray()];
        question.courseId = course.toByteArray();
        question.sectionId = section.toByteArray();
    } else if (type == QByteArrayView("QuestionRetired")) {
        const QByteArrayView id = streamId(event);
        const auto question = m_questions.find(probe(id));
        if (question != m_questions.end())
            question->listed = false;
    } else if (type == QByteArrayView("SectionAdded")) {
        const QByteArrayView course = streamId(event);
        const auto [sectionField, titleField] = pick(event, {"sectionId", "title"});
        const QByteArrayView section = needId(event, sectionField, "sectionId", firstStore);
        const QByteArrayView title = needString(event, titleField, "title", secondStore);
        m_sections.insert(section.toByteArray(), {course.toByteArray(), title.toByteArray()});
    } else if (type == QByteArrayView("SectionRenamed")) {
        const auto [sectionField, titleField] = pick(event, {"sectionId", "title"});
        const QByteArrayView section = needId(event, sectionField, "sectionId", firstStore);
        const QByteArrayView title = needString(event, titleField, "title", secondStore);
        m_sections[section.toByteArray()].title = title.toByteArray();
    } else if (type == QByteArrayView("CourseCreated")) {
        const QByteArrayView course = streamId(event);
        const auto [titleField] = pick(event, {"title"});
        const QByteArrayView title = needString(event, titleField, "title", firstStore);
        m_courses.insert(course.toByteArray(), title.toByteArray());
    }
}

void ContentCatalogProjection::reset()
{
    m_courses.clear();
    m_sections.clear();
    m_questions.clear();
}

QByteArray ContentCatalogProjection::saveState() const
{
    // The maps are ordered by id, so the same events give the same bytes.
    StateWriter out;
    out.writeTag(Format, FormatVersion);
    out.writeVarint(quint64(m_courses.size()));
    for (auto it = m_courses.cbegin(); it != m_courses.cend(); ++it) {
        out.writeBytes(it.key());
        out.writeBytes(it.value());
    }
    out.writeVarint(quint64(m_sections.size()));
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        out.writeBytes(it.key());
        out.writeBytes(it->courseId);
        out.writeBytes(it->title);
    }
    out.writeVarint(quint64(m_questions.size()));
    for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it) {
        out.writeBytes(it.key());
        out.writeBytes(it->courseId);
        out.writeBytes(it->sectionId);
        out.writeI64(it->revision);
        out.writeBool(it->listed);
    }
    return out.take();
}

void ContentCatalogProjection::loadState(QByteArrayView bytes)
{
    const auto bad = [](const char* why) {
        throw ProjectionError(
            QStringLiteral("content-catalog: the saved state cannot be read (%1)").arg(QLatin1String(why)));
    };
    StateReader in(bytes);
    const std::optional<quint32> version = in.readTag(Format);
    if (!version)
        bad("not a content-catalog state");
    if (*version != FormatVersion)
        bad("unknown format version");

    // Read into locals and take them over only at the end: a bad state leaves this one as it was.
    // Each entry must come after the one before: the saved maps are in order, so every insertion
    // goes at the end with no search, and a repeated id is refused on the way.
    QMap<QByteArray, QByteArray> courses;
    QMap<QByteArray, SectionInfo> sections;
    QMap<QByteArray, QuestionInfo> questions;
    const auto follows = [](const auto& map, const QByteArray& id) {
        return !id.isEmpty() && (map.isEmpty() || map.lastKey() < id);
    };
    // A course takes at least a one-byte id and an empty title.
    qsizetype count = in.readCount(2 + 1);
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray id = in.readBytes();
        const QByteArray title = in.readBytes();
        if (!in.ok())
            break;
        if (!follows(courses, id))
            bad("invalid course");
        courses.insert(courses.cend(), id, title);
    }
    // A section: a one-byte id, no course yet and an empty title.
    count = in.readCount(2 + 1 + 1);
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray id = in.readBytes();
        SectionInfo section;
        section.courseId = in.readBytes();
        section.title = in.readBytes();
        if (!in.ok())
            break;
        if (!follows(sections, id))
            bad("invalid section");
        sections.insert(sections.cend(), id, section);
    }
    // A question: a one-byte id, no course nor section yet, a revision and whether it is listed.
    count = in.readCount(2 + 1 + 1 + 8 + 1);
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArray id = in.readBytes();
        QuestionInfo question;
        question.courseId = in.readBytes();
        question.sectionId = in.readBytes();
        question.revision = in.readI64();
        question.listed = in.readBool();
        if (!in.ok())
            break;
        if (!follows(questions, id) || question.courseId.isEmpty() != question.sectionId.isEmpty())
            bad("invalid question");
        questions.insert(questions.cend(), id, question);
    }
    if (!in.ok())
        bad("truncated");
    if (!in.atEnd())
        bad("unexpected bytes after the state");

    m_courses = std::move(courses);
    m_sections = std::move(sections);
    m_questions = std::move(questions);
}

QList<ContentCatalogProjection::Course> ContentCatalogProjection::courses() const
{
    // course id -> section id -> published questions, all in byte order of the ids.
    QMap<QByteArray, QMap<QByteArray, QList<Question>>> tree;
    for (auto it = m_courses.cbegin(); it != m_courses.cend(); ++it)
        tree[it.key()];
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it) {
        if (!it->courseId.isEmpty())
            tree[it->courseId][it.key()];
    }
    for (auto it = m_questions.cbegin(); it != m_questions.cend(); ++it) {
        if (it->listed && !it->courseId.isEmpty())
            tree[it->courseId][it->sectionId].append({QString::fromUtf8(it.key()), it->revision});
    }

    QList<Course> list;
    list.reserve(tree.size());
    for (auto course = tree.cbegin(); course != tree.cend(); ++course) {
        Course c;
        c.courseId = QString::fromUtf8(course.key());
        c.title = QString::fromUtf8(m_courses.value(course.key()));
        for (auto section = course->cbegin(); section != course->cend(); ++section)
            c.sections.append({QString::fromUtf8(section.key()),
                               QString::fromUtf8(m_sections.value(section.key()).title), section.value()});
        list.append(std::move(c));
    }
    return list;
}

qsizetype ContentCatalogProjection::publishedCount() const
{
    return std::count_if(m_questions.cbegin(), m_questions.cend(),
                         [](const QuestionInfo& q) { return q.listed && !q.courseId.isEmpty(); });
}

QString ContentCatalogProjection::summary() const
{
    return counted(m_courses.size(), "course", "courses") + QStringLiteral(", ") +
           counted(publishedCount(), "published question", "published questions");
}

} // namespace Rewind
