#include "TimelineReader.h"

#include "JsonScanner.h"
#include "ProjectionRunner.h"
#include "StoreError.h"
#include "StudentTimelineProjection.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Rewind {

namespace {

constexpr int PageSize = 5000;

void checkCancelled(const JobControl* control)
{
    if (control && control->cancelled())
        throw StoreError(StoreError::Kind::Cancelled, QStringLiteral("reading the timeline was cancelled"));
}

// The members of an event's data that sentences use, as text: a string's content, a number as
// written, null as nothing, anything else as its JSON. JsonScanner walks the bytes without building
// a document, which matters at 100,000 events.
struct DataFields
{
    QString questionId;
    QString answer;
    QString quizId;
    QString sectionId;
    QString title;
    QString name;
    QString email;

    explicit DataFields(QByteArrayView data)
    {
        JsonScanner scanner(data);
        scanner.scanObject([this](const JsonScanner::Member& m) {
            QString* field = nullptr;
            const QByteArrayView key = m.key;
            if (key == QByteArrayView("questionId"))
                field = &questionId;
            else if (key == QByteArrayView("answer"))
                field = &answer;
            else if (key == QByteArrayView("quizId"))
                field = &quizId;
            else if (key == QByteArrayView("sectionId"))
                field = &sectionId;
            else if (key == QByteArrayView("title"))
                field = &title;
            else if (key == QByteArrayView("name"))
                field = &name;
            else if (key == QByteArrayView("email"))
                field = &email;
            if (!field)
                return true;
            switch (m.type) {
            case JsonScanner::Type::String:
                *field = JsonScanner::decodeString(m.value);
                break;
            case JsonScanner::Type::Null:
                field->clear();
                break;
            default:
                *field = QString::fromUtf8(m.value);
                break;
            }
            return true;
        });
    }
};

// A section's titles over time, from SectionAdded and SectionRenamed, so that a quiz event shows
// the title the student saw then.
class SectionTitles
{
public:
    void read(EventStore& store, qint64 until, const JobControl* control)
    {
        LogQuery query;
        query.category = QStringLiteral("course");
        query.types = {QStringLiteral("SectionAdded"), QStringLiteral("SectionRenamed")};
        query.limit = PageSize;
        query.withMetadata = false;
        for (;;) {
            checkCancelled(control);
            const LogBatch batch = store.readLog(query);
            for (const RecordedEvent& e : batch.events) {
                if (e.globalPosition > until)
                    return;
                const DataFields data(e.data);
                if (!data.sectionId.isEmpty() && !data.title.isEmpty())
                    m_titles[data.sectionId].append({e.globalPosition, data.title});
            }
            if (batch.atHead || batch.safePosition >= until)
                return;
            query.afterGlobalPosition = batch.safePosition;
        }
    }

    QString titleAt(const QString& sectionId, qint64 globalPosition) const
    {
        const auto it = m_titles.constFind(sectionId);
        if (it == m_titles.cend())
            return {};
        QString title;
        for (const auto& [position, text] : *it) {
            if (position > globalPosition)
                break;
            title = text;
        }
        return title;
    }

private:
    QHash<QString, QList<std::pair<qint64, QString>>> m_titles; // in global order
};

struct QuizSoFar
{
    QString quizId;
    QString sectionId;
    qint64 answers = 0;
};

} // namespace

TimelineReader::TimelineReader(EventStore& store, Options options) : m_store(store), m_options(options) {}

void TimelineReader::readWhole(const QString& stream, qint64 until, QList<RecordedEvent>& events,
                               const JobControl* control)
{
    for (qint64 from = 0;;) {
        checkCancelled(control);
        QList<RecordedEvent> page = m_store.readStream(stream, from, PageSize);
        const qsizetype size = page.size();
        const qint64 next = size ? page.last().position + 1 : from;
        for (RecordedEvent& e : page) {
            if (e.globalPosition <= until)
                events.append(std::move(e));
        }
        if (size < PageSize)
            break;
        from = next;
    }
}

