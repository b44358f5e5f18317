#pragma once

#include "QuestionDocument.h"
#include "StoreWorker.h" // StoreJob, inside QuestionDocument, needs it complete

#include <QFrame>
#include <QStringList>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Rewind {

// Shown above the editor's fields when a save met another editor's change: who changed the
// question and when, event by event with the new value; theirs and mine side by side for each
// aspect that differs; and the two ways out. Neither loses anything: their events are in the store,
// and mine stay on the undo stack (reload) or are appended on top of theirs (re-apply).
class ConflictPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ConflictPanel(QWidget* parent = nullptr);

    void showConflict(const QuestionConflict& conflict);
    const QuestionConflict& conflict() const { return m_conflict; }
    void setBusy(bool busy); // the buttons wait while a store call runs

    // "<user> changed this question at <time>: <change>", one per event of theirs.
    QStringList eventLines() const;
    QListWidget* eventList() const { return m_events; }
    // One row per aspect that differs: aspect | theirs | yours.
    QTableWidget* comparison() const { return m_comparison; }
    QPushButton* reloadButton() const { return m_reload; }
    QPushButton* reapplyButton() const { return m_reapply; }

signals:
    void reloadRequested();
    void reapplyRequested();

private:
    QuestionConflict m_conflict;
    QLabel* m_title = nullptr;
    QListWidget* m_events = nullptr;
    QTableWidget* m_comparison = nullptr;
    QLabel* m_same = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_reapply = nullptr;
};

} // namespace Rewind
