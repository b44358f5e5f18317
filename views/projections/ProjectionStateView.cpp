#include "ProjectionStateView.h"

#include "ContentCatalogView.h"
#include "QuestionStatsView.h"
#include "StoreSession.h"
#include "StudentProgressView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Rewind {

ProjectionStateView::ProjectionStateView(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_questionStats(new QuestionStatsView(this)),
      m_studentProgress(new StudentProgressView(this)), m_contentCatalog(new ContentCatalogView(this)),
      m_progress(new QLabel(this)), m_reload(new QPushButton(tr("Reload"), this))
{
    m_tabs->setObjectName(QStringLiteral("projectionTabs"));
    m_progress->setObjectName(QStringLiteral("projectionProgressLabel"));
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Load the states again, caught up to the newest event"));
    m_progress->setWordWrap(true);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs->addTab(m_questionStats, tr("Question statistics"));
    m_tabs->addTab(m_studentProgress, tr("Student progress"));
    m_tabs->addTab(m_contentCatalog, tr("Content catalogue"));
    m_tabs->setTabToolTip(QuestionStatsTab, QStringLiteral("question-stats"));
    m_tabs->setTabToolTip(StudentProgressTab, QStringLiteral("student-progress"));
    m_tabs->setTabToolTip(ContentCatalogTab, QStringLiteral("content-catalog"));

    m_loads[QuestionStatsTab].loader =
        new ProjectionStateLoader(ProjectionStateLoader::Kind::QuestionStats, this);
    m_loads[StudentProgressTab].loader =
        new ProjectionStateLoader(ProjectionStateLoader::Kind::StudentProgress, this);
    m_loads[ContentCatalogTab].loader =
        new ProjectionStateLoader(ProjectionStateLoader::Kind::ContentCatalog, this);

    connect(m_loads[QuestionStatsTab].loader, &ProjectionStateLoader::questionStatsLoaded, this,
            [this](const QList<QuestionStatsProjection::Question>& questions, qint64 checkpoint) {
                m_questionStats->setQuestions(questions);
                loaded(QuestionStatsTab, checkpoint);
            });
    connect(m_loads[StudentProgressTab].loader, &ProjectionStateLoader::studentProgressLoaded, this,
            [this](const QList<StudentProgressProjection::Student>& students, qint64 checkpoint) {
                m_studentProgress->setStudents(students);
                loaded(StudentProgressTab, checkpoint);
            });
    connect(m_loads[ContentCatalogTab].loader, &ProjectionStateLoader::contentCatalogLoaded, this,
            [this](const QList<ContentCatalogProjection::Course>& courses, qint64 checkpoint) {
                m_contentCatalog->setCourses(courses);
                loaded(ContentCatalogTab, checkpoint);
            });
    for (int tab = 0; tab < TabCount; ++tab) {
        ProjectionStateLoader* loader = m_loads[tab].loader;
        connect(loader, &ProjectionStateLoader::loadFailed, this,
                [this, tab](const QString& message) { failed(Tab(tab), message); });
        connect(loader, &ProjectionStateLoader::progressed, this,
                [this, tab](qint64 checkpoint, qint64 head) {
                    m_loads[tab].checkpoint = checkpoint;
                    m_loads[tab].head = head;
                    showProgress();
                });
    }
    connect(m_reload, &QPushButton::clicked, this, &ProjectionStateView::reload);

    auto* top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    m_reload->setEnabled(false);
    showProgress();
}

void ProjectionStateView::setSession(StoreSession* session)
{
    m_session = session;
    for (Load& load : m_loads) {
        load.loader->setSession(session);
        load.status = Load::Status::Idle;
    }
    m_reload->setEnabled(session != nullptr);
    m_loadWhenShown = false;
    if (session && isVisible())
        reload();
    else if (session)
        m_loadWhenShown = true;
    else
        showProgress();
}

void ProjectionStateView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loadWhenShown && m_session) {
        m_loadWhenShown = false;
        reload();
    }
}

void ProjectionStateView::reload()
{
    if (!m_session)
        return;
    for (Load& load : m_loads) {
        load.status = Load::Status::Loading;
        load.checkpoint = 0;
        load.head = 0;
        load.error.clear();
    }
    showProgress();
    for (Load& load : m_loads)
        load.loader->load();
}

bool ProjectionStateView::isLoading() const
{
    for (const Load& load : m_loads) {
        if (load.status == Load::Status::Loading)
            return true;
    }
    return false;
}

void ProjectionStateView::loaded(Tab tab, qint64 checkpoint)
{
    m_loads[tab].status = Load::Status::Loaded;
    m_loads[tab].checkpoint = checkpoint;
    showProgress();
    if (!isLoading())
        emit statesLoaded();
}

void ProjectionStateView::failed(Tab tab, const QString& message)
{
    m_loads[tab].status = Load::Status::Failed;
    m_loads[tab].error = message;
    showProgress();
    if (!isLoading())
        emit statesLoaded();
}

QString ProjectionStateView::progressText() const
{
    return m_progress->text();
}

void ProjectionStateView::showProgress()
{
    const QLocale locale;
    QStringList parts;
    for (const Load& load : m_loads) {
        const QString name = load.loader->projectionName();
        switch (load.status) {
        case Load::Status::Idle:
            break;
        case Load::Status::Loading:
            if (load.head > 0)
                parts << tr("%1: folding, at %2 of %3")
                             .arg(name, locale.toString(load.checkpoint), locale.toString(load.head));
            else
                parts << tr("%1: loading…").arg(name);
            break;
        case Load::Status::Loaded:
            parts << tr("%1: up to position %2").arg(name, locale.toString(load.checkpoint));
            break;
        case Load::Status::Failed:
            parts << tr("%1: failed: %2").arg(name, load.error);
            break;
        }
    }
    m_progress->setText(parts.isEmpty() ? tr("No store is open.") : parts.join(QStringLiteral(" · ")));
}

} // namespace Rewind
