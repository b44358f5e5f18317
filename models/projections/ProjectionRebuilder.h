#pragma once

#include "StoreSession.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace Rewind {

class StoreSession;

// Rebuilds one built-in projection from the first event and saves it, as `rewind projections
// rebuild NAME` does (the same ProjectionRunner with rebuild set), on the session's background
// lane, with progress and cancel. A cancelled rebuild keeps what it saved along the way, as the
// command line's Ctrl-C does; the next run goes on from there.
class ProjectionRebuilder : public QObject
{
    Q_OBJECT
public:
    explicit ProjectionRebuilder(QObject* parent = nullptr);
    ~ProjectionRebuilder() override;

    void setSession(StoreSession* session);
    void rebuild(const QString& projection);
    void cancel();
    bool isRunning() const { return !m_running.isEmpty(); }
    QString running() const { return m_running; }

signals:
    void progressed(qint64 checkpoint, qint64 target);
    void rebuilt(const QString& projection, qint64 checkpoint);
    void cancelled(const QString& projection);
    void failed(const QString& projection, const QString& message);

private:
    QPointer<StoreSession> m_session;
    StoreJob m_job;
    QString m_running;
};

} // namespace Rewind
