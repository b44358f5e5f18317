// The timeline's sentences, one per kind, in English as written and in Dutch from the
// compiled translation the application ships.
#include "TimelineSentences.h"

#include <QTest>
#include <QTranslator>

using namespace Rewind;

namespace {

TimelineEntry entry(TimelineEntry::Kind kind)
{
    TimelineEntry e;
    e.kind = kind;
    e.type = QStringLiteral("SomethingHappened");
    e.streamName = QStringLiteral("quiz-5f1c");
    e.quizId = QStringLiteral("5f1c");
    e.questionId = QStringLiteral("442");
    e.answer = QStringLiteral("12");
    e.sectionId = QStringLiteral("s9");
    e.sectionTitle = QStringLiteral("Breuken");
    e.studentName = QStringLiteral("Anna de Vries");
    e.studentEmail = QStringLiteral("anna@school.nl");
    e.answersInQuiz = 5;
    return e;
}

} // namespace

class TestTimelineSentences : public QObject
{
    Q_OBJECT

private slots:
    void sentence_data()
    {
        using Kind = TimelineEntry::Kind;
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("answers");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* language, Kind kind, qint64 answers,
                            const char* title, const char* expected) {
            QTest::newRow(name) << QString::fromLatin1(language) << int(kind) << answers
                                << QString::fromUtf8(title) << QString::fromUtf8(expected);
        };
        row("en registered", "en", Kind::Registered, 0, "", "Registered as Anna de Vries (anna@school.nl)");
        row("en logged in", "en", Kind::LoggedIn, 0, "", "Logged in");
        row("en started", "en", Kind::QuizStarted, 0, "Breuken", "Started a quiz on Breuken");
        row("en started, untitled", "en", Kind::QuizStarted, 0, "", "Started a quiz on s9");
        row("en assigned", "en", Kind::QuestionAssigned, 0, "", "Was given question 442");
        row("en correct", "en", Kind::AnsweredCorrectly, 0, "", "Answered question 442 correctly: 12");
        row("en incorrect", "en", Kind::AnsweredIncorrectly, 0, "", "Answered question 442 incorrectly: 12");
        row("en explanation", "en", Kind::ExplanationViewed, 0, "", "Viewed the explanation of question 442");
        row("en passed", "en", Kind::QuizPassed, 5, "Breuken", "Passed the quiz on Breuken after 5 answers");
        row("en passed after 1", "en", Kind::QuizPassed, 1, "Breuken",
            "Passed the quiz on Breuken after 1 answer");
        row("en failed", "en", Kind::QuizFailed, 3, "Breuken", "Failed the quiz on Breuken after 3 answers");
        row("en other", "en", Kind::Other, 0, "", "SomethingHappened in quiz-5f1c");
        row("nl registered", "nl", Kind::Registered, 0, "",
            "Geregistreerd als Anna de Vries (anna@school.nl)");
        row("nl logged in", "nl", Kind::LoggedIn, 0, "", "Ingelogd");
        row("nl started", "nl", Kind::QuizStarted, 0, "Breuken", "Quiz over Breuken gestart");
        row("nl assigned", "nl", Kind::QuestionAssigned, 0, "", "Kreeg vraag 442");
        row("nl correct", "nl", Kind::AnsweredCorrectly, 0, "", "Vraag 442 goed beantwoord: 12");
        row("nl incorrect", "nl", Kind::AnsweredIncorrectly, 0, "", "Vraag 442 fout beantwoord: 12");
        row("nl explanation", "nl", Kind::ExplanationViewed, 0, "", "Uitleg bij vraag 442 bekeken");
        row("nl passed", "nl", Kind::QuizPassed, 5, "Breuken", "Quiz over Breuken gehaald na 5 antwoorden");
        row("nl passed after 1", "nl", Kind::QuizPassed, 1, "Breuken",
            "Quiz over Breuken gehaald na 1 antwoord");
        row("nl failed", "nl", Kind::QuizFailed, 3, "Breuken",
            "Quiz over Breuken niet gehaald na 3 antwoorden");
        row("nl other", "nl", Kind::Other, 0, "", "SomethingHappened in quiz-5f1c");
    }

    void sentence()
    {
        QFETCH(QString, language);
        QFETCH(int, kind);
        QFETCH(qint64, answers);
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QTranslator dutch;
        if (language == QLatin1String("nl")) {
            QVERIFY2(dutch.load(QStringLiteral(REWIND_NL_QM)), REWIND_NL_QM);
            QVERIFY(QCoreApplication::installTranslator(&dutch));
        }
        TimelineEntry e = entry(TimelineEntry::Kind(kind));
        e.answersInQuiz = answers;
        e.sectionTitle = title;
        QCOMPARE(TimelineSentences::sentence(e), expected);
        if (language == QLatin1String("nl"))
            QCoreApplication::removeTranslator(&dutch);
    }

    void everyKindHasADutchLabel()
    {
        QTranslator dutch;
        QVERIFY(dutch.load(QStringLiteral(REWIND_NL_QM)));
        for (const TimelineEntry::Kind kind : TimelineEntry::allKinds()) {
            const QString english = TimelineSentences::kindLabel(kind);
            QVERIFY(!english.isEmpty());
            QCoreApplication::installTranslator(&dutch);
            const QString translated = TimelineSentences::kindLabel(kind);
            QCoreApplication::removeTranslator(&dutch);
            QVERIFY2(translated != english, qPrintable(english));
        }
    }

    void kindKeysRoundTrip()
    {
        QSet<QString> keys;
        for (const TimelineEntry::Kind kind : TimelineEntry::allKinds()) {
            const QString key = TimelineEntry::kindKey(kind);
            keys.insert(key);
            QCOMPARE(TimelineEntry::kindFromKey(key), std::optional(kind));
        }
        QCOMPARE(keys.size(), TimelineEntry::allKinds().size());
        QCOMPARE(TimelineEntry::kindFromKey(u"nonsense"), std::nullopt);
        QCOMPARE(TimelineEntry::kindOfType(u"QuestionAnsweredIncorrectly"),
                 TimelineEntry::Kind::AnsweredIncorrectly);
        QCOMPARE(TimelineEntry::kindOfType(u"ChapterAdded"), TimelineEntry::Kind::Other);
    }
};

QTEST_GUILESS_MAIN(TestTimelineSentences)
#include "TestTimelineSentences.moc"
