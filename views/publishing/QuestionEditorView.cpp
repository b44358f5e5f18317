#include "QuestionEditorView.h"

#include "AnswerListEditor.h"
#include "ConflictPanel.h"
#include "QuestionAspectText.h"
#include "QuestionEditCommand.h"
#include "QuestionHistoryView.h"
#include "QuestionPreview.h"
#include "StoreSession.h"

#include <QAction>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>

namespace Rewind {

namespace {

QLabel* problemLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

// Where a rule's problem is shown; rules about the stream (nothing to publish, retired) have no
// field and go to the status line.
std::optional<RuleProblem::Field> fieldOfRule(const QString& rule)
{
    if (rule == QLatin1String("text-required"))
        return RuleProblem::Field::Text;
    if (rule == QLatin1String("correct-answer-required") ||
        rule == QLatin1String("correct-answer-not-among-answers") || rule == QLatin1String("answer-blank") ||
        rule == QLatin1String("answer-duplicate"))
        return RuleProblem::Field::Answers;
    return std::nullopt;
}

QString problemLine(const QString& message, const QString& rule)
{
    return QCoreApplication::translate("Rewind::QuestionEditorView", "%1 (rule “%2”)").arg(message, rule);
}

} // namespace

QuestionEditorView::QuestionEditorView(QWidget* parent) : QWidget(parent)
{
    m_document = new QuestionDocument(this);
    m_document->setMetadata(
        CommandMetadata{QString(), QStringLiteral("editor"), QCoreApplication::applicationVersion(), {}, {}});
    m_undoStack = new QUndoStack(this);

    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("questionHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retiredLine = new QLabel;
    m_retiredLine->setObjectName(QStringLiteral("retiredLine"));
    m_retiredLine->setWordWrap(true);
    m_retiredLine->setStyleSheet(QStringLiteral("color: #6b4e00;"));
    m_retiredLine->hide();

    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(QStringLiteral("saveQuestion"));
    m_publish = new QPushButton(tr("Publish"));
    m_publish->setObjectName(QStringLiteral("publishQuestion"));
    m_retire = new QPushButton(tr("Retire…"));
    m_retire->setObjectName(QStringLiteral("retireQuestion"));
    m_discard = new QPushButton(tr("Discard changes"));
    m_discard->setObjectName(QStringLiteral("discardChanges"));

    // Our own actions over the stack, so that they also wait while a store call runs and stay off
    // on a retired question.
    m_undoAction = new QAction(tr("Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction = new QAction(tr("Redo"), this);
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(k))
            redoKeys << k;
    }
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undoAction);
    addAction(m_redoAction);
    m_undoButton = new QToolButton;
    m_undoButton->setObjectName(QStringLiteral("undoEdit"));
    m_undoButton->setDefaultAction(m_undoAction);
    m_redoButton = new QToolButton;
    m_redoButton->setObjectName(QStringLiteral("redoEdit"));
    m_redoButton->setDefaultAction(m_redoAction);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_retire);

    m_conflict = new ConflictPanel;
    m_conflict->hide();

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setPlaceholderText(tr("The question as students read it"));
    m_text->setUndoRedoEnabled(false); // the editor's stack undoes, across fields
    m_text->setMinimumHeight(60);
    m_answers = new AnswerListEditor;
    m_answers->setObjectName(QStringLiteral("answerEditor"));
    m_explanation = new QPlainTextEdit;
    m_explanation->setObjectName(QStringLiteral("questionExplanation"));
    m_explanation->setPlaceholderText(tr("Shown to students after a wrong answer"));
    m_explanation->setUndoRedoEnabled(false);
    m_explanation->setMinimumHeight(50);
    m_textProblems = problemLabel(QStringLiteral("textProblems"));
    m_answerProblems = problemLabel(QStringLiteral("answerProblems"));
    m_explanationProblems = problemLabel(QStringLiteral("explanationProblems"));
    for (QObject* o : {static_cast<QObject*>(m_text), static_cast<QObject*>(m_explanation)})
        o->installEventFilter(this);
    m_answers->setEditEventFilter(this);

