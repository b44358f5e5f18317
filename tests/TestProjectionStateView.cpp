// The projection state browsers on real SQLite stores: a store of known events, where every number
// shown is worked out by hand, and the demo store, where the view must show what a direct run of
// the projections computes (and where the screenshot is taken).
#include "BuiltInProjections.h"
#include "ContentCatalogTreeModel.h"
#include "ContentCatalogView.h"
#include "DemoGenerator.h"
#include "ProjectionRunner.h"
#include "ProjectionStateView.h"
#include "QuestionStatsTableModel.h"
#include "QuestionStatsView.h"
#include "SqliteEventStore.h"
#include "StoreSession.h"
#include "StudentProgressTableModel.h"
#include "StudentProgressView.h"
#include "TestEvents.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Rewind;

namespace {

constexpr int WaitMs = 60000;

// "stream Type {data}" per line, as the projection tests write their logs.
NewEvent eventOf(const QByteArray& line)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype second = line.indexOf(' ', first + 1);
    return makeEvent(QString::fromUtf8(line.left(first)),
                     QString::fromUtf8(line.mid(first + 1, second - first - 1)), line.mid(second + 1));
}

// Question 1: 1 right of 10 (wrong a x5, b x3, c x1). Question 2: wrong x, explanation, right.
// Question 10: 9 of 9. Question "intro": 0 of 1. Students 11 (Ann) and 12 (Bob); course c1 with a
// section holding questions 1 and 2.
QList<NewEvent> knownEvents()
{
    QList<QByteArray> lines = {
        "student-11 StudentRegistered {\"studentId\":11,\"name\":\"Ann\"}",
        "student-12 StudentRegistered {\"studentId\":12,\"name\":\"Bob\"}",
        "course-c1 CourseCreated {\"courseId\":\"c1\",\"title\":\"Maths\",\"language\":\"en\"}",
        "course-c1 SectionAdded {\"chapterId\":\"ch1\",\"sectionId\":\"s1\",\"title\":\"Sums\",\"index\":0}",
        "question-1 QuestionDrafted "
        "{\"questionId\":1,\"courseId\":\"c1\",\"sectionId\":\"s1\",\"text\":\"?\"}",
        "question-1 QuestionPublished {\"revision\":1}",
        "question-2 QuestionDrafted "
        "{\"questionId\":2,\"courseId\":\"c1\",\"sectionId\":\"s1\",\"text\":\"?\"}",
        "question-2 QuestionPublished {\"revision\":1}",
        "question-2 QuestionPublished {\"revision\":2}",
        "quiz-a QuizStarted {\"quizId\":\"a\",\"studentId\":11,\"sectionId\":\"s1\"}",
        "quiz-a QuestionAnsweredIncorrectly {\"questionId\":2,\"answer\":\"x\"}",
        "quiz-a ExplanationViewed {\"questionId\":2}",
        "quiz-a QuestionAnsweredCorrectly {\"questionId\":2,\"answer\":\"y\"}",
        "quiz-b QuizStarted {\"quizId\":\"b\",\"studentId\":12,\"sectionId\":\"s1\"}",
        "quiz-b QuestionAnsweredCorrectly {\"questionId\":1,\"answer\":\"ok\"}",
        "quiz-b QuestionAnsweredIncorrectly {\"questionId\":\"intro\",\"answer\":\"no\"}",
    };
    const QList<QByteArray> wrong = {"a", "b", "a", "c", "a", "b", "a", "b", "a"};
    for (const QByteArray& answer : wrong)
        lines << "quiz-b QuestionAnsweredIncorrectly {\"questionId\":1,\"answer\":\"" + answer + "\"}";
    for (int i = 0; i < 9; ++i)
        lines << "quiz-b QuestionAnsweredCorrectly {\"questionId\":10,\"answer\":\"ok\"}";
    QList<NewEvent> events;
    for (const QByteArray& line : lines)
        events << eventOf(line);
    return events;
}

QStringList column(const QAbstractItemModel& model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(role).toString();
    return values;
}

QList<qreal> valuesOf(const QBarSet* set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

} // namespace

