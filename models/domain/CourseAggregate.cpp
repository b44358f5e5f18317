#include "CourseAggregate.h"

#include "StateJsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Rewind {

namespace {

// A key the event does not carry resets the field to null, so a state never keeps a value the event
// that "sets" the field did not give.
QJsonValue field(const QJsonObject& data, QLatin1String key)
{
    const QJsonValue value = data.value(key);
    return value.isUndefined() ? QJsonValue() : value;
}

// The first item whose id field equals `id`, or null; const for a const list.
template <typename List, typename T>
auto findById(List& list, const QJsonValue& id, QJsonValue T::*idField) -> decltype(list.data())
{
    for (auto& item : list) {
        if (item.*idField == id)
            return &item;
    }
    return nullptr;
}

// StateJsonWriter takes values, and a QJsonObject would sort the nested keys, so the nested objects
// are written one by one and joined into the array text here.
QByteArray sectionsJson(const QList<CourseSection>& sections)
{
    QByteArray out = "[";
    for (const CourseSection& s : sections) {
        if (out.size() > 1)
            out += ',';
        StateJsonWriter section;
        section.add(u"sectionId", s.sectionId);
        section.add(u"title", s.title);
        section.add(u"index", s.index);
        out += section.finish();
    }
    return out + ']';
}

QByteArray chaptersJson(const QList<CourseChapter>& chapters)
{
    QByteArray out = "[";
    for (const CourseChapter& c : chapters) {
        if (out.size() > 1)
            out += ',';
        StateJsonWriter chapter;
        chapter.add(u"chapterId", c.chapterId);
        chapter.add(u"title", c.title);
        chapter.add(u"index", c.index);
        QByteArray head = chapter.finish();
        head.chop(1); // '}'
        out += head + ",\"sections\":" + sectionsJson(c.sections) + '}';
    }
    return out + ']';
}

} // namespace

const CourseChapter* CourseState::chapter(const QJsonValue& chapterId) const
{
    return findById(chapters, chapterId, &CourseChapter::chapterId);
}

const CourseSection* CourseState::section(const QJsonValue& sectionId) const
{
    for (const CourseChapter& c : chapters) {
        if (const CourseSection* s = findById(c.sections, sectionId, &CourseSection::sectionId))
            return s;
    }
    return nullptr;
}

CourseState CourseAggregate::apply(CourseState state, const RecordedEvent& event)
{
    state.version = event.position;
    const QString& type = event.type;
    const auto data = [&event] { return QJsonDocument::fromJson(event.data).object(); };
    if (type == u"CourseCreated") {
        // Chapters stay: a second CourseCreated (another writer's) renames the course, it does not
        // empty it.
        const QJsonObject d = data();
        state.courseId = field(d, QLatin1String("courseId"));
        state.title = field(d, QLatin1String("title"));
        state.language = field(d, QLatin1String("language"));
    } else if (type == u"ChapterAdded") {
        const QJsonObject d = data();
        const QJsonValue chapterId = field(d, QLatin1String("chapterId"));
        CourseChapter* chapter = findById(state.chapters, chapterId, &CourseChapter::chapterId);
        if (!chapter) {
            state.chapters.append(CourseChapter{chapterId, {}, {}, {}});
            chapter = &state.chapters.last();
        }
        // A repeated id updates the chapter and keeps its sections, so a course shows each id once.
        chapter->title = field(d, QLatin1String("title"));
        chapter->index = field(d, QLatin1String("index"));
    } else if (type == u"SectionAdded") {
        const QJsonObject d = data();
        const QJsonValue chapterId = field(d, QLatin1String("chapterId"));
        const QJsonValue sectionId = field(d, QLatin1String("sectionId"));
        CourseChapter* chapter = findById(state.chapters, chapterId, &CourseChapter::chapterId);
        if (!chapter) {
            // A section of a chapter the stream never added: kept under a chapter with only its id
            // (title and index null) rather than dropped, since replay is where such a stream is
            // diagnosed.
            state.chapters.append(CourseChapter{chapterId, {}, {}, {}});
            chapter = &state.chapters.last();
        }
        CourseSection* section = findById(chapter->sections, sectionId, &CourseSection::sectionId);
        if (!section) {
            chapter->sections.append(CourseSection{sectionId, {}, {}});
            section = &chapter->sections.last();
        }
        section->title = field(d, QLatin1String("title"));
        section->index = field(d, QLatin1String("index"));
    } else if (type == u"SectionRenamed") {
        const QJsonObject d = data();
        const QJsonValue sectionId = field(d, QLatin1String("sectionId"));
        const QJsonValue title = field(d, QLatin1String("title"));
        // Every section with the id (another writer may have added one twice); none: only the version
        // moves, as the event names nothing the state holds.
        for (CourseChapter& chapter : state.chapters) {
            for (CourseSection& section : chapter.sections) {
                if (section.sectionId == sectionId)
                    section.title = title;
            }
        }
    }
    // Any other type moves only the version: a newer editor's event must not make an
    // older Rewind refuse to replay the stream.
    return state;
}

QByteArray CourseAggregate::toJson(const CourseState& state)
{
    StateJsonWriter head;
    head.add(u"courseId", state.courseId);
    head.add(u"title", state.title);
    head.add(u"language", state.language);
    QByteArray out = head.finish();
    out.chop(1); // '}': the chapters array is spliced in as text (see chaptersJson)
    out += ",\"chapters\":" + chaptersJson(state.chapters) +
           ",\"version\":" + QByteArray::number(state.version) + '}';
    return out;
}

} // namespace Rewind
