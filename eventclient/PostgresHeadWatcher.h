#pragma once

#include "EventStore.h"

#include <memory>

namespace Rewind {

class PostgresConnection;

// Watches the head of a PostgreSQL message store on a connection of its own. Where `rewind init`
// installed its trigger, the watcher LISTENs on channel rewind_head and sleeps in poll() on the
// connection's socket and an eventfd (for wake()); without the trigger it reads the head every
// 500 ms. Used by one thread at a time; wake() from any thread.
class PostgresHeadWatcher : public HeadWatcher
{
public:
    explicit PostgresHeadWatcher(std::unique_ptr<PostgresConnection> connection);
    ~PostgresHeadWatcher() override;

    qint64 waitForHead(qint64 knownHead, int timeoutMs) override;
    bool isPushed() const override { return m_pushed; }
    void wake() override;

    static constexpr int PollIntervalMs = 500;

private:
    qint64 readHead();
    // Sleeps until the socket or the wake descriptor is readable or `ms` passed; true when woken.
    bool sleep(int ms, bool watchSocket);
    // Reads what the socket holds; true when a notification came.
    bool takeNotifications();

    std::unique_ptr<PostgresConnection> m_connection;
    int m_wakeFd = -1;
    bool m_pushed = false;
};

} // namespace Rewind
