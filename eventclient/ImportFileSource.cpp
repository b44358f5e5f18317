#include "ImportFileSource.h"

#include "EventJson.h"

#include <atomic>
#include <chrono>
#include <future>

namespace Rewind {

namespace {
constexpr size_t BatchEvents = 2048;
constexpr size_t BatchesAhead = 4;

// Reads one line into `buffer` (newline kept) through a fixed chunk: QIODevice::readLine(max)
// reserves `max` bytes per call, which for a 4 MiB limit costs a page-mapping per line.
// Stops early past the line limit; returns false at the end of the file.
bool readLineInto(QFile& file, QByteArray& buffer)
{
    buffer.resize(0);
    char chunk[65536];
    bool gotAny = false;
    for (;;) {
        const qint64 n = file.readLine(chunk, sizeof chunk);
        if (n <= 0)
            break;
        gotAny = true;
        buffer.append(chunk, n);
        if (chunk[n - 1] == '\n' || buffer.size() > EventJson::MaxLineBytes + 2)
            break;
    }
    return gotAny;
}

bool tooLong(const QByteArray& line)
{
    return line.size() > EventJson::MaxLineBytes + 2 ||
           (line.size() > EventJson::MaxLineBytes && !line.endsWith('\n'));
}
} // namespace

ImportFileSource::ImportFileSource(const QString& path, const QString& displayName)
    : m_file(path), m_displayName(displayName)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::BadInput,
                         QStringLiteral("%1: cannot open: %2").arg(displayName, m_file.errorString()));
}

ImportFileSource::~ImportFileSource()
{
    stopReader();
}

void ImportFileSource::startReader()
{
    m_stop = false;
    m_started = true;
    m_reader = std::thread([this] { readAll(); });
}

void ImportFileSource::stopReader()
{
    if (!m_started)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_reader.join();
    m_started = false;
    m_ready.clear();
}

void ImportFileSource::rewind()
{
    stopReader();
    m_file.seek(0);
    m_current = Batch{};
    m_index = 0;
    m_line = 0;
    m_finished = false;
}

QString ImportFileSource::location() const
{
    return QStringLiteral("%1:%2").arg(m_displayName).arg(m_line);
}

bool ImportFileSource::readLine(QByteArray& buffer, qint64& line)
{
    if (!readLineInto(m_file, buffer))
        return false;
    ++line;
    return true;
}

void ImportFileSource::readAll()
{
    QByteArray buffer;
    qint64 line = 0;
    bool done = false;
    while (!done) {
        Batch batch;
        batch.events.reserve(BatchEvents);
        batch.lines.reserve(BatchEvents);
        while (batch.events.size() < BatchEvents) {
            if (!readLine(buffer, line)) {
                batch.last = done = true;
                break;
            }
            QByteArrayView text(buffer);
            while (!text.isEmpty() && (text.back() == '\n' || text.back() == '\r'))
                text.chop(1);
            if (text.trimmed().isEmpty())
                continue;
            const auto bad = [&](const QString& what) {
                batch.error = StoreError(StoreError::Kind::BadInput,
                                         QStringLiteral("%1:%2: %3").arg(m_displayName).arg(line).arg(what));
                batch.last = done = true;
            };
            if (tooLong(buffer)) {
                bad(QStringLiteral("line: longer than %1 bytes").arg(EventJson::MaxLineBytes));
                break;
            }
            NewEvent event;
            QString error;
            if (!EventJson::parseImportLine(text, event, error)) {
                bad(error);
                break;
            }
            batch.events.push_back(std::move(event));
            batch.lines.push_back(line);
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < BatchesAhead; });
        if (m_stop)
            return;
        m_ready.push_back(std::move(batch));
        m_changed.notify_all();
    }
}

namespace {

struct PartResult
{
    qint64 events = 0;
    qint64 lines = 0;     // lines read in this part
    qint64 errorLine = 0; // part-relative, 0 when the part is clean
    QString error;
};

// Checks lines [from, to) of the file by byte offset; `from` is the start of a line.
PartResult validatePart(const QString& path, qint64 from, qint64 to, std::atomic<qint64>& checked)
{
    PartResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(from)) {
        result.errorLine = 1;
        result.error = QStringLiteral("file: cannot read: %1").arg(file.errorString());
        return result;
    }
    QByteArray line;
    qint64 at = from;
    NewEvent event;
    QString error;
    while (at < to) {
        if (!readLineInto(file, line))
            break;
        at += line.size();
        ++result.lines;
        if (tooLong(line)) {
            result.errorLine = result.lines;
            result.error = QStringLiteral("line: longer than %1 bytes").arg(EventJson::MaxLineBytes);
            return result;
        }
        QByteArrayView text(line);
        while (!text.isEmpty() && (text.back() == '\n' || text.back() == '\r'))
            text.chop(1);
        if (text.trimmed().isEmpty())
            continue;
        if (!EventJson::parseImportLine(text, event, error)) {
            result.errorLine = result.lines;
            result.error = error;
            return result;
        }
        if ((++result.events & 0x3ff) == 0)
            checked.fetch_add(0x400, std::memory_order_relaxed);
    }
    return result;
}

} // namespace

qint64 ImportFileSource::validate(int threads, const ProgressFn& progress)
{
    rewind();
    const QString path = m_file.fileName();
    const qint64 size = m_file.size();
    // Part boundaries at the line end after each even split.
    QList<qint64> starts{0};
    for (int i = 1; i < threads; ++i) {
        qint64 at = std::max(size * i / threads, starts.last());
        if (!m_file.seek(at))
            break;
        if (at > 0) {
            const QByteArray rest = m_file.readLine(); // skip to the next line start
            at += rest.size();
        }
        if (at >= size)
            break;
        starts.append(at);
    }
    m_file.seek(0);
    starts.append(size);

    std::atomic<qint64> checked{0};
    std::vector<std::future<PartResult>> parts;
    for (qsizetype i = 0; i + 1 < starts.size(); ++i)
        parts.push_back(
            std::async(std::launch::async, validatePart, path, starts[i], starts[i + 1], std::ref(checked)));
    qint64 events = 0;
    qint64 linesBefore = 0;
    std::optional<StoreError> firstError;
    for (auto& part : parts) {
        while (progress && part.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready)
            progress(checked.load(std::memory_order_relaxed));
        const PartResult r = part.get();
        if (!firstError && r.errorLine > 0)
            firstError = StoreError(
                StoreError::Kind::BadInput,
                QStringLiteral("%1:%2: %3").arg(m_displayName).arg(linesBefore + r.errorLine).arg(r.error));
        events += r.events;
        linesBefore += r.lines;
    }
    if (firstError)
        throw *firstError;
    return events;
}

bool ImportFileSource::next(NewEvent& event)
{
    for (;;) {
        if (m_index < m_current.events.size()) {
            event = std::move(m_current.events[m_index]);
            m_line = m_current.lines[m_index];
            ++m_index;
            return true;
        }
        if (m_current.error)
            throw *m_current.error;
        if (m_current.last || m_finished) {
            m_finished = true;
            return false;
        }
        if (!m_started)
            startReader();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_index = 0;
        lock.unlock();
        m_changed.notify_all();
    }
}

} // namespace Rewind
