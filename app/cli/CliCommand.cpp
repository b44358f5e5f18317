#include "CliCommand.h"

#include "StoreError.h"

namespace Rewind::Cli {

void CliContext::print(const QByteArray& line) const
{
    std::fwrite(line.constData(), 1, size_t(line.size()), out);
    std::fputc('\n', out);
}

void CliContext::note(const QString& text) const
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), err);
    std::fputc('\n', err);
    std::fflush(err);
}

std::unique_ptr<EventStore> CliContext::openStore(EventStoreFactory::Mode mode) const
{
    if (storeAddress.isEmpty())
        throw StoreError(StoreError::Kind::BadInput,
                         QStringLiteral("no store given: pass --store ADDRESS or set REWIND_STORE"));
    return EventStoreFactory::open(storeAddress, mode);
}

void CliContext::requireWritable(EventStore& store, const QString& command) const
{
    if (store.access().isStandby)
        throw StoreError(
            StoreError::Kind::Unreachable,
            QStringLiteral("%1 is a hot standby, which refuses every write, and `rewind %2` saves "
                           "checkpoints: point it at the primary (target_session_attrs=read-write, "
                           "for example host=primary,standby target_session_attrs=read-write)")
                .arg(store.displayAddress(), command));
}

int CliCommand::usageError(const CliContext& context, const QString& message) const
{
    context.note(
        QStringLiteral("rewind %1: %2\nusage: rewind --store ADDRESS %3").arg(name(), message, synopsis()));
    return ExitUsage;
}

} // namespace Rewind::Cli
