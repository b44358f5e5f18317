#include "TimelineCsvWriter.h"

#include "CsvWriter.h"
#include "EventTime.h"
#include "PartialFile.h"
#include "StoreError.h"
#include "TimelineSentences.h"

namespace Rewind {

namespace {
constexpr int ProgressStep = 2000; // entries between progress reports and cancel checks

void checkCancelled(const JobControl* control)
{
    if (control && control->cancelled())
        throw StoreError(StoreError::Kind::Cancelled, QStringLiteral("the export was cancelled"));
}
} // namespace

QByteArray TimelineCsvWriter::csv(const QList<TimelineEntry>& entries, const JobControl* control)
{
    QByteArray out;
    out.reserve(64 + entries.size() * 120);
    CsvWriter::appendRecord(out,
                            {"global_position", "time", "stream_name", "type", "kind", "sentence", "id"});
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (control && i % ProgressStep == 0) {
            checkCancelled(control);
            control->progress(i, entries.size());
        }
        const TimelineEntry& e = entries[i];
        CsvWriter::appendRecord(
            out, {QByteArray::number(e.globalPosition), EventTime::toIso(e.timeUs), e.streamName.toUtf8(),
                  e.type.toUtf8(), TimelineEntry::kindKey(e.kind).toUtf8(),
                  TimelineSentences::sentence(e).toUtf8(), e.id.toByteArray(QUuid::WithoutBraces)});
    }
    return out;
}

void TimelineCsvWriter::write(const QString& path, const QList<TimelineEntry>& entries,
                              const JobControl* control)
{
    PartialFile file(path);
    file.open();
    file.write(csv(entries, control));
    checkCancelled(control);
    file.commit();
}

} // namespace Rewind
