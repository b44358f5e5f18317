#pragma once

// A fresh, initialised store of the backend a test row names ("sqlite" or "postgresql", as the
// two-backend tests' initTestCase_data() calls them): a new SQLite file in the test's directory, or
// a new PostgreSQL database that goes away with this object.
#include "PgTestDatabase.h"
#include "PostgresEventStore.h"
#include "SqliteEventStore.h"
#include "StoreError.h"

#include <QTemporaryDir>

#include <memory>

namespace Rewind {

struct BackendStore
{
    std::unique_ptr<PgTestDatabase> db;
    QString address;
    std::unique_ptr<EventStore> store;

    // Empty on success, else why the store could not be made (no PostgreSQL server: a failure).
    QString open(const QString& backend, const QTemporaryDir& dir, const QString& fileName)
    {
        try {
            if (backend == QLatin1String("sqlite")) {
                address = dir.filePath(fileName);
                store = std::make_unique<SqliteEventStore>(address, true);
            } else {
                db = std::make_unique<PgTestDatabase>();
                if (!db->isValid())
                    return db->error();
                address = db->conninfo();
                store = std::make_unique<PostgresEventStore>(address);
            }
            store->initialize();
        } catch (const StoreError& e) {
            return e.message();
        }
        return {};
    }
};

} // namespace Rewind
