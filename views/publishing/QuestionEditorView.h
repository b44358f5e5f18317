#pragma once

#include "CommandBus.h"
#include "QuestionAggregate.h"
#include "QuestionDocument.h"
#include "QuestionDraft.h"
#include "QuestionRules.h"
#include "StoreWorker.h" // StoreJob, inside QuestionDocument, needs it complete

#include <QJsonValue>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace Rewind {

class AnswerListEditor;
class ConflictPanel;
class QuestionHistoryView;
class QuestionPreview;
class StoreSession;

// The question editor: text, answers with their correct marks and explanation; the publication
// rules checked while typing and shown below the field they concern; Save, Publish, Retire through
// QuestionDocument, each appending with the version the editor loaded; undo and redo of unsaved
// edits; the conflict panel when another editor got there first; the history with restore; and a
// preview as a student would see the question.
//
// Undo and saving: every edit is a QuestionEditCommand on undoStack(). A successful save, publish,
// retire, restore or re-apply clears the stack, so undo can never bring back, as an unsaved edit,
// a content the store already has. "Reload theirs" after a conflict is itself an undoable command:
// Undo brings one's own edits back, unsaved, on top of their version.
class QuestionEditorView : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionEditorView(QWidget* parent = nullptr);
    ~QuestionEditorView() override;

    void setSession(StoreSession* session); // nullptr: nothing open, fields disabled
    void setMetadata(const CommandMetadata& metadata);
    // Non-empty: the session's role may not change content; the reason is shown above the
    // fields, which stay readable, and every command is off. The database refuses anyway.
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    void openQuestion(const QString& questionId);
    void newQuestion(const QJsonValue& courseId,
                     const QJsonValue& sectionId); // drafts an empty question at once
    bool hasUnsavedChanges() const;
    void discardChanges(); // back to the loaded content (undoable)
    QuestionDocument* document() const { return m_document; }
    QUndoStack* undoStack() const { return m_undoStack; }

    bool isQuestionOpen() const { return m_open; }
    QuestionDraft currentDraft() const { return m_shown; }
    QList<RuleProblem> problems() const { return m_problems; }

    // The widgets, for the page and for tests.
    QPlainTextEdit* textEdit() const { return m_text; }
    AnswerListEditor* answerEditor() const { return m_answers; }
    QPlainTextEdit* explanationEdit() const { return m_explanation; }
    QLabel* textProblemLabel() const { return m_textProblems; }
    QLabel* answerProblemLabel() const { return m_answerProblems; }
    QLabel* explanationProblemLabel() const { return m_explanationProblems; }
    QLabel* headerLabel() const { return m_header; }
    QLabel* retiredLabel() const { return m_retiredLine; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* retireButton() const { return m_retire; }
    QPushButton* discardButton() const { return m_discard; }
    QToolButton* undoButton() const { return m_undoButton; }
    QToolButton* redoButton() const { return m_redoButton; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    QTabWidget* tabs() const { return m_tabs; }
    ConflictPanel* conflictPanel() const { return m_conflict; }
    QuestionHistoryView* historyView() const { return m_history; }
    QuestionPreview* preview() const { return m_preview; }

public slots:
    void save();
    void publish();
    void retire(const QString& reason); // without asking (tests, scripts)
    void retireWithDialog();            // asks the reason first
    void reloadTheirs();
    void reapplyMine();
    void restoreRevision(qint64 position);

signals:
    // After load, save, publish, retire, restore, reload.
    void questionChanged(const Rewind::QuestionState& state);
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Pending
    {
        None,
        Open,
        New,
        Save,
        Publish,
        Retire,
        Restore,
        Reload,
        Reapply,
    };

    QuestionDraft draftFromFields() const;
    // Shows `draft` in the fields without recording an edit; the undo commands call it.
    void applyDraft(const QuestionDraft& draft);
    void fieldEdited(const QString& what, int mergeId);
    void refresh();
    void updateProblems();
    void updateHeader();
    void updateEnabled();
    void showStatus(const QString& message);
    bool isRetired() const;
    QString retireReason() const;
    void start(Pending pending);

    void onLoaded();
    void onSaved(int eventsWritten);
    void onRejected(const QString& rule, const QString& message);
    void onConflict(const QuestionConflict& conflict);
    void onFailed(const QString& message);

    QuestionDocument* m_document = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QPointer<StoreSession> m_session;
    bool m_open = false;
    bool m_applying = false;
    Pending m_pending = Pending::None;
    QuestionDraft m_shown; // what the fields show, as the undo stack knows it
    QList<RuleProblem> m_problems;
    QString m_rejectedRule; // the store's last refusal, shown at its field until the next edit
    QString m_rejectedMessage;

    QLabel* m_header = nullptr;
    QLabel* m_retiredLine = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_discard = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    ConflictPanel* m_conflict = nullptr;
    QPlainTextEdit* m_text = nullptr;
    AnswerListEditor* m_answers = nullptr;
    QPlainTextEdit* m_explanation = nullptr;
    QLabel* m_textProblems = nullptr;
    QLabel* m_answerProblems = nullptr;
    QLabel* m_explanationProblems = nullptr;
    QuestionPreview* m_preview = nullptr;
    QuestionHistoryView* m_history = nullptr;
    QString m_readOnlyReason;
};

} // namespace Rewind
