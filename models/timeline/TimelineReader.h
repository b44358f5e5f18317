#pragma once

#include "EventStore.h"
#include "JobControl.h"
#include "TimelineEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rewind {

// Everything that concerns one student, in global order.
struct StudentTimeline
{
    QString studentId;
    bool known = false; // the student-timeline projection knows the student
    QString name;       // from StudentRegistered; empty when never registered
    QString email;
    QStringList streams; // the student's stream and quiz streams, as the projection lists them
    QList<TimelineEntry> entries;
    // The role may not read Rewind's snapshots: the student-timeline projection was built from the
    // first event instead of caught up from its snapshot (the same streams, only slower).
    bool snapshotDenied = false;
};

// Reads a student's timeline from a store: the streams come from the student-timeline
// projection, caught up in memory from its snapshot (nothing is written, so support may run it);
// those streams are read whole and merged in global order; section titles for the sentences come
// from the course streams, as they were when each quiz event happened. Synchronous: the GUI runs it
// on a store worker.
class TimelineReader
{
public:
    struct Options
    {
        // Scan a category's stretch of the log instead of reading its streams one by one when the
        // stretch holds fewer than this many events per stream (about what one read costs); 0:
        // always read stream by stream.
        int scanEventsPerStream = 100;
    };

    explicit TimelineReader(EventStore& store) : TimelineReader(store, Options()) {}
    TimelineReader(EventStore& store, Options options);

    // Throws StoreError(Cancelled) once `control` is cancelled.
    StudentTimeline read(const QString& studentId, const JobControl* control = nullptr);

private:
    void readWhole(const QString& stream, qint64 until, QList<RecordedEvent>& events,
                   const JobControl* control);
    void scanCategory(const QString& category, const QStringList& streams, qint64 start, qint64 until,
                      QList<RecordedEvent>& events, const JobControl* control);

    EventStore& m_store;
    Options m_options;
};

} // namespace Rewind
