#pragma once

#include "CommandBus.h"
#include "QuestionAggregate.h"
#include "QuestionDraft.h"
#include "RecordedEvent.h"
#include "StoreJob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Rewind {

class StoreSession;

// What another editor changed between our load and our save.
struct QuestionConflict
{
    qint64 loadedVersion = -1;        // the version our edits were made on
    QList<RecordedEvent> theirEvents; // the stream's events after loadedVersion, metadata included
    QuestionState theirs;             // the question as it is now (all events folded)
    QuestionDraft loaded;             // what we started from
    QuestionDraft mine;               // what we tried to save
};

// One question as an editor has it open: its history as loaded, the version that every append
// expects, and the commands that save, publish, retire, reload and re-apply after a conflict. Store
// calls run on the session's Interactive lane; results arrive as signals on this object's thread.
// Every append expects loadedVersion(): a change by someone else since the load is a conflict,
// reported with what they changed, and never overwritten.
class QuestionDocument : public QObject
{
    Q_OBJECT
public:
    explicit QuestionDocument(QObject* parent = nullptr);
    ~QuestionDocument() override; // cancels what runs

    void setSession(StoreSession* session);
    // Who writes: userId empty means the store's session user (see CommandBus); role, appVersion.
    void setMetadata(const CommandMetadata& metadata);

    // Reads question-{questionId} (its whole history) and emits loaded() or failed().
    void open(const QString& questionId);
    // Drafts a new question (a fresh UUID as id) in a section, then opens it: emits loaded(), or
    // rejected()/failed().
    void draftNew(const QJsonValue& courseId, const QJsonValue& sectionId, const QuestionDraft& content);

    bool isOpen() const { return !m_questionId.isEmpty(); }
    bool isBusy() const { return m_busy; }
    QString questionId() const { return m_questionId; }
    QString streamName() const;                                       // "question-{id}"
    const QList<RecordedEvent>& history() const { return m_history; } // position order
    const QuestionState& state() const { return m_state; }            // the fold of history()
    qint64 loadedVersion() const { return m_state.version; }
    QuestionDraft loadedDraft() const { return QuestionDraft::fromState(m_state); }

    // Appends one command per changed aspect (QuestionEdits::commandsFor(loadedDraft(), edited)) as
    // one atomic batch that expects loadedVersion(). Emits saved() with the new history, or
    // rejected(), conflictDetected(), failed(). Nothing changed: emits rejected with rule
    // "nothing-changed" and appends nothing.
    void save(const QuestionDraft& edited);
    // Saves `edited` if it differs from loadedDraft(), then PublishQuestion, in one batch.
    void publish(const QuestionDraft& edited);
    void retire(const QString& reason);
    // Restores the content of an earlier revision: the commands that turn the current content into
    // the content after event `position` (new events; nothing is deleted). Same signals as save().
    void restoreRevision(qint64 position);
    // Drops our loaded history and reads the stream again (after a conflict: take theirs).
    void reload();
    // After conflictDetected(): reloads, then appends QuestionEdits::rebase(loaded, mine, theirs)
    // expecting the new version. Emits saved() (or another conflictDetected() if it moved again).
    void reapply(const QuestionConflict& conflict);

    // The question's state after the event at `position` (the fold of history() up to it).
    QuestionState stateAt(qint64 position) const;

signals:
    void loaded(const QString& questionId, qint64 version);
    void saved(qint64 version, int eventsWritten);
    void rejected(const QString& rule, const QString& message);
    void conflictDetected(const QuestionConflict& conflict);
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    // (implementation's own members)
    struct BatchRun; // what a save-like job brings back from the worker

    bool startable(bool needsOpen);
    void setBusy(bool busy);
    void adopt(const QList<RecordedEvent>& history);
    void refuseNothingChanged();
    void runBatch(const QList<QuestionCommand>& commands, const QuestionDraft& mine);
    void finishBatch(const BatchRun& run);
    void fail(const QString& message);

    QPointer<StoreSession> m_session;
    CommandMetadata m_metadata;
    QString m_questionId;
    QList<RecordedEvent> m_history;
    QuestionState m_state;
    bool m_busy = false;
    StoreJob m_job;
};

} // namespace Rewind

Q_DECLARE_METATYPE(Rewind::QuestionConflict)
