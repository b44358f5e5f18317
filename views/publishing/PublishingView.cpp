#include "PublishingView.h"

#include "ContentSearchModel.h"
#include "ContentSnapshot.h"
#include "CourseEditor.h"
#include "QuestionDocument.h"
#include "QuestionEditorView.h"
#include "StoreSession.h"

#include <QAction>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace Rewind {

namespace {

using NodeKind = ContentTreeModel::NodeKind;

// An id as the tree's IdRole has it: a string as it is, a JSON number as its decimal text.
QString idText(const QJsonValue& id)
{
    if (id.isString())
        return id.toString();
    if (id.isDouble()) {
        const double d = id.toDouble();
        const auto whole = qint64(d);
        return double(whole) == d ? QString::number(whole) : QString::number(d, 'g', 17);
    }
    return {};
}

NodeKind kindOf(const QModelIndex& index)
{
    return NodeKind(index.data(ContentTreeModel::KindRole).toInt());
}

} // namespace

PublishingView::PublishingView(QWidget* parent)
    : QWidget(parent), m_model(new ContentTreeModel(this)), m_search(new ContentSearchModel(this)),
      m_courseEditor(new CourseEditor(this))
{
    m_search->setSourceModel(m_model);
    m_metadata.appVersion = QCoreApplication::applicationVersion();

    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("publishingSearch"));
    m_searchEdit->setPlaceholderText(tr("Search question text"));
    m_searchEdit->setClearButtonEnabled(true);

    buildActions();
    // Two rows of buttons: a toolbar this wide would hide half of them behind its extension arrow.
    auto* buttons = new QGridLayout;
    const QList<QAction*> actions{m_newCourse,     m_addChapter,  m_addSection,
                                  m_renameSection, m_newQuestion, m_refresh};
    for (int i = 0; i < actions.size(); ++i) {
        auto* button = new QToolButton;
        button->setDefaultAction(actions.at(i));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        buttons->addWidget(button, i / 3, i % 3);
    }

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("contentTree"));
    m_tree->setModel(m_search);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ContentTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ContentTreeModel::StatusColumn, QHeaderView::ResizeToContents);

    m_loadingLabel = new QLabel(tr("Loading…"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_treeStack = new QStackedWidget;
    m_treeStack->addWidget(m_loadingLabel);
    m_treeStack->addWidget(m_tree);
    m_treeStack->setCurrentWidget(m_tree);

    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_cancel = new QPushButton(tr("Cancel"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("publishingError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setVisible(false);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_searchEdit);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_treeStack, 1);
    leftLayout->addLayout(progressRow);
    leftLayout->addWidget(m_error);

    m_editor = new QuestionEditorView;
    m_splitter = new QSplitter;
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({520, 780}); // room for a question's first line beside the editor

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_editor->setMetadata(m_metadata);
    m_courseEditor->setMetadata(m_metadata);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &PublishingView::setSearchText);
    connect(m_cancel, &QPushButton::clicked, this, &PublishingView::cancelLoading);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { currentChanged(current); });
    connect(m_search, &QAbstractItemModel::modelReset, this, &PublishingView::updateActions);
    connect(m_search, &QAbstractItemModel::rowsRemoved, this, &PublishingView::updateActions);
    connect(m_courseEditor, &CourseEditor::courseChanged, this, &PublishingView::courseChanged);
    connect(m_courseEditor, &CourseEditor::rejected, this,
            [this](const QString& rule, const QString& message) {
                showError(tr("Refused by the rule “%1”: %2").arg(rule, message));
            });
    connect(m_courseEditor, &CourseEditor::conflictDetected, this, [this](const QString& message) {
        showError(
            tr("Someone changed this course meanwhile (%1). The tree is read again: please try once more.")
                .arg(message));
        refresh();
    });
    connect(m_courseEditor, &CourseEditor::failed, this,
            [this](const QString& message) { showError(tr("The course command failed: %1").arg(message)); });
    connect(m_editor, &QuestionEditorView::questionChanged, this, &PublishingView::questionChanged);
    connect(m_editor, &QuestionEditorView::statusMessage, this, &PublishingView::statusMessage);

    updateActions();
}

PublishingView::~PublishingView()
{
    // The editors hold the session's jobs; they let go before the session may go.
    m_loadJob.cancel();
    m_editor->setSession(nullptr);
    m_courseEditor->setSession(nullptr);
}

void PublishingView::buildActions()
{
    const auto make = [this](const QString& text, const QString& tip, void (PublishingView::*slot)()) {
        auto* action = new QAction(text, this);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newCourse = make(tr("New course…"), tr("Create a course (CreateCourse)"), &PublishingView::newCourse);
    m_addChapter = make(tr("Add chapter…"), tr("Add a chapter to the selected course (AddChapter)"),
                        &PublishingView::addChapter);
    m_addSection = make(tr("Add section…"), tr("Add a section to the selected chapter (AddSection)"),
                        &PublishingView::addSection);
    m_renameSection = make(tr("Rename section…"), tr("Rename the selected section (RenameSection)"),
                           &PublishingView::renameSection);
    m_newQuestion = make(tr("New question"), tr("Draft a question in the selected section (DraftQuestion)"),
                         &PublishingView::newQuestion);
    m_refresh = make(tr("Refresh"), tr("Read every course and question again"), &PublishingView::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void PublishingView::setSession(StoreSession* session)
{
    if (m_session == session)
        return;
    cancelLoading();
    m_session = session;
    m_openQuestionId.clear();
    m_editor->setSession(session);
    m_courseEditor->setSession(session);
    m_model->setSnapshot({});
    showError({});
    if (session)
        refresh();
    updateActions();
}

void PublishingView::setMetadata(const CommandMetadata& metadata)
{
    m_metadata = metadata;
    m_editor->setMetadata(metadata);
    m_courseEditor->setMetadata(metadata);
}

void PublishingView::refresh()
{
    if (!m_session)
        return;
    m_loadJob.cancel();
    const int serial = ++m_loadSerial;
    showLoading(true);
    m_loadJob = m_session->submit(
        StoreSession::Lane::Background, this,
        [](EventStore& store, const JobControl& control) { return ContentSnapshot::read(store, control); },
        [this, serial](const ContentSnapshot& snapshot) {
            if (serial != m_loadSerial)
                return;
            m_loadJob = {};
            loaded(snapshot);
        },
        [this, serial](const StoreSession::Failure& failure) {
            if (serial != m_loadSerial)
                return;
            m_loadJob = {};
            showLoading(false);
            showError(tr("Could not read the courses and questions: %1").arg(failure.message));
        },
        [this, serial](qint64 done, qint64 total) {
            if (serial != m_loadSerial)
                return;
            if (total > 0) {
                // Event counts may pass int's range on a big store; the bar only needs the share.
                m_progress->setRange(0, 1000);
                m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
            }
            m_progress->setFormat(tr("%1 events read").arg(done));
        });
}

void PublishingView::cancelLoading()
{
    if (!m_loadJob.isValid())
        return;
    m_loadJob.cancel();
    m_loadJob = {};
    ++m_loadSerial;
    showLoading(false);
    showError(
        tr("Reading the courses was cancelled: the tree may be out of date. Refresh reads them again."));
}

void PublishingView::showLoading(bool loading)
{
    m_treeStack->setCurrentWidget(loading ? static_cast<QWidget*>(m_loadingLabel) : m_tree);
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
    }
    updateActions();
}

void PublishingView::loaded(const ContentSnapshot& snapshot)
{
    m_model->setSnapshot(snapshot);
    showLoading(false);
    showError({});
    m_tree->expandAll();
    if (!m_openQuestionId.isEmpty())
        selectOpenQuestion();
    showStatus(tr("Read %1 and %2.")
                   .arg(tr("%n course(s)", nullptr, int(snapshot.courses.size())),
                        tr("%n question(s)", nullptr, int(snapshot.questions.size()))));
    emit contentLoaded(int(snapshot.courses.size()), int(snapshot.questions.size()));
}

QModelIndex PublishingView::currentSourceIndex() const
{
    return m_search->mapToSource(m_tree->currentIndex());
}

QString PublishingView::errorText() const
{
    return m_error->text();
}

void PublishingView::setSearchText(const QString& text)
{
    if (m_searchEdit->text() != text) {
        m_searchEdit->setText(text); // comes back here through textChanged
        return;
    }
    m_search->setSearchText(text);
    // Matches sit three levels down: show them all rather than collapsed sections.
    if (!text.trimmed().isEmpty())
        m_tree->expandAll();
    updateActions();
}

bool PublishingView::selectNode(ContentTreeModel::NodeKind kind, const QString& id)
{
    const QModelIndex source = m_model->find(kind, id);
    if (!source.isValid())
        return false;
    QModelIndex shown = m_search->mapFromSource(source);
    if (!shown.isValid()) { // hidden by the search: the node matters more
        setSearchText(QString());
        shown = m_search->mapFromSource(source);
    }
    m_tree->scrollTo(shown);
    m_tree->setCurrentIndex(shown);
    return m_tree->currentIndex() == shown;
}

void PublishingView::selectOpenQuestion()
{
    m_reselecting = true;
    if (!selectNode(NodeKind::Question, m_openQuestionId))
        m_tree->setCurrentIndex({});
    m_reselecting = false;
}

void PublishingView::currentChanged(const QModelIndex& current)
{
    updateActions();
    if (m_reselecting || !current.isValid() || kindOf(current) != NodeKind::Question)
        return;
    const QString id = current.data(ContentTreeModel::IdRole).toString();
    if (id == m_openQuestionId)
        return;
    whenEditorFree([this, id] {
        m_openQuestionId = id;
        m_editor->openQuestion(id);
    });
}

void PublishingView::whenEditorFree(const std::function<void()>& then)
{
    if (!m_editor->hasUnsavedChanges()) {
        then();
        return;
    }
    if (m_unsavedBox) // already asking
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                tr("The open question has changes that are not saved."),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(tr("Save them before going on, discard them, or stay on the question?"));
    box->setDefaultButton(QMessageBox::Save);
    m_unsavedBox = box;
    connect(box, &QMessageBox::finished, this, [this, box, then] {
        m_unsavedBox = nullptr; // answered: the next question may ask again
        box->deleteLater();
        const QMessageBox::StandardButton choice =
            box->clickedButton() ? box->standardButton(box->clickedButton()) : QMessageBox::Cancel;
        if (choice == QMessageBox::Discard) {
            m_editor->discardChanges();
            then();
            return;
        }
        if (choice != QMessageBox::Save) {
            selectOpenQuestion();
            return;
        }
        if (!m_editor->saveButton()->isEnabled()) { // busy, or nothing it can save now
            selectOpenQuestion();
            showStatus(tr("The question cannot be saved right now; it stays open."));
            return;
        }
        // Go on only once the save is in the store; a refusal or a conflict keeps the question open
        // (the editor shows why).
        QuestionDocument* document = m_editor->document();
        auto connections = std::make_shared<QList<QMetaObject::Connection>>();
        const auto disconnectAll = [connections] {
            for (const QMetaObject::Connection& c : std::as_const(*connections))
                QObject::disconnect(c);
        };
        const auto stay = [this, disconnectAll] {
            disconnectAll();
            selectOpenQuestion();
            showStatus(tr("The question was not saved; it stays open."));
        };
        connections->append(connect(document, &QuestionDocument::saved, this, [disconnectAll, then] {
            disconnectAll();
            then();
        }));
        connections->append(connect(document, &QuestionDocument::rejected, this, stay));
        connections->append(connect(document, &QuestionDocument::conflictDetected, this, stay));
        connections->append(connect(document, &QuestionDocument::failed, this, stay));
        m_editor->save();
    });
    box->open();
}

void PublishingView::setReadOnly(const QString& reason)
{
    m_readOnly = !reason.isEmpty();
    m_editor->setReadOnly(reason);
    updateActions();
}

void PublishingView::updateActions()
{
    const QModelIndex current = m_tree->currentIndex();
    const bool ready = m_session && !isLoading() && !m_readOnly;
    const NodeKind kind = current.isValid() ? kindOf(current) : NodeKind::Unfiled;
    m_newCourse->setEnabled(ready);
    m_addChapter->setEnabled(ready && current.isValid() && kind == NodeKind::Course);
    m_addSection->setEnabled(ready && current.isValid() && kind == NodeKind::Chapter);
    m_renameSection->setEnabled(ready && current.isValid() && kind == NodeKind::Section);
    m_newQuestion->setEnabled(ready && current.isValid() && kind == NodeKind::Section);
    m_refresh->setEnabled(bool(m_session));
}

void PublishingView::openDialog(CourseItemDialog::Kind kind, const QString& title,
                                const std::function<void(const CourseItemDialog&)>& accepted)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    auto* dialog = new CourseItemDialog(kind, this);
    if (!title.isEmpty())
        dialog->setTitle(title);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [dialog, accepted] { accepted(*dialog); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void PublishingView::newCourse()
{
    if (!m_newCourse->isEnabled())
        return;
    openDialog(CourseItemDialog::Kind::NewCourse, {}, [this](const CourseItemDialog& dialog) {
        m_pendingKind = NodeKind::Course;
        m_courseEditor->createCourse(dialog.title(), dialog.language());
    });
}

void PublishingView::addChapter()
{
    if (!m_addChapter->isEnabled())
        return;
    const QJsonValue courseId = m_tree->currentIndex().data(ContentTreeModel::IdJsonRole).toJsonValue();
    openDialog(CourseItemDialog::Kind::AddChapter, {}, [this, courseId](const CourseItemDialog& dialog) {
        m_pendingKind = NodeKind::Chapter;
        m_courseEditor->addChapter(courseId, dialog.title());
    });
}

void PublishingView::addSection()
{
    if (!m_addSection->isEnabled())
        return;
    const QModelIndex chapter = m_tree->currentIndex();
    const QJsonValue courseId = chapter.data(ContentTreeModel::CourseIdJsonRole).toJsonValue();
    const QJsonValue chapterId = chapter.data(ContentTreeModel::IdJsonRole).toJsonValue();
    openDialog(CourseItemDialog::Kind::AddSection, {},
               [this, courseId, chapterId](const CourseItemDialog& dialog) {
                   m_pendingKind = NodeKind::Section;
                   m_courseEditor->addSection(courseId, chapterId, dialog.title());
               });
}

void PublishingView::renameSection()
{
    if (!m_renameSection->isEnabled())
        return;
    const QModelIndex section = m_tree->currentIndex();
    const QJsonValue courseId = section.data(ContentTreeModel::CourseIdJsonRole).toJsonValue();
    const QJsonValue sectionId = section.data(ContentTreeModel::IdJsonRole).toJsonValue();
    const QString id = section.data(ContentTreeModel::IdRole).toString();
    openDialog(CourseItemDialog::Kind::RenameSection, section.data(Qt::DisplayRole).toString(),
               [this, courseId, sectionId, id](const CourseItemDialog& dialog) {
                   m_pendingKind = NodeKind::Section;
                   m_pendingId = id;
                   m_courseEditor->renameSection(courseId, sectionId, dialog.title());
               });
}

void PublishingView::newQuestion()
{
    if (!m_newQuestion->isEnabled())
        return;
    const QModelIndex section = m_tree->currentIndex();
    const QJsonValue courseId = section.data(ContentTreeModel::CourseIdJsonRole).toJsonValue();
    const QJsonValue sectionId = section.data(ContentTreeModel::IdJsonRole).toJsonValue();
    whenEditorFree([this, courseId, sectionId] {
        // The draft's id is the editor's to choose: questionChanged() tells it, and selects it.
        m_openQuestionId.clear();
        m_editor->newQuestion(courseId, sectionId);
    });
}

void PublishingView::courseChanged(const CourseState& course, const QJsonValue& createdId)
{
    m_model->updateCourse(course);
    showError({});
    const QString id = createdId.isNull() || createdId.isUndefined() ? m_pendingId : idText(createdId);
    if (selectNode(m_pendingKind, id))
        m_tree->expand(m_tree->currentIndex());
    showStatus(tr("Course “%1” saved (version %2).").arg(course.title.toString()).arg(course.version));
    emit courseUpdated(idText(course.courseId));
}

void PublishingView::questionChanged(const QuestionState& state)
{
    m_model->updateQuestion(state);
    const QString id = idText(state.questionId);
    const QModelIndex current = m_tree->currentIndex();
    if (id != m_openQuestionId || !current.isValid() ||
        current.data(ContentTreeModel::IdRole).toString() != id || kindOf(current) != NodeKind::Question) {
        m_openQuestionId = id;
        selectOpenQuestion();
    }
}

void PublishingView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit statusMessage(message);
}

void PublishingView::showStatus(const QString& message)
{
    emit statusMessage(message);
}

} // namespace Rewind
