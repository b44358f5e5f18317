// Reading every course and question of a real SQLite file and a real PostgreSQL database into the
// publishing page's snapshot: the folded states in the order they were first written, other
// categories ignored, progress reported, and a cancelled read marked as incomplete.
#include "BackendStore.h"
#include "ContentSnapshot.h"
#include "DemoGenerator.h"
#include "StoreSession.h"
#include "TestEvents.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace Rewind;

namespace {

constexpr int WaitMs = 30000;

void write(EventStore& store, const QString& stream, const QString& type, const QByteArray& data)
{
    store.append(stream, {makeEvent(stream, type, data)}, std::nullopt);
}

// Courses and questions interleaved with quiz events, as a real log has them. Course "zeta" is
// written before course 7, and question "q-late" before "q-draft" gets its second event.
void writeContent(EventStore& store)
{
    write(store, "course-zeta", "CourseCreated", R"({"courseId":"zeta","title":"Rekenen","language":"nl"})");
    write(store, "course-zeta", "ChapterAdded", R"({"chapterId":"ch1","title":"Getallen","index":0})");
    write(store, "course-zeta", "SectionAdded",
          R"({"chapterId":"ch1","sectionId":"s1","title":"Optellen","index":0})");
    write(store, "question-q-draft", "QuestionDrafted",
          R"({"questionId":"q-draft","courseId":"zeta","sectionId":"s1","text":"1+1?"})");
    write(store, "quiz-1", "QuizStarted", R"({"quizId":"1","studentId":1,"sectionId":"s1"})");
    write(store, "course-7", "CourseCreated", R"({"courseId":7,"title":"Taal","language":"nl"})");
    write(store, "question-2", "QuestionDrafted",
          R"({"questionId":2,"courseId":"zeta","sectionId":"s1","text":"2+2?","answers":["3","4"],)"
          R"("correctAnswers":["4"]})");
    write(store, "question-2", "QuestionPublished", R"({"revision":1})");
    write(store, "question-late", "QuestionDrafted",
          R"({"questionId":"late","courseId":"zeta","sectionId":"nowhere","text":"?"})");
    write(store, "course-zeta", "SectionAdded",
          R"({"chapterId":"ch1","sectionId":"s2","title":"Aftrekken","index":1})");
    write(store, "question-changed", "QuestionDrafted",
          R"({"questionId":"changed","courseId":7,"sectionId":"x","text":"a"})");
    write(store, "question-changed", "QuestionPublished", R"({"revision":1})");
    write(store, "question-changed", "QuestionTextChanged", R"({"text":"b"})");
    write(store, "question-retired", "QuestionDrafted",
          R"({"questionId":"retired","courseId":"zeta","sectionId":"s2","text":"old"})");
    write(store, "question-retired", "QuestionPublished", R"({"revision":1})");
    write(store, "question-retired", "QuestionRetired", R"({"reason":"outdated"})");
    write(store, "course-zeta", "SectionRenamed", R"({"sectionId":"s1","title":"Optellen tot 10"})");
    write(store, "question-q-draft", "QuestionTextChanged", R"({"text":"1+2?"})");
}

constexpr int ContentEvents = 17; // writeContent's events outside the quiz category

} // namespace

class TestContentSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void emptyStore()
    {
        QFETCH_GLOBAL(QString, backend);
        QTemporaryDir dir;
        BackendStore b;
        const QString error = b.open(backend, dir, "empty.db");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        JobControl control;
        const ContentSnapshot s = ContentSnapshot::read(*b.store, control);
        QVERIFY(s.courses.isEmpty());
        QVERIFY(s.questions.isEmpty());
        QCOMPARE(s.headPosition, 0);
    }

    void foldsCoursesAndQuestions()
    {
        QFETCH_GLOBAL(QString, backend);
        QTemporaryDir dir;
        BackendStore b;
        const QString error = b.open(backend, dir, "content.db");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        writeContent(*b.store);

        JobControl control;
        const ContentSnapshot s = ContentSnapshot::read(*b.store, control);
        QCOMPARE(s.headPosition, b.store->headPosition());

        QCOMPARE(s.courses.size(), 2);
        const CourseState& zeta = s.courses[0];
        QCOMPARE(zeta.courseId, QJsonValue("zeta"));
        QCOMPARE(zeta.title, QJsonValue("Rekenen"));
        QCOMPARE(zeta.version, 4);
        QCOMPARE(zeta.chapters.size(), 1);
        QCOMPARE(zeta.chapters[0].sections.size(), 2);
        QCOMPARE(zeta.section("s1")->title, QJsonValue("Optellen tot 10"));
        QCOMPARE(zeta.section("s2")->title, QJsonValue("Aftrekken"));
        const CourseState& seven = s.courses[1];
        QCOMPARE(seven.courseId, QJsonValue(7));
        QCOMPARE(seven.version, 0);

        QCOMPARE(s.questions.size(), 5);
        QStringList order;
        for (const QuestionState& q : s.questions)
            order << (q.questionId.isString() ? q.questionId.toString()
                                              : QString::number(q.questionId.toInteger()));
        QCOMPARE(order, (QStringList{"q-draft", "2", "late", "changed", "retired"}));

        const QuestionState& draft = s.questions[0];
        QCOMPARE(draft.status, QuestionState::Status::Draft);
        QCOMPARE(draft.text, QJsonValue("1+2?"));
        QCOMPARE(draft.version, 1);
        const QuestionState& published = s.questions[1];
        QCOMPARE(published.status, QuestionState::Status::Published);
        QVERIFY(!published.dirty);
        QCOMPARE(published.answers, QJsonValue(QJsonArray{"3", "4"}));
        // A question in a section its course does not have is kept as it is.
        const QuestionState& late = s.questions[2];
        QCOMPARE(late.sectionId, QJsonValue("nowhere"));
        QCOMPARE(late.courseId, QJsonValue("zeta"));
        const QuestionState& changed = s.questions[3];
        QCOMPARE(changed.status, QuestionState::Status::Published);
        QVERIFY(changed.dirty);
        QCOMPARE(changed.courseId, QJsonValue(7));
        const QuestionState& retired = s.questions[4];
        QCOMPARE(retired.status, QuestionState::Status::Retired);
        QCOMPARE(retired.version, 2);
    }

    // The demo's catalogue and edits: the snapshot holds every course and question stream, each as
    // a fold of that stream alone gives it.
    void demoStoreMatchesStreamFolds()
    {
        QFETCH_GLOBAL(QString, backend);
        QTemporaryDir dir;
        BackendStore b;
        const QString error = b.open(backend, dir, "demo.db");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        DemoOptions options;
        options.students = 20;
        options.days = 14;
        DemoGenerator demo(options);
        b.store->importEvents(demo);

        qint64 questionEvents = 0;
        for (const CategoryInfo& category : b.store->categories()) {
            if (category.name == "question")
                questionEvents = category.eventCount;
        }
        // More than one page of the read (256 events a scan), so that it continues after safe positions.
        QVERIFY2(questionEvents > 256, qPrintable(QString::number(questionEvents)));

        JobControl control;
        const ContentSnapshot s = ContentSnapshot::read(*b.store, control);
        QCOMPARE(s.headPosition, b.store->headPosition());
        const auto streamsOf = [&](const QString& category) {
            QStringList names;
            for (const StreamInfo& info : b.store->streams(category, {}, 100000))
                names << info.name;
            return names;
        };
        const auto idText = [](const QJsonValue& id) {
            return id.isString() ? id.toString() : QString::number(id.toInteger());
        };
        const auto readAll = [&](const QString& stream) {
            QList<RecordedEvent> all;
            for (;;) {
                const QList<RecordedEvent> page = b.store->readStream(stream, all.size(), 1000);
                all += page;
                if (page.size() < 1000)
                    return all;
            }
        };
        const QStringList courseStreams = streamsOf("course");
        QVERIFY(!courseStreams.isEmpty());
        QCOMPARE(s.courses.size(), courseStreams.size());
        for (const CourseState& course : s.courses) {
            const QString stream = "course-" + idText(course.courseId);
            QVERIFY2(courseStreams.contains(stream), qPrintable(stream));
            CourseState folded;
            for (const RecordedEvent& e : readAll(stream))
                folded = CourseAggregate::apply(std::move(folded), e);
            QCOMPARE(course, folded);
        }
        const QStringList questionStreams = streamsOf("question");
        QVERIFY(questionStreams.size() > 10);
        QCOMPARE(s.questions.size(), questionStreams.size());
        for (const QuestionState& question : s.questions) {
            const QString stream = "question-" + idText(question.questionId);
            QVERIFY2(questionStreams.contains(stream), qPrintable(stream));
            QuestionState folded;
            for (const RecordedEvent& e : readAll(stream))
                folded = QuestionAggregate::apply(std::move(folded), e);
            QCOMPARE(question, folded);
        }
    }

    // Through a session, as the publishing page reads it: progress counts the content events only.
    void reportsProgress()
    {
        QFETCH_GLOBAL(QString, backend);
        QTemporaryDir dir;
        BackendStore b;
        const QString error = b.open(backend, dir, "progress.db");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        writeContent(*b.store);

        StoreSession session(b.address);
        QObject context;
        std::optional<ContentSnapshot> result;
        QList<qint64> progress;
        QString failure;
        session.submit(
            StoreSession::Lane::Interactive, &context,
            [](EventStore& store, const JobControl& control) {
                return ContentSnapshot::read(store, control);
            },
            [&](const ContentSnapshot& s) { result = s; },
            [&](const StoreSession::Failure& f) { failure = f.message; },
            [&](qint64 done, qint64 total) {
                QCOMPARE(total, 0);
                progress << done;
            });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value() || !failure.isEmpty(), WaitMs);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(result->courses.size(), 2);
        QCOMPARE(result->questions.size(), 5);
        QTRY_VERIFY(!progress.isEmpty() && progress.last() == ContentEvents);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    }

    // A read cancelled while it runs stops at the next event and says it is incomplete.
    void cancelledReadIsIncomplete()
    {
        QFETCH_GLOBAL(QString, backend);
        QTemporaryDir dir;
        BackendStore b;
        const QString error = b.open(backend, dir, "cancel.db");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        writeContent(*b.store);

        StoreSession session(b.address);
        QObject context;
        // The job cancels itself once it runs (a cancelled job's result is dropped, so the work
        // hands its snapshot over through the promise).
        std::promise<StoreJob> handle;
        std::shared_future<StoreJob> handleReady = handle.get_future().share();
        std::promise<ContentSnapshot> read;
        std::future<ContentSnapshot> readDone = read.get_future();
        bool delivered = false;
        const StoreJob job = session.submit(
            StoreSession::Lane::Interactive, &context,
            [handleReady, &read](EventStore& store, const JobControl& control) {
                handleReady.get().cancel();
                ContentSnapshot s = ContentSnapshot::read(store, control);
                read.set_value(s);
                return s;
            },
            [&](const ContentSnapshot&) { delivered = true; });
        handle.set_value(job);
        QCOMPARE(readDone.wait_for(std::chrono::milliseconds(WaitMs)), std::future_status::ready);
        const ContentSnapshot s = readDone.get();
        QCOMPARE(s.headPosition, 0);
        QCOMPARE(s.courses.size(), 1); // the first event, then the check
        QVERIFY(s.questions.isEmpty());
        QTest::qWait(50);
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestContentSnapshot)
#include "TestContentSnapshot.moc"
