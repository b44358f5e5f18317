#include "ProjectionStatusReader.h"

#include "JsonScanner.h"
#include "StreamName.h"

namespace Rewind {

QString ProjectionStatus::stateName(State state)
{
    switch (state) {
    case State::NeverRun:
        return QStringLiteral("never run");
    case State::CaughtUp:
        return QStringLiteral("caught up");
    case State::Behind:
        return QStringLiteral("behind");
    case State::NeedsRebuild:
        return QStringLiteral("needs rebuild");
    case State::External:
        return QStringLiteral("external");
    }
    return {};
}

std::optional<qint64> ProjectionStatusReader::timeAt(EventStore& store, qint64 globalPosition)
{
    if (globalPosition <= 0)
        return std::nullopt;
    LogQuery q;
    q.afterGlobalPosition = globalPosition - 1;
    q.limit = 1;
    q.maxGapWaitMs = 0; // a status line must not wait for writers
    const LogBatch batch = store.readLog(q);
    if (batch.events.isEmpty() || batch.events.first().globalPosition != globalPosition)
        return std::nullopt;
    return batch.events.first().timeUs;
}

namespace {

void fillLag(ProjectionStatus& s, qint64 head, qint64 headTimeUs, std::optional<qint64> checkpointTimeUs)
{
    s.head = head;
    s.lagEvents = std::max<qint64>(0, head - s.checkpoint);
    if (s.lagEvents == 0)
        s.lagSeconds = 0;
    else if (checkpointTimeUs && headTimeUs)
        s.lagSeconds = std::max<double>(0, double(headTimeUs - *checkpointTimeUs) / 1e6);
    else if (headTimeUs && s.checkpoint == 0)
        s.lagSeconds = -1; // unknown: nothing applied yet
}

} // namespace

QList<ProjectionStatus> ProjectionStatusReader::read(EventStore& store, const QList<Projection*>& projections)
{
    const qint64 head = store.headPosition();
    const qint64 headTimeUs = timeAt(store, head).value_or(0);
    return readSaved(store, projections, head, headTimeUs) + externalConsumers(store);
}

QList<ProjectionStatus> ProjectionStatusReader::readSaved(EventStore& store,
                                                          const QList<Projection*>& projections, qint64 head,
                                                          qint64 headTimeUs)
{
    QList<ProjectionSnapshot> saved = store.projectionSnapshots();
    QList<ProjectionStatus> out;
    for (const Projection* p : projections) {
        ProjectionStatus s;
        s.name = p->name();
        s.codeVersion = p->codeVersion();
        const auto it = std::find_if(saved.cbegin(), saved.cend(),
                                     [&](const ProjectionSnapshot& x) { return x.name == s.name; });
        if (it == saved.cend()) {
            s.state = ProjectionStatus::State::NeverRun;
            fillLag(s, head, headTimeUs, std::nullopt);
        } else {
            s.savedVersion = it->codeVersion;
            s.checkpoint = it->checkpoint;
            s.eventsPerSecond = it->eventsPerSecond;
            s.parked = it->parkedCount;
            s.savedAtUs = it->savedAtUs;
            fillLag(s, head, headTimeUs,
                    it->checkpoint > 0 ? std::optional<qint64>(it->checkpointTimeUs) : std::nullopt);
            if (it->codeVersion != s.codeVersion)
                s.state = ProjectionStatus::State::NeedsRebuild;
            else
                s.state =
                    s.lagEvents == 0 ? ProjectionStatus::State::CaughtUp : ProjectionStatus::State::Behind;
        }
        out.append(s);
    }
    return out;
}

QStringList ProjectionStatusReader::externalConsumerStreams(EventStore& store)
{
    QStringList out;
    for (const CategoryInfo& category : store.categories()) {
        if (!StreamName::categoryTypes(category.name).contains(QStringLiteral("position")))
            continue;
        QString after;
        for (;;) {
            const QList<StreamInfo> streams = store.streams(category.name, after, 500);
            for (const StreamInfo& stream : streams)
                out.append(stream.name);
            if (streams.size() < 500)
                break;
            after = streams.last().name;
        }
    }
    return out;
}

// Eventide's consumer-postgres names a consumer's position stream after the category it reads:
// the entity, the category's types with `position` added when absent, and the consumer's identifier
// as the stream id ("account" -> "account:position", "account:command" with identifier "worker1" ->
// "account:command+position-worker1"). So the category read is the position stream's category
// (before the first '-') with `position` taken out of its types, the other types kept in order. A
// consumer that read a category already typed `position` cannot be told apart from one that did
// not; such a category is not read by consumers in practice.
QString ProjectionStatusReader::consumedCategory(const QString& positionStream)
{
    QStringList types = StreamName::categoryTypes(positionStream);
    if (types.removeAll(QStringLiteral("position")) == 0)
        return {};
    const QString entity = StreamName::entityName(positionStream);
    return types.isEmpty() ? entity : entity + QLatin1Char(':') + types.join(QLatin1Char('+'));
}

std::optional<ProjectionStatus> ProjectionStatusReader::externalConsumer(EventStore& store,
                                                                         const QString& positionStream)
{
    const qint64 version = store.streamVersion(positionStream);
    if (version < 0)
        return std::nullopt;
    const QList<RecordedEvent> last = store.readStream(positionStream, version, 1);
    if (last.isEmpty())
        return std::nullopt;
    ProjectionStatus s;
    s.name = positionStream;
    s.category = consumedCategory(positionStream);
    s.state = ProjectionStatus::State::External;
    s.savedAtUs = last.first().timeUs;
    // Eventide writes `Recorded {position}` (`Updated` in newer versions); a message without a
    // numeric `position` carries no checkpoint.
    JsonScanner scanner(last.first().data);
    scanner.scanObject([&](const JsonScanner::Member& m) {
        if (m.key == QByteArrayView("position") && m.type == JsonScanner::Type::Number)
            JsonScanner::toInteger(m.value, s.checkpoint);
        return true;
    });
    // The consumer reads one category: events of other categories appended after its checkpoint
    // are none of its business. Consumer-group members (Eventide's group_member / group_size) are
    // not named in the position stream, so a member is counted against the whole category too.
    const CategoryHead head = store.categoryHead(s.category);
    s.head = head.globalPosition;
    s.lagEvents = s.checkpoint < head.globalPosition ? store.countInCategory(s.category, s.checkpoint) : 0;
    if (s.lagEvents == 0)
        s.lagSeconds = 0;
    else if (const auto checkpointTimeUs = timeAt(store, s.checkpoint))
        s.lagSeconds = std::max<double>(0, double(head.timeUs - *checkpointTimeUs) / 1e6);
    else
        s.lagSeconds = -1; // unknown: nothing read yet, or the checkpoint's event is gone
    return s;
}

QList<ProjectionStatus> ProjectionStatusReader::externalConsumers(EventStore& store)
{
    QList<ProjectionStatus> out;
    for (const QString& stream : externalConsumerStreams(store))
        if (const auto s = externalConsumer(store, stream))
            out.append(*s);
    return out;
}

} // namespace Rewind