    auto* fields = new QWidget;
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addWidget(new QLabel(tr("<b>Question</b>")));
    fieldsLayout->addWidget(m_text, 2);
    fieldsLayout->addWidget(m_textProblems);
    fieldsLayout->addWidget(new QLabel(tr("<b>Answers</b> (mark the correct ones)")));
    fieldsLayout->addWidget(m_answers);
    fieldsLayout->addWidget(m_answerProblems);
    fieldsLayout->addWidget(new QLabel(tr("<b>Explanation</b>")));
    fieldsLayout->addWidget(m_explanation, 1);
    fieldsLayout->addWidget(m_explanationProblems);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    auto* editTab = new QWidget;
    auto* editLayout = new QVBoxLayout(editTab);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_conflict);
    editLayout->addWidget(scroll, 1);

    m_preview = new QuestionPreview;
    auto* previewScroll = new QScrollArea;
    previewScroll->setWidgetResizable(true);
    previewScroll->setWidget(m_preview);
    m_history = new QuestionHistoryView;

    m_tabs = new QTabWidget;
    m_tabs->addTab(editTab, tr("Edit"));
    m_tabs->addTab(previewScroll, tr("Preview"));
    m_tabs->addTab(m_history, tr("History"));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_retiredLine);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { fieldEdited(tr("Edit the text"), QuestionEditCommand::TextTyping); });
    connect(m_explanation, &QPlainTextEdit::textChanged, this,
            [this] { fieldEdited(tr("Edit the explanation"), QuestionEditCommand::ExplanationTyping); });
    connect(m_answers, &AnswerListEditor::edited, this, [this](AnswerListEditor::EditKind kind, int row) {
        if (kind == AnswerListEditor::EditKind::Typing)
            fieldEdited(tr("Edit an answer"), QuestionEditCommand::AnswerTyping + row);
        else
            fieldEdited(tr("Change the answers"), QuestionEditCommand::NoMerge);
    });

    connect(m_save, &QPushButton::clicked, this, &QuestionEditorView::save);
    connect(m_publish, &QPushButton::clicked, this, &QuestionEditorView::publish);
    connect(m_retire, &QPushButton::clicked, this, &QuestionEditorView::retireWithDialog);
    connect(m_discard, &QPushButton::clicked, this, &QuestionEditorView::discardChanges);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &QuestionEditorView::updateEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &QuestionEditorView::updateEnabled);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &QuestionEditorView::updateEnabled);
    connect(m_conflict, &ConflictPanel::reloadRequested, this, &QuestionEditorView::reloadTheirs);
    connect(m_conflict, &ConflictPanel::reapplyRequested, this, &QuestionEditorView::reapplyMine);
    connect(m_history, &QuestionHistoryView::restoreRequested, this, &QuestionEditorView::restoreRevision);

    connect(m_document, &QuestionDocument::loaded, this, &QuestionEditorView::onLoaded);
    connect(m_document, &QuestionDocument::saved, this,
            [this](qint64, int eventsWritten) { onSaved(eventsWritten); });
    connect(m_document, &QuestionDocument::rejected, this, &QuestionEditorView::onRejected);
    connect(m_document, &QuestionDocument::conflictDetected, this, &QuestionEditorView::onConflict);
    connect(m_document, &QuestionDocument::failed, this, &QuestionEditorView::onFailed);
    connect(m_document, &QuestionDocument::busyChanged, this, &QuestionEditorView::updateEnabled);

    refresh();
}

QuestionEditorView::~QuestionEditorView()
{
    // The children go after this object is no longer a QuestionEditorView: their last signals
    // (the stack's clear) must not reach our slots.
    m_undoStack->disconnect(this);
    m_document->disconnect(this);
}

void QuestionEditorView::setSession(StoreSession* session)
{
    m_session = session;
    m_document->setSession(session);
    // A new store: whatever was open belonged to the old one.
    m_open = false;
    m_pending = Pending::None;
    m_undoStack->clear();
    m_conflict->hide();
    m_rejectedRule.clear();
    m_rejectedMessage.clear();
    m_history->setHistory({});
    applyDraft(QuestionDraft());
    m_status->clear();
}

void QuestionEditorView::setMetadata(const CommandMetadata& metadata)
{
    m_document->setMetadata(metadata);
}

void QuestionEditorView::openQuestion(const QString& questionId)
{
    if (!m_session)
        return;
    start(Pending::Open);
    m_document->open(questionId);
}

