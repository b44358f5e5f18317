#pragma once

namespace Rewind {

// The pauses between attempts to reach a store that stopped answering: the first retry comes
// soon (a terminated backend is usually back at once), each further one waits twice as long, up
// to a cap, so that a server that stays down is not hammered; a success starts over.
class ReconnectBackoff
{
public:
    static constexpr int DefaultFirstMs = 500;
    static constexpr int DefaultCapMs = 30000;

    // `firstMs` is clamped to at least 1 and `capMs` to at least `firstMs`.
    explicit ReconnectBackoff(int firstMs = DefaultFirstMs, int capMs = DefaultCapMs);

    // Records a failed attempt; returns how long to wait before the next one.
    int nextDelayMs();
    // Records a success: the next failure waits `firstMs` again.
    void reset();
    // Failed attempts since the last success.
    int failures() const { return m_failures; }

private:
    int m_firstMs;
    int m_capMs;
    int m_failures = 0;
    int m_nextMs;
};

} // namespace Rewind
