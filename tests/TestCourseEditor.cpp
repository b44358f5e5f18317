// The course commands of the publishing page against a real SQLite file and a real PostgreSQL
// database: through a StoreSession and CommandBus, they write exactly the course events with the editor's
// metadata, report the course as its stream now folds, and name the rule of a refusal while
// appending nothing.
#include "BackendStore.h"
#include "CourseEditor.h"
#include "StoreSession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

namespace {

constexpr int WaitMs = 30000;

// What one command reported.
struct Report
{
    int changes = 0;
    CourseState course;
    QJsonValue createdId;
    QString rule, message, conflict, failure;
};

void record(CourseEditor& editor, Report& report)
{
    QObject::connect(&editor, &CourseEditor::courseChanged,
                     [&report](const CourseState& c, const QJsonValue& id) {
                         ++report.changes;
                         report.course = c;
                         report.createdId = id;
                     });
    QObject::connect(&editor, &CourseEditor::rejected,
                     [&report](const QString& rule, const QString& message) {
                         report.rule = rule;
                         report.message = message;
                     });
    QObject::connect(&editor, &CourseEditor::conflictDetected,
                     [&report](const QString& message) { report.conflict = message; });
    QObject::connect(&editor, &CourseEditor::failed,
                     [&report](const QString& message) { report.failure = message; });
}

bool answered(const Report& r)
{
    return r.changes > 0 || !r.rule.isEmpty() || !r.conflict.isEmpty() || !r.failure.isEmpty();
}

QJsonObject objectOf(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestCourseEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("6.6.6-test")); }

    void buildsACourse()
    {
        QFETCH_GLOBAL(QString, backend);
        QTemporaryDir dir;
        BackendStore b;
        const QString error = b.open(backend, dir, "courses.db");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        StoreSession session(b.address);
        CourseEditor editor;
        editor.setSession(&session);

        Report created;
        record(editor, created);
        editor.createCourse(QStringLiteral("Rekenen"), QStringLiteral("nl"));
        QTRY_VERIFY_WITH_TIMEOUT(answered(created), WaitMs);
        QVERIFY2(created.failure.isEmpty() && created.rule.isEmpty(),
                 qPrintable(created.failure + created.rule));
        QCOMPARE(created.changes, 1);
        const QJsonValue courseId = created.createdId;
        QVERIFY(courseId.isString());
        QVERIFY(!QUuid::fromString(courseId.toString()).isNull());
        QCOMPARE(created.course.courseId, courseId);
        QCOMPARE(created.course.title, QJsonValue("Rekenen"));
        QCOMPARE(created.course.language, QJsonValue("nl"));
        QCOMPARE(created.course.version, 0);
        editor.disconnect();

        Report chapter;
        record(editor, chapter);
        editor.addChapter(courseId, QStringLiteral("Getallen"));
        QTRY_VERIFY_WITH_TIMEOUT(answered(chapter), WaitMs);
        QCOMPARE(chapter.changes, 1);
        const QJsonValue chapterId = chapter.createdId;
        QVERIFY(chapterId.isString() && chapterId != courseId);
        QCOMPARE(chapter.course.chapters.size(), 1);
        QCOMPARE(chapter.course.chapter(chapterId)->title, QJsonValue("Getallen"));
        QCOMPARE(chapter.course.chapter(chapterId)->index, QJsonValue(0));
        editor.disconnect();

        Report section;
        record(editor, section);
        editor.addSection(courseId, chapterId, QStringLiteral("Optellen"));
        QTRY_VERIFY_WITH_TIMEOUT(answered(section), WaitMs);
        QCOMPARE(section.changes, 1);
        const QJsonValue sectionId = section.createdId;
        QVERIFY(sectionId.isString());
        QCOMPARE(section.course.section(sectionId)->title, QJsonValue("Optellen"));
        QCOMPARE(section.course.version, 2);
        editor.disconnect();

        Report renamed;
        record(editor, renamed);
        editor.renameSection(courseId, sectionId, QStringLiteral("Optellen tot 10"));
        QTRY_VERIFY_WITH_TIMEOUT(answered(renamed), WaitMs);
        QCOMPARE(renamed.changes, 1);
        QVERIFY(renamed.createdId.isNull());
        QCOMPARE(renamed.course.section(sectionId)->title, QJsonValue("Optellen tot 10"));
        QCOMPARE(renamed.course.version, 3);

        // Exactly the course events, with the editor's metadata.
        const QString stream = QStringLiteral("course-") + courseId.toString();
        const QList<RecordedEvent> events = b.store->readStream(stream, 0, 100);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[0].type, "CourseCreated");
        QCOMPARE(objectOf(events[0].data),
                 (QJsonObject{{"courseId", courseId}, {"title", "Rekenen"}, {"language", "nl"}}));
        QCOMPARE(events[1].type, "ChapterAdded");
        QCOMPARE(objectOf(events[1].data),
                 (QJsonObject{{"chapterId", chapterId}, {"title", "Getallen"}, {"index", 0}}));
        QCOMPARE(events[2].type, "SectionAdded");
        QCOMPARE(
            objectOf(events[2].data),
            (QJsonObject{
                {"chapterId", chapterId}, {"sectionId", sectionId}, {"title", "Optellen"}, {"index", 0}}));
        QCOMPARE(events[3].type, "SectionRenamed");
        QCOMPARE(objectOf(events[3].data),
                 (QJsonObject{{"sectionId", sectionId}, {"title", "Optellen tot 10"}}));
        QSet<QString> commandIds;
        for (const RecordedEvent& e : events) {
            const QJsonObject meta = objectOf(e.metadata);
            QCOMPARE(meta.value("role").toString(), "editor");
            QVERIFY(!meta.value("userId").toString().isEmpty());
            QCOMPARE(meta.value("appVersion").toString(), "6.6.6-test");
            commandIds.insert(meta.value("commandId").toString());
        }
        QCOMPARE(commandIds.size(), 4); // one command each
    }

    void rejectionNamesTheRule_data()
    {
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("rule");
        QTest::newRow("chapter without title") << 0 << "title-required";
        QTest::newRow("section in an unknown chapter") << 1 << "chapter-not-found";
        QTest::newRow("rename to the same title") << 2 << "nothing-changed";
        QTest::newRow("rename an unknown section") << 3 << "section-not-found";
        QTest::newRow("chapter of a course never created") << 4 << "course-not-created";
        QTest::newRow("course without title") << 5 << "title-required";
    }

    void rejectionNamesTheRule()
    {
        QFETCH_GLOBAL(QString, backend);
        QFETCH(int, command);
        QFETCH(QString, rule);
        QTemporaryDir dir;
        BackendStore b;
        const QString error = b.open(backend, dir, "rules.db");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        StoreSession session(b.address);
        CourseEditor editor;
        editor.setSession(&session);

        // A course with one chapter and one section to break the rules on.
        Report setup;
        record(editor, setup);
        editor.createCourse("Taal", "nl");
        QTRY_VERIFY_WITH_TIMEOUT(setup.changes == 1, WaitMs);
        const QJsonValue courseId = setup.createdId;
        editor.addChapter(courseId, "Spelling");
        QTRY_VERIFY_WITH_TIMEOUT(setup.changes == 2, WaitMs);
        const QJsonValue chapterId = setup.createdId;
        editor.addSection(courseId, chapterId, "Werkwoorden");
        QTRY_VERIFY_WITH_TIMEOUT(setup.changes == 3, WaitMs);
        const QJsonValue sectionId = setup.createdId;
        editor.disconnect();
        const qint64 head = b.store->headPosition();

        Report report;
        record(editor, report);
        switch (command) {
        case 0:
            editor.addChapter(courseId, "   ");
            break;
        case 1:
            editor.addSection(courseId, "no-such-chapter", "Zinnen");
            break;
        case 2:
            editor.renameSection(courseId, sectionId, "Werkwoorden");
            break;
        case 3:
            editor.renameSection(courseId, "no-such-section", "Zinnen");
            break;
        case 4:
            editor.addChapter(QJsonValue(42), "Hoofdstuk");
            break;
        case 5:
            editor.createCourse("", "nl");
            break;
        }
        QTRY_VERIFY_WITH_TIMEOUT(answered(report), WaitMs);
        QCOMPARE(report.rule, rule);
        QVERIFY(!report.message.isEmpty());
        QCOMPARE(report.changes, 0);
        QVERIFY(report.failure.isEmpty());
        QCOMPARE(b.store->headPosition(), head); // nothing appended
    }

    void withoutSessionFails()
    {
        CourseEditor editor;
        QSignalSpy failed(&editor, &CourseEditor::failed);
        editor.createCourse("Rekenen", "nl");
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed[0][0].toString().isEmpty());
    }

    // A store that cannot be opened: the failure is reported, not swallowed.
    void storeFailureIsReported()
    {
        QFETCH_GLOBAL(QString, backend);
        QTemporaryDir dir;
        StoreSession session(backend == QLatin1String("sqlite")
                                 ? dir.filePath("missing/nowhere.db")
                                 : QStringLiteral("dbname=rewind_no_such_database"));
        CourseEditor editor;
        editor.setSession(&session);
        Report report;
        record(editor, report);
        editor.createCourse("Rekenen", "nl");
        QTRY_VERIFY_WITH_TIMEOUT(answered(report), WaitMs);
        QVERIFY(!report.failure.isEmpty());
        QCOMPARE(report.changes, 0);
    }
};

QTEST_GUILESS_MAIN(TestCourseEditor)
#include "TestCourseEditor.moc"
