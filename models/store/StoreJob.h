#pragma once

#include "JobControl.h"

#include <QPointer>

#include <memory>

namespace Rewind {

class StoreWorker;

// A handle on a submitted job: cancel() drops its result and stops it as soon as it can. Copies share
// the job; a default-constructed handle refers to none.
class StoreJob
{
public:
    StoreJob() = default;
    bool isValid() const { return bool(m_control); }
    bool isCancelled() const { return m_control && m_control->cancelled(); }
    void cancel() const;

private:
    friend class StoreSession;
    // Out of line: QPointer needs StoreWorker complete, and this header only declares it.
    StoreJob(std::shared_ptr<JobControl> control, StoreWorker* worker);
    std::shared_ptr<JobControl> m_control;
    QPointer<StoreWorker> m_worker;
};

} // namespace Rewind
