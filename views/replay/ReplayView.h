#pragma once

#include "ReplayState.h"
#include "StreamOutline.h"

#include <QPointer>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;

namespace Rewind {

class DateTickStrip;
class JsonTreeModel;
class StoreSession;
class StreamEventsModel;
class StreamReplayCursor;

// Time travel over one stream: pick a stream, move along its events with a slider (date ticks
// under it), a position box or a date-time picker, step or play, and see the aggregate's state after
// that event as a JSON tree with what the event changed highlighted, beside the stream's events. All
// of these move together. Every store call goes through the session's workers; errors show in
// words in the view.
class ReplayView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PlayIntervalMs = 400;

    explicit ReplayView(QWidget* parent = nullptr);
    ~ReplayView() override;

    void setSession(StoreSession* session); // nullptr: nothing to replay
    StoreSession* session() const;
    // Opens at `atPosition` once the stream is read; -1: at its end, where its current state is.
    void openStream(const QString& stream, qint64 atPosition = -1);

    QString stream() const;
    qint64 version() const; // -1 when no stream is open
    qint64 position() const { return m_position; }
    bool isPlaying() const;
    QString errorText() const;

    StreamReplayCursor* cursor() const { return m_cursor; }
    JsonTreeModel* stateModel() const { return m_stateModel; }
    StreamEventsModel* eventsModel() const { return m_eventsModel; }

public slots:
    void setPosition(qint64 position);
    void stepBack();
    void stepForward();
    void setPlaying(bool playing);

signals:
    void streamOpened(const QString& stream, qint64 version);
    void positionChanged(qint64 position);
    // The state tree shows the state after `position`.
    void stateShown(qint64 position);
    void errorShown(const QString& message);

private:
    void openFromEdit();
    void outlineLoaded(const StreamOutline& outline);
    void showState(const ReplayState& state);
    void positionLocated(qint64 timeUs, qint64 position);
    void timeEdited();
    void showError(const QString& message);
    void clearError();
    void setControlsEnabled(bool enabled);
    void updateStepButtons();
    void playTick();
    QStringList expandedPaths() const;
    void restoreExpanded(const QStringList& paths);

    QPointer<StoreSession> m_session;
    StreamReplayCursor* m_cursor;
    JsonTreeModel* m_stateModel;
    StreamEventsModel* m_eventsModel;
    qint64 m_position = -1;
    qint64 m_openAt = -1;
    bool m_syncing = false; // true while the view moves its own widgets

    QLineEdit* m_streamEdit;
    QPushButton* m_openButton;
    QLabel* m_streamInfo;
    QLabel* m_error;
    QToolButton* m_stepBack;
    QToolButton* m_play;
    QToolButton* m_stepForward;
    QSlider* m_slider;
    DateTickStrip* m_ticks;
    QSpinBox* m_positionSpin;
    QDateTimeEdit* m_timeEdit;
    QLabel* m_stateInfo;
    QTreeView* m_stateTree;
    QTableView* m_eventsTable;
    QTimer* m_playTimer;
};

} // namespace Rewind
