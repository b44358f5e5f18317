#include "QuestionDocument.h"

#include "QuestionDecision.h"
#include "QuestionEdits.h"
#include "QuestionRules.h"
#include "StoreSession.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

namespace Rewind {

namespace {

QString streamOf(const QString& questionId)
{
    return QStringLiteral("question-") + questionId;
}

QList<RecordedEvent> readAll(EventStore& store, const QString& stream)
{
    QList<RecordedEvent> history;
    constexpr int Page = 1000;
    for (;;) {
        const QList<RecordedEvent> page = store.readStream(stream, history.size(), Page);
        history += page;
        if (page.size() < Page)
            return history;
    }
}

QuestionState fold(const QList<RecordedEvent>& history, qint64 untilPosition = -2)
{
    QuestionState state;
    for (const RecordedEvent& event : history) {
        if (untilPosition != -2 && event.position > untilPosition)
            break;
        state = QuestionAggregate::apply(state, event);
    }
    return state;
}

QList<DomainCommand> onStream(const QString& stream, const QList<QuestionCommand>& commands)
{
    QList<DomainCommand> out;
    for (const QuestionCommand& c : commands)
        out.append(DomainCommand{stream, c, questionCommandName(c)});
    return out;
}

} // namespace

struct QuestionDocument::BatchRun
{
    CommandOutcome outcome;
    // Accepted: the stream after the append, with the store's positions and times. Conflict: the
    // stream as it is now, so the conflict shows what the other editor wrote.
    QList<RecordedEvent> history;
    qint64 expected = -1;
    QuestionDraft loaded; // the content the commands were computed from
    QuestionDraft mine;   // the content they were meant to produce
    bool nothingToDo = false;
};

QuestionDocument::QuestionDocument(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<QuestionConflict>();
    m_metadata.appVersion = QCoreApplication::applicationVersion();
}

QuestionDocument::~QuestionDocument()
{
    m_job.cancel();
}

void QuestionDocument::setSession(StoreSession* session)
{
    m_session = session;
}

void QuestionDocument::setMetadata(const CommandMetadata& metadata)
{
    m_metadata = metadata;
}

QString QuestionDocument::streamName() const
{
    return m_questionId.isEmpty() ? QString() : streamOf(m_questionId);
}

QuestionState QuestionDocument::stateAt(qint64 position) const
{
    return fold(m_history, position);
}

void QuestionDocument::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void QuestionDocument::fail(const QString& message)
{
    setBusy(false);
    emit failed(message);
}

bool QuestionDocument::startable(bool needsOpen)
{
    if (!m_session) {
        emit failed(tr("No store is open."));
        return false;
    }
    // One store call at a time: a second save racing the first would only conflict with it.
    if (m_busy) {
        emit failed(tr("The question is still busy with the previous store call."));
        return false;
    }
    if (needsOpen && !isOpen()) {
        emit failed(tr("No question is open."));
        return false;
    }
    return true;
}

void QuestionDocument::adopt(const QList<RecordedEvent>& history)
{
    m_history = history;
    m_state = fold(history);
}

void QuestionDocument::refuseNothingChanged()
{
    // What the store would say to an empty change: a retired question refuses before anything else.
    if (m_state.status == QuestionState::Status::Retired) {
        const Decision d = QuestionDecision::decide(m_state, ChangeQuestionText{});
        emit rejected(d.rejection().rule, d.rejection().message);
        return;
    }
    emit rejected(QStringLiteral("nothing-changed"), tr("Nothing changed since the question was loaded."));
}

void QuestionDocument::open(const QString& questionId)
{
    if (!startable(false))
        return;
    if (questionId.isEmpty()) {
        emit failed(tr("A question id is needed to open a question."));
        return;
    }
    setBusy(true);
    const QString stream = streamOf(questionId);
    m_job = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [stream](EventStore& store, const JobControl&) { return readAll(store, stream); },
        [this, questionId](QList<RecordedEvent> history) {
            setBusy(false);
            if (history.isEmpty()) {
                emit failed(tr("There is no question %1 in this store.").arg(questionId));
                return;
            }
            m_questionId = questionId;
            adopt(history);
            emit loaded(questionId, loadedVersion());
        },
        [this](const StoreSession::Failure& f) { fail(f.message); });
}

void QuestionDocument::reload()
{
    if (!isOpen()) {
        emit failed(tr("No question is open."));
        return;
    }
    open(m_questionId);
}

void QuestionDocument::draftNew(const QJsonValue& courseId, const QJsonValue& sectionId,
                                const QuestionDraft& content)
{
    if (!startable(false))
        return;
    setBusy(true);
    const QString questionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString stream = streamOf(questionId);
    const DraftQuestion draft{QJsonValue(questionId), courseId,        sectionId,
                              content.text,           content.answers, content.correctAnswers,
                              content.explanation};
    const QList<DomainCommand> commands = onStream(stream, {draft});
    const CommandMetadata metadata = m_metadata;
    m_job = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [stream, commands, metadata](EventStore& store, const JobControl&) {
            BatchRun run;
            run.outcome = CommandBus(store).executeBatch(stream, commands, metadata, -1);
            if (run.outcome.result == CommandOutcome::Result::Accepted)
                run.history = readAll(store, stream);
            return run;
        },
        [this, questionId](BatchRun run) {
            setBusy(false);
            switch (run.outcome.result) {
            case CommandOutcome::Result::Accepted:
                m_questionId = questionId;
                adopt(run.history);
                emit loaded(questionId, loadedVersion());
                return;
            case CommandOutcome::Result::Rejected:
                emit rejected(run.outcome.rejection.rule, run.outcome.rejection.message);
                return;
            case CommandOutcome::Result::Conflict:
                // A fresh UUID that exists already: nobody's draft may be taken over.
                emit failed(run.outcome.conflict);
                return;
            }
        },
        [this](const StoreSession::Failure& f) { fail(f.message); });
}

