#include "InitCommand.h"

#include "CliArguments.h"
#include "DomainCommand.h"

namespace Rewind::Cli {

int InitCommand::run(CliContext& context, const QStringList& args)
{
    const CliArguments parsed(args, {}, {QStringLiteral("roles")});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (!parsed.positionals().isEmpty())
        return usageError(context,
                          QStringLiteral("unexpected argument '%1'").arg(parsed.positionals().first()));

    auto store = context.openStore(EventStoreFactory::Mode::CreateIfMissing);
    switch (store->initialize()) {
    case InitResult::Created:
        context.note(QStringLiteral("created the message store in %1").arg(store->displayAddress()));
        break;
    case InitResult::RewindAdded:
        context.note(
            QStringLiteral("found an existing message store in %1 and left it as it is; added Rewind's "
                           "own schema")
                .arg(store->displayAddress()));
        break;
    case InitResult::AlreadyPresent:
        context.note(
            QStringLiteral("%1 is already initialised; nothing changed").arg(store->displayAddress()));
        break;
    }
    if (parsed.has(QStringLiteral("roles"))) {
        const QStringList content = DomainCommands::contentCategories();
        store->installRoles(content);
        context.note(
            QStringLiteral("roles in place: rewind_support (reads), rewind_editor (reads; appends only "
                           "to %1), rewind_developer (reads; runs projections). Grant them to login "
                           "roles, e.g. GRANT rewind_editor TO alice;")
                .arg(content.join(QStringLiteral(", "))));
    }
    return ExitOk;
}

} // namespace Rewind::Cli
