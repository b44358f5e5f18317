#pragma once

#include <QObject>

#include <csignal>

class QSocketNotifier;

namespace Rewind {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop, so that what follows (stopping the
// projector, saving) runs as ordinary code rather than in a signal handler: the handler only writes
// the signal's number to a pipe that a QSocketNotifier watches. One instance at a time; the
// previous handlers come back when it is destroyed.
class TerminationSignal : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignal(QObject* parent = nullptr);
    ~TerminationSignal() override;

    bool isInstalled() const { return m_notifier != nullptr; }

signals:
    void received(int signalNumber);

private:
    void readPipe();

    QSocketNotifier* m_notifier = nullptr;
    struct sigaction m_previousTerm
    {
    };
    struct sigaction m_previousInt
    {
    };
};

} // namespace Rewind
