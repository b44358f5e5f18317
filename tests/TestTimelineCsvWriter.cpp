// The timeline as CSV: written, then parsed back.
#include "EventTime.h"
#include "StoreError.h"
#include "TimelineCsvParser.h"
#include "TimelineCsvWriter.h"
#include "TimelineSentences.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;

namespace {

QList<TimelineEntry> sample()
{
    QList<TimelineEntry> list;
    const QList<TimelineEntry::Kind> kinds = TimelineEntry::allKinds();
    for (int i = 0; i < 25; ++i) {
        TimelineEntry e;
        e.globalPosition = 100 + i * 3;
        e.position = i;
        e.timeUs = 1772441000123456 + i * 60000000ll;
        e.kind = kinds[i % kinds.size()];
        e.type = QStringLiteral("Type%1").arg(i);
        e.streamName = i % 2 ? QStringLiteral("quiz-a") : QStringLiteral("student-7");
        e.id = QUuid::createUuid();
        e.questionId = QString::number(400 + i);
        // Answers that need quoting, and text beyond ASCII.
        e.answer = i % 3 ? QStringLiteral("say \"%1\", then\nstop").arg(i) : QStringLiteral("½ café");
        e.sectionTitle = QStringLiteral("Breuken, deel %1").arg(i);
        e.studentName = QStringLiteral("Anna");
        e.answersInQuiz = i;
        list.append(e);
    }
    return list;
}

} // namespace

class TestTimelineCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void parsesBack()
    {
        const QList<TimelineEntry> entries = sample();
        QString error;
        const QList<QStringList> records = TimelineCsvParser::parse(TimelineCsvWriter::csv(entries), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), entries.size() + 1);
        QCOMPARE(records.first(),
                 QStringList({"global_position", "time", "stream_name", "type", "kind", "sentence", "id"}));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const TimelineEntry& e = entries[i];
            const QStringList& r = records[i + 1];
            QCOMPARE(r.size(), 7);
            QCOMPARE(r[0].toLongLong(), e.globalPosition);
            QCOMPARE(EventTime::fromIso(QStringView(r[1])), std::optional(e.timeUs));
            QCOMPARE(r[2], e.streamName);
            QCOMPARE(r[3], e.type);
            QCOMPARE(TimelineEntry::kindFromKey(r[4]), std::optional(e.kind));
            QCOMPARE(r[5], TimelineSentences::sentence(e));
            QCOMPARE(QUuid::fromString(r[6]), e.id);
        }
    }

    void emptyTimelineIsTheHeader()
    {
        QCOMPARE(TimelineCsvWriter::csv({}),
                 QByteArray("global_position,time,stream_name,type,kind,sentence,id\r\n"));
    }

    void writesWholeFilesOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("timeline.csv"));
        const QList<TimelineEntry> entries = sample();
        TimelineCsvWriter::write(path, entries);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), TimelineCsvWriter::csv(entries));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"timeline.csv"});

        // A directory that does not exist: an error naming the file, and nothing left behind.
        const QString bad = dir.filePath(QStringLiteral("missing/timeline.csv"));
        QVERIFY_THROWS_EXCEPTION(StoreError, TimelineCsvWriter::write(bad, sample()));
        QVERIFY(!QFile::exists(bad));
        QVERIFY(!QFile::exists(bad + QStringLiteral(".partial")));
    }
};

QTEST_GUILESS_MAIN(TestTimelineCsvWriter)
#include "TestTimelineCsvWriter.moc"
