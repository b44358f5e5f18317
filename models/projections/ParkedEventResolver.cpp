#include "ParkedEventResolver.h"

#include "BuiltInProjections.h"
#include "EventTime.h"
#include "StoreError.h"

namespace Rewind {

namespace {

struct Outcome
{
    bool folded = false;
    QString stillFailing; // the fold threw again: why
};

} // namespace

ParkedEventResolver::ParkedEventResolver(QObject* parent) : QObject(parent) {}

ParkedEventResolver::~ParkedEventResolver()
{
    m_job.cancel();
}

void ParkedEventResolver::setSession(StoreSession* session)
{
    m_job.cancel();
    m_busy = false;
    m_session = session;
}

void ParkedEventResolver::retry(const QString& projection, qint64 globalPosition)
{
    run(projection, globalPosition, true);
}

void ParkedEventResolver::skip(const QString& projection, qint64 globalPosition)
{
    run(projection, globalPosition, false);
}

void ParkedEventResolver::run(const QString& projection, qint64 globalPosition, bool fold)
{
    if (!m_session) {
        emit failed(tr("No store is open."));
        return;
    }
    if (m_busy)
        return;
    m_busy = true;
    m_job = m_session->submit(
        StoreSession::Lane::Background, this,
        [projection, globalPosition, fold](EventStore& store, const JobControl&) {
            Outcome outcome;
            if (!fold) {
                store.resolveParkedEvent(projection, globalPosition, std::nullopt);
                return outcome;
            }
            BuiltInProjections builtIns;
            Projection* p = builtIns.byName(projection);
            std::optional<ProjectionSnapshot> saved = store.loadProjection(projection);
            if (!p || !saved || saved->codeVersion != p->codeVersion())
                throw StoreError(
                    StoreError::Kind::Conflict,
                    QStringLiteral("%1 has no state saved by this version of Rewind: rebuild it instead")
                        .arg(projection));
            p->loadState(saved->state);
            LogQuery q;
            q.afterGlobalPosition = globalPosition - 1;
            q.limit = 1;
            q.maxGapWaitMs = 0;
            // scanLog hands the event over as the runner sees it (an EventView), nothing to convert.
            bool found = false;
            store.scanLog(q, [&](const EventView& view) {
                if (view.globalPosition != globalPosition)
                    return false;
                found = true;
                try {
                    p->apply(view);
                } catch (const ProjectionError& error) {
                    outcome.stillFailing = error.reason();
                }
                return false;
            });
            if (!found)
                throw StoreError(
                    StoreError::Kind::BadInput,
                    QStringLiteral("there is no event at global position %1").arg(globalPosition));
            if (!outcome.stillFailing.isEmpty())
                return outcome;
            saved->state = p->saveState();
            saved->savedAtUs = EventTime::nowUs();
            store.resolveParkedEvent(projection, globalPosition, saved);
            outcome.folded = true;
            return outcome;
        },
        [this, projection, globalPosition](const Outcome& outcome) {
            m_busy = false;
            if (!outcome.stillFailing.isEmpty())
                emit stillFailing(projection, globalPosition, outcome.stillFailing);
            else
                emit resolved(projection, globalPosition, outcome.folded);
        },
        [this](const StoreSession::Failure& failure) {
            m_busy = false;
            emit failed(failure.message);
        });
}

} // namespace Rewind
