// The course rules as pure decisions: each row folds events into a state, decides a command on it, and
// checks the rule broken or the events emitted and the state they fold into.
#include "AggregateTestEvents.h"
#include "CourseDecision.h"

#include <QTest>

using Rewind::AddChapter;
using Rewind::AddSection;
using Rewind::CourseAggregate;
using Rewind::CourseCommand;
using Rewind::CourseDecision;
using Rewind::CourseState;
using Rewind::CreateCourse;
using Rewind::Decision;
using Rewind::RenameSection;

Q_DECLARE_METATYPE(Rewind::CourseCommand)

namespace {

CourseState fold(const QStringList& events)
{
    return Rewind::foldEvents<CourseState, Rewind::CourseAggregate>(QStringLiteral("course-c1"), events);
}

QStringList typesAndData(const Decision& decision)
{
    QStringList out;
    for (const auto& e : decision.events())
        out << e.type + u' ' + QString::fromUtf8(e.data);
    return out;
}

QString text(const QJsonValue& v)
{
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toInteger()) : QString("null");
}

// The part of a state the rules are about, e.g. "Fractions: ch1 Adding@0 [s1 Same@0]".
QString summary(const CourseState& s)
{
    QStringList chapters;
    for (const auto& c : s.chapters) {
        QStringList sections;
        for (const auto& section : c.sections)
            sections << text(section.sectionId) + " " + text(section.title) + "@" + text(section.index);
        chapters << text(c.chapterId) + " " + text(c.title) + "@" + text(c.index) + " [" +
                        sections.join(", ") + "]";
    }
    return text(s.title) + ":" + (chapters.isEmpty() ? QString() : " " + chapters.join(" "));
}

const QString Created = "CourseCreated {\"courseId\":\"c1\",\"title\":\"Fractions\",\"language\":\"en\"}";
const QString Chapter1 = "ChapterAdded {\"chapterId\":\"ch1\",\"title\":\"Adding\",\"index\":0}";
const QString Chapter2 = "ChapterAdded {\"chapterId\":\"ch2\",\"title\":\"Multiplying\",\"index\":1}";
const QString Section1 =
    "SectionAdded {\"chapterId\":\"ch1\",\"sectionId\":\"s1\",\"title\":\"Same\",\"index\":0}";
const QString NumericChapter = "ChapterAdded {\"chapterId\":7,\"title\":\"Seven\",\"index\":1}";

const QStringList NoEvents;
const QStringList Course{Created};
const QStringList OneChapter{Created, Chapter1};
const QStringList OneSection{Created, Chapter1, Section1};
const QStringList TwoChapters{Created, Chapter1, Chapter2, Section1};

} // namespace

