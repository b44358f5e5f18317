// Roles: `rewind init --roles` creates rewind_support, rewind_editor and rewind_developer,
// and the DATABASE refuses what each may not do. Every role (through a member login, as people will
// use them) is driven through every store operation; a refusal must be StoreError::Forbidden and
// leave the store exactly as it was. StoreAccess, which the window uses to hide what a role may not
// do, must mirror the same grants.
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "StoreError.h"
#include "TestEvents.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

namespace {

const QStringList ContentCategories{QStringLiteral("course"), QStringLiteral("question")};

// What the owner sees of everything an operation could change.
struct StoreFootprint
{
    qint64 head = 0;
    qint64 projections = 0;
    qint64 parked = 0;
    qint64 lagSamples = 0;
    qint64 streamSnapshots = 0;
    friend bool operator==(const StoreFootprint&, const StoreFootprint&) = default;
};

char* toString(const StoreFootprint& f)
{
    return qstrdup(QStringLiteral("head %1, projections %2, parked %3, lag samples %4, stream snapshots %5")
                       .arg(f.head)
                       .arg(f.projections)
                       .arg(f.parked)
                       .arg(f.lagSamples)
                       .arg(f.streamSnapshots)
                       .toUtf8()
                       .constData());
}

} // namespace

class TestStoreRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgTestDatabase> m_db;
    std::unique_ptr<PostgresEventStore> m_owner;
    QString m_suffix;
    int m_serial = 0;

    QString member(const QString& role) const
    {
        return QStringLiteral("rewind_test_%1_%2").arg(role, m_suffix);
    }
    // A session acting as a login role that was granted `role` ("" : the owner).
    QString address(const QString& role) const
    {
        if (role.isEmpty() || role == QLatin1String("owner"))
            return m_db->conninfo();
        return QStringLiteral("%1 options='-c role=%2'").arg(m_db->conninfo(), member(role));
    }
    std::unique_ptr<PostgresEventStore> open(const QString& role) const
    {
        return std::make_unique<PostgresEventStore>(address(role));
    }

    StoreFootprint footprint()
    {
        PgTestConnection c(m_db->conninfo());
        const auto count = [&](const char* table) {
            return c.value(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                .value_or(QStringLiteral("-1"))
                .toLongLong();
        };
        return {m_owner->headPosition(), count("rewind.projections"), count("rewind.parked_events"),
                count("rewind.lag_samples"), count("rewind.stream_snapshots")};
    }

    static ProjectionSnapshot snapshot(const QString& name)
    {
        ProjectionSnapshot s;
        s.name = name;
        s.codeVersion = "roles-test";
        s.checkpoint = 1;
        s.checkpointTimeUs = 1;
        s.state = "{}";
        s.savedAtUs = QDateTime::currentMSecsSinceEpoch() * 1000;
        return s;
    }

    // Runs `operation` as `store`; each call writes under fresh names so that an allowed write is
    // always a real change.
    void run(EventStore& store, const QString& operation)
    {
        const QString n = QString::number(++m_serial);
        if (operation == QLatin1String("read log")) {
            LogQuery q;
            q.limit = 10;
            QVERIFY(!store.readLog(q).events.isEmpty());
        } else if (operation == QLatin1String("read stream")) {
            QCOMPARE(store.readStream(QStringLiteral("question-seed"), 0, 10).size(), 1);
        } else if (operation == QLatin1String("read projections")) {
            store.projectionSnapshots();
            store.lagSamples(0);
        } else if (operation == QLatin1String("append content")) {
            store.append(
                QStringLiteral("question-r") + n,
                {makeEvent(QStringLiteral("question-r") + n, QStringLiteral("QuestionDrafted"), "{}")}, -1);
        } else if (operation == QLatin1String("append course")) {
            store.append(QStringLiteral("course-r") + n,
                         {makeEvent(QStringLiteral("course-r") + n, QStringLiteral("CourseCreated"), "{}")},
                         std::nullopt);
        } else if (operation == QLatin1String("append student")) {
            store.append(
                QStringLiteral("student-r") + n,
                {makeEvent(QStringLiteral("student-r") + n, QStringLiteral("StudentLoggedIn"), "{}")},
                std::nullopt);
        } else if (operation == QLatin1String("append mixed batch")) {
            // An editor's batch cannot smuggle a foreign category past the check: a batch is one
            // stream, and the stream's category is what the policy sees.
            store.append(QStringLiteral("quiz-r") + n,
                         {makeEvent(QStringLiteral("quiz-r") + n, QStringLiteral("QuizStarted"), "{}")},
                         std::nullopt);
        } else if (operation == QLatin1String("import")) {
            ListSource source(
                {makeEvent(QStringLiteral("question-i") + n, QStringLiteral("QuestionDrafted"), "{}")});
            store.importEvents(source);
        } else if (operation == QLatin1String("save projection")) {
            store.saveProjections({snapshot(QStringLiteral("roles-") + n)}, {});
        } else if (operation == QLatin1String("park event")) {
            ParkedEvent p;
            p.projection = QStringLiteral("roles-") + n;
            p.globalPosition = 1;
            p.streamName = QStringLiteral("question-seed");
            p.type = QStringLiteral("QuestionDrafted");
            p.reason = QStringLiteral("test");
            store.saveProjections({snapshot(p.projection)}, {p});
        } else if (operation == QLatin1String("append lag samples")) {
            LagSample s;
            s.source = QStringLiteral("store");
            s.projection = QStringLiteral("roles-") + n;
            s.timeUs = QDateTime::currentMSecsSinceEpoch() * 1000;
            store.appendLagSamples({s});
        } else if (operation == QLatin1String("save stream snapshot")) {
            StreamSnapshot s;
            s.streamName = QStringLiteral("question-seed");
            s.position = 0;
            s.foldVersion = "roles-" + n.toUtf8();
            s.state = "{}";
            store.saveStreamSnapshots({s});
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown operation %1").arg(operation)));
        }
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<PgTestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_suffix = QStringLiteral("%1_%2").arg(QCoreApplication::applicationPid()).arg(m_db->name().right(6));
        m_owner = open(QString());
        m_owner->initialize();
        m_owner->installRoles(ContentCategories);
        m_owner->installRoles(ContentCategories); // idempotent: a second run changes nothing and works
        m_owner->append(QStringLiteral("question-seed"),
                        {makeEvent(QStringLiteral("question-seed"), QStringLiteral("QuestionDrafted"), "{}")},
                        -1);

        PgTestConnection admin(m_db->conninfo());
        for (const QString role : {"support", "editor", "developer"})
            QVERIFY2(
                admin.exec(
                    QStringLiteral("CREATE ROLE %1 NOLOGIN; GRANT rewind_%2 TO %1;").arg(member(role), role)),
                qPrintable(admin.error()));
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_db.reset(); // drops the database first: the member roles own nothing in it
        PgTestConnection admin(PgTestDatabase::adminConninfo());
        for (const QString role : {"support", "editor", "developer"})
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(member(role)));
    }

    void everyRoleThroughEveryOperation_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("allowed");
        // Which roles may do each operation; the owner may do everything.
        const struct
        {
            const char* operation;
            QStringList allowed;
        } table[] = {
            {"read log", {"support", "editor", "developer"}},
            {"read stream", {"support", "editor", "developer"}},
            {"read projections", {"support", "editor", "developer"}},
            {"append content", {"editor"}},
            {"append course", {"editor"}},
            {"append student", {}},
            {"append mixed batch", {}},
            {"import", {}},
            {"save projection", {"developer"}},
            {"park event", {"developer"}},
            {"append lag samples", {"developer"}},
            {"save stream snapshot", {"developer"}},
        };
        for (const auto& row : table) {
            for (const QString role : {"owner", "support", "editor", "developer"}) {
                const bool allowed = role == QLatin1String("owner") || row.allowed.contains(role);
                QTest::addRow("%s: %s", qPrintable(role), row.operation)
                    << role << QString::fromLatin1(row.operation) << allowed;
            }
        }
    }

    void everyRoleThroughEveryOperation()
    {
        QFETCH(QString, role);
        QFETCH(QString, operation);
        QFETCH(bool, allowed);

        const StoreFootprint before = footprint();
        auto store = open(role);
        if (allowed) {
            try {
                run(*store, operation);
            } catch (const StoreError& e) {
                QFAIL(qPrintable(QStringLiteral("%1 should be allowed: %2").arg(operation, e.message())));
            }
            return;
        }
        try {
            run(*store, operation);
            QFAIL(qPrintable(QStringLiteral("the database let %1 do %2").arg(role, operation)));
        } catch (const StoreError& e) {
            QVERIFY2(e.kind() == StoreError::Kind::Forbidden,
                     qPrintable(QStringLiteral("kind %1: %2").arg(int(e.kind())).arg(e.message())));
            // The message says what was refused, in the database's words.
            QVERIFY2(e.message().contains(QLatin1String("permission denied")) ||
                         e.message().contains(QLatin1String("row-level security")),
                     qPrintable(e.message()));
        }
        QCOMPARE(footprint(), before);
    }

    void accessMirrorsTheGrants_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("expectedRole");
        QTest::addColumn<bool>("canAppend");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<bool>("canWriteProjections");
        QTest::newRow("owner") << "owner" << int(StoreAccess::Role::Owner) << true << QStringList() << true;
        QTest::newRow("support") << "support" << int(StoreAccess::Role::Support) << false << QStringList()
                                 << false;
        QTest::newRow("editor") << "editor" << int(StoreAccess::Role::Editor) << true << ContentCategories
                                << false;
        QTest::newRow("developer") << "developer" << int(StoreAccess::Role::Developer) << false
                                   << QStringList() << true;
    }

    void accessMirrorsTheGrants()
    {
        QFETCH(QString, role);
        QFETCH(int, expectedRole);
        QFETCH(bool, canAppend);
        QFETCH(QStringList, categories);
        QFETCH(bool, canWriteProjections);
        const StoreAccess access = open(role)->access();
        QCOMPARE(int(access.role), expectedRole);
        QCOMPARE(access.canAppend, canAppend);
        QCOMPARE(access.appendCategories, categories);
        QCOMPARE(access.canWriteProjections, canWriteProjections);
        QCOMPARE(access.isReadOnly(), role == QLatin1String("support"));
        if (role != QLatin1String("owner"))
            QCOMPARE(access.roleName, member(role));
        QCOMPARE(access.canAppendTo(QStringLiteral("question-1")), canAppend);
        QCOMPARE(access.canAppendTo(QStringLiteral("student-1")), role == QLatin1String("owner"));
    }

    // Other roles (an Eventide writer that is none of Rewind's) keep working after `init --roles`
    // turned on row-level security: the permissive policy for everyone leaves them as they were.
    void otherWritersAreUnaffected()
    {
        const QString writer = QStringLiteral("rewind_test_writer_%1").arg(m_suffix);
        PgTestConnection admin(m_db->conninfo());
        QVERIFY2(
            admin.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN; GRANT USAGE ON SCHEMA message_store TO %1;"
                                      " GRANT SELECT, INSERT ON message_store.messages TO %1;"
                                      " GRANT USAGE ON ALL SEQUENCES IN SCHEMA message_store TO %1;")
                           .arg(writer)),
            qPrintable(admin.error()));
        {
            PostgresEventStore store(QStringLiteral("%1 options='-c role=%2'").arg(m_db->conninfo(), writer));
            store.append(QStringLiteral("account-1"),
                         {makeEvent(QStringLiteral("account-1"), QStringLiteral("Deposited"), "{}")}, -1);
            QCOMPARE(store.streamVersion(QStringLiteral("account-1")), 0);
            QCOMPARE(int(store.access().role), int(StoreAccess::Role::Other));
            QVERIFY(store.access().appendCategories.isEmpty());
        }
        admin.exec(QStringLiteral("DROP OWNED BY %1; DROP ROLE %1;").arg(writer));
    }

    // The command line goes through the same store: refused with exit code 5 and the reason.
    void commandLineReportsTheRefusal()
    {
        const QString binary = qEnvironmentVariable("REWIND_BINARY");
        QVERIFY2(!binary.isEmpty(), "REWIND_BINARY is not set");
        const auto rewind = [&](const QStringList& args) {
            QProcess p;
            p.start(binary, QStringList{QStringLiteral("--store"), address(QStringLiteral("editor"))} + args);
            p.waitForFinished(30000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        const auto refused = rewind({"append", "student-cli", "StudentLoggedIn", "{}"});
        QCOMPARE(refused.first, 5);
        QVERIFY2(refused.second.contains(QLatin1String("row-level security")), qPrintable(refused.second));
        QCOMPARE(m_owner->streamVersion(QStringLiteral("student-cli")), -1);
        const auto accepted = rewind({"append", "question-cli", "QuestionDrafted", "{}"});
        QCOMPARE(accepted.first, 0);
        QCOMPARE(m_owner->streamVersion(QStringLiteral("question-cli")), 0);

        // And `init --roles` on SQLite says why it cannot.
        QTemporaryDir dir;
        QProcess p;
        p.start(binary, {QStringLiteral("--store"), dir.filePath(QStringLiteral("roles.sqlite")),
                         QStringLiteral("init"), QStringLiteral("--roles")});
        p.waitForFinished(30000);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("roles need PostgreSQL")));
    }
};

QTEST_GUILESS_MAIN(TestStoreRoles)
#include "TestStoreRoles.moc"
