#pragma once

#include "EventStore.h"
#include "JobControl.h"
#include "StoreJob.h"
#include "StoreSession.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Rewind {

enum class ExportFormat
{
    JsonLines, // one line per event, exactly as `rewind read` prints it
    Csv,       // global_position,time,stream_name,type,position,data,metadata,id (RFC 4180)
};

struct ExportRequest
{
    ExportFormat format = ExportFormat::JsonLines;
    QString filePath;
    // Without a selection: every event matching the query, after its afterGlobalPosition.
    LogQuery query;
    // With a selection: exactly the events at these global positions (sorted ascending).
    bool selectionOnly = false;
    QList<qint64> positions;
    // How many events the query matches, when the caller knows already (the browser's row count);
    // -1 lets the exporter find out if that is cheap.
    qint64 knownTotal = -1;
};

struct ExportResult
{
    QString filePath;
    qint64 written = 0;
    qint64 missing = 0; // selected positions the store no longer had (none, in an append-only store)
};

// Writes events to a file as JSON lines or CSV. Runs on a store worker (the Background lane): reads
// in pages, reports progress after each and stops at the next page once cancelled. The file is
// written as `<file>.partial` and renamed onto `<file>` only when complete; a failure or a cancel
// removes the partial file and leaves the target as it was. Failures are StoreErrors in plain words
// naming the file; a cancel is StoreError(Cancelled).
class EventExporter
{
public:
    using Cancelled = std::function<bool()>;
    using Progress = std::function<void(qint64 done, qint64 total)>; // total -1: not known

    static constexpr int PageSize = 1000;

    explicit EventExporter(ExportRequest request);

    ExportResult run(EventStore& store, const Cancelled& cancelled, const Progress& progress) const;
    ExportResult run(EventStore& store, const JobControl& control) const;

    // Submits run() on `session`'s Background lane; the callbacks arrive on `context`'s thread.
    StoreJob start(StoreSession& session, QObject* context, std::function<void(const ExportResult&)> done,
                   std::function<void(const StoreSession::Failure&)> failed,
                   std::function<void(qint64, qint64)> progress) const;

    // How many events `query` matches, when the store can say without scanning them (a whole
    // stream: its version + 1); nullopt otherwise.
    static std::optional<qint64> cheapCount(EventStore& store, const LogQuery& query);

    static QByteArray header(ExportFormat format); // the CSV header line; empty for JSON lines
    static void appendEvent(QByteArray& out, ExportFormat format, const RecordedEvent& event);
    static QString fileSuffix(ExportFormat format); // "jsonl" or "csv"

private:
    class Writer;
    void exportQuery(EventStore& store, Writer& writer) const;
    void exportSelection(EventStore& store, Writer& writer) const;

    ExportRequest m_request;
};

} // namespace Rewind