class TestCourseDecision : public QObject
{
    Q_OBJECT
private slots:
    void decide_data()
    {
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<CourseCommand>("command");
        QTest::addColumn<QString>("rule");        // empty: accepted
        QTest::addColumn<QStringList>("emitted"); // when accepted
        QTest::addColumn<QString>("after");       // summary of the state after the emitted events

        const QStringList none;
        const auto accepted = [](const char* name, const QStringList& history, const CourseCommand& command,
                                 const QStringList& emitted, const QString& after) {
            QTest::newRow(name) << history << command << QString() << emitted << after;
        };
        const auto rejected = [&none](const char* name, const QStringList& history,
                                      const CourseCommand& command, const char* rule) {
            QTest::newRow(name) << history << command << QString::fromLatin1(rule) << none << QString();
        };

        // CreateCourse
        accepted("create on a new stream", NoEvents, CreateCourse{"c1", "Fractions", "en"}, {Created},
                 "Fractions:");
        accepted("create keeps a numeric id and escapes text", NoEvents, CreateCourse{7, "say \"hi\"", ""},
                 {"CourseCreated {\"courseId\":7,\"title\":\"say \\\"hi\\\"\",\"language\":\"\"}"},
                 "say \"hi\":");
        accepted("the title is written as given", NoEvents, CreateCourse{"c1", " Fractions ", "en"},
                 {"CourseCreated {\"courseId\":\"c1\",\"title\":\" Fractions \",\"language\":\"en\"}"},
                 " Fractions :");
        rejected("create on a created course", Course, CreateCourse{"c1", "Fractions", "en"},
                 "course-exists");
        rejected("create on a stream with any event", QStringList{"CourseTagged {}"},
                 CreateCourse{"c1", "Fractions", "en"}, "course-exists");
        rejected("create without id", NoEvents, CreateCourse{QJsonValue(), "Fractions", "en"},
                 "course-id-required");
        rejected("create with an empty id", NoEvents, CreateCourse{"", "Fractions", "en"},
                 "course-id-required");
        rejected("create without title", NoEvents, CreateCourse{"c1", "", "en"}, "title-required");
        rejected("create with a blank title", NoEvents, CreateCourse{"c1", " \t", "en"}, "title-required");
        rejected("course-exists is checked before the id", Course, CreateCourse{"", "", ""}, "course-exists");

        // Anything but CreateCourse on a new stream
        rejected("add chapter before create", NoEvents, AddChapter{"ch1", "Adding", {}},
                 "course-not-created");
        rejected("add section before create", NoEvents, AddSection{"ch1", "s1", "Same", {}},
                 "course-not-created");
        rejected("rename section before create", NoEvents, RenameSection{"s1", "Other"},
                 "course-not-created");

        // AddChapter
        accepted("add the first chapter", Course, AddChapter{"ch1", "Adding", {}}, {Chapter1},
                 "Fractions: ch1 Adding@0 []");
        accepted("an omitted index is the number of chapters", OneSection,
                 AddChapter{"ch2", "Multiplying", {}}, {Chapter2},
                 "Fractions: ch1 Adding@0 [s1 Same@0] ch2 Multiplying@1 []");
        accepted("a given index is kept", OneChapter, AddChapter{"ch0", "Basics", 0},
                 {"ChapterAdded {\"chapterId\":\"ch0\",\"title\":\"Basics\",\"index\":0}"},
                 "Fractions: ch1 Adding@0 [] ch0 Basics@0 []");
        accepted("a numeric chapter id", OneChapter, AddChapter{7, "Seven", {}}, {NumericChapter},
                 "Fractions: ch1 Adding@0 [] 7 Seven@1 []");
        accepted("the string \"7\" is not the chapter 7", QStringList{Created, NumericChapter},
                 AddChapter{"7", "Seven", {}},
                 {"ChapterAdded {\"chapterId\":\"7\",\"title\":\"Seven\",\"index\":1}"},
                 "Fractions: 7 Seven@1 [] 7 Seven@1 []");
        rejected("chapter without id", Course, AddChapter{QJsonValue(), "Adding", {}}, "chapter-id-required");
        rejected("chapter with an empty id", Course, AddChapter{"", "Adding", {}}, "chapter-id-required");
        rejected("chapter without title", Course, AddChapter{"ch1", "", {}}, "title-required");
        rejected("chapter with a blank title", Course, AddChapter{"ch1", "   ", {}}, "title-required");
        rejected("chapter with a negative index", Course, AddChapter{"ch1", "Adding", -1}, "index-invalid");
        rejected("chapter id already in the course", OneChapter, AddChapter{"ch1", "Again", {}},
                 "chapter-exists");
        rejected("numeric chapter id already in the course", QStringList{Created, NumericChapter},
                 AddChapter{7, "Again", {}}, "chapter-exists");

        // AddSection
        accepted("add the first section", OneChapter, AddSection{"ch1", "s1", "Same", {}}, {Section1},
                 "Fractions: ch1 Adding@0 [s1 Same@0]");
        accepted(
            "an omitted index is the number of sections in that chapter", TwoChapters,
            AddSection{"ch1", "s2", "Other", {}},
            {"SectionAdded {\"chapterId\":\"ch1\",\"sectionId\":\"s2\",\"title\":\"Other\",\"index\":1}"},
            "Fractions: ch1 Adding@0 [s1 Same@0, s2 Other@1] ch2 Multiplying@1 []");
        accepted(
            "the first section of the second chapter", TwoChapters, AddSection{"ch2", "s3", "Whole", {}},
            {"SectionAdded {\"chapterId\":\"ch2\",\"sectionId\":\"s3\",\"title\":\"Whole\",\"index\":0}"},
            "Fractions: ch1 Adding@0 [s1 Same@0] ch2 Multiplying@1 [s3 Whole@0]");
        accepted(
            "a given index is kept", OneSection, AddSection{"ch1", "s0", "Intro", 5},
            {"SectionAdded {\"chapterId\":\"ch1\",\"sectionId\":\"s0\",\"title\":\"Intro\",\"index\":5}"},
            "Fractions: ch1 Adding@0 [s1 Same@0, s0 Intro@5]");
        accepted("numeric ids", QStringList{Created, NumericChapter}, AddSection{7, 30, "Thirty", {}},
                 {"SectionAdded {\"chapterId\":7,\"sectionId\":30,\"title\":\"Thirty\",\"index\":0}"},
                 "Fractions: 7 Seven@1 [30 Thirty@0]");
        rejected("section without chapter id", OneChapter, AddSection{QJsonValue(), "s1", "Same", {}},
                 "chapter-id-required");
        rejected("section with an empty chapter id", OneChapter, AddSection{"", "s1", "Same", {}},
                 "chapter-id-required");
        rejected("section without id", OneChapter, AddSection{"ch1", QJsonValue(), "Same", {}},
                 "section-id-required");
        rejected("section with an empty id", OneChapter, AddSection{"ch1", "", "Same", {}},
                 "section-id-required");
        rejected("section without title", OneChapter, AddSection{"ch1", "s1", "", {}}, "title-required");
        rejected("section with a blank title", OneChapter, AddSection{"ch1", "s1", "\n", {}},
                 "title-required");
        rejected("section with a negative index", OneChapter, AddSection{"ch1", "s1", "Same", -3},
                 "index-invalid");
        rejected("section of an unknown chapter", OneChapter, AddSection{"ch9", "s1", "Same", {}},
                 "chapter-not-found");
        rejected("section of the string \"7\" when the chapter is 7", QStringList{Created, NumericChapter},
                 AddSection{"7", "s1", "Same", {}}, "chapter-not-found");
        rejected("section id already in the chapter", OneSection, AddSection{"ch1", "s1", "Again", {}},
                 "section-exists");
        rejected("section id already in another chapter", TwoChapters, AddSection{"ch2", "s1", "Again", {}},
                 "section-exists");

        // RenameSection
        accepted("rename a section", OneSection, RenameSection{"s1", "Like denominators"},
                 {"SectionRenamed {\"sectionId\":\"s1\",\"title\":\"Like denominators\"}"},
                 "Fractions: ch1 Adding@0 [s1 Like denominators@0]");
        accepted("a title differing only in spaces is a change", OneSection, RenameSection{"s1", "Same "},
                 {"SectionRenamed {\"sectionId\":\"s1\",\"title\":\"Same \"}"},
                 "Fractions: ch1 Adding@0 [s1 Same @0]");
        rejected("rename without id", OneSection, RenameSection{QJsonValue(), "X"}, "section-id-required");
        rejected("rename with an empty id", OneSection, RenameSection{"", "X"}, "section-id-required");
        rejected("rename to no title", OneSection, RenameSection{"s1", ""}, "title-required");
        rejected("rename to a blank title", OneSection, RenameSection{"s1", "  "}, "title-required");
        rejected("rename an unknown section", OneSection, RenameSection{"s9", "X"}, "section-not-found");
        rejected("rename a chapter id", OneSection, RenameSection{"ch1", "X"}, "section-not-found");
        rejected("rename to the same title", OneSection, RenameSection{"s1", "Same"}, "nothing-changed");
    }
    void decide()
    {
        QFETCH(QStringList, history);
        QFETCH(CourseCommand, command);
        QFETCH(QString, rule);
        QFETCH(QStringList, emitted);
        QFETCH(QString, after);

        const Decision decision = CourseDecision::decide(fold(history), command);
        if (!rule.isEmpty()) {
            QVERIFY2(!decision.accepted(), qPrintable(typesAndData(decision).join(u'\n')));
            QCOMPARE(decision.rejection().rule, rule);
            QVERIFY(!decision.rejection().message.isEmpty());
            QVERIFY(decision.events().isEmpty());
            return;
        }
        QVERIFY2(decision.accepted(),
                 qPrintable(decision.accepted() ? QString()
                                                : decision.rejection().rule + QStringLiteral(": ") +
                                                      decision.rejection().message));
        QCOMPARE(typesAndData(decision), emitted);
        QCOMPARE(summary(fold(history + typesAndData(decision))), after);
    }

