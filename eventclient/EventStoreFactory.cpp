#include "EventStoreFactory.h"

#include "PostgresEventStore.h"
#include "SqliteEventStore.h"
#include "StoreError.h"

namespace Rewind {

std::unique_ptr<EventStore> EventStoreFactory::open(const QString& text, Mode mode)
{
    const StoreAddress address = StoreAddress::parse(text);
    switch (address.backend()) {
    case StoreAddress::Backend::Sqlite:
        return std::make_unique<SqliteEventStore>(address.sqlitePath(), mode == Mode::CreateIfMissing);
    case StoreAddress::Backend::Postgres:
        return std::make_unique<PostgresEventStore>(address.conninfo());
    case StoreAddress::Backend::Invalid:
        break;
    }
    throw StoreError(StoreError::Kind::BadInput, address.error());
}

} // namespace Rewind
