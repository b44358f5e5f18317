#pragma once

#include "StoreSummary.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;

namespace Rewind {

class EventBrowserView;
class ReplayView;
class ProjectionsView;
class ProjectionStateView;
class PublishingView;
class TimelineView;
class StoreSession;
class StoreSummaryLoader;

// The staff's window: a navigation for their jobs (Browse, Replay, Projections, Publish, Timeline),
// the store it is connected to in the status bar, and the menus to open another store and to see
// the versions in use. Opening a store reads its summary off the UI thread, then hands a
// StoreSession (worker threads with their own connections) to every view.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page
    {
        Browse,
        Replay,
        Projections,
        Publish,
        Timeline
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // `createDemo`: the address is the default demo file, generated on this first start if missing.
    void openStore(const QString& address, bool createDemo = false);
    StoreSession* session() const { return m_session; }
    EventBrowserView* browser() const { return m_browser; }
    ReplayView* replay() const { return m_replay; }
    ProjectionsView* projections() const { return m_projections; }
    ProjectionStateView* projectionStates() const { return m_projectionStates; }
    TimelineView* timeline() const { return m_timeline; }
    PublishingView* publishing() const { return m_publishing; }
    QWidget* page(Page page) const;
    void showPage(Page page);
    Page currentPage() const;

public slots:
    void chooseStore();
    void showAbout();

signals:
    void storeOpened(const Rewind::StoreSummary& summary);
    void storeFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar();
    void applyAccess(const StoreSummary& summary);
    void showWarnings(const StoreSummary& summary);
    void rebuildRecentMenu();
    void summaryLoaded(const StoreSummary& summary);
    void showDemoProgress(qint64 done, qint64 total);
    void updateHead(qint64 head);
    void updateLive(bool live);

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    EventBrowserView* m_browser;
    ReplayView* m_replay;
    ProjectionsView* m_projections;
    ProjectionStateView* m_projectionStates;
    TimelineView* m_timeline;
    PublishingView* m_publishing;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_welcome;
    QProgressBar* m_demoProgress;
    QLabel* m_statusStore;
    QLabel* m_statusRole;
    QLabel* m_statusHead;
    QLabel* m_statusLive;
    QLabel* m_statusLink = nullptr;     // the connection's encryption
    QLabel* m_statusWarnings = nullptr; // warnings about the link, password file, server durability
    StoreSummaryLoader* m_loader;
    StoreSession* m_session = nullptr;
    StoreSummary m_summary;
    QString m_openingAddress;
    bool m_live = false;
};

} // namespace Rewind
