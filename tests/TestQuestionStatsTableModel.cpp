// The question-stats table: one row per question of the projection fed with a hand-built log, raw
// values on the roles, formatted cells, and a sort role that sorts numbers as numbers.
#include "ProjectionTestLog.h"
#include "QuestionStatsProjection.h"
#include "QuestionStatsTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Rewind;

namespace {

// Question 1: 1 right of 10, wrong a x5, b x3, c x1.  Question 2: wrong x, explanation, right:
// 1 of 2, one student viewed and recovered.  Question 10: 9 of 9.  Question "intro": never right.
// As text the ids sort 1, 10, 2 and the attempts 10, 2, 9; the ratios 10 %, 100 %, 50 %.
QList<QByteArray> statsLog()
{
    QList<QByteArray> lines = {
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
    return lines;
}

QuestionStatsProjection fedProjection()
{
    ProjectionTestLog log;
    log.lines(statsLog());
    QuestionStatsProjection projection;
    log.feed(projection);
    return projection;
}

int rowOf(const QuestionStatsTableModel& model, const QString& id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(QuestionStatsTableModel::QuestionIdRole).toString() == id)
            return row;
    }
    return -1;
}

QStringList idsInOrder(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(QuestionStatsTableModel::QuestionIdRole).toString();
    return ids;
}

} // namespace

class TestQuestionStatsTableModel : public QObject
{
    Q_OBJECT

private slots:
    // Formatted cells are checked as the C locale writes numbers.
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void emptyModel()
    {
        QuestionStatsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(QuestionStatsTableModel::ColumnCount));
        QCOMPARE(model.headerData(QuestionStatsTableModel::CorrectRatioColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Correct ratio"));
    }

    void rowsFollowTheProjection()
    {
        const QuestionStatsProjection projection = fedProjection();
        QuestionStatsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setQuestions(projection.questions());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.questions(), projection.questions());
        // Same order as the projection lists them, every role equal to its field.
        const auto questions = projection.questions();
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto& q = questions[row];
            const QModelIndex index = model.index(row, QuestionStatsTableModel::AttemptsColumn);
            QCOMPARE(index.data(QuestionStatsTableModel::QuestionIdRole).toString(), q.questionId);
            QCOMPARE(index.data(QuestionStatsTableModel::AttemptsRole).toLongLong(), q.attempts);
            QCOMPARE(index.data(QuestionStatsTableModel::CorrectRole).toLongLong(), q.correct);
            QCOMPARE(index.data(QuestionStatsTableModel::IncorrectRole).toLongLong(), q.incorrect);
            QCOMPARE(index.data(QuestionStatsTableModel::CorrectRatioRole).toDouble(), q.correctRatio);
            QCOMPARE(index.data(QuestionStatsTableModel::ViewedAfterWrongRole).toLongLong(),
                     q.viewedAfterWrong);
            QCOMPARE(index.data(QuestionStatsTableModel::RecoveredAfterViewRole).toLongLong(),
                     q.recoveredAfterView);
            QCOMPARE(index.data(QuestionStatsTableModel::RecoveryShareRole).toDouble(), q.recoveryShare);
        }
        // Emptied again by a new state.
        model.setQuestions({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 2);
    }

