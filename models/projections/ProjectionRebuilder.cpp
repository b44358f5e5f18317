#include "ProjectionRebuilder.h"

#include "BuiltInProjections.h"
#include "ProjectionRunner.h"
#include "StoreError.h"
#include "StoreSession.h"

namespace Rewind {

namespace {

struct RebuildResult
{
    qint64 checkpoint = 0;
    bool cancelled = false;
};

} // namespace

ProjectionRebuilder::ProjectionRebuilder(QObject* parent) : QObject(parent) {}

ProjectionRebuilder::~ProjectionRebuilder()
{
    m_job.cancel();
}

void ProjectionRebuilder::setSession(StoreSession* session)
{
    m_job.cancel();
    m_running.clear();
    m_session = session;
}

void ProjectionRebuilder::rebuild(const QString& projection)
{
    if (!m_session) {
        emit failed(projection, tr("No store is open."));
        return;
    }
    if (isRunning())
        return;
    if (!BuiltInProjections().byName(projection)) {
        emit failed(projection, tr("%1 is not a projection Rewind runs.").arg(projection));
        return;
    }
    m_running = projection;
    m_job = m_session->submit(
        StoreSession::Lane::Background, this,
        [projection](EventStore& store, const JobControl& control) {
            BuiltInProjections builtIns;
            ProjectionRunnerOptions options;
            options.rebuild = true;
            ProjectionRunner runner(store, {builtIns.byName(projection)}, options);
            runner.start();
            RebuildResult result;
            try {
                runner.catchUp([&](const ProjectionProgress& p) { control.progress(p.checkpoint, p.target); },
                               control.cancelFlag());
            } catch (const StoreError& e) {
                if (e.kind() != StoreError::Kind::Cancelled)
                    throw;
                result.cancelled = true; // the runner saved what it had applied
            }
            result.checkpoint = runner.checkpointOf(projection);
            return result;
        },
        [this, projection](const RebuildResult& result) {
            m_running.clear();
            if (result.cancelled)
                emit cancelled(projection);
            else
                emit rebuilt(projection, result.checkpoint);
        },
        [this, projection](const StoreSession::Failure& failure) {
            m_running.clear();
            emit failed(projection, failure.message);
        },
        [this](qint64 checkpoint, qint64 target) { emit progressed(checkpoint, target); });
}

void ProjectionRebuilder::cancel()
{
    if (!isRunning())
        return;
    // A cancelled job's answer is dropped, so the cancel is reported here. The runner sees the
    // flag between events and saves what it applied; a statement in progress is interrupted.
    const QString projection = m_running;
    m_job.cancel();
    m_running.clear();
    emit cancelled(projection);
}

} // namespace Rewind
