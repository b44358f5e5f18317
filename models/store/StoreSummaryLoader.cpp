#include "StoreSummaryLoader.h"

#include "AsyncTask.h"
#include "DemoGenerator.h"
#include "EventStoreFactory.h"
#include "StoreAddress.h"
#include "StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>

namespace Rewind {

StoreSummaryLoader::StoreSummaryLoader(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<StoreSummary>();
}

void StoreSummaryLoader::load(const QString& address, bool createDemo)
{
    QPointer<StoreSummaryLoader> self(this);
    runAsync(
        this,
        [address, createDemo, self]() {
            StoreSummary summary;
            summary.address = StoreAddress::parse(address).display();
            try {
                const StoreAddress parsed = StoreAddress::parse(address);
                const bool generate = createDemo && parsed.backend() == StoreAddress::Backend::Sqlite &&
                                      !QFileInfo::exists(parsed.sqlitePath());
                if (generate) {
                    QDir().mkpath(QFileInfo(parsed.sqlitePath()).absolutePath());
                    // Built under a temporary name and renamed, so an interrupted first start leaves
                    // no half-filled demo store behind.
                    const QString partial = parsed.sqlitePath() + QStringLiteral(".partial");
                    QFile::remove(partial);
                    {
                        auto store =
                            EventStoreFactory::open(partial, EventStoreFactory::Mode::CreateIfMissing);
                        store->initialize();
                        DemoGenerator generator{DemoOptions{}};
                        const qint64 total = generator.estimatedEventCount();
                        store->importEvents(generator, [self, total](qint64 done) {
                            if (self)
                                QMetaObject::invokeMethod(self, [self, done, total] {
                                    if (self)
                                        emit self->demoProgress(done, total);
                                });
                        });
                    }
                    QFile::remove(partial + QStringLiteral("-wal"));
                    QFile::remove(partial + QStringLiteral("-shm"));
                    if (!QFile::rename(partial, parsed.sqlitePath()))
                        throw StoreError(StoreError::Kind::Database,
                                         QStringLiteral("cannot move the demo store into place at %1")
                                             .arg(parsed.sqlitePath()));
                }
                auto store = EventStoreFactory::open(address, EventStoreFactory::Mode::MustExist);
                summary.address = store->displayAddress();
                summary.backend = store->backendName();
                summary.serverVersion = store->serverVersion();
                summary.role = store->sessionUser();
                summary.hasSchema = store->hasSchema();
                if (!summary.hasSchema)
                    throw StoreError(
                        StoreError::Kind::Unreachable,
                        QStringLiteral("%1 holds no message store (no `messages` table); create one "
                                       "with `rewind --store %1 init`")
                            .arg(summary.address));
                summary.headPosition = store->headPosition();
            } catch (const StoreError& e) {
                summary.error = e.message();
            }
            return summary;
        },
        [this](const StoreSummary& summary) { emit summaryLoaded(summary); });
}

} // namespace Rewind
