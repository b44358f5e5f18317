#include "MainWindow.h"

#include "AboutDialog.h"
#include "AccessDescription.h"
#include "CommandBus.h"
#include "ConnectionDialog.h"
#include "ConnectionWarnings.h"
#include "DomainCommand.h"
#include "EventBrowserView.h"
#include "ProjectionStateView.h"
#include "ProjectionsView.h"
#include "PublishingView.h"
#include "RecentStores.h"
#include "ReplayView.h"
#include "StoreErrorText.h"
#include "StoreSession.h"
#include "StoreSummaryLoader.h"
#include "TimelineView.h"
#include "UiLanguage.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Rewind {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_browser(new EventBrowserView(this)), m_replay(nullptr), m_welcome(new QLabel(this)),
      m_demoProgress(new QProgressBar(this)), m_statusStore(new QLabel(this)), m_statusRole(new QLabel(this)),
      m_statusHead(new QLabel(this)), m_statusLive(new QLabel(this)), m_loader(new StoreSummaryLoader(this))
{
    setWindowTitle(tr("Rewind"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages->setObjectName(QStringLiteral("pages"));

    // Until a store is open, the browse page says what is happening.
    auto* browsePage = new QStackedWidget(this);
    browsePage->setObjectName(QStringLiteral("browsePage"));
    auto* waiting = new QWidget(browsePage);
    auto* waitingLayout = new QVBoxLayout(waiting);
    m_welcome->setObjectName(QStringLiteral("message"));
    m_welcome->setWordWrap(true);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoProgress->setVisible(false);
    m_demoProgress->setRange(0, 1000);
    waitingLayout->addStretch();
    waitingLayout->addWidget(m_welcome);
    waitingLayout->addWidget(m_demoProgress);
    waitingLayout->addStretch();
    browsePage->addWidget(waiting);
    browsePage->addWidget(m_browser);

    m_replay = new ReplayView(this);
    m_timeline = new TimelineView(this);
    m_publishing = new PublishingView(this);
    m_projections = new ProjectionsView(this);
    m_projectionStates = new ProjectionStateView(this);
    auto* projectionsPage = new QTabWidget(this);
    projectionsPage->setObjectName(QStringLiteral("projectionsPage"));
    projectionsPage->addTab(m_projections, tr("Status and lag"));
    projectionsPage->addTab(m_projectionStates, tr("States"));
    const struct
    {
        QString name;
        QWidget* page;
    } pages[] = {
        {tr("Browse"), browsePage},    {tr("Replay"), m_replay},     {tr("Projections"), projectionsPage},
        {tr("Publish"), m_publishing}, {tr("Timeline"), m_timeline},
    };
    for (const auto& p : pages) {
        m_navigation->addItem(p.name);
        m_pages->addWidget(p.page);
    }
    m_navigation->setCurrentRow(0);
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 36);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();

    connect(m_loader, &StoreSummaryLoader::demoProgress, this, &MainWindow::showDemoProgress);
    connect(m_loader, &StoreSummaryLoader::summaryLoaded, this, &MainWindow::summaryLoaded);
    connect(m_browser, &EventBrowserView::liveChanged, this, &MainWindow::updateLive);
    // From a timeline entry to the event in the browser, or to its quiz replayed at that moment.
    connect(m_timeline, &TimelineView::openEventRequested, this, [this](qint64 globalPosition) {
        showPage(Page::Browse);
        m_browser->showWholeLog();
        m_browser->jumpTo(QString::number(globalPosition));
    });
    connect(m_timeline, &TimelineView::replayQuizRequested, this,
            [this](const QString& stream, qint64 position) {
                showPage(Page::Replay);
                m_replay->openStream(stream, position);
            });
    connect(m_projections, &ProjectionsView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
    connect(m_publishing, &PublishingView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
    connect(m_browser, &EventBrowserView::replayRequested, this, [this](const QString& stream) {
        showPage(Page::Replay);
        m_replay->openStream(stream);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 820);
}

MainWindow::~MainWindow()
{
    // Views hold the session's jobs; they go first, then the session joins its threads.
    m_browser->setSession(nullptr);
    m_replay->setSession(nullptr);
    m_projections->setSession(nullptr);
    m_projectionStates->setSession(nullptr);
    m_timeline->setSession(nullptr);
    m_publishing->setSession(nullptr);
    delete m_session;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open store…"), this, &MainWindow::chooseStore);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    const QStringList names{tr("&Browse"), tr("&Replay"), tr("&Projections"), tr("P&ublish"),
                            tr("&Timeline")};
    for (int i = 0; i < names.size(); ++i) {
        QAction* action = go->addAction(names.at(i), this, [this, i] { showPage(Page(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    // The language is read once at start (app/main.cpp): a choice takes effect at the next start,
    // which the menu says, rather than half the window switching language.
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(language);
    QSettings settings;
    const QString chosen = UiLanguage::chosen(settings);
    for (const QString& code : QStringList{QString()} + UiLanguage::available()) {
        QAction* action = language->addAction(UiLanguage::nativeName(code));
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings s;
            UiLanguage::choose(s, code);
            statusBar()->showMessage(tr("The language changes the next time Rewind starts."), 15'000);
        });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Rewind"), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_statusStore->setObjectName(QStringLiteral("statusStore"));
    m_statusRole->setObjectName(QStringLiteral("statusRole"));
    m_statusHead->setObjectName(QStringLiteral("statusHead"));
    m_statusLive->setObjectName(QStringLiteral("statusLive"));
    statusBar()->addWidget(m_statusStore, 1);
    m_statusLink = new QLabel(this);
    m_statusLink->setObjectName(QStringLiteral("statusLink"));
    m_statusWarnings = new QLabel(this);
    m_statusWarnings->setObjectName(QStringLiteral("statusWarnings"));
    m_statusWarnings->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_statusWarnings->setVisible(false);
    statusBar()->addPermanentWidget(m_statusWarnings);
    statusBar()->addPermanentWidget(m_statusLink);
    statusBar()->addPermanentWidget(m_statusRole);
    statusBar()->addPermanentWidget(m_statusHead);
    statusBar()->addPermanentWidget(m_statusLive);
    m_statusLive->setText(tr("not live"));
}

QWidget* MainWindow::page(Page page) const
{
    return m_pages->widget(int(page));
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::openStore(const QString& address, bool createDemo)
{
    m_browser->setSession(nullptr);
    m_replay->setSession(nullptr);
    m_projections->setSession(nullptr);
    m_projectionStates->setSession(nullptr);
    m_timeline->setSession(nullptr);
    m_publishing->setSession(nullptr);
    delete m_session;
    m_session = nullptr;
    static_cast<QStackedWidget*>(page(Page::Browse))->setCurrentIndex(0);
    m_welcome->setStyleSheet({});
    m_welcome->setText(tr("Opening %1…").arg(address));
    m_statusStore->setText(address);
    m_statusRole->clear();
    m_statusHead->clear();
    m_statusLink->clear();
    m_statusWarnings->clear();
    m_statusWarnings->setVisible(false);
    m_openingAddress = address;
    m_loader->load(address, createDemo);
}

void MainWindow::showDemoProgress(qint64 done, qint64 total)
{
    m_welcome->setText(tr("Creating the demo store on this first start…"));
    m_demoProgress->setVisible(true);
    m_demoProgress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
}

void MainWindow::summaryLoaded(const StoreSummary& summary)
{
    m_demoProgress->setVisible(false);
    m_summary = summary;
    m_statusStore->setText(summary.address);
    if (!summary.error.isEmpty()) {
        m_welcome->setText(tr("Could not open the store.\n%1\n\nUse File ▸ Open store… to choose another.")
                               .arg(StoreErrorText::from(summary.error, summary.address).text()));
        m_welcome->setStyleSheet(QStringLiteral("color: #b00020"));
        emit storeFailed(summary.error);
        return;
    }
    m_statusStore->setText(tr("%1 — %2").arg(summary.address, summary.serverVersion));
    showWarnings(summary);
    updateHead(summary.headPosition);
    setWindowTitle(tr("Rewind — %1").arg(summary.address));

    // The summary's address is for display (no password); the session connects with what was given.
    m_session = new StoreSession(m_openingAddress, this);
    connect(m_session, &StoreSession::headMoved, this, &MainWindow::updateHead);
    connect(m_session, &StoreSession::headWatchStarted, this, [this] { updateLive(m_live); });
    // The server may drop the connection (a restart, pg_terminate_backend): the session retries
    // with growing pauses and the live tail resumes from its last safe position.
    connect(m_session, &StoreSession::connectionLost, this, [this](const QString& message, int retryInMs) {
        const QString seconds = QLocale().toString(retryInMs / 1000.0, 'f', 1);
        m_statusLive->setText(tr("reconnecting in %1 s…").arg(seconds));
        m_statusLive->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_statusLive->setToolTip(message);
        statusBar()->showMessage(
            tr("Lost the connection to the store; trying again in %1 s. (%2)").arg(seconds, message));
    });
    connect(m_session, &StoreSession::connectionRestored, this, [this] {
        m_statusLive->setToolTip({});
        updateLive(m_live);
        statusBar()->showMessage(tr("The connection to the store is back."), 10'000);
    });
    m_session->startWatchingHead(summary.headPosition);
    m_browser->setSession(m_session);
    m_replay->setSession(m_session);
    m_projections->setSession(m_session);
    m_projectionStates->setSession(m_session);
    m_timeline->setSession(m_session);
    m_publishing->setSession(m_session);
    applyAccess(summary);
    RecentStores().add(m_openingAddress);
    rebuildRecentMenu();
    static_cast<QStackedWidget*>(page(Page::Browse))->setCurrentIndex(1);
    emit storeOpened(summary);
}

void MainWindow::applyAccess(const StoreSummary& summary)
{
    const StoreAccess& access = summary.access;
    const QString rights = AccessDescription::rights(access);
    m_statusRole->setText(summary.role.isEmpty() ? tr("SQLite file: %1").arg(rights)
                                                 : tr("role %1 (%2)").arg(summary.role, rights));

    // Hide what the role may not do; the database refuses it regardless.
    // The same categories `init --roles` lets editors write.
    const QStringList content = DomainCommands::contentCategories();
    const bool mayPublish = std::all_of(content.cbegin(), content.cend(), [&access](const QString& category) {
        return access.canAppendTo(category + QStringLiteral("-1"));
    });
    m_publishing->setReadOnly(AccessDescription::publishingReadOnlyReason(access, summary.role, mayPublish));
    CommandMetadata metadata;
    metadata.role = access.role == StoreAccess::Role::Owner ? QStringLiteral("editor")
                                                            : StoreAccess::roleKey(access.role);
    metadata.appVersion = QCoreApplication::applicationVersion();
    m_publishing->setMetadata(metadata);
    m_projections->setAccess(access);
}

void MainWindow::showWarnings(const StoreSummary& summary)
{
    m_statusLink->setText(summary.backend == QLatin1String("postgresql")
                              ? ConnectionWarnings::linkText(summary.security)
                              : QString());
    m_statusLink->setVisible(!m_statusLink->text().isEmpty());
    if (summary.warnings.isEmpty()) {
        m_statusWarnings->setVisible(false);
        return;
    }
    m_statusWarnings->setText(tr("⚠ %n warning(s)", nullptr, int(summary.warnings.size())));
    m_statusWarnings->setToolTip(summary.warnings.join(QStringLiteral("\n\n")));
    m_statusWarnings->setVisible(true);
    statusBar()->showMessage(summary.warnings.first(), 20'000);
}

void MainWindow::updateHead(qint64 head)
{
    m_statusHead->setText(tr("head %1").arg(QLocale().toString(head)));
}

void MainWindow::updateLive(bool live)
{
    m_live = live;
    if (m_session && m_session->isConnectionLost())
        return; // the reconnect message stays until the connection is back
    m_statusLive->setStyleSheet({});
    if (!live)
        m_statusLive->setText(tr("not live"));
    else
        m_statusLive->setText(tr("● live (polling)"));
}

void MainWindow::chooseStore()
{
    ConnectionDialog dialog(this);
    dialog.setRecentAddresses(RecentStores().addresses());
    if (!m_openingAddress.isEmpty())
        dialog.setAddress(RecentStores::normalized(m_openingAddress));
    if (dialog.exec() == QDialog::Accepted)
        openStore(dialog.chosenAddress());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentStores().addresses();
    for (const QString& address : recent)
        m_recentMenu->addAction(address, this, [this, address] { openStore(address); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAbout()
{
    AboutInfo info;
    if (m_session) {
        info.serverBackend = m_summary.backend;
        info.serverVersion = m_summary.serverVersion;
    }
    AboutDialog dialog(info, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace Rewind
