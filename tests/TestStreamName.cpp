#include "StreamName.h"

#include <QTest>

using Rewind::StreamName;

class TestStreamName : public QObject
{
    Q_OBJECT
private slots:
    void parts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("cardinalId");
        QTest::addColumn<bool>("isCategory");
        QTest::newRow("plain") << "question-442"
                               << "question"
                               << "442"
                               << "442" << false;
        QTest::newRow("uuid id keeps its dashes") << "quiz-5f1c2a-77b0"
                                                  << "quiz"
                                                  << "5f1c2a-77b0"
                                                  << "5f1c2a-77b0" << false;
        QTest::newRow("compound id") << "quiz-23+442"
                                     << "quiz"
                                     << "23+442"
                                     << "23" << false;
        QTest::newRow("category only") << "student"
                                       << "student"
                                       << ""
                                       << "" << true;
        QTest::newRow("qualified category") << "questionStats:position-worker1"
                                            << "questionStats:position"
                                            << "worker1"
                                            << "worker1" << false;
        QTest::newRow("empty id") << "course-"
                                  << "course"
                                  << ""
                                  << "" << false;
    }
    void parts()
    {
        QFETCH(QString, name);
        QFETCH(QString, category);
        QFETCH(QString, id);
        QFETCH(QString, cardinalId);
        QFETCH(bool, isCategory);
        QCOMPARE(StreamName::category(name), category);
        QCOMPARE(StreamName::id(name), id);
        QCOMPARE(StreamName::cardinalId(name), cardinalId);
        QCOMPARE(StreamName::isCategory(name), isCategory);
    }

    void categoryTypes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("entity");
        QTest::newRow("none") << "account-1" << QStringList{} << "account";
        QTest::newRow("position") << "account:position" << QStringList{"position"} << "account";
        QTest::newRow("two, with id")
            << "account:command+position-worker1" << QStringList{"command", "position"} << "account";
    }
    void categoryTypes()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, types);
        QFETCH(QString, entity);
        QCOMPARE(StreamName::categoryTypes(name), types);
        QCOMPARE(StreamName::entityName(name), entity);
    }
};

QTEST_GUILESS_MAIN(TestStreamName)
#include "TestStreamName.moc"
