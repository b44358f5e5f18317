// The generic fold and the choice of fold by category.
#include "AggregateFold.h"
#include "GenericAggregate.h"

#include <QTest>

using Rewind::AggregateFold;
using Rewind::GenericAggregate;
using Rewind::GenericState;
using Rewind::RecordedEvent;

namespace {

RecordedEvent recorded(const QString& stream, const QString& type, const QByteArray& data, qint64 position)
{
    RecordedEvent e;
    e.position = position;
    e.streamName = stream;
    e.type = type;
    e.data = data;
    return e;
}

} // namespace

class TestGenericAggregate : public QObject
{
    Q_OBJECT
private slots:
    void startState()
    {
        QCOMPARE(GenericAggregate::toJson(GenericState()), "{\"version\":-1,\"lastType\":null}");
    }

    void fold_data()
    {
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QList<QByteArray>>("data");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("one event") << QStringList{"StudentRegistered"}
                                   << QList<QByteArray>{"{\"studentId\":11,\"name\":\"Sanne\"}"}
                                   << QByteArray("{\"name\":\"Sanne\",\"studentId\":11,\"version\":0,"
                                                 "\"lastType\":\"StudentRegistered\"}");
        QTest::newRow("later keys overwrite, others stay")
            << QStringList{"CourseCreated", "SectionRenamed"}
            << QList<QByteArray>{"{\"courseId\":\"c1\",\"title\":\"Rekenen\"}", "{\"title\":\"Breuken\"}"}
            << QByteArray("{\"courseId\":\"c1\",\"title\":\"Breuken\",\"version\":1,"
                          "\"lastType\":\"SectionRenamed\"}");
        QTest::newRow("empty data moves version and lastType")
            << QStringList{"StudentRegistered", "StudentLoggedIn"}
            << QList<QByteArray>{"{\"studentId\":\"11\"}", "{}"}
            << QByteArray("{\"studentId\":\"11\",\"version\":1,\"lastType\":\"StudentLoggedIn\"}");
        QTest::newRow("overwriting is shallow")
            << QStringList{"A", "B"} << QList<QByteArray>{"{\"o\":{\"x\":1,\"y\":2}}", "{\"o\":{\"x\":3}}"}
            << QByteArray("{\"o\":{\"x\":3},\"version\":1,\"lastType\":\"B\"}");
        QTest::newRow("null overwrites")
            << QStringList{"A", "B"} << QList<QByteArray>{"{\"k\":1}", "{\"k\":null}"}
            << QByteArray("{\"k\":null,\"version\":1,\"lastType\":\"B\"}");
        QTest::newRow("the fold's own keys win")
            << QStringList{"A"} << QList<QByteArray>{"{\"version\":99,\"lastType\":\"X\",\"z\":true}"}
            << QByteArray("{\"z\":true,\"version\":0,\"lastType\":\"A\"}");
    }
    void fold()
    {
        QFETCH(QStringList, types);
        QFETCH(QList<QByteArray>, data);
        QFETCH(QByteArray, expected);
        GenericState state;
        for (qsizetype i = 0; i < types.size(); ++i)
            state = GenericAggregate::apply(state, recorded("course-c1", types[i], data[i], i));
        QCOMPARE(GenericAggregate::toJson(state), expected);
    }

    void versionIsThePositionOfTheLastEvent()
    {
        const GenericState state = GenericAggregate::apply(GenericState(), recorded("a-1", "T", "{}", 9));
        QCOMPARE(state.version, 9);
        QCOMPARE(state.lastType, QStringLiteral("T"));
    }

    void foldByCategory_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QByteArray>("startState");
        QTest::newRow("quiz") << "quiz-5f1c-77b0"
                              << QByteArray("{\"quizId\":null,\"studentId\":null,\"sectionId\":null,"
                                            "\"status\":\"open\",\"streak\":0,\"answered\":0,\"correct\":0,"
                                            "\"incorrect\":0,\"currentQuestionId\":null,\"version\":-1}");
        QTest::newRow("question") << "question-442"
                                  << QByteArray("{\"questionId\":null,\"courseId\":null,\"sectionId\":null,"
                                                "\"text\":null,\"answers\":[],\"correctAnswers\":[],"
                                                "\"explanation\":null,\"status\":\"draft\",\"revision\":0,"
                                                "\"dirty\":false,\"version\":-1}");
        QTest::newRow("course") << "course-c1" << QByteArray("{\"version\":-1,\"lastType\":null}");
        QTest::newRow("student") << "student-23" << QByteArray("{\"version\":-1,\"lastType\":null}");
        QTest::newRow("qualified quiz category is not a quiz")
            << "quiz:position-worker1" << QByteArray("{\"version\":-1,\"lastType\":null}");
    }
    void foldByCategory()
    {
        QFETCH(QString, stream);
        QFETCH(QByteArray, startState);
        AggregateFold fold(stream);
        QCOMPARE(fold.toJson(), startState);
        QCOMPARE(fold.version(), -1);
        fold.apply(recorded(stream, "Whatever", "{}", 0));
        QCOMPARE(fold.version(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGenericAggregate)
#include "TestGenericAggregate.moc"
