#pragma once

#include "CommandBus.h"
#include "CourseAggregate.h"
#include "StoreJob.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

namespace Rewind {

class StoreSession;

// The course commands as the publishing page issues them: each runs on the session's
// Interactive lane through CommandBus (which expects the version it reads), and reports the
// course's new state, the rule it broke, or the failure. New ids are fresh UUIDs (as text).
class CourseEditor : public QObject
{
    Q_OBJECT
public:
    explicit CourseEditor(QObject* parent = nullptr);
    ~CourseEditor() override;
    void setSession(StoreSession* session);
    void setMetadata(const CommandMetadata& metadata);

    void createCourse(const QString& title, const QString& language);
    void addChapter(const QJsonValue& courseId, const QString& title);
    void addSection(const QJsonValue& courseId, const QJsonValue& chapterId, const QString& title);
    void renameSection(const QJsonValue& courseId, const QJsonValue& sectionId, const QString& title);

signals:
    // The course after the command, folded from its whole stream; `createdId` is the id of what
    // the command created (course, chapter or section), null for a rename.
    void courseChanged(const CourseState& course, const QJsonValue& createdId);
    void rejected(const QString& rule, const QString& message);
    void conflictDetected(const QString& message); // someone changed the course meanwhile: retry
    void failed(const QString& message);

private:
    void run(const QString& streamName, const CourseCommand& command, const QJsonValue& createdId);

    QPointer<StoreSession> m_session;
    CommandMetadata m_metadata;
};

} // namespace Rewind
