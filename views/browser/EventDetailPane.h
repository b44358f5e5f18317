#pragma once

#include "RecordedEvent.h"
#include "StoreJob.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Rewind {

class EventTableModel;
class JsonTreeModel;
class StoreSession;

// One event in full: its fields, data and metadata as JSON trees, and its relatives as
// RelatedEvents finds them: the events that share its correlation (correlationId, or Eventide's
// correlationStreamName), the event that caused it and the first messages of its reply stream. The
// correlation search runs on the background lane (it scans the log where nothing indexes it).
class EventDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetailPane(QWidget* parent = nullptr);
    ~EventDetailPane() override;

    void setSession(StoreSession* session);
    void showEvent(const std::optional<RecordedEvent>& event);
    std::optional<RecordedEvent> event() const { return m_event; }
    EventTableModel* correlatedModel() const { return m_correlated; }
    JsonTreeModel* dataModel() const { return m_dataModel; }
    JsonTreeModel* metadataModel() const { return m_metadataModel; }

signals:
    void replayRequested(const QString& stream);
    void browseStreamRequested(const QString& stream);
    void globalPositionRequested(qint64 globalPosition);

private:
    void copyJson();
    void loadRelatives();

    StoreSession* m_session = nullptr;
    std::optional<RecordedEvent> m_event;
    QLabel* m_header;
    QTabWidget* m_tabs;
    JsonTreeModel* m_dataModel;
    JsonTreeModel* m_metadataModel;
    QTreeView* m_dataTree;
    QTreeView* m_metadataTree;
    EventTableModel* m_correlated;
    QTableView* m_correlatedTable;
    QLabel* m_correlationLabel;
    QLabel* m_cause;
    QLabel* m_repliesLabel;
    QListWidget* m_replies;
    QPushButton* m_copy;
    QPushButton* m_replay;
    QPushButton* m_browseStream;
    StoreJob m_causeJob;
};

} // namespace Rewind
