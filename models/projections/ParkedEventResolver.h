#pragma once

#include "StoreSession.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Rewind {

// Deals with one event a projection parked, on the session's background lane:
//  - retry: the saved state is loaded, the event folded into it, and the state saved with the event
//    no longer parked (one transaction). A fold that throws again leaves everything as it was;
//  - skip: the event is no longer listed as parked; the state stays as it is (it went past it).
// A state saved meanwhile under another code version, or rebuilt, is not overwritten.
class ParkedEventResolver : public QObject
{
    Q_OBJECT
public:
    explicit ParkedEventResolver(QObject* parent = nullptr);
    ~ParkedEventResolver() override;

    void setSession(StoreSession* session);
    void retry(const QString& projection, qint64 globalPosition);
    void skip(const QString& projection, qint64 globalPosition);
    bool isBusy() const { return m_busy; }

signals:
    void resolved(const QString& projection, qint64 globalPosition, bool folded);
    void stillFailing(const QString& projection, qint64 globalPosition, const QString& reason);
    void failed(const QString& message);

private:
    void run(const QString& projection, qint64 globalPosition, bool fold);

    QPointer<StoreSession> m_session;
    StoreJob m_job;
    bool m_busy = false;
};

} // namespace Rewind
