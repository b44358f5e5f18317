// `rewind command NAME JSON` input: each command name parses to its stream and value, each kind of bad
// input is refused with a message naming the field, and a parsed command is decided on its history.
#include "DomainCommand.h"

#include "StoreError.h"

#include <QTest>

using Rewind::AddChapter;
using Rewind::AddSection;
using Rewind::ChangeAnswers;
using Rewind::ChangeExplanation;
using Rewind::ChangeQuestionText;
using Rewind::CourseCommand;
using Rewind::CreateCourse;
using Rewind::Decision;
using Rewind::DomainCommand;
using Rewind::DomainCommandParser;
using Rewind::DomainCommands;
using Rewind::DraftQuestion;
using Rewind::PublishQuestion;
using Rewind::QuestionCommand;
using Rewind::RecordedEvent;
using Rewind::RenameSection;
using Rewind::RetireQuestion;
using Rewind::StoreError;

using AnyCommand = decltype(DomainCommand::command);
Q_DECLARE_METATYPE(AnyCommand)

namespace {

AnyCommand course(const CourseCommand& c)
{
    return AnyCommand(c);
}

AnyCommand question(const QuestionCommand& c)
{
    return AnyCommand(c);
}

// "Type {data}" -> the event at `position` of `stream`; keeps the tables one line per event.
QList<RecordedEvent> history(const QString& stream, const QStringList& typesAndData)
{
    QList<RecordedEvent> out;
    for (qsizetype i = 0; i < typesAndData.size(); ++i) {
        const QString& line = typesAndData[i];
        const qsizetype space = line.indexOf(u' ');
        RecordedEvent e;
        e.position = i;
        e.streamName = stream;
        e.type = line.left(space);
        e.data = line.mid(space + 1).toUtf8();
        out << e;
    }
    return out;
}

QStringList typesAndData(const Decision& decision)
{
    QStringList out;
    for (const auto& e : decision.events())
        out << e.type + u' ' + QString::fromUtf8(e.data);
    return out;
}

// The message parse() throws, or "" when it does not throw.
QString parseError(const QString& name, const QByteArray& json)
{
    try {
        DomainCommandParser::parse(name, json);
    } catch (const StoreError& e) {
        return e.kind() == StoreError::Kind::BadInput ? e.message() : "wrong kind: " + e.message();
    }
    return QString();
}

const QString Drafted = "QuestionDrafted {\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\","
                        "\"text\":\"1/2 + 1/4?\",\"answers\":[\"3/4\",\"2/6\"],\"correctAnswers\":[\"3/4\"],"
                        "\"explanation\":\"Same denominator first.\"}";
const QString Created = "CourseCreated {\"courseId\":\"c1\",\"title\":\"Fractions\",\"language\":\"en\"}";
const QString Chapter1 = "ChapterAdded {\"chapterId\":\"ch1\",\"title\":\"Adding\",\"index\":0}";

} // namespace

