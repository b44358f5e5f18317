#pragma once

#include "CliCommand.h"

#include <QString>

namespace Rewind::Cli {

// The rows of the import benchmark, generated once and loaded by both sides: a JSON-lines file in
// `rewind import`'s format (the event fields without global_position) and a CSV file with the
// same values in the columns the peer's loader takes.
class BenchEventFiles
{
public:
    enum class CsvLayout
    {
        // position, time (PostgreSQL timestamp), stream_name, type, data, metadata, id; an unquoted
        // empty metadata field is NULL to COPY.
        MessageDbCopy,
        // every column of the SQLite `messages` table in order, global_position included, because
        // sqlite3's .import into an existing table needs a value for each; time as ISO 8601 text
        // the way the SQLite store keeps it.
        SqliteTable,
    };

    // Writes the first `count` events of the demo generator, sized to reach `count`. Throws
    // StoreError when a file cannot be written or the generator cannot produce that many events.
    static void write(const CliContext& context, qint64 count, CsvLayout layout, const QString& jsonPath,
                      const QString& csvPath);
};

} // namespace Rewind::Cli
