// The question an editor has open, against real SQLite files and a real PostgreSQL database through
// a StoreSession: saves as commands in one batch with the loaded version, a colleague's change on
// a second connection reported as a conflict and resolved by reload or re-apply without losing
// anything, restore of a revision as new events, and the rules that refuse a publication.
#include "BackendStore.h"
#include "CommandBus.h"
#include "QuestionDocument.h"
#include "QuestionRules.h"
#include "StoreSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Rewind;

Q_DECLARE_METATYPE(Rewind::QuestionDraft)

namespace {

constexpr int WaitMs = 30000;

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QuestionDraft draft(const QString& text, const QStringList& answers, const QStringList& correct,
                    const QString& explanation)
{
    return QuestionDraft{text, answers, correct, explanation};
}

const QuestionDraft Base = draft("2+2?", {"3", "4"}, {"4"}, "");

// An open question document with spies on everything it can answer.
struct Editor
{
    QuestionDocument doc;
    QSignalSpy loaded{&doc, &QuestionDocument::loaded};
    QSignalSpy saved{&doc, &QuestionDocument::saved};
    QSignalSpy rejected{&doc, &QuestionDocument::rejected};
    QSignalSpy conflicts{&doc, &QuestionDocument::conflictDetected};
    QSignalSpy failed{&doc, &QuestionDocument::failed};
    QSignalSpy busy{&doc, &QuestionDocument::busyChanged};

    explicit Editor(StoreSession& session) { doc.setSession(&session); }

    void clear()
    {
        for (QSignalSpy* spy : {&loaded, &saved, &rejected, &conflicts, &failed, &busy})
            spy->clear();
    }

    // The first answer the document gives after the last clear(): "loaded", "saved",
    // "rejected: RULE", "conflict", "failed: MESSAGE", or "timeout".
    QString next()
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < WaitMs) {
            if (!failed.isEmpty())
                return "failed: " + failed.first().at(0).toString();
            if (!rejected.isEmpty())
                return "rejected: " + rejected.first().at(0).toString();
            if (!conflicts.isEmpty())
                return "conflict";
            if (!saved.isEmpty())
                return "saved";
            if (!loaded.isEmpty())
                return "loaded";
            QTest::qWait(10);
        }
        return "timeout";
    }
};

QStringList typesOf(const QList<RecordedEvent>& events)
{
    QStringList out;
    for (const RecordedEvent& e : events)
        out.append(e.type);
    return out;
}

} // namespace

class TestQuestionDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A fresh store of the row's backend; its `store` is the second connection a colleague uses.
    bool open(BackendStore& backend)
    {
        const QString error =
            backend.open(backendName(), m_dir, QStringLiteral("doc%1.sqlite").arg(++m_files));
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return error.isEmpty();
    }
    static QString backendName()
    {
        QFETCH_GLOBAL(QString, backend);
        return backend;
    }

    static QList<RecordedEvent> streamOf(EventStore& store, const QString& stream)
    {
        return store.readStream(stream, 0, 1000);
    }

    // Drafts Base in a new question and waits for it.
    static bool drafted(Editor& ed)
    {
        ed.clear();
        ed.doc.draftNew(QJsonValue("c1"), QJsonValue(3), Base);
        const QString got = ed.next();
        if (got != "loaded")
            qWarning("draftNew: %s", qPrintable(got));
        return got == "loaded";
    }

    static QString act(Editor& ed, const std::function<void()>& call)
    {
        ed.clear();
        call();
        return ed.next();
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setApplicationVersion("9.9-test");
    }

    void draftSavePublishChangePublish()
    {
        BackendStore backend;
        QVERIFY(open(backend));
        StoreSession session(backend.address);
        Editor ed(session);

        ed.doc.draftNew(QJsonValue("c1"), QJsonValue(3), Base);
        QVERIFY(ed.doc.isBusy());
        QCOMPARE(ed.next(), QString("loaded"));
        QVERIFY(!ed.doc.isBusy());
        QCOMPARE(ed.busy.size(), 2);
        const QString id = ed.doc.questionId();
        QVERIFY(!QUuid::fromString(id).isNull());
        QVERIFY(!id.startsWith('{'));
        QCOMPARE(ed.doc.streamName(), "question-" + id);
        QCOMPARE(ed.loaded.first().at(0).toString(), id);
        QCOMPARE(ed.loaded.first().at(1).toLongLong(), 0);
        QCOMPARE(ed.doc.loadedVersion(), 0);
        QCOMPARE(ed.doc.loadedDraft(), Base);

        const QuestionDraft changed = draft("What is 2+2?", {"3", "4"}, {"4"}, "Count.");
        QCOMPARE(act(ed, [&] { ed.doc.save(changed); }), QString("saved"));
        QCOMPARE(ed.saved.first().at(0).toLongLong(), 2);
        QCOMPARE(ed.saved.first().at(1).toInt(), 2);
        QCOMPARE(ed.doc.loadedDraft(), changed);

        QCOMPARE(act(ed, [&] { ed.doc.publish(changed); }), QString("saved"));
        QCOMPARE(ed.saved.first().at(1).toInt(), 1);
        QCOMPARE(ed.doc.state().status, QuestionState::Status::Published);

        const QuestionDraft again = draft("What is 2+2?", {"3", "4", "5"}, {"4"}, "Count.");
        QCOMPARE(act(ed, [&] { ed.doc.publish(again); }), QString("saved"));
        QCOMPARE(ed.saved.first().at(0).toLongLong(), 5);
        QCOMPARE(ed.saved.first().at(1).toInt(), 2);
        QCOMPARE(ed.doc.state().revision, QJsonValue(2));
        QVERIFY(!ed.doc.state().dirty);

        // Exactly the question events, as `rewind read` shows them.
        const QList<RecordedEvent> stored = streamOf(*backend.store, ed.doc.streamName());
        QCOMPARE(typesOf(stored), (QStringList{"QuestionDrafted", "QuestionTextChanged", "ExplanationChanged",
                                               "QuestionPublished", "AnswersChanged", "QuestionPublished"}));
        const QList<QJsonObject> data{
            QJsonObject{{"questionId", id},
                        {"courseId", "c1"},
                        {"sectionId", 3},
                        {"text", "2+2?"},
                        {"answers", QJsonArray{"3", "4"}},
                        {"correctAnswers", QJsonArray{"4"}},
                        {"explanation", ""}},
            QJsonObject{{"text", "What is 2+2?"}},
            QJsonObject{{"explanation", "Count."}},
            QJsonObject{{"revision", 1}},
            QJsonObject{{"answers", QJsonArray{"3", "4", "5"}}, {"correctAnswers", QJsonArray{"4"}}},
            QJsonObject{{"revision", 2}},
        };
        for (int i = 0; i < stored.size(); ++i)
            QCOMPARE(object(stored[i].data), data[i]);

        // The editor's metadata: one commandId per command, one correlation per save.
        const QString user =
            backend.store->sessionUser().isEmpty() ? CommandBus::osUser() : backend.store->sessionUser();
        QStringList commandIds, correlationIds;
        for (const RecordedEvent& e : stored) {
            const QJsonObject m = object(e.metadata);
            QCOMPARE(m.value("role").toString(), QString("editor"));
            QCOMPARE(m.value("userId").toString(), user);
            QCOMPARE(m.value("appVersion").toString(), QString("9.9-test"));
            QVERIFY(!QUuid::fromString(m.value("commandId").toString()).isNull());
            commandIds.append(m.value("commandId").toString());
            correlationIds.append(m.value("correlationId").toString());
        }
        QCOMPARE(QSet<QString>(commandIds.cbegin(), commandIds.cend()).size(), 6);
        // draft | text, explanation | publish | answers, publish
        QCOMPARE(correlationIds[0], commandIds[0]);
        QCOMPARE(correlationIds[1], commandIds[1]);
        QCOMPARE(correlationIds[2], commandIds[1]);
        QCOMPARE(correlationIds[3], commandIds[3]);
        QCOMPARE(correlationIds[4], commandIds[4]);
        QCOMPARE(correlationIds[5], commandIds[4]);

        // The document re-read the stream: its history is the store's, times and positions included.
        QCOMPARE(ed.doc.history(), stored);
        QCOMPARE(ed.doc.loadedVersion(), 5);

        // Another document opens the same question and sees the same.
        Editor reader(session);
        QCOMPARE(act(reader, [&] { reader.doc.open(id); }), QString("loaded"));
        QCOMPARE(reader.doc.history(), stored);
        QCOMPARE(reader.doc.state(), ed.doc.state());
        QVERIFY(act(reader, [&] { reader.doc.open("no-such-question"); }).startsWith("failed: "));
        QCOMPARE(reader.doc.questionId(), id);

        // Nothing changed: refused, nothing written.
        QCOMPARE(act(ed, [&] { ed.doc.save(again); }), QString("rejected: nothing-changed"));
        QCOMPARE(backend.store->streamVersion(ed.doc.streamName()), 5);
    }

    void conflictThenResolve_data()
    {
        QTest::addColumn<bool>("reapply");
        QTest::newRow("reload") << false;
        QTest::newRow("reapply") << true;
    }

    void conflictThenResolve()
    {
        QFETCH(bool, reapply);
        BackendStore backend;
        QVERIFY(open(backend));
        StoreSession session(backend.address);
        Editor ed(session);
        QVERIFY(drafted(ed));
        QCOMPARE(act(ed, [&] { ed.doc.publish(Base); }), QString("saved"));
        const QString stream = ed.doc.streamName();
        const QList<RecordedEvent> before = ed.doc.history();

        // Bob, on a connection of his own, changes the answers after our load.
        CommandMetadata bob;
        bob.userId = "bob";
        const CommandOutcome theirs =
            CommandBus(*backend.store)
                .execute(DomainCommand{stream, QuestionCommand(ChangeAnswers{{"3", "4", "22"}, {"4"}}),
                                       "ChangeAnswers"},
                         bob);
        QCOMPARE(theirs.result, CommandOutcome::Result::Accepted);

        const QuestionDraft mine = draft("What is 2+2?", {"3", "4"}, {"4"}, "Count.");
        QCOMPARE(act(ed, [&] { ed.doc.save(mine); }), QString("conflict"));
        const QuestionConflict conflict = ed.conflicts.first().at(0).value<QuestionConflict>();
        QCOMPARE(conflict.loadedVersion, 1);
        QCOMPARE(conflict.theirEvents.size(), 1);
        const RecordedEvent& their = conflict.theirEvents.first();
        QCOMPARE(their.type, QString("AnswersChanged"));
        QCOMPARE(their.position, 2);
        QCOMPARE(their.id, theirs.written.first().id);
        QVERIFY(their.timeUs > 0);
        QCOMPARE(object(their.metadata).value("userId").toString(), QString("bob"));
        QCOMPARE(conflict.theirs.answers, QJsonValue(QJsonArray{"3", "4", "22"}));
        QCOMPARE(conflict.theirs.version, 2);
        QCOMPARE(conflict.loaded, Base);
        QCOMPARE(conflict.mine, mine);

        // Their event stands and nothing of ours was written; the document still has what it loaded.
        QCOMPARE(typesOf(streamOf(*backend.store, stream)),
                 (QStringList{"QuestionDrafted", "QuestionPublished", "AnswersChanged"}));
        QCOMPARE(ed.doc.history(), before);
        QCOMPARE(ed.doc.loadedVersion(), 1);

        if (!reapply) {
            QCOMPARE(act(ed, [&] { ed.doc.reload(); }), QString("loaded"));
            QCOMPARE(ed.doc.loadedVersion(), 2);
            QCOMPARE(ed.doc.loadedDraft(), draft("2+2?", {"3", "4", "22"}, {"4"}, ""));
            QCOMPARE(ed.doc.history(), streamOf(*backend.store, stream));
            QCOMPARE(backend.store->streamVersion(stream), 2);
            return;
        }

        QCOMPARE(act(ed, [&] { ed.doc.reapply(conflict); }), QString("saved"));
        QCOMPARE(ed.saved.first().at(0).toLongLong(), 4);
        QCOMPARE(ed.saved.first().at(1).toInt(), 2);
        const QList<RecordedEvent> stored = streamOf(*backend.store, stream);
        QCOMPARE(typesOf(stored), (QStringList{"QuestionDrafted", "QuestionPublished", "AnswersChanged",
                                               "QuestionTextChanged", "ExplanationChanged"}));
        QCOMPARE(stored[2].id, their.id);
        QCOMPARE(object(stored[3].data), (QJsonObject{{"text", "What is 2+2?"}}));
        QCOMPARE(object(stored[4].data), (QJsonObject{{"explanation", "Count."}}));
        QVERIFY(object(stored[3].metadata).value("userId").toString() != QString("bob"));
        // Nothing lost: their answers and my text and explanation.
        QCOMPARE(ed.doc.loadedDraft(), draft("What is 2+2?", {"3", "4", "22"}, {"4"}, "Count."));
        QCOMPARE(ed.doc.history(), stored);
    }

    void reapplyRebasesOnTheNewestContent()
    {
        BackendStore backend;
        QVERIFY(open(backend));
        StoreSession session(backend.address);
        Editor ed(session);
        QVERIFY(drafted(ed));
        const QString stream = ed.doc.streamName();
        CommandMetadata bob;
        bob.userId = "bob";
        CommandBus bobsBus(*backend.store);
        const auto bobChanges = [&](const QuestionCommand& c) {
            return bobsBus.execute(DomainCommand{stream, c, questionCommandName(c)}, bob).result;
        };
        QCOMPARE(bobChanges(ChangeExplanation{"Bob explains."}), CommandOutcome::Result::Accepted);

        const QuestionDraft mine = draft("Mine", {"3", "4"}, {"4"}, "");
        QCOMPARE(act(ed, [&] { ed.doc.save(mine); }), QString("conflict"));
        const QuestionConflict conflict = ed.conflicts.first().at(0).value<QuestionConflict>();
        QCOMPARE(conflict.theirEvents.size(), 1);

        // Bob goes on while we look at the conflict: the re-apply goes on top of his newest content.
        QCOMPARE(bobChanges(ChangeQuestionText{"Bob's text"}), CommandOutcome::Result::Accepted);
        QCOMPARE(act(ed, [&] { ed.doc.reapply(conflict); }), QString("saved"));
        const QList<RecordedEvent> stored = streamOf(*backend.store, stream);
        QCOMPARE(typesOf(stored), (QStringList{"QuestionDrafted", "ExplanationChanged", "QuestionTextChanged",
                                               "QuestionTextChanged"}));
        QCOMPARE(object(stored[3].data), (QJsonObject{{"text", "Mine"}}));
        QCOMPARE(ed.doc.loadedDraft(), draft("Mine", {"3", "4"}, {"4"}, "Bob explains."));
        QCOMPARE(ed.doc.loadedVersion(), 3);
    }

    void reapplyWhenTheirsAlreadySaysMine()
    {
        BackendStore backend;
        QVERIFY(open(backend));
        StoreSession session(backend.address);
        Editor ed(session);
        QVERIFY(drafted(ed));
        const QString stream = ed.doc.streamName();
        CommandMetadata bob;
        bob.userId = "bob";
        QCOMPARE(CommandBus(*backend.store)
                     .execute(DomainCommand{stream, QuestionCommand(ChangeQuestionText{"Same idea"}),
                                            "ChangeQuestionText"},
                              bob)
                     .result,
                 CommandOutcome::Result::Accepted);
        QCOMPARE(act(ed,
                     [&] {
                         ed.doc.save(draft("Same idea", {"3", "4"}, {"4"}, ""));
                     }),
                 QString("conflict"));
        const QuestionConflict conflict = ed.conflicts.first().at(0).value<QuestionConflict>();
        QCOMPARE(act(ed, [&] { ed.doc.reapply(conflict); }), QString("saved"));
        QCOMPARE(ed.saved.first().at(1).toInt(), 0);
        QCOMPARE(backend.store->streamVersion(stream), 1);
        QCOMPARE(ed.doc.loadedVersion(), 1);
    }

    void restoreRevisionAppendsNewEvents()
    {
        BackendStore backend;
        QVERIFY(open(backend));
        StoreSession session(backend.address);
        Editor ed(session);
        QVERIFY(drafted(ed));
        QCOMPARE(act(ed, [&] { ed.doc.publish(Base); }), QString("saved")); // position 1: revision 1
        const QuestionDraft second = draft("Sum of 2 and 2?", {"x", "y"}, {"y"}, "");
        QCOMPARE(act(ed, [&] { ed.doc.publish(second); }), QString("saved")); // 2, 3, 4
        const QString stream = ed.doc.streamName();
        const QList<RecordedEvent> before = streamOf(*backend.store, stream);
        QCOMPARE(before.size(), 5);
        QCOMPARE(QuestionDraft::fromState(ed.doc.stateAt(1)), Base);
        QCOMPARE(QuestionDraft::fromState(ed.doc.stateAt(4)), second);

        QCOMPARE(act(ed, [&] { ed.doc.restoreRevision(1); }), QString("saved"));
        QCOMPARE(ed.saved.first().at(1).toInt(), 2);
        const QList<RecordedEvent> after = streamOf(*backend.store, stream);
        // History only grows: what was there is unchanged, the restore is new events.
        QCOMPARE(after.mid(0, 5), before);
        QCOMPARE(typesOf(after.mid(5)), (QStringList{"QuestionTextChanged", "AnswersChanged"}));
        QCOMPARE(object(after[5].data), (QJsonObject{{"text", "2+2?"}}));
        QCOMPARE(object(after[6].data),
                 (QJsonObject{{"answers", QJsonArray{"3", "4"}}, {"correctAnswers", QJsonArray{"4"}}}));
        QCOMPARE(ed.doc.loadedDraft(), Base);
        QVERIFY(ed.doc.state().dirty);
        QCOMPARE(ed.doc.state().revision, QJsonValue(2));

        // Restoring what is already there changes nothing; an unknown position is an error.
        QCOMPARE(act(ed, [&] { ed.doc.restoreRevision(0); }), QString("rejected: nothing-changed"));
        QVERIFY(act(ed, [&] { ed.doc.restoreRevision(99); }).startsWith("failed: "));
        QCOMPARE(backend.store->streamVersion(stream), 6);

        // A retired question restores nothing.
        QCOMPARE(act(ed, [&] { ed.doc.retire("outdated"); }), QString("saved"));
        QCOMPARE(object(streamOf(*backend.store, stream).last().data), (QJsonObject{{"reason", "outdated"}}));
        QCOMPARE(act(ed, [&] { ed.doc.restoreRevision(4); }), QString("rejected: question-retired"));
        QCOMPARE(act(ed, [&] { ed.doc.restoreRevision(6); }), QString("rejected: question-retired"));
        QCOMPARE(act(ed, [&] { ed.doc.save(second); }), QString("rejected: question-retired"));
        QCOMPARE(backend.store->streamVersion(stream), 7);
    }

    void publishBreakingARuleIsRejected_data()
    {
        QTest::addColumn<QuestionDraft>("content");
        QTest::addColumn<QString>("rule");
        QTest::newRow("blank text") << draft("  ", {"3", "4"}, {"4"}, "") << "text-required";
        QTest::newRow("no correct answer") << draft("2+2?", {"3", "4"}, {}, "") << "correct-answer-required";
        QTest::newRow("stray correct answer")
            << draft("2+2?", {"3", "4"}, {"5"}, "") << "correct-answer-not-among-answers";
        QTest::newRow("blank answer") << draft("2+2?", {"3", "", "4"}, {"4"}, "") << "answer-blank";
        QTest::newRow("duplicate answer") << draft("2+2?", {"4", "3", "4"}, {"4"}, "") << "answer-duplicate";
    }

    void publishBreakingARuleIsRejected()
    {
        QFETCH(QuestionDraft, content);
        QFETCH(QString, rule);
        BackendStore backend;
        QVERIFY(open(backend));
        StoreSession session(backend.address);
        Editor ed(session);
        QVERIFY(drafted(ed));
        const qint64 head = backend.store->headPosition();

        // The editor showed the same rule while typing.
        bool shown = false;
        for (const RuleProblem& p : QuestionRules::check(content))
            shown = shown || p.rule == rule;
        QVERIFY(shown);

        QCOMPARE(act(ed, [&] { ed.doc.publish(content); }), "rejected: " + rule);
        QVERIFY(!ed.rejected.first().at(1).toString().isEmpty());
        QCOMPARE(backend.store->headPosition(), head);
        QCOMPARE(backend.store->streamVersion(ed.doc.streamName()), 0);
        QCOMPARE(ed.doc.loadedVersion(), 0);
        QCOMPARE(ed.doc.loadedDraft(), Base);
    }
};

QTEST_GUILESS_MAIN(TestQuestionDocument)
#include "TestQuestionDocument.moc"
