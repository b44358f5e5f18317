// content-catalog: published questions per course and section with their revision,
// checked on the whole catalogue as text, one line per course, section and question.
#include "ContentCatalogProjection.h"
#include "ProjectionTestLog.h"
#include "ProjectionVersions.h"
#include "StudentTimelineProjection.h"

#include <QTest>

using Rewind::ContentCatalogProjection;
using Rewind::ProjectionTestLog;

namespace {

// Course ids sort as text: "7" < "c1" < "c2" < "c9", sections "s10" < "s2", questions "401" < "9".
const QList<QByteArray> CatalogueLog = {
    "course-c1 CourseCreated {\"courseId\":\"c1\",\"title\":\"Maths\",\"language\":\"en\"}",
    "course-c1 ChapterAdded {\"chapterId\":\"ch1\",\"title\":\"Numbers\",\"index\":0}",
    "course-c1 SectionAdded {\"chapterId\":\"ch1\",\"sectionId\":\"s2\",\"title\":\"Fractions\",\"index\":0}",
    "course-c1 SectionAdded {\"chapterId\":\"ch1\",\"sectionId\":\"s10\",\"title\":\"Decimals\",\"index\":1}",
    "course-c1 SectionRenamed {\"sectionId\":\"s2\",\"title\":\"Fractions I\"}",
    "course-7 CourseCreated {\"courseId\":7,\"title\":\"Empty\",\"language\":\"en\"}",
    "course-c2 CourseCreated {\"courseId\":\"c2\",\"title\":\"Physics\",\"language\":\"en\"}",
    "course-c2 SectionAdded {\"chapterId\":\"p\",\"sectionId\":5,\"title\":\"Forces\",\"index\":0}",
    "question-401 QuestionDrafted "
    "{\"questionId\":401,\"courseId\":\"c1\",\"sectionId\":\"s2\",\"text\":\"1/2+1/4?\","
    "\"answers\":[\"3/4\",\"2/6\"],\"correctAnswers\":[\"3/4\"],\"explanation\":\"\"}",
    "question-401 QuestionPublished {\"revision\":1}",
    "question-401 QuestionTextChanged {\"text\":\"1/2 + 1/4?\"}",
    "question-401 QuestionPublished {\"revision\":2}",
    "question-401 AnswersChanged {\"answers\":[\"3/4\",\"1/6\"],\"correctAnswers\":[\"3/4\"]}",
    "question-9 QuestionDrafted {\"questionId\":9,\"courseId\":\"c1\",\"sectionId\":\"s2\",\"text\":\"?\"}",
    "question-9 QuestionPublished {\"revision\":1}",
    "question-50 QuestionDrafted "
    "{\"questionId\":50,\"courseId\":\"c1\",\"sectionId\":\"s10\",\"text\":\"?\"}",
    "question-60 QuestionDrafted "
    "{\"questionId\":60,\"courseId\":\"c1\",\"sectionId\":\"s10\",\"text\":\"?\"}",
    "question-60 QuestionPublished {\"revision\":1}",
    "question-60 QuestionRetired {\"reason\":\"duplicate\"}",
    "question-70 QuestionDrafted {\"questionId\":70,\"courseId\":\"c2\",\"sectionId\":\"5\",\"text\":\"?\"}",
    "question-70 QuestionPublished {\"revision\":3}",
    "question-80 QuestionDrafted {\"questionId\":80,\"courseId\":\"c9\",\"sectionId\":\"s9\",\"text\":\"?\"}",
    "question-80 QuestionPublished {\"revision\":1}",
    "question-90 QuestionPublished {\"revision\":1}",
};

const QStringList Catalogue = {
    "course 7 \"Empty\"",         "course c1 \"Maths\"",
    "  section s10 \"Decimals\"", "  section s2 \"Fractions I\"",
    "    question 401 r2",        "    question 9 r1",
    "course c2 \"Physics\"",      "  section 5 \"Forces\"",
    "    question 70 r3",         "course c9 \"\"",
    "  section s9 \"\"",          "    question 80 r1",
};

ContentCatalogProjection fed(const QList<QByteArray>& lines)
{
    ProjectionTestLog log;
    log.lines(lines);
    ContentCatalogProjection projection;
    log.feed(projection);
    return projection;
}

QStringList render(const ContentCatalogProjection& projection)
{
    QStringList lines;
    for (const auto& course : projection.courses()) {
        lines.append(QStringLiteral("course %1 \"%2\"").arg(course.courseId, course.title));
        for (const auto& section : course.sections) {
            lines.append(QStringLiteral("  section %1 \"%2\"").arg(section.sectionId, section.title));
            for (const auto& question : section.questions)
                lines.append(
                    QStringLiteral("    question %1 r%2").arg(question.questionId).arg(question.revision));
        }
    }
    return lines;
}

} // namespace

