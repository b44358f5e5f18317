#pragma once

#include "ReplayState.h"
#include "StoreJob.h"
#include "StreamOutline.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace Rewind {

class EventStore;
class StoreSession;

// Moves through one stream's history for the replay view. Opening a stream reads its outline; asking
// for a position folds the aggregate there (StreamReplayer, from the nearest snapshot) and the one
// before, and reports the state with the paths the event changed. All of it runs on the session's
// interactive lane. A slider dragged across thousands of positions must not queue thousands of
// replays: at most one replay runs and one waits; a newer request replaces the waiting one, and the
// result of a replay that a newer request superseded is dropped.
class StreamReplayCursor : public QObject
{
    Q_OBJECT
public:
    static constexpr int TimeSamples = 64;

    explicit StreamReplayCursor(QObject* parent = nullptr);
    ~StreamReplayCursor() override;

    void setSession(StoreSession* session);
    StoreSession* session() const;

    // Forgets the current stream and reads the outline of `stream`: streamOpened or failed.
    void openStream(const QString& stream);
    void close();
    QString stream() const { return m_outline.stream; }
    const StreamOutline& outline() const { return m_outline; }
    bool isOpen() const { return m_open; }

    // The state after the event at `position` (clamped to the stream): stateReady or failed.
    void requestState(qint64 position);
    // The position of the last event at or before `timeUs` (-1 when the stream starts later):
    // positionFound or failed. A newer request cancels an older one.
    void locateTime(qint64 timeUs);

    bool isBusy() const { return m_running.has_value(); }
    std::optional<qint64> wantedPosition() const { return m_wanted; }
    int replaysStarted() const { return m_replaysStarted; }

    // Searches positions 0..version for the last event with time <= timeUs with one indexed read per
    // probe; exact when times rise with the position. -1 when the first event is later.
    static qint64 lastPositionAtOrBefore(EventStore& store, const QString& stream, qint64 version,
                                         qint64 timeUs);

signals:
    void streamOpened(const Rewind::StreamOutline& outline);
    void stateReady(const Rewind::ReplayState& state);
    void positionFound(qint64 timeUs, qint64 position);
    void failed(const QString& message);

private:
    void startReplay(qint64 position);
    void replayFinished();

    QPointer<StoreSession> m_session;
    StreamOutline m_outline;
    bool m_open = false;
    quint64 m_generation = 0;
    StoreJob m_openJob;
    StoreJob m_replayJob;
    StoreJob m_locateJob;
    std::optional<qint64> m_running; // the position being replayed now
    std::optional<qint64> m_waiting; // the newest request not yet started
    std::optional<qint64> m_wanted;  // the newest request: the only result worth showing
    int m_replaysStarted = 0;
};

} // namespace Rewind