    // Rejections name what they are about, so an editor can tell a string id from a numeric one.
    void messagesNameTheIds()
    {
        QCOMPARE(
            CourseDecision::decide(fold(OneChapter), AddSection{"ch9", "s1", "Same", {}}).rejection().message,
            QString("The course has no chapter with id \"ch9\"."));
        QCOMPARE(CourseDecision::decide(fold(OneSection), RenameSection{30, "X"}).rejection().message,
                 QString("The course has no section with id 30."));
        QCOMPARE(CourseDecision::decide(fold(NoEvents), RenameSection{"s1", "X"}).rejection().message,
                 QString("RenameSection needs a created course."));
    }

    // A full editing session: every step is decided on the fold of the events so far.
    void editingSession()
    {
        QStringList events;
        const auto run = [&events](const CourseCommand& command) {
            const Decision d = CourseDecision::decide(fold(events), command);
            if (d.accepted())
                events += typesAndData(d);
            return d.accepted() ? QString() : d.rejection().rule;
        };
        QCOMPARE(run(AddChapter{"ch1", "Adding", {}}), QString("course-not-created"));
        QCOMPARE(run(CreateCourse{"c1", "Fractions", "en"}), QString());
        QCOMPARE(run(CreateCourse{"c1", "Fractions", "en"}), QString("course-exists"));
        QCOMPARE(run(AddChapter{"ch1", "Adding", {}}), QString());
        QCOMPARE(run(AddSection{"ch1", "s1", "Same denominator", {}}), QString());
        QCOMPARE(run(AddSection{"ch1", "s2", "Other denominators", {}}), QString());
        QCOMPARE(run(AddChapter{"ch2", "Multiplying", {}}), QString());
        QCOMPARE(run(AddSection{"ch2", "s2", "Again", {}}), QString("section-exists"));
        QCOMPARE(run(AddSection{"ch2", "s3", "By a whole number", {}}), QString());
        QCOMPARE(run(RenameSection{"s2", "Unlike denominators"}), QString());
        QCOMPARE(run(RenameSection{"s2", "Unlike denominators"}), QString("nothing-changed"));
        QCOMPARE(CourseAggregate::toJson(fold(events)),
                 QByteArray("{\"courseId\":\"c1\",\"title\":\"Fractions\",\"language\":\"en\",\"chapters\":["
                            "{\"chapterId\":\"ch1\",\"title\":\"Adding\",\"index\":0,\"sections\":["
                            "{\"sectionId\":\"s1\",\"title\":\"Same denominator\",\"index\":0},"
                            "{\"sectionId\":\"s2\",\"title\":\"Unlike denominators\",\"index\":1}]},"
                            "{\"chapterId\":\"ch2\",\"title\":\"Multiplying\",\"index\":1,\"sections\":["
                            "{\"sectionId\":\"s3\",\"title\":\"By a whole number\",\"index\":0}]}],"
                            "\"version\":6}"));
    }
};

QTEST_GUILESS_MAIN(TestCourseDecision)
#include "TestCourseDecision.moc"
