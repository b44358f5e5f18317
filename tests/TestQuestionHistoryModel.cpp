// The history panel's model: a question's events newest first, with who, when and what changed,
// and the question's state after each event.
#include "QuestionHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Rewind;

namespace {

// 2026-03-01 09:00:00 UTC, in microseconds.
constexpr qint64 T0 = 1772355600LL * 1000000;

RecordedEvent event(qint64 position, const char* type, const QByteArray& data, const QByteArray& metadata,
                    qint64 timeUs)
{
    RecordedEvent e;
    e.globalPosition = 100 + position * 3;
    e.position = position;
    e.timeUs = timeUs;
    e.streamName = "question-q1";
    e.type = type;
    e.data = data;
    e.metadata = metadata;
    e.id = QUuid::createUuid();
    return e;
}

QList<RecordedEvent> history()
{
    const QByteArray ann = "{\"userId\":\"ann\",\"role\":\"editor\"}";
    const QByteArray bob = "{\"userId\":\"bob\",\"role\":\"reviewer\"}";
    return {
        event(0, "QuestionDrafted",
              "{\"questionId\":\"q1\",\"courseId\":\"c1\",\"sectionId\":\"s1\",\"text\":\"2+2?\","
              "\"answers\":[\"3\",\"4\"],\"correctAnswers\":[\"4\"],\"explanation\":\"\"}",
              ann, T0),
        event(1, "QuestionPublished", "{\"revision\":1}", ann, T0 + 1500000),
        event(2, "QuestionTextChanged", "{\"text\":\"What is 2+2?\"}", bob, T0 + 60000000),
        event(3, "AnswersChanged", "{\"answers\":[\"4\",\"5\"],\"correctAnswers\":[\"4\"]}", "",
              T0 + 61000000),
        event(4, "ExplanationChanged", "{\"explanation\":\"Add.\"}", "{\"role\":\"editor\"}", T0 + 62000000),
        event(5, "QuestionPublished", "{\"revision\":2}", "{\"userId\":\"ann\"}", T0 + 63000000),
        event(6, "QuestionRetired", "{\"reason\":\"outdated\"}", ann, T0 + 64000000),
        event(7, "QuestionTagged", "{\"tag\":\"x\"}", ann, T0 + 65000000),
    };
}

QString localTime(qint64 timeUs)
{
    return QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC)
        .toLocalTime()
        .toString("yyyy-MM-dd HH:mm:ss");
}

} // namespace

class TestQuestionHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreNewestFirst()
    {
        QuestionHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(QuestionHistoryModel::ColumnCount));

        const QList<RecordedEvent> events = history();
        model.setHistory(events);
        QCOMPARE(model.rowCount(), events.size());
        QCOMPARE(model.history(), events);
        for (int row = 0; row < model.rowCount(); ++row) {
            const RecordedEvent& e = events[events.size() - 1 - row];
            const auto at = [&](int column) { return model.index(row, column); };
            QCOMPARE(at(0).data(QuestionHistoryModel::PositionRole).toLongLong(), e.position);
            QCOMPARE(at(0).data(QuestionHistoryModel::TimeRole).toLongLong(), e.timeUs);
            QCOMPARE(at(0).data(QuestionHistoryModel::TypeRole).toString(), e.type);
            QCOMPARE(at(0).data(QuestionHistoryModel::GlobalPositionRole).toLongLong(), e.globalPosition);
            QCOMPARE(at(2).data(QuestionHistoryModel::SortRole).toLongLong(), e.position);
            QCOMPARE(at(QuestionHistoryModel::PositionColumn).data().toLongLong(), e.position);
            QCOMPARE(at(QuestionHistoryModel::TimeColumn).data().toString(), localTime(e.timeUs));
            QCOMPARE(model.rowOfPosition(e.position), row);
        }
        QCOMPARE(model.rowOfPosition(8), -1);
        QCOMPARE(model.rowOfPosition(-1), -1);
    }

    void whoAndChangeInWords_data()
    {
        QTest::addColumn<qint64>("position");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("change");

        QTest::newRow("drafted") << qint64(0) << "ann"
                                 << "ann (editor)"
                                 << "Drafted";
        QTest::newRow("published 1") << qint64(1) << "ann"
                                     << "ann (editor)"
                                     << "Published revision 1";
        QTest::newRow("text") << qint64(2) << "bob"
                              << "bob (reviewer)"
                              << "Text changed";
        QTest::newRow("answers, no metadata") << qint64(3) << ""
                                              << "unknown"
                                              << "Answers changed";
        QTest::newRow("explanation, role only") << qint64(4) << ""
                                                << "unknown"
                                                << "Explanation changed";
        QTest::newRow("published 2, user only") << qint64(5) << "ann"
                                                << "ann"
                                                << "Published revision 2";
        QTest::newRow("retired") << qint64(6) << "ann"
                                 << "ann (editor)"
                                 << "Retired: outdated";
        QTest::newRow("unknown type") << qint64(7) << "ann"
                                      << "ann (editor)"
                                      << "QuestionTagged";
    }

    void whoAndChangeInWords()
    {
        QFETCH(qint64, position);
        QFETCH(QString, user);
        QFETCH(QString, who);
        QFETCH(QString, change);
        QuestionHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(history());
        const int row = model.rowOfPosition(position);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, 0).data(QuestionHistoryModel::UserRole).toString(), user);
        QCOMPARE(model.index(row, QuestionHistoryModel::WhoColumn).data().toString(), who);
        QCOMPARE(model.index(row, QuestionHistoryModel::ChangeColumn).data().toString(), change);
    }

    void stateAtFoldsUpToTheRow()
    {
        QuestionHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<RecordedEvent> events = history();
        model.setHistory(events);

        QuestionState expected;
        for (const RecordedEvent& e : events) {
            expected = QuestionAggregate::apply(expected, e);
            QCOMPARE(model.stateAt(model.rowOfPosition(e.position)), expected);
        }
        // Spot checks of what the panel shows beside the current revision.
        const QuestionState first = model.stateAt(model.rowOfPosition(1));
        QCOMPARE(first.text, QJsonValue("2+2?"));
        QCOMPARE(first.status, QuestionState::Status::Published);
        QCOMPARE(first.revision, QJsonValue(1));
        const QuestionState changed = model.stateAt(model.rowOfPosition(3));
        QCOMPARE(changed.text, QJsonValue("What is 2+2?"));
        QCOMPARE(changed.answers, QJsonValue(QJsonArray{"4", "5"}));
        QVERIFY(changed.dirty);
        QCOMPARE(model.stateAt(0).status, QuestionState::Status::Retired);
        QCOMPARE(model.stateAt(0).version, 7);
        // Outside the rows: the state before any event.
        QCOMPARE(model.stateAt(-1), QuestionState{});
        QCOMPARE(model.stateAt(8), QuestionState{});
    }

    void replacingTheHistoryResets()
    {
        QuestionHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHistory(history());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QList<RecordedEvent> shorter = history().mid(0, 2);
        model.setHistory(shorter);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, QuestionHistoryModel::ChangeColumn).data().toString(),
                 QString("Published revision 1"));
        model.setHistory({});
        QCOMPARE(model.rowCount(), 0);
    }

    void headers()
    {
        QuestionHistoryModel model;
        QCOMPARE(model.headerData(QuestionHistoryModel::TimeColumn, Qt::Horizontal).toString(),
                 QString("Time"));
        QCOMPARE(model.headerData(QuestionHistoryModel::WhoColumn, Qt::Horizontal).toString(),
                 QString("Who"));
        QCOMPARE(model.headerData(QuestionHistoryModel::ChangeColumn, Qt::Horizontal).toString(),
                 QString("Change"));
        QCOMPARE(model.headerData(QuestionHistoryModel::PositionColumn, Qt::Horizontal).toString(),
                 QString("Position"));
    }
};

QTEST_GUILESS_MAIN(TestQuestionHistoryModel)
#include "TestQuestionHistoryModel.moc"
