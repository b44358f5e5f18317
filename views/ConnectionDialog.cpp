#include "ConnectionDialog.h"

#include "RecentStores.h"
#include "StoreAddress.h"
#include "StoreErrorText.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Rewind {

ConnectionDialog::ConnectionDialog(QWidget* parent) : ConnectionDialog(RecentStores().addresses(), parent) {}

ConnectionDialog::ConnectionDialog(const QStringList& recentAddresses, QWidget* parent)
    : QDialog(parent), m_probe(new ConnectionProbe(this))
{
    buildUi();
    setRecentAddresses(recentAddresses);
    connect(m_probe, &ConnectionProbe::finished, this, &ConnectionDialog::showProbeResult);
    updateState();
}

void ConnectionDialog::buildUi()
{
    setWindowTitle(tr("Open a store"));

    m_sqliteChoice = new QRadioButton(tr("&SQLite file"), this);
    m_sqliteChoice->setObjectName(QStringLiteral("sqliteChoice"));
    m_postgresChoice = new QRadioButton(tr("&PostgreSQL"), this);
    m_postgresChoice->setObjectName(QStringLiteral("postgresChoice"));
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_sqliteChoice);
    kinds->addButton(m_postgresChoice);
    m_sqliteChoice->setChecked(true);

    m_sqlitePath = new QLineEdit(this);
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePath"));
    m_sqlitePath->setPlaceholderText(tr("/path/to/events.sqlite"));
    m_sqlitePath->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto* sqliteRow = new QHBoxLayout;
    sqliteRow->addWidget(m_sqlitePath, 1);
    sqliteRow->addWidget(m_browse);

    m_postgresAddress = new QLineEdit(this);
    m_postgresAddress->setObjectName(QStringLiteral("postgresAddress"));
    m_postgresAddress->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/dbname"));
    m_postgresAddress->setClearButtonEnabled(true);
    m_postgresHint = new QLabel(tr("A URI (postgresql://user@host:5432/dbname), a connection string "
                                   "(host=db dbname=message_store) or a service name (service=events). "
                                   "Passwords come from ~/.pgpass or PGPASSWORD; Rewind never stores them."),
                                this);
    m_postgresHint->setWordWrap(true);

    m_addressProblem = new QLabel(this);
    m_addressProblem->setObjectName(QStringLiteral("addressProblem"));
    m_addressProblem->setWordWrap(true);
    m_addressProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* where = new QGroupBox(tr("Store"), this);
    auto* whereLayout = new QVBoxLayout(where);
    whereLayout->addWidget(m_sqliteChoice);
    whereLayout->addLayout(sqliteRow);
    whereLayout->addWidget(m_postgresChoice);
    whereLayout->addWidget(m_postgresAddress);
    whereLayout->addWidget(m_postgresHint);
    whereLayout->addWidget(m_addressProblem);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setAutoDefault(false);
    // Wide enough for both of its labels, so switching to "Testing…" and back never clips it.
    {
        const QString idle = m_test->text();
        m_test->setText(tr("Testing…"));
        const int busyWidth = m_test->sizeHint().width();
        m_test->setText(idle);
        m_test->setMinimumWidth(qMax(busyWidth, m_test->sizeHint().width()));
    }
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setMinimumHeight(m_testResult->fontMetrics().lineSpacing() * 4);
    m_testResult->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // The result goes under the button, so a long message never squeezes the button's label.
    auto* testRow = new QVBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignLeft);
    testRow->addWidget(m_testResult);

    auto* recentBox = new QGroupBox(tr("Recent stores"), this);
    m_recent = new QListWidget(recentBox);
    m_recent->setObjectName(QStringLiteral("recentStores"));
    m_recent->setToolTip(tr("Double-click to open"));
    auto* recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recent);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(testRow);
    layout->addWidget(recentBox, 1);
    layout->addWidget(m_buttons);
    resize(560, 480);

    connect(m_sqliteChoice, &QRadioButton::toggled, this, &ConnectionDialog::updateState);
    connect(m_sqlitePath, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_postgresAddress, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    // Typing in a field says which kind of store is meant.
    connect(m_sqlitePath, &QLineEdit::textEdited, this, [this] { m_sqliteChoice->setChecked(true); });
    connect(m_postgresAddress, &QLineEdit::textEdited, this, [this] { m_postgresChoice->setChecked(true); });
    connect(m_browse, &QPushButton::clicked, this, &ConnectionDialog::browse);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    // A click fills the fields; a double-click (or Enter) opens. Not on the current item changing:
    // the list makes its first item current when it gets the focus, which would replace the address
    // the dialog was opened with.
    connect(m_recent, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { useRecent(item, false); });
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { useRecent(item, true); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ConnectionDialog::chosenAddress() const
{
    if (m_sqliteChoice->isChecked()) {
        const QString path = m_sqlitePath->text().trimmed();
        if (path.isEmpty())
            return {};
        // A file named like a connection string ("host=x.sqlite") is still the file the user chose.
        const StoreAddress parsed = StoreAddress::parse(path);
        return parsed.backend() == StoreAddress::Backend::Sqlite ? path : QStringLiteral("sqlite:") + path;
    }
    const QString text = m_postgresAddress->text().trimmed();
    const StoreAddress parsed = StoreAddress::parse(text);
    return parsed.backend() == StoreAddress::Backend::Postgres ? text : QString();
}

void ConnectionDialog::setAddress(const QString& address)
{
    const StoreAddress parsed = StoreAddress::parse(address);
    if (parsed.backend() == StoreAddress::Backend::Postgres) {
        m_postgresAddress->setText(address.trimmed());
        m_postgresChoice->setChecked(true);
    } else {
        m_sqlitePath->setText(parsed.backend() == StoreAddress::Backend::Sqlite ? parsed.sqlitePath()
                                                                                : address.trimmed());
        m_sqliteChoice->setChecked(true);
    }
    updateState();
}

void ConnectionDialog::setRecentAddresses(const QStringList& addresses)
{
    m_recent->clear();
    for (const QString& a : addresses) {
        const StoreAddress parsed = StoreAddress::parse(a);
        if (!parsed.isValid())
            continue;
        auto* item = new QListWidgetItem(parsed.display(), m_recent);
        item->setData(Qt::UserRole, a);
        item->setToolTip(parsed.backend() == StoreAddress::Backend::Sqlite ? tr("SQLite file")
                                                                           : tr("PostgreSQL"));
    }
    if (m_recent->count() == 0) {
        auto* none = new QListWidgetItem(tr("No stores opened yet"), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

void ConnectionDialog::useRecent(QListWidgetItem* item, bool open)
{
    const QString address = item ? item->data(Qt::UserRole).toString() : QString();
    if (address.isEmpty())
        return;
    setAddress(address);
    if (open && !chosenAddress().isEmpty() && isVisible())
        accept();
}

void ConnectionDialog::browse()
{
    const QString start = m_sqlitePath->text().trimmed().isEmpty()
                              ? QString()
                              : QFileInfo(m_sqlitePath->text().trimmed()).absolutePath();
    // An existing file only: stores are created with `rewind init`, not here.
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a SQLite store"), start, tr("SQLite stores (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    m_sqlitePath->setText(path);
    m_sqliteChoice->setChecked(true);
}

void ConnectionDialog::updateState()
{
    const bool sqlite = m_sqliteChoice->isChecked();
    // Both fields stay editable (typing in one chooses its kind); the other one is only greyed.
    m_postgresHint->setEnabled(!sqlite);

    const QString address = chosenAddress();
    QString problem;
    if (sqlite) {
        const QString path = m_sqlitePath->text().trimmed();
        if (!path.isEmpty() && !QFileInfo::exists(StoreAddress::parse(address).sqlitePath()))
            problem = tr("There is no file at this path yet. Rewind opens existing stores only; "
                         "create one with: rewind --store \"%1\" init")
                          .arg(path);
    } else {
        const QString text = m_postgresAddress->text().trimmed();
        const StoreAddress parsed = StoreAddress::parse(text);
        if (text.isEmpty())
            problem.clear();
        else if (!parsed.isValid())
            problem = tr("Not an address Rewind understands: %1").arg(parsed.error());
        else if (parsed.backend() != StoreAddress::Backend::Postgres)
            problem = tr("This reads as a file path, not a PostgreSQL address. Give a URI "
                         "(postgresql://…), a connection string (host=… dbname=…) or service=NAME.");
    }
    m_addressProblem->setText(problem);
    m_addressProblem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!address.isEmpty());
    m_test->setEnabled(!address.isEmpty() && !m_probe->isRunning());
}

void ConnectionDialog::testConnection()
{
    const QString address = chosenAddress();
    if (address.isEmpty() || m_probe->isRunning())
        return;
    m_testedAddress = address;
    m_test->setText(tr("Testing…"));
    m_test->setEnabled(false);
    m_testResult->setText(
        tr("Connecting to %1…").arg(StoreAddress::parse(address).display().toHtmlEscaped()));
    m_probe->start(address);
}

void ConnectionDialog::showProbeResult(const ProbeResult& result)
{
    m_test->setText(tr("&Test connection"));
    updateState();
    const QLocale locale;
    QString html;
    // When the fields changed during the test, say which address these facts are about.
    if (result.address != chosenAddress())
        html += tr("Result for %1:").arg(result.shownAddress.toHtmlEscaped()) + QStringLiteral("<br>");
    if (result.reachable) {
        const QString& backend = result.serverVersion; // "PostgreSQL 15.18 (…)", "SQLite 3.40.1"
        html += QStringLiteral("<b>%1</b>").arg(tr("Connection works.").toHtmlEscaped()) + QLatin1Char(' ');
        html += (result.role.isEmpty()
                     ? tr("Found %1.").arg(backend)
                     : tr("Found %1, connected as database role \"%2\".").arg(backend, result.role))
                    .toHtmlEscaped();
        html += QStringLiteral("<br>");
        if (!result.hasSchema) {
            const StoreErrorText missing =
                StoreErrorText::from(QStringLiteral("schema message_store is missing"),
                                     StoreAddress::parse(result.address).withoutPassword());
            html += (missing.summary() + QLatin1Char(' ') + missing.hint()).toHtmlEscaped();
        } else if (result.headPosition == 0) {
            html += tr("The message store is there and holds no events yet.").toHtmlEscaped();
        } else {
            html += tr("The message store is there; its last event is at global position %1.")
                        .arg(locale.toString(result.headPosition))
                        .toHtmlEscaped();
        }
    } else {
        const StoreErrorText plain =
            StoreErrorText::from(result.error, StoreAddress::parse(result.address).withoutPassword());
        html += QStringLiteral("<b>%1</b>").arg(plain.summary().toHtmlEscaped());
        if (!plain.hint().isEmpty())
            html += QLatin1Char(' ') + plain.hint().toHtmlEscaped();
        html += QStringLiteral("<br><small>%1</small>")
                    .arg(tr("Details: %1").arg(plain.detail()).toHtmlEscaped());
    }
    m_testResult->setText(html);
    emit testFinished(result);
}

} // namespace Rewind
