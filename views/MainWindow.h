#pragma once

#include "StoreSummary.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;

namespace Rewind {

// The placeholder main window: which store Rewind is connected to and how many events it holds.
// The staff's views (browse, replay, projections, publish, timeline) come in later issues.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

public slots:
    void showLoading(const QString& address);
    void showDemoProgress(qint64 done, qint64 total);
    void showSummary(const Rewind::StoreSummary& summary);

private:
    QLabel* m_title;
    QLabel* m_store;
    QLabel* m_backend;
    QLabel* m_events;
    QLabel* m_head;
    QLabel* m_categories;
    QLabel* m_message;
    QProgressBar* m_progress;
    QLabel* m_statusStore;
};

} // namespace Rewind
