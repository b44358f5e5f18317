#include "EventExporter.h"

#include "CsvWriter.h"
#include "EventJson.h"
#include "EventTime.h"
#include "PartialFile.h"
#include "StoreError.h"

#include <algorithm>
#include <limits>

namespace Rewind {

namespace {

constexpr qsizetype FlushBytes = 1 << 20;
// Reads that prove nothing final in a row before an export gives up, as `rewind read` does: the
// store already waits a while for writers below a gap on each read.
constexpr int MaxStalledReads = 5;

[[noreturn]] void throwStalled(qint64 position)
{
    throw StoreError(StoreError::Kind::Database,
                     QStringLiteral("export stopped after global position %1: a transaction that may still "
                                    "write below the head has stayed open")
                         .arg(position));
}

} // namespace

// Buffers formatted events, hands them to the partial file in large writes, and reports progress
// and cancellation once per page.
class EventExporter::Writer
{
public:
    Writer(const ExportRequest& request, const Cancelled& cancelled, const Progress& progress, qint64 total)
        : m_format(request.format), m_file(request.filePath), m_cancelled(cancelled), m_progress(progress),
          m_total(total)
    {
        checkCancelled();
        m_file.open();
        m_buffer = header(m_format);
    }

    void add(const RecordedEvent& e)
    {
        appendEvent(m_buffer, m_format, e);
        ++m_written;
        if (m_buffer.size() >= FlushBytes) {
            m_file.write(m_buffer);
            m_buffer.clear();
        }
    }

    // After each page.
    void pageDone()
    {
        checkCancelled();
        if (m_progress)
            m_progress(m_written, m_total);
    }

    void checkCancelled() const
    {
        if (m_cancelled && m_cancelled())
            throw StoreError(StoreError::Kind::Cancelled, QStringLiteral("the export was cancelled"));
    }

    void finish()
    {
        checkCancelled();
        m_file.write(m_buffer);
        m_buffer.clear();
        m_file.commit();
    }