void QuestionDocument::save(const QuestionDraft& edited)
{
    if (!startable(true))
        return;
    const QList<QuestionCommand> commands = QuestionEdits::commandsFor(loadedDraft(), edited);
    if (commands.isEmpty()) {
        refuseNothingChanged();
        return;
    }
    runBatch(commands, edited);
}

void QuestionDocument::publish(const QuestionDraft& edited)
{
    if (!startable(true))
        return;
    // The editor's own checks, which the store would let through (see QuestionRules); the domain rules
    // are left to the decision, so that what is refused is what the store refuses.
    for (const RuleProblem& p : QuestionRules::check(edited)) {
        if (p.rule == u"answer-blank" || p.rule == u"answer-duplicate") {
            emit rejected(p.rule, p.message);
            return;
        }
    }
    QList<QuestionCommand> commands = QuestionEdits::commandsFor(loadedDraft(), edited);
    commands.append(PublishQuestion{});
    runBatch(commands, edited);
}

void QuestionDocument::retire(const QString& reason)
{
    if (!startable(true))
        return;
    runBatch({RetireQuestion{reason}}, loadedDraft());
}

void QuestionDocument::restoreRevision(qint64 position)
{
    if (!startable(true))
        return;
    const bool known = std::any_of(m_history.cbegin(), m_history.cend(),
                                   [position](const RecordedEvent& e) { return e.position == position; });
    if (!known) {
        emit failed(tr("Question %1 has no event at position %2.").arg(m_questionId).arg(position));
        return;
    }
    const QuestionDraft target = QuestionDraft::fromState(stateAt(position));
    const QList<QuestionCommand> commands = QuestionEdits::commandsFor(loadedDraft(), target);
    if (commands.isEmpty()) {
        refuseNothingChanged();
        return;
    }
    runBatch(commands, target);
}

void QuestionDocument::runBatch(const QList<QuestionCommand>& commands, const QuestionDraft& mine)
{
    setBusy(true);
    const QString stream = streamName();
    const QList<DomainCommand> domain = onStream(stream, commands);
    const CommandMetadata metadata = m_metadata;
    const qint64 expected = loadedVersion();
    const QuestionDraft loadedContent = loadedDraft();
    m_job = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [stream, domain, metadata, expected, loadedContent, mine](EventStore& store, const JobControl&) {
            BatchRun run;
            run.expected = expected;
            run.loaded = loadedContent;
            run.mine = mine;
            run.outcome = CommandBus(store).executeBatch(stream, domain, metadata, expected);
            if (run.outcome.result != CommandOutcome::Result::Rejected)
                run.history = readAll(store, stream);
            return run;
        },
        [this](BatchRun run) { finishBatch(run); },
        [this](const StoreSession::Failure& f) { fail(f.message); });
}

void QuestionDocument::reapply(const QuestionConflict& conflict)
{
    if (!startable(true))
        return;
    setBusy(true);
    const QString stream = streamName();
    const CommandMetadata metadata = m_metadata;
    m_job = m_session->submit(
        StoreSession::Lane::Interactive, this,
        [stream, metadata, conflict](EventStore& store, const JobControl&) {
            BatchRun run;
            // Theirs as it is now, which may be newer than what the conflict showed.
            const QList<RecordedEvent> now = readAll(store, stream);
            const QuestionState theirs = fold(now);
            run.expected = theirs.version;
            run.loaded = QuestionDraft::fromState(theirs);
            run.mine = QuestionEdits::rebased(conflict.loaded, conflict.mine, run.loaded);
            const QList<QuestionCommand> commands =
                QuestionEdits::rebase(conflict.loaded, conflict.mine, run.loaded);
            if (commands.isEmpty()) {
                run.nothingToDo = true;
                run.history = now;
                return run;
            }
            run.outcome =
                CommandBus(store).executeBatch(stream, onStream(stream, commands), metadata, run.expected);
            if (run.outcome.result != CommandOutcome::Result::Rejected)
                run.history = readAll(store, stream);
            return run;
        },
        [this](BatchRun run) { finishBatch(run); },
        [this](const StoreSession::Failure& f) { fail(f.message); });
}

void QuestionDocument::finishBatch(const BatchRun& run)
{
    setBusy(false);
    if (run.nothingToDo) {
        // Theirs already says what I meant: taking theirs is the whole re-apply.
        adopt(run.history);
        emit saved(loadedVersion(), 0);
        return;
    }
    switch (run.outcome.result) {
    case CommandOutcome::Result::Accepted:
        adopt(run.history);
        emit saved(loadedVersion(), int(run.outcome.written.size()));
        return;
    case CommandOutcome::Result::Rejected:
        emit rejected(run.outcome.rejection.rule, run.outcome.rejection.message);
        return;
    case CommandOutcome::Result::Conflict: {
        // Our loaded history stays as it was: the editor chooses between reload and re-apply.
        QuestionConflict conflict;
        conflict.loadedVersion = run.expected;
        for (const RecordedEvent& e : run.history) {
            if (e.position > run.expected)
                conflict.theirEvents.append(e);
        }
        conflict.theirs = fold(run.history);
        conflict.loaded = run.loaded;
        conflict.mine = run.mine;
        emit conflictDetected(conflict);
        return;
    }
    }
}

} // namespace Rewind
