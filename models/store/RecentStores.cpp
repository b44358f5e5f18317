#include "RecentStores.h"

#include "StoreAddress.h"

#include <QFileInfo>
#include <QSettings>

namespace Rewind {

namespace {
const QString key = QStringLiteral("recentStores");
}

RecentStores::RecentStores() : m_owned(std::make_unique<QSettings>()), m_settings(m_owned.get()) {}

RecentStores::RecentStores(QSettings* settings) : m_settings(settings) {}

RecentStores::~RecentStores() = default;

QString RecentStores::normalized(const QString& address)
{
    const StoreAddress parsed = StoreAddress::parse(address);
    if (parsed.backend() == StoreAddress::Backend::Sqlite)
        return StoreAddress::parse(QStringLiteral("sqlite:") +
                                   QFileInfo(parsed.sqlitePath()).absoluteFilePath())
            .withoutPassword();
    return parsed.withoutPassword();
}

QStringList RecentStores::addresses() const
{
    QStringList list = m_settings->value(key).toStringList();
    // Whatever another version (or a hand-edited file) left there is cleaned on the way out too.
    QStringList clean;
    for (const QString& a : std::as_const(list)) {
        const QString n = normalized(a);
        if (!n.isEmpty() && !clean.contains(n))
            clean << n;
    }
    return clean.mid(0, MaxCount);
}

void RecentStores::add(const QString& address)
{
    const QString n = normalized(address);
    if (n.isEmpty())
        return;
    QStringList list = addresses();
    list.removeAll(n);
    list.prepend(n);
    write(list.mid(0, MaxCount));
}

void RecentStores::remove(const QString& address)
{
    QStringList list = addresses();
    list.removeAll(normalized(address));
    write(list);
}

void RecentStores::clear()
{
    m_settings->remove(key);
    m_settings->sync();
}

void RecentStores::write(const QStringList& addresses)
{
    m_settings->setValue(key, addresses);
    // Written now, not at exit: a crash must not lose the list, and tests read the file.
    m_settings->sync();
}

} // namespace Rewind
