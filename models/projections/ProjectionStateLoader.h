#pragma once

#include "ContentCatalogProjection.h"
#include "QuestionStatsProjection.h"
#include "StoreJob.h"
#include "StudentProgressProjection.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Rewind {

class StoreSession;

// Loads the current state of one built-in projection for the state browsers, off the UI thread: on
// the session's background lane it starts from the saved snapshot when its code version matches,
// catches up to the head in memory (persist=false: a browser must never write to the store, and may
// run beside `rewind projections run`) and hands the values back with the checkpoint they hold.
class ProjectionStateLoader : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        QuestionStats,
        StudentProgress,
        ContentCatalog,
    };

    explicit ProjectionStateLoader(Kind kind, QObject* parent = nullptr);
    ~ProjectionStateLoader() override;

    Kind kind() const { return m_kind; }
    // The projection's name as the store and the command line know it ("question-stats").
    QString projectionName() const;

    // Cancels a load in progress; nullptr: nothing to load from.
    void setSession(StoreSession* session);
    StoreSession* session() const;
    // Starts a load; one still running is cancelled and its result dropped.
    void load();
    void cancel();
    bool isLoading() const { return m_loading; }

signals:
    void questionStatsLoaded(const QList<Rewind::QuestionStatsProjection::Question>& questions,
                             qint64 checkpoint);
    void studentProgressLoaded(const QList<Rewind::StudentProgressProjection::Student>& students,
                               qint64 checkpoint);
    void contentCatalogLoaded(const QList<Rewind::ContentCatalogProjection::Course>& courses,
                              qint64 checkpoint);
    // Folded up to `checkpoint` of `head` events so far.
    void progressed(qint64 checkpoint, qint64 head);
    void loadFailed(const QString& message);

private:
    template <class P, class Values>
    void submit(Values (P::*values)() const, void (ProjectionStateLoader::*loaded)(const Values&, qint64));
    void finish();

    Kind m_kind;
    QPointer<StoreSession> m_session;
    StoreJob m_job;
    bool m_loading = false;
};

} // namespace Rewind
