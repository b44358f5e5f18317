#pragma once

#include "EventView.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <stdexcept>

namespace Rewind {

// Thrown by a projection for an event it cannot fold (missing or mistyped field) or by loadState()
// for bytes it cannot read. The runner parks the event with this reason and goes on.
class ProjectionError : public std::runtime_error
{
public:
    explicit ProjectionError(const QString& reason)
        : std::runtime_error(reason.toStdString()), m_reason(reason)
    {
    }
    QString reason() const { return m_reason; }

private:
    QString m_reason;
};

// A read model: a fold over the whole log in global order with a serialisable state.
// A projection holds its state; ProjectionRunner feeds it events, saves it with its checkpoint and
// loads it back. Implementations do no I/O.
class Projection
{
public:
    virtual ~Projection() = default;

    // Stable name, as the command line and the checkpoint table know it ("question-stats").
    virtual QString name() const = 0;
    // Changes whenever what defines the output changes (the fold's source). A snapshot saved under
    // another version is discarded and the projection rebuilt.
    virtual QByteArray codeVersion() const = 0;
    // The event types apply() wants. Other events are never decoded nor passed on.
    virtual QList<QByteArray> handledTypes() const = 0;

    // Folds one event of a handled type. Throws ProjectionError when the event cannot be folded;
    // the state is then exactly as before the call (decode everything first, then change).
    virtual void apply(const EventView& event) = 0;

    // Back to the state before any event.
    virtual void reset() = 0;
    // The whole state as bytes for a snapshot, and back. loadState() replaces the state and throws
    // ProjectionError for bytes it cannot read (the runner then rebuilds).
    virtual QByteArray saveState() const = 0;
    virtual void loadState(QByteArrayView bytes) = 0;
    // A short human summary of the state for status lines ("412 questions").
    virtual QString summary() const = 0;
};

} // namespace Rewind
