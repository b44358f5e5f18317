#pragma once

#include "CommandBus.h"
#include "ContentTreeModel.h"
#include "CourseItemDialog.h"
#include "StoreJob.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QTreeView;

namespace Rewind {

class ContentSearchModel;
class CourseEditor;
class QuestionEditorView;
class StoreSession;

// The Publish page: the course tree on the left (courses, chapters, sections and their
// questions with their status, searchable by question text), the question editor on the right.
// Courses, chapters and sections are made and renamed through CourseEditor's commands; questions
// are drafted and edited in QuestionEditorView. The tree is read once (ContentSnapshot, on the
// background lane) and then kept up to date from what the commands report, so that it never waits
// for a re-read.
class PublishingView : public QWidget
{
    Q_OBJECT
public:
    explicit PublishingView(QWidget* parent = nullptr);
    ~PublishingView() override;

    void setSession(StoreSession* session); // nullptr: nothing to show; otherwise reads the content
    void setMetadata(const CommandMetadata& metadata);
    // Non-empty: the role may not change content; the tree and questions stay readable.
    void setReadOnly(const QString& reason);
    bool isReadOnly() const { return m_readOnly; }

    // Reads every course and question again (the Refresh button).
    void refresh();
    void cancelLoading();
    bool isLoading() const { return m_loadJob.isValid(); }

    // The toolbar's commands; each opens its dialog (see activeDialog()) or acts at once.
    void newCourse();
    void addChapter();
    void addSection();
    void renameSection();
    void newQuestion();

    void setSearchText(const QString& text);
    // Selects a node of the tree (clearing a search that hides it); false when there is none.
    bool selectNode(ContentTreeModel::NodeKind kind, const QString& id);
    QModelIndex currentSourceIndex() const; // the selected node in ContentTreeModel's terms
    QString openQuestionId() const { return m_openQuestionId; }
    QString errorText() const;

    // For tests and the screenshot tour.
    ContentTreeModel* treeModel() const { return m_model; }
    ContentSearchModel* searchModel() const { return m_search; }
    QTreeView* tree() const { return m_tree; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    QuestionEditorView* editor() const { return m_editor; }
    CourseEditor* courseEditor() const { return m_courseEditor; }
    QProgressBar* progressBar() const { return m_progress; }
    QAction* newCourseAction() const { return m_newCourse; }
    QAction* addChapterAction() const { return m_addChapter; }
    QAction* addSectionAction() const { return m_addSection; }
    QAction* renameSectionAction() const { return m_renameSection; }
    QAction* newQuestionAction() const { return m_newQuestion; }
    QAction* refreshAction() const { return m_refresh; }
    CourseItemDialog* activeDialog() const { return m_dialog; }     // the open course dialog, if any
    QMessageBox* unsavedChangesBox() const { return m_unsavedBox; } // the open Save/Discard/Cancel

signals:
    void statusMessage(const QString& message);
    void contentLoaded(int courses, int questions);
    // A course command's result is in the tree, its node selected (null id for a rename).
    void courseUpdated(const QString& courseId);

private:
    void buildActions();
    void loaded(const ContentSnapshot& snapshot);
    void showLoading(bool loading);
    void currentChanged(const QModelIndex& current);
    void updateActions();
    void openDialog(CourseItemDialog::Kind kind, const QString& title,
                    const std::function<void(const CourseItemDialog&)>& accepted);
    void courseChanged(const CourseState& course, const QJsonValue& createdId);
    void questionChanged(const QuestionState& state);
    // Runs `then` once the editor's unsaved changes are saved or discarded, as the user chooses;
    // on Cancel the question stays open and selected and `then` never runs.
    void whenEditorFree(const std::function<void()>& then);
    void selectOpenQuestion();
    void showError(const QString& message);
    void showStatus(const QString& message);

    QPointer<StoreSession> m_session;
    CommandMetadata m_metadata;
    StoreJob m_loadJob;
    ContentTreeModel* m_model = nullptr;
    ContentSearchModel* m_search = nullptr;
    CourseEditor* m_courseEditor = nullptr;

    QLineEdit* m_searchEdit = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_newCourse = nullptr;
    QAction* m_addChapter = nullptr;
    QAction* m_addSection = nullptr;
    QAction* m_renameSection = nullptr;
    QAction* m_newQuestion = nullptr;
    QAction* m_refresh = nullptr;
    QStackedWidget* m_treeStack = nullptr;
    QLabel* m_loadingLabel = nullptr;
    QTreeView* m_tree = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_error = nullptr;
    QSplitter* m_splitter = nullptr;
    QuestionEditorView* m_editor = nullptr;
    QPointer<CourseItemDialog> m_dialog;
    QPointer<QMessageBox> m_unsavedBox;

    QString m_openQuestionId;                   // what the editor shows, as IdRole text
    ContentTreeModel::NodeKind m_pendingKind{}; // what the running course command makes
    QString m_pendingId;                        // for a rename: the section renamed
    bool m_reselecting = false;                 // moving the selection back, not a user's choice
    int m_loadSerial = 0;
    bool m_readOnly = false;
};

} // namespace Rewind