void TimelineReader::scanCategory(const QString& category, const QStringList& streams, qint64 start,
                                  qint64 until, QList<RecordedEvent>& events, const JobControl* control)
{
    const QSet<QString> wanted(streams.cbegin(), streams.cend());
    LogQuery query;
    query.category = category;
    query.afterGlobalPosition = start - 1;
    query.limit = PageSize;
    query.withMetadata = false;
    for (;;) {
        checkCancelled(control);
        LogBatch batch = m_store.readLog(query);
        for (RecordedEvent& e : batch.events) {
            if (e.globalPosition > until)
                return;
            if (wanted.contains(e.streamName))
                events.append(std::move(e));
        }
        if (batch.atHead || batch.safePosition >= until)
            return;
        query.afterGlobalPosition = batch.safePosition;
    }
}

StudentTimeline TimelineReader::read(const QString& studentId, const JobControl* control)
{
    StudentTimeline timeline;
    timeline.studentId = studentId;

    StudentTimelineProjection projection;
    ProjectionRunnerOptions options;
    options.persist = false;
    ProjectionRunner runner(m_store, {&projection}, options);
    for (const ProjectionStart& start : runner.start())
        timeline.snapshotDenied = timeline.snapshotDenied || start.snapshotDenied;
    runner.catchUp({}, control ? control->cancelFlag() : nullptr);
    // One moment for everything: events written after the projection's catch-up would come from
    // quiz streams it could not list yet.
    const qint64 until = runner.lastTarget();

    timeline.streams = projection.streamsOf(studentId);
    timeline.known = !timeline.streams.isEmpty();
    if (!timeline.known)
        return timeline;

    SectionTitles titles;
    titles.read(m_store, until, control);

    // Quiz streams are short and a busy student has thousands: one read per stream costs a round
    // trip each. When the student's quizzes are dense in their category's stretch of the log, one
    // scan of that stretch is cheaper; on a big store with many students it is not.
    QHash<QString, QStringList> byCategory;
    for (const QString& stream : std::as_const(timeline.streams))
        byCategory[stream.section(QLatin1Char('-'), 0, 0)].append(stream);
    QList<RecordedEvent> events;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        const QStringList& streams = it.value();
        if (streams.size() > 1 && m_options.scanEventsPerStream > 0) {
            const QList<RecordedEvent> first = m_store.readStream(streams.first(), 0, 1);
            const qint64 start = first.isEmpty() ? until : first.first().globalPosition;
            if (until - start < qint64(streams.size()) * m_options.scanEventsPerStream) {
                scanCategory(it.key(), streams, start, until, events, control);
                continue;
            }
        }
        for (const QString& stream : streams)
            readWhole(stream, until, events, control);
    }
    std::sort(events.begin(), events.end(), [](const RecordedEvent& a, const RecordedEvent& b) {
        return a.globalPosition < b.globalPosition;
    });

    QHash<QString, QuizSoFar> quizzes;
    timeline.entries.reserve(events.size());
    for (const RecordedEvent& e : std::as_const(events)) {
        TimelineEntry entry;
        entry.globalPosition = e.globalPosition;
        entry.position = e.position;
        entry.timeUs = e.timeUs;
        entry.streamName = e.streamName;
        entry.type = e.type;
        entry.id = e.id;
        entry.kind = TimelineEntry::kindOfType(e.type);
        DataFields data(e.data);
        entry.questionId = std::move(data.questionId);
        entry.answer = std::move(data.answer);

        QuizSoFar* quiz = nullptr;
        if (entry.kind != TimelineEntry::Kind::Registered && entry.kind != TimelineEntry::Kind::LoggedIn)
            quiz = &quizzes[e.streamName];
        switch (entry.kind) {
        case TimelineEntry::Kind::Registered:
            entry.studentName = data.name;
            entry.studentEmail = data.email;
            timeline.name = entry.studentName;
            timeline.email = entry.studentEmail;
            break;
        case TimelineEntry::Kind::QuizStarted:
            quiz->quizId = data.quizId;
            quiz->sectionId = data.sectionId;
            break;
        case TimelineEntry::Kind::AnsweredCorrectly:
        case TimelineEntry::Kind::AnsweredIncorrectly:
            ++quiz->answers;
            break;
        default:
            break;
        }
        if (quiz) {
            entry.quizId = quiz->quizId;
            entry.sectionId = quiz->sectionId;
            entry.sectionTitle = titles.titleAt(quiz->sectionId, e.globalPosition);
            entry.answersInQuiz = quiz->answers;
        }
        timeline.entries.append(std::move(entry));
    }
    return timeline;
}

} // namespace Rewind