    qint64 written() const { return m_written; }

private:
    ExportFormat m_format;
    PartialFile m_file;
    const Cancelled& m_cancelled;
    const Progress& m_progress;
    qint64 m_total;
    QByteArray m_buffer;
    qint64 m_written = 0;
};

EventExporter::EventExporter(ExportRequest request) : m_request(std::move(request)) {}

ExportResult EventExporter::run(EventStore& store, const Cancelled& cancelled, const Progress& progress) const
{
    qint64 total = -1;
    if (m_request.selectionOnly)
        total = m_request.positions.size();
    else if (m_request.knownTotal >= 0)
        total = m_request.knownTotal;
    else if (const auto count = cheapCount(store, m_request.query))
        total = *count;

    Writer writer(m_request, cancelled, progress, total);
    ExportResult result;
    result.filePath = m_request.filePath;
    if (m_request.selectionOnly) {
        exportSelection(store, writer);
        result.missing = m_request.positions.size() - writer.written();
    } else {
        exportQuery(store, writer);
    }
    writer.finish();
    result.written = writer.written();
    return result;
}

ExportResult EventExporter::run(EventStore& store, const JobControl& control) const
{
    return run(
        store, [&control] { return control.cancelled(); },
        [&control](qint64 done, qint64 total) { control.progress(done, total); });
}

StoreJob EventExporter::start(StoreSession& session, QObject* context,
                              std::function<void(const ExportResult&)> done,
                              std::function<void(const StoreSession::Failure&)> failed,
                              std::function<void(qint64, qint64)> progress) const
{
    return session.submit(
        StoreSession::Lane::Background, context,
        [exporter = *this](EventStore& store, const JobControl& control) {
            return exporter.run(store, control);
        },
        [done = std::move(done)](ExportResult r) { done(r); }, std::move(failed), std::move(progress));
}

void EventExporter::exportQuery(EventStore& store, Writer& writer) const
{
    // The loop of `rewind read --all`: pages from afterGlobalPosition upward until the head.
    LogQuery query = m_request.query;
    query.limit = PageSize;
    query.withMetadata = true;
    query.positionsOnly = false;
    int stalled = 0;
    while (true) {
        const LogBatch batch = store.readLog(query);
        for (const RecordedEvent& e : batch.events)
            writer.add(e);
        writer.pageDone();
        if (batch.atHead)
            return;
        stalled = batch.safePosition == query.afterGlobalPosition ? stalled + 1 : 0;
        if (stalled >= MaxStalledReads)
            throwStalled(batch.safePosition);
        query.afterGlobalPosition = batch.safePosition;
    }
}

void EventExporter::exportSelection(EventStore& store, Writer& writer) const
{
    // Each read covers the next selected positions that lie within one page of global positions,
    // unfiltered, so that exactly the selected events come out whatever the filter was; a dense
    // selection costs one read per page, a sparse one at most one read per event.
    const QList<qint64>& positions = m_request.positions;
    qsizetype next = 0;
    int stalled = 0;
    while (next < positions.size()) {
        const qint64 first = positions[next];
        qsizetype end = next;
        while (end < positions.size() && positions[end] - first < PageSize)
            ++end;
        LogQuery query;
        query.afterGlobalPosition = first - 1;
        query.limit = int(positions[end - 1] - first + 1);
        const LogBatch batch = store.readLog(query);
        for (const RecordedEvent& e : batch.events) {
            while (next < positions.size() && positions[next] < e.globalPosition)
                ++next; // not stored
            if (next < positions.size() && positions[next] == e.globalPosition) {
                writer.add(e);
                ++next;
            }
        }
        // Everything up to here was visited: the last event when the page was full, otherwise every
        // position up to the proven-final one (or all of them at the head).
        const bool full = batch.events.size() >= query.limit;
        qint64 covered = full ? batch.events.last().globalPosition : batch.safePosition;
        if (!full && batch.atHead)
            covered = std::numeric_limits<qint64>::max();
        while (next < positions.size() && positions[next] <= covered)
            ++next;
        writer.pageDone();
        stalled = covered < first ? stalled + 1 : 0;
        if (stalled >= MaxStalledReads)
            throwStalled(first - 1);
    }
}

std::optional<qint64> EventExporter::cheapCount(EventStore& store, const LogQuery& query)
{
    const bool wholeStream = !query.streamName.isEmpty() && query.afterGlobalPosition <= 0 &&
                             query.category.isEmpty() && query.streamPrefix.isEmpty() &&
                             query.types.isEmpty() && query.fromTimeUs == LogQuery::NoTimeBound &&
                             query.toTimeUs == LogQuery::NoTimeBound && query.dataContains.isEmpty() &&
                             query.metadataContains.isEmpty();
    if (wholeStream)
        return store.streamVersion(query.streamName) + 1;
    return std::nullopt;
}

QByteArray EventExporter::header(ExportFormat format)
{
    if (format == ExportFormat::JsonLines)
        return {};
    QByteArray out;
    CsvWriter::appendRecord(
        out, {"global_position", "time", "stream_name", "type", "position", "data", "metadata", "id"});
    return out;
}

void EventExporter::appendEvent(QByteArray& out, ExportFormat format, const RecordedEvent& e)
{
    if (format == ExportFormat::JsonLines) {
        out += EventJson::toJsonLine(e);
        out += '\n';
        return;
    }
    // data and metadata in the same canonical form as the JSON lines; null metadata is an empty field.
    CsvWriter::appendRecord(out, {QByteArray::number(e.globalPosition), EventTime::toIso(e.timeUs),
                                  e.streamName.toUtf8(), e.type.toUtf8(), QByteArray::number(e.position),
                                  EventJson::canonicalObject(e.data), EventJson::canonicalObject(e.metadata),
                                  e.id.toByteArray(QUuid::WithoutBraces)});
}

QString EventExporter::fileSuffix(ExportFormat format)
{
    return format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

} // namespace Rewind