void QuestionEditorView::newQuestion(const QJsonValue& courseId, const QJsonValue& sectionId)
{
    if (!m_session)
        return;
    start(Pending::New);
    m_document->draftNew(courseId, sectionId, QuestionDraft());
}

bool QuestionEditorView::hasUnsavedChanges() const
{
    return m_open && m_shown != m_document->loadedDraft();
}

void QuestionEditorView::discardChanges()
{
    if (!hasUnsavedChanges())
        return;
    m_undoStack->push(new QuestionEditCommand(tr("Discard changes"), m_shown, m_document->loadedDraft(),
                                              [this](const QuestionDraft& d) { applyDraft(d); }));
}

void QuestionEditorView::save()
{
    if (!m_open || m_document->isBusy())
        return;
    start(Pending::Save);
    m_document->save(m_shown);
}

void QuestionEditorView::publish()
{
    if (!m_open || m_document->isBusy())
        return;
    start(Pending::Publish);
    m_document->publish(m_shown);
}

void QuestionEditorView::retire(const QString& reason)
{
    if (!m_open || m_document->isBusy())
        return;
    start(Pending::Retire);
    m_document->retire(reason);
}

void QuestionEditorView::retireWithDialog()
{
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Retire question"),
                              tr("Why is this question retired? Students will no longer get it, and it "
                                 "accepts no more changes."),
                              QLineEdit::Normal, QString(), &ok);
    if (ok)
        retire(reason);
}

void QuestionEditorView::reloadTheirs()
{
    if (!m_open || m_document->isBusy())
        return;
    start(Pending::Reload);
    m_document->reload();
}

void QuestionEditorView::reapplyMine()
{
    if (!m_open || m_document->isBusy())
        return;
    QuestionConflict conflict = m_conflict->conflict();
    conflict.mine = m_shown; // including what was typed since the conflict was shown
    start(Pending::Reapply);
    m_document->reapply(conflict);
}

void QuestionEditorView::restoreRevision(qint64 position)
{
    if (!m_open || m_document->isBusy() || hasUnsavedChanges())
        return;
    start(Pending::Restore);
    m_document->restoreRevision(position);
}

void QuestionEditorView::start(Pending pending)
{
    m_pending = pending;
    m_rejectedRule.clear();
    m_rejectedMessage.clear();
    m_status->clear();
}

QuestionDraft QuestionEditorView::draftFromFields() const
{
    QuestionDraft draft;
    draft.text = m_text->toPlainText();
    draft.answers = m_answers->answers();
    draft.correctAnswers = m_answers->correctAnswers();
    draft.explanation = m_explanation->toPlainText();
    return draft;
}

void QuestionEditorView::applyDraft(const QuestionDraft& draft)
{
    m_applying = true;
    if (m_text->toPlainText() != draft.text)
        m_text->setPlainText(draft.text);
    if (m_answers->answers() != draft.answers || m_answers->correctAnswers() != draft.correctAnswers)
        m_answers->setAnswers(draft.answers, draft.correctAnswers);
    if (m_explanation->toPlainText() != draft.explanation)
        m_explanation->setPlainText(draft.explanation);
    m_applying = false;
    m_shown = draft;
    refresh();
}

void QuestionEditorView::fieldEdited(const QString& what, int mergeId)
{
    if (m_applying)
        return;
    const QuestionDraft edited = draftFromFields();
    if (edited == m_shown)
        return;
    m_rejectedRule.clear();
    m_rejectedMessage.clear();
    // The push's redo() applies what the fields show already: only m_shown and the checks move.
    m_undoStack->push(new QuestionEditCommand(
        what, m_shown, edited, [this](const QuestionDraft& d) { applyDraft(d); }, mergeId));
}

bool QuestionEditorView::eventFilter(QObject* watched, QEvent* event)
{
    // The text fields would take Ctrl+Z for their own (disabled) undo; leave the keys to the
    // editor's actions, which undo across fields.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool QuestionEditorView::isRetired() const
{
    return m_open && m_document->state().status == QuestionState::Status::Retired;
}

QString QuestionEditorView::retireReason() const
{
    const QList<RecordedEvent>& history = m_document->history();
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->type == QLatin1String("QuestionRetired"))
            return QJsonDocument::fromJson(it->data).object().value(QLatin1String("reason")).toString();
    }
    return {};
}

void QuestionEditorView::refresh()
{
    updateProblems();
    updateHeader();
    updateEnabled();
    m_preview->setDraft(m_shown);
}

