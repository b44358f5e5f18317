#pragma once

#include "EventStore.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;
class QTreeView;

namespace Rewind {

class EventDetailPane;
class EventFilterBar;
class EventTableModel;
class EventTableView;
class StoreSession;
class StreamTreeModel;

// Developers' window onto the log: scopes (whole log, category, stream) on the left, filters and a
// jump box above a lazily loaded table, the selected event's details on the right. Every read runs
// on the session's worker threads; the table shows placeholders until its pages arrive.
class EventBrowserView : public QWidget
{
    Q_OBJECT
public:
    explicit EventBrowserView(QWidget* parent = nullptr);
    ~EventBrowserView() override;

    void setSession(StoreSession* session);
    EventTableModel* tableModel() const { return m_model; }
    StreamTreeModel* scopeModel() const { return m_scopes; }
    // The table itself (a window of the model's rows) and the widget that scrolls it over all of them.
    QTableView* table() const;
    EventTableView* eventTable() const { return m_table; }
    EventDetailPane* detailPane() const { return m_detail; }
    LogQuery currentQuery() const;

public slots:
    void showWholeLog();
    void showCategory(const QString& category);
    void showStream(const QString& stream);
    void jumpTo(const QString& positionOrTime);
    void setLive(bool live);

signals:
    void replayRequested(const QString& stream);
    void liveChanged(bool live);
    void statusMessage(const QString& message);

private:
    void applyQuery();
    void scopeActivated(const QModelIndex& index);
    void rowSelected();
    void updateCount(qint64 rows, bool complete);
    void exportEvents();

    StoreSession* m_session = nullptr;
    StreamTreeModel* m_scopes;
    EventTableModel* m_model;
    QTreeView* m_tree;
    EventFilterBar* m_filters;
    QLineEdit* m_jump;
    QToolButton* m_live;
    QPushButton* m_export;
    QLabel* m_scopeLabel;
    QLabel* m_count;
    QLabel* m_message;
    EventTableView* m_table;
    EventDetailPane* m_detail;
    LogQuery m_scope; // category / streamName only
    bool m_followTail = false;
};

} // namespace Rewind
