#pragma once

#include "EventStore.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Rewind {

// What one replay gave: the state as `rewind replay` prints it, and how it got there.
struct ReplayOutcome
{
    QByteArray json;
    qint64 eventsFolded = 0;      // events applied by this replay, after the snapshot if one was used
    qint64 snapshotPosition = -1; // stream position of the snapshot the replay started from; -1: none
    // The session's role may not read Rewind's snapshots (schema rewind): replayed from the first
    // event, which gives the same state, only slower.
    bool snapshotsDenied = false;
};

// Replays one stream's aggregate from a store, starting from the nearest aggregate
// snapshot when there is one, and takes those snapshots. The folds stay pure; reading and writing
// the store happens only here.
class StreamReplayer
{
public:
    static constexpr int PageSize = 10'000;

    explicit StreamReplayer(EventStore& store);

    // The state after the events at positions <= untilPosition, or with times <= untilTimeUs, or
    // after every event when neither is given. A snapshot changes how fast, never what.
    ReplayOutcome replay(const QString& stream, std::optional<qint64> untilPosition,
                         std::optional<qint64> untilTimeUs, bool useSnapshots);

    // Folds the whole stream once and saves a snapshot after every `every` events (after positions
    // every-1, 2*every-1, …). Returns how many were saved.
    int snapshot(const QString& stream, int every);

private:
    EventStore& m_store;
};

} // namespace Rewind
