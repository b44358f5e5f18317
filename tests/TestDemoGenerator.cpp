#include "DemoGenerator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Rewind;

namespace {

// The id after the category: "quiz-<uuid>" -> "<uuid>".
QString streamId(const QString& stream)
{
    return stream.mid(stream.indexOf(QLatin1Char('-')) + 1);
}

QString category(const QString& stream)
{
    return stream.left(stream.indexOf(QLatin1Char('-')));
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

struct QuestionState
{
    QString sectionId;
    QString text;
    QStringList answers;
    QStringList correctAnswers;
    QString status = QStringLiteral("draft");
    int revision = 0;
};

struct QuizState
{
    QString sectionId;
    QString studentId;
    QString status; // empty before QuizStarted, then open, passed, failed
    int streak = 0;
    int currentQuestion = -1;
    int lastIncorrect = -1;        // question answered incorrectly by the previous event
    QString previousId;            // id of the previous event, the expected causationId
    QHash<int, bool> pendingRetry; // question -> explanation viewed after its last wrong answer
};

struct Tally
{
    int attempts = 0;
    int correct = 0;
    QHash<QString, int> wrong;
};

// Counts events without looking at them: the calibration and speed runs.
qint64 countEvents(const DemoOptions& options, double* seconds = nullptr)
{
    DemoGenerator generator(options);
    NewEvent event;
    qint64 n = 0;
    QElapsedTimer clock;
    clock.start();
    while (generator.next(event))
        ++n;
    if (seconds)
        *seconds = clock.nsecsElapsed() / 1e9;
    return n;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameBytes();
    void defaultsFollowTheDomainRules();
    void scaledRunIsCalibrated();
};

void TestDemoGenerator::sameSeedSameBytes()
{
    DemoOptions options;
    options.students = 300;
    options.days = 30;
    DemoGenerator a(options), b(options);
    options.seed = 2;
    DemoGenerator c(options);
    NewEvent ea, eb, ec;
    qint64 n = 0, differing = 0;
    for (;;) {
        const bool more = a.next(ea);
        QCOMPARE(b.next(eb), more);
        const bool moreC = c.next(ec);
        if (!more)
            break;
        ++n;
        QCOMPARE(ea.id, eb.id);
        QCOMPARE(ea.streamName, eb.streamName);
        QCOMPARE(ea.type, eb.type);
        QCOMPARE(ea.data, eb.data);
        QCOMPARE(ea.metadata, eb.metadata);
        QCOMPARE(ea.timeUs, eb.timeUs);
        QCOMPARE(ea.position, eb.position);
        if (!moreC || ea.id != ec.id || ea.data != ec.data || ea.timeUs != ec.timeUs)
            ++differing;
    }
    QVERIFY(n > 1000);
    QCOMPARE(a.location(), QStringLiteral("demo event %1").arg(n));
    QVERIFY2(differing > n * 9 / 10, "another seed gives other data");
}

void TestDemoGenerator::defaultsFollowTheDomainRules()
{
    const DemoOptions options;
    DemoGenerator generator(options);
    NewEvent e;
    qint64 count = 0;
    qint64 previousTime = std::numeric_limits<qint64>::min();
    QHash<QString, qint64> versions;
    QSet<QUuid> ids;
    QSet<QString> sections;
    QSet<QString> registered;
    QHash<int, QuestionState> questions;
    QHash<QString, QuizState> quizzes;
    QHash<int, Tally> tallies;
    QHash<QString, int> types;
    int retryAfterExplanation = 0, correctAfterExplanation = 0;
    int retryWithout = 0, correctWithout = 0;
    qint64 passed = 0, failed = 0;

    while (generator.next(e)) {
        ++count;
        const QString where =
            QStringLiteral("%1 (%2 %3 @%4)").arg(generator.location(), e.streamName, e.type).arg(e.position);
        const QByteArray whereText = where.toUtf8();
        const char* at = whereText.constData();
        ++types[e.type];

        QVERIFY2(e.timeUs >= previousTime, at);
        previousTime = e.timeUs;
        QVERIFY2(e.timeUs >= options.startUs - 8LL * 86400 * 1000000, at);

        auto version = versions.find(e.streamName);
        if (version == versions.end())
            version = versions.insert(e.streamName, -1);
        QVERIFY2(e.position == *version + 1, at);
        *version = e.position;

        QVERIFY2(!e.id.isNull() && e.id.version() == QUuid::Random && e.id.variant() == QUuid::DCE, at);
        QVERIFY2(!ids.contains(e.id), at);
        ids.insert(e.id);

        QJsonParseError error;
        const QJsonDocument dataDoc = QJsonDocument::fromJson(e.data, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && dataDoc.isObject(), at);
        const QJsonDocument metaDoc = QJsonDocument::fromJson(e.metadata, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && metaDoc.isObject(), at);
        const QJsonObject data = dataDoc.object();
        const QJsonObject meta = metaDoc.object();
        QCOMPARE(meta.keys(), (QStringList{QStringLiteral("appVersion"), QStringLiteral("causationId"),
                                           QStringLiteral("correlationId"), QStringLiteral("role"),
                                           QStringLiteral("userId")}));
        QCOMPARE(meta.value(QStringLiteral("appVersion")).toString(), QStringLiteral("demo"));
        QVERIFY2(!QUuid::fromString(meta.value(QStringLiteral("correlationId")).toString()).isNull(), at);

        const QString cat = category(e.streamName);
        const QString role = meta.value(QStringLiteral("role")).toString();
        if (cat == QLatin1String("course") || cat == QLatin1String("question")) {
            QCOMPARE(role, QStringLiteral("editor"));
            QVERIFY2(meta.value(QStringLiteral("userId")).toString().startsWith(QLatin1String("editor-")),
                     at);
        } else {
            QCOMPARE(role, QStringLiteral("student"));
        }

        if (cat == QLatin1String("course")) {
            if (e.type == QLatin1String("CourseCreated")) {
                QCOMPARE(e.position, 0);
                QCOMPARE(data.value(QStringLiteral("courseId")).toString(), streamId(e.streamName));
                QCOMPARE(data.value(QStringLiteral("language")).toString(), QStringLiteral("nl"));
            } else if (e.type == QLatin1String("SectionAdded")) {
                sections.insert(data.value(QStringLiteral("sectionId")).toString());
            } else {
                QVERIFY2(e.type == QLatin1String("ChapterAdded") || e.type == QLatin1String("SectionRenamed"),
                         at);
            }
        } else if (cat == QLatin1String("question")) {
            const int qid = streamId(e.streamName).toInt();
            QVERIFY2(qid > 0, at);
            QuestionState& q = questions[qid];
            QVERIFY2(q.status != QLatin1String("retired"), at);
            if (e.type == QLatin1String("QuestionDrafted")) {
                QCOMPARE(e.position, 0);
                QCOMPARE(data.value(QStringLiteral("questionId")).toInt(), qid);
                q.sectionId = data.value(QStringLiteral("sectionId")).toString();
                QVERIFY2(sections.contains(q.sectionId), at);
                q.text = data.value(QStringLiteral("text")).toString();
                q.answers = strings(data.value(QStringLiteral("answers")));
                q.correctAnswers = strings(data.value(QStringLiteral("correctAnswers")));
                QVERIFY2(!data.value(QStringLiteral("explanation")).toString().isEmpty(), at);
            } else if (e.type == QLatin1String("QuestionTextChanged")) {
                q.text = data.value(QStringLiteral("text")).toString();
            } else if (e.type == QLatin1String("AnswersChanged")) {
                q.answers = strings(data.value(QStringLiteral("answers")));
                q.correctAnswers = strings(data.value(QStringLiteral("correctAnswers")));
            } else if (e.type == QLatin1String("QuestionPublished")) {
                // The publish rules
                QVERIFY2(!q.text.trimmed().isEmpty(), at);
                QVERIFY2(!q.correctAnswers.isEmpty(), at);
                for (const QString& c : q.correctAnswers)
                    QVERIFY2(q.answers.contains(c), at);
                QVERIFY2(q.answers.size() > q.correctAnswers.size(), at);
                QCOMPARE(data.value(QStringLiteral("revision")).toInt(), q.revision + 1);
                q.revision += 1;
                q.status = QStringLiteral("published");
            } else if (e.type == QLatin1String("QuestionRetired")) {
                QVERIFY2(!data.value(QStringLiteral("reason")).toString().isEmpty(), at);
                q.status = QStringLiteral("retired");
            } else {
                QFAIL(at);
            }
        } else if (cat == QLatin1String("student")) {
            const QString sid = streamId(e.streamName);
            QCOMPARE(meta.value(QStringLiteral("userId")).toString(), e.streamName);
            QVERIFY2(meta.value(QStringLiteral("causationId")).isNull(), at);
            if (e.type == QLatin1String("StudentRegistered")) {
                QCOMPARE(e.position, 0);
                QCOMPARE(QString::number(data.value(QStringLiteral("studentId")).toInteger()), sid);
                for (const char* key : {"name", "email", "schoolId", "className"})
                    QVERIFY2(!data.value(QLatin1String(key)).toString().isEmpty(), at);
                QVERIFY2(data.value(QStringLiteral("email")).toString().contains(QLatin1Char('@')), at);
                registered.insert(sid);
            } else {
                QCOMPARE(e.type, QStringLiteral("StudentLoggedIn"));
                QVERIFY2(registered.contains(sid), at);
                QVERIFY2(data.isEmpty(), at);
            }
        } else if (cat == QLatin1String("quiz")) {
            QuizState& quiz = quizzes[e.streamName];
            QVERIFY2(quiz.status.isEmpty() || quiz.status == QLatin1String("open"),
                     at); // nothing after the end
            QCOMPARE(meta.value(QStringLiteral("correlationId")).toString(), streamId(e.streamName));
            if (quiz.previousId.isEmpty())
                QVERIFY2(meta.value(QStringLiteral("causationId")).isNull(), at);
            else
                QCOMPARE(meta.value(QStringLiteral("causationId")).toString(), quiz.previousId);
            const int lastIncorrect = quiz.lastIncorrect;
            quiz.lastIncorrect = -1;
            quiz.previousId = e.id.toString(QUuid::WithoutBraces);

            if (e.type == QLatin1String("QuizStarted")) {
                QVERIFY2(quiz.status.isEmpty(), at);
                QCOMPARE(data.value(QStringLiteral("quizId")).toString(), streamId(e.streamName));
                quiz.studentId = QString::number(data.value(QStringLiteral("studentId")).toInteger());
                QVERIFY2(registered.contains(quiz.studentId), at);
                quiz.sectionId = data.value(QStringLiteral("sectionId")).toString();
                QVERIFY2(sections.contains(quiz.sectionId), at);
                quiz.status = QStringLiteral("open");
                QCOMPARE(meta.value(QStringLiteral("userId")).toString(),
                         QStringLiteral("student-") + quiz.studentId);
                continue;
            }
            QVERIFY2(quiz.status == QLatin1String("open"), at); // QuizStarted comes first
            QCOMPARE(meta.value(QStringLiteral("userId")).toString(),
                     QStringLiteral("student-") + quiz.studentId);
            const int qid = data.value(QStringLiteral("questionId")).toInt(-1);
            if (e.type == QLatin1String("QuestionAssigned")) {
                QVERIFY2(quiz.streak < 3, at);
                QVERIFY2(quiz.currentQuestion == -1, at);
                QVERIFY2(questions.contains(qid), at);
                const QuestionState& q = questions[qid];
                QCOMPARE(q.status, QStringLiteral("published"));
                QCOMPARE(q.sectionId, quiz.sectionId);
                quiz.currentQuestion = qid;
            } else if (e.type == QLatin1String("QuestionAnsweredCorrectly") ||
                       e.type == QLatin1String("QuestionAnsweredIncorrectly")) {
                const bool correct = e.type == QLatin1String("QuestionAnsweredCorrectly");
                QVERIFY2(quiz.currentQuestion == qid, at); // an answer always follows its assignment
                quiz.currentQuestion = -1;
                const QuestionState& q = questions[qid];
                const QString answer = data.value(QStringLiteral("answer")).toString();
                QVERIFY2(q.answers.contains(answer), at);
                QCOMPARE(q.correctAnswers.contains(answer), correct);
                quiz.streak = correct ? quiz.streak + 1 : 0;
                Tally& tally = tallies[qid];
                ++tally.attempts;
                if (correct)
                    ++tally.correct;
                else
                    ++tally.wrong[answer];
                const auto retry = quiz.pendingRetry.constFind(qid);
                if (retry != quiz.pendingRetry.cend()) {
                    (*retry ? retryAfterExplanation : retryWithout) += 1;
                    if (correct)
                        (*retry ? correctAfterExplanation : correctWithout) += 1;
                    quiz.pendingRetry.erase(retry);
                }
                if (!correct) {
                    quiz.lastIncorrect = qid;
                    quiz.pendingRetry.insert(qid, false);
                }
            } else if (e.type == QLatin1String("ExplanationViewed")) {
                QVERIFY2(lastIncorrect == qid, at); // right after the wrong answer
                quiz.pendingRetry[qid] = true;
            } else if (e.type == QLatin1String("QuizPassed")) {
                QCOMPARE(quiz.streak, 3);
                quiz.status = QStringLiteral("passed");
                ++passed;
            } else if (e.type == QLatin1String("QuizFailed")) {
                QVERIFY2(quiz.streak < 3, at);
                QVERIFY2(quiz.currentQuestion == -1, at);
                quiz.status = QStringLiteral("failed");
                ++failed;
            } else {
                QFAIL(at);
            }
            // Three in a row passes at once: nothing else may come between.
            if (quiz.streak == 3 && e.type != QLatin1String("QuizPassed"))
                QVERIFY2(e.type == QLatin1String("QuestionAnsweredCorrectly"), at);
        } else {
            QFAIL(at);
        }
    }

    qInfo() << "default options:" << count << "events," << registered.size() << "students," << quizzes.size()
            << "quizzes (" << passed << "passed," << failed << "failed), estimate"
            << generator.estimatedEventCount();
    qInfo() << "by type:" << types;
    QVERIFY2(count >= 200'000 && count <= 300'000, qPrintable(QString::number(count)));
    QVERIFY(qAbs(generator.estimatedEventCount() - count) < count / 10);
    QCOMPARE(generator.location(), QStringLiteral("demo event %1").arg(count));

    QCOMPARE(sections.size(), 24);
    QVERIFY(questions.size() >= 180 && questions.size() <= 220);
    int published = 0, revised = 0, retired = 0;
    for (const QuestionState& q : std::as_const(questions)) {
        published += q.status == QLatin1String("published");
        revised += q.revision >= 2;
        retired += q.status == QLatin1String("retired");
    }
    QVERIFY(published >= 180);
    QVERIFY(revised >= 3);
    QVERIFY(retired >= 3);
    QVERIFY(passed > 1000 && failed > 100);

    // Reading the explanation after a wrong answer must visibly help the next try.
    const double withExplanation = double(correctAfterExplanation) / retryAfterExplanation;
    const double without = double(correctWithout) / retryWithout;
    qInfo() << "next answer correct after a wrong one:" << withExplanation
            << "with explanation (n =" << retryAfterExplanation << ")," << without
            << "without (n =" << retryWithout << ")";
    QVERIFY(retryAfterExplanation > 1000 && retryWithout > 1000);
    QVERIFY(withExplanation > without + 0.15);

    // Questions differ in difficulty, and each has a most common mistake.
    double lowest = 1, highest = 0;
    int judged = 0, dominant = 0;
    for (const Tally& t : std::as_const(tallies)) {
        if (t.attempts >= 100) {
            const double ratio = double(t.correct) / t.attempts;
            lowest = std::min(lowest, ratio);
            highest = std::max(highest, ratio);
        }
        int wrong = 0, top = 0;
        for (int n : t.wrong) {
            wrong += n;
            top = std::max(top, n);
        }
        if (wrong >= 50) {
            ++judged;
            dominant += top >= wrong * 45 / 100;
        }
    }
    qInfo() << "correct ratio per question from" << lowest << "to" << highest << ";" << dominant << "of"
            << judged << "questions have one dominant wrong answer";
    QVERIFY(lowest < 0.55 && highest > 0.85);
    QVERIFY(judged > 100 && dominant >= judged * 8 / 10);
}

void TestDemoGenerator::scaledRunIsCalibrated()
{
    double seconds = 0;
    const qint64 defaults = countEvents(DemoOptions(), &seconds);
    qInfo() << "defaults:" << defaults << "events in" << seconds << "s:" << qint64(defaults / seconds)
            << "events/s";

    DemoOptions scaled;
    scaled.students = 5000;
    scaled.days = 120;
    const qint64 n = countEvents(scaled, &seconds);
    qInfo() << "5000 students x 120 days:" << n << "events in" << seconds << "s:" << qint64(n / seconds)
            << "events/s; x10 extrapolates to" << n * 10 << "for 50000 x 120";
    QVERIFY2(n >= 850'000 && n <= 1'200'000, qPrintable(QString::number(n)));
    QVERIFY(qAbs(DemoGenerator(scaled).estimatedEventCount() - n) < n / 10);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
