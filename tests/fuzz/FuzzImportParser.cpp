// libFuzzer target for the import line parser: the input is treated as an import file's content,
// split into lines the way ImportFileSource splits them, and every line goes through
// EventJson::parseImportLine. Whatever the bytes, the parser must return true or false with an
// error, never crash, leak or hit undefined behaviour. An accepted line is also printed back, which
// runs the canonical JSON writer over the payload the scanner accepted.
#include "EventJson.h"
#include "StoreError.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Rewind;

namespace {

void parseLine(QByteArrayView text)
{
    while (!text.isEmpty() && (text.back() == '\n' || text.back() == '\r'))
        text.chop(1);
    if (text.trimmed().isEmpty())
        return;
    NewEvent event;
    QString error;
    if (!EventJson::parseImportLine(text, event, error)) {
        // A refusal must say which field (or "json:") is wrong; an empty message is a defect.
        if (error.isEmpty())
            std::abort();
        return;
    }
    RecordedEvent recorded;
    recorded.globalPosition = 1; // the store assigns it; an import line must carry one >= 1
    recorded.streamName = event.streamName;
    recorded.type = event.type;
    recorded.data = event.data;
    recorded.metadata = event.metadata;
    recorded.id = event.id;
    recorded.position = event.position < 0 ? 0 : event.position;
    recorded.timeUs = event.timeUs == NewEvent::StoreClock ? 0 : event.timeUs;
    const QByteArray line = EventJson::toJsonLine(recorded);
    // What the writer prints for an accepted event must parse again.
    NewEvent again;
    if (!EventJson::parseImportLine(line, again, error))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        qsizetype start = 0;
        while (start <= input.size()) {
            qsizetype end = input.indexOf('\n', start);
            if (end < 0)
                end = input.size();
            parseLine(input.sliced(start, end - start));
            start = end + 1;
        }
    } catch (const StoreError&) {
        // An expected refusal, not a crash.
    }
    return 0;
}
