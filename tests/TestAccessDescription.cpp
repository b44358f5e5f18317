// What the status bar and the Publish page say the session may do, for each role and on a hot
// standby, where nothing may be written whatever the role.
#include "AccessDescription.h"

#include <QTest>

using namespace Rewind;

class TestAccessDescription : public QObject
{
    Q_OBJECT

    static StoreAccess access(StoreAccess::Role role, bool standby)
    {
        StoreAccess a;
        a.role = role;
        if (role == StoreAccess::Role::Editor)
            a.appendCategories = {QStringLiteral("course"), QStringLiteral("question")};
        if (role == StoreAccess::Role::Support || role == StoreAccess::Role::Other) {
            a.canAppend = false;
            a.canWriteProjections = false;
        }
        if (standby) {
            a.isStandby = true;
            a.canAppend = false;
            a.canWriteProjections = false;
        }
        return a;
    }

private slots:
    void rights_data()
    {
        QTest::addColumn<StoreAccess::Role>("role");
        QTest::addColumn<bool>("standby");
        QTest::addColumn<QString>("rights");
        QTest::addColumn<bool>("mayPublish");
        QTest::addColumn<QString>("publishing");
        using R = StoreAccess::Role;
        QTest::newRow("owner") << R::Owner << false << "full access" << true << "";
        QTest::newRow("editor") << R::Editor << false << "editor: reads, writes course, question" << true
                                << "";
        QTest::newRow("developer") << R::Developer << false << "developer: reads, runs projections" << false
                                   << "Role alice may read questions and courses but not change them.";
        QTest::newRow("support") << R::Support << false << "support: read only" << false
                                 << "Role alice may read questions and courses but not change them.";
        QTest::newRow("other, read only") << R::Other << false << "read only" << false
                                          << "Role alice may read questions and courses but not change them.";
        const QString standbyRights =
            QStringLiteral("hot standby: reads only; changes are made on the primary");
        const QString standbyPublishing = QStringLiteral("This store is a hot standby: questions and courses "
                                                         "can be read here and changed only on the primary.");
        QTest::newRow("owner on a standby")
            << R::Owner << true << standbyRights << false << standbyPublishing;
        QTest::newRow("editor on a standby")
            << R::Editor << true << standbyRights << false << standbyPublishing;
    }
    void rights()
    {
        QFETCH(StoreAccess::Role, role);
        QFETCH(bool, standby);
        QFETCH(QString, rights);
        QFETCH(bool, mayPublish);
        QFETCH(QString, publishing);
        const StoreAccess a = access(role, standby);
        QCOMPARE(AccessDescription::rights(a), rights);
        QCOMPARE(AccessDescription::publishingReadOnlyReason(a, QStringLiteral("alice"), mayPublish),
                 publishing);
    }
};

QTEST_GUILESS_MAIN(TestAccessDescription)
#include "TestAccessDescription.moc"
