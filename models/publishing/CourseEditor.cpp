#include "CourseEditor.h"

#include "StoreSession.h"

#include <QCoreApplication>
#include <QUuid>

namespace Rewind {

namespace {

QString streamOf(const QJsonValue& courseId)
{
    return QStringLiteral("course-") +
           (courseId.isString() ? courseId.toString() : QString::number(courseId.toInteger()));
}

QJsonValue freshId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct CourseResult
{
    CommandOutcome outcome;
    CourseState course; // folded after an accepted command
};

} // namespace

CourseEditor::CourseEditor(QObject* parent) : QObject(parent)
{
    m_metadata.appVersion = QCoreApplication::applicationVersion();
}

CourseEditor::~CourseEditor() = default;

void CourseEditor::setSession(StoreSession* session)
{
    m_session = session;
}

void CourseEditor::setMetadata(const CommandMetadata& metadata)
{
    m_metadata = metadata;
}

void CourseEditor::createCourse(const QString& title, const QString& language)
{
    const QJsonValue id = freshId();
    run(streamOf(id), CreateCourse{id, title, language}, id);
}

void CourseEditor::addChapter(const QJsonValue& courseId, const QString& title)
{
    const QJsonValue id = freshId();
    run(streamOf(courseId), AddChapter{id, title, std::nullopt}, id);
}

void CourseEditor::addSection(const QJsonValue& courseId, const QJsonValue& chapterId, const QString& title)
{
    const QJsonValue id = freshId();
    run(streamOf(courseId), AddSection{chapterId, id, title, std::nullopt}, id);
}

void CourseEditor::renameSection(const QJsonValue& courseId, const QJsonValue& sectionId,
                                 const QString& title)
{
    run(streamOf(courseId), RenameSection{sectionId, title}, QJsonValue());
}

void CourseEditor::run(const QString& streamName, const CourseCommand& command, const QJsonValue& createdId)
{
    if (!m_session) {
        emit failed(tr("No store is open."));
        return;
    }
    const DomainCommand domain{streamName, command, courseCommandName(command)};
    const CommandMetadata metadata = m_metadata;
    m_session->submit(
        StoreSession::Lane::Interactive, this,
        [domain, metadata](EventStore& store, const JobControl&) {
            CourseResult result;
            result.outcome = CommandBus(store).execute(domain, metadata);
            if (result.outcome.result != CommandOutcome::Result::Accepted)
                return result;
            // The whole stream again, not the written events on the state decided on: the state the
            // tree shows is then the stream's, whoever else wrote to it.
            constexpr int Page = 1000;
            for (qint64 from = 0;;) {
                const QList<RecordedEvent> page = store.readStream(domain.streamName, from, Page);
                for (const RecordedEvent& e : page)
                    result.course = CourseAggregate::apply(std::move(result.course), e);
                from += page.size();
                if (page.size() < Page)
                    break;
            }
            return result;
        },
        [this, createdId](const CourseResult& result) {
            switch (result.outcome.result) {
            case CommandOutcome::Result::Accepted:
                emit courseChanged(result.course, createdId);
                break;
            case CommandOutcome::Result::Rejected:
                emit rejected(result.outcome.rejection.rule, result.outcome.rejection.message);
                break;
            case CommandOutcome::Result::Conflict:
                emit conflictDetected(result.outcome.conflict);
                break;
            }
        },
        [this](const StoreSession::Failure& failure) { emit failed(failure.message); });
}

} // namespace Rewind
