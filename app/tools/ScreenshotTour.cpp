// rewind-screenshots STORE OUTDIR: opens the window on a store (the demo store, as scripts/screenshots
// makes it), walks through every view the way a developer would, and saves each as a PNG with
// QWidget::grab(), so the README shows real data and a change to a view is seen, not assumed.
#include "AboutDialog.h"
#include "AnswerListEditor.h"
#include "ConnectionDialog.h"
#include "ContentTreeModel.h"
#include "EventBrowserView.h"
#include "EventDetailPane.h"
#include "EventFilterBar.h"
#include "EventStoreFactory.h"
#include "EventTableModel.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "ProjectionStateView.h"
#include "ProjectionsView.h"
#include "PublishingView.h"
#include "QuestionDocument.h"
#include "QuestionEditorView.h"
#include "RecentStores.h"
#include "ReplayView.h"
#include "StoreSession.h"
#include "TimelineView.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>
#include <QUuid>

#include <cstdio>
#include <functional>

using namespace Rewind;

namespace {

bool waitUntil(const std::function<bool()>& done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void settle(int ms = 300)
{
    waitUntil([] { return false; }, ms);
}

bool save(QWidget* widget, const QString& dir, const QString& name)
{
    settle();
    const QString path = dir + QLatin1Char('/') + name;
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "rewind-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

bool fail(const char* what)
{
    std::fprintf(stderr, "rewind-screenshots: %s did not happen in time\n", what);
    return false;
}

bool rowLoaded(EventTableModel* model, int row)
{
    const QModelIndex index = model->index(row, 0);
    model->data(index);
    return model->data(index, EventTableModel::LoadedRole).toBool();
}

bool projectionsTour(MainWindow& window, const QString& store, const QString& out);
bool publishingTour(MainWindow& window, const QString& out);

// An Eventide consumer of the quiz category in the (throwaway) screenshot store, 1,800 quiz events
// behind, and a command and the event it caused as an Eventide service writes them, with
// Eventide's metadata links. Returns the global position of the caused event.
qint64 addEventideMessages(const QString& store)
{
    auto writer = EventStoreFactory::open(store, EventStoreFactory::Mode::MustExist);
    const auto message = [](const QString& stream, const QString& type, const QByteArray& data,
                            const QByteArray& metadata) {
        NewEvent e;
        e.id = QUuid::createUuid();
        e.streamName = stream;
        e.type = type;
        e.data = data;
        e.metadata = metadata;
        return e;
    };
    const QString consumer = QStringLiteral("quiz:position-reporting");
    if (writer->streamVersion(consumer) < 0) {
        const qint64 quizHead = writer->categoryHead(QStringLiteral("quiz")).globalPosition;
        writer->append(consumer,
                       {message(consumer, QStringLiteral("Recorded"),
                                "{\"position\":" + QByteArray::number(quizHead - 1800) + "}", {})},
                       std::nullopt);
    }
    const QString command = QStringLiteral("certificate:command-7");
    const QString issued = QStringLiteral("certificate-7");
    if (writer->streamVersion(issued) >= 0)
        return writer->readStream(issued, 0, 1).first().globalPosition;
    const AppendResult asked = writer->append(
        command,
        {message(command, QStringLiteral("IssueCertificate"), R"({"studentId":7,"courseId":"c1"})",
                 R"({"correlationStreamName":"student-7","replyStreamName":"reportingReply-7"})")},
        std::nullopt);
    const AppendResult done = writer->append(
        issued,
        {message(issued, QStringLiteral("CertificateIssued"), R"({"studentId":7,"courseId":"c1"})",
                 "{\"causationMessageStreamName\":\"certificate:command-7\",\"causationMessagePosition\":0,"
                 "\"causationMessageGlobalPosition\":" +
                     QByteArray::number(asked.lastGlobalPosition) +
                     ",\"correlationStreamName\":\"student-7\",\"replyStreamName\":\"reportingReply-7\"}")},
        std::nullopt);
    writer->append(QStringLiteral("reportingReply-7"),
                   {message(QStringLiteral("reportingReply-7"), QStringLiteral("CertificateIssued"),
                            R"({"studentId":7})", R"({"correlationStreamName":"student-7"})")},
                   std::nullopt);
    return done.lastGlobalPosition;
}

bool tour(const QString& store, const QString& out)
{
    const qint64 eventideEvent = addEventideMessages(store);
    MainWindow window;
    window.resize(1400, 820);
    window.show();
    bool opened = false;
    QObject::connect(&window, &MainWindow::storeOpened, &window, [&] { opened = true; });
    window.openStore(store);
    if (!waitUntil([&] { return opened; }))
        return fail("opening the store");
    EventBrowserView* browser = window.browser();
    EventTableModel* model = browser->tableModel();
    if (!waitUntil([&] { return model->isIndexComplete() && rowLoaded(model, 0); }))
        return fail("the first page");

    // Browse: the whole log with an answered question selected, its data in the detail pane.
    browser->jumpTo(QStringLiteral("120000"));
    if (!waitUntil([&] { return browser->detailPane()->event().has_value(); }))
        return fail("selecting an event");
    if (!save(&window, out, QStringLiteral("browse.png")))
        return false;

    // The same event's relatives: the events of its correlation and its cause.
    browser->detailPane()->findChild<QTabWidget*>(QStringLiteral("detailTabs"))->setCurrentIndex(2);
    waitUntil([&] { return browser->detailPane()->correlatedModel()->isIndexComplete(); });
    if (!save(&window, out, QStringLiteral("browse-related.png")))
        return false;

    // Relatives named by Eventide's metadata links: the command that caused it, the messages of
    // its correlation stream's category, the replies.
    browser->jumpTo(QString::number(eventideEvent));
    if (!waitUntil([&] {
            return browser->detailPane()->event() &&
                   browser->detailPane()->event()->globalPosition == eventideEvent;
        }))
        return fail("selecting the Eventide event");
    waitUntil([&] { return browser->detailPane()->correlatedModel()->isIndexComplete(); });
    if (!save(&window, out, QStringLiteral("browse-related-eventide.png")))
        return false;

    // A filter: incorrect answers of one category.
    browser->showCategory(QStringLiteral("quiz"));
    browser->findChild<EventFilterBar*>()->setTypes({QStringLiteral("QuestionAnsweredIncorrectly")});
    if (!waitUntil([&] { return model->isIndexComplete() && rowLoaded(model, 0); }))
        return fail("the filtered page");
    if (!save(&window, out, QStringLiteral("browse-filtered.png")))
        return false;

    // Replay: the selected quiz's stream, halfway.
    const QString stream = model->data(model->index(0, 0), EventTableModel::StreamNameRole).toString();
    window.showPage(MainWindow::Page::Replay);
    ReplayView* replay = window.replay();
    replay->openStream(stream);
    auto* spin = replay->findChild<QSpinBox*>(QStringLiteral("positionSpin"));
    if (!waitUntil([&] { return spin && spin->isEnabled() && spin->maximum() > 0; }))
        return fail("opening the stream for replay");
    bool shown = false;
    QObject::connect(replay, &ReplayView::stateShown, &window, [&] { shown = true; });
    replay->setPosition(spin->maximum() / 2);
    if (!waitUntil([&] { return shown; }))
        return fail("the replayed state");
    if (!save(&window, out, QStringLiteral("replay.png")))
        return false;

    // The dialogs.
    window.showPage(MainWindow::Page::Browse);
    {
        ConnectionDialog dialog(&window);
        dialog.setRecentAddresses(RecentStores().addresses());
        dialog.setAddress(store);
        dialog.show();
        if (!save(&dialog, out, QStringLiteral("connection-dialog.png")))
            return false;
    }
    {
        AboutDialog dialog(AboutInfo{}, &window);
        dialog.show();
        if (!save(&dialog, out, QStringLiteral("about-dialog.png")))
            return false;
    }
    {
        ExportDialog dialog(window.session(), browser->currentQuery(), {}, &window);
        dialog.setFilterEventCount(model->indexedRows());
        dialog.show();
        if (!save(&dialog, out, QStringLiteral("export-dialog.png")))
            return false;
    }
    if (!projectionsTour(window, store, out))
        return false;

    // Timeline: a demo student with quizzes in several sections, an entry selected.
    window.showPage(MainWindow::Page::Timeline);
    TimelineView* timeline = window.timeline();
    bool loaded = false;
    QObject::connect(timeline, &TimelineView::timelineLoaded, &window, [&] { loaded = true; });
    timeline->openStudent(QStringLiteral("378"));
    if (!waitUntil([&] { return loaded; }))
        return fail("opening a student's timeline");
    // An entry in the middle of the last day: the progress panel says where the student stood then.
    auto* tree = timeline->findChild<QTreeView*>();
    if (tree && tree->model()->rowCount() > 0) {
        const QModelIndex lastDay = tree->model()->index(tree->model()->rowCount() - 1, 0);
        const QModelIndex entry = tree->model()->index(tree->model()->rowCount(lastDay) / 2, 0, lastDay);
        tree->setCurrentIndex(entry);
    }
    if (!save(&window, out, QStringLiteral("timeline.png")))
        return false;
    return publishingTour(window, out);
}

// The first question of a course tree, depth first.
QModelIndex firstQuestion(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (ContentTreeModel::NodeKind(index.data(ContentTreeModel::KindRole).toInt()) ==
            ContentTreeModel::NodeKind::Question)
            return index;
        if (const QModelIndex below = firstQuestion(model, index); below.isValid())
            return below;
    }
    return {};
}

// Publish: the course tree with a published demo question open in the editor; then the same
// question with a broken rule (no correct answer), shown at its field. Nothing is saved.
bool publishingTour(MainWindow& window, const QString& out)
{
    window.showPage(MainWindow::Page::Publish);
    PublishingView* publishing = window.publishing();
    if (!waitUntil([&] { return !publishing->isLoading() && publishing->treeModel()->rowCount() > 0; }))
        return fail("loading the course tree");
    const QModelIndex question = firstQuestion(publishing->treeModel());
    if (!question.isValid())
        return fail("finding a question in the tree");
    QuestionEditorView* editor = publishing->editor();
    bool changed = false;
    QObject::connect(editor, &QuestionEditorView::questionChanged, &window, [&] { changed = true; });
    publishing->selectNode(ContentTreeModel::NodeKind::Question,
                           question.data(ContentTreeModel::IdRole).toString());
    if (!waitUntil([&] { return changed && !editor->document()->isBusy(); }))
        return fail("opening a question in the editor");
    if (!save(&window, out, QStringLiteral("publishing.png")))
        return false;

    AnswerListEditor* answers = editor->answerEditor();
    for (int row = 0; row < answers->count(); ++row)
        answers->setCorrect(row, false);
    const bool saved = save(&window, out, QStringLiteral("publishing-rule.png"));
    editor->discardChanges();
    return saved;
}

// The Projections page with one of each kind: the store's own projections (caught up by
// `rewind projections run` first), a `rewind serve` instance catching up on a copy of the store,
// and the Eventide consumer addEventideMessages() wrote.
bool projectionsTour(MainWindow& window, const QString& store, const QString& out)
{
    const QString rewind = QCoreApplication::applicationDirPath() + QStringLiteral("/rewind");
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("served.sqlite"));
    if (!QFile::copy(store, copy))
        return fail("copying the store for rewind serve");
    QProcess run;
    run.start(rewind,
              {QStringLiteral("--store"), store, QStringLiteral("projections"), QStringLiteral("run")});
    if (!run.waitForFinished(120000) || run.exitCode() != 0)
        return fail("rewind projections run");
    QProcess serve;
    serve.start(rewind, {QStringLiteral("--store"), copy, QStringLiteral("serve"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")});
    QString base;
    QByteArray said;
    waitUntil([&] {
        said += serve.readAllStandardOutput();
        const qsizetype at = said.indexOf("http://");
        if (at >= 0 && said.indexOf('\n', at) > at)
            base = QString::fromUtf8(said.mid(at, said.indexOf('\n', at) - at)).trimmed();
        return !base.isEmpty();
    });
    if (base.isEmpty())
        return fail("starting rewind serve");

    window.showPage(MainWindow::Page::Projections);
    ProjectionsView* projections = window.projections();
    projections->addServeInstance(base);
    settle(12000); // a dozen samples: the serve instance's lag falls as it catches up
    const bool saved = save(&window, out, QStringLiteral("projections.png"));
    serve.terminate();
    serve.waitForFinished(10000);
    if (!saved)
        return false;

    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("projectionsPage"));
    tabs->setCurrentWidget(window.projectionStates());
    if (!waitUntil([&] { return !window.projectionStates()->isLoading(); }))
        return fail("loading the projection states");
    return save(&window, out, QStringLiteral("projection-states.png"));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rewind"));
    QCoreApplication::setApplicationName(QStringLiteral("rewind-screenshots"));
    QTranslator translator;
    QSettings settings;
    Rewind::UiLanguage::install(app, translator, Rewind::UiLanguage::effective(settings));
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: rewind-screenshots STORE OUTDIR\n");
        return 1;
    }
    QDir().mkpath(args.at(1));
    return tour(args.at(0), args.at(1)) ? 0 : 1;
}
