#include "Decision.h"

namespace Rewind {

Decision Decision::accept(QList<DecidedEvent> events)
{
    Decision d;
    d.m_events = std::move(events);
    return d;
}

Decision Decision::reject(QString rule, QString message)
{
    Decision d;
    d.m_rejection = Rejection{std::move(rule), std::move(message)};
    return d;
}

} // namespace Rewind
