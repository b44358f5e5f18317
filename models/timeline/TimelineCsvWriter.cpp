#include "TimelineCsvWriter.h"

#include "CsvWriter.h"
#include "EventTime.h"
#include "PartialFile.h"
#include "TimelineSentences.h"

namespace Rewind {

QByteArray TimelineCsvWriter::csv(const QList<TimelineEntry>& entries)
{
    QByteArray out;
    out.reserve(64 + entries.size() * 120);
    CsvWriter::appendRecord(out,
                            {"global_position", "time", "stream_name", "type", "kind", "sentence", "id"});
    for (const TimelineEntry& e : entries) {
        CsvWriter::appendRecord(
            out, {QByteArray::number(e.globalPosition), EventTime::toIso(e.timeUs), e.streamName.toUtf8(),
                  e.type.toUtf8(), TimelineEntry::kindKey(e.kind).toUtf8(),
                  TimelineSentences::sentence(e).toUtf8(), e.id.toByteArray(QUuid::WithoutBraces)});
    }
    return out;
}

void TimelineCsvWriter::write(const QString& path, const QList<TimelineEntry>& entries)
{
    PartialFile file(path);
    file.open();
    file.write(csv(entries));
    file.commit();
}

} // namespace Rewind
