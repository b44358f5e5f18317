// The publishing page on real stores (SQLite and PostgreSQL), offscreen, driven as an editor drives
// it: the course, chapter and section dialogs, a question drafted under the new section, the search
// over question text, the tree's status following the editor's publish and change, the question
// kept open when the editor cancels leaving unsaved changes, and loading with cancel.
#include "AnswerListEditor.h"
#include "BackendStore.h"
#include "CommandBus.h"
#include "ContentSearchModel.h"
#include "ContentTreeModel.h"
#include "CourseEditor.h"
#include "CourseItemDialog.h"
#include "DomainCommand.h"
#include "PublishingView.h"
#include "QuestionDocument.h"
#include "QuestionEditorView.h"
#include "StoreSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Rewind;

namespace {

constexpr int WaitMs = 30000;
using NodeKind = ContentTreeModel::NodeKind;
using Status = ContentTreeModel::QuestionStatus;

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

// The questions the (filtered) tree shows, by id, anywhere below `parent`.
QStringList shownQuestions(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (NodeKind(index.data(ContentTreeModel::KindRole).toInt()) == NodeKind::Question)
            ids << index.data(ContentTreeModel::IdRole).toString();
        ids << shownQuestions(model, index);
    }
    return ids;
}

} // namespace

class TestPublishingView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    BackendStore m_backend;
    std::unique_ptr<StoreSession> m_session;
    std::unique_ptr<PublishingView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    std::unique_ptr<QAbstractItemModelTester> m_searchTester;

    void tearDown()
    {
        m_treeTester.reset();
        m_searchTester.reset();
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

    bool openStore()
    {
        tearDown();
        const QString error =
            m_backend.open(backend(), m_dir, QStringLiteral("page%1.sqlite").arg(++m_files));
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return error.isEmpty();
    }

    // A command written behind the page's back, by another editor.
    bool run(const char* name, const QByteArray& data)
    {
        CommandMetadata metadata;
        metadata.userId = "alice";
        CommandBus bus(*m_backend.store);
        const CommandOutcome outcome =
            bus.execute(DomainCommandParser::parse(QString::fromLatin1(name), data), metadata);
        return outcome.result == CommandOutcome::Result::Accepted;
    }

    // A course with one section and two draft questions.
    bool seed()
    {
        return run("CreateCourse", R"({"courseId":"c1","title":"Biology","language":"en"})") &&
               run("AddChapter", R"({"courseId":"c1","chapterId":"ch1","title":"Plants"})") &&
               run("AddSection",
                   R"({"courseId":"c1","chapterId":"ch1","sectionId":"s1","title":"Leaves"})") &&
               run("DraftQuestion", R"({"questionId":"q1","courseId":"c1","sectionId":"s1",)"
                                    R"("text":"What drives photosynthesis?","answers":["Light","Sound"],)"
                                    R"("correctAnswers":["Light"]})") &&
               run("DraftQuestion", R"({"questionId":"q2","courseId":"c1","sectionId":"s1",)"
                                    R"("text":"Which gas do leaves release?","answers":["Oxygen","Helium"],)"
                                    R"("correctAnswers":["Oxygen"]})");
    }

    // The page as "bob" on a session to the test store, shown, its first read done.
    bool openPage()
    {
        m_session = std::make_unique<StoreSession>(m_backend.address);
        m_view = std::make_unique<PublishingView>();
        m_treeTester = std::make_unique<QAbstractItemModelTester>(
            m_view->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_searchTester = std::make_unique<QAbstractItemModelTester>(
            m_view->searchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        CommandMetadata metadata;
        metadata.userId = "bob";
        metadata.appVersion = "test";
        m_view->setMetadata(metadata);
        m_view->resize(1300, 760);
        m_view->show();
        QSignalSpy loaded(m_view.get(), &PublishingView::contentLoaded);
        m_view->setSession(m_session.get());
        if (!loaded.wait(WaitMs)) {
            qWarning("no contentLoaded; error line: %s", qPrintable(m_view->errorText()));
            return false;
        }
        return true;
    }

    // Triggers a course action, types the title into its dialog and clicks OK; waits for the tree.
    bool fillDialog(QAction* action, const QString& title)
    {
        if (!action->isEnabled()) {
            qWarning("%s is disabled", qPrintable(action->text()));
            return false;
        }
        action->trigger();
        CourseItemDialog* dialog = m_view->activeDialog();
        if (!dialog || !dialog->isVisible())
            return false;
        dialog->titleEdit()->selectAll();
        QTest::keyClick(dialog->titleEdit(), Qt::Key_Delete);
        if (dialog->okButton()->isEnabled()) // a blank title cannot be sent
            return false;
        QTest::keyClicks(dialog->titleEdit(), title);
        if (!dialog->okButton()->isEnabled())
            return false;
        QSignalSpy updated(m_view.get(), &PublishingView::courseUpdated);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        if (!updated.wait(WaitMs)) {
            qWarning("no courseUpdated; error line: %s", qPrintable(m_view->errorText()));
            return false;
        }
        return true;
    }

    // Runs `action` and waits for the editor to report its question changed.
    bool waitEditor(const std::function<void()>& action)
    {
        QSignalSpy changed(m_view->editor(), &QuestionEditorView::questionChanged);
        action();
        if (!changed.wait(WaitMs)) {
            qWarning("no questionChanged; error line: %s", qPrintable(m_view->errorText()));
            return false;
        }
        return QTest::qWaitFor([&] { return !m_view->editor()->document()->isBusy(); }, WaitMs);
    }

    QModelIndex questionNode(const QString& id) const
    {
        return m_view->treeModel()->find(NodeKind::Question, id);
    }

    Status statusOf(const QString& id) const
    {
        return Status(questionNode(id).data(ContentTreeModel::StatusRole).toInt());
    }

    QString statusTextOf(const QString& id) const
    {
        return questionNode(id).siblingAtColumn(ContentTreeModel::StatusColumn).data().toString();
    }

    static void typeAtEnd(QPlainTextEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, text);
    }

    void screenshot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("REWIND_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(m_view->grab().save(QDir(dir).filePath(name)));
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

    void dialogNeedsATitle()
    {
        CourseItemDialog course(CourseItemDialog::Kind::NewCourse);
        QVERIFY(course.languageBox());
        QVERIFY(!course.okButton()->isEnabled());
        QTest::keyClicks(course.titleEdit(), "   ");
        QVERIFY(!course.okButton()->isEnabled());
        QTest::keyClicks(course.titleEdit(), "Maths ");
        QVERIFY(course.okButton()->isEnabled());
        QCOMPARE(course.title(), QString("Maths"));
        QCOMPARE(course.language(), QString("en"));
        course.languageBox()->setEditText(QString());
        QVERIFY(!course.okButton()->isEnabled());
        course.languageBox()->setEditText("nl");
        QVERIFY(course.okButton()->isEnabled());

        CourseItemDialog rename(CourseItemDialog::Kind::RenameSection);
        QVERIFY(!rename.languageBox());
        rename.setTitle("Old name");
        QVERIFY(rename.okButton()->isEnabled());
        QCOMPARE(rename.language(), QString());
    }

    void buildsACourseAndDraftsAQuestionUnderItsSection()
    {
        QVERIFY(openStore());
        QVERIFY(openPage());
        QCOMPARE(m_view->treeModel()->rowCount(), 0);
        QVERIFY(m_view->newCourseAction()->isEnabled());
        QVERIFY(!m_view->addChapterAction()->isEnabled());

        QVERIFY(fillDialog(m_view->newCourseAction(), "Arithmetic"));
        QModelIndex current = m_view->currentSourceIndex();
        QCOMPARE(NodeKind(current.data(ContentTreeModel::KindRole).toInt()), NodeKind::Course);
        QCOMPARE(current.data().toString(), QString("Arithmetic"));
        const QString courseId = current.data(ContentTreeModel::IdRole).toString();
        QVERIFY(!m_view->addSectionAction()->isEnabled());

        QVERIFY(fillDialog(m_view->addChapterAction(), "Fractions"));
        current = m_view->currentSourceIndex();
        QCOMPARE(NodeKind(current.data(ContentTreeModel::KindRole).toInt()), NodeKind::Chapter);
        QCOMPARE(current.data().toString(), QString("Fractions"));
        QCOMPARE(current.parent().data(ContentTreeModel::IdRole).toString(), courseId);

        QVERIFY(fillDialog(m_view->addSectionAction(), "Adding halves"));
        current = m_view->currentSourceIndex();
        QCOMPARE(NodeKind(current.data(ContentTreeModel::KindRole).toInt()), NodeKind::Section);
        const QString sectionId = current.data(ContentTreeModel::IdRole).toString();
        QVERIFY(m_view->renameSectionAction()->isEnabled());
        QVERIFY(m_view->newQuestionAction()->isEnabled());

        // Rename: the dialog starts from the current title.
        m_view->renameSectionAction()->trigger();
        QVERIFY(m_view->activeDialog());
        QCOMPARE(m_view->activeDialog()->title(), QString("Adding halves"));
        m_view->activeDialog()->reject();
        QTRY_VERIFY(!m_view->activeDialog());
        QVERIFY(fillDialog(m_view->renameSectionAction(), "Adding fractions"));
        current = m_view->currentSourceIndex();
        QCOMPARE(current.data(ContentTreeModel::IdRole).toString(), sectionId);
        QCOMPARE(current.data().toString(), QString("Adding fractions"));

        // The stream has exactly the course events, written as bob.
        const QList<RecordedEvent> courseEvents = m_backend.store->readStream("course-" + courseId, 0, 100);
        QCOMPARE(typesOf(courseEvents),
                 (QStringList{"CourseCreated", "ChapterAdded", "SectionAdded", "SectionRenamed"}));
        QCOMPARE(json(courseEvents[0].data).value("title").toString(), QString("Arithmetic"));
        QCOMPARE(json(courseEvents[0].data).value("language").toString(), QString("en"));
        for (const RecordedEvent& e : courseEvents) {
            QCOMPARE(json(e.metadata).value("userId").toString(), QString("bob"));
            QCOMPARE(json(e.metadata).value("role").toString(), QString("editor"));
        }

        // New question: drafted at once, listed under the section as a draft, selected and open.
        QVERIFY(waitEditor([&] { m_view->newQuestionAction()->trigger(); }));
        const QString questionId = m_view->editor()->document()->questionId();
        QVERIFY(!questionId.isEmpty());
        QCOMPARE(m_view->openQuestionId(), questionId);
        const QModelIndex question = questionNode(questionId);
        QVERIFY(question.isValid());
        QCOMPARE(question.parent().data(ContentTreeModel::IdRole).toString(), sectionId);
        QCOMPARE(statusOf(questionId), Status::Draft);
        QCOMPARE(statusTextOf(questionId), ContentTreeModel::statusText(Status::Draft));
        QCOMPARE(m_view->currentSourceIndex(), question);
        const QList<RecordedEvent> questionEvents =
            m_backend.store->readStream("question-" + questionId, 0, 100);
        QCOMPARE(typesOf(questionEvents), QStringList{"QuestionDrafted"});
        QCOMPARE(json(questionEvents[0].data).value("sectionId").toString(), sectionId);
        QCOMPARE(json(questionEvents[0].data).value("courseId").toString(), courseId);

        // Read again from the store, the tree is the same.
        QSignalSpy loaded(m_view.get(), &PublishingView::contentLoaded);
        m_view->refreshAction()->trigger();
        QVERIFY(loaded.wait(WaitMs));
        QCOMPARE(loaded.first().at(0).toInt(), 1);
        QCOMPARE(loaded.first().at(1).toInt(), 1);
        QCOMPARE(questionNode(questionId).parent().data(ContentTreeModel::IdRole).toString(), sectionId);
        QCOMPARE(m_view->currentSourceIndex(), questionNode(questionId)); // still the open question
    }

    void searchFiltersToAQuestionByAWordOfItsText()
    {
        QVERIFY(openStore());
        QVERIFY(seed());
        QVERIFY(openPage());
        const QAbstractItemModel* shown = m_view->tree()->model();
        QCOMPARE(shownQuestions(shown), (QStringList{"q1", "q2"}));

        QTest::keyClicks(m_view->searchEdit(), "PHOTOSYNTHESIS");
        QCOMPARE(m_view->searchModel()->searchText(), QString("PHOTOSYNTHESIS"));
        QCOMPARE(shownQuestions(shown), QStringList{"q1"});
        // The course, chapter and section above the match stay, expanded to show it.
        const QModelIndex match = m_view->searchModel()->mapFromSource(questionNode("q1"));
        QVERIFY(match.isValid());
        QVERIFY(m_view->tree()->isExpanded(match.parent()));
        QVERIFY(m_view->tree()->isExpanded(match.parent().parent()));

        m_view->setSearchText("leaves release");
        QCOMPARE(m_view->searchEdit()->text(), QString("leaves release"));
        QCOMPARE(shownQuestions(shown), QStringList{"q2"});
        m_view->setSearchText("nothing like this");
        QCOMPARE(shown->rowCount(), 0);
        m_view->searchEdit()->clear();
        QCOMPARE(shownQuestions(shown), (QStringList{"q1", "q2"}));

        // Selecting a node the search hides clears the search.
        m_view->setSearchText("photosynthesis");
        QVERIFY(waitEditor([&] { QVERIFY(m_view->selectNode(NodeKind::Question, "q2")); }));
        QCOMPARE(m_view->searchEdit()->text(), QString());
        QCOMPARE(m_view->editor()->document()->questionId(), QString("q2"));
    }

    void theTreeFollowsTheEditorsPublishAndChange()
    {
        QVERIFY(openStore());
        QVERIFY(seed());
        QVERIFY(openPage());
        QCOMPARE(statusOf("q1"), Status::Draft);

        // Selecting a question opens it in the editor.
        QVERIFY(waitEditor([&] { QVERIFY(m_view->selectNode(NodeKind::Question, "q1")); }));
        QuestionEditorView* editor = m_view->editor();
        QCOMPARE(editor->document()->questionId(), QString("q1"));
        QCOMPARE(editor->textEdit()->toPlainText(), QString("What drives photosynthesis?"));
        QVERIFY(editor->publishButton()->isEnabled());

        QVERIFY(waitEditor([&] { QTest::mouseClick(editor->publishButton(), Qt::LeftButton); }));
        QCOMPARE(statusOf("q1"), Status::Published);
        QCOMPARE(statusTextOf("q1"), ContentTreeModel::statusText(Status::Published));
        QCOMPARE(statusOf("q2"), Status::Draft);
        screenshot("publishing.png");

        // A saved change after publication: "changed" until it is published again.
        typeAtEnd(editor->textEdit(), " (one word)");
        QCOMPARE(statusOf("q1"), Status::Published); // unsaved edits are not the store's
        QVERIFY(waitEditor([&] { QTest::mouseClick(editor->saveButton(), Qt::LeftButton); }));
        QCOMPARE(statusOf("q1"), Status::Changed);
        QCOMPARE(questionNode("q1").data().toString(), QString("What drives photosynthesis? (one word)"));
        QCOMPARE(statusTextOf("q1"), ContentTreeModel::statusText(Status::Changed));
        QVERIFY(waitEditor([&] { QTest::mouseClick(editor->publishButton(), Qt::LeftButton); }));
        QCOMPARE(statusOf("q1"), Status::Published);
        QCOMPARE(typesOf(m_backend.store->readStream("question-q1", 0, 100)),
                 (QStringList{"QuestionDrafted", "QuestionPublished", "QuestionTextChanged",
                              "QuestionPublished"}));

        // A rule broken in the editor, as the README shows it.
        AnswerListEditor* answers = editor->answerEditor();
        answers->setCorrect(0, false);
        QVERIFY(!editor->publishButton()->isEnabled());
        screenshot("publishing-rule.png");
        editor->discardChanges();
        QVERIFY(!editor->hasUnsavedChanges());
    }

    void unsavedChangesAreKeptUnlessTheEditorChooses()
    {
        QVERIFY(openStore());
        QVERIFY(seed());
        QVERIFY(openPage());
        QuestionEditorView* editor = m_view->editor();
        QVERIFY(waitEditor([&] { QVERIFY(m_view->selectNode(NodeKind::Question, "q1")); }));
        typeAtEnd(editor->textEdit(), " Think.");
        QVERIFY(editor->hasUnsavedChanges());

        // Cancel: q1 stays open and selected, its edits in place.
        m_view->selectNode(NodeKind::Question, "q2");
        QPointer<QMessageBox> box = m_view->unsavedChangesBox();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(m_view->currentSourceIndex(), questionNode("q1"));
        QCOMPARE(editor->document()->questionId(), QString("q1"));
        QVERIFY(editor->hasUnsavedChanges());
        QCOMPARE(editor->textEdit()->toPlainText(), QString("What drives photosynthesis? Think."));

        // Save: q1's edits are written, then q2 opens.
        m_view->selectNode(NodeKind::Question, "q2");
        box = m_view->unsavedChangesBox();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QSignalSpy changed(editor, &QuestionEditorView::questionChanged);
        QTest::mouseClick(box->button(QMessageBox::Save), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor->document()->questionId(), QString("q2"), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->document()->isBusy() && !changed.isEmpty(), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(editor->textEdit()->toPlainText(), QString("Which gas do leaves release?"),
                                  WaitMs);
        QCOMPARE(typesOf(m_backend.store->readStream("question-q1", 0, 100)),
                 (QStringList{"QuestionDrafted", "QuestionTextChanged"}));
        QCOMPARE(m_view->currentSourceIndex(), questionNode("q2"));

        // Discard: q2's edits are dropped, q1 opens.
        typeAtEnd(editor->textEdit(), " Guess.");
        QVERIFY(editor->hasUnsavedChanges());
        m_view->selectNode(NodeKind::Question, "q1");
        box = m_view->unsavedChangesBox();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(waitEditor([&] { QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton); }));
        QCOMPARE(editor->document()->questionId(), QString("q1"));
        QCOMPARE(editor->textEdit()->toPlainText(), QString("What drives photosynthesis? Think."));
        QCOMPARE(typesOf(m_backend.store->readStream("question-q2", 0, 100)), QStringList{"QuestionDrafted"});
    }

    void aRefusedCourseCommandNamesItsRule()
    {
        QVERIFY(openStore());
        QVERIFY(seed());
        QVERIFY(openPage());
        QSignalSpy status(m_view.get(), &PublishingView::statusMessage);
        m_view->courseEditor()->addSection(QJsonValue("c1"), QJsonValue("no-such-chapter"), "Roots");
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->errorText().isEmpty(), WaitMs);
        QVERIFY2(m_view->errorText().contains("chapter-not-found"), qPrintable(m_view->errorText()));
        QVERIFY(!status.isEmpty());
        QCOMPARE(typesOf(m_backend.store->readStream("course-c1", 0, 100)),
                 (QStringList{"CourseCreated", "ChapterAdded", "SectionAdded"}));
    }

    void loadingShowsProgressAndCanBeCancelled()
    {
        QVERIFY(openStore());
        QVERIFY(seed());
        StoreSession session(m_backend.address);
        PublishingView view;
        view.show();
        view.setSession(&session);
        // Nothing has come back yet: the results arrive as queued calls.
        QVERIFY(view.isLoading());
        QVERIFY(view.progressBar()->isVisible());
        QVERIFY(!view.tree()->isVisible()); // "Loading…" stands in its place
        QVERIFY(!view.newCourseAction()->isEnabled());
        view.cancelLoading();
        QVERIFY(!view.isLoading());
        QVERIFY(!view.progressBar()->isVisible());
        QVERIFY(view.tree()->isVisible());
        QVERIFY2(view.errorText().contains("cancelled"), qPrintable(view.errorText()));
        QTest::qWait(200); // a cancelled read's result is dropped
        QCOMPARE(view.treeModel()->rowCount(), 0);

        QSignalSpy loaded(&view, &PublishingView::contentLoaded);
        view.refresh();
        QVERIFY(loaded.wait(WaitMs));
        QCOMPARE(loaded.first().at(1).toInt(), 2);
        QVERIFY(view.errorText().isEmpty());
        QVERIFY(!view.progressBar()->isVisible());
        QVERIFY(view.treeModel()->find(NodeKind::Question, "q2").isValid());
        QVERIFY(view.newCourseAction()->isEnabled());
    }
};

QTEST_MAIN(TestPublishingView)
#include "TestPublishingView.moc"
