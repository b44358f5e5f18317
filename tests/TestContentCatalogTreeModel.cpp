// The content-catalog tree: courses > sections > published questions of the projection fed with a
// hand-built log, in the projection's order, with raw values on the roles.
#include "ContentCatalogProjection.h"
#include "ContentCatalogTreeModel.h"
#include "ProjectionTestLog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Rewind;

namespace {

// Course c1 "Maths": s10 "Decimals" (60 retired: empty), s2 "Fractions I" (401 r2, 9 r1).
// Course c2 "Physics": 5 "Forces" (70 r3).  Course c9 is known only from question 80.
const QList<QByteArray> CatalogueLog = {
    "course-c1 CourseCreated {\"courseId\":\"c1\",\"title\":\"Maths\",\"language\":\"en\"}",
    "course-c1 SectionAdded {\"chapterId\":\"ch1\",\"sectionId\":\"s2\",\"title\":\"Fractions\",\"index\":0}",
    "course-c1 SectionAdded {\"chapterId\":\"ch1\",\"sectionId\":\"s10\",\"title\":\"Decimals\",\"index\":1}",
    "course-c1 SectionRenamed {\"sectionId\":\"s2\",\"title\":\"Fractions I\"}",
    "course-c2 CourseCreated {\"courseId\":\"c2\",\"title\":\"Physics\",\"language\":\"en\"}",
    "course-c2 SectionAdded {\"chapterId\":\"p\",\"sectionId\":5,\"title\":\"Forces\",\"index\":0}",
    "question-401 QuestionDrafted "
    "{\"questionId\":401,\"courseId\":\"c1\",\"sectionId\":\"s2\",\"text\":\"?\"}",
    "question-401 QuestionPublished {\"revision\":1}",
    "question-401 QuestionTextChanged {\"text\":\"1/2 + 1/4?\"}",
    "question-401 QuestionPublished {\"revision\":2}",
    "question-9 QuestionDrafted {\"questionId\":9,\"courseId\":\"c1\",\"sectionId\":\"s2\",\"text\":\"?\"}",
    "question-9 QuestionPublished {\"revision\":1}",
    "question-60 QuestionDrafted "
    "{\"questionId\":60,\"courseId\":\"c1\",\"sectionId\":\"s10\",\"text\":\"?\"}",
    "question-60 QuestionPublished {\"revision\":1}",
    "question-60 QuestionRetired {\"reason\":\"duplicate\"}",
    "question-70 QuestionDrafted {\"questionId\":70,\"courseId\":\"c2\",\"sectionId\":\"5\",\"text\":\"?\"}",
    "question-70 QuestionPublished {\"revision\":3}",
    "question-80 QuestionDrafted {\"questionId\":80,\"courseId\":\"c9\",\"sectionId\":\"s9\",\"text\":\"?\"}",
    "question-80 QuestionPublished {\"revision\":1}",
};

ContentCatalogProjection fedProjection()
{
    ProjectionTestLog log;
    log.lines(CatalogueLog);
    ContentCatalogProjection projection;
    log.feed(projection);
    return projection;
}

// The tree as text, one line per node, indented by depth, from the model's roles only.
void outline(const QAbstractItemModel& model, const QModelIndex& parent, int depth, QStringList& lines)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const auto kind =
            ContentCatalogTreeModel::NodeKind(index.data(ContentCatalogTreeModel::KindRole).toInt());
        QString line = QString(depth * 2, QLatin1Char(' '));
        switch (kind) {
        case ContentCatalogTreeModel::NodeKind::Course:
            line += "course ";
            break;
        case ContentCatalogTreeModel::NodeKind::Section:
            line += "section ";
            break;
        case ContentCatalogTreeModel::NodeKind::Question:
            line += "question ";
            break;
        }
        line += index.data(ContentCatalogTreeModel::IdRole).toString();
        if (kind == ContentCatalogTreeModel::NodeKind::Question)
            line += " r" + QString::number(index.data(ContentCatalogTreeModel::RevisionRole).toLongLong());
        else
            line += " \"" + index.data(ContentCatalogTreeModel::TitleRole).toString() + "\" (" +
                    QString::number(index.data(ContentCatalogTreeModel::QuestionCountRole).toLongLong()) +
                    ")";
        lines << line;
        outline(model, index, depth + 1, lines);
    }
}

} // namespace

class TestContentCatalogTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void treeFollowsTheProjection()
    {
        const ContentCatalogProjection projection = fedProjection();
        ContentCatalogTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        model.setCourses(projection.courses());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.courses(), projection.courses());
        QStringList lines;
        outline(model, {}, 0, lines);
        const QStringList expected = {
            "course c1 \"Maths\" (2)",
            "  section s10 \"Decimals\" (0)",
            "  section s2 \"Fractions I\" (2)",
            "    question 401 r2",
            "    question 9 r1",
            "course c2 \"Physics\" (1)",
            "  section 5 \"Forces\" (1)",
            "    question 70 r3",
            "course c9 \"\" (1)",
            "  section s9 \"\" (1)",
            "    question 80 r1",
        };
        QCOMPARE(lines, expected);
        model.setCourses({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 2);
    }

    void cells_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("cells"); // name, id, questions, revision
        QTest::addColumn<QStringList>("path");  // ids from the course down to the node's parent
        QTest::newRow("course") << int(ContentCatalogTreeModel::NodeKind::Course) << "c1"
                                << QStringList{"Maths", "c1", "2", ""} << QStringList{};
        QTest::newRow("empty section") << int(ContentCatalogTreeModel::NodeKind::Section) << "s10"
                                       << QStringList{"Decimals", "s10", "0", ""} << QStringList{"c1"};
        QTest::newRow("republished question")
            << int(ContentCatalogTreeModel::NodeKind::Question) << "401"
            << QStringList{"Question 401", "", "", "2"} << QStringList{"c1", "s2"};
        QTest::newRow("untitled course") << int(ContentCatalogTreeModel::NodeKind::Course) << "c9"
                                         << QStringList{"(untitled)", "c9", "1", ""} << QStringList{};
        QTest::newRow("question in a numeric section")
            << int(ContentCatalogTreeModel::NodeKind::Question) << "70"
            << QStringList{"Question 70", "", "", "3"} << QStringList{"c2", "5"};
    }

    void cells()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QStringList, cells);
        QFETCH(QStringList, path);
        ContentCatalogTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCourses(fedProjection().courses());
        const QModelIndex index = model.find(ContentCatalogTreeModel::NodeKind(kind), id);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(ContentCatalogTreeModel::IdRole).toString(), id);
        QStringList shown;
        for (int column = 0; column < ContentCatalogTreeModel::ColumnCount; ++column)
            shown << index.siblingAtColumn(column).data().toString();
        QCOMPARE(shown, cells);
        QStringList parents;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            parents.prepend(p.data(ContentCatalogTreeModel::IdRole).toString());
        QCOMPARE(parents, path);
        // Only the first column has children.
        QCOMPARE(model.rowCount(index.siblingAtColumn(ContentCatalogTreeModel::IdColumn)), 0);
    }

    void findsNothingUnknown()
    {
        ContentCatalogTreeModel model;
        model.setCourses(fedProjection().courses());
        QVERIFY(!model.find(ContentCatalogTreeModel::NodeKind::Question, "60").isValid()); // retired
        QVERIFY(!model.find(ContentCatalogTreeModel::NodeKind::Question, "c1").isValid()); // a course id
        QVERIFY(model.find(ContentCatalogTreeModel::NodeKind::Section, "s9").isValid());
    }
};

QTEST_GUILESS_MAIN(TestContentCatalogTreeModel)
#include "TestContentCatalogTreeModel.moc"
