// The conflict panel on a hand-made conflict: one line per event of the other editor (who, when,
// what, the new value), theirs and mine side by side for each aspect that differs, and the two
// buttons.
#include "ConflictPanel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Rewind;

namespace {

constexpr qint64 AtUs = 1764000000LL * 1000 * 1000; // 2025-11-24T16:00:00Z

RecordedEvent event(qint64 position, const QString& type, const QByteArray& data, const QByteArray& metadata)
{
    RecordedEvent e;
    e.position = position;
    e.globalPosition = 100 + position;
    e.timeUs = AtUs + position * 1000 * 1000;
    e.streamName = "question-q1";
    e.type = type;
    e.data = data;
    e.metadata = metadata;
    return e;
}

QuestionDraft draft(const QString& text, const QStringList& answers, const QStringList& correct,
                    const QString& explanation)
{
    QuestionDraft d;
    d.text = text;
    d.answers = answers;
    d.correctAnswers = correct;
    d.explanation = explanation;
    return d;
}

QuestionConflict conflict()
{
    QuestionConflict c;
    c.loadedVersion = 2;
    c.theirEvents << event(3, "QuestionTextChanged", "{\"text\":\"What is 2 + 2?\"}",
                           "{\"userId\":\"alice\",\"role\":\"editor\"}")
                  << event(4, "AnswersChanged",
                           "{\"answers\":[\"3\",\"4\",\"22\"],\"correctAnswers\":[\"4\"]}",
                           "{\"userId\":\"alice\",\"role\":\"editor\"}")
                  << event(5, "QuestionPublished", "{\"revision\":2}", "");
    c.theirs.text = "What is 2 + 2?";
    c.theirs.answers = QJsonArray{"3", "4", "22"};
    c.theirs.correctAnswers = QJsonArray{"4"};
    c.theirs.explanation = "Count.";
    c.theirs.version = 5;
    c.loaded = draft("2+2?", {"3", "4"}, {"4"}, "Count.");
    c.mine = draft("Two plus two?", {"3", "4"}, {"4"}, "Count.");
    return c;
}

} // namespace

class TestConflictPanel : public QObject
{
    Q_OBJECT

private slots:
    void listsTheirEventsWithWhoWhenAndTheNewValue()
    {
        ConflictPanel panel;
        panel.showConflict(conflict());
        const QStringList lines = panel.eventLines();
        QCOMPARE(lines.size(), 3);
        const QString time3 = QDateTime::fromMSecsSinceEpoch((AtUs + 3000000) / 1000, Qt::UTC)
                                  .toLocalTime()
                                  .toString("yyyy-MM-dd HH:mm:ss");
        QCOMPARE(lines[0],
                 QString("alice (editor) changed this question at %1: changed the text to “What is 2 + 2?”")
                     .arg(time3));
        QVERIFY2(lines[1].contains("changed the answers to “3”, “4” ✓, “22”"), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith("someone changed this question at"), qPrintable(lines[2]));
        QVERIFY2(lines[2].endsWith("published revision 2"), qPrintable(lines[2]));
    }

    void comparesOnlyTheAspectsThatDiffer()
    {
        ConflictPanel panel;
        panel.showConflict(conflict());
        QTableWidget* table = panel.comparison();
        // Text and answers differ (theirs has "22"); the explanation is the same.
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QString("Text"));
        QCOMPARE(table->item(0, 1)->text(), QString("What is 2 + 2?"));
        QCOMPARE(table->item(0, 2)->text(), QString("Two plus two?"));
        QCOMPARE(table->item(1, 0)->text(), QString("Answers"));
        QVERIFY(table->item(1, 1)->text().contains("22"));
        QVERIFY(!table->item(1, 2)->text().contains("22"));
        QVERIFY(table->item(1, 2)->text().contains("✓ 4"));
    }

    void saysSoWhenTheirsEqualsMine()
    {
        QuestionConflict c = conflict();
        c.mine = QuestionDraft::fromState(c.theirs);
        ConflictPanel panel;
        panel.showConflict(c);
        panel.show();
        QCOMPARE(panel.comparison()->rowCount(), 0);
        QVERIFY(panel.comparison()->isHidden());
    }

    void theButtonsAskForReloadAndReapply()
    {
        ConflictPanel panel;
        panel.showConflict(conflict());
        panel.show();
        QSignalSpy reload(&panel, &ConflictPanel::reloadRequested);
        QSignalSpy reapply(&panel, &ConflictPanel::reapplyRequested);
        QTest::mouseClick(panel.reloadButton(), Qt::LeftButton);
        QCOMPARE(reload.size(), 1);
        QCOMPARE(reapply.size(), 0);
        QTest::mouseClick(panel.reapplyButton(), Qt::LeftButton);
        QCOMPARE(reapply.size(), 1);
        panel.setBusy(true);
        QVERIFY(!panel.reloadButton()->isEnabled());
        QVERIFY(!panel.reapplyButton()->isEnabled());
        QTest::mouseClick(panel.reloadButton(), Qt::LeftButton);
        QCOMPARE(reload.size(), 1);
    }

    void showingAnotherConflictReplacesTheFirst()
    {
        ConflictPanel panel;
        panel.showConflict(conflict());
        QuestionConflict second = conflict();
        second.theirEvents = {second.theirEvents.first()};
        panel.showConflict(second);
        QCOMPARE(panel.eventLines().size(), 1);
        QCOMPARE(panel.conflict().theirEvents.size(), 1);
    }
};

QTEST_MAIN(TestConflictPanel)
#include "TestConflictPanel.moc"
