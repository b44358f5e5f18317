#include "StoreSession.h"

#include "HeadWatchThread.h"

namespace Rewind {

StoreSession::StoreSession(const QString& address, QObject* parent)
    : QObject(parent), m_address(address), m_interactive(new StoreWorker(address)),
      m_background(new StoreWorker(address))
{
    m_interactiveThread.setObjectName(QStringLiteral("store-interactive"));
    m_backgroundThread.setObjectName(QStringLiteral("store-background"));
    m_interactive->moveToThread(&m_interactiveThread);
    m_background->moveToThread(&m_backgroundThread);
    // The workers close their connections on their own threads.
    connect(&m_interactiveThread, &QThread::finished, m_interactive, &QObject::deleteLater);
    connect(&m_backgroundThread, &QThread::finished, m_background, &QObject::deleteLater);
    m_interactiveThread.start();
    m_backgroundThread.start();
}

StoreSession::~StoreSession()
{
    stopWatchingHead();
    for (StoreWorker* w : {m_interactive, m_background})
        w->interruptAll();
    m_interactiveThread.quit();
    m_backgroundThread.quit();
    m_interactiveThread.wait();
    m_backgroundThread.wait();
}

void StoreSession::startWatchingHead(qint64 knownHead)
{
    if (m_headWatch)
        return;
    m_headWatch = new HeadWatchThread(m_address, knownHead, this);
    connect(m_headWatch, &HeadWatchThread::headMoved, this, &StoreSession::headMoved);
    connect(m_headWatch, &HeadWatchThread::watchStarted, this, &StoreSession::headWatchStarted);
    m_headWatch->start();
}

void StoreSession::stopWatchingHead()
{
    if (!m_headWatch)
        return;
    m_headWatch->stop();
    m_headWatch->wait();
    delete m_headWatch;
    m_headWatch = nullptr;
}

bool StoreSession::isWatchingHead() const
{
    return m_headWatch != nullptr;
}

} // namespace Rewind
