#pragma once

#include <QDialog>
#include <QString>

class QFormLayout;

namespace Rewind {

// What the About dialog says about the store the window is connected to; both empty when none.
struct AboutInfo
{
    QString serverBackend; // "sqlite" or "postgresql" (EventStore::backendName())
    QString serverVersion; // EventStore::serverVersion(): "PostgreSQL 15.18 (…)", "SQLite 3.40.1"
};

// Rewind's version and the versions of everything it runs on: Qt (run time and build time), the
// SQLite and libpq libraries, and the connected server.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const AboutInfo& info, QWidget* parent = nullptr);

    // The versions as plain text, one "name: version" a line (also what "Copy" puts on the clipboard).
    QString versionsText() const;

private:
    void addRow(const QString& name, const QString& value);

    QFormLayout* m_versions;
    QStringList m_lines;
};

} // namespace Rewind
