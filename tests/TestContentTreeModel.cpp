// The publishing page's course tree: courses > chapters (by index) > sections > questions with their
// status, "Unfiled" nodes only where questions need them, the roles views and the search read, and
// updates after a save or a course command as fine-grained row signals, never a reset.
#include "ContentSamples.h"
#include "ContentTreeModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Rewind;
using namespace Rewind::ContentSamples;
using Kind = ContentTreeModel::NodeKind;
using Status = ContentTreeModel::QuestionStatus;

namespace {

QJsonValue jsonAt(const QModelIndex& index, int role)
{
    return index.data(role).value<QJsonValue>();
}

// Signals a model sent, by kind.
struct Spies
{
    explicit Spies(QAbstractItemModel* m)
        : reset(m, &QAbstractItemModel::modelReset), inserted(m, &QAbstractItemModel::rowsInserted),
          removed(m, &QAbstractItemModel::rowsRemoved), changed(m, &QAbstractItemModel::dataChanged),
          layout(m, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        reset.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
        layout.clear();
    }
    QSignalSpy reset, inserted, removed, changed, layout;
};

QString dataOf(const QModelIndex& index)
{
    return index.data().toString();
}

} // namespace

class TestContentTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheTree()
    {
        ContentTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(sample());
        QCOMPARE(outline(model), (QStringList{
                                     "Rekenen [4]",
                                     "  Hoofdstuk A [2]",
                                     "    Optellen [2]",
                                     "      Wat is 1+1? [Draft]",
                                     "      (no text yet) [Published]",
                                     "  Hoofdstuk B [1]",
                                     "    Delen [1]",
                                     "      changed [Changed since publication]",
                                     "  Unfiled [1]",
                                     "    Oud [Retired]",
                                     "Taal [1]",
                                     "  Unfiled [1]",
                                     "    Zes [Draft]",
                                     "Unfiled (unknown course) [1]",
                                     "  Wees [Draft]",
                                 }));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), "Course / chapter / section / question");
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), "Status");
    }

    void roles()
    {
        ContentTreeModel model;
        model.setSnapshot(sample());

        const QModelIndex q1 = model.find(Kind::Question, "q1");
        QVERIFY(q1.isValid());
        QCOMPARE(q1.data(ContentTreeModel::KindRole).toInt(), int(Kind::Question));
        QCOMPARE(q1.data(ContentTreeModel::IdRole).toString(), "q1");
        QCOMPARE(jsonAt(q1, ContentTreeModel::IdJsonRole), QJsonValue("q1"));
        QCOMPARE(jsonAt(q1, ContentTreeModel::CourseIdJsonRole), QJsonValue("c1"));
        QCOMPARE(q1.data(ContentTreeModel::StreamRole).toString(), "question-q1");
        QCOMPARE(q1.data(ContentTreeModel::StatusRole).toInt(), int(Status::Draft));
        QCOMPARE(q1.data(ContentTreeModel::QuestionCountRole).toInt(), 1);
        QCOMPARE(q1.data(Qt::ToolTipRole).toString(), "Wat is 1+1?\nTweede regel");
        QCOMPARE(q1.data(ContentTreeModel::SearchTextRole).toString(),
                 QString::fromUtf8("Wat is 1+1?\nTweede regel\ntwee\ndrie\nÉén en één"));
        QVERIFY(q1.data(Qt::DecorationRole).value<QColor>().isValid());
        QCOMPARE(dataOf(q1.parent()), "Optellen");

        const QModelIndex q3 = model.find(Kind::Question, "q3");
        QCOMPARE(q3.data(ContentTreeModel::StatusRole).toInt(), int(Status::Changed));
        QVERIFY(q3.data(Qt::DecorationRole).value<QColor>() != q1.data(Qt::DecorationRole).value<QColor>());
        QCOMPARE(model.find(Kind::Question, "q4").data(ContentTreeModel::StatusRole).toInt(),
                 int(Status::Retired));

        // A numeric id stays a number in the JSON roles and is its decimal text in IdRole.
        const QModelIndex seven = model.find(Kind::Course, "7");
        QVERIFY(seven.isValid());
        QCOMPARE(seven.row(), 1);
        QCOMPARE(jsonAt(seven, ContentTreeModel::IdJsonRole), QJsonValue(7));
        QCOMPARE(seven.data(ContentTreeModel::StreamRole).toString(), "course-7");
        QCOMPARE(seven.data(ContentTreeModel::QuestionCountRole).toInt(), 1);
        QVERIFY(!seven.data(ContentTreeModel::StatusRole).isValid());
        const QModelIndex six = model.find(Kind::Question, "6");
        QCOMPARE(jsonAt(six, ContentTreeModel::IdJsonRole), QJsonValue(6));
        QCOMPARE(six.data(ContentTreeModel::StreamRole).toString(), "question-6");

        const QModelIndex s2 = model.find(Kind::Section, "s2");
        QCOMPARE(dataOf(s2), "Delen");
        QCOMPARE(jsonAt(s2, ContentTreeModel::ChapterIdJsonRole), QJsonValue("ch2"));
        QCOMPARE(jsonAt(s2, ContentTreeModel::CourseIdJsonRole), QJsonValue("c1"));
        QCOMPARE(s2.data(ContentTreeModel::StreamRole).toString(), "course-c1");
        const QModelIndex ch1 = model.find(Kind::Chapter, "ch1");
        QCOMPARE(ch1.row(), 0); // index 0, though added after ch2
        QCOMPARE(jsonAt(ch1, ContentTreeModel::ChapterIdJsonRole), QJsonValue("ch1"));

        // "Unfiled" is found by its course's id; the top-level one by an empty id.
        const QModelIndex unfiled = model.find(Kind::Unfiled, "c1");
        QCOMPARE(unfiled.row(), 2);
        QCOMPARE(dataOf(unfiled), "Unfiled");
        QCOMPARE(jsonAt(unfiled, ContentTreeModel::CourseIdJsonRole), QJsonValue("c1"));
        const QModelIndex orphans = model.find(Kind::Unfiled, "");
        QVERIFY(orphans.isValid());
        QVERIFY(!orphans.parent().isValid());
        QCOMPARE(jsonAt(model.index(0, 0, orphans), ContentTreeModel::CourseIdJsonRole),
                 QJsonValue("unknown"));

        QVERIFY(!model.find(Kind::Question, "nope").isValid());
        QVERIFY(!model.find(Kind::Section, "q1").isValid());
        QCOMPARE(ContentTreeModel::statusText(Status::Published), "Published");
    }

    void updateQuestionInPlace()
    {
        ContentTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(sample());
        Spies spies(&model);

        QuestionState q1 = model.snapshot().questions[0];
        q1 = question("question-q1", {{"QuestionTextChanged", "{\"text\":\"Wat is 2+2?\"}"}}, q1);
        model.updateQuestion(q1);
        const QModelIndex index = model.find(Kind::Question, "q1");
        QCOMPARE(dataOf(index), "Wat is 2+2?");
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed[0][0].value<QModelIndex>(), index);
        QCOMPARE(spies.changed[0][1].value<QModelIndex>(), index.siblingAtColumn(1));
        QVERIFY(spies.inserted.isEmpty());
        QVERIFY(spies.removed.isEmpty());
        QVERIFY(spies.reset.isEmpty());

        spies.clear();
        model.updateQuestion(question("question-q1", {{"QuestionPublished", "{\"revision\":1}"}}, q1));
        QCOMPARE(model.find(Kind::Question, "q1").data(ContentTreeModel::StatusRole).toInt(),
                 int(Status::Published));
        QCOMPARE(spies.changed.size(), 1);
        QVERIFY(spies.reset.isEmpty());
        QCOMPARE(model.snapshot().questions[0].status, QuestionState::Status::Published);
    }

    void updateQuestionAddsAndMoves()
    {
        ContentTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(sample());
        Spies spies(&model);

        // A new question: one row inserted under its section; the counts above it follow.
        model.updateQuestion(drafted("\"q7\"", "\"c1\"", "\"s2\"", "\"Nieuw\""));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted[0][0].value<QModelIndex>(), model.find(Kind::Section, "s2"));
        QCOMPARE(spies.inserted[0][1].toInt(), 1);
        QCOMPARE(model.find(Kind::Section, "s2").data(ContentTreeModel::QuestionCountRole).toInt(), 2);
        QCOMPARE(model.find(Kind::Course, "c1").data(ContentTreeModel::QuestionCountRole).toInt(), 5);
        QCOMPARE(dataOf(model.find(Kind::Course, "c1").siblingAtColumn(1)), "5");
        QCOMPARE(model.snapshot().questions.size(), 7);

        // Moved to another section: removed there, inserted here, in first-written order.
        spies.clear();
        QuestionState q1 = model.snapshot().questions[0];
        q1.sectionId = "s2";
        model.updateQuestion(q1);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed[0][0].value<QModelIndex>(), model.find(Kind::Section, "s1"));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted[0][1].toInt(), 0);
        QCOMPARE(model.find(Kind::Question, "q1").parent(), model.find(Kind::Section, "s2"));
        QCOMPARE(model.find(Kind::Question, "q1").row(), 0);
        QCOMPARE(model.find(Kind::Section, "s1").data(ContentTreeModel::QuestionCountRole).toInt(), 1);

        // The last question leaves "Unfiled": the node goes with it.
        spies.clear();
        QuestionState q4 = model.snapshot().questions[3];
        q4.sectionId = "s1";
        model.updateQuestion(q4);
        QVERIFY(!model.find(Kind::Unfiled, "c1").isValid());
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed[0][0].value<QModelIndex>(), model.find(Kind::Course, "c1"));
        QCOMPARE(model.find(Kind::Question, "q4").parent(), model.find(Kind::Section, "s1"));

        // A question put in a section its course lacks: "Unfiled" appears with it.
        spies.clear();
        QuestionState q2 = model.snapshot().questions[1];
        q2.sectionId = "missing";
        model.updateQuestion(q2);
        const QModelIndex unfiled = model.find(Kind::Unfiled, "c1");
        QVERIFY(unfiled.isValid());
        QCOMPARE(unfiled.row(), 2);
        QCOMPARE(model.rowCount(unfiled), 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted[0][0].value<QModelIndex>(), model.find(Kind::Course, "c1"));
        QVERIFY(spies.reset.isEmpty());
        QVERIFY(spies.layout.isEmpty());
        QCOMPARE(outline(model), (QStringList{
                                     "Rekenen [5]",
                                     "  Hoofdstuk A [1]",
                                     "    Optellen [1]",
                                     "      Oud [Retired]",
                                     "  Hoofdstuk B [3]",
                                     "    Delen [3]",
                                     "      Wat is 1+1? [Draft]",
                                     "      changed [Changed since publication]",
                                     "      Nieuw [Draft]",
                                     "  Unfiled [1]",
                                     "    (no text yet) [Published]",
                                     "Taal [1]",
                                     "  Unfiled [1]",
                                     "    Zes [Draft]",
                                     "Unfiled (unknown course) [1]",
                                     "  Wees [Draft]",
                                 }));
    }

    void updateCourseAddsAndRenames()
    {
        ContentTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(sample());
        Spies spies(&model);
        const QPersistentModelIndex optellen = model.find(Kind::Section, "s1");

        CourseState c1 = model.snapshot().courses[0];
        c1 = course("course-c1",
                    {{"SectionAdded", R"({"chapterId":"ch1","sectionId":"s3","title":"Tafels","index":1})"}},
                    c1);
        model.updateCourse(c1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted[0][0].value<QModelIndex>(), model.find(Kind::Chapter, "ch1"));
        QCOMPARE(spies.inserted[0][1].toInt(), 1);
        QCOMPARE(dataOf(model.find(Kind::Section, "s3")), "Tafels");
        QVERIFY(optellen.isValid()); // the rows that were there stay (a view keeps them expanded)

        spies.clear();
        c1 = course("course-c1", {{"SectionRenamed", R"({"sectionId":"s1","title":"Optellen tot 20"})"}}, c1);
        model.updateCourse(c1);
        QCOMPARE(dataOf(optellen), "Optellen tot 20");
        QVERIFY(spies.inserted.isEmpty());
        QVERIFY(spies.removed.isEmpty());
        const bool sectionChanged =
            std::any_of(spies.changed.cbegin(), spies.changed.cend(), [&](const QList<QVariant>& s) {
                return s[0].value<QModelIndex>() == QModelIndex(optellen);
            });
        QVERIFY(sectionChanged);

        // A new chapter goes before "Unfiled"; a new section takes in the question that waited for it.
        spies.clear();
        c1 = course("course-c1",
                    {{"ChapterAdded", R"({"chapterId":"ch3","title":"Hoofdstuk C","index":2})"},
                     {"SectionAdded", R"({"chapterId":"ch3","sectionId":"gone","title":"Terug","index":0})"}},
                    c1);
        model.updateCourse(c1);
        QCOMPARE(model.find(Kind::Chapter, "ch3").row(), 2);
        QCOMPARE(model.find(Kind::Question, "q4").parent(), model.find(Kind::Section, "gone"));
        QVERIFY(!model.find(Kind::Unfiled, "c1").isValid());
        QVERIFY(spies.reset.isEmpty());
        QCOMPARE(model.snapshot().courses[0], c1);

        // A course nobody had created yet: inserted before the top-level "Unfiled", whose question
        // then moves into it (and "Unfiled" goes).
        spies.clear();
        const CourseState unknown =
            course("course-unknown",
                   {{"CourseCreated", R"({"courseId":"unknown","title":"Nieuw vak","language":"nl"})"},
                    {"SectionAdded", R"({"chapterId":"x","sectionId":"sx","title":"Wezen","index":0})"}});
        model.updateCourse(unknown);
        QCOMPARE(spies.inserted[0][0].value<QModelIndex>(), QModelIndex());
        QCOMPARE(spies.inserted[0][1].toInt(), 2);
        QVERIFY(!model.find(Kind::Unfiled, "").isValid());
        QCOMPARE(model.find(Kind::Question, "q5").parent(), model.find(Kind::Section, "sx"));
        QVERIFY(spies.reset.isEmpty());
        QCOMPARE(outline(model), (QStringList{
                                     "Rekenen [4]",
                                     "  Hoofdstuk A [2]",
                                     "    Optellen tot 20 [2]",
                                     "      Wat is 1+1? [Draft]",
                                     "      (no text yet) [Published]",
                                     "    Tafels [0]",
                                     "  Hoofdstuk B [1]",
                                     "    Delen [1]",
                                     "      changed [Changed since publication]",
                                     "  Hoofdstuk C [1]",
                                     "    Terug [1]",
                                     "      Oud [Retired]",
                                     "Taal [1]",
                                     "  Unfiled [1]",
                                     "    Zes [Draft]",
                                     "Nieuw vak [1]",
                                     "  (untitled) [1]",
                                     "    Wezen [1]",
                                     "      Wees [Draft]",
                                 }));
    }

    // A chapter that moves (a repeated ChapterAdded with another index) cannot be updated by
    // inserting rows: the course's rows are removed and inserted again, still without a reset.
    void updateCourseThatReorders()
    {
        ContentTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(sample());
        Spies spies(&model);
        const CourseState c1 =
            course("course-c1", {{"ChapterAdded", R"({"chapterId":"ch2","title":"Hoofdstuk B","index":-1})"}},
                   model.snapshot().courses[0]);
        model.updateCourse(c1);
        QVERIFY(spies.reset.isEmpty());
        QVERIFY(!spies.removed.isEmpty());
        QVERIFY(!spies.inserted.isEmpty());
        QCOMPARE(model.find(Kind::Chapter, "ch2").row(), 0);
        QCOMPARE(model.find(Kind::Course, "c1").row(), 0);
        QCOMPARE(outline(model).mid(0, 10), (QStringList{
                                                "Rekenen [4]",
                                                "  Hoofdstuk B [1]",
                                                "    Delen [1]",
                                                "      changed [Changed since publication]",
                                                "  Hoofdstuk A [2]",
                                                "    Optellen [2]",
                                                "      Wat is 1+1? [Draft]",
                                                "      (no text yet) [Published]",
                                                "  Unfiled [1]",
                                                "    Oud [Retired]",
                                            }));
    }

    void setSnapshotResets()
    {
        ContentTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(sample());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot({});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        // Questions of an empty tree all go to the top-level "Unfiled".
        model.updateQuestion(drafted("1", "2", "3", "\"x\""));
        QCOMPARE(outline(model), (QStringList{"Unfiled (unknown course) [1]", "  x [Draft]"}));
    }
};

QTEST_MAIN(TestContentTreeModel)
#include "TestContentTreeModel.moc"
