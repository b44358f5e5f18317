#pragma once

#include "EventStore.h"
#include "StoreAddress.h"

#include <memory>

namespace Rewind {

class EventStoreFactory
{
public:
    enum class Mode
    {
        MustExist,       // a missing SQLite file is StoreError::Unreachable
        CreateIfMissing, // `init`, `demo`, `import` and the GUI's demo store create the file
    };
    // Throws StoreError: BadInput for an invalid address, Unreachable when the store cannot be opened.
    static std::unique_ptr<EventStore> open(const QString& address, Mode mode = Mode::MustExist);
};

} // namespace Rewind
