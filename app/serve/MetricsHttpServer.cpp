#include "MetricsHttpServer.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Rewind {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    }
    return "Error";
}

MetricsHttpServer::Response plain(int status, const QByteArray& text)
{
    return {status, "text/plain; charset=utf-8", text + '\n'};
}

} // namespace

MetricsHttpServer::MetricsHttpServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsHttpServer::accept);
}

void MetricsHttpServer::route(const QByteArray& path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

bool MetricsHttpServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

void MetricsHttpServer::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto received = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
            received->append(socket->readAll());
            if (answer(socket, *received))
                disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
        });
        // A client that never finishes its request must not hold a socket forever.
        QTimer::singleShot(RequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

bool MetricsHttpServer::answer(QTcpSocket* socket, const QByteArray& received)
{
    qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        headEnd = received.indexOf("\n\n"); // bare line feeds, as some hand-typed clients send
    if (headEnd < 0) {
        if (received.size() <= MaxRequestBytes)
            return false;
        send(socket, plain(431, "request too large"));
        return true;
    }
    const qsizetype lineEnd = received.indexOf('\n');
    const QList<QByteArray> parts = received.left(lineEnd).trimmed().split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.") || !parts[1].startsWith('/')) {
        send(socket, plain(400, "malformed request line"));
        return true;
    }
    QByteArray path = parts[1];
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    const auto route = m_routes.constFind(path);
    if (route == m_routes.cend()) {
        send(socket, plain(404, "not found: " + path));
        return true;
    }
    if (parts[0] != "GET") {
        send(socket, plain(405, "only GET is supported"), "Allow: GET\r\n");
        return true;
    }
    send(socket, (*route)());
    return true;
}

void MetricsHttpServer::send(QTcpSocket* socket, const Response& response, const QByteArray& extraHeaders)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += extraHeaders;
    out += "Connection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost(); // after the bytes written are sent
}

} // namespace Rewind
