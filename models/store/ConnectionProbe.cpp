#include "ConnectionProbe.h"

#include "AsyncTask.h"
#include "ConnectionWarnings.h"
#include "EventStoreFactory.h"
#include "StoreAddress.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Rewind {

ConnectionProbe::ConnectionProbe(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<ProbeResult>();
}

QString ConnectionProbe::withConnectTimeout(const QString& address, int seconds)
{
    const StoreAddress parsed = StoreAddress::parse(address);
    if (parsed.backend() != StoreAddress::Backend::Postgres)
        return address;
    const QString text = parsed.conninfo();
    const QString value = QString::number(seconds);
    if (text.contains(QLatin1String("://"))) {
        QUrl url(text);
        QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("connect_timeout")))
            return address;
        query.addQueryItem(QStringLiteral("connect_timeout"), value);
        url.setQuery(query);
        return url.toString(QUrl::FullyEncoded);
    }
    static const QRegularExpression given(QStringLiteral(R"((^|\s)connect_timeout\s*=)"));
    if (text.contains(given))
        return address;
    return text + QStringLiteral(" connect_timeout=") + value;
}

ProbeResult ConnectionProbe::probe(const QString& address)
{
    ProbeResult r;
    r.address = address;
    const StoreAddress parsed = StoreAddress::parse(address);
    r.shownAddress = parsed.isValid() ? parsed.display() : address.trimmed();
    QElapsedTimer clock;
    clock.start();
    try {
        // MustExist: testing a SQLite path must never leave a new file behind.
        const auto store =
            EventStoreFactory::open(withConnectTimeout(address), EventStoreFactory::Mode::MustExist);
        r.reachable = true;
        r.backend = store->backendName();
        r.serverVersion = store->serverVersion();
        r.role = store->sessionUser();
        r.hasSchema = store->hasSchema();
        r.security = store->security();
        r.warnings = ConnectionWarnings::forSecurity(r.security);
        if (r.backend == QLatin1String("postgresql")) {
            const QString passwordFile =
                ConnectionWarnings::passwordFileWarning(ConnectionWarnings::passwordFilePath());
            if (!passwordFile.isEmpty())
                r.warnings.prepend(passwordFile);
        }
        if (r.hasSchema) {
            r.headPosition = store->headPosition();
            r.access = store->access();
        }
    } catch (const StoreError& e) {
        r.errorKind = e.kind();
        r.error = e.message();
    } catch (const std::exception& e) {
        r.error = QString::fromLocal8Bit(e.what());
    }
    r.elapsedMs = clock.elapsed();
    return r;
}

void ConnectionProbe::start(const QString& address)
{
    ++m_running;
    runAsync(
        this, [address] { return probe(address); },
        [this](const ProbeResult& result) {
            --m_running;
            emit finished(result);
        });
}

} // namespace Rewind
