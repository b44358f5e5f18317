// A student's progress as it stood at one moment, folded from timeline entries.
#include "StudentProgressAt.h"

#include <QTest>

using namespace Rewind;

namespace {

using Kind = TimelineEntry::Kind;

// Two quizzes that interleave: a (answers c, x, c, c, then passed) and b (answers c, c, then
// failed), each letter one entry at global positions 1, 2, 3…
QList<TimelineEntry> entries()
{
    const QList<std::pair<const char*, Kind>> script = {
        {"student-7", Kind::LoggedIn},         // 1
        {"quiz-a", Kind::QuizStarted},         // 2
        {"quiz-a", Kind::QuestionAssigned},    // 3
        {"quiz-a", Kind::AnsweredCorrectly},   // 4
        {"quiz-a", Kind::AnsweredIncorrectly}, // 5
        {"quiz-b", Kind::QuizStarted},         // 6
        {"quiz-b", Kind::AnsweredCorrectly},   // 7
        {"quiz-b", Kind::AnsweredCorrectly},   // 8
        {"quiz-a", Kind::ExplanationViewed},   // 9
        {"quiz-a", Kind::AnsweredCorrectly},   // 10
        {"quiz-a", Kind::AnsweredCorrectly},   // 11
        {"quiz-a", Kind::AnsweredCorrectly},   // 12
        {"quiz-a", Kind::QuizPassed},          // 13
        {"quiz-b", Kind::AnsweredIncorrectly}, // 14
        {"quiz-b", Kind::QuizFailed},          // 15
    };
    QList<TimelineEntry> list;
    qint64 position = 0;
    for (const auto& [stream, kind] : script) {
        TimelineEntry e;
        e.globalPosition = ++position;
        e.timeUs = position * 1000000;
        e.streamName = QString::fromLatin1(stream);
        e.kind = kind;
        list.append(e);
    }
    return list;
}

} // namespace

class TestStudentProgressAt : public QObject
{
    Q_OBJECT

private slots:
    void at_data()
    {
        QTest::addColumn<qint64>("until");
        QTest::addColumn<qint64>("started");
        QTest::addColumn<qint64>("passed");
        QTest::addColumn<qint64>("failed");
        QTest::addColumn<qint64>("answers");
        QTest::addColumn<qint64>("correct");
        QTest::addColumn<qint64>("streak");
        QTest::newRow("before anything") << qint64(0) << 0ll << 0ll << 0ll << 0ll << 0ll << 0ll;
        QTest::newRow("logged in") << qint64(1) << 0ll << 0ll << 0ll << 0ll << 0ll << 0ll;
        QTest::newRow("first answer right") << qint64(4) << 1ll << 0ll << 0ll << 1ll << 1ll << 1ll;
        QTest::newRow("wrong resets") << qint64(5) << 1ll << 0ll << 0ll << 2ll << 1ll << 0ll;
        // The streak shown is that of the quiz answered in last: b's, not a's.
        QTest::newRow("other quiz") << qint64(8) << 2ll << 0ll << 0ll << 4ll << 3ll << 2ll;
        QTest::newRow("explanation changes nothing") << qint64(9) << 2ll << 0ll << 0ll << 4ll << 3ll << 2ll;
        QTest::newRow("back in a") << qint64(10) << 2ll << 0ll << 0ll << 5ll << 4ll << 1ll;
        QTest::newRow("a passed") << qint64(13) << 2ll << 1ll << 0ll << 7ll << 6ll << 3ll;
        QTest::newRow("b failed") << qint64(15) << 2ll << 1ll << 1ll << 8ll << 6ll << 0ll;
        QTest::newRow("after the end") << qint64(1000) << 2ll << 1ll << 1ll << 8ll << 6ll << 0ll;
    }

    void at()
    {
        QFETCH(qint64, until);
        QFETCH(qint64, started);
        QFETCH(qint64, passed);
        QFETCH(qint64, failed);
        QFETCH(qint64, answers);
        QFETCH(qint64, correct);
        QFETCH(qint64, streak);
        const StudentProgressAt::Figures f = StudentProgressAt::at(entries(), until);
        QCOMPARE(f.quizzesStarted, started);
        QCOMPARE(f.quizzesPassed, passed);
        QCOMPARE(f.quizzesFailed, failed);
        QCOMPARE(f.answers, answers);
        QCOMPARE(f.correct, correct);
        QCOMPARE(f.streak, streak);
        QCOMPARE(f.correctRatio, answers ? double(correct) / double(answers) : 0.0);
        QCOMPARE(f.lastActivityUs, qMin(until, qint64(15)) * 1000000);
    }
};

QTEST_GUILESS_MAIN(TestStudentProgressAt)
#include "TestStudentProgressAt.moc"
