#include "AboutDialog.h"

#include "LibraryVersions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rewind {

AboutDialog::AboutDialog(const AboutInfo& info, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Rewind"));

    auto* title = new QLabel(QStringLiteral("<h2>Rewind %1</h2>").arg(QStringLiteral(REWIND_VERSION)), this);
    auto* description = new QLabel(tr("A window onto an event store: browse the log of an event-sourced "
                                      "platform, replay any aggregate to any moment and watch the "
                                      "projections, on SQLite or on a PostgreSQL message store "
                                      "(Message DB layout)."),
                                   this);
    description->setWordWrap(true);

    m_versions = new QFormLayout;
    addRow(tr("Rewind"), QStringLiteral(REWIND_VERSION));
    addRow(tr("Qt (running)"), QString::fromLatin1(qVersion()));
    addRow(tr("Qt (built with)"), QStringLiteral(QT_VERSION_STR));
    addRow(tr("SQLite library"), LibraryVersions::sqlite());
    addRow(tr("libpq (PostgreSQL client)"), LibraryVersions::libpq());
    QString server;
    if (info.serverBackend.isEmpty())
        server = tr("not connected");
    else if (info.serverBackend == QLatin1String("sqlite"))
        server = tr("%1, in a local file").arg(info.serverVersion); // "SQLite 3.40.1"
    else
        server = info.serverVersion; // "PostgreSQL 15.18 (Debian 15.18-0+deb12u1)"
    addRow(tr("Connected store"), server);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addLayout(m_versions);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(460, 340);
}

void AboutDialog::addRow(const QString& name, const QString& value)
{
    auto* label = new QLabel(value, this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versions->addRow(tr("%1:").arg(name), label);
    m_lines << QStringLiteral("%1: %2").arg(name, value);
}

QString AboutDialog::versionsText() const
{
    return m_lines.join(QLatin1Char('\n'));
}

} // namespace Rewind
