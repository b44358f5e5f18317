// The course fold, checked on the full state text `rewind replay` prints.
#include "AggregateTestEvents.h"
#include "CourseAggregate.h"

#include <QTest>

using Rewind::CourseAggregate;
using Rewind::CourseState;
using Rewind::RecordedEvent;

namespace {

RecordedEvent recorded(const QString& typeAndData, qint64 position)
{
    return Rewind::recordedEvent(QStringLiteral("course-c1"), typeAndData, position);
}

CourseState fold(const QStringList& events)
{
    return Rewind::foldEvents<CourseState, Rewind::CourseAggregate>(QStringLiteral("course-c1"), events);
}

const QString Created = "CourseCreated {\"courseId\":\"c1\",\"title\":\"Fractions\",\"language\":\"en\"}";
const QString Chapter1 = "ChapterAdded {\"chapterId\":\"ch1\",\"title\":\"Adding\",\"index\":0}";
const QString Chapter2 = "ChapterAdded {\"chapterId\":\"ch2\",\"title\":\"Multiplying\",\"index\":1}";
const QString Section1 =
    "SectionAdded {\"chapterId\":\"ch1\",\"sectionId\":\"s1\",\"title\":\"Same denominator\",\"index\":0}";
const QString Section2 =
    "SectionAdded {\"chapterId\":\"ch1\",\"sectionId\":\"s2\",\"title\":\"Other denominators\",\"index\":1}";
const QString Section3 =
    "SectionAdded {\"chapterId\":\"ch2\",\"sectionId\":\"s3\",\"title\":\"By a whole number\",\"index\":0}";

const QByteArray CreatedHead = "\"courseId\":\"c1\",\"title\":\"Fractions\",\"language\":\"en\"";
const QByteArray Chapter1Head = "\"chapterId\":\"ch1\",\"title\":\"Adding\",\"index\":0";
const QByteArray Chapter2Head = "\"chapterId\":\"ch2\",\"title\":\"Multiplying\",\"index\":1";
const QByteArray Section1Json = "{\"sectionId\":\"s1\",\"title\":\"Same denominator\",\"index\":0}";
const QByteArray Section2Json = "{\"sectionId\":\"s2\",\"title\":\"Other denominators\",\"index\":1}";
const QByteArray Section3Json = "{\"sectionId\":\"s3\",\"title\":\"By a whole number\",\"index\":0}";

QByteArray chapter(const QByteArray& head, const QByteArray& sections = {})
{
    return "{" + head + ",\"sections\":[" + sections + "]}";
}

QByteArray state(const QByteArray& head, const QByteArray& chapters, int version)
{
    return "{" + head + ",\"chapters\":[" + chapters + "],\"version\":" + QByteArray::number(version) + "}";
}

} // namespace

class TestCourseAggregate : public QObject
{
    Q_OBJECT
private slots:
    void startState()
    {
        QCOMPARE(CourseAggregate::toJson(CourseState()),
                 QByteArray(
                     "{\"courseId\":null,\"title\":null,\"language\":null,\"chapters\":[],\"version\":-1}"));
    }