class TestContentCatalogProjection : public QObject
{
    Q_OBJECT
private slots:
    void identity()
    {
        ContentCatalogProjection projection;
        QCOMPARE(projection.name(), QStringLiteral("content-catalog"));
        QCOMPARE(projection.codeVersion(), QByteArray(Rewind::ProjectionVersions::ContentCatalogProjection));
        QCOMPARE(projection.handledTypes(),
                 (QList<QByteArray>{"CourseCreated", "SectionAdded", "SectionRenamed", "QuestionDrafted",
                                    "QuestionPublished", "QuestionRetired"}));
        QCOMPARE(projection.summary(), QStringLiteral("0 courses, 0 published questions"));
    }

    void catalogue()
    {
        const ContentCatalogProjection projection = fed(CatalogueLog);
        QCOMPARE(render(projection), Catalogue);
        QCOMPARE(projection.publishedCount(), 4);
        QCOMPARE(projection.summary(), QStringLiteral("3 courses, 4 published questions"));
    }

    void scenarios_data()
    {
        QTest::addColumn<QList<QByteArray>>("events");
        QTest::addColumn<QStringList>("expected");
        const QByteArray course = "course-c CourseCreated {\"courseId\":\"c\",\"title\":\"C\"}";
        const QByteArray section = "course-c SectionAdded {\"sectionId\":\"s\",\"title\":\"S\"}";
        const QByteArray draft = "question-1 QuestionDrafted {\"courseId\":\"c\",\"sectionId\":\"s\"}";
        const QByteArray publish1 = "question-1 QuestionPublished {\"revision\":1}";
        const QByteArray publish2 = "question-1 QuestionPublished {\"revision\":2}";
        const QByteArray retire = "question-1 QuestionRetired {\"reason\":\"old\"}";
        const QStringList empty = {"course c \"C\"", "  section s \"S\""};

        QTest::newRow("drafted only") << QList<QByteArray>{course, section, draft} << empty;
        QTest::newRow("published") << QList<QByteArray>{course, section, draft, publish1}
                                   << empty + QStringList{"    question 1 r1"};
        QTest::newRow("changed after publication keeps the published revision")
            << QList<QByteArray>{course,
                                 section,
                                 draft,
                                 publish1,
                                 "question-1 QuestionTextChanged {\"text\":\"new\"}",
                                 "question-1 ExplanationChanged {\"explanation\":\"why\"}"}
            << empty + QStringList{"    question 1 r1"};
        QTest::newRow("published again") << QList<QByteArray>{course, section, draft, publish1, publish2}
                                         << empty + QStringList{"    question 1 r2"};
        QTest::newRow("retired") << QList<QByteArray>{course, section, draft, publish1, retire} << empty;
        QTest::newRow("published after retirement, as the question fold has it")
            << QList<QByteArray>{course, section, draft, publish1, retire, publish2}
            << empty + QStringList{"    question 1 r2"};
        QTest::newRow("published without a draft is not placed")
            << QList<QByteArray>{course, section, publish1} << empty;
        QTest::newRow("drafted again moves it")
            << QList<QByteArray>{course, section, draft, publish1,
                                 "question-1 QuestionDrafted {\"courseId\":\"c\",\"sectionId\":\"t\"}"}
            << empty + QStringList{"  section t \"\"", "    question 1 r1"};
        QTest::newRow("number and string ids are one")
            << QList<QByteArray>{"course-5 CourseCreated {\"courseId\":5,\"title\":\"Five\"}",
                                 "course-5 SectionAdded {\"sectionId\":6,\"title\":\"Six\"}",
                                 "question-1 QuestionDrafted {\"courseId\":\"5\",\"sectionId\":\"6\"}",
                                 publish1}
            << QStringList{"course 5 \"Five\"", "  section 6 \"Six\"", "    question 1 r1"};
        QTest::newRow("escaped title")
            << QList<QByteArray>{"course-c CourseCreated {\"title\":\"Caf\\u00e9 \\\"1\\\"\"}"}
            << QStringList{QStringLiteral("course c \"Caf\u00e9 \"1\"\"")};
        QTest::newRow("renamed before it was added, then added")
            << QList<QByteArray>{course, "course-c SectionRenamed {\"sectionId\":\"s\",\"title\":\"Early\"}",
                                 section}
            << empty;
        QTest::newRow("renamed section of no known course is not listed")
            << QList<QByteArray>{course, "course-c SectionRenamed {\"sectionId\":\"x\",\"title\":\"X\"}"}
            << QStringList{"course c \"C\""};
    }
    void scenarios()
    {
        QFETCH(QList<QByteArray>, events);
        QTEST(render(fed(events)), "expected");
    }