class TestProjectionStateView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_known; // the store of known events
    QString m_demo;  // a small demo store

    bool waitLoaded(ProjectionStateView& view, QSignalSpy& loaded)
    {
        return loaded.wait(WaitMs) && !view.isLoading();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_known = m_dir.filePath("known.sqlite");
        {
            SqliteEventStore store(m_known, true);
            store.initialize();
            ListSource source(knownEvents());
            store.importEvents(source);
            QCOMPARE(store.headPosition(), 34);
        }
        m_demo = m_dir.filePath("demo.sqlite");
        {
            SqliteEventStore store(m_demo, true);
            store.initialize();
            DemoOptions options;
            // Big enough for a histogram with a shape, small enough to write in a second.
            options.students = 300;
            options.days = 45;
            DemoGenerator demo(options);
            store.importEvents(demo);
        }
    }

    void showsTheKnownStates()
    {
        QLocale::setDefault(QLocale::c());
        StoreSession session(m_known);
        ProjectionStateView view;
        view.resize(1400, 900);
        view.show();
        QSignalSpy loaded(&view, &ProjectionStateView::statesLoaded);
        QSignalSpy selected(view.questionStatsView(), &QuestionStatsView::questionSelected);
        QVERIFY(view.progressText().contains("No store"));
        view.setSession(&session);
        QVERIFY(view.isLoading());
        QVERIFY(waitLoaded(view, loaded));
        QCOMPARE(loaded.size(), 1);
        const QString progress = view.progressText();
        QVERIFY2(progress.contains("question-stats: up to position 34"), qPrintable(progress));
        QVERIFY2(progress.contains("student-progress: up to position 34"), qPrintable(progress));
        QVERIFY2(progress.contains("content-catalog: up to position 34"), qPrintable(progress));

        // Question statistics: sorted by id, numerically, then the first is selected.
        QuestionStatsView* stats = view.questionStatsView();
        QTableView* table = stats->table();
        QCOMPARE(column(*table->model(), QuestionStatsTableModel::QuestionIdRole),
                 (QStringList{"1", "2", "10", "intro"}));
        QCOMPARE(stats->selectedQuestionId(), QString("1"));
        QCOMPARE(selected.last().at(0).toString(), QString("1"));
        QCOMPARE(stats->wrongAnswersAxis()->categories(), (QStringList{"a", "b", "c"}));
        QCOMPARE(valuesOf(stats->wrongAnswersSet()), (QList<qreal>{5, 3, 1}));
        // Correct ratios 0, 0.1, 0.5 and 1 fall in the first, second, sixth and last tenth.
        QCOMPARE(valuesOf(stats->histogramSet()), (QList<qreal>{1, 1, 0, 0, 0, 1, 0, 0, 0, 1}));

        // Sorting by correct ratio is numeric (as text: 0.0 %, 10.0 %, 100.0 %, 50.0 %), by a click on
        // the header: ascending first, descending on the second click.
        QHeaderView* header = table->horizontalHeader();
        const auto clickHeader = [&](int section) {
            const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        clickHeader(QuestionStatsTableModel::CorrectRatioColumn);
        QCOMPARE(header->sortIndicatorSection(), int(QuestionStatsTableModel::CorrectRatioColumn));
        const QStringList byRatio = column(*table->model(), QuestionStatsTableModel::QuestionIdRole);
        if (header->sortIndicatorOrder() == Qt::AscendingOrder)
            QCOMPARE(byRatio, (QStringList{"intro", "1", "2", "10"}));
        else
            QCOMPARE(byRatio, (QStringList{"10", "2", "1", "intro"}));
        clickHeader(QuestionStatsTableModel::CorrectRatioColumn);
        QStringList reversed = byRatio;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(column(*table->model(), QuestionStatsTableModel::QuestionIdRole), reversed);
        QCOMPARE(stats->selectedQuestionId(), QString("1")); // sorting keeps the selection

        // Clicking question 2 shows its one wrong answer and the explanation's effect.
        const int row2 = int(column(*table->model(), QuestionStatsTableModel::QuestionIdRole).indexOf("2"));
        const QRect cell =
            table->visualRect(table->model()->index(row2, QuestionStatsTableModel::AttemptsColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(stats->selectedQuestionId(), QString("2"));
        QCOMPARE(selected.last().at(0).toString(), QString("2"));
        QCOMPARE(stats->wrongAnswersAxis()->categories(), QStringList{"x"});
        QCOMPARE(valuesOf(stats->wrongAnswersSet()), QList<qreal>{1});
        // Question 2: right in 1 of 2 attempts, and right next after the explanation 1 of 1 times.
        QCOMPARE(valuesOf(stats->explanationSelectedSet()), (QList<qreal>{50, 100}));
        // All questions: 11 right of 22 answers; 1 of 1 viewer recovered.
        QCOMPARE(valuesOf(stats->explanationAllSet()), (QList<qreal>{50, 100}));
        auto* explanation = view.findChild<QLabel*>("explanationText");
        QVERIFY(explanation);
        QVERIFY2(explanation->text().contains("1 of 1 student"), qPrintable(explanation->text()));

        // Question 10 has no wrong answers: an empty chart, not the previous question's.
        QVERIFY(stats->selectQuestion("10"));
        QVERIFY(stats->wrongAnswersAxis()->categories().isEmpty());
        QCOMPARE(stats->wrongAnswersSet()->count(), 0);
        QVERIFY(!stats->selectQuestion("404"));

        // Student progress, filtered by name.
        StudentProgressView* students = view.studentProgressView();
        QCOMPARE(students->model()->rowCount(), 2);
        QCOMPARE(column(*students->table()->model(), StudentProgressTableModel::NameRole),
                 (QStringList{"Ann", "Bob"}));
        QCOMPARE(students->model()->index(1, 0).data(StudentProgressTableModel::AnswersRole).toLongLong(),
                 20);
        view.tabs()->setCurrentIndex(ProjectionStateView::StudentProgressTab);
        QTest::keyClicks(students->filterEdit(), "bo");
        QCOMPARE(column(*students->table()->model(), StudentProgressTableModel::StudentIdRole),
                 QStringList{"12"});
        QVERIFY(view.findChild<QLabel*>("studentCountLabel")->text().startsWith("1 of 2"));
        students->setFilterText(QString());
        QCOMPARE(students->table()->model()->rowCount(), 2);

        // Content catalogue: Maths > Sums > questions 1 (r1) and 2 (r2).
        ContentCatalogView* catalog = view.contentCatalogView();
        ContentCatalogTreeModel* tree = catalog->model();
        QCOMPARE(tree->rowCount(), 1);
        const QModelIndex section = tree->find(ContentCatalogTreeModel::NodeKind::Section, "s1");
        QVERIFY(section.isValid());
        QVERIFY(catalog->tree()->isExpanded(catalog->proxy()->mapFromSource(section.parent())));
        QCOMPARE(tree->rowCount(section), 2);
        QCOMPARE(tree->index(1, 0, section).data(ContentCatalogTreeModel::RevisionRole).toLongLong(), 2);
        QCOMPARE(catalog->summaryText(), QString("1 course(s), 1 section(s), 2 published question(s)"));
    }

    void reloadsAtTheNewHead()
    {
        StoreSession session(m_known);
        ProjectionStateView view;
        view.show();
        QSignalSpy loaded(&view, &ProjectionStateView::statesLoaded);
        view.setSession(&session);
        QVERIFY(waitLoaded(view, loaded));
        QuestionStatsView* stats = view.questionStatsView();
        QVERIFY(stats->selectQuestion("2"));

        // Another writer answers question 2 wrongly twice with "z", then Reload.
        SqliteEventStore writer(m_known, false);
        const qint64 head = writer.headPosition();
        ListSource more(
            {eventOf("quiz-c QuizStarted {\"quizId\":\"c\",\"studentId\":12,\"sectionId\":\"s1\"}"),
             eventOf("quiz-c QuestionAnsweredIncorrectly {\"questionId\":2,\"answer\":\"z\"}"),
             eventOf("quiz-c QuestionAnsweredIncorrectly {\"questionId\":2,\"answer\":\"z\"}")});
        writer.importEvents(more);
        auto* reload = view.findChild<QPushButton*>("reloadButton");
        QVERIFY(reload && reload->isEnabled());
        QTest::mouseClick(reload, Qt::LeftButton);
        QVERIFY(view.isLoading());
        QVERIFY(waitLoaded(view, loaded));
        QVERIFY(view.progressText().contains(QString("question-stats: up to position %1").arg(head + 3)));
        // The selection survives the reload, and the chart shows the new most common wrong answer.
        QCOMPARE(stats->selectedQuestionId(), QString("2"));
        QCOMPARE(stats->wrongAnswersAxis()->categories(), (QStringList{"z", "x"}));
        QCOMPARE(valuesOf(stats->wrongAnswersSet()), (QList<qreal>{2, 1}));
        QCOMPARE(view.studentProgressView()
                     ->model()
                     ->index(1, 0)
                     .data(StudentProgressTableModel::QuizzesStartedRole)
                     .toLongLong(),
                 2);
    }

    void failsInWords()
    {
        const QString missing = m_dir.filePath("no/such/dir/store.sqlite");
        StoreSession session(missing);
        ProjectionStateView view;
        QSignalSpy loaded(&view, &ProjectionStateView::statesLoaded);
        view.setSession(&session);
        // A hidden view waits until it is shown: the loads read the whole log.
        QVERIFY(!loaded.wait(300));
        view.show();
        QVERIFY(loaded.wait(WaitMs));
        QVERIFY2(view.progressText().contains("question-stats: failed"), qPrintable(view.progressText()));
        QCOMPARE(view.questionStatsView()->model()->rowCount(), 0);
    }

    void showsTheDemoStoreLikeADirectRun()
    {
        BuiltInProjections direct;
        {
            SqliteEventStore store(m_demo, false);
            ProjectionRunnerOptions options;
            options.persist = false;
            ProjectionRunner runner(
                store, {&direct.questionStats, &direct.studentProgress, &direct.contentCatalog}, options);
            runner.start();
            runner.catchUp();
        }
        QVERIFY(direct.questionStats.questionCount() > 10);

        StoreSession session(m_demo);
        ProjectionStateView view;
        view.resize(1440, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy loaded(&view, &ProjectionStateView::statesLoaded);
        view.setSession(&session);
        QVERIFY(waitLoaded(view, loaded));
        QCOMPARE(view.questionStatsView()->model()->questions(), direct.questionStats.questions());
        QCOMPARE(view.studentProgressView()->model()->students(), direct.studentProgress.students());
        QCOMPARE(view.contentCatalogView()->model()->courses(), direct.contentCatalog.courses());
        // Every answered question is in one bucket of the histogram.
        qreal bucketed = 0;
        for (qreal count : valuesOf(view.questionStatsView()->histogramSet()))
            bucketed += count;
        qsizetype answered = 0;
        for (const auto& q : direct.questionStats.questions())
            answered += q.attempts > 0 ? 1 : 0;
        QCOMPARE(qsizetype(bucketed), answered);

        // Pick the question with the most wrong answers for the picture.
        QString busiest;
        qint64 most = -1;
        for (const auto& q : direct.questionStats.questions()) {
            if (q.incorrect > most && q.commonWrongAnswers.size() >= 2) {
                most = q.incorrect;
                busiest = q.questionId;
            }
        }
        QVERIFY(view.questionStatsView()->selectQuestion(busiest));
        QTest::qWait(100);
        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        if (const QString dir = qEnvironmentVariable("REWIND_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(image.save(dir + "/projection-states.png"));
            view.tabs()->setCurrentIndex(ProjectionStateView::StudentProgressTab);
            QVERIFY(view.grab().save(dir + "/projection-states-students.png"));
            view.tabs()->setCurrentIndex(ProjectionStateView::ContentCatalogTab);
            // One section open, to show its questions with their revisions.
            QTreeView* tree = view.contentCatalogView()->tree();
            tree->expand(tree->model()->index(0, 0, tree->model()->index(0, 0)));
            QVERIFY(view.grab().save(dir + "/projection-states-catalog.png"));
        }
    }
};

QTEST_MAIN(TestProjectionStateView)
#include "TestProjectionStateView.moc"
