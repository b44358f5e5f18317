#include "StreamReplayCursor.h"

#include "AggregateFold.h"
#include "StoreSession.h"
#include "StreamReplayer.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace Rewind {

namespace {

qint64 timeAt(EventStore& store, const QString& stream, qint64 position)
{
    const QList<RecordedEvent> events = store.readStream(stream, position, 1);
    if (events.isEmpty())
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("event %1 of %2 is missing").arg(position).arg(stream));
    return events.first().timeUs;
}

StreamOutline readOutline(EventStore& store, const QString& stream, const JobControl& control)
{
    StreamOutline outline;
    outline.stream = stream;
    outline.version = store.streamVersion(stream);
    if (outline.version < 0)
        return outline;
    const qint64 count = outline.version + 1;
    const int samples = int(std::min<qint64>(count, StreamReplayCursor::TimeSamples));
    for (int i = 0; i < samples && !control.cancelled(); ++i) {
        // Evenly spread, always including the first and the last event.
        const qint64 position = samples == 1 ? 0 : outline.version * i / (samples - 1);
        outline.samples.append({position, timeAt(store, stream, position)});
    }
    if (!outline.samples.isEmpty()) {
        outline.firstTimeUs = outline.samples.first().timeUs;
        outline.lastTimeUs = outline.samples.last().timeUs;
    }
    return outline;
}

ReplayState replayAt(EventStore& store, const QString& stream, qint64 position)
{
    QElapsedTimer timer;
    timer.start();
    ReplayState state;
    state.stream = stream;
    state.position = position;
    const QList<RecordedEvent> event = store.readStream(stream, position, 1);
    if (event.isEmpty())
        throw StoreError(StoreError::Kind::Database,
                         QStringLiteral("event %1 of %2 is missing").arg(position).arg(stream));
    state.event = event.first();
    StreamReplayer replayer(store);
    const ReplayOutcome now = replayer.replay(stream, position, std::nullopt, true);
    const QByteArray before = position > 0 ? replayer.replay(stream, position - 1, std::nullopt, true).json
                                           : AggregateFold(stream).toJson();
    state.json = now.json;
    state.eventsFolded = now.eventsFolded;
    state.snapshotPosition = now.snapshotPosition;
    state.document = QJsonDocument::fromJson(now.json);
    const QJsonDocument previous = QJsonDocument::fromJson(before);
    state.changes = JsonDiff::compare(previous.isObject() ? QJsonValue(previous.object()) : QJsonValue(),
                                      QJsonValue(state.document.object()));
    state.elapsedUs = timer.nsecsElapsed() / 1000;
    return state;
}

} // namespace

StreamReplayCursor::StreamReplayCursor(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<StreamOutline>();
    qRegisterMetaType<ReplayState>();
}

StreamReplayCursor::~StreamReplayCursor()
{
    m_openJob.cancel();
    m_replayJob.cancel();
    m_locateJob.cancel();
}

StoreSession* StreamReplayCursor::session() const
{
    return m_session;
}

void StreamReplayCursor::setSession(StoreSession* session)
{
    if (m_session == session)
        return;
    close();
    m_session = session;
}

void StreamReplayCursor::close()
{
    ++m_generation;
    m_openJob.cancel();
    m_replayJob.cancel();
    m_locateJob.cancel();
    m_running.reset();
    m_waiting.reset();
    m_wanted.reset();
    m_outline = {};
    m_open = false;
}

void StreamReplayCursor::openStream(const QString& stream)
{
    close();
    const QString name = stream.trimmed();
    if (!m_session) {
        emit failed(tr("No store is open."));
        return;
    }
    if (name.isEmpty()) {
        emit failed(tr("Type the name of a stream, for example quiz-123 or question-42."));
        return;
    }
    const quint64 generation = m_generation;
    m_openJob = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [name](EventStore& store, const JobControl& control) { return readOutline(store, name, control); },
        [this, generation](StreamOutline outline) {
            if (generation != m_generation)
                return;
            if (outline.version < 0) {
                emit failed(tr("The stream “%1” has no events.").arg(outline.stream));
                return;
            }
            m_outline = std::move(outline);
            m_open = true;
            emit streamOpened(m_outline);
        },
        [this, generation](const StoreSession::Failure& failure) {
            if (generation == m_generation)
                emit failed(tr("Could not open the stream: %1").arg(failure.message));
        });
}

void StreamReplayCursor::requestState(qint64 position)
{
    if (!m_open || !m_session)
        return;
    position = std::clamp<qint64>(position, 0, m_outline.version);
    m_wanted = position;
    if (m_running) {
        m_waiting = position; // replaces whatever waited before
        return;
    }
    startReplay(position);
}

void StreamReplayCursor::startReplay(qint64 position)
{
    m_running = position;
    m_waiting.reset();
    ++m_replaysStarted;
    const quint64 generation = m_generation;
    const QString stream = m_outline.stream;
    m_replayJob = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [stream, position](EventStore& store, const JobControl&) {
            return replayAt(store, stream, position);
        },
        [this, generation](ReplayState state) {
            if (generation != m_generation)
                return;
            const bool current = !m_waiting && m_wanted == state.position;
            replayFinished();
            if (current)
                emit stateReady(state);
        },
        [this, generation](const StoreSession::Failure& failure) {
            if (generation != m_generation)
                return;
            const bool current = !m_waiting;
            replayFinished();
            if (current)
                emit failed(tr("Could not replay the stream: %1").arg(failure.message));
        });
}

void StreamReplayCursor::replayFinished()
{
    m_running.reset();
    if (m_waiting)
        startReplay(*m_waiting);
}

void StreamReplayCursor::locateTime(qint64 timeUs)
{
    if (!m_open || !m_session)
        return;
    m_locateJob.cancel();
    const quint64 generation = m_generation;
    const QString stream = m_outline.stream;
    const qint64 version = m_outline.version;
    m_locateJob = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [stream, version, timeUs](EventStore& store, const JobControl&) {
            return lastPositionAtOrBefore(store, stream, version, timeUs);
        },
        [this, generation, timeUs](qint64 position) {
            if (generation == m_generation)
                emit positionFound(timeUs, position);
        },
        [this, generation](const StoreSession::Failure& failure) {
            if (generation == m_generation)
                emit failed(tr("Could not find that time in the stream: %1").arg(failure.message));
        });
}

qint64 StreamReplayCursor::lastPositionAtOrBefore(EventStore& store, const QString& stream, qint64 version,
                                                  qint64 timeUs)
{
    // Invariant: every position < low is at or before timeUs, every position > high is after it.
    qint64 low = 0;
    qint64 high = version;
    while (low <= high) {
        const qint64 middle = low + (high - low) / 2;
        if (timeAt(store, stream, middle) <= timeUs)
            low = middle + 1;
        else
            high = middle - 1;
    }
    return high;
}

} // namespace Rewind
