#include "StoreSummaryLoader.h"

#include "AsyncTask.h"
#include "ConnectionProbe.h"
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
                // The same look at the store as the connection dialog's test: one place knows
                // which facts to read and how to bound the time a silent server can take.
                const ProbeResult probe = ConnectionProbe::probe(address);
                if (!probe.reachable)
                    throw StoreError(probe.errorKind, probe.error);
                if (!probe.hasSchema)
                    throw StoreError(
                        StoreError::Kind::Unreachable,
                        QStringLiteral("schema message_store is missing: %1 holds no message store; "
                                       "create one with `rewind --store %1 init`")
                            .arg(probe.shownAddress));
                summary.address = probe.shownAddress;
                summary.backend = probe.backend;
                summary.serverVersion = probe.serverVersion;
                summary.role = probe.role;
                summary.access = probe.access;
                summary.security = probe.security;
                summary.warnings = probe.warnings;
                summary.hasSchema = probe.hasSchema;
                summary.headPosition = probe.headPosition;
            } catch (const StoreError& e) {
                summary.error = e.message();
            }
            return summary;
        },
        [this](const StoreSummary& summary) { emit summaryLoaded(summary); });
}

} // namespace Rewind