    void transitions_data()
    {
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray noCourse = "\"courseId\":null,\"title\":null,\"language\":null";

        // CourseCreated
        QTest::newRow("created sets id, title and language")
            << QStringList{Created} << state(CreatedHead, "", 0);
        QTest::newRow("numeric course id stays a number")
            << QStringList{"CourseCreated {\"courseId\":7,\"title\":\"T\",\"language\":\"de\"}"}
            << state("\"courseId\":7,\"title\":\"T\",\"language\":\"de\"", "", 0);
        QTest::newRow("missing created fields are null")
            << QStringList{"CourseCreated {\"courseId\":\"c1\"}"}
            << state("\"courseId\":\"c1\",\"title\":null,\"language\":null", "", 0);
        QTest::newRow("a second created renames and keeps the chapters")
            << QStringList{Created, Chapter1,
                           "CourseCreated {\"courseId\":\"c1\",\"title\":\"Fractions "
                           "II\",\"language\":\"fr\"}"}
            << state("\"courseId\":\"c1\",\"title\":\"Fractions II\",\"language\":\"fr\"",
                     chapter(Chapter1Head), 2);

        // ChapterAdded
        QTest::newRow("chapter added")
            << QStringList{Created, Chapter1} << state(CreatedHead, chapter(Chapter1Head), 1);
        QTest::newRow("chapters keep the order of their events")
            << QStringList{Created, Chapter2, Chapter1}
            << state(CreatedHead, chapter(Chapter2Head) + "," + chapter(Chapter1Head), 2);
        QTest::newRow("numeric chapter id and missing fields")
            << QStringList{Created, "ChapterAdded {\"chapterId\":12}"}
            << state(CreatedHead, chapter("\"chapterId\":12,\"title\":null,\"index\":null"), 1);
        QTest::newRow("string and numeric ids are different chapters")
            << QStringList{Created, "ChapterAdded {\"chapterId\":\"7\",\"title\":\"A\",\"index\":0}",
                           "ChapterAdded {\"chapterId\":7,\"title\":\"B\",\"index\":1}"}
            << state(CreatedHead,
                     chapter("\"chapterId\":\"7\",\"title\":\"A\",\"index\":0") + "," +
                         chapter("\"chapterId\":7,\"title\":\"B\",\"index\":1"),
                     2);
        QTest::newRow("a repeated chapter id updates the chapter and keeps its sections")
            << QStringList{Created, Chapter1, Section1,
                           "ChapterAdded {\"chapterId\":\"ch1\",\"title\":\"Addition\",\"index\":3}"}
            << state(CreatedHead,
                     chapter("\"chapterId\":\"ch1\",\"title\":\"Addition\",\"index\":3", Section1Json), 3);

        // SectionAdded
        QTest::newRow("section added") << QStringList{Created, Chapter1, Section1}
                                       << state(CreatedHead, chapter(Chapter1Head, Section1Json), 2);
        QTest::newRow("sections go to their chapter in event order")
            << QStringList{Created, Chapter1, Chapter2, Section3, Section2, Section1}
            << state(CreatedHead,
                     chapter(Chapter1Head, Section2Json + "," + Section1Json) + "," +
                         chapter(Chapter2Head, Section3Json),
                     5);
        QTest::newRow("numeric section id and missing fields")
            << QStringList{Created, Chapter1, "SectionAdded {\"chapterId\":\"ch1\",\"sectionId\":30}"}
            << state(CreatedHead, chapter(Chapter1Head, "{\"sectionId\":30,\"title\":null,\"index\":null}"),
                     2);
        QTest::newRow("a section of an unknown chapter is kept under that chapter id")
            << QStringList{Created, Section3}
            << state(CreatedHead,
                     chapter("\"chapterId\":\"ch2\",\"title\":null,\"index\":null", Section3Json), 1);
        QTest::newRow("a chapter added after its section fills in its title")
            << QStringList{Created, Section3, Chapter2}
            << state(CreatedHead, chapter(Chapter2Head, Section3Json), 2);
        QTest::newRow("a repeated section id in its chapter updates the section")
            << QStringList{Created, Chapter1, Section1,
                           "SectionAdded "
                           "{\"chapterId\":\"ch1\",\"sectionId\":\"s1\",\"title\":\"New\",\"index\":4}"}
            << state(CreatedHead,
                     chapter(Chapter1Head, "{\"sectionId\":\"s1\",\"title\":\"New\",\"index\":4}"), 3);

        // SectionRenamed
        QTest::newRow("section renamed")
            << QStringList{Created, Chapter1, Section1, Section2,
                           "SectionRenamed {\"sectionId\":\"s2\",\"title\":\"Unlike denominators\"}"}
            << state(CreatedHead,
                     chapter(Chapter1Head,
                             Section1Json +
                                 ",{\"sectionId\":\"s2\",\"title\":\"Unlike denominators\",\"index\":1}"),
                     4);
        QTest::newRow("section renamed in the second chapter")
            << QStringList{Created,  Chapter1, Chapter2,
                           Section1, Section3, "SectionRenamed {\"sectionId\":\"s3\",\"title\":\"Times n\"}"}
            << state(CreatedHead,
                     chapter(Chapter1Head, Section1Json) + "," +
                         chapter(Chapter2Head, "{\"sectionId\":\"s3\",\"title\":\"Times n\",\"index\":0}"),
                     5);
        QTest::newRow("renaming an unknown section changes only the version")
            << QStringList{Created, Chapter1, Section1,
                           "SectionRenamed {\"sectionId\":\"s9\",\"title\":\"X\"}"}
            << state(CreatedHead, chapter(Chapter1Head, Section1Json), 3);
        QTest::newRow("renaming without a title sets it to null")
            << QStringList{Created, Chapter1, Section1, "SectionRenamed {\"sectionId\":\"s1\"}"}
            << state(CreatedHead, chapter(Chapter1Head, "{\"sectionId\":\"s1\",\"title\":null,\"index\":0}"),
                     3);

        // Other events
        QTest::newRow("unknown type changes only the version")
            << QStringList{Created, Chapter1, "ChapterArchived {\"chapterId\":\"ch1\",\"title\":\"ignored\"}"}
            << state(CreatedHead, chapter(Chapter1Head), 2);
        QTest::newRow("events before the course was created")
            << QStringList{Chapter1} << state(noCourse, chapter(Chapter1Head), 0);
        QTest::newRow("text with escapes")
            << QStringList{"CourseCreated {\"courseId\":\"c1\",\"title\":\"say "
                           "\\\"hi\\\"\\n\",\"language\":\"en\"}"}
            << state("\"courseId\":\"c1\",\"title\":\"say \\\"hi\\\"\\n\",\"language\":\"en\"", "", 0);
    }
    void transitions()
    {
        QFETCH(QStringList, events);
        QFETCH(QByteArray, expected);
        QCOMPARE(CourseAggregate::toJson(fold(events)), expected);
    }

    void versionIsThePositionOfTheLastEvent()
    {
        CourseState state;
        state = CourseAggregate::apply(state, recorded(Created, 0));
        QCOMPARE(state.version, 0);
        state = CourseAggregate::apply(state, recorded(Chapter1, 12));
        QCOMPARE(state.version, 12);
        QVERIFY(CourseAggregate::toJson(state).endsWith("],\"version\":12}"));
    }

    // The lookups CourseDecision relies on: ids compare as JSON values, sections across chapters.
    void lookups()
    {
        const CourseState s = fold({Created, Chapter1, Chapter2, Section1, Section3,
                                    "ChapterAdded {\"chapterId\":7,\"title\":\"Seven\",\"index\":2}"});
        QVERIFY(s.chapter(QJsonValue("ch2")));
        QCOMPARE(s.chapter(QJsonValue("ch2"))->title, QJsonValue("Multiplying"));
        QVERIFY(s.chapter(QJsonValue(7)));
        QVERIFY(!s.chapter(QJsonValue("7")));
        QVERIFY(!s.chapter(QJsonValue("ch3")));
        QVERIFY(s.section(QJsonValue("s3")));
        QCOMPARE(s.section(QJsonValue("s3"))->title, QJsonValue("By a whole number"));
        QVERIFY(!s.section(QJsonValue("s2")));
    }
};

QTEST_GUILESS_MAIN(TestCourseAggregate)
#include "TestCourseAggregate.moc"