    void values_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("attempts");
        QTest::addColumn<qint64>("correct");
        QTest::addColumn<double>("ratio");
        QTest::addColumn<QStringList>("wrongAnswers");
        QTest::addColumn<QVariantList>("wrongCounts");
        QTest::addColumn<qint64>("viewed");
        QTest::addColumn<qint64>("recovered");
        QTest::addColumn<QString>("ratioText");
        QTest::addColumn<QString>("shareText");
        QTest::newRow("hard") << "1" << qint64(10) << qint64(1) << 0.1 << QStringList{"a", "b", "c"}
                              << QVariantList{qint64(5), qint64(3), qint64(1)} << qint64(0) << qint64(0)
                              << "10.0 %"
                              << "";
        QTest::newRow("recovered") << "2" << qint64(2) << qint64(1) << 0.5 << QStringList{"x"}
                                   << QVariantList{qint64(1)} << qint64(1) << qint64(1) << "50.0 %"
                                   << "100.0 %";
        QTest::newRow("easy") << "10" << qint64(9) << qint64(9) << 1.0 << QStringList{} << QVariantList{}
                              << qint64(0) << qint64(0) << "100.0 %"
                              << "";
        QTest::newRow("never right") << "intro" << qint64(1) << qint64(0) << 0.0 << QStringList{"no"}
                                     << QVariantList{qint64(1)} << qint64(0) << qint64(0) << "0.0 %"
                                     << "";
    }

    void values()
    {
        QFETCH(QString, id);
        QFETCH(qint64, attempts);
        QFETCH(qint64, correct);
        QFETCH(double, ratio);
        QFETCH(QStringList, wrongAnswers);
        QFETCH(QVariantList, wrongCounts);
        QFETCH(qint64, viewed);
        QFETCH(qint64, recovered);
        QFETCH(QString, ratioText);
        QFETCH(QString, shareText);

        QuestionStatsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuestions(fedProjection().questions());
        const int row = rowOf(model, id);
        QVERIFY(row >= 0);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, QuestionStatsTableModel::AttemptsRole).toLongLong(), attempts);
        QCOMPARE(cell(0, QuestionStatsTableModel::CorrectRole).toLongLong(), correct);
        QCOMPARE(cell(0, QuestionStatsTableModel::IncorrectRole).toLongLong(), attempts - correct);
        QCOMPARE(cell(0, QuestionStatsTableModel::CorrectRatioRole).toDouble(), ratio);
        QCOMPARE(cell(0, QuestionStatsTableModel::CommonWrongAnswersRole).toStringList(), wrongAnswers);
        QCOMPARE(cell(0, QuestionStatsTableModel::WrongAnswerCountsRole).toList(), wrongCounts);
        QCOMPARE(cell(0, QuestionStatsTableModel::ViewedAfterWrongRole).toLongLong(), viewed);
        QCOMPARE(cell(0, QuestionStatsTableModel::RecoveredAfterViewRole).toLongLong(), recovered);

        QCOMPARE(cell(QuestionStatsTableModel::QuestionColumn).toString(), id);
        QCOMPARE(cell(QuestionStatsTableModel::AttemptsColumn).toString(), QString::number(attempts));
        QCOMPARE(cell(QuestionStatsTableModel::CorrectRatioColumn).toString(), ratioText);
        QCOMPARE(cell(QuestionStatsTableModel::CommonWrongAnswersColumn).toString(),
                 wrongAnswers.join(QStringLiteral(", ")));
        QCOMPARE(cell(QuestionStatsTableModel::RecoveryShareColumn).toString(), shareText);
        // Numbers sort as numbers.
        QCOMPARE(cell(QuestionStatsTableModel::AttemptsColumn, QuestionStatsTableModel::SortRole).typeId(),
                 int(QMetaType::LongLong));
        QCOMPARE(
            cell(QuestionStatsTableModel::CorrectRatioColumn, QuestionStatsTableModel::SortRole).typeId(),
            int(QMetaType::Double));
    }

    void sortsNumerically_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascending");
        // Text order would be 1, 10, 2, intro (ids), 10, 2, 9 (attempts) and 10 %, 100 %, 50 % (ratios).
        QTest::newRow("question id") << int(QuestionStatsTableModel::QuestionColumn)
                                     << QStringList{"1", "2", "10", "intro"};
        QTest::newRow("attempts") << int(QuestionStatsTableModel::AttemptsColumn)
                                  << QStringList{"intro", "2", "10", "1"};
        QTest::newRow("correct ratio")
            << int(QuestionStatsTableModel::CorrectRatioColumn) << QStringList{"intro", "1", "2", "10"};
        QTest::newRow("recovery share")
            << int(QuestionStatsTableModel::RecoveryShareColumn) << QStringList{"1", "10", "intro", "2"};
        QTest::newRow("common wrong answer")
            << int(QuestionStatsTableModel::CommonWrongAnswersColumn) << QStringList{"10", "2", "intro", "1"};
    }

    void sortsNumerically()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascending);
        QuestionStatsTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(QuestionStatsTableModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuestions(fedProjection().questions());
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(idsInOrder(proxy), ascending);
        proxy.sort(column, Qt::DescendingOrder);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        // Ties (equal keys) keep their source order in both directions; only untied data reverses.
        if (column == QuestionStatsTableModel::RecoveryShareColumn ||
            column == QuestionStatsTableModel::CommonWrongAnswersColumn)
            QCOMPARE(idsInOrder(proxy).first(), ascending.last());
        else
            QCOMPARE(idsInOrder(proxy), descending);
    }
};

QTEST_GUILESS_MAIN(TestQuestionStatsTableModel)
#include "TestQuestionStatsTableModel.moc"
