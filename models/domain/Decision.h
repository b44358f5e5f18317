#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Rewind {

// An event a decision asks to append: its type and its data as compact JSON object text. Stream,
// id and time are the caller's business, so a decision stays pure.
struct DecidedEvent
{
    QString type;
    QByteArray data;

    friend bool operator==(const DecidedEvent&, const DecidedEvent&) = default;
};

// Why a command was refused: `rule` is a stable identifier tests and callers can match on
// ("question-retired", …), `message` a sentence for an editor.
struct Rejection
{
    QString rule;
    QString message;

    friend bool operator==(const Rejection&, const Rejection&) = default;
};

// Either the events a command produces or the rule it broke, never both.
class Decision
{
public:
    static Decision accept(QList<DecidedEvent> events);
    static Decision reject(QString rule, QString message);

    bool accepted() const { return !m_rejection.has_value(); }
    const QList<DecidedEvent>& events() const { return m_events; }
    // Only meaningful when !accepted().
    const Rejection& rejection() const { return *m_rejection; }

private:
    QList<DecidedEvent> m_events;
    std::optional<Rejection> m_rejection;
};

} // namespace Rewind
