// Finding a student by id, name or e-mail as one types, over the StudentRegistered
// events of real SQLite files and a real PostgreSQL database.
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "SqliteEventStore.h"
#include "StudentDirectory.h"
#include "TimelineTestLog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

namespace {

QList<NewEvent> students()
{
    QList<NewEvent> events = TimelineTestLog::events();
    const auto add = [&events](const char* id, const char* name, const char* email) {
        events.append(makeEvent(QStringLiteral("student-%1").arg(QLatin1String(id)), "StudentRegistered",
                                QByteArray("{\"studentId\":") + id + ",\"name\":\"" + name +
                                    "\",\"email\":\"" + email + "\"}"));
    };
    add("70", "Anne Bakker", "anne@school.nl");
    add("123", "Daan van Anholt", "daan@school.nl");
    add("9", "Zoë Visser", "zoe@andere.nl");
    // A second registration of 9 replaces the first.
    add("9", "Zoë Visser-de Wit", "zoe.visser@andere.nl");
    return events;
}

QStringList ids(const QList<StudentDirectory::Student>& found)
{
    QStringList list;
    for (const StudentDirectory::Student& s : found)
        list << s.studentId;
    return list;
}

} // namespace

class TestStudentDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<EventStore> m_store;
    StudentDirectory m_directory;

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_db.reset();
        if (backend == QLatin1String("sqlite")) {
            m_store = std::make_unique<SqliteEventStore>(
                m_dir.filePath(QStringLiteral("students%1.sqlite").arg(++m_files)), true);
        } else {
            m_db = std::make_unique<PgTestDatabase>();
            QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
            m_store = std::make_unique<PostgresEventStore>(m_db->conninfo());
        }
        m_store->initialize();
        ListSource source(students());
        m_store->importEvents(source);
        m_directory = StudentDirectory::load(*m_store);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void loadsEveryRegistration()
    {
        QCOMPARE(ids(m_directory.students()), QStringList({"123", "7", "70", "8", "9"}));
        const StudentDirectory::Student nine = m_directory.search(QStringLiteral("9")).first();
        QCOMPARE(nine.name, QStringLiteral("Zoë Visser-de Wit"));
        QCOMPARE(nine.email, QStringLiteral("zoe.visser@andere.nl"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("exact id first, then prefixes by name") << "7" << 20 << QStringList{"7", "70"};
        QTest::newRow("id prefix") << "12" << 20 << QStringList{"123"};
        QTest::newRow("first name, any case") << "an" << 20 << QStringList{"7", "70", "123"};
        QTest::newRow("a later word of the name") << "vri" << 20 << QStringList{"7"};
        QTest::newRow("e-mail") << "bram@" << 20 << QStringList{"8"};
        QTest::newRow("non-ASCII") << "zoë" << 20 << QStringList{"9"};
        QTest::newRow("limit") << "an" << 2 << QStringList{"7", "70"};
        QTest::newRow("white space around") << "  bram " << 20 << QStringList{"8"};
        QTest::newRow("nothing") << "xyz" << 20 << QStringList{};
        QTest::newRow("empty") << "" << 20 << QStringList{};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(m_directory.search(text, limit)), expected);
    }

    void suggestionsReadBack()
    {
        for (const StudentDirectory::Student& s : m_directory.students()) {
            const QString suggestion = StudentDirectory::suggestion(s);
            QVERIFY(suggestion.contains(s.name));
            QCOMPARE(StudentDirectory::studentIdOf(suggestion), s.studentId);
        }
        QCOMPARE(StudentDirectory::studentIdOf(QStringLiteral(" 42 ")), QStringLiteral("42"));
    }
};

QTEST_GUILESS_MAIN(TestStudentDirectory)
#include "TestStudentDirectory.moc"
