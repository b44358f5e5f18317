#include "MainWindow.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Rewind {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_title(new QLabel(this)), m_store(new QLabel(this)), m_backend(new QLabel(this)),
      m_events(new QLabel(this)), m_head(new QLabel(this)), m_categories(new QLabel(this)),
      m_message(new QLabel(this)), m_progress(new QProgressBar(this)), m_statusStore(new QLabel(this))
{
    setWindowTitle(tr("Rewind"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_title->setText(tr("Rewind — event store"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto* form = new QFormLayout;
    form->addRow(tr("Store:"), m_store);
    form->addRow(tr("Backend:"), m_backend);
    form->addRow(tr("Events:"), m_events);
    form->addRow(tr("Head position:"), m_head);
    form->addRow(tr("Categories:"), m_categories);
    for (QLabel* value : {m_store, m_backend, m_events, m_head, m_categories})
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_store->setObjectName(QStringLiteral("storeValue"));
    m_backend->setObjectName(QStringLiteral("backendValue"));
    m_events->setObjectName(QStringLiteral("eventsValue"));
    m_head->setObjectName(QStringLiteral("headValue"));
    m_categories->setObjectName(QStringLiteral("categoriesValue"));
    m_message->setObjectName(QStringLiteral("message"));
    layout->addLayout(form);

    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->addWidget(m_statusStore, 1);
    resize(760, 420);
}

void MainWindow::showLoading(const QString& address)
{
    m_store->setText(address);
    m_message->setText(tr("Reading the store…"));
    m_statusStore->setText(address);
}

void MainWindow::showDemoProgress(qint64 done, qint64 total)
{
    m_message->setText(tr("Creating the demo store on this first start…"));
    m_progress->setVisible(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
}

void MainWindow::showSummary(const StoreSummary& summary)
{
    const QLocale locale;
    m_progress->setVisible(false);
    m_store->setText(summary.address);
    m_statusStore->setText(summary.address);
    if (!summary.error.isEmpty()) {
        m_message->setText(tr("Could not read the store: %1").arg(summary.error));
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        return;
    }
    m_message->clear();
    m_message->setStyleSheet({});
    m_backend->setText(summary.backend == QLatin1String("sqlite")
                           ? tr("SQLite (%1)").arg(summary.serverVersion)
                           : tr("PostgreSQL (%1)").arg(summary.serverVersion));
    m_events->setText(locale.toString(summary.eventCount));
    m_head->setText(locale.toString(summary.headPosition));
    m_categories->setText(locale.toString(summary.categoryCount));
}

} // namespace Rewind
