// The JSON tree of the replay view and the event detail pane, and the diff that marks what changed.
#include "JsonDiff.h"
#include "JsonPath.h"
#include "JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QElapsedTimer>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Rewind;

namespace {

QJsonDocument parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    return document;
}

QJsonValue valueOf(const QByteArray& json)
{
    if (json.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = parse(json);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QByteArray Question = "{\"questionId\":442,\"text\":\"1/2 + 1/4?\",\"answers\":[\"3/4\",\"2/6\","
                            "{\"text\":\"none\",\"why\":null}],\"status\":\"draft\",\"dirty\":true,"
                            "\"big\":1152921504606846977,\"ratio\":0.5,\"odd key\":{\"a.b\":1}}";

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void paths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<QString>("parent");
        QTest::newRow("root") << "$" << QStringList{} << "";
        QTest::newRow("member") << "$.text" << QStringList{".text"} << "$";
        QTest::newRow("nested") << "$.answers[2].text" << QStringList{".answers", "[2]", ".text"}
                                << "$.answers[2]";
        QTest::newRow("quoted") << "$[\"odd key\"][\"a.b\"]" << QStringList{"[\"odd key\"]", "[\"a.b\"]"}
                                << "$[\"odd key\"]";
        QTest::newRow("quoted with bracket")
            << "$[\"a]\\\"b\"].c" << QStringList{"[\"a]\\\"b\"]", ".c"} << "$[\"a]\\\"b\"]";
    }
    void paths()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, segments);
        QFETCH(QString, parent);
        QCOMPARE(JsonPath::segments(path), segments);
        QCOMPARE(JsonPath::parent(path), parent);
    }

    void pathSpelling()
    {
        QCOMPARE(JsonPath::member("$", "text"), QString("$.text"));
        QCOMPARE(JsonPath::member("$", "odd key"), QString("$[\"odd key\"]"));
        QCOMPARE(JsonPath::member("$", "1st"), QString("$[\"1st\"]"));
        QCOMPARE(JsonPath::member("$", "q\"x"), QString("$[\"q\\\"x\"]"));
        QCOMPARE(JsonPath::item("$.answers", 2), QString("$.answers[2]"));
        QVERIFY(JsonPath::isInside("$.answers[2].text", "$.answers"));
        QVERIFY(!JsonPath::isInside("$.answersX", "$.answers"));
        QVERIFY(!JsonPath::isInside("$.answers", "$.answers"));
    }

    void structureAndRoles()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parse(Question));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), 2);

        const QModelIndex answers = model.indexForPath("$.answers");
        QVERIFY(answers.isValid());
        QCOMPARE(answers.data().toString(), QString("answers"));
        QCOMPARE(model.rowCount(answers), 3);
        QVERIFY(model.hasChildren(answers));
        QCOMPARE(answers.data(JsonTreeModel::JsonTypeRole).toString(), QString("array"));
        QCOMPARE(answers.siblingAtColumn(1).data().toString(), QString("[…] 3 items"));
        QCOMPARE(answers.data(JsonTreeModel::JsonTextRole).toString(),
                 QString("[\"3/4\",\"2/6\",{\"text\":\"none\",\"why\":null}]"));

        const QModelIndex third = model.index(2, 0, answers);
        QCOMPARE(third.data().toString(), QString("[2]"));
        QCOMPARE(third.parent(), answers);
        const QModelIndex text = model.index(0, 1, third);
        QCOMPARE(model.index(0, 0, third).data().toString(), QString("text"));
        QCOMPARE(text.data().toString(), QString("\"none\""));
        QCOMPARE(text.data(JsonTreeModel::PathRole).toString(), QString("$.answers[2].text"));
        QCOMPARE(text.data(JsonTreeModel::JsonTypeRole).toString(), QString("string"));
        QCOMPARE(text.parent(), third);
        QCOMPARE(model.indexForPath("$.answers[2].text"), text.siblingAtColumn(0));

        const auto valueAt = [&](const QString& path) { return model.indexForPath(path).siblingAtColumn(1); };
        QCOMPARE(valueAt("$.answers[2].why").data().toString(), QString("null"));
        QCOMPARE(valueAt("$.answers[2].why").data(JsonTreeModel::JsonTypeRole).toString(), QString("null"));
        QCOMPARE(valueAt("$.dirty").data().toString(), QString("true"));
        QCOMPARE(valueAt("$.dirty").data(JsonTreeModel::JsonTypeRole).toString(), QString("bool"));
        QCOMPARE(valueAt("$.questionId").data().toString(), QString("442"));
        QCOMPARE(valueAt("$.big").data().toString(), QString("1152921504606846977"));
        QCOMPARE(valueAt("$.ratio").data().toString(), QString("0.5"));
        QCOMPARE(valueAt("$.text").data(JsonTreeModel::JsonTextRole).toString(), QString("\"1/2 + 1/4?\""));
        QCOMPARE(valueAt("$[\"odd key\"][\"a.b\"]").data().toString(), QString("1"));
        QVERIFY(!model.indexForPath("$.missing").isValid());
        QVERIFY(!model.indexForPath("$.answers[3]").isValid());
        QVERIFY(!model.indexForPath("$").isValid());
        QVERIFY(!model.index(0, 2).isValid());
        QVERIFY(!model.index(8, 0).isValid());
        // Nothing is marked without changed paths.
        QCOMPARE(text.data(JsonTreeModel::ChangedRole).toBool(), false);
        QVERIFY(!text.data(Qt::BackgroundRole).isValid());
    }

    void arraysAtTheTopAndEmptyDocuments()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parse("[1,[2,3],{}]"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 0).data(JsonTreeModel::PathRole).toString(), QString("$[1]"));
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QCOMPARE(model.rowCount(model.index(2, 0)), 0);
        QVERIFY(!model.hasChildren(model.index(2, 0)));
        QCOMPARE(model.index(2, 1).data().toString(), QString("{…} 0 keys"));
        QVERIFY(!model.setJson("{not json"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setJson("{\"a\":1}"));
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.document().isNull());
    }

    // Message DB stores any JSON as data and metadata: a value that is not an object or array is
    // one row with the value as stored, not an empty tree.
    void scalarsAtTheTop_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("type");
        QTest::newRow("string") << QByteArray("\"text\"") << "\"text\""
                                << "string";
        QTest::newRow("number") << QByteArray(" 5 ") << "5"
                                << "number";
        QTest::newRow("true") << QByteArray("true") << "true"
                              << "bool";
        QTest::newRow("null") << QByteArray("null") << "null"
                              << "null";
    }

    void scalarsAtTheTop()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, shown);
        QFETCH(QString, type);
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setJson(json));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QString("$"));
        QCOMPARE(model.index(0, 1).data().toString(), shown);
        QCOMPARE(model.index(0, 0).data(JsonTreeModel::JsonTypeRole).toString(), type);
        QCOMPARE(model.index(0, 0).data(JsonTreeModel::PathRole).toString(), QString("$"));
        QVERIFY(!model.hasChildren(model.index(0, 0)));
        QVERIFY(model.setJson("[1,2]"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.setJson("1,2"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.setJson(""));
        QCOMPARE(model.rowCount(), 0);
    }

    void resetIsCheapAndBuildsRowsOnDemand()
    {
        // 200,000 items: a reset must not build a row per item.
        QJsonArray big;
        for (int i = 0; i < 200000; ++i)
            big.append(QJsonObject{{"i", i}});
        const QJsonDocument document(QJsonObject{{"items", big}});
        JsonTreeModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i)
            model.setDocument(document);
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reset.size(), 20);
        const QModelIndex items = model.index(0, 0);
        QCOMPARE(model.rowCount(items), 200000);
        QCOMPARE(model.index(0, 1, model.index(199999, 0, items)).data().toString(), QString("199999"));
    }

    void diff_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("changed");
        QTest::newRow("equal") << QByteArray(Question) << QByteArray(Question) << QStringList{}
                               << QStringList{} << QStringList{};
        QTest::newRow("no earlier document")
            << QByteArray() << QByteArray("{\"a\":1}") << QStringList{"$"} << QStringList{} << QStringList{};
        QTest::newRow("scalar changed")
            << QByteArray("{\"a\":1,\"b\":\"x\"}") << QByteArray("{\"a\":2,\"b\":\"x\"}") << QStringList{}
            << QStringList{} << QStringList{"$.a"};
        QTest::newRow("1 equals 1.0") << QByteArray("{\"a\":1}") << QByteArray("{\"a\":1.0}") << QStringList{}
                                      << QStringList{} << QStringList{};
        QTest::newRow("type changed") << QByteArray("{\"a\":null}") << QByteArray("{\"a\":{\"x\":1}}")
                                      << QStringList{} << QStringList{} << QStringList{"$.a"};
        QTest::newRow("string and number") << QByteArray("{\"id\":7}") << QByteArray("{\"id\":\"7\"}")
                                           << QStringList{} << QStringList{} << QStringList{"$.id"};
        QTest::newRow("key added and removed")
            << QByteArray("{\"a\":1,\"gone\":true}") << QByteArray("{\"a\":1,\"new\":[1]}")
            << QStringList{"$.new"} << QStringList{"$.gone"} << QStringList{};
        QTest::newRow("array grew") << QByteArray("{\"l\":[1,2]}") << QByteArray("{\"l\":[1,2,3,4]}")
                                    << QStringList{"$.l[2]", "$.l[3]"} << QStringList{} << QStringList{};
        QTest::newRow("array shrank and changed")
            << QByteArray("{\"l\":[1,2,3]}") << QByteArray("{\"l\":[9]}") << QStringList{}
            << QStringList{"$.l[1]", "$.l[2]"} << QStringList{"$.l[0]"};
        QTest::newRow("deep change") << QByteArray("{\"o\":{\"p\":[{\"q\":1},{\"q\":2}]}}")
                                     << QByteArray("{\"o\":{\"p\":[{\"q\":1},{\"q\":3,\"r\":0}]}}")
                                     << QStringList{"$.o.p[1].r"} << QStringList{}
                                     << QStringList{"$.o.p[1].q"};
        QTest::newRow("odd keys") << QByteArray("{\"a b\":1}") << QByteArray("{\"a b\":2,\"\":0}")
                                  << QStringList{"$[\"\"]"} << QStringList{} << QStringList{"$[\"a b\"]"};
        QTest::newRow("quiz answer")
            << QByteArray(
                   "{\"answered\":0,\"correct\":0,\"currentQuestionId\":442,\"streak\":0,\"version\":1}")
            << QByteArray(
                   "{\"answered\":1,\"correct\":1,\"currentQuestionId\":null,\"streak\":1,\"version\":2}")
            << QStringList{} << QStringList{}
            << QStringList{"$.answered", "$.correct", "$.currentQuestionId", "$.streak", "$.version"};
        QTest::newRow("object to array at the top") << QByteArray("{\"a\":1}") << QByteArray("[1]")
                                                    << QStringList{} << QStringList{} << QStringList{"$"};
    }
    void diff()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QStringList, added);
        QFETCH(QStringList, removed);
        QFETCH(QStringList, changed);
        const JsonChanges changes = JsonDiff::compare(valueOf(before), valueOf(after));
        QCOMPARE(sorted(changes.added), sorted(added));
        QCOMPARE(sorted(changes.removed), sorted(removed));
        QCOMPARE(sorted(changes.changed), sorted(changed));
        QCOMPARE(changes.isEmpty(), added.isEmpty() && removed.isEmpty() && changed.isEmpty());
        QCOMPARE(changes.paths().size(), added.size() + removed.size() + changed.size());
    }

    void marksChangedPaths()
    {
        const QByteArray before =
            "{\"answers\":[\"a\",\"b\"],\"meta\":{\"n\":1,\"deep\":{\"x\":1}},\"text\":\"old\","
            "\"gone\":1}";
        const QByteArray after =
            "{\"answers\":[\"a\",\"c\",{\"extra\":[1]}],\"meta\":{\"n\":1,\"deep\":{\"x\":2}},"
            "\"text\":\"old\"}";
        const JsonChanges changes = JsonDiff::compare(valueOf(before), valueOf(after));
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(parse(after), changes.paths());

        const auto changedAt = [&](const QString& path) {
            return model.indexForPath(path).data(JsonTreeModel::ChangedRole).toBool();
        };
        const auto containsAt = [&](const QString& path) {
            return model.indexForPath(path).data(JsonTreeModel::ContainsChangeRole).toBool();
        };
        QVERIFY(changedAt("$.answers[1]"));
        QVERIFY(changedAt("$.answers[2]"));
        QVERIFY(changedAt("$.answers[2].extra[0]")); // inside a new value
        QVERIFY(!changedAt("$.answers[0]"));
        QVERIFY(!changedAt("$.answers"));
        QVERIFY(containsAt("$.answers"));
        QVERIFY(changedAt("$.meta.deep.x"));
        QVERIFY(containsAt("$.meta"));
        QVERIFY(containsAt("$.meta.deep"));
        QVERIFY(!changedAt("$.meta.n"));
        QVERIFY(!containsAt("$.meta.n"));
        QVERIFY(!changedAt("$.text"));
        QVERIFY(!containsAt("$.text"));

        const QModelIndex x = model.indexForPath("$.meta.deep.x");
        for (int column = 0; column < 2; ++column) {
            const QModelIndex cell = x.siblingAtColumn(column);
            QVERIFY(cell.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
            QVERIFY(cell.data(Qt::FontRole).value<QFont>().bold());
        }
        QVERIFY(!model.indexForPath("$.text").data(Qt::FontRole).isValid());
        QVERIFY(!model.indexForPath("$.text").data(Qt::BackgroundRole).isValid());
        // Above a change: a lighter tint, not bold.
        QVERIFY(model.indexForPath("$.meta").data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.indexForPath("$.meta").data(Qt::FontRole).isValid());

        // Other paths on the same document: the rows already built are told, without a reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setChangedPaths({"$.text"});
        QCOMPARE(reset.size(), 0);
        QVERIFY(!changed.isEmpty());
        QVERIFY(changedAt("$.text"));
        QVERIFY(!changedAt("$.meta.deep.x"));
        QVERIFY(!containsAt("$.meta"));
        QCOMPARE(model.changedPaths(), QSet<QString>{"$.text"});
    }

    void headers()
    {
        JsonTreeModel model;
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QString("Key"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QString("Value"));
    }
};

QTEST_MAIN(TestJsonTreeModel)
#include "TestJsonTreeModel.moc"
