#pragma once

#include "StoreAccess.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QValueAxis;

namespace Rewind {

class ParkedEventResolver;
class ParkedEventsModel;
class ProjectionMonitor;
class ProjectionRebuilder;
class ProjectionsTableModel;
class StoreSession;

// Every projection's status and lag on one screen: the store's built-in projections, `rewind
// serve` instances added by URL and Eventide consumers found in the store, in one table; their lag
// and throughput over time as charts (sampled every second, the last 24 hours kept in the store);
// for the selected one, its snapshot, its parked events and a rebuild with progress and cancel.
class ProjectionsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectionsView(QWidget* parent = nullptr);
    ~ProjectionsView() override;

    void setSession(StoreSession* session);
    // What the session's role may do: without write access to Rewind's tables, Rebuild, Retry and
    // Skip are hidden and the lag history is read but not written.
    void setAccess(const StoreAccess& access);
    ProjectionMonitor* monitor() const { return m_monitor; }
    ProjectionsTableModel* tableModel() const { return m_model; }
    void addServeInstance(const QString& url); // as typed: errors are shown beside the box

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Charted
    {
        QLineSeries* lag = nullptr;
        QLineSeries* rate = nullptr;
    };

    void projectionsUpdated();
    void redrawCharts();
    void selectionChanged();
    QString selectedKey() const;
    void rebuildSelected();
    void rebuildEnded(const QString& message);
    void resolveSelectedParked(bool retry);
    void updateParkedButtons();

    StoreSession* m_session = nullptr;
    ProjectionMonitor* m_monitor;
    ProjectionsTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    ProjectionRebuilder* m_rebuilder;
    ParkedEventsModel* m_parked;
    QLineEdit* m_serveUrl;
    QPushButton* m_addServe;
    QPushButton* m_removeServe;
    QLabel* m_serveError;
    QLabel* m_historyNote;
    QTableView* m_table;
    QComboBox* m_range;
    QChart* m_lagChart;
    QChart* m_rateChart;
    QDateTimeAxis* m_lagTime;
    QValueAxis* m_lagValue;
    QDateTimeAxis* m_rateTime;
    QValueAxis* m_rateValue;
    QHash<QString, Charted> m_series;
    QLabel* m_details;
    QPushButton* m_rebuild;
    QPushButton* m_cancelRebuild;
    QProgressBar* m_progress;
    QLabel* m_rebuildMessage;
    QTableView* m_parkedTable;
    QLabel* m_parkedCount;
    ParkedEventResolver* m_resolver;
    QPushButton* m_retryParked;
    QPushButton* m_skipParked;
    bool m_canWrite = true; // the role may write Rewind's tables (StoreAccess)
};

} // namespace Rewind
