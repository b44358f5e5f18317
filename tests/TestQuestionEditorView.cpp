// The question editor on real stores (SQLite and PostgreSQL), driven as an editor drives it:
// draft, type, add and mark answers, save and publish; a broken rule shown at its field; undo and
// redo; a conflicting change made through a second connection, resolved by reload or re-apply; and
// restoring an old revision from the History tab. Every store call goes through the editor.
#include "AnswerListEditor.h"
#include "BackendStore.h"
#include "CommandBus.h"
#include "ConflictPanel.h"
#include "DomainCommand.h"
#include "QuestionEditorView.h"
#include "QuestionHistoryModel.h"
#include "QuestionHistoryView.h"
#include "QuestionPreview.h"
#include "StoreSession.h"
#include "TestEvents.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Rewind;

namespace {

constexpr int WaitMs = 20000;

QJsonObject json(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

QStringList typesOf(const QList<RecordedEvent>& events)
{
    QStringList types;
    for (const RecordedEvent& e : events)
        types << e.type;
    return types;
}

// A check box reacts to clicks on its mark and label only: click the mark.
void clickIndicator(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

// Another editor, on a connection of its own to the same store.
struct OtherEditor
{
    std::unique_ptr<EventStore> store;

    QString open(const QString& backend, const QString& address)
    {
        try {
            if (backend == QLatin1String("sqlite"))
                store = std::make_unique<SqliteEventStore>(address, false);
            else
                store = std::make_unique<PostgresEventStore>(address);
        } catch (const StoreError& e) {
            return e.message();
        }
        return {};
    }
    CommandOutcome run(const char* name, const QByteArray& data)
    {
        CommandMetadata metadata;
        metadata.userId = "alice";
        metadata.role = "editor";
        metadata.appVersion = "test";
        CommandBus bus(*store);
        return bus.execute(DomainCommandParser::parse(QString::fromLatin1(name), data), metadata);
    }
};

} // namespace

class TestQuestionEditorView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    BackendStore m_backend;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<QuestionEditorView> m_view;

    // The store's connections go before its database.
    void tearDown()
    {
        m_view.reset();
        m_session.reset();
        m_backend.store.reset();
        m_backend.db.reset();
    }

    QString backend() const
    {
        QFETCH_GLOBAL(QString, backend);
        return backend;
    }

    // A fresh store, a session on it and an editor writing as "bob".
    bool setUpEditor()
    {
        tearDown();
        const QString error =
            m_backend.open(backend(), m_dir, QStringLiteral("editor%1.sqlite").arg(++m_files));
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_session = std::make_unique<StoreSession>(m_backend.address);
        m_view = std::make_unique<QuestionEditorView>();
        CommandMetadata metadata;
        metadata.userId = "bob";
        metadata.role = "editor";
        metadata.appVersion = "test";
        m_view->setMetadata(metadata);
        m_view->setSession(m_session.get());
        m_view->resize(900, 700);
        m_view->show();
        m_view->activateWindow();
        return QTest::qWaitForWindowActive(m_view.get());
    }

    // Runs `action` and waits for the editor to report the question changed (load, save, …).
    bool waitChanged(const std::function<void()>& action)
    {
        QSignalSpy changed(m_view.get(), &QuestionEditorView::questionChanged);
        action();
        if (!changed.wait(WaitMs)) {
            qWarning("no questionChanged; status: %s", qPrintable(m_view->statusLabel()->text()));
            return false;
        }
        return QTest::qWaitFor([&] { return !m_view->document()->isBusy(); }, WaitMs);
    }

    QList<RecordedEvent> stream() const
    {
        return m_backend.store->readStream(m_view->document()->streamName(), 0, 1000);
    }

    // New rows get their geometry when the posted layout requests are handled: before that a
    // click would miss them.
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    void typeInto(QWidget* field, const QString& text)
    {
        settle();
        field->setFocus();
        QTest::keyClicks(field, text);
    }

    // Adds an answer with the button and types it.
    void addAnswer(const QString& text, bool correct)
    {
        AnswerListEditor* answers = m_view->answerEditor();
        QTest::mouseClick(answers->addButton(), Qt::LeftButton);
        const int row = answers->count() - 1;
        typeInto(answers->answerEdit(row), text);
        if (correct) {
            settle();
            clickIndicator(answers->correctBox(row));
        }
    }

    // Drafts a question in the editor and saves text, answers 3 and 4 (4 correct), explanation.
    bool draftAndSave(const QString& text)
    {
        if (!waitChanged([&] { m_view->newQuestion(QJsonValue("c1"), QJsonValue("s1")); }))
            return false;
        typeInto(m_view->textEdit(), text);
        addAnswer("3", false);
        addAnswer("4", true);
        typeInto(m_view->explanationEdit(), "Count on.");
        return waitChanged([&] { QTest::mouseClick(m_view->saveButton(), Qt::LeftButton); });
    }

    void screenshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("REWIND_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QString("sqlite");
        QTest::newRow("postgresql") << QString("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup() { tearDown(); }

    void nothingOpenMeansNothingToEdit()
    {
        QuestionEditorView view;
        QVERIFY(!view.isQuestionOpen());
        QVERIFY(!view.textEdit()->isEnabled());
        QVERIFY(!view.saveButton()->isEnabled());
        QVERIFY(!view.publishButton()->isEnabled());
        QVERIFY(!view.hasUnsavedChanges());
        QCOMPARE(view.tabs()->count(), 3);
        QCOMPARE(view.tabs()->tabText(0), QString("Edit"));
        QCOMPARE(view.tabs()->tabText(1), QString("Preview"));
        QCOMPARE(view.tabs()->tabText(2), QString("History"));
    }

    void draftSaveAndPublishWriteTheEventsOfSection3()
    {
        QVERIFY(setUpEditor());
        QVERIFY(waitChanged([&] { m_view->newQuestion(QJsonValue("c1"), QJsonValue("s1")); }));
        QVERIFY(m_view->isQuestionOpen());
        QVERIFY(!m_view->hasUnsavedChanges());
        QCOMPARE(typesOf(stream()), QStringList{"QuestionDrafted"});
        QVERIFY(m_view->headerLabel()->text().contains(m_view->document()->questionId()));
        QVERIFY(m_view->headerLabel()->text().contains("draft"));

        typeInto(m_view->textEdit(), "What is 2 + 2?");
        QVERIFY(m_view->hasUnsavedChanges());
        QVERIFY(m_view->saveButton()->isEnabled());
        addAnswer("3", false);
        addAnswer("4", true);
        typeInto(m_view->explanationEdit(), "Count on from 2.");
        QCOMPARE(m_view->currentDraft().answers, (QStringList{"3", "4"}));
        QCOMPARE(m_view->currentDraft().correctAnswers, QStringList{"4"});
        QVERIFY(m_view->problems().isEmpty());
        QVERIFY(m_view->publishButton()->isEnabled());
        // The preview shows the unsaved content.
        QCOMPARE(m_view->preview()->answerButtons().size(), 2);
        QCOMPARE(m_view->preview()->textLabel()->text(), QString("What is 2 + 2?"));
        screenshot(m_view.get(), "question-editor.png");

        QVERIFY(waitChanged([&] { QTest::mouseClick(m_view->saveButton(), Qt::LeftButton); }));
        QVERIFY(!m_view->hasUnsavedChanges());
        QCOMPARE(m_view->undoStack()->count(), 0); // saved content is never "unsaved" again by undo
        QVERIFY(!m_view->undoAction()->isEnabled());
        QList<RecordedEvent> events = stream();
        QCOMPARE(typesOf(events), (QStringList{"QuestionDrafted", "QuestionTextChanged", "AnswersChanged",
                                               "ExplanationChanged"}));
        QCOMPARE(json(events[1].data), json("{\"text\":\"What is 2 + 2?\"}"));
        QCOMPARE(json(events[2].data), json("{\"answers\":[\"3\",\"4\"],\"correctAnswers\":[\"4\"]}"));
        QCOMPARE(json(events[3].data), json("{\"explanation\":\"Count on from 2.\"}"));
        for (const RecordedEvent& e : events.mid(1)) {
            QCOMPARE(json(e.metadata).value("userId").toString(), QString("bob"));
            QCOMPARE(json(e.metadata).value("role").toString(), QString("editor"));
        }
        // One save: one correlation.
        QCOMPARE(json(events[1].metadata).value("correlationId"),
                 json(events[3].metadata).value("correlationId"));

        QVERIFY(m_view->publishButton()->isEnabled()); // a draft with changes has something to publish
        QVERIFY(waitChanged([&] { QTest::mouseClick(m_view->publishButton(), Qt::LeftButton); }));
        events = stream();
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.last().type, QString("QuestionPublished"));
        QCOMPARE(json(events.last().data), json("{\"revision\":1}"));
        QVERIFY(m_view->headerLabel()->text().contains("published revision 1"));
        QVERIFY(!m_view->publishButton()->isEnabled());
        QVERIFY(m_view->publishButton()->toolTip().contains("Nothing changed"));

        // Change and publish again: the change and the publication in one batch.
        typeInto(m_view->textEdit(), " Think.");
        QVERIFY(m_view->headerLabel()->text().contains("unsaved"));
        QVERIFY(waitChanged([&] { QTest::mouseClick(m_view->publishButton(), Qt::LeftButton); }));
        events = stream();
        QCOMPARE(typesOf(events.mid(5)), (QStringList{"QuestionTextChanged", "QuestionPublished"}));
        QCOMPARE(json(events[5].data), json("{\"text\":\"What is 2 + 2? Think.\"}"));
        QCOMPARE(json(events[6].data), json("{\"revision\":2}"));
    }

    void aBrokenRuleIsShownAtItsFieldAndBlocksPublish()
    {
        QVERIFY(setUpEditor());
        QVERIFY(waitChanged([&] { m_view->newQuestion(QJsonValue("c1"), QJsonValue("s1")); }));
        // Empty: the text rule at the text, the correct-answer rule at the answers.
        QVERIFY(m_view->textProblemLabel()->isVisible());
        QVERIFY(m_view->textProblemLabel()->text().contains("text-required"));
        QVERIFY(m_view->answerProblemLabel()->text().contains("correct-answer-required"));
        QVERIFY(!m_view->explanationProblemLabel()->isVisible());

        typeInto(m_view->textEdit(), "Which are even?");
        QVERIFY(!m_view->textProblemLabel()->isVisible());
        QCOMPARE(m_view->textEdit()->toolTip(), QString());
        addAnswer("2", false);
        addAnswer("3", false);
        QVERIFY(m_view->answerProblemLabel()->isVisible());
        QVERIFY(m_view->answerProblemLabel()->text().contains("correct-answer-required"));
        QVERIFY(m_view->answerEditor()->toolTip().contains("correct-answer-required"));
        QVERIFY(!m_view->publishButton()->isEnabled());
        QVERIFY(m_view->publishButton()->toolTip().contains("correct-answer-required"));
        // Drafts may be incomplete: saving is allowed.
        QVERIFY(m_view->saveButton()->isEnabled());

        clickIndicator(m_view->answerEditor()->correctBox(0));
        QVERIFY(!m_view->answerProblemLabel()->isVisible());
        QVERIFY(m_view->publishButton()->isEnabled());

        // The same answer twice: the editor's own rule.
        addAnswer("2", false);
        QVERIFY(m_view->answerProblemLabel()->text().contains("answer-duplicate"));
        QVERIFY(!m_view->publishButton()->isEnabled());
        QTest::mouseClick(m_view->answerEditor()->removeButton(2), Qt::LeftButton);
        QVERIFY(m_view->publishButton()->isEnabled());
    }

    void theStoresRefusalIsShownAtTheFieldOfItsRule()
    {
        QVERIFY(setUpEditor());
        // A question written by another tool: its correct answer is not among its answers.
        OtherEditor other;
        QCOMPARE(other.open(backend(), m_backend.address), QString());
        QCOMPARE(other
                     .run("DraftQuestion",
                          "{\"questionId\":\"q-stray\",\"courseId\":\"c1\",\"sectionId\":\"s1\","
                          "\"text\":\"2+2?\",\"answers\":[\"3\",\"4\"]}")
                     .result,
                 CommandOutcome::Result::Accepted);
        m_backend.store->append("question-q-stray",
                                {makeEvent("question-q-stray", "AnswersChanged",
                                           "{\"answers\":[\"3\",\"4\"],\"correctAnswers\":[\"7\"]}")},
                                std::nullopt);
        QVERIFY(waitChanged([&] { m_view->openQuestion("q-stray"); }));
        QCOMPARE(m_view->currentDraft().correctAnswers, QStringList{"7"});
        QVERIFY(!m_view->hasUnsavedChanges()); // kept, not dropped, by the answer list
        QVERIFY(m_view->answerEditor()->strayLabel()->text().contains("7"));
        QVERIFY(m_view->answerProblemLabel()->text().contains("correct-answer-not-among-answers"));

        addAnswer("5", false);
        QSignalSpy status(m_view.get(), &QuestionEditorView::statusMessage);
        QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
        QVERIFY(status.wait(WaitMs));
        QVERIFY2(m_view->answerProblemLabel()->text().contains("The store refused it"),
                 qPrintable(m_view->answerProblemLabel()->text()));
        QVERIFY(m_view->answerProblemLabel()->text().contains("correct-answer-not-among-answers"));
        QCOMPARE(stream().size(), 2); // nothing written
        QVERIFY(m_view->hasUnsavedChanges());
    }

    void undoAndRedoOfTyping()
    {
        QVERIFY(setUpEditor());
        QVERIFY(waitChanged([&] { m_view->newQuestion(QJsonValue("c1"), QJsonValue("s1")); }));
        typeInto(m_view->textEdit(), "Hello");
        QCOMPARE(m_view->undoStack()->count(), 1); // typing in one field merges
        typeInto(m_view->explanationEdit(), "World");
        QCOMPARE(m_view->undoStack()->count(), 2);
        addAnswer("yes", true);
        QCOMPARE(m_view->currentDraft().correctAnswers, QStringList{"yes"});

        // Ctrl+Z in a text field undoes on the editor's stack, across fields.
        m_view->explanationEdit()->setFocus();
        QTest::keyClick(m_view->explanationEdit(), Qt::Key_Z, Qt::ControlModifier); // the mark
        QCOMPARE(m_view->currentDraft().correctAnswers, QStringList());
        QCOMPARE(m_view->currentDraft().answers, QStringList{"yes"});
        QTest::keyClick(m_view->explanationEdit(), Qt::Key_Z, Qt::ControlModifier); // the answer's text
        QTest::keyClick(m_view->explanationEdit(), Qt::Key_Z, Qt::ControlModifier); // the added answer
        QCOMPARE(m_view->answerEditor()->count(), 0);
        QTest::keyClick(m_view->explanationEdit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_view->explanationEdit()->toPlainText(), QString());
        QCOMPARE(m_view->textEdit()->toPlainText(), QString("Hello"));
        QTest::mouseClick(m_view->undoButton(), Qt::LeftButton);
        QCOMPARE(m_view->textEdit()->toPlainText(), QString());
        QVERIFY(!m_view->hasUnsavedChanges());
        QVERIFY(!m_view->undoAction()->isEnabled());

        QTest::keyClick(m_view->textEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_view->textEdit()->toPlainText(), QString("Hello"));
        QTest::mouseClick(m_view->redoButton(), Qt::LeftButton);
        QCOMPARE(m_view->explanationEdit()->toPlainText(), QString("World"));
        QVERIFY(m_view->hasUnsavedChanges());

        // Discard is undoable too.
        QTest::mouseClick(m_view->discardButton(), Qt::LeftButton);
        QCOMPARE(m_view->textEdit()->toPlainText(), QString());
        QVERIFY(!m_view->hasUnsavedChanges());
        m_view->undoAction()->trigger();
        QCOMPARE(m_view->textEdit()->toPlainText(), QString("Hello"));
        QCOMPARE(m_view->explanationEdit()->toPlainText(), QString("World"));
    }

    void aConflictIsShownAndReloadKeepsMyEditsOnTheUndoStack()
    {
        QVERIFY(setUpEditor());
        QVERIFY(draftAndSave("2+2?"));
        const QString id = m_view->document()->questionId();
        typeInto(m_view->textEdit(), " (mine)");

        OtherEditor other;
        QCOMPARE(other.open(backend(), m_backend.address), QString());
        const QByteArray idJson = "\"" + id.toUtf8() + "\"";
        QCOMPARE(
            other
                .run("ChangeAnswers", "{\"questionId\":" + idJson +
                                          ",\"answers\":[\"3\",\"4\",\"22\"],\"correctAnswers\":[\"4\"]}")
                .result,
            CommandOutcome::Result::Accepted);

        QSignalSpy status(m_view.get(), &QuestionEditorView::statusMessage);
        QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->conflictPanel()->isVisible(), WaitMs);
        const QStringList lines = m_view->conflictPanel()->eventLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].startsWith("alice (editor) changed this question at"), qPrintable(lines[0]));
        QVERIFY2(lines[0].contains("changed the answers to"), qPrintable(lines[0]));
        QVERIFY(lines[0].contains("22"));
        // Both aspects differ: their answers, my text.
        QCOMPARE(m_view->conflictPanel()->comparison()->rowCount(), 2);
        screenshot(m_view.get(), "question-editor-conflict.png");
        QCOMPARE(stream().size(), 5); // my save wrote nothing
        QVERIFY(m_view->hasUnsavedChanges());