void QuestionEditorView::updateProblems()
{
    m_problems = m_open ? QuestionRules::check(m_shown) : QList<RuleProblem>();
    const std::optional<RuleProblem::Field> rejectedAt = fieldOfRule(m_rejectedRule);
    const auto show = [&](QLabel* label, QWidget* field, QList<RuleProblem::Field> fields) {
        QStringList lines;
        for (const RuleProblem::Field f : fields) {
            for (const RuleProblem& p : QuestionRules::problemsAt(m_problems, f))
                lines << problemLine(p.message, p.rule);
        }
        if (rejectedAt && fields.contains(*rejectedAt)) {
            const QString refused =
                tr("The store refused it: %1").arg(problemLine(m_rejectedMessage, m_rejectedRule));
            if (!lines.contains(refused))
                lines.prepend(refused);
        }
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
        field->setToolTip(lines.join(QLatin1Char('\n')));
    };
    show(m_textProblems, m_text, {RuleProblem::Field::Text});
    show(m_answerProblems, m_answers, {RuleProblem::Field::Answers, RuleProblem::Field::CorrectAnswers});
    show(m_explanationProblems, m_explanation, {RuleProblem::Field::Explanation});
}

void QuestionEditorView::updateHeader()
{
    if (!m_open) {
        m_header->setText(tr("No question open"));
        m_retiredLine->hide();
        return;
    }
    const QuestionState& state = m_document->state();
    QString line = tr("Question %1 · %2 · version %3")
                       .arg(m_document->questionId(), QuestionAspectText::statusText(state))
                       .arg(m_document->loadedVersion());
    if (hasUnsavedChanges())
        line += tr(" · unsaved changes");
    m_header->setText(line);
    if (isRetired()) {
        const QString reason = retireReason();
        m_retiredLine->setText(reason.isEmpty()
                                   ? tr("This question is retired: it accepts no more changes. Its history "
                                        "stays readable.")
                                   : tr("This question is retired (“%1”): it accepts no more changes. Its "
                                        "history stays readable.")
                                         .arg(reason));
        m_retiredLine->show();
    } else if (!m_readOnlyReason.isEmpty()) {
        m_retiredLine->setText(m_readOnlyReason);
        m_retiredLine->show();
    } else {
        m_retiredLine->hide();
    }
}

void QuestionEditorView::setReadOnly(const QString& reason)
{
    m_readOnlyReason = reason;
    updateEnabled();
}

void QuestionEditorView::updateEnabled()
{
    const bool busy = m_document->isBusy();
    const bool editable = m_open && !busy && !isRetired() && m_session && m_readOnlyReason.isEmpty();
    const bool unsaved = hasUnsavedChanges();

    m_text->setReadOnly(!editable);
    m_explanation->setReadOnly(!editable);
    m_answers->setReadOnly(!editable);
    for (QWidget* w : {static_cast<QWidget*>(m_text), static_cast<QWidget*>(m_answers),
                       static_cast<QWidget*>(m_explanation)})
        w->setEnabled(m_open && m_session);

    m_save->setEnabled(editable && unsaved);
    m_discard->setEnabled(editable && unsaved);
    m_retire->setEnabled(editable && !unsaved);
    m_retire->setToolTip(unsaved ? tr("Save or discard your changes before retiring the question")
                                 : tr("Retire the question: students no longer get it"));

    const QuestionState& state = m_document->state();
    const bool somethingToPublish = unsaved || (m_open && state.dirty);
    m_publish->setEnabled(editable && m_problems.isEmpty() && somethingToPublish);
    if (!m_problems.isEmpty()) {
        QStringList rules;
        for (const RuleProblem& p : std::as_const(m_problems))
            rules << problemLine(p.message, p.rule);
        m_publish->setToolTip(tr("Cannot publish yet:\n%1").arg(rules.join(QLatin1Char('\n'))));
    } else if (m_open && !somethingToPublish) {
        m_publish->setToolTip(tr("Nothing changed since revision %1").arg(state.revision.toInteger()));
    } else {
        m_publish->setToolTip(tr("Save the changes and publish them as the next revision"));
    }

    m_undoAction->setEnabled(editable && m_undoStack->canUndo());
    m_redoAction->setEnabled(editable && m_undoStack->canRedo());
    m_undoAction->setToolTip(m_undoStack->canUndo() ? tr("Undo: %1").arg(m_undoStack->undoText())
                                                    : tr("Undo"));
    m_redoAction->setToolTip(m_undoStack->canRedo() ? tr("Redo: %1").arg(m_undoStack->redoText())
                                                    : tr("Redo"));

    m_conflict->setBusy(busy);
    if (!m_open)
        m_history->setRestoreBlocked(tr("No question open"));
    else if (!m_readOnlyReason.isEmpty())
        m_history->setRestoreBlocked(m_readOnlyReason);
    else if (isRetired())
        m_history->setRestoreBlocked(tr("A retired question accepts no more changes"));
    else if (busy)
        m_history->setRestoreBlocked(tr("Waiting for the store"));
    else if (unsaved)
        m_history->setRestoreBlocked(tr("Save or discard your changes before restoring a revision"));
    else
        m_history->setRestoreBlocked(QString());
    updateHeader();
}

