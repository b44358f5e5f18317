// Searching the course tree: every word must occur in a question's text, answers or explanation,
// ignoring case and accents; the courses, chapters and sections above a match stay, the rest goes.
#include "ContentSamples.h"
#include "ContentSearchModel.h"
#include "ContentTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Rewind;
using namespace Rewind::ContentSamples;

namespace {

// The questions (by id) and other nodes (by title) the proxy shows, depth-first.
QStringList visible(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const bool question =
            index.data(ContentTreeModel::KindRole).toInt() == int(ContentTreeModel::NodeKind::Question);
        out << (question ? index.data(ContentTreeModel::IdRole).toString() : index.data().toString());
        out += visible(model, index);
    }
    return out;
}

ContentSnapshot dutchSnapshot()
{
    ContentSnapshot s;
    s.courses << course(
        "course-nl",
        {{"CourseCreated", R"({"courseId":"nl","title":"Aardrijkskunde","language":"nl"})"},
         {"ChapterAdded", R"({"chapterId":"eu","title":"Europa","index":0})"},
         {"SectionAdded", R"({"chapterId":"eu","sectionId":"be","title":"België","index":0})"},
         {"SectionAdded", R"({"chapterId":"eu","sectionId":"fr","title":"Frankrijk","index":1})"}});
    s.courses << course(
        "course-wi",
        {{"CourseCreated", R"({"courseId":"wi","title":"Wiskunde","language":"nl"})"},
         {"ChapterAdded", R"({"chapterId":"al","title":"Algebra","index":0})"},
         {"SectionAdded", R"({"chapterId":"al","sectionId":"ve","title":"Vergelijkingen","index":0})"}});
    s.questions << question(
        "question-1",
        {{"QuestionDrafted", R"({"questionId":1,"courseId":"nl","sectionId":"be",)"
                             R"("text":"Wat is de hoofdstad van België?",)"
                             R"("answers":["Brussel","Antwerpen"],"correctAnswers":["Brussel"]})"}});
    s.questions << question(
        "question-2",
        {{"QuestionDrafted", R"({"questionId":2,"courseId":"nl","sectionId":"fr",)"
                             R"("text":"Welke rivier stroomt door Parijs?","answers":["Seine","Loire"],)"
                             R"("correctAnswers":["Seine"],"explanation":"Het café aan de Seine."})"}});
    s.questions << question(
        "question-3",
        {{"QuestionDrafted", R"({"questionId":3,"courseId":"wi","sectionId":"ve",)"
                             R"("text":"Één plus één is?","answers":["twee"],"correctAnswers":["twee"]})"}});
    s.questions << question(
        "question-4",
        {{"QuestionDrafted", R"({"questionId":4,"courseId":"wi","sectionId":"ve","text":""})"}});
    return s;
}

} // namespace

class TestContentSearchModel : public QObject
{
    Q_OBJECT

private slots:
    void filters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        const QStringList everything{"Aardrijkskunde", "Europa",  "België",         "1", "Frankrijk", "2",
                                     "Wiskunde",       "Algebra", "Vergelijkingen", "3", "4"};
        QTest::newRow("empty") << "" << everything;
        QTest::newRow("only spaces") << "   " << everything;
        QTest::newRow("without accent finds accented")
            << "belgie" << QStringList{"Aardrijkskunde", "Europa", "België", "1"};
        QTest::newRow("upper case with accent")
            << QString::fromUtf8("BELGIË") << QStringList{"Aardrijkskunde", "Europa", "België", "1"};
        QTest::newRow("accented search, plain text")
            << QString::fromUtf8("pärijs") << QStringList{"Aardrijkskunde", "Europa", "Frankrijk", "2"};
        QTest::newRow("in an answer")
            << "antwerpen" << QStringList{"Aardrijkskunde", "Europa", "België", "1"};
        QTest::newRow("in the explanation")
            << "cafe" << QStringList{"Aardrijkskunde", "Europa", "Frankrijk", "2"};
        QTest::newRow("all words, in any order")
            << "  een   TWEE  " << QStringList{"Wiskunde", "Algebra", "Vergelijkingen", "3"};
        QTest::newRow("words in text and answer")
            << "rivier seine" << QStringList{"Aardrijkskunde", "Europa", "Frankrijk", "2"};
        QTest::newRow("one word missing") << "rivier brussel" << QStringList{};
        QTest::newRow("part of a word") << "hoofd" << QStringList{"Aardrijkskunde", "Europa", "België", "1"};
        QTest::newRow("common word") << "is"
                                     << QStringList{"Aardrijkskunde", "Europa",  "België",         "1",
                                                    "Wiskunde",       "Algebra", "Vergelijkingen", "3"};
        QTest::newRow("no match") << "xyzzy" << QStringList{};
        // Titles of courses and sections are not question text.
        QTest::newRow("a section title") << "frankrijk" << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        ContentTreeModel tree;
        tree.setSnapshot(dutchSnapshot());
        ContentSearchModel proxy;
        proxy.setSourceModel(&tree);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(search);
        QCOMPARE(proxy.searchText(), search);
        QCOMPARE(visible(proxy), expected);
    }

    // Changing the search again, and changes to the tree below, keep the filter applied.
    void followsChanges()
    {
        ContentTreeModel tree;
        tree.setSnapshot(dutchSnapshot());
        ContentSearchModel proxy;
        proxy.setSourceModel(&tree);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText("seine");
        QCOMPARE(visible(proxy), (QStringList{"Aardrijkskunde", "Europa", "Frankrijk", "2"}));
        QuestionState four = tree.snapshot().questions[3];
        four.text = QStringLiteral("Waar mondt de Seine uit?");
        tree.updateQuestion(four);
        QCOMPARE(visible(proxy), (QStringList{"Aardrijkskunde", "Europa", "Frankrijk", "2", "Wiskunde",
                                              "Algebra", "Vergelijkingen", "4"}));
        proxy.setSearchText("");
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(proxy.isRecursiveFilteringEnabled());
    }
};

QTEST_MAIN(TestContentSearchModel)
#include "TestContentSearchModel.moc"