    void poison_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("reason");
        QTest::newRow("course without title")
            << QByteArray("course-c1") << QByteArray("CourseCreated") << QByteArray("{\"courseId\":\"c1\"}")
            << "CourseCreated: field \"title\" missing";
        QTest::newRow("course title is a number")
            << QByteArray("course-c1") << QByteArray("CourseCreated") << QByteArray("{\"title\":5}")
            << "CourseCreated: field \"title\" is not a string";
        QTest::newRow("section without id")
            << QByteArray("course-c1") << QByteArray("SectionAdded") << QByteArray("{\"title\":\"x\"}")
            << "SectionAdded: field \"sectionId\" missing";
        QTest::newRow("section data is not an object")
            << QByteArray("course-c1") << QByteArray("SectionAdded") << QByteArray("x")
            << "SectionAdded: data is not a JSON object (expected a JSON object at column 1)";
        QTest::newRow("rename without title")
            << QByteArray("course-c1") << QByteArray("SectionRenamed") << QByteArray("{\"sectionId\":\"s2\"}")
            << "SectionRenamed: field \"title\" missing";
        QTest::newRow("revision is a string") << QByteArray("question-401") << QByteArray("QuestionPublished")
                                              << QByteArray("{\"revision\":\"3\"}")
                                              << "QuestionPublished: field \"revision\" is not an integer";
        QTest::newRow("revision is a fraction")
            << QByteArray("question-401") << QByteArray("QuestionPublished")
            << QByteArray("{\"revision\":2.5}") << "QuestionPublished: field \"revision\" is not an integer";
        QTest::newRow("revision missing")
            << QByteArray("question-401") << QByteArray("QuestionPublished") << QByteArray("{}")
            << "QuestionPublished: field \"revision\" missing";
        QTest::newRow("draft without section")
            << QByteArray("question-401") << QByteArray("QuestionDrafted")
            << QByteArray("{\"courseId\":\"c1\"}") << "QuestionDrafted: field \"sectionId\" missing";
        QTest::newRow("draft course is an object")
            << QByteArray("question-401") << QByteArray("QuestionDrafted")
            << QByteArray("{\"courseId\":{},\"sectionId\":\"s2\"}")
            << "QuestionDrafted: field \"courseId\" is not a string or an integer";
        QTest::newRow("publication in a category")
            << QByteArray("question") << QByteArray("QuestionPublished") << QByteArray("{\"revision\":3}")
            << "QuestionPublished: stream name \"question\" has no id";
        QTest::newRow("retirement in a category")
            << QByteArray("question") << QByteArray("QuestionRetired") << QByteArray("{}")
            << "QuestionRetired: stream name \"question\" has no id";
    }
    void poison()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, data);
        ProjectionTestLog log;
        log.lines(CatalogueLog);
        ContentCatalogProjection projection;
        log.feed(projection);
        const QByteArray before = projection.saveState();
        QTEST(Rewind::rejection(projection, log.next(stream, type, data)), "reason");
        QCOMPARE(projection.saveState(), before);
    }

    // Only titles, placements and revisions are read.
    void acceptedShapes_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qsizetype>("published");
        QTest::newRow("retirement reason is not read")
            << QByteArray("question-401") << QByteArray("QuestionRetired") << QByteArray("nope")
            << qsizetype(3);
        QTest::newRow("draft with odd content")
            << QByteArray("question-401") << QByteArray("QuestionDrafted")
            << QByteArray("{\"courseId\":\"c1\",\"sectionId\":\"s10\",\"text\":5}") << qsizetype(4);
        QTest::newRow("course without its id in the data")
            << QByteArray("course-c3") << QByteArray("CourseCreated") << QByteArray("{\"title\":\"New\"}")
            << qsizetype(4);
        QTest::newRow("unhandled type") << QByteArray("question-401") << QByteArray("QuestionTextChanged")
                                        << QByteArray("[]") << qsizetype(4);
    }
    void acceptedShapes()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, data);
        ProjectionTestLog log;
        log.lines(CatalogueLog);
        ContentCatalogProjection projection;
        log.feed(projection);
        QCOMPARE(Rewind::rejection(projection, log.next(stream, type, data)), QString());
        QTEST(projection.publishedCount(), "published");
    }

    void resumesFromASavedStateAnywhere()
    {
        ProjectionTestLog log;
        log.lines(CatalogueLog);
        Rewind::verifyResumesAnywhere<ContentCatalogProjection>(log);
    }

    void loadedStateReadsTheSame()
    {
        ContentCatalogProjection loaded;
        loaded.loadState(fed(CatalogueLog).saveState());
        QCOMPARE(render(loaded), Catalogue);
        QCOMPARE(loaded.courses(), fed(CatalogueLog).courses());
    }

    void refusesForeignBytes()
    {
        ProjectionTestLog log;
        log.lines(CatalogueLog);
        Rewind::verifyRefusesForeignBytes<ContentCatalogProjection>(
            log, {QByteArray(), QByteArray("garbage"), Rewind::StudentTimelineProjection().saveState()});
    }

    void reset()
    {
        ContentCatalogProjection projection = fed(CatalogueLog);
        projection.reset();
        QCOMPARE(projection.saveState(), ContentCatalogProjection().saveState());
        QCOMPARE(projection.courses(), QList<ContentCatalogProjection::Course>());
        QCOMPARE(projection.summary(), QStringLiteral("0 courses, 0 published questions"));
    }
};

QTEST_GUILESS_MAIN(TestContentCatalogProjection)
#include "TestContentCatalogProjection.moc"
