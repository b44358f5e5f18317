#pragma once

#include "JobControl.h"
#include "TimelineEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Rewind {

// A timeline as CSV (RFC 4180, CsvWriter): global_position,time,stream_name,type,kind,sentence,id,
// one record per entry in the order given, the sentence in the installed language.
class TimelineCsvWriter
{
public:
    // With a control (the window's background export), progress is reported as (entries done,
    // entries) and a cancel throws StoreError(Cancelled) before anything is renamed into place.
    static QByteArray csv(const QList<TimelineEntry>& entries, const JobControl* control = nullptr);
    // Written as FILE.partial and renamed when complete; failures are StoreErrors naming the file.
    static void write(const QString& path, const QList<TimelineEntry>& entries,
                      const JobControl* control = nullptr);
};

} // namespace Rewind
