#pragma once

#include "EventStore.h"

#include <memory>

namespace Rewind {

class PostgresConnection;

// Watches the head of a PostgreSQL message store on a connection of its own by reading
// max(global_position) every PollIntervalMs: one backward step on the primary key's index, a
// fraction of a millisecond on any size of log. It never asks the server to notify: a NOTIFY sent
// from the writers' transactions would serialise every writer's commit on the cluster-wide notify
// lock, and Rewind must not slow down the services it watches. Sleeps in poll() on an eventfd, so
// that wake() ends a wait at once. Used by one thread at a time; wake() from any thread.
class PostgresHeadWatcher : public HeadWatcher
{
public:
    explicit PostgresHeadWatcher(std::unique_ptr<PostgresConnection> connection);
    ~PostgresHeadWatcher() override;

    qint64 waitForHead(qint64 knownHead, int timeoutMs) override;
    void wake() override;

    static constexpr int PollIntervalMs = 200;

private:
    qint64 readHead();
    // Sleeps until the wake descriptor is readable or `ms` passed; true when woken.
    bool sleep(int ms);

    std::unique_ptr<PostgresConnection> m_connection;
    int m_wakeFd = -1;
};

} // namespace Rewind
