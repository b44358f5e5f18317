#include "ReconnectBackoff.h"

#include <algorithm>

namespace Rewind {

ReconnectBackoff::ReconnectBackoff(int firstMs, int capMs)
    : m_firstMs(std::max(1, firstMs)), m_capMs(std::max(m_firstMs, capMs)), m_nextMs(m_firstMs)
{
}

int ReconnectBackoff::nextDelayMs()
{
    const int delay = m_nextMs;
    ++m_failures;
    // Doubling in 64 bits: a long outage must not overflow into a negative pause.
    m_nextMs = int(std::min<long long>(2LL * m_nextMs, m_capMs));
    return delay;
}

void ReconnectBackoff::reset()
{
    m_failures = 0;
    m_nextMs = m_firstMs;
}

} // namespace Rewind
