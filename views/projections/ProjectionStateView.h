#pragma once

#include "ProjectionStateLoader.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Rewind {

class ContentCatalogView;
class QuestionStatsView;
class StoreSession;
class StudentProgressView;

// The states of the built-in projections, one tab each: question-stats, student-progress and
// content-catalog. Each is loaded in the background from its snapshot and caught up to the head in
// memory (the view never writes to the store); a progress line says how far each load is, and
// Reload loads them again at the head as it is then.
class ProjectionStateView : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        QuestionStatsTab,
        StudentProgressTab,
        ContentCatalogTab,
        TabCount
    };

    explicit ProjectionStateView(QWidget* parent = nullptr);

    // Starts loading every state; nullptr clears nothing but stops the loads.
    void setSession(StoreSession* session);
    StoreSession* session() const { return m_session.data(); }
    void reload();
    bool isLoading() const;

    QTabWidget* tabs() const { return m_tabs; }
    QuestionStatsView* questionStatsView() const { return m_questionStats; }
    StudentProgressView* studentProgressView() const { return m_studentProgress; }
    ContentCatalogView* contentCatalogView() const { return m_contentCatalog; }
    QString progressText() const;

signals:
    // Every state asked for has arrived or failed.
    void statesLoaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Load
    {
        ProjectionStateLoader* loader = nullptr;
        enum class Status
        {
            Idle,
            Loading,
            Loaded,
            Failed
        } status = Status::Idle;
        qint64 checkpoint = 0;
        qint64 head = 0;
        QString error;
    };

    void loaded(Tab tab, qint64 checkpoint);
    void failed(Tab tab, const QString& message);
    void showProgress();

    QPointer<StoreSession> m_session;
    bool m_loadWhenShown = false; // each load reads the log: not for a page nobody opened
    Load m_loads[TabCount];
    QTabWidget* m_tabs;
    QuestionStatsView* m_questionStats;
    StudentProgressView* m_studentProgress;
    ContentCatalogView* m_contentCatalog;
    QLabel* m_progress;
    QPushButton* m_reload;
};

} // namespace Rewind
