#include "BenchEventFiles.h"

#include "DemoGenerator.h"
#include "EventJson.h"
#include "EventTime.h"
#include "ProgressMeter.h"
#include "StoreError.h"

#include <QFile>
#include <QHash>

#include <cmath>

namespace Rewind::Cli {

namespace {

void appendCsvField(QByteArray& out, QByteArrayView value)
{
    const bool quote =
        value.contains(',') || value.contains('"') || value.contains('\n') || value.contains('\r');
    if (!quote) {
        out += value;
        return;
    }
    out += '"';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

class BufferedFile
{
public:
    explicit BufferedFile(const QString& path) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw StoreError(StoreError::Kind::Database,
                             QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString()));
        m_buffer.reserve(Chunk + 64 * 1024);
    }
    QByteArray& buffer() { return m_buffer; }
    void lineDone()
    {
        m_buffer += '\n';
        if (m_buffer.size() >= Chunk)
            flush();
    }
    void flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            throw StoreError(
                StoreError::Kind::Database,
                QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        m_buffer.clear();
    }

private:
    static constexpr qsizetype Chunk = 1 << 20;
    QFile m_file;
    QByteArray m_buffer;
};

// The demo generator is calibrated by students × days; the number of students is scaled from the
// defaults' estimate, with room to spare because the first events (the catalogue) do not scale.
DemoOptions optionsFor(qint64 count, double headroom)
{
    DemoOptions options;
    const qint64 estimate = DemoGenerator(options).estimatedEventCount();
    const double scale = estimate > 0 ? double(count) / double(estimate) : 1.0;
    options.students = int(std::clamp(std::ceil(options.students * scale * headroom), 1.0, 10'000'000.0));
    return options;
}

qint64 writeFiles(const CliContext& context, const DemoOptions& options, qint64 count,
                  BenchEventFiles::CsvLayout layout, const QString& jsonPath, const QString& csvPath)
{
    DemoGenerator generator(options);
    BufferedFile json(jsonPath);
    BufferedFile csv(csvPath);
    QHash<QString, qint64> versions; // only used when the generator leaves positions to the store
    const qint64 baseUs = EventTime::nowUs();
    ProgressMeter meter(context, QStringLiteral("generating %1 events for both sides").arg(count), count);
    NewEvent e;
    qint64 n = 0;
    while (n < count && generator.next(e)) {
        ++n;
        if (e.position < 0) {
            auto it = versions.find(e.streamName);
            e.position = it == versions.end() ? 0 : *it + 1;
            versions.insert(e.streamName, e.position);
        }
        if (e.timeUs == NewEvent::StoreClock)
            e.timeUs = baseUs + n;
        if (e.id.isNull())
            e.id = QUuid::createUuid();
        const QByteArray id = e.id.toByteArray(QUuid::WithoutBraces);
        const QByteArray streamName = e.streamName.toUtf8();
        const QByteArray type = e.type.toUtf8();

        QByteArray& j = json.buffer();
        j += "{\"position\":";
        j += QByteArray::number(e.position);
        j += ",\"time\":\"";
        j += EventTime::toIso(e.timeUs);
        j += "\",\"stream_name\":";
        EventJson::appendJsonString(j, e.streamName);
        j += ",\"type\":";
        EventJson::appendJsonString(j, e.type);
        j += ",\"data\":";
        j += e.data;
        j += ",\"metadata\":";
        j += e.metadata.isEmpty() ? QByteArray("null") : e.metadata;
        j += ",\"id\":\"";
        j += id;
        j += "\"}";
        json.lineDone();

        QByteArray& c = csv.buffer();
        if (layout == BenchEventFiles::CsvLayout::SqliteTable) {
            c += QByteArray::number(n);
            c += ',';
        }
        c += QByteArray::number(e.position);
        c += ',';
        c += layout == BenchEventFiles::CsvLayout::SqliteTable ? EventTime::toIso(e.timeUs)
                                                               : EventTime::toSqlTimestamp(e.timeUs);
        c += ',';
        appendCsvField(c, streamName);
        c += ',';
        appendCsvField(c, type);
        c += ',';
        appendCsvField(c, e.data);
        c += ',';
        if (!e.metadata.isEmpty())
            appendCsvField(c, e.metadata);
        c += ',';
        c += id;
        csv.lineDone();
        if ((n & 0x3fff) == 0)
            meter.update(n);
    }
    json.flush();
    csv.flush();
    return n;
}

} // namespace

void BenchEventFiles::write(const CliContext& context, qint64 count, CsvLayout layout,
                            const QString& jsonPath, const QString& csvPath)
{
    double headroom = 1.1;
    for (int attempt = 0; attempt < 4; ++attempt, headroom *= 2) {
        const DemoOptions options = optionsFor(count, headroom);
        if (writeFiles(context, options, count, layout, jsonPath, csvPath) == count)
            return;
    }
    throw StoreError(StoreError::Kind::Database,
                     QStringLiteral("the demo generator did not produce %1 events").arg(count));
}

} // namespace Rewind::Cli
