#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Rewind {

// The stores opened last, most recent first, kept in QSettings under "recentStores". Never a
// password: addresses are stripped of theirs before they are written (libpq finds it again in
// ~/.pgpass, the service file or PGPASSWORD).
class RecentStores
{
public:
    static constexpr int MaxCount = 10;

    // The application's settings (organisation and application name as main() sets them).
    RecentStores();
    // Settings of the caller's choosing (tests: an INI file in a temporary directory); not owned.
    explicit RecentStores(QSettings* settings);
    ~RecentStores();
    RecentStores(const RecentStores&) = delete;
    RecentStores& operator=(const RecentStores&) = delete;

    QStringList addresses() const;
    // Puts the address first, password-free; an earlier entry for the same store goes, and the list
    // keeps MaxCount entries. Relative SQLite paths become absolute. Invalid addresses are ignored.
    void add(const QString& address);
    void remove(const QString& address);
    void clear();

    // The form an address is kept in: password-free, SQLite paths absolute; empty when invalid.
    static QString normalized(const QString& address);

private:
    void write(const QStringList& addresses);

    std::unique_ptr<QSettings> m_owned;
    QSettings* m_settings;
};

} // namespace Rewind
