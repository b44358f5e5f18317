#pragma once

#include "EventStore.h"
#include "StoreError.h"

#include <QFile>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace Rewind {

// Reads JSON-lines events (as `rewind import` takes them) from a file, one validated NewEvent per line.
// Blank lines are allowed; a malformed line throws StoreError(BadInput) as "file:line: field: what"
// when the consumer reaches it. Reading and parsing run on a thread of their own, a few batches
// ahead, so that parsing overlaps the store's inserts instead of adding to them.
class ImportFileSource : public EventSource
{
public:
    // `displayName` is what error messages call the file ("-" reads as "<stdin>").
    ImportFileSource(const QString& path, const QString& displayName);
    ~ImportFileSource() override;

    bool next(NewEvent& event) override;
    QString location() const override;

    void rewind(); // start again from the first line

    // Checks every line without handing events out: the file is split at line ends into one part
    // per thread, checked side by side. Returns the number of events, or throws the first bad line
    // in file order. `progress` gets the events checked so far, from the calling thread.
    qint64 validate(int threads, const ProgressFn& progress = {});

private:
    struct Batch
    {
        std::vector<NewEvent> events;
        std::vector<qint64> lines;       // the line of each event
        std::optional<StoreError> error; // after the events: the first bad line
        bool last = false;
    };

    void startReader();
    void stopReader();
    void readAll(); // the reader thread
    bool readLine(QByteArray& buffer, qint64& line);

    QFile m_file;
    QString m_displayName;

    std::thread m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    bool m_stop = false;
    bool m_started = false;

    Batch m_current;
    size_t m_index = 0;
    qint64 m_line = 0; // line of the event last returned
    bool m_finished = false;
};

} // namespace Rewind
