// The student-progress table: one row per student of the projection fed with a hand-built log, raw
// values on the roles, formatted cells, and a sort role that sorts numbers as numbers.
#include "EventCells.h"
#include "EventTime.h"
#include "ProjectionTestLog.h"
#include "StudentProgressProjection.h"
#include "StudentProgressTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Rewind;

namespace {

const qint64 DayUs = 24LL * 3600 * 1000 * 1000;
const qint64 StartUs = *EventTime::fromIso(QStringView(u"2026-03-02T09:00:00Z"));

// Student 11 (Ann): two quizzes, one passed, one failed, 3 of 10 right, last active on day 2.
// Student 2 (Bob): one quiz, 2 of 2 right, last active on day 5.  Student 9 never registered:
// one open quiz, 0 of 9 right, last active on day 1.
// As text the ids sort 11, 2, 9, the answers 10, 2, 9 and the ratios 0 %, 100 %, 30 %.
ProjectionTestLog progressLog()
{
    ProjectionTestLog log;
    log.add("student-11", "StudentRegistered", "{\"studentId\":11,\"name\":\"Ann\"}", StartUs)
        .add("student-2", "StudentRegistered", "{\"studentId\":2,\"name\":\"Bob\"}", StartUs)
        .add("quiz-a", "QuizStarted", "{\"quizId\":\"a\",\"studentId\":11,\"sectionId\":\"s\"}", StartUs);
    for (int i = 0; i < 3; ++i)
        log.add("quiz-a", "QuestionAnsweredCorrectly", "{\"questionId\":1,\"answer\":\"x\"}", StartUs);
    log.add("quiz-a", "QuizPassed", "{}", StartUs)
        .add("quiz-b", "QuizStarted", "{\"quizId\":\"b\",\"studentId\":11,\"sectionId\":\"s\"}", StartUs);
    for (int i = 0; i < 7; ++i)
        log.add("quiz-b", "QuestionAnsweredIncorrectly", "{\"questionId\":1,\"answer\":\"y\"}", StartUs);
    log.add("quiz-b", "QuizFailed", "{}", StartUs + 2 * DayUs)
        .add("quiz-c", "QuizStarted", "{\"quizId\":\"c\",\"studentId\":9,\"sectionId\":\"s\"}", StartUs);
    for (int i = 0; i < 9; ++i)
        log.add("quiz-c", "QuestionAnsweredIncorrectly", "{\"questionId\":1,\"answer\":\"y\"}",
                StartUs + DayUs);
    log.add("quiz-d", "QuizStarted", "{\"quizId\":\"d\",\"studentId\":2,\"sectionId\":\"s\"}", StartUs);
    for (int i = 0; i < 2; ++i)
        log.add("quiz-d", "QuestionAnsweredCorrectly", "{\"questionId\":1,\"answer\":\"x\"}", StartUs);
    log.add("student-2", "StudentLoggedIn", "{}", StartUs + 5 * DayUs);
    return log;
}

StudentProgressProjection fedProjection()
{
    StudentProgressProjection projection;
    progressLog().feed(projection);
    return projection;
}

QStringList idsInOrder(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(StudentProgressTableModel::StudentIdRole).toString();
    return ids;
}

} // namespace

class TestStudentProgressTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void rowsFollowTheProjection()
    {
        const StudentProgressProjection projection = fedProjection();
        StudentProgressTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        model.setStudents(projection.students());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(StudentProgressTableModel::ColumnCount));
        const auto students = projection.students();
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto& s = students[row];
            const QModelIndex index = model.index(row, StudentProgressTableModel::NameColumn);
            QCOMPARE(index.data(StudentProgressTableModel::StudentIdRole).toString(), s.studentId);
            QCOMPARE(index.data(StudentProgressTableModel::NameRole).toString(), s.name);
            QCOMPARE(index.data(StudentProgressTableModel::QuizzesStartedRole).toLongLong(),
                     s.quizzesStarted);
            QCOMPARE(index.data(StudentProgressTableModel::QuizzesPassedRole).toLongLong(), s.quizzesPassed);
            QCOMPARE(index.data(StudentProgressTableModel::QuizzesFailedRole).toLongLong(), s.quizzesFailed);
            QCOMPARE(index.data(StudentProgressTableModel::AnswersRole).toLongLong(), s.answers);
            QCOMPARE(index.data(StudentProgressTableModel::CorrectRole).toLongLong(), s.correct);
            QCOMPARE(index.data(StudentProgressTableModel::CorrectRatioRole).toDouble(), s.correctRatio);
            QCOMPARE(index.data(StudentProgressTableModel::LastActivityUsRole).toLongLong(),
                     s.lastActivityUs);
        }
        model.setStudents({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 2);
    }

    void values_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("started");
        QTest::addColumn<qint64>("passed");
        QTest::addColumn<qint64>("failed");
        QTest::addColumn<qint64>("answers");
        QTest::addColumn<qint64>("correct");
        QTest::addColumn<QString>("ratioText");
        QTest::addColumn<qint64>("lastActivityUs");
        QTest::newRow("Ann") << "11"
                             << "Ann" << qint64(2) << qint64(1) << qint64(1) << qint64(10) << qint64(3)
                             << "30.0 %" << StartUs + 2 * DayUs;
        QTest::newRow("Bob") << "2"
                             << "Bob" << qint64(1) << qint64(0) << qint64(0) << qint64(2) << qint64(2)
                             << "100.0 %" << StartUs + 5 * DayUs;
        QTest::newRow("unregistered") << "9"
                                      << "" << qint64(1) << qint64(0) << qint64(0) << qint64(9) << qint64(0)
                                      << "0.0 %" << StartUs + DayUs;
    }

    void values()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(qint64, started);
        QFETCH(qint64, passed);
        QFETCH(qint64, failed);
        QFETCH(qint64, answers);
        QFETCH(qint64, correct);
        QFETCH(QString, ratioText);
        QFETCH(qint64, lastActivityUs);

        StudentProgressTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStudents(fedProjection().students());
        const int row = int(idsInOrder(model).indexOf(id));
        QVERIFY(row >= 0);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, StudentProgressTableModel::NameRole).toString(), name);
        QCOMPARE(cell(0, StudentProgressTableModel::QuizzesStartedRole).toLongLong(), started);
        QCOMPARE(cell(0, StudentProgressTableModel::QuizzesPassedRole).toLongLong(), passed);
        QCOMPARE(cell(0, StudentProgressTableModel::QuizzesFailedRole).toLongLong(), failed);
        QCOMPARE(cell(0, StudentProgressTableModel::AnswersRole).toLongLong(), answers);
        QCOMPARE(cell(0, StudentProgressTableModel::CorrectRole).toLongLong(), correct);
        QCOMPARE(cell(0, StudentProgressTableModel::CorrectRatioRole).toDouble(), double(correct) / answers);
        QCOMPARE(cell(0, StudentProgressTableModel::LastActivityUsRole).toLongLong(), lastActivityUs);

        QCOMPARE(cell(StudentProgressTableModel::StudentColumn).toString(), id);
        QCOMPARE(cell(StudentProgressTableModel::NameColumn).toString(), name);
        QCOMPARE(cell(StudentProgressTableModel::AnswersColumn).toString(), QString::number(answers));
        QCOMPARE(cell(StudentProgressTableModel::CorrectRatioColumn).toString(), ratioText);
        QCOMPARE(cell(StudentProgressTableModel::LastActivityColumn).toString(),
                 EventCells::displayTime(lastActivityUs));
        QVERIFY(cell(StudentProgressTableModel::LastActivityColumn).toString().startsWith("2026-03-0"));
    }

    void sortsNumerically_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        // Integer ids by value (as text: 11, 2, 9).
        QTest::newRow("student id") << int(StudentProgressTableModel::StudentColumn)
                                    << QStringList{"2", "9", "11"};
        QTest::newRow("answers") << int(StudentProgressTableModel::AnswersColumn)
                                 << QStringList{"2", "9", "11"};
        QTest::newRow("correct ratio")
            << int(StudentProgressTableModel::CorrectRatioColumn) << QStringList{"9", "11", "2"};
        QTest::newRow("quizzes started")
            << int(StudentProgressTableModel::QuizzesStartedColumn) << QStringList{"2", "9", "11"};
        QTest::newRow("last activity")
            << int(StudentProgressTableModel::LastActivityColumn) << QStringList{"9", "11", "2"};
    }

    void sortsNumerically()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        StudentProgressTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(StudentProgressTableModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStudents(fedProjection().students());
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(proxy), ascending);
    }
};

QTEST_GUILESS_MAIN(TestStudentProgressTableModel)
#include "TestStudentProgressTableModel.moc"
