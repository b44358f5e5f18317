#include "CourseDecision.h"

#include "StateJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Rewind {

namespace {

Decision one(const QString& type, StateJsonWriter& data)
{
    return Decision::accept({DecidedEvent{type, data.finish()}});
}

bool noId(const QJsonValue& id)
{
    return id.isNull() || id.isUndefined() || id == QJsonValue(QString());
}

// An id as JSON text (`"s1"`, `7`), so that a message tells a string id from a numeric one.
QString idText(const QJsonValue& id)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(QByteArrayView(wrapped).sliced(1, wrapped.size() - 2));
}

std::optional<Decision> idRequired(const QJsonValue& id, const char* rule, const char* what,
                                   const QString& command)
{
    if (!noId(id))
        return std::nullopt;
    return Decision::reject(QString::fromLatin1(rule),
                            QStringLiteral("%1 needs a %2 id.").arg(command, QLatin1String(what)));
}

std::optional<Decision> titleRequired(const QString& title, const QString& command)
{
    if (!title.trimmed().isEmpty())
        return std::nullopt;
    return Decision::reject(QStringLiteral("title-required"),
                            QStringLiteral("%1 needs a title.").arg(command));
}

std::optional<Decision> indexInvalid(const std::optional<qint64>& index)
{
    if (!index || *index >= 0)
        return std::nullopt;
    return Decision::reject(QStringLiteral("index-invalid"),
                            QStringLiteral("The index %1 is negative; indexes start at 0.").arg(*index));
}

struct Decide
{
    const CourseState& state;

    Decision operator()(const CreateCourse& c) const
    {
        const QString name = QStringLiteral("CreateCourse");
        if (auto rejected = idRequired(c.courseId, "course-id-required", "course", name))
            return *rejected;
        if (auto rejected = titleRequired(c.title, name))
            return *rejected;
        StateJsonWriter data;
        data.add(u"courseId", c.courseId);
        data.addString(u"title", c.title);
        data.addString(u"language", c.language);
        return one(QStringLiteral("CourseCreated"), data);
    }

    Decision operator()(const AddChapter& c) const
    {
        const QString name = QStringLiteral("AddChapter");
        if (auto rejected = idRequired(c.chapterId, "chapter-id-required", "chapter", name))
            return *rejected;
        if (auto rejected = titleRequired(c.title, name))
            return *rejected;
        if (auto rejected = indexInvalid(c.index))
            return *rejected;
        if (state.chapter(c.chapterId))
            return Decision::reject(
                QStringLiteral("chapter-exists"),
                QStringLiteral("The course already has a chapter with id %1.").arg(idText(c.chapterId)));
        StateJsonWriter data;
        data.add(u"chapterId", c.chapterId);
        data.addString(u"title", c.title);
        data.addInteger(u"index", c.index.value_or(state.chapters.size()));
        return one(QStringLiteral("ChapterAdded"), data);
    }

    Decision operator()(const AddSection& c) const
    {
        const QString name = QStringLiteral("AddSection");
        if (auto rejected = idRequired(c.chapterId, "chapter-id-required", "chapter", name))
            return *rejected;
        if (auto rejected = idRequired(c.sectionId, "section-id-required", "section", name))
            return *rejected;
        if (auto rejected = titleRequired(c.title, name))
            return *rejected;
        if (auto rejected = indexInvalid(c.index))
            return *rejected;
        const CourseChapter* chapter = state.chapter(c.chapterId);
        if (!chapter)
            return Decision::reject(
                QStringLiteral("chapter-not-found"),
                QStringLiteral("The course has no chapter with id %1.").arg(idText(c.chapterId)));
        if (state.section(c.sectionId))
            return Decision::reject(
                QStringLiteral("section-exists"),
                QStringLiteral("The course already has a section with id %1.").arg(idText(c.sectionId)));
        StateJsonWriter data;
        data.add(u"chapterId", c.chapterId);
        data.add(u"sectionId", c.sectionId);
        data.addString(u"title", c.title);
        data.addInteger(u"index", c.index.value_or(chapter->sections.size()));
        return one(QStringLiteral("SectionAdded"), data);
    }

    Decision operator()(const RenameSection& c) const
    {
        const QString name = QStringLiteral("RenameSection");
        if (auto rejected = idRequired(c.sectionId, "section-id-required", "section", name))
            return *rejected;
        if (auto rejected = titleRequired(c.title, name))
            return *rejected;
        const CourseSection* section = state.section(c.sectionId);
        if (!section)
            return Decision::reject(
                QStringLiteral("section-not-found"),
                QStringLiteral("The course has no section with id %1.").arg(idText(c.sectionId)));
        if (section->title == QJsonValue(c.title))
            return Decision::reject(QStringLiteral("nothing-changed"),
                                    QStringLiteral("The section already has this title."));
        StateJsonWriter data;
        data.add(u"sectionId", c.sectionId);
        data.addString(u"title", c.title);
        return one(QStringLiteral("SectionRenamed"), data);
    }
};

} // namespace

Decision CourseDecision::decide(const CourseState& state, const CourseCommand& command)
{
    const bool isCreate = std::holds_alternative<CreateCourse>(command);
    if (isCreate && state.version != -1)
        return Decision::reject(QStringLiteral("course-exists"),
                                QStringLiteral("The course has already been created."));
    if (!isCreate && state.version == -1)
        return Decision::reject(QStringLiteral("course-not-created"),
                                QStringLiteral("%1 needs a created course.").arg(courseCommandName(command)));
    return std::visit(Decide{state}, command);
}

} // namespace Rewind
