// The browser's scope tree on real stores: the whole log and its categories with their counts,
// counted off the UI thread, and a category's streams read page by page as the view asks.
#include "EventStoreFactory.h"
#include "PgTestDatabase.h"
#include "StoreSession.h"
#include "StreamTreeModel.h"
#include "TestEvents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Rewind;

class TestStreamTreeModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    QString m_address;

    // 1,203 quiz streams of one event, 3 question streams of 2 events, one `audit` stream of 5.
    void fill()
    {
        auto store = EventStoreFactory::open(m_address, EventStoreFactory::Mode::CreateIfMissing);
        store->initialize();
        QList<NewEvent> events;
        for (int i = 0; i < 1203; ++i)
            events << makeEvent(QStringLiteral("quiz-%1").arg(i, 4, 10, QLatin1Char('0')), "QuizStarted",
                                "{}");
        for (int i = 0; i < 6; ++i)
            events << makeEvent(QStringLiteral("question-%1").arg(i % 3), "QuestionDrafted", "{}");
        for (int i = 0; i < 5; ++i)
            events << makeEvent("audit", "Checked", "{}");
        ListSource source(events);
        store->importEvents(source);
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgresql") << "postgresql";
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == "sqlite") {
            static int stores = 0;
            m_address = m_dir.filePath(QStringLiteral("tree-%1.sqlite").arg(++stores));
        } else {
            m_pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
            m_address = m_pg->conninfo();
        }
        fill();
    }

    void cleanup() { m_pg.reset(); }

    void countsCategoriesAndPagesStreams()
    {
        StoreSession session(m_address);
        StreamTreeModel model;
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
        QSignalSpy loaded(&model, &StreamTreeModel::categoriesLoaded);
        model.setSession(&session);
        QCOMPARE(model.rowCount(), 1); // the whole log, before the counts arrive
        QVERIFY(loaded.wait(10000) || !loaded.isEmpty());
        QCOMPARE(loaded.first().at(0).toInt(), 3);
        QCOMPARE(loaded.first().at(1).toLongLong(), 1214);

        QCOMPARE(model.rowCount(), 4);
        const QModelIndex all = model.index(0, 0);
        QCOMPARE(all.data(StreamTreeModel::KindRole).toInt(), int(StreamTreeModel::Kind::WholeLog));
        QCOMPARE(all.data(StreamTreeModel::EventCountRole).toLongLong(), 1214);
        QVERIFY(!model.hasChildren(all));
        // Categories in name order: audit, question, quiz.
        QCOMPARE(model.index(1, 0).data(StreamTreeModel::NameRole).toString(), QString("audit"));
        QCOMPARE(model.index(2, 0).data(StreamTreeModel::StreamCountRole).toLongLong(), 3);
        const QModelIndex quiz = model.index(3, 0);
        QCOMPARE(quiz.data(StreamTreeModel::NameRole).toString(), QString("quiz"));
        QCOMPARE(quiz.data(StreamTreeModel::EventCountRole).toLongLong(), 1203);
        QCOMPARE(model.index(3, StreamTreeModel::EventsColumn).data().toString(), QLocale().toString(1203));

        // Streams come a page at a time, when asked for (the model tester asks too).
        QVERIFY(model.hasChildren(quiz));
        QVERIFY(model.rowCount(quiz) <= StreamTreeModel::StreamPage);
        int pages = 0;
        while (model.canFetchMore(quiz) || model.rowCount(quiz) < 1203) {
            const int before = model.rowCount(quiz);
            // A page already on its way (canFetchMore false) arrives without asking again.
            model.fetchMore(quiz);
            QVERIFY(QTest::qWaitFor([&] { return model.rowCount(quiz) > before; }, 10000));
            if (++pages > 10)
                QFAIL("streams did not finish loading");
        }
        QVERIFY(pages <= 3); // 500 + 500 + 203, one of which the tester may have asked for
        QCOMPARE(model.rowCount(quiz), 1203);
        const QModelIndex last = model.index(1202, 0, quiz);
        QCOMPARE(last.data(StreamTreeModel::NameRole).toString(), QString("quiz-1202"));
        QCOMPARE(last.data(StreamTreeModel::KindRole).toInt(), int(StreamTreeModel::Kind::Stream));
        QCOMPARE(last.data(StreamTreeModel::EventCountRole).toLongLong(), 1);
        QCOMPARE(model.parent(last), quiz);
        QVERIFY(!model.hasChildren(last));
    }

    void aStoreThatCannotBeReadSaysWhy()
    {
        QFETCH_GLOBAL(QString, backend);
        StoreSession session(backend == "sqlite" ? m_dir.filePath("absent.sqlite")
                                                 : QStringLiteral("dbname=rewind_absent_database"));
        StreamTreeModel model;
        QSignalSpy failed(&model, &StreamTreeModel::loadFailed);
        model.setSession(&session);
        QVERIFY(failed.wait(10000) || !failed.isEmpty());
        QVERIFY(failed.first().first().toString().contains(backend == "sqlite" ? "absent.sqlite"
                                                                               : "rewind_absent_database"));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestStreamTreeModel)
#include "TestStreamTreeModel.moc"