class TestDomainCommand : public QObject
{
    Q_OBJECT
private slots:
    void commandNames()
    {
        QCOMPARE(DomainCommandParser::commandNames(),
                 QStringList({"CreateCourse", "AddChapter", "AddSection", "RenameSection", "DraftQuestion",
                              "ChangeQuestionText", "ChangeAnswers", "ChangeExplanation", "PublishQuestion",
                              "RetireQuestion"}));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<AnyCommand>("expected");

        const auto row = [](const char* tag, const char* name, const QByteArray& json, const char* stream,
                            const AnyCommand& expected) {
            QTest::newRow(tag) << QString(name) << json << QString(stream) << expected;
        };

        // Course commands
        row("CreateCourse", "CreateCourse",
            "{\"courseId\":\"c1\",\"title\":\"Fractions\",\"language\":\"en\"}", "course-c1",
            course(CreateCourse{"c1", "Fractions", "en"}));
        row("CreateCourse with a numeric id", "CreateCourse",
            "{\"courseId\":7,\"title\":\"Fractions\",\"language\":\"en\"}", "course-7",
            course(CreateCourse{7, "Fractions", "en"}));
        row("CreateCourse with a UUID", "CreateCourse",
            "{\"language\":\"de\",\"title\":\"Br\\u00fcche\",\"courseId\":\"5f1c2a3e-0b7d-4c1e-9a6f-"
            "2d3b4c5d6e7f\"}",
            "course-5f1c2a3e-0b7d-4c1e-9a6f-2d3b4c5d6e7f",
            course(CreateCourse{"5f1c2a3e-0b7d-4c1e-9a6f-2d3b4c5d6e7f",
                                QString::fromUtf8("Br\xc3\xbc"
                                                  "che"),
                                "de"}));
        row("AddChapter without index", "AddChapter",
            "{\"courseId\":\"c1\",\"chapterId\":\"ch1\",\"title\":\"Adding\"}", "course-c1",
            course(AddChapter{"ch1", "Adding", {}}));
        row("AddChapter with index", "AddChapter",
            "{\"courseId\":\"c1\",\"chapterId\":3,\"title\":\"Adding\",\"index\":2}", "course-c1",
            course(AddChapter{3, "Adding", 2}));
        row("AddChapter leaves a negative index to the decision", "AddChapter",
            "{\"courseId\":\"c1\",\"chapterId\":\"ch1\",\"title\":\"Adding\",\"index\":-1}", "course-c1",
            course(AddChapter{"ch1", "Adding", -1}));
        row("AddChapter leaves an empty chapter id and title to the decision", "AddChapter",
            "{\"courseId\":\"c1\",\"chapterId\":\"\",\"title\":\"\"}", "course-c1",
            course(AddChapter{"", "", {}}));
        row("AddSection", "AddSection",
            "{\"courseId\":\"c1\",\"chapterId\":7,\"sectionId\":\"s1\",\"title\":\"Same\",\"index\":0}",
            "course-c1", course(AddSection{7, "s1", "Same", 0}));
        row("AddSection without index", "AddSection",
            "{\"courseId\":9,\"chapterId\":\"ch1\",\"sectionId\":30,\"title\":\"Same\"}", "course-9",
            course(AddSection{"ch1", 30, "Same", {}}));
        row("RenameSection", "RenameSection",
            "{\"courseId\":\"c1\",\"sectionId\":\"s1\",\"title\":\"Like denominators\"}", "course-c1",
            course(RenameSection{"s1", "Like denominators"}));

        // Question commands
        row("DraftQuestion", "DraftQuestion",
            "{\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\",\"text\":\"1/2 + 1/4?\","
            "\"answers\":[\"3/4\",\"2/6\"],\"correctAnswers\":[\"3/4\"],\"explanation\":\"Same denominator "
            "first.\"}",
            "question-7",
            question(DraftQuestion{
                7, "c1", "s1", "1/2 + 1/4?", {"3/4", "2/6"}, {"3/4"}, "Same denominator first."}));
        row("DraftQuestion with only its ids", "DraftQuestion",
            "{\"questionId\":\"q7\",\"courseId\":2,\"sectionId\":30}", "question-q7",
            question(DraftQuestion{"q7", 2, 30, "", {}, {}, ""}));
        row("DraftQuestion with empty lists", "DraftQuestion",
            "{\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\",\"answers\":[],\"correctAnswers\":[ "
            "]}",
            "question-7", question(DraftQuestion{7, "c1", "s1", "", {}, {}, ""}));
        row("ChangeQuestionText", "ChangeQuestionText", "{\"questionId\":7,\"text\":\"1/2 + 1/2?\"}",
            "question-7", question(ChangeQuestionText{"1/2 + 1/2?"}));
        row("ChangeQuestionText with escapes and spaces", "ChangeQuestionText",
            " { \"questionId\" : 7 ,\n \"text\" : \"say \\\"hi\\\"\\n\\u00e9\" } ", "question-7",
            question(ChangeQuestionText{QString::fromUtf8("say \"hi\"\n\xc3\xa9")}));
        row("an escaped member name", "ChangeQuestionText", "{\"questionId\":7,\"\\u0074ext\":\"t\"}",
            "question-7", question(ChangeQuestionText{"t"}));
        row("ChangeAnswers", "ChangeAnswers",
            "{\"questionId\":7,\"answers\":[\"1\",\"3/4\"],\"correctAnswers\":[\"1\"]}", "question-7",
            question(ChangeAnswers{{"1", "3/4"}, {"1"}}));
        row("ChangeExplanation", "ChangeExplanation", "{\"questionId\":7,\"explanation\":\"Add.\"}",
            "question-7", question(ChangeExplanation{"Add."}));
        row("PublishQuestion", "PublishQuestion", "{\"questionId\":\"q-1\"}", "question-q-1",
            question(PublishQuestion{}));
        row("RetireQuestion", "RetireQuestion", "{\"questionId\":7,\"reason\":\"duplicate\"}", "question-7",
            question(RetireQuestion{"duplicate"}));
        row("RetireQuestion without reason", "RetireQuestion", "{\"questionId\":0}", "question-0",
            question(RetireQuestion{""}));
    }
    void parse()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, json);
        QFETCH(QString, stream);
        QFETCH(AnyCommand, expected);

        DomainCommand parsed;
        try {
            parsed = DomainCommandParser::parse(name, json);
        } catch (const StoreError& e) {
            QFAIL(qPrintable(e.message()));
        }
        QCOMPARE(parsed.name, name);
        QCOMPARE(parsed.streamName, stream);
        QVERIFY(parsed.command == expected);
        QVERIFY(parsed == (DomainCommand{stream, expected, name}));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");

        const auto row = [](const char* tag, const char* name, const QByteArray& json,
                            const QString& message) {
            QTest::newRow(tag) << QString(name) << json << message;
        };

        // Unknown command names list the known ones
        const char* unknown =
            "unknown command \"%1\"; known commands: CreateCourse, AddChapter, AddSection, "
            "RenameSection, DraftQuestion, ChangeQuestionText, ChangeAnswers, ChangeExplanation, "
            "PublishQuestion, RetireQuestion";
        QTest::newRow("unknown command")
            << QString("RenameChapter") << QByteArray("{}") << QString(unknown).arg("RenameChapter");
        QTest::newRow("names are case-sensitive")
            << QString("changeAnswers") << QByteArray("{}") << QString(unknown).arg("changeAnswers");
        QTest::newRow("an event type is not a command")
            << QString("QuestionDrafted") << QByteArray("{}") << QString(unknown).arg("QuestionDrafted");

        // Valid JSON that PostgreSQL cannot store is refused on every store, naming the field
        row("a NUL escape in a title", "ChangeQuestionText", "{\"questionId\":7,\"text\":\"a\\u0000b\"}",
            "ChangeQuestionText: field \"text\": cannot be stored: a string contains \\u0000, which "
            "PostgreSQL "
            "cannot store, at column 26");
        row("a lone surrogate", "CreateCourse",
            "{\"courseId\":\"c\",\"title\":\"x\\ud800\",\"language\":\"nl\"}",
            "CreateCourse: field \"title\": cannot be stored: invalid Unicode escape (a high surrogate "
            "without a "
            "low one) at column 27");

        // Not one JSON object: the scanner's error with its column
        row("an array", "ChangeAnswers", "[1]",
            "ChangeAnswers: invalid JSON: expected a JSON object at column 1");
        row("nothing", "PublishQuestion", "",
            "PublishQuestion: invalid JSON: expected a JSON object at column 1");
        row("a string", "PublishQuestion", "\"questionId\"",
            "PublishQuestion: invalid JSON: expected a JSON object at column 1");
        row("a trailing comma", "PublishQuestion", "{\"questionId\":7,}",
            "PublishQuestion: invalid JSON: expected a member name in quotes at column 17");
        row("an unquoted name", "PublishQuestion", "{questionId:7}",
            "PublishQuestion: invalid JSON: expected a member name in quotes at column 2");
        row("single quotes", "PublishQuestion", "{'questionId':7}",
            "PublishQuestion: invalid JSON: expected a member name in quotes at column 2");
        row("text after the object", "PublishQuestion", "{\"questionId\":7} x",
            "PublishQuestion: invalid JSON: unexpected text after the value at column 18");
        row("unterminated", "ChangeQuestionText", "{\"questionId\":7,\"text\":\"abc",
            "ChangeQuestionText: invalid JSON: unterminated string at column 28");
        row("invalid UTF-8", "ChangeQuestionText", "{\"questionId\":7,\"text\":\"a\xff\"}",
            "ChangeQuestionText: invalid JSON: invalid UTF-8 at column 26");
        row("a syntax error is reported before an unknown field", "PublishQuestion", "{\"x\":1,",
            "PublishQuestion: invalid JSON: expected a member name in quotes at column 8");

        // Unknown and repeated fields
        row("a misspelt field", "ChangeQuestionText", "{\"questionId\":7,\"txt\":\"t\"}",
            "ChangeQuestionText: field \"txt\": unknown; known fields: questionId, text");
        row("a misspelt optional field", "DraftQuestion",
            "{\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\",\"explanaton\":\"e\"}",
            "DraftQuestion: field \"explanaton\": unknown; known fields: questionId, courseId, sectionId, "
            "text, "
            "answers, correctAnswers, explanation");
        row("the course id of a question command", "ChangeExplanation",
            "{\"questionId\":7,\"courseId\":\"c1\",\"explanation\":\"e\"}",
            "ChangeExplanation: field \"courseId\": unknown; known fields: questionId, explanation");
        row("a question id on a course command", "RenameSection",
            "{\"courseId\":\"c1\",\"questionId\":7,\"sectionId\":\"s1\",\"title\":\"t\"}",
            "RenameSection: field \"questionId\": unknown; known fields: courseId, sectionId, title");
        row("a field given twice", "ChangeQuestionText", "{\"questionId\":7,\"text\":\"a\",\"text\":\"b\"}",
            "ChangeQuestionText: field \"text\": given twice");
        row("a field given twice, once escaped", "ChangeQuestionText",
            "{\"questionId\":7,\"text\":\"a\",\"\\u0074ext\":\"b\"}",
            "ChangeQuestionText: field \"text\": given twice");

        // Missing required fields
        row("no question id", "ChangeQuestionText", "{\"text\":\"t\"}",
            "ChangeQuestionText: field \"questionId\": missing (required)");
        row("no course id", "AddChapter", "{\"chapterId\":\"ch1\",\"title\":\"t\"}",
            "AddChapter: field \"courseId\": missing (required)");
        row("no text", "ChangeQuestionText", "{\"questionId\":7}",
            "ChangeQuestionText: field \"text\": missing (required)");
        row("no correct answers", "ChangeAnswers", "{\"questionId\":7,\"answers\":[\"a\"]}",
            "ChangeAnswers: field \"correctAnswers\": missing (required)");
        row("no explanation", "ChangeExplanation", "{\"questionId\":7}",
            "ChangeExplanation: field \"explanation\": missing (required)");
        row("no section id in a draft", "DraftQuestion", "{\"questionId\":7,\"courseId\":\"c1\"}",
            "DraftQuestion: field \"sectionId\": missing (required)");
        row("no language", "CreateCourse", "{\"courseId\":\"c1\",\"title\":\"t\"}",
            "CreateCourse: field \"language\": missing (required)");
        row("no chapter id", "AddSection", "{\"courseId\":\"c1\",\"sectionId\":\"s1\",\"title\":\"t\"}",
            "AddSection: field \"chapterId\": missing (required)");
        row("no title", "RenameSection", "{\"courseId\":\"c1\",\"sectionId\":\"s1\"}",
            "RenameSection: field \"title\": missing (required)");

        // Wrong types
        const char* streamId = "expected a non-empty string without spaces or a non-negative integer";
        row("a fractional question id", "PublishQuestion", "{\"questionId\":7.5}",
            QString("PublishQuestion: field \"questionId\": %1").arg(streamId));
        row("a negative question id", "PublishQuestion", "{\"questionId\":-7}",
            QString("PublishQuestion: field \"questionId\": %1").arg(streamId));
        row("an empty question id", "PublishQuestion", "{\"questionId\":\"\"}",
            QString("PublishQuestion: field \"questionId\": %1").arg(streamId));
        row("a question id with a space", "PublishQuestion", "{\"questionId\":\"q 7\"}",
            QString("PublishQuestion: field \"questionId\": %1").arg(streamId));
        row("a null course id", "CreateCourse", "{\"courseId\":null,\"title\":\"t\",\"language\":\"en\"}",
            QString("CreateCourse: field \"courseId\": %1").arg(streamId));
        row("a course id too large for an integer", "AddChapter",
            "{\"courseId\":12345678901234567890,\"chapterId\":\"ch1\",\"title\":\"t\"}",
            QString("AddChapter: field \"courseId\": %1").arg(streamId));
        row("a boolean chapter id", "AddChapter", "{\"courseId\":\"c1\",\"chapterId\":true,\"title\":\"t\"}",
            "AddChapter: field \"chapterId\": expected a string or an integer");
        row("an object as section id", "AddSection",
            "{\"courseId\":\"c1\",\"chapterId\":\"ch1\",\"sectionId\":{\"id\":1},\"title\":\"t\"}",
            "AddSection: field \"sectionId\": expected a string or an integer");
        row("a null course id in a draft", "DraftQuestion",
            "{\"questionId\":7,\"courseId\":null,\"sectionId\":\"s1\"}",
            "DraftQuestion: field \"courseId\": expected a string or an integer");
        row("a numeric text", "ChangeQuestionText", "{\"questionId\":7,\"text\":5}",
            "ChangeQuestionText: field \"text\": expected a string");
        row("a null title", "CreateCourse", "{\"courseId\":\"c1\",\"title\":null,\"language\":\"en\"}",
            "CreateCourse: field \"title\": expected a string");
        row("answers as a string", "ChangeAnswers",
            "{\"questionId\":7,\"answers\":\"a\",\"correctAnswers\":[]}",
            "ChangeAnswers: field \"answers\": expected an array of strings");
        row("answers with a number", "ChangeAnswers",
            "{\"questionId\":7,\"answers\":[\"a\",1],\"correctAnswers\":[]}",
            "ChangeAnswers: field \"answers\": expected an array of strings");
        row("nested correct answers", "ChangeAnswers",
            "{\"questionId\":7,\"answers\":[\"a\"],\"correctAnswers\":[[\"a\"]]}",
            "ChangeAnswers: field \"correctAnswers\": expected an array of strings");
        row("draft answers as null", "DraftQuestion",
            "{\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\",\"answers\":null}",
            "DraftQuestion: field \"answers\": expected an array of strings");
        row("a text index", "AddChapter",
            "{\"courseId\":\"c1\",\"chapterId\":\"ch1\",\"title\":\"t\",\"index\":\"1\"}",
            "AddChapter: field \"index\": expected an integer (omit the field for the next index)");
        row("a fractional index", "AddSection",
            "{\"courseId\":\"c1\",\"chapterId\":\"ch1\",\"sectionId\":\"s1\",\"title\":\"t\",\"index\":1.5}",
            "AddSection: field \"index\": expected an integer (omit the field for the next index)");
        row("a null index", "AddChapter",
            "{\"courseId\":\"c1\",\"chapterId\":\"ch1\",\"title\":\"t\",\"index\":null}",
            "AddChapter: field \"index\": expected an integer (omit the field for the next index)");
        row("a numeric reason", "RetireQuestion", "{\"questionId\":7,\"reason\":1}",
            "RetireQuestion: field \"reason\": expected a string");
    }
    void errors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QCOMPARE(parseError(name, json), message);
    }

    void oversizedInputIsRefused()
    {
        const QByteArray json = "{\"questionId\":7,\"text\":\"" + QByteArray(5 * 1024 * 1024, 'a') + "\"}";
        QCOMPARE(parseError("ChangeQuestionText", json),
                 QString("ChangeQuestionText: JSON longer than 4194304 bytes"));
    }

    void decide_data()
    {
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("rule");        // empty: accepted
        QTest::addColumn<QStringList>("emitted"); // when accepted

        QTest::newRow("question: change text on a draft")
            << QStringList{Drafted} << QString("ChangeQuestionText")
            << QByteArray("{\"questionId\":7,\"text\":\"1/2 + 1/2?\"}") << QString()
            << QStringList{"QuestionTextChanged {\"text\":\"1/2 + 1/2?\"}"};
        QTest::newRow("question: publish a draft")
            << QStringList{Drafted} << QString("PublishQuestion") << QByteArray("{\"questionId\":7}")
            << QString() << QStringList{"QuestionPublished {\"revision\":1}"};
        QTest::newRow("question: publish a retired question")
            << QStringList{Drafted, "QuestionRetired {\"reason\":\"duplicate\"}"}
            << QString("PublishQuestion") << QByteArray("{\"questionId\":7}") << QString("question-retired")
            << QStringList();
        QTest::newRow("question: draft twice")
            << QStringList{Drafted} << QString("DraftQuestion")
            << QByteArray("{\"questionId\":7,\"courseId\":\"c1\",\"sectionId\":\"s1\"}")
            << QString("question-exists") << QStringList();
        QTest::newRow("course: create")
            << QStringList() << QString("CreateCourse")
            << QByteArray("{\"courseId\":\"c1\",\"title\":\"Fractions\",\"language\":\"en\"}") << QString()
            << QStringList{Created};
        QTest::newRow("course: add a section at the next index")
            << QStringList{Created, Chapter1} << QString("AddSection")
            << QByteArray(
                   "{\"courseId\":\"c1\",\"chapterId\":\"ch1\",\"sectionId\":\"s1\",\"title\":\"Same\"}")
            << QString()
            << QStringList{"SectionAdded "
                           "{\"chapterId\":\"ch1\",\"sectionId\":\"s1\",\"title\":\"Same\",\"index\":0}"};
        QTest::newRow("course: add a chapter twice")
            << QStringList{Created, Chapter1} << QString("AddChapter")
            << QByteArray("{\"courseId\":\"c1\",\"chapterId\":\"ch1\",\"title\":\"Again\"}")
            << QString("chapter-exists") << QStringList();
        QTest::newRow("course: add a chapter to an empty stream")
            << QStringList() << QString("AddChapter")
            << QByteArray("{\"courseId\":\"c1\",\"chapterId\":\"ch1\",\"title\":\"Adding\"}")
            << QString("course-not-created") << QStringList();
    }
    void decide()
    {
        QFETCH(QStringList, history);
        QFETCH(QString, name);
        QFETCH(QByteArray, json);
        QFETCH(QString, rule);
        QFETCH(QStringList, emitted);

        const DomainCommand command = DomainCommandParser::parse(name, json);
        const Decision decision = DomainCommands::decide(command, ::history(command.streamName, history));
        if (!rule.isEmpty()) {
            QVERIFY(!decision.accepted());
            QCOMPARE(decision.rejection().rule, rule);
            return;
        }
        QVERIFY2(decision.accepted(),
                 qPrintable(decision.accepted() ? QString()
                                                : decision.rejection().rule + QStringLiteral(": ") +
                                                      decision.rejection().message));
        QCOMPARE(typesAndData(decision), emitted);
    }
};

QTEST_GUILESS_MAIN(TestDomainCommand)
#include "TestDomainCommand.moc"