        QVERIFY(
            waitChanged([&] { QTest::mouseClick(m_view->conflictPanel()->reloadButton(), Qt::LeftButton); }));
        QVERIFY(!m_view->conflictPanel()->isVisible());
        QCOMPARE(m_view->textEdit()->toPlainText(), QString("2+2?"));
        QCOMPARE(m_view->answerEditor()->answers(), (QStringList{"3", "4", "22"}));
        QVERIFY(!m_view->hasUnsavedChanges());
        QCOMPARE(m_view->document()->loadedVersion(), 4); // positions count from 0

        // Undo brings mine back, as unsaved edits on top of theirs.
        QTest::mouseClick(m_view->undoButton(), Qt::LeftButton);
        QCOMPARE(m_view->textEdit()->toPlainText(), QString("2+2? (mine)"));
        QVERIFY(m_view->hasUnsavedChanges());
        // Saving now writes my text and my (old) answers on top of theirs, expecting version 5.
        QVERIFY(waitChanged([&] { QTest::mouseClick(m_view->saveButton(), Qt::LeftButton); }));
        const QList<RecordedEvent> events = stream();
        QCOMPARE(events[5].type, QString("QuestionTextChanged"));
        QCOMPARE(json(events[4].metadata).value("userId").toString(), QString("alice"));
    }

    void reapplyAppendsMyEditsOnTopOfTheirs()
    {
        QVERIFY(setUpEditor());
        QVERIFY(draftAndSave("2+2?"));
        const QString id = m_view->document()->questionId();
        typeInto(m_view->textEdit(), " (mine)");

        OtherEditor other;
        QCOMPARE(other.open(backend(), m_backend.address), QString());
        const QByteArray idJson = "\"" + id.toUtf8() + "\"";
        QCOMPARE(other.run("ChangeExplanation", "{\"questionId\":" + idJson + ",\"explanation\":\"Theirs.\"}")
                     .result,
                 CommandOutcome::Result::Accepted);

        QTest::mouseClick(m_view->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->conflictPanel()->isVisible(), WaitMs);
        QVERIFY(
            m_view->conflictPanel()->eventLines().value(0).contains("changed the explanation to “Theirs.”"));

        QVERIFY(waitChanged(
            [&] { QTest::mouseClick(m_view->conflictPanel()->reapplyButton(), Qt::LeftButton); }));
        QVERIFY(!m_view->conflictPanel()->isVisible());
        const QList<RecordedEvent> events = stream();
        QCOMPARE(typesOf(events.mid(4)), (QStringList{"ExplanationChanged", "QuestionTextChanged"}));
        QCOMPARE(json(events[4].metadata).value("userId").toString(), QString("alice"));
        QCOMPARE(json(events[5].metadata).value("userId").toString(), QString("bob"));
        QCOMPARE(json(events[5].data), json("{\"text\":\"2+2? (mine)\"}"));
        // The editor shows both: their explanation, my text.
        QCOMPARE(m_view->explanationEdit()->toPlainText(), QString("Theirs."));
        QCOMPARE(m_view->textEdit()->toPlainText(), QString("2+2? (mine)"));
        QVERIFY(!m_view->hasUnsavedChanges());
    }

    void restoresAnOldRevisionFromTheHistoryTab()
    {
        QVERIFY(setUpEditor());
        QVERIFY(draftAndSave("First text"));
        QVERIFY(waitChanged([&] { QTest::mouseClick(m_view->publishButton(), Qt::LeftButton); }));
        const qint64 published = m_view->document()->loadedVersion();
        m_view->textEdit()->selectAll();
        typeInto(m_view->textEdit(), "Second text");
        clickIndicator(m_view->answerEditor()->correctBox(0)); // 3 and 4 correct
        QVERIFY(waitChanged([&] { QTest::mouseClick(m_view->publishButton(), Qt::LeftButton); }));
        const int before = int(stream().size());

        m_view->tabs()->setCurrentWidget(m_view->historyView());
        QuestionHistoryView* history = m_view->historyView();
        QCOMPARE(history->model()->rowCount(), before);
        const int row = history->model()->rowOfPosition(published);
        QVERIFY(row > 0);
        const QRect rect = history->table()->visualRect(history->model()->index(row, 0));
        QTest::mouseClick(history->table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(history->selectedPosition(), published);
        QTableWidget* comparison = history->comparison();
        QCOMPARE(comparison->item(0, 0)->text(), QString("First text"));
        QCOMPARE(comparison->item(0, 1)->text(), QString("Second text"));
        QVERIFY(comparison->item(0, 0)->background() != comparison->item(2, 0)->background()); // highlighted
        QVERIFY(history->restoreButton()->isEnabled());
        screenshot(m_view.get(), "question-editor-history.png");

        QVERIFY(waitChanged([&] { QTest::mouseClick(history->restoreButton(), Qt::LeftButton); }));
        const QList<RecordedEvent> events = stream();
        QCOMPARE(typesOf(events.mid(before)), (QStringList{"QuestionTextChanged", "AnswersChanged"}));
        QCOMPARE(json(events[before].data), json("{\"text\":\"First text\"}"));
        QCOMPARE(json(events[before + 1].data),
                 json("{\"answers\":[\"3\",\"4\"],\"correctAnswers\":[\"4\"]}"));
        QCOMPARE(m_view->textEdit()->toPlainText(), QString("First text"));
        QVERIFY(m_view->headerLabel()->text().contains("changed since revision 2"));
        QCOMPARE(history->model()->rowCount(), before + 2);

        // With unsaved edits, restoring waits: it would replace them.
        typeInto(m_view->textEdit(), "!");
        history->selectPosition(published);
        QVERIFY(!history->restoreButton()->isEnabled());
        QVERIFY(history->restoreButton()->toolTip().contains("Save or discard"));
    }

    void aRetiredQuestionIsReadOnly()
    {
        QVERIFY(setUpEditor());
        QVERIFY(draftAndSave("Old question"));
        QVERIFY(m_view->retireButton()->isEnabled());
        QVERIFY(waitChanged([&] { m_view->retire("duplicate of q7"); }));
        QCOMPARE(stream().last().type, QString("QuestionRetired"));
        QCOMPARE(json(stream().last().data), json("{\"reason\":\"duplicate of q7\"}"));
        QVERIFY(m_view->retiredLabel()->isVisible());
        QVERIFY(m_view->retiredLabel()->text().contains("duplicate of q7"));
        QVERIFY(m_view->textEdit()->isReadOnly());
        QVERIFY(m_view->explanationEdit()->isReadOnly());
        QVERIFY(m_view->answerEditor()->isReadOnly());
        QVERIFY(!m_view->answerEditor()->addButton()->isEnabled());
        for (QAbstractButton* b : {static_cast<QAbstractButton*>(m_view->saveButton()),
                                   static_cast<QAbstractButton*>(m_view->publishButton()),
                                   static_cast<QAbstractButton*>(m_view->retireButton()),
                                   static_cast<QAbstractButton*>(m_view->discardButton())})
            QVERIFY(!b->isEnabled());
        QVERIFY(!m_view->undoAction()->isEnabled());
        QVERIFY(!m_view->historyView()->restoreButton()->isEnabled());
        QVERIFY(m_view->headerLabel()->text().contains("retired"));

        // Opening it again shows the same.
        const QString id = m_view->document()->questionId();
        QVERIFY(waitChanged([&] { m_view->openQuestion(id); }));
        QVERIFY(m_view->textEdit()->isReadOnly());
        QVERIFY(m_view->retiredLabel()->text().contains("duplicate of q7"));
    }
};

QTEST_MAIN(TestQuestionEditorView)
#include "TestQuestionEditorView.moc"
