// The preview as a student sees a question: radio buttons for one correct answer, check boxes for
// several, "Check" says right or wrong, and the explanation appears after a wrong answer only.
#include "QuestionPreview.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Rewind;

namespace {

QuestionDraft draft(const QStringList& answers, const QStringList& correct, const QString& explanation = {})
{
    QuestionDraft d;
    d.text = "What is 2 + 2?";
    d.answers = answers;
    d.correctAnswers = correct;
    d.explanation = explanation;
    return d;
}

// A radio button or check box reacts to clicks on its mark and label only, not on the room a
// layout gives it beyond them: click the mark.
void clickIndicator(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

} // namespace

Q_DECLARE_METATYPE(QList<int>)
Q_DECLARE_METATYPE(Rewind::QuestionPreview::Verdict)

class TestQuestionPreview : public QObject
{
    Q_OBJECT

private slots:
    void showsTextAndOneRadioButtonPerAnswer()
    {
        QuestionPreview preview;
        preview.setDraft(draft({"3", "4", "5"}, {"4"}));
        QCOMPARE(preview.textLabel()->text(), QString("What is 2 + 2?"));
        QCOMPARE(preview.answerButtons().size(), 3);
        QVERIFY(!preview.isMultipleChoice());
        for (QAbstractButton* b : preview.answerButtons())
            QVERIFY(qobject_cast<QRadioButton*>(b));
        QCOMPARE(preview.answerButtons().at(1)->text(), QString("4"));
        QCOMPARE(preview.verdict(), QuestionPreview::Verdict::None);
    }

    void usesCheckBoxesWhenSeveralAnswersAreCorrect()
    {
        QuestionPreview preview;
        preview.setDraft(draft({"2", "3", "4"}, {"2", "3"}));
        QVERIFY(preview.isMultipleChoice());
        for (QAbstractButton* b : preview.answerButtons())
            QVERIFY(qobject_cast<QCheckBox*>(b));
        // A correct answer that is not among the answers does not count as a second one.
        preview.setDraft(draft({"3", "4"}, {"4", "7"}));
        QVERIFY(!preview.isMultipleChoice());
    }

    void checksTheChoice_data()
    {
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QStringList>("correct");
        QTest::addColumn<QList<int>>("chosen");
        QTest::addColumn<QuestionPreview::Verdict>("verdict");
        QTest::addColumn<bool>("explanationShown");
        QTest::newRow("right") << QStringList{"3", "4"} << QStringList{"4"} << QList<int>{1}
                               << QuestionPreview::Verdict::Right << false;
        QTest::newRow("wrong") << QStringList{"3", "4"} << QStringList{"4"} << QList<int>{0}
                               << QuestionPreview::Verdict::Wrong << true;
        QTest::newRow("nothing chosen") << QStringList{"3", "4"} << QStringList{"4"} << QList<int>{}
                                        << QuestionPreview::Verdict::NoChoice << false;
        QTest::newRow("all of several") << QStringList{"2", "3", "4"} << QStringList{"2", "3"}
                                        << QList<int>{0, 1} << QuestionPreview::Verdict::Right << false;
        QTest::newRow("some of several") << QStringList{"2", "3", "4"} << QStringList{"2", "3"}
                                         << QList<int>{0} << QuestionPreview::Verdict::Wrong << true;
        QTest::newRow("one too many") << QStringList{"2", "3", "4"} << QStringList{"2", "3"}
                                      << QList<int>{0, 1, 2} << QuestionPreview::Verdict::Wrong << true;
    }
    void checksTheChoice()
    {
        QFETCH(QStringList, answers);
        QFETCH(QStringList, correct);
        QFETCH(QList<int>, chosen);
        QFETCH(QuestionPreview::Verdict, verdict);
        QFETCH(bool, explanationShown);

        QuestionPreview preview;
        preview.setDraft(draft(answers, correct, "Two and two make four."));
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QSignalSpy checked(&preview, &QuestionPreview::checked);
        for (int row : chosen)
            clickIndicator(preview.answerButtons().at(row));
        QTest::mouseClick(preview.checkButton(), Qt::LeftButton);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(preview.verdict(), verdict);
        QCOMPARE(preview.isExplanationShown(), explanationShown);
        if (explanationShown)
            QCOMPARE(preview.explanationLabel()->text(), QString("Two and two make four."));
        QVERIFY(!preview.resultLabel()->text().isEmpty());
    }

    void hidesTheExplanationAgainWhenTheChoiceChanges()
    {
        QuestionPreview preview;
        preview.setDraft(draft({"3", "4"}, {"4"}, "Count on your fingers."));
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.choose({0});
        QCOMPARE(preview.check(), QuestionPreview::Verdict::Wrong);
        QVERIFY(preview.isExplanationShown());
        clickIndicator(preview.answerButtons().at(1));
        QCOMPARE(preview.verdict(), QuestionPreview::Verdict::None);
        QVERIFY(!preview.isExplanationShown());
        QCOMPARE(preview.check(), QuestionPreview::Verdict::Right);
        QVERIFY(!preview.isExplanationShown());
        QCOMPARE(preview.resultLabel()->text(), QString("Right!"));
    }

    void noExplanationToRevealWhenThereIsNone()
    {
        QuestionPreview preview;
        preview.setDraft(draft({"3", "4"}, {"4"}));
        preview.show();
        preview.choose({0});
        QCOMPARE(preview.check(), QuestionPreview::Verdict::Wrong);
        QVERIFY(!preview.isExplanationShown());
    }

    void keepsTheChoiceWhenTheSameDraftComesAgainAndResetsOnAChange()
    {
        QuestionPreview preview;
        const QuestionDraft d = draft({"3", "4"}, {"4"});
        preview.setDraft(d);
        preview.choose({1});
        preview.setDraft(d);
        QVERIFY(preview.answerButtons().at(1)->isChecked());
        QuestionDraft changed = d;
        changed.answers << "5";
        preview.setDraft(changed);
        QCOMPARE(preview.answerButtons().size(), 3);
        for (QAbstractButton* b : preview.answerButtons())
            QVERIFY(!b->isChecked());
    }

    void anEmptyQuestionSaysSoAndCannotBeChecked()
    {
        QuestionPreview preview;
        preview.setDraft(QuestionDraft());
        QVERIFY(preview.answerButtons().isEmpty());
        QVERIFY(!preview.checkButton()->isEnabled());
        QVERIFY(!preview.textLabel()->text().isEmpty());
    }
};

QTEST_MAIN(TestQuestionPreview)
#include "TestQuestionPreview.moc"
