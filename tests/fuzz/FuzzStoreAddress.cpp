// libFuzzer target for the store-address parser: any text, as UTF-8 and as Latin-1,
// goes through StoreAddress::parse and the two renderings that strip passwords. None may crash,
// leak or hit undefined behaviour; an address that is refused must say why.
#include "StoreAddress.h"
#include "StoreError.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Rewind;

namespace {

void check(const QString& text)
{
    const StoreAddress address = StoreAddress::parse(text);
    if (!address.isValid()) {
        if (address.error().isEmpty())
            std::abort();
        return;
    }
    (void)address.display();
    const QString kept = address.withoutPassword();
    (void)StoreAddress::parse(kept).display();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const char* text = reinterpret_cast<const char*>(data);
    try {
        check(QString::fromUtf8(text, qsizetype(size)));
        check(QString::fromLatin1(text, qsizetype(size)));
    } catch (const StoreError&) {
        // An expected refusal, not a crash.
    }
    return 0;
}
