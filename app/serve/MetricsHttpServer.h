#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace Rewind {

// Just enough HTTP/1.1 for a scraper and a health check: GET of a few fixed paths, one request per
// connection (Connection: close), 200, 404 or 405 with Content-Type and Content-Length. Handlers
// run on the event loop and must answer from memory; a client that does not send a whole request
// within a few seconds is dropped.
class MetricsHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };
    using Handler = std::function<Response()>;

    explicit MetricsHttpServer(QObject* parent = nullptr);

    // `path` without a query; a request's query string is ignored.
    void route(const QByteArray& path, Handler handler);

    bool listen(const QHostAddress& address, quint16 port);
    QString errorString() const { return m_server.errorString(); }
    QHostAddress serverAddress() const { return m_server.serverAddress(); }
    quint16 serverPort() const { return m_server.serverPort(); }
    void close() { m_server.close(); }

    static constexpr int MaxRequestBytes = 8192;
    static constexpr int RequestTimeoutMs = 5000;

private:
    void accept();
    // Answers once the request's head is complete; false while more bytes are needed.
    bool answer(QTcpSocket* socket, const QByteArray& received);
    static void send(QTcpSocket* socket, const Response& response, const QByteArray& extraHeaders = {});

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
};

} // namespace Rewind