void QuestionEditorView::showStatus(const QString& message)
{
    m_status->setText(message);
    emit statusMessage(message);
}

void QuestionEditorView::onLoaded()
{
    const Pending pending = m_pending;
    if (pending == Pending::Reapply)
        return; // the re-applied commands follow; saved() reports them
    m_pending = Pending::None;
    m_open = true;
    m_history->setHistory(m_document->history());
    m_conflict->hide();
    if (pending == Pending::Reload) {
        // Their version as an edit of ours: Undo brings our edits back, unsaved, on top of theirs.
        const QuestionDraft theirs = m_document->loadedDraft();
        if (theirs != m_shown)
            m_undoStack->push(new QuestionEditCommand(tr("Reload their version"), m_shown, theirs,
                                                      [this](const QuestionDraft& d) { applyDraft(d); }));
        else
            refresh();
        showStatus(tr("Reloaded their version (version %1). Undo brings your edits back.")
                       .arg(m_document->loadedVersion()));
    } else {
        m_undoStack->clear();
        applyDraft(m_document->loadedDraft());
        showStatus(pending == Pending::New ? tr("Drafted question %1.").arg(m_document->questionId())
                                           : tr("Opened question %1 at version %2.")
                                                 .arg(m_document->questionId())
                                                 .arg(m_document->loadedVersion()));
    }
    emit questionChanged(m_document->state());
}

void QuestionEditorView::onSaved(int eventsWritten)
{
    const Pending pending = m_pending;
    m_pending = Pending::None;
    m_open = true;
    m_conflict->hide();
    m_history->setHistory(m_document->history());
    // The store has this content now: nothing left to undo that would not be an edit of it.
    m_undoStack->clear();
    applyDraft(m_document->loadedDraft());
    const qint64 revision = m_document->state().revision.toInteger();
    switch (pending) {
    case Pending::Publish:
        showStatus(tr("Published revision %1 (%n event(s) written).", nullptr, eventsWritten).arg(revision));
        break;
    case Pending::Retire:
        showStatus(tr("Retired the question."));
        break;
    case Pending::Restore:
        showStatus(tr("Restored the revision (%n event(s) written).", nullptr, eventsWritten));
        break;
    case Pending::Reapply:
        showStatus(
            tr("Re-applied your edits on top of theirs (%n event(s) written).", nullptr, eventsWritten));
        break;
    default:
        showStatus(tr("Saved (%n event(s) written).", nullptr, eventsWritten));
        break;
    }
    emit questionChanged(m_document->state());
}

void QuestionEditorView::onRejected(const QString& rule, const QString& message)
{
    m_pending = Pending::None;
    m_rejectedRule = rule;
    m_rejectedMessage = message;
    refresh();
    showStatus(tr("Not written: %1").arg(problemLine(message, rule)));
}

void QuestionEditorView::onConflict(const QuestionConflict& conflict)
{
    m_pending = Pending::None;
    m_conflict->showConflict(conflict);
    m_conflict->show();
    m_tabs->setCurrentIndex(0);
    refresh();
    showStatus(tr("Not saved: someone else changed this question since you opened it."));
}

void QuestionEditorView::onFailed(const QString& message)
{
    m_pending = Pending::None;
    refresh();
    showStatus(tr("The store could not do it: %1").arg(message));
}

} // namespace Rewind
