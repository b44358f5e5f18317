#include "ProjectionStateLoader.h"

#include "ProjectionRunner.h"
#include "StoreSession.h"

#include <atomic>
#include <utility>

namespace Rewind {

ProjectionStateLoader::ProjectionStateLoader(Kind kind, QObject* parent) : QObject(parent), m_kind(kind) {}

ProjectionStateLoader::~ProjectionStateLoader()
{
    m_job.cancel();
}

QString ProjectionStateLoader::projectionName() const
{
    switch (m_kind) {
    case Kind::QuestionStats:
        return QuestionStatsProjection().name();
    case Kind::StudentProgress:
        return StudentProgressProjection().name();
    case Kind::ContentCatalog:
        return ContentCatalogProjection().name();
    }
    return {};
}

void ProjectionStateLoader::setSession(StoreSession* session)
{
    cancel();
    m_session = session;
}

StoreSession* ProjectionStateLoader::session() const
{
    return m_session.data();
}

void ProjectionStateLoader::cancel()
{
    m_job.cancel();
    m_job = {};
    m_loading = false;
}

void ProjectionStateLoader::finish()
{
    m_job = {};
    m_loading = false;
}

void ProjectionStateLoader::load()
{
    cancel();
    if (!m_session) {
        emit loadFailed(tr("No store is open."));
        return;
    }
    switch (m_kind) {
    case Kind::QuestionStats:
        submit(&QuestionStatsProjection::questions, &ProjectionStateLoader::questionStatsLoaded);
        break;
    case Kind::StudentProgress:
        submit(&StudentProgressProjection::students, &ProjectionStateLoader::studentProgressLoaded);
        break;
    case Kind::ContentCatalog:
        submit(&ContentCatalogProjection::courses, &ProjectionStateLoader::contentCatalogLoaded);
        break;
    }
}

template <class P, class Values>
void ProjectionStateLoader::submit(Values (P::*values)() const,
                                   void (ProjectionStateLoader::*loaded)(const Values&, qint64))
{
    struct Result
    {
        Values values;
        qint64 checkpoint = 0;
    };
    m_loading = true;
    m_job = m_session->submit(
        StoreSession::Lane::Background, this,
        [values](EventStore& store, const JobControl& control) {
            P projection;
            ProjectionRunnerOptions options;
            options.persist = false;
            ProjectionRunner runner(store, {&projection}, options);
            runner.start();
            // The runner polls the job's cancel flag between events; a statement in progress is
            // interrupted by the cancel itself.
            runner.catchUp([&](const ProjectionProgress& p) { control.progress(p.checkpoint, p.target); },
                           control.cancelFlag());
            return Result{(projection.*values)(), runner.checkpointOf(projection.name())};
        },
        [this, loaded](Result result) {
            finish();
            emit(this->*loaded)(result.values, result.checkpoint);
        },
        [this](const StoreSession::Failure& failure) {
            finish();
            emit loadFailed(failure.message);
        },
        [this](qint64 checkpoint, qint64 head) { emit progressed(checkpoint, head); });
}

} // namespace Rewind
