#include "ContentSnapshot.h"

#include "EventStore.h"

#include <QHash>

namespace Rewind {

namespace {

RecordedEvent toRecorded(const EventView& view)
{
    RecordedEvent e;
    e.globalPosition = view.globalPosition;
    e.position = view.position;
    e.timeUs = view.timeUs;
    e.streamName = QString::fromUtf8(view.streamName);
    e.type = QString::fromUtf8(view.type);
    e.data = view.data.toByteArray();
    return e;
}

// Folds every event of one category up to `head` into `states` (kept in first-seen order through
// `order`). Returns false when cancelled.
template <typename State, typename Fold>
bool foldCategory(EventStore& store, const JobControl& control, const QString& category, qint64 head,
                  QList<State>& states, Fold fold, qint64& read)
{
    QHash<QString, qsizetype> byStream;
    LogQuery query;
    query.category = category;
    query.withMetadata = false; // the folds never look at it
    query.limit = 256;          // content is a small part of a log: pages stay small and cancel quickly
    qint64 position = 0;
    bool cancelled = false;
    while (position < head) {
        query.afterGlobalPosition = position;
        const LogScan scan = store.scanLog(query, [&](const EventView& view) {
            if (view.globalPosition > head)
                return false; // written after the read began: the snapshot is as of `head`
            const QString stream = QString::fromUtf8(view.streamName);
            auto it = byStream.find(stream);
            if (it == byStream.end()) {
                it = byStream.insert(stream, states.size());
                states.append(State{});
            }
            states[*it] = fold(std::move(states[*it]), toRecorded(view));
            ++read;
            if (control.cancelled()) {
                cancelled = true;
                return false;
            }
            return true;
        });
        control.progress(read, 0);
        if (cancelled)
            return false;
        if (scan.stopped || scan.atHead)
            break;
        // A safe position that did not move means a writer below a gap has not finished yet: the
        // next scan waits for it again.
        position = std::max(position, scan.safePosition);
        if (control.cancelled())
            return false;
    }
    return true;
}

} // namespace

ContentSnapshot ContentSnapshot::read(EventStore& store, const JobControl& control)
{
    ContentSnapshot snapshot;
    const qint64 head = store.headPosition();
    qint64 read = 0;
    const bool complete = foldCategory(store, control, QStringLiteral("course"), head, snapshot.courses,
                                       &CourseAggregate::apply, read) &&
                          foldCategory(store, control, QStringLiteral("question"), head, snapshot.questions,
                                       &QuestionAggregate::apply, read);
    snapshot.headPosition = complete ? head : 0;
    return snapshot;
}

} // namespace Rewind
